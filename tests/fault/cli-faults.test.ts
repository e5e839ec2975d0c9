// The real program (bin/dxplan.js, spawned) on a sample of broken workspaces, broken answers files
// and hostile arguments: every command answers with its documented exit code and a message, never
// a stack trace or "internal error". Few spawns on purpose; the many mutations run in process in
// mutated-workspaces.test.ts.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANVAS_IDS } from '../../src/domain/canvas-ids.js';
import { translator } from '../../src/i18n/index.js';
import { initWorkspace } from '../../src/store/init-workspace.js';
import { loadWorkspace } from '../../src/store/load-workspace.js';
import { removeTemp } from '../helpers/temp-workspace.js';
import { applyMutations, INTERNAL_ERROR, loadBases, mutationSpec, STACK_LINE, TEXT_MUTATIONS, writeMutated, type Base } from './mutations.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/dxplan.js');
const ANSWERS = join(ROOT, 'tests/interview/fixtures/answers-zh.yaml');
const SEED = Number(process.env.DXPLAN_FAULT_SEED ?? 20261121);
/** Broken workspaces per run; each costs about six spawns. */
const SAMPLES = Number(process.env.DXPLAN_FAULT_CLI_SAMPLES ?? 4);

let bases: Base[] = [];
const temps: string[] = [];
beforeAll(async () => {
  bases = await loadBases(ROOT, temps);
});
afterAll(async () => Promise.all(temps.map(removeTemp)));

const tempDir = async (prefix: string) => {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};

/** Runs dxplan without a terminal; resolves with exit code and output, never rejects. */
function dxplan(args: string[], cwd: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', DXPLAN_TODAY: '2026-11-21' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.on('close', (code) => resolve({ code, out }));
  });
}

/**
 * Checks a run ended with one of `codes` and printed neither a stack trace nor "internal error";
 * soft assertions, so one run of the suite lists every command that misbehaves.
 */
function expectAnswered(run: { code: number | null; out: string }, codes: readonly number[], what: string): void {
  const shown = `${what}: exit ${run.code}\n${run.out.slice(0, 1500)}`;
  expect.soft(run.out, `stack trace from ${shown}`).not.toMatch(STACK_LINE);
  expect.soft(run.out, `internal error from ${shown}`).not.toMatch(INTERNAL_ERROR);
  expect.soft(codes, shown).toContain(run.code);
  // Something was said: a failure is never silent.
  if (run.code !== 0) expect.soft(run.out.trim(), `${what}: failed silently`).not.toBe('');
}

describe('every command on broken workspaces (spawned)', () => {
  it('validate, check, show, build, build --check and interview answer with their documented exit codes', async () => {
    const samples = fc.sample(fc.tuple(fc.nat(100), fc.array(mutationSpec(), { minLength: 1, maxLength: 2 })), { seed: SEED, numRuns: SAMPLES });
    const outcomes = { valid: 0, invalid: 0 };
    for (const [i, [baseIndex, specs]] of samples.entries()) {
      const base = bases[baseIndex % bases.length]!;
      const mutated = applyMutations(base.files, specs);
      const label = `${base.name}: ${mutated.label}`;
      const dir = await tempDir('dxplan-fault-cli-');
      await writeMutated(dir, mutated);
      const valid = (await loadWorkspace(dir, translator('en'), dir)).workspace !== undefined;
      outcomes[valid ? 'valid' : 'invalid']++;
      const out = join(dir, 'out');
      const canvas = CANVAS_IDS[i % CANVAS_IDS.length]!;

      // validate: 0 valid, 2 invalid; check: 2 exactly when invalid, else 0 or 1 (methodology errors).
      expectAnswered(await dxplan(['validate', dir], dir), [valid ? 0 : 2], `validate ${label}`);
      const check = await dxplan(['check', dir, '--format', 'json'], dir);
      expectAnswered(check, valid ? [0, 1] : [2], `check ${label}`);
      if (valid) expect(() => JSON.parse(check.out), `check --format json ${label}`).not.toThrow();
      expectAnswered(await dxplan(['show', canvas, dir], dir), [valid ? 0 : 2], `show ${canvas} ${label}`);
      // build writes every document; --check right after finds nothing stale.
      expectAnswered(await dxplan(['build', dir, '--out', out], dir), [valid ? 0 : 2], `build ${label}`);
      expectAnswered(await dxplan(['build', dir, '--out', out, '--check'], dir), [valid ? 0 : 2], `build --check ${label}`);
      // The zh-CN answers may or may not fit what is there (0 or 2), but are never a crash. (An
      // interview of one canvas goes ahead when only another canvas is broken, so 0 is fine for
      // an invalid workspace too.)
      expectAnswered(await dxplan(['interview', canvas, dir, '--answers', ANSWERS], dir), [0, 2], `interview ${canvas} ${label}`);
    }
    expect(outcomes.invalid, 'samples that broke the workspace').toBeGreaterThan(0);
  }, 180_000);

  it('interview --answers with a broken answers file answers 0 or 2 and leaves a valid workspace', async () => {
    const answers = await readFile(ANSWERS, 'utf8');
    const kinds = Object.keys(TEXT_MUTATIONS);
    const samples = fc.sample(fc.tuple(fc.constantFrom(...kinds), fc.nat(100_000), fc.nat(1_000)), { seed: SEED, numRuns: 3 });
    for (const [kind, n, m] of samples) {
      const mutated = TEXT_MUTATIONS[kind]!(answers, n, m);
      if (!mutated) continue;
      const dir = await tempDir('dxplan-fault-answers-');
      await initWorkspace({ dir, locale: 'zh-CN', force: true });
      const file = join(dir, 'answers.yaml');
      await writeFile(file, mutated.bytes ?? mutated.text!);
      const label = `answers file: ${mutated.label}`;
      expectAnswered(await dxplan(['interview', dir, '--answers', file], dir), [0, 2], label);
      // Whatever the answers, what is on disk afterwards is still a workspace dxplan can read.
      expectAnswered(await dxplan(['validate', dir], dir), [0], `validate after ${label}`);
    }
  }, 120_000);
});

describe('hostile arguments and paths (spawned)', () => {
  it('answer with exit 2 and a message', async () => {
    const dir = await tempDir('dxplan-fault-args-');
    await initWorkspace({ dir, locale: 'en', force: true });
    await writeFile(join(dir, 'a-file'), 'not a folder\n');
    await mkdir(join(dir, 'empty'));
    const cases: [string[], number[]][] = [
      [['validate', join(dir, 'a-file')], [2]],
      [['validate', join(dir, 'empty')], [2]],
      [['validate', join(dir, 'missing', 'deeper')], [2]],
      [['check', '/dev/null'], [2]],
      [['build', dir, '--out', join(dir, 'a-file')], [2]],
      [['build', dir, '--only', 'diagramz'], [2]],
      [['build', dir, '--render', 'gif'], [2]],
      [['show', 'nort-star', dir], [2]],
      [['init', join(dir, 'a-file')], [2]],
      [['init', dir], [2]],
      [['validate', dir, '--format', 'yaml'], [2]],
      [['validate', dir, '--lang', 'fr'], [2]],
      [['interview', 'north-star', dir, '--answers', join(dir, 'missing.yaml')], [2]],
      [['interview', 'north-star', dir, '--answers', join(dir, 'empty')], [2]],
      [['frobnicate'], [2]],
    ];
    for (const [args, codes] of cases) expectAnswered(await dxplan(args, dir), codes, `dxplan ${args.join(' ')}`);
  }, 120_000);
});
