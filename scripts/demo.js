#!/usr/bin/env node
// `npm run demo`: validate, check and build the bundled home-furnishing example into demo-output/,
// with pictures when a Chromium or Chrome is on the machine, in a dozen lines that end by saying
// what to open. Runs the real bin/dxplan.js as a user would; needs dist/ (`npm run demo` builds it).
//   node scripts/demo.js [output folder, default demo-output] [workspace, default examples/home-furnishing]
// The example is left as it was found: the render cache a build with pictures keeps in the
// workspace (.dxplan/) is removed again unless it was there before.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const outAbs = resolve(process.argv[2] ?? join(ROOT, 'demo-output'));
const exampleAbs = resolve(process.argv[3] ?? join(ROOT, 'examples/home-furnishing'));
/** A path as the user best reads it: relative when it is inside the repository, else absolute. */
const shown = (abs, from) => (relative(from, abs).startsWith('..') ? abs : relative(from, abs));
const OUT = shown(outAbs, ROOT);
const EXAMPLE = shown(exampleAbs, ROOT);
const cache = join(exampleAbs, '.dxplan');
const cacheWasThere = existsSync(cache);

const { resolveLocale, translator } = await import(join(ROOT, 'dist/i18n/index.js'));
const { peekWorkspaceLocale } = await import(join(ROOT, 'dist/store/peek-locale.js'));
const { findBrowser } = await import(join(ROOT, 'dist/render/find-browser.js'));

// The demo speaks as dxplan does: --lang is not given, so the example's own language, else LANG.
const t = translator(resolveLocale(undefined, await peekWorkspaceLocale(exampleAbs), process.env));

/** Runs dxplan in the repository root; stdout is captured (only its last line is shown), stderr passes through. */
function dxplan(args) {
  process.stdout.write(`$ dxplan ${args.join(' ')}\n`);
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/dxplan.js'), ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const last = (run.stdout ?? '').trimEnd().split('\n').pop();
  if (last) process.stdout.write(`  ${last}\n`);
  return run.status ?? 1;
}

process.stdout.write(`${t('demo.title', { example: EXAMPLE })}\n`);
const browser = findBrowser({ env: process.env, platform: process.platform, cwd: ROOT });
process.stdout.write(`${browser.found ? t('demo.browser', { path: browser.path }) : t('demo.noBrowser')}\n`);

const steps = [
  { args: ['validate', EXAMPLE], stopsAt: 1 },
  // A failed methodology check (exit 1) still builds: the documents list the risks.
  { args: ['check', EXAMPLE], stopsAt: 2 },
  { args: ['build', EXAMPLE, '--out', OUT, ...(browser.found ? ['--render', 'svg,png,pdf'] : [])], stopsAt: 1 },
];
for (const step of steps) {
  const code = dxplan(step.args);
  if (!cacheWasThere) rmSync(cache, { recursive: true, force: true });
  if (code >= step.stopsAt) {
    process.stderr.write(`dxplan: ${t('demo.failed', { command: `dxplan ${step.args.join(' ')}`, code })}\n`);
    process.exit(code);
  }
}

process.stdout.write(`\n${t('demo.open', { path: shown(join(outAbs, 'plan-report.html'), process.cwd()) })}\n`);
process.stdout.write(`${t('demo.alsoWritten', { dir: OUT, pictures: browser.found ? t('demo.pictures') : '' })}\n`);
process.stdout.write(`${t('demo.next', { example: EXAMPLE })}\n`);
