// Saving keeps what the user wrote: change one value, and only that line changes.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/domain/enums.js';
import { initWorkspace } from '../../src/store/init-workspace.js';
import { editYamlFile, setIn, YamlSyntaxError } from '../../src/store/save-document.js';
import { copyToTemp, removeTemp } from '../helpers/temp-workspace.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Starter workspaces as `dxplan init` writes them, and the bundled examples. */
const workspaces = ['init:en', 'init:zh-CN', 'init:zh-TW', 'examples/patient-service', 'examples/home-furnishing'];
const temps: string[] = [];
afterAll(() => Promise.all(temps.map(removeTemp)));

/** Comment lines of a YAML text, trimmed. */
/** A temporary copy of `ws`: an example folder, or `init:<locale>` for a fresh starter. */
async function prepare(ws: string): Promise<string> {
  if (ws.startsWith('init:')) {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-rt-'));
    temps.push(dir);
    await initWorkspace({ dir, locale: ws.slice(5) as Locale, name: 'Plan: "A" #1', force: false });
    return dir;
  }
  const dir = await copyToTemp(join(root, ws));
  temps.push(dir);
  return dir;
}

const comments = (text: string) => text.split('\n').filter((l) => l.trimStart().startsWith('#')).map((l) => l.trim());

describe('comment-preserving save', () => {
  for (const ws of workspaces) {
    it(`${ws}: changing the north-star growth target changes one line only`, async () => {
      const dir = await prepare(ws);
      const file = join(dir, 'canvases/north-star.yaml');
      const before = await readFile(file, 'utf8');
      await editYamlFile(file, (doc) => setIn(doc, ['cold_start', 'user_growth_target'], 987654));
      const after = await readFile(file, 'utf8');
      const a = before.split('\n');
      const b = after.split('\n');
      expect(b).toHaveLength(a.length);
      const changed = a.map((line, i) => (line === b[i] ? -1 : i)).filter((i) => i >= 0);
      expect(changed).toHaveLength(1);
      expect(b[changed[0]!]).toMatch(/user_growth_target: 987654( #.*)?$/);
      expect(comments(after)).toEqual(comments(before));
    });
  }

  it('keeps every file of every workspace byte-identical when nothing changes', async () => {
    for (const ws of workspaces) {
      const dir = await prepare(ws);
      for (const name of ['dxplan.yaml', ...(await readdir(join(dir, 'canvases'))).map((f) => `canvases/${f}`)]) {
        const file = join(dir, name);
        const before = await readFile(file, 'utf8');
        await editYamlFile(file, () => {});
        expect(await readFile(file, 'utf8'), `${ws}/${name}`).toBe(before);
      }
    }
  });

  it('adds a list item without touching comments elsewhere', async () => {
    const dir = await copyToTemp(join(root, 'examples/home-furnishing'));
    temps.push(dir);
    const file = join(dir, 'canvases/north-star.yaml');
    const before = await readFile(file, 'utf8');
    await editYamlFile(file, (doc) => {
      const dims = doc.getIn(['cold_start', 'data_dimensions']) as { add(v: unknown): void };
      dims.add('Showroom visits per week');
    });
    const after = await readFile(file, 'utf8');
    expect(after).toContain('- Showroom visits per week');
    expect(comments(after)).toEqual(comments(before));
    expect(after.split('\n').length).toBe(before.split('\n').length + 1);
  });

  it('a failed write leaves the old file intact', async () => {
    const dir = await copyToTemp(join(root, 'examples/home-furnishing'));
    temps.push(dir);
    const file = join(dir, 'canvases/north-star.yaml');
    const before = await readFile(file, 'utf8');
    await expect(
      editYamlFile(file, (doc) => {
        doc.setIn(['cold_start', 'user_growth_target'], 1);
        throw new Error('simulated crash while editing');
      }),
    ).rejects.toThrow('simulated crash');
    expect(await readFile(file, 'utf8')).toBe(before);
    // A leftover temp file would show up beside it.
    expect((await readdir(join(dir, 'canvases'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('layouts the yaml printer would normalise', () => {
  const text = [
    '# assessment',
    'facets:',
    '  data: # harvested at every touchpoint',
    '    current: 1',
    '    target: 3',
    'list:',
    '  - a',
    '  - b',
    '  # trailing note',
    '',
    '# top comment',
    'next:   1   # aligned comment',
    'last: 2',
    '',
  ].join('\n');

  it('keeps them when an edit elsewhere changes one value', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-rt-'));
    temps.push(dir);
    const file = join(dir, 'a.yaml');
    await writeFile(file, text);
    await editYamlFile(file, (doc) => setIn(doc, ['last'], 3));
    expect(await readFile(file, 'utf8')).toBe(text.replace('last: 2', 'last: 3'));
  });

  it('keeps them when an edit adds a list item', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-rt-'));
    temps.push(dir);
    const file = join(dir, 'a.yaml');
    await writeFile(file, text);
    await editYamlFile(file, (doc) => setIn(doc, ['facets', 'data', 'target'], 4));
    expect(await readFile(file, 'utf8')).toBe(text.replace('target: 3', 'target: 4'));
  });
});

describe('a file broken by hand meanwhile', () => {
  it('is refused with a YamlSyntaxError and left exactly as it is', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-rt-'));
    temps.push(dir);
    const file = join(dir, 'a.yaml');
    const broken = 'version: 1\nname: "unclosed\n';
    await writeFile(file, broken);
    await expect(editYamlFile(file, (doc) => setIn(doc, ['version'], 1))).rejects.toBeInstanceOf(YamlSyntaxError);
    expect(await readFile(file, 'utf8')).toBe(broken);
  });
});
