// The complete versions a saving child process can leave behind, to tell a whole file from a torn one.
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { editYamlFile, setIn } from '../../src/store/save-document.js';
import { removeTemp } from '../helpers/temp-workspace.js';

/** The description save number `k` of writer `tag` writes (same formula as children/save-loop.mjs). */
export const versionText = (tag: string, k: number): string => `${tag} ${k} ${'x'.repeat(((k * 7919) % 13) * 40_000 + 1000)}`;

/** Which save a file's text comes from: the original, or save `k` of writer `tag`. */
export type Version = { tag: 'original'; k: 0 } | { tag: string; k: number };

/**
 * Knows the original text of a canvas and computes, on demand, the exact text every complete save
 * produces: the same edit through the same editYamlFile, on a scratch copy.
 */
export class SaveVersions {
  private readonly cache = new Map<string, string>();
  private constructor(
    readonly original: string,
    private readonly scratchDir: string,
    private readonly originalDescription: unknown,
  ) {}

  /** Snapshot of `file` as the original version. */
  static async of(file: string): Promise<SaveVersions> {
    const original = await readFile(file, 'utf8');
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-versions-'));
    await copyFile(file, join(dir, 'original.yaml'));
    return new SaveVersions(original, dir, parseDocument(original).getIn(['goals', 0, 'description']));
  }

  /** The text of the file after save `k` of `tag` completed. */
  async textOf(tag: string, k: number): Promise<string> {
    const key = `${tag} ${k}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const scratch = join(this.scratchDir, 'scratch.yaml');
    await copyFile(join(this.scratchDir, 'original.yaml'), scratch);
    const text = await editYamlFile(scratch, (doc) => setIn(doc, ['goals', 0, 'description'], versionText(tag, k)));
    this.cache.set(key, text);
    return text;
  }

  /**
   * The version `text` is, when it is exactly one complete version; otherwise a reason why not
   * (does not parse, or parses but differs from the version it claims to be).
   */
  async identify(text: string): Promise<{ ok: true; version: Version } | { ok: false; reason: string }> {
    if (text === this.original) return { ok: true, version: { tag: 'original', k: 0 } };
    const doc = parseDocument(text);
    if (doc.errors.length > 0) return { ok: false, reason: `does not parse: ${doc.errors[0]!.message.split('\n')[0]}` };
    const description = doc.getIn(['goals', 0, 'description']);
    const match = typeof description === 'string' ? /^(\S+) (\d+) x+$/.exec(description) : null;
    if (!match) return { ok: false, reason: `unknown description ${JSON.stringify(String(description).slice(0, 40))} (original: ${description === this.originalDescription})` };
    const version = { tag: match[1]!, k: Number(match[2]) };
    if (text !== (await this.textOf(version.tag, version.k))) return { ok: false, reason: `parses as ${version.tag} ${version.k} but differs from that complete version` };
    return { ok: true, version };
  }

  /** Removes the scratch folder. */
  dispose(): Promise<void> {
    return removeTemp(this.scratchDir);
  }
}
