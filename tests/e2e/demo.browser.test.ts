// `npm run demo`, the first thing the README asks for: short, and it ends by saying what to open;
// without a browser it says how to get pictures, with one it draws them into the report.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/render/find-browser.js';
import { copyToTemp, removeTemp } from '../helpers/temp-workspace.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const temps: string[] = [];
afterAll(() => Promise.all(temps.map(removeTemp)));

/** Runs the demo on a copy of the example (other tests read the checkout's example meanwhile). */
async function demo(env: NodeJS.ProcessEnv) {
  const out = await mkdtemp(join(tmpdir(), 'dxplan-demo-'));
  const example = await copyToTemp(join(root, 'examples/home-furnishing'), 'dxplan-demo-example-');
  temps.push(out, example);
  const run = spawnSync(process.execPath, [join(root, 'scripts/demo.js'), out, example], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', LANG: 'en_US.UTF-8', ...env },
    timeout: 180_000,
  });
  // The example is left as it was: no render cache behind.
  expect(existsSync(join(example, '.dxplan'))).toBe(false);
  return { out, code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run demo', () => {
  it('without a browser: a dozen lines, how to get pictures, and what to open', async () => {
    const r = await demo({ DXPLAN_BROWSER: '/nonexistent/chromium' });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(15);
    expect(r.stdout).toContain('sudo apt-get install chromium');
    expect(lines).toContain(`Open this in a browser: ${join(r.out, 'plan-report.html')}`);
    // Without pictures the page draws its diagrams itself, with the Mermaid copy written beside it.
    expect(await readFile(join(r.out, 'plan-report.html'), 'utf8')).toContain('<pre class="mermaid">');
    expect(existsSync(join(r.out, 'assets', 'mermaid.min.js'))).toBe(true);
  });

  const browser = findBrowser({ env: process.env, platform: process.platform, cwd: root });
  it.skipIf(!browser.found)('with a browser: the report shows pictures, and the PDF is written', { timeout: 180_000 }, async () => {
    const r = await demo({});
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(15);
    expect(r.stdout).toMatch(/picture\(s\) drawn/);
    const html = await readFile(join(r.out, 'plan-report.html'), 'utf8');
    expect(html).toContain('<svg id="d-diagrams-');
    expect(html).not.toContain('<pre class="mermaid">');
    expect(existsSync(join(r.out, 'plan-report.pdf'))).toBe(true);
  });
});
