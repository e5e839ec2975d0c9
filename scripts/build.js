#!/usr/bin/env node
// `npm run build`: type-checks src/ with tsc, bundles it into dist/ with esbuild, and precompiles
// the built-in data (canvases/*.yaml) to JSON, so a command loads one chunk per code path and
// reads its model, glossary and questions without parsing YAML or checking them again.
//   node scripts/build.js [--no-check]
// Bundled: our code and the small packages every command loads at start-up (commander, zod,
// js-yaml, chalk): one file instead of hundreds of module resolutions. External: the packages
// only some commands load, lazily (yaml, handlebars, puppeteer-core, mermaid, @inquirer/prompts,
// cli-table3) — CommonJS ones among them must stay Node's own imports, because an esbuild chunk
// that `await import()`s a bundled CommonJS package sees only its `default` export.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Dependencies bundled into dist/ (loaded by every command); all others stay external. */
export const BUNDLED = ['commander', 'zod', 'js-yaml', 'chalk'];

/**
 * Entry points: the CLI, plus the modules that tests' child processes and scripts/demo.js import
 * from dist/ (so they run the same bundle a user does).
 */
const ENTRIES = [
  'src/cli/main.ts',
  'src/i18n/index.ts',
  'src/store/save-document.ts',
  'src/store/peek-locale.ts',
  'src/render/render-build.ts',
  'src/render/find-browser.ts',
];

/** Stops the build with a message. */
function fail(message) {
  process.stderr.write(`build: ${message}\n`);
  process.exit(1);
}

if (!process.argv.includes('--no-check')) {
  // tsc only type-checks: esbuild writes the JavaScript.
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--noEmit'], { cwd: ROOT, stdio: 'inherit' });
  if (tsc.status !== 0) fail('type errors (tsc -p tsconfig.build.json --noEmit)');
}

rmSync(DIST, { recursive: true, force: true });
const external = Object.keys(pkg.dependencies ?? {}).filter((d) => !BUNDLED.includes(d));
await build({
  absWorkingDir: ROOT,
  entryPoints: ENTRIES,
  outbase: 'src',
  outdir: DIST,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // Subpaths too (e.g. mermaid/dist/…, @inquirer/prompts).
  external: external.flatMap((d) => [d, `${d}/*`]),
  // Bundled CommonJS (commander) calls require() for Node's built-ins.
  banner: { js: "import { createRequire as __dxplanRequire } from 'node:module'; const require = __dxplanRequire(import.meta.url);" },
  // src/store/builtin-file.ts reads dist/data/*.json only in the bundle; run from src/ it parses the YAML.
  define: { __DXPLAN_BUNDLE__: 'true' },
  legalComments: 'none',
  logLevel: 'warning',
});

// The built-in data, checked by the same schemas as a user's files and written as JSON.
const work = join(ROOT, 'node_modules', '.cache', 'dxplan-build');
mkdirSync(work, { recursive: true });
const precompiler = join(work, 'precompile-data.mjs');
await build({
  absWorkingDir: ROOT,
  entryPoints: ['scripts/precompile-data.ts'],
  outfile: precompiler,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: external.flatMap((d) => [d, `${d}/*`]),
  banner: { js: "import { createRequire as __dxplanRequire } from 'node:module'; const require = __dxplanRequire(import.meta.url);" },
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [precompiler, join(DIST, 'data')], { cwd: ROOT, stdio: 'inherit' });
if (run.status !== 0) fail('the built-in data does not load (see above)');

// The bundle's identity, part of every no-change build key (src/app/build-stamp.ts): a change to
// dxplan's code or built-in data makes every earlier build stamp count as none.
const hash = createHash('sha256');
for (const file of readdirSync(DIST, { recursive: true }).map(String).sort()) {
  const abs = join(DIST, file);
  if (statSync(abs).isFile()) hash.update(`${file}\0`).update(readFileSync(abs));
}
writeFileSync(join(DIST, 'data', 'build-id.json'), `${JSON.stringify({ id: hash.digest('hex') })}\n`);
