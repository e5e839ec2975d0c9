// The heavy writers (pptxgenjs, exceljs, pdf-lib, jszip) load only for the --render formats that
// need them: --help, validate and a plain build never load them. Checked by recording every module
// the real CLI resolves (tests/helpers/record-imports.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { copyToTemp } from '../helpers/temp-workspace.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'dxplan.js');
const HOOK = join(ROOT, 'tests', 'helpers', 'record-imports.mjs');
const HEAVY = ['pptxgenjs', 'exceljs', 'pdf-lib', 'jszip'];
const temps: string[] = [];
afterAll(async () => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

/** The packages under node_modules that running dxplan with `args` loaded. */
async function packagesLoaded(args: string[]): Promise<Set<string>> {
  const dir = await mkdtemp(join(tmpdir(), 'dxplan-lazy-'));
  temps.push(dir);
  const log = join(dir, 'imports.log');
  const r = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DXPLAN_RECORD_IMPORTS: log } });
  expect(r.status, r.stderr).toBe(0);
  const urls = (await readFile(log, 'utf8').catch(() => '')).split('\n');
  return new Set(urls.flatMap((u) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1] ?? []));
}

describe('the deliverables writers load lazily', () => {
  it('--help, validate and a plain build load none of them', async () => {
    const ws = await copyToTemp(join(ROOT, 'examples', 'home-furnishing'), 'dxplan-lazy-ws-');
    temps.push(ws);
    for (const args of [['--help'], ['validate', ws], ['build', ws]]) {
      const loaded = await packagesLoaded(args);
      for (const pkg of HEAVY) expect(loaded.has(pkg), `${args[0]} loaded ${pkg}`).toBe(false);
    }
    // The recorder works: a plain build does load what it needs (in a fresh copy: the build above
    // left a stamp, and a no-change rebuild rightly loads nothing).
    const fresh = await copyToTemp(join(ROOT, 'examples', 'home-furnishing'), 'dxplan-lazy-ws-');
    temps.push(fresh);
    expect(await packagesLoaded(['build', fresh])).toContain('handlebars');
  });

  it('--render xlsx loads exceljs and jszip, and neither pptxgenjs nor pdf-lib', async () => {
    const ws = await copyToTemp(join(ROOT, 'examples', 'home-furnishing'), 'dxplan-lazy-ws-');
    temps.push(ws);
    const loaded = await packagesLoaded(['build', ws, '--render', 'xlsx', '--quiet']);
    expect(loaded).toContain('exceljs');
    expect(loaded).toContain('jszip');
    expect(loaded.has('pptxgenjs')).toBe(false);
    expect(loaded.has('pdf-lib')).toBe(false);
    expect(loaded.has('puppeteer-core')).toBe(false);
  });
});
