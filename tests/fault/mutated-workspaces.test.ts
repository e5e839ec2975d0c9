// Property: whatever happens to a valid workspace (keys deleted, types changed, odd Unicode,
// truncation, duplicate ids, a file swapped for a folder…), loading, validating and checking it
// answers with located problems and a documented exit code, and never throws; a workspace that
// stays valid also checks, builds (dry run) and shows without an error.
// In-process, so that a few hundred mutations run in seconds; tests/fault/cli-faults.test.ts
// spawns the real CLI on a sample of the same mutations.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/app/validate.js';
import { build } from '../../src/app/build.js';
import { show } from '../../src/app/show.js';
import { CANVAS_IDS } from '../../src/domain/canvas-ids.js';
import { checkPlan } from '../../src/domain/check.js';
import { derivePlan } from '../../src/domain/model/index.js';
import { sayCheck } from '../../src/generate/check-report.js';
import { translator } from '../../src/i18n/index.js';
import { speaker } from '../../src/i18n/text.js';
import { loadGlossary } from '../../src/store/load-glossary.js';
import { loadWorkspace } from '../../src/store/load-workspace.js';
import { captureContext } from '../helpers/capture-context.js';
import { removeTemp } from '../helpers/temp-workspace.js';
import { applyMutations, INTERNAL_ERROR, loadBases, mutationSpec, STACK_LINE, writeMutated, type Base, type Mutated } from './mutations.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Runs per property (fewer in `npm run test:fast`); DXPLAN_FAULT_RUNS raises it for a longer hunt. */
const RUNS = Number(process.env.DXPLAN_FAULT_RUNS ?? (process.env.DXPLAN_FAST ? 15 : 60));
/** A fixed seed keeps CI reproducible; DXPLAN_FAULT_SEED explores other corners. */
const SEED = Number(process.env.DXPLAN_FAULT_SEED ?? 20261121);

let bases: Base[] = [];
const temps: string[] = [];

beforeAll(async () => {
  bases = await loadBases(ROOT, temps);
});
afterAll(async () => Promise.all(temps.map(removeTemp)));

/** Number of lines of a mutated file, or undefined when it is not text (missing, folder, bytes). */
function lineCount(mutated: Mutated, file: string): number | undefined {
  const entry = mutated.entries[file];
  if (entry?.kind === 'text') return entry.text.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/).length;
  if (entry?.kind === 'bytes') return Buffer.from(entry.bytes).toString('utf8').split(/\r\n|\r|\n|\u2028|\u2029|\u0085/).length;
  return undefined;
}

/** What a user must never see: a stack trace or dxplan's "this is a bug" message. */
function expectNoCrash(output: string, label: string): void {
  expect(output, `stack trace after: ${label}`).not.toMatch(STACK_LINE);
  expect(output, `internal error after: ${label}`).not.toMatch(INTERNAL_ERROR);
}

describe('mutated workspaces, in process', () => {
  it('validate, check, build and show answer every mutation with located problems and exit 0 or 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-fault-ws-'));
    temps.push(dir);
    const t = translator('en');
    const { glossary } = await loadGlossary(t);
    const seen = { valid: 0, invalid: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.nat(bases.length - 1),
        fc.array(mutationSpec(), { minLength: 1, maxLength: 3 }),
        fc.constantFrom<'text' | 'json'>('text', 'json'),
        async (baseIndex, specs, format) => {
          const base = bases[baseIndex]!;
          const mutated = applyMutations(base.files, specs);
          const label = `${base.name}: ${mutated.label}`;
          await writeMutated(dir, mutated);

          const loaded = await loadWorkspace(dir, translator(base.locale), dir);
          const { ctx, out, err } = captureContext(base.locale, dir);
          const code = await runValidate(ctx, '.', format);
          expectNoCrash(out() + err(), label);
          expect([0, 2], label).toContain(code);
          expect(code === 0, `exit code and loaded workspace disagree after: ${label}`).toBe(loaded.workspace !== undefined);

          for (const p of loaded.problems.filter((q) => q.severity === 'error')) {
            expect(p.rule, label).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
            expect(p.message.trim(), label).not.toBe('');
            expect(p.hint?.trim(), `error without a hint (${p.rule}: ${p.message}) after: ${label}`).toBeTruthy();
            const lines = lineCount(mutated, p.file);
            if (lines !== undefined && p.line !== undefined) {
              expect(p.line, `${p.file}:${p.line} is past the end of the file after: ${label}`).toBeLessThanOrEqual(lines);
              expect(p.line, label).toBeGreaterThanOrEqual(1);
              expect(p.col ?? 1, label).toBeGreaterThanOrEqual(1);
            }
          }
          if (format === 'json') {
            const report = JSON.parse(out()) as { valid: boolean; errors: number; problems: { file: string; line: number; col: number }[] };
            expect(report.valid, label).toBe(code === 0);
            expect(report.errors > 0, label).toBe(code === 2);
          } else if (code === 2) {
            // Compiler-style lines an editor can jump to: file:line:col.
            expect(out(), label).toMatch(/^\S+:\d+:\d+ {2}error {2}/m);
          }

          if (loaded.workspace) {
            seen.valid++;
            // A workspace that validates must check without throwing, in its locale and another one.
            for (const locale of [base.locale, base.locale === 'en' ? 'zh-TW' : 'en'] as const) {
              const report = sayCheck(checkPlan(derivePlan(loaded.workspace)), speaker(locale, (key) => glossary.label(key, locale)));
              for (const f of report.findings) {
                expect(f.rule, label).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
                expect(f.message.trim(), label).not.toBe('');
              }
              expectNoCrash(JSON.stringify(report), label);
            }
            // …and generate every document (dry run: nothing written) and show its canvases.
            const b = captureContext(base.locale, dir);
            // An absolute path: build resolves '.' against process.cwd(), not ctx.cwd (reported).
            const buildCode = await build(b.ctx, dir, { dryRun: true });
            expectNoCrash(b.out() + b.err(), label);
            expect(buildCode, `build --dry-run after: ${label}\n${b.out()}${b.err()}`).toBe(0);
            const s = captureContext(base.locale, dir);
            const showCode = await show(s.ctx, CANVAS_IDS[(specs[0]!.n + specs[0]!.m) % CANVAS_IDS.length]!, dir);
            expectNoCrash(s.out() + s.err(), label);
            expect(showCode, `show after: ${label}\n${s.err()}`).toBe(0);
          } else seen.invalid++;
        },
      ),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // The property means little if every mutation broke the workspace, or none did.
    expect(seen.invalid, 'mutations that made the workspace invalid').toBeGreaterThan(RUNS / 4);
    expect(seen.valid, 'mutations that kept it valid (and reached check)').toBeGreaterThan(0);
  });
});
