// Gaps the fault suite found. Fixed ones stay as tests of the behaviour a user gets; open ones are
// pinned as expected failures (`it.fails`) that start failing when the fix lands, and then become
// `it`. The exact fixes are in docs/benchmarks.md ("Found by the fault suite").
import { spawnSync } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/app/build.js';
import type { Problem } from '../../src/domain/problem.js';
import { translator } from '../../src/i18n/index.js';
import { initWorkspace } from '../../src/store/init-workspace.js';
import { loadWorkspace } from '../../src/store/load-workspace.js';
import { writeFileAtomic } from '../../src/store/write-atomic.js';
import { captureContext } from '../helpers/capture-context.js';
import { removeTemp } from '../helpers/temp-workspace.js';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map(removeTemp)));

/**
 * A fresh `init` workspace with the first `find` in `file` replaced; throws (failing the suite,
 * not the expected-failure test) when the starter text changed and the case no longer applies.
 */
async function brokenWorkspace(file: string, find: string, replace: string): Promise<{ dir: string; text: string; problems: Problem[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'dxplan-fault-gaps-'));
  temps.push(dir);
  await initWorkspace({ dir, locale: 'en', force: true });
  const path = join(dir, file);
  const original = await readFile(path, 'utf8');
  if (!original.includes(find)) throw new Error(`${file} of the starter workspace has no ${JSON.stringify(find)}; update this case`);
  const text = original.replace(find, replace);
  await writeFile(path, text);
  const { problems } = await loadWorkspace(dir, translator('en'), dir);
  return { dir, text, problems };
}

describe('an assessment facet key that is not an id', () => {
  let c: Awaited<ReturnType<typeof brokenWorkspace>>;
  beforeAll(async () => {
    c = await brokenWorkspace('canvases/assessment.yaml', '\n  data:\n', '\n  Data Facet:\n');
  });

  it('is an error in that file', () => {
    expect(c.problems.filter((p) => p.severity === 'error').map((p) => p.file)).toEqual(['canvases/assessment.yaml']);
  });

  it('is reported at the key, with a hint', () => {
    const keyLine = c.text.split('\n').findIndex((l) => l.startsWith('  Data Facet:')) + 1;
    const p = c.problems[0]!;
    expect(p.line).toBe(keyLine);
    expect(p.hint).toBeTruthy();
  });
});

describe('a misspelt delivery phase', () => {
  let c: Awaited<ReturnType<typeof brokenWorkspace>>;
  beforeAll(async () => {
    c = await brokenWorkspace('canvases/launch-plan.yaml', '\n  kickoff:\n', '\n  kickof:\n');
  });

  it('is an unknown-key error', () => {
    expect(c.problems.map((p) => p.rule)).toEqual(['schema/unknown-key']);
  });

  it('gets "did you mean kickoff" instead of an empty list of allowed keys', () => {
    expect(c.problems[0]!.hint).toContain('kickoff');
  });
});

describe('an output folder with a NUL character ("docs\\0x" in dxplan.yaml)', () => {
  let c: Awaited<ReturnType<typeof brokenWorkspace>>;
  beforeAll(async () => {
    c = await brokenWorkspace('dxplan.yaml', '\noutput: docs', '\noutput: "docs\\0x"');
  });

  it('is a validation error at the output key', () => {
    expect(c.problems.map((p) => `${p.rule} ${p.path.join('.')}`)).toEqual(['schema/format output']);
  });

  it('makes build exit 2 with a message, not an internal error', async () => {
    const { ctx, out } = captureContext('en', c.dir);
    expect(await build(ctx, c.dir, { dryRun: true })).toBe(2);
    expect(out()).toContain('not a usable folder name');
  });
});

describe('dxplan schema --out naming an existing file', () => {
  let run: { status: number | null; stderr: string };
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-fault-gaps-'));
    temps.push(dir);
    await writeFile(join(dir, 'a-file'), 'not a folder\n');
    const bin = fileURLToPath(new URL('../../bin/dxplan.js', import.meta.url));
    run = spawnSync(process.execPath, [bin, 'schema', '--out', join(dir, 'a-file'), '--lang', 'en'], { encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
  });

  it('fails', () => {
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('a-file');
  });

  it('exits 2 with the file-system message, not an internal error', () => {
    expect(run.stderr).not.toContain('internal error');
    expect(run.status).toBe(2);
  });
});

describe('saving a canvas that is a symbolic link, or private (mode 600)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxplan-fault-gaps-'));
    temps.push(dir);
    await writeFile(join(dir, 'shared.yaml'), 'version: 1\n');
    await symlink('shared.yaml', join(dir, 'linked.yaml'));
    await writeFile(join(dir, 'private.yaml'), 'version: 1\n');
    await chmod(join(dir, 'private.yaml'), 0o600);
    await writeFileAtomic(join(dir, 'linked.yaml'), 'version: 1\n# saved\n');
    await writeFileAtomic(join(dir, 'private.yaml'), 'version: 1\n# saved\n');
  });

  it('writes the new text', async () => {
    expect(await readFile(join(dir, 'linked.yaml'), 'utf8')).toBe('version: 1\n# saved\n');
    expect(await readFile(join(dir, 'private.yaml'), 'utf8')).toBe('version: 1\n# saved\n');
  });

  it('keeps the link and saves into the file it points to', async () => {
    expect((await lstat(join(dir, 'linked.yaml'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'shared.yaml'), 'utf8')).toBe('version: 1\n# saved\n');
  });

  it("keeps the file's permissions", async () => {
    expect((await stat(join(dir, 'private.yaml'))).mode & 0o777).toBe(0o600);
  });
});

describe('a folder where a generated document should be', () => {
  it('makes build and build --check exit 2 naming the file, not an internal error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-fault-gaps-'));
    temps.push(dir);
    await initWorkspace({ dir, locale: 'en', force: true });
    await mkdir(join(dir, 'docs', 'feature-table.md'), { recursive: true });
    const bin = fileURLToPath(new URL('../../bin/dxplan.js', import.meta.url));
    for (const extra of [[], ['--check']]) {
      const run = spawnSync(process.execPath, [bin, 'build', '.', '--lang', 'en', ...extra], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
      expect(run.stderr).toContain('docs/feature-table.md: a folder stands where a file is needed');
      expect(run.stderr).not.toContain('internal error');
      expect(run.status).toBe(2);
    }
  });
});
