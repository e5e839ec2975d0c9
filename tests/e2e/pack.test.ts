// The packed tarball is what a user installs (README, "Install"): it installs into an empty folder
// without a build, a browser download or a warning, carries the licence, the docs and the examples
// the CLI names, and runs init, validate, check and build from there.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTemp } from '../helpers/temp-workspace.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
  version: string;
  scripts: Record<string, string>;
  files: string[];
  repository?: unknown;
  homepage?: unknown;
  bugs?: unknown;
};
const temps: string[] = [];
let listing: string[] = [];
let consumer = '';
let install: ReturnType<typeof spawnSync>;
afterAll(() => Promise.all(temps.map(removeTemp)));

/** Paths like `docs/rules.md` or `examples/patient-service` in a text (trailing punctuation dropped). */
const packagePaths = (text: string): string[] => [...text.matchAll(/(?<![\w/.-])(?:docs|examples)\/[\w./-]*[\w/]/g)].map((m) => m[0].replace(/\/$/, ''));

beforeAll(async () => {
  const dest = await mkdtemp(join(tmpdir(), 'dxplan-pack-'));
  consumer = await mkdtemp(join(tmpdir(), 'dxplan-consumer-'));
  temps.push(dest, consumer);
  // --ignore-scripts: the test run already built dist/ (pretest); `prepack` would only rebuild it.
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dest], { cwd: root, stdio: 'pipe' });
  const [tarball] = (await readdir(dest)).filter((f) => f.endsWith('.tgz'));
  expect(tarball).toBe(`dxplan-${pkg.version}.tgz`);
  listing = execFileSync('tar', ['-tzf', join(dest, tarball!)], { encoding: 'utf8' }).split('\n').filter(Boolean);

  await writeFile(join(consumer, 'package.json'), '{ "name": "consumer", "version": "1.0.0", "private": true }\n');
  // No PUPPETEER_SKIP_DOWNLOAD here on purpose: installing dxplan must never try to download a browser.
  const env = { ...process.env };
  delete env.PUPPETEER_SKIP_DOWNLOAD;
  install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dest, tarball!)], { cwd: consumer, env, encoding: 'utf8' });
}, 300_000);

const installed = () => join(consumer, 'node_modules/dxplan');
const dxplan = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(join(consumer, 'node_modules/.bin/dxplan'), args, { cwd: consumer, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1', ...env } });

describe('npm pack', () => {
  it('carries the program, its data, the licence, the docs and the bundled examples, and no sources or tests', () => {
    for (const path of [
      'bin/dxplan.js',
      'dist/cli/main.js',
      'canvases/diamond.model.yaml',
      'canvases/glossary.yaml',
      'templates/workspace/zh-CN/dxplan.yaml',
      'LICENSE',
      'README.md',
      'docs/README.md',
      'docs/commands.md',
      'examples/home-furnishing/dxplan.yaml',
      'examples/home-furnishing/docs/plan-report.html',
      'examples/patient-service/dxplan.yaml',
    ]) {
      expect(listing).toContain(`package/${path}`);
    }
    expect(listing.filter((p) => p.startsWith('package/tests/') || p.startsWith('package/src/'))).toEqual([]);
  });

  it('runs no script for the people who install it: dist/ is built before packing (prepack), not after installing', () => {
    expect(pkg.scripts.prepack).toBeDefined();
    for (const hook of ['prepare', 'preinstall', 'install', 'postinstall']) expect(pkg.scripts[hook], hook).toBeUndefined();
  });

  it('names no made-up repository or home page (there is no public one yet)', () => {
    for (const field of [pkg.repository, pkg.homepage, pkg.bugs]) {
      if (field !== undefined) expect(JSON.stringify(field)).not.toMatch(/example\.(com|org)|TODO|OWNER|USER|<|placeholder/i);
    }
  });
});

describe('the installed tarball', () => {
  it('installs without a warning, a build or a browser download', () => {
    expect(install.status, String(install.stderr)).toBe(0);
    expect(install.stderr).not.toMatch(/install-scripts|prepare|Failed to set up chrome|Downloading Chrome/i);
    expect(existsSync(join(installed(), 'LICENSE'))).toBe(true);
  });

  it('runs init and validate, and validate, check and build on a copy of a bundled example', async () => {
    expect(dxplan(['init', 'plan', '--lang', 'zh-TW']).status).toBe(0);
    const validate = dxplan(['validate', 'plan']);
    expect(validate.stdout).toContain('工作區有效');
    expect(validate.status).toBe(0);
    expect(dxplan(['--version']).stdout.trim()).toBe(pkg.version);

    await cp(join(installed(), 'examples/home-furnishing'), join(consumer, 'example'), { recursive: true });
    expect(dxplan(['validate', 'example']).status).toBe(0);
    expect(dxplan(['check', 'example']).status).toBe(0);
    // The shipped example's documents are current, so the build has nothing to rewrite.
    expect(dxplan(['build', 'example', '--check']).status).toBe(0);
    const build = dxplan(['build', 'example', '--out', 'out']);
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/out: \d+ file\(s\) written, 0 unchanged, 0 removed\n$/);
    expect(existsSync(join(consumer, 'out/plan-report.html'))).toBe(true);
  });

  it('contains every docs/ and examples/ path the CLI prints, in --help of every command and in every message', async () => {
    const printed = new Set<string>();
    for (const lang of ['en', 'zh-CN', 'zh-TW']) {
      const help = dxplan(['--help', '--lang', lang]).stdout;
      const commands = [...help.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!);
      expect(commands).toContain('build');
      for (const text of [help, dxplan([]).stdout, ...commands.map((c) => dxplan([c, '--help', '--lang', lang]).stdout)]) {
        for (const path of packagePaths(text)) printed.add(path);
      }
      // The documentation path in the help is absolute: the installed package's own docs/README.md.
      expect(help).toContain(join(installed(), 'docs', 'README.md'));
    }
    const { catalogue } = (await import(pathToFileURL(join(installed(), 'dist/i18n/index.js')).href)) as { catalogue: Record<string, Record<string, string>> };
    for (const message of Object.values(catalogue)) for (const text of Object.values(message)) for (const path of packagePaths(text)) printed.add(path);
    expect([...printed]).toEqual(expect.arrayContaining(['docs/interview.md', 'docs/rules.md', 'examples/patient-service']));
    expect([...printed].filter((path) => !existsSync(join(installed(), path)))).toEqual([]);
  });

  it("resolves every relative link of the packaged README and docs pages inside the package", async () => {
    const broken: string[] = [];
    const pages = ['README.md', ...(await readdir(join(installed(), 'docs'))).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    for (const page of pages) {
      const text = await readFile(join(installed(), page), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/i.test(target!)) continue;
        const resolved = join(installed(), page.includes('/') ? 'docs' : '', target!);
        if (!existsSync(resolved)) broken.push(`${page} -> ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
