// The dependency direction is enforced, not hoped for: dependency-cruiser checks the layer rules of
// scripts/dependency-rules.cjs (docs/architecture.md) over the compiled code, every runtime and lazy
// import, and over the sources' static imports including type-only ones, which compiling erases.
// A wrong import of either kind fails this test, and so `npm test` and CI.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type IViolation } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTemp } from '../helpers/temp-workspace.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { forbidden } = createRequire(import.meta.url)('../../scripts/dependency-rules.cjs') as {
  forbidden: (root: string, options?: { runtime?: boolean }) => unknown[];
};
const temps: string[] = [];
afterAll(async () => Promise.all(temps.map(removeTemp)));

/** Every file under `dir` ending in `ext`, relative to it. */
async function filesOf(dir: string, ext: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith(ext)) out.push(relative(dir, join(e.parentPath, e.name)));
  }
  return out.sort();
}

/** The module specifiers a TypeScript source imports statically or lazily, type-only ones included. */
export function importsOf(source: string): string[] {
  const statements = /^\s*(?:import|export)\b[^'";]*?\bfrom\s+'([^']+)'/gm;
  const bare = /^\s*import\s+'([^']+)'/gm;
  const lazy = /\bimport\(\s*'([^']+)'\s*\)/g;
  return [...source.matchAll(statements), ...source.matchAll(bare), ...source.matchAll(lazy)].map((m) => m[1]!);
}

/**
 * A JavaScript tree mirroring `src` (a folder of .ts files) in which each module imports exactly
 * what its source imports, types included, so dependency-cruiser sees the edges the compiler erases.
 */
async function importTree(src: string, into: string): Promise<void> {
  for (const file of await filesOf(src, '.ts')) {
    const specs = importsOf(await readFile(join(src, file), 'utf8'));
    const target = join(into, file.replace(/\.ts$/, '.js'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, specs.map((s) => `import '${s}';\n`).join(''));
  }
}

/** Runs the layer rules over `tree` (a folder under `base`) and returns the violations. */
async function violations(base: string, tree: string, runtime: boolean): Promise<IViolation[]> {
  const result = await cruise([tree], {
    baseDir: base,
    validate: true,
    ruleSet: { forbidden: forbidden(`^${tree}/`, { runtime }) } as never,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
  });
  const output = result.output as { summary: { violations: IViolation[]; totalCruised: number } };
  expect(output.summary.totalCruised).toBeGreaterThan(0);
  return output.summary.violations;
}

/** A violation as `rule: from -> to`. */
const said = (v: IViolation) => `${v.rule.name}: ${v.from} -> ${v.to}`;

describe('the layers of src/', () => {
  it('hold in the compiled code: every runtime and lazy import points down', async () => {
    const base = await mkdtemp(join(tmpdir(), 'dxplan-deps-'));
    temps.push(base);
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(base, 'js')], { encoding: 'utf8' });
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
    expect((await violations(base, 'js', true)).map(said)).toEqual([]);
  }, 120_000);

  it('hold in the sources, type-only imports included', async () => {
    const base = await mkdtemp(join(tmpdir(), 'dxplan-deps-'));
    temps.push(base);
    await importTree(join(ROOT, 'src'), join(base, 'ts'));
    expect((await violations(base, 'ts', false)).map(said)).toEqual([]);
  });
});

describe('the check', () => {
  it('fails on a wrong import: the domain importing the CLI, render importing a CLI type, a CLI command reaching past its use case', async () => {
    const base = await mkdtemp(join(tmpdir(), 'dxplan-deps-'));
    temps.push(base);
    const src = join(base, 'src');
    const put = async (path: string, text: string) => {
      await mkdir(dirname(join(src, path)), { recursive: true });
      await writeFile(join(src, path), text);
    };
    await put('cli/context.ts', 'export interface CliContext { cwd: string }\nexport const cwd = () => process.cwd();\n');
    await put('domain/rules.ts', "import { cwd } from '../cli/context.js';\nexport const where = cwd();\n");
    await put('render/render-build.ts', "import type { CliContext } from '../cli/context.js';\nexport const render = (ctx: CliContext) => ctx.cwd;\n");
    await put('store/load.ts', 'export const load = () => 1;\n');
    await put('cli/commands/check.ts', "import { load } from '../../store/load.js';\nexport const run = () => load();\n");
    await put('domain/message.ts', "import { t } from '../i18n/index.js';\nexport const say = t;\n");
    await put('i18n/index.ts', "export const t = (key: string) => key;\n");

    // The compiled tree: tsc keeps the value imports and drops the type-only one.
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--outDir', join(base, 'js'), '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules', '@types'), ...(await filesOf(src, '.ts')).map((f) => join(src, f))], { encoding: 'utf8', cwd: base });
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
    expect((await violations(base, 'js', true)).map(said).sort()).toEqual([
      'cli-commands-only-call-use-cases: js/cli/commands/check.js -> js/store/load.js',
      'cli-imports-only-app-i18n-shared-paths: js/cli/commands/check.js -> js/store/load.js',
      'domain-imports-only-shared-i18n: js/domain/rules.js -> js/cli/context.js',
      'domain-uses-i18n-types-only: js/domain/message.js -> js/i18n/index.js',
    ]);
    // The sources' tree also sees the type-only import that compiling erased.
    await importTree(src, join(base, 'ts'));
    expect((await violations(base, 'ts', false)).map(said)).toContain('render-imports-only-store-generate-domain-i18n-shared-paths: ts/render/render-build.js -> ts/cli/context.js');
  }, 120_000);

  it('reads every kind of import of a source', () => {
    const source = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      'import {',
      '  type C,',
      '  d,',
      "} from '../../c.js';",
      "export { e } from './e.js';",
      "export type { F } from './f.js';",
      "import 'g';",
      "  const { h } = await import('./h.js');",
      "const text = 'not an import from \\'x\\'';",
    ].join('\n');
    expect(importsOf(source)).toEqual(['./a.js', '../b.js', '../../c.js', './e.js', './f.js', 'g', './h.js']);
  });
});
