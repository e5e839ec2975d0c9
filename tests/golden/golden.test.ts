// Golden folders: each case is a workspace (input/) and the documents `dxplan build` must write
// (expected/), byte for byte. Run with UPDATE_GOLDEN=1 to rewrite expected/ after a deliberate change.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { build } from '../../src/app/build.js';
import { captureContext } from '../helpers/capture-context.js';
import { removeTemp } from '../helpers/temp-workspace.js';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { locateMermaid } from '../../src/render/mermaid-bundle.js';
import { REPORT_ASSETS } from '../../src/generate/report-assets.js';

/**
 * Files the build copies from an installed package rather than generates: compared with that
 * package's file instead of a second copy under expected/ (Mermaid's bundle is 3.5 MB).
 */
const VENDORED: Record<string, () => Promise<Buffer>> = { [REPORT_ASSETS.mermaid]: () => readFile(locateMermaid().path) };

const CASES = join(dirname(fileURLToPath(import.meta.url)), 'cases');
const update = process.env.UPDATE_GOLDEN === '1';
const temps: string[] = [];
afterAll(async () => Promise.all(temps.map(removeTemp)));

/** Every file under `dir`, as sorted forward-slash paths relative to it. */
async function tree(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  await walk(dir);
  return out.sort();
}

describe('golden cases', async () => {
  const cases = (await readdir(CASES, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  test.each(cases)('%s: build writes exactly expected/', async (name) => {
    const input = join(CASES, name, 'input');
    const expectedDir = join(CASES, name, 'expected');
    const out = await mkdtemp(join(tmpdir(), `dxplan-golden-${name}-`));
    temps.push(out);
    const { ctx, err } = captureContext('en', process.cwd());
    const code = await build(ctx, input, { out });
    expect(err()).toBe('');
    expect(code).toBe(0);

    const all = await tree(out);
    for (const [path, original] of Object.entries(VENDORED)) {
      expect(all, path).toContain(path);
      expect((await readFile(join(out, path))).equals(await original()), path).toBe(true);
    }
    const actual = all.filter((path) => !(path in VENDORED));
    if (update) {
      await rm(expectedDir, { recursive: true, force: true });
      for (const path of actual) {
        await mkdir(dirname(join(expectedDir, path)), { recursive: true });
        await writeFile(join(expectedDir, path), await readFile(join(out, path)));
      }
    }
    expect(actual).toEqual(await tree(expectedDir));
    for (const path of actual) {
      const got = await readFile(join(out, path));
      const want = await readFile(join(expectedDir, path));
      // Compare as text first for a readable diff, then as bytes (BOM, CRLF).
      expect(got.toString('utf8'), path).toBe(want.toString('utf8'));
      expect(got.equals(want), path).toBe(true);
    }
  });
});
