// One canvas file being filled in: every answer is written into the YAML document in place
// (comments, blank lines and key order kept) and saved atomically before the next question.
import { createHash } from 'node:crypto';
import { isCollection, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { isPlaceholderComment, withoutPlaceholderClause } from '../domain/model/placeholder-comments.js';
import { isPlaceholderText } from '../domain/model/placeholders.js';
import { readRegularFile } from '../store/read-regular.js';
import { MAX_FILE_BYTES } from '../store/read-text.js';
import { documentToString, editYamlFile, formatPreservingText, setIn } from '../store/save-document.js';
import { writeFileAtomic } from '../store/write-atomic.js';

/** A path inside the canvas document. */
export type DocPath = readonly (string | number)[];

/**
 * `live` writes after every change; `buffered` keeps changes in memory until `commit()`; `replay`
 * keeps them in memory while earlier answers are walked again, until `goLive()` writes the result
 * once and the session goes on live.
 */
export type SessionMode = 'live' | 'buffered' | 'replay';

/** The fingerprint of a file's text: a visit notices a change made by hand since it wrote. */
export const fingerprint = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Text of a canvas file that does not exist yet: enough to be edited and to say what it is. */
const NEW_FILE = 'version: 1\n';

/**
 * The canvas file of one interview. Reads see every change made so far; in `live` mode each change
 * re-reads the file, applies the edit and writes it atomically, so a crash or Ctrl-C never loses
 * an answer and an edit made by hand in between is kept.
 */
export class CanvasSession {
  /** Answers saved (or buffered) in this session. */
  changes = 0;

  private constructor(
    /** Absolute path of the canvas file. */
    readonly abs: string,
    /** Path relative to the workspace, e.g. canvases/north-star.yaml. */
    readonly file: string,
    private doc: Document,
    private mode: SessionMode,
    private readonly original: string,
    /** The workspace: no save lands outside it, links or not. */
    private readonly root: string | undefined,
  ) {}

  /**
   * Opens `abs`; a missing file is created (live) or started in memory (buffered). Syntax errors
   * throw. Saves stay inside `root` (the workspace) when given.
   */
  static async open(abs: string, file: string, mode: SessionMode, root?: string): Promise<CanvasSession> {
    let text: string;
    try {
      // A regular file only: a pipe in its place must not hang the interview.
      text = (await readRegularFile(abs, MAX_FILE_BYTES)).toString('utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      text = NEW_FILE;
      if (mode === 'live') await writeFileAtomic(abs, text, { root });
    }
    const session = new CanvasSession(abs, file, parseDocument(text), mode, text, root);
    session.lastText = text;
    return session;
  }

  /**
   * A session that starts from `start` (the file as it was when a visit began) in memory: the
   * visit's answers are walked again on it, then `goLive()` saves the result over the file.
   */
  static replaying(abs: string, file: string, start: string, root?: string): CanvasSession {
    const text = start === '' ? NEW_FILE : start;
    return new CanvasSession(abs, file, parseDocument(text), 'replay', text, root);
  }

  /** The text this session last wrote or read, for noticing edits made by hand meanwhile. */
  lastText: string | undefined;

  /** Told the text after every save of a live session (the progress state keeps its fingerprint). */
  onWrite: ((text: string) => void | Promise<void>) | undefined;

  /**
   * Saves what the replay built (only the lines that differ from the file now, the user's
   * formatting kept elsewhere) and makes every later change a live one. Returns the text saved.
   */
  async goLive(): Promise<string | undefined> {
    if (this.mode !== 'replay') return this.lastText;
    let disk: string;
    try {
      disk = (await readRegularFile(this.abs, MAX_FILE_BYTES)).toString('utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      disk = '';
    }
    const out = disk === '' ? documentToString(this.doc) : formatPreservingText(disk, documentToString(parseDocument(disk)), this.doc);
    if (out !== disk) await writeFileAtomic(this.abs, out, { root: this.root });
    this.mode = 'live';
    this.lastText = out;
    await this.onWrite?.(out);
    return out;
  }

  /**
   * True when the value at `path` is still the starter file's: a "Replace with …" text, or a
   * value whose comment says to replace it (`1000 # 请替换：…`). Never offered as an answer.
   */
  isPlaceholder(path: DocPath): boolean {
    const node: unknown = this.doc.getIn(path, true);
    if (isScalar(node)) return isPlaceholderText(node.value) || isPlaceholderComment(node.comment);
    return isPlaceholderText(this.get(path));
  }

  /** The canvas as plain data (possibly partial, not yet schema-valid). */
  data(): Record<string, unknown> {
    const js: unknown = this.doc.toJS();
    return js !== null && typeof js === 'object' && !Array.isArray(js) ? (js as Record<string, unknown>) : {};
  }

  /** The value at `path`, as plain data. */
  get(path: DocPath): unknown {
    const value: unknown = this.doc.getIn(path);
    return isCollection(value) ? value.toJSON() : value;
  }

  /** Sets `value` at `path`; undefined, '' and [] remove an optional key instead of writing it empty. */
  async set(path: DocPath, value: unknown): Promise<void> {
    await this.edit((doc) => {
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0 && doc.getIn(path) === undefined)) {
        if (doc.hasIn(path)) doc.deleteIn(path);
        return;
      }
      setIn(doc, path, value);
      blockStyle(doc, path);
      // An answered value no longer carries the starter's "replace this" comment.
      const node: unknown = doc.getIn(path, true);
      if (isScalar(node) && isPlaceholderComment(node.comment)) node.comment = withoutPlaceholderClause(node.comment!) ?? null;
    });
  }

  /** Removes the node at `path` (a key or a list item). */
  async remove(path: DocPath): Promise<void> {
    await this.edit((doc) => {
      if (doc.hasIn(path)) doc.deleteIn(path);
    });
  }

  /** Applies several edits as one saved change (e.g. renaming an id and its references). */
  async edit(change: (doc: Document) => void): Promise<void> {
    if (this.mode === 'live') {
      this.lastText = await editYamlFile(
        this.abs,
        (doc) => {
          change(doc);
          this.doc = doc;
        },
        { root: this.root },
      );
      await this.onWrite?.(this.lastText);
    } else {
      change(this.doc);
    }
    this.changes++;
  }

  /** The document as it would be written. */
  toString(): string {
    return documentToString(this.doc);
  }

  /**
   * The text a buffered session would save, or undefined when the file would not change: the
   * user's formatting is kept outside the changed lines, and the same data keeps the same bytes.
   */
  pending(): string | undefined {
    if (this.mode !== 'buffered') return undefined;
    const out = formatPreservingText(this.original, documentToString(parseDocument(this.original)), this.doc);
    return out === this.original ? undefined : out;
  }

  /** Writes buffered changes (buffered mode) on their own; returns true when the file changed. */
  async commit(): Promise<boolean> {
    const out = this.pending();
    if (out === undefined) return false;
    await writeFileAtomic(this.abs, out, { root: this.root });
    return true;
  }
}

/**
 * Turns flow-style collections on `path` (`goals: []` in a starter file) into block style once they
 * hold mappings, so added items read like the rest of the file instead of `[{id: a, …}]`.
 */
function blockStyle(doc: Document, path: DocPath): void {
  let node: unknown = doc.contents;
  for (let i = 0; i <= path.length; i++) {
    if ((isMap(node) || isSeq(node)) && node.flow && node.items.some((item) => holdsCollection(item))) {
      node.flow = false;
      // `goals: [] # none yet`: the comment would drift below the new items; keep it above them.
      const first = node.items[0] as { commentBefore?: string | null } | undefined;
      if (node.comment && first && !first.commentBefore) {
        first.commentBefore = node.comment;
        node.comment = null;
      }
    }
    if (i === path.length) break;
    const next: unknown = isCollection(node) ? node.get(path[i], true) : undefined;
    node = next;
  }
}

/** True when a collection entry (a pair or an item) holds a mapping or a list. */
function holdsCollection(item: unknown): boolean {
  if (isCollection(item)) return true;
  const value = (item as { value?: unknown } | null)?.value;
  return isCollection(value);
}
