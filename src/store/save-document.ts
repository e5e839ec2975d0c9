// Edits a user's YAML file in place, keeping comments, key order and formatting.
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { readFile } from 'node:fs/promises';
import { applyEditPreservingFormat } from './preserve-formatting.js';
import { writeFileAtomic } from './write-atomic.js';

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
export async function editYamlFile(path: string, edit: (doc: Document) => void): Promise<string> {
  const text = await readFile(path, 'utf8');
  const doc = parseDocument(text);
  // The yaml library refuses to print a document with errors; say why instead of failing inside it.
  if (doc.errors.length > 0) throw new YamlSyntaxError(path);
  const printedBefore = documentToString(doc);
  edit(doc);
  const out = applyEditPreservingFormat(text, printedBefore, documentToString(doc));
  if (out !== text) await writeFileAtomic(path, out);
  return out;
}

/** Sets `value` at `path`, creating missing mappings on the way; a no-op when the value is equal. */
export function setIn(doc: Document, path: readonly (string | number)[], value: unknown): void {
  const current = doc.getIn(path);
  if (JSON.stringify(current) === JSON.stringify(value)) return;
  if (value !== null && typeof value === 'object' && !isMap(doc.getIn(path, true)) && !isSeq(doc.getIn(path, true))) {
    doc.setIn(path, doc.createNode(value));
    return;
  }
  doc.setIn(path, value);
}
