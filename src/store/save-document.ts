// Edits a user's YAML file in place, keeping comments, key order and formatting.
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { applyEditPreservingFormat } from './preserve-formatting.js';
import { readRegularFile } from './read-regular.js';
import { MAX_FILE_BYTES } from './read-text.js';
import { writeFileAtomic, type WriteOptions } from './write-atomic.js';

/** Options that keep dxplan's output close to what a person writes (no folding, `[a, b]` stays). */
export const YAML_OUTPUT_OPTIONS = { lineWidth: 0, flowCollectionPadding: false, indentSeq: true } as const;

/** Serializes a document the way every dxplan save does. */
export const documentToString = (doc: Document): string => doc.toString(YAML_OUTPUT_OPTIONS);

/** The file became invalid YAML (e.g. edited by hand meanwhile): it cannot be edited in place. */
export class YamlSyntaxError extends Error {
  constructor(readonly path: string) {
    super(`${path} is not valid YAML`);
  }
}

/**
 * Reads `path`, lets `edit` change the document, and writes it back atomically. Only what `edit`
 * touched changes: comments, blank lines and the order of keys stay as the user left them.
 */
export async function editYamlFile(path: string, edit: (doc: Document) => void, options: WriteOptions = {}): Promise<string> {
  const text = (await readRegularFile(path, MAX_FILE_BYTES)).toString('utf8');
  const doc = parseDocument(text);
  // The yaml library refuses to print a document with errors; say why instead of failing inside it.
  if (doc.errors.length > 0) throw new YamlSyntaxError(path);
  const printedBefore = documentToString(doc);
  edit(doc);
  const out = formatPreservingText(text, printedBefore, doc);
  if (out !== text) await writeFileAtomic(path, out, options);
  return out;
}

/**
 * The text to save for `doc`, an edited copy of the file `original` (printed as `printedBefore`
 * before the edit): the user's own bytes when the data did not change (a comment the printer
 * would move, a blank line it would add: nothing to write), else only the changed lines spliced in.
 */
export function formatPreservingText(original: string, printedBefore: string, doc: Document): string {
  const after = documentToString(doc);
  if (after === printedBefore) return original;
  const unchanged = JSON.stringify(parseDocument(original).toJS()) === JSON.stringify(doc.toJS());
  // The same data printed differently is no change, unless the edit changed a comment on purpose
  // (a starter file's "replace this" note beside a value that is now answered).
  return unchanged && sameComments(printedBefore, after) ? original : applyEditPreservingFormat(original, printedBefore, after);
}

/** True when two prints of a document carry the same comments, line by line. */
function sameComments(a: string, b: string): boolean {
  const comments = (text: string) => text.split('\n').flatMap((line) => /\s#\s.*$|^\s*#.*$/.exec(line)?.[0].trim() ?? []);
  return JSON.stringify(comments(a)) === JSON.stringify(comments(b));
}

/**
 * Sets `value` at `path`, creating missing mappings on the way; a no-op when the value is equal.
 * A list or mapping always goes in as a YAML node (a plain array left in the document is no
 * collection to a later edit of one of its items in the same document, as an interview replay
 * makes); one replacing a collection keeps that collection's comments and blank line before it.
 */
export function setIn(doc: Document, path: readonly (string | number)[], value: unknown): void {
  const current = doc.getIn(path);
  if (JSON.stringify(current) === JSON.stringify(value)) return;
  if (value !== null && typeof value === 'object') {
    const existing = doc.getIn(path, true);
    const node = doc.createNode(value);
    if ((isMap(existing) || isSeq(existing)) && (isMap(node) || isSeq(node))) {
      node.commentBefore = existing.commentBefore;
      node.comment = existing.comment;
      node.spaceBefore = existing.spaceBefore;
    }
    doc.setIn(path, node);
    return;
  }
  doc.setIn(path, value);
}
