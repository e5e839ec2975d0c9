// The HTML report as a reader opens it: in headless Chromium with every request off the machine
// refused, from a plain build (diagrams drawn in the page by the Mermaid copy beside it) and from a
// --render build (SVGs inside, no script at all). Every diagram must end up drawn as SVG.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'dxplan.js');
const temps: string[] = [];
let browser: Browser;

beforeAll(async () => {
  const profile = await mkdtemp(join(tmpdir(), 'dxplan-html-'));
  temps.push(profile);
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: 'shell', args: ['--no-sandbox', `--user-data-dir=${profile}`], env: { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile, TMPDIR: profile } });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

function dxplan(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DXPLAN_BROWSER: CHROMIUM } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function copyExample(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `dxplan-html-${name}-`));
  temps.push(dir);
  await cp(join(ROOT, 'examples', name), dir, { recursive: true });
  return dir;
}

/** Opens a report offline and waits until its figures hold SVGs (or time runs out); says what it saw. */
async function open(file: string) {
  const page = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    requests.push(r.url());
    if (r.url().startsWith('file:')) void r.continue();
    else void r.abort('internetdisconnected');
  });
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const figures = await page.$$eval('figure.diagram', (f) => f.length);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('figure.diagram')).every((f) => f.querySelector('svg g')), { timeout: 30_000 }).catch(() => undefined);
    const drawn = await page.$$eval('figure.diagram', (list) => list.filter((f) => f.querySelector('svg g') && !f.querySelector('pre.mermaid:not([data-processed])')).length);
    const scripts = await page.$$eval('script', (s) => s.length);
    return { figures, drawn, scripts, offMachine: requests.filter((u) => !u.startsWith('file:')), errors };
  } finally {
    await page.close();
  }
}

describe.each(['home-furnishing', 'patient-service'])('the HTML report of %s, opened offline in Chromium', (example) => {
  it('as committed (a plain build): the page draws every diagram as SVG with the Mermaid copy beside it, asking the network for nothing', async () => {
    for (const name of ['plan-report.html', 'plan-report-internal.html']) {
      const seen = await open(join(ROOT, 'examples', example, 'docs', name));
      expect(seen.errors, name).toEqual([]);
      expect(seen.figures, name).toBeGreaterThanOrEqual(7);
      expect(seen.drawn, name).toBe(seen.figures);
      expect(seen.offMachine, name).toEqual([]);
    }
  });

  it('after --render svg: the SVGs are inside the page, which runs no script', async () => {
    const ws = await copyExample(example);
    const r = dxplan(['build', ws, '--render', 'svg']);
    expect(r.code, r.stderr).toBe(0);
    const html = await readFile(join(ws, 'docs', 'plan-report.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    const seen = await open(join(ws, 'docs', 'plan-report.html'));
    expect(seen.scripts).toBe(0);
    expect(seen.drawn).toBe(seen.figures);
    expect(seen.offMachine).toEqual([]);
  });
});
