#!/usr/bin/env node
// Counts the prompts a consultant meets in a full interview of the bundled examples' content:
// a fresh `dxplan init` workspace in the example's language, answered (through the interview's
// own answers-file prompter) with everything the example holds, every prompt a person would see
// counted per canvas. `npm run count-prompts` builds dist/ first.
//   node scripts/count-prompts.js [--json]
// The counts of the interview before issue 10 are in scripts/prompt-counts-before.json (measured
// with this script on that code); they are printed beside today's.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { exampleAnswers } from './example-answers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = (path) => import(join(ROOT, 'dist', path));
export const EXAMPLES = ['home-furnishing', 'patient-service'];

/**
 * Prompts a person meets for one call of the prompter, as the terminal of the code measured shows
 * them: its own rule when it says (terminal-prompter.ts, since issue 10), else the one of the
 * interview before it, where every line of a list was a prompt of its own, plus an empty one.
 */
function promptsRule(shown) {
  if (shown) return (method, q) => shown(method, q);
  return (method, q, result) => {
    if (method !== 'list') return 1;
    const kept = Math.min(q.default?.length ?? 0, result.length);
    return (q.default?.length ?? 0) + (result.length - kept) + 1;
  };
}

/** Wraps a prompter, counting the prompts of each canvas (the first part of every key). */
function counting(inner, counts, promptsFor) {
  return new Proxy(inner, {
    get(target, name) {
      const value = Reflect.get(target, name);
      if (typeof value !== 'function' || name === 'say' || name === 'reportUnknown' || name === 'status') return typeof value === 'function' ? value.bind(target) : value;
      return async (q, ...rest) => {
        const result = await value.call(target, q, ...rest);
        const canvas = String(q?.key?.[0] ?? '?');
        counts[canvas] = (counts[canvas] ?? 0) + promptsFor(String(name), q, result);
        return result;
      };
    },
  });
}

/** Runs the scripted interview of one example; returns prompts per canvas and the workspace it filled. */
export async function countExample(example, { keep = false } = {}) {
  const [{ initWorkspace }, { AnswersPrompter }, { prepareInterview, runInterview }, { translator }, { CANVAS_IDS }] = await Promise.all([
    dist('store/init-workspace.js'),
    dist('interview/answers-prompter.js'),
    dist('interview/run-interview.js'),
    dist('i18n/index.js'),
    dist('domain/canvas-ids.js'),
  ]);
  const exampleDir = join(ROOT, 'examples', example);
  const locale = parseDocument(readFileSync(join(exampleDir, 'dxplan.yaml'), 'utf8')).toJS().locale;
  const dir = mkdtempSync(join(tmpdir(), `dxplan-count-${example}-`));
  const init = await initWorkspace({ dir, locale, force: false, name: example });
  if (init.status !== 'created') throw new Error(`init failed in ${dir}`);
  const text = stringify(exampleAnswers(exampleDir, dir), { lineWidth: 0 });
  const answersPath = join(dir, 'answers.yaml');
  writeFileSync(answersPath, text);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const file = { file: answersPath, doc, lineCounter, data: doc.toJS() };
  const t = translator(locale);
  const { prepared, problems } = await prepareInterview(dir, CANVAS_IDS, t, locale);
  if (!prepared) throw new Error(JSON.stringify(problems, null, 2));
  const answers = new AnswersPrompter(file, t, undefined);
  const counts = {};
  const terminal = await dist('interview/terminal-prompter.js').catch(() => dist('interview/inquirer-prompter.js'));
  const promptsFor = promptsRule(terminal.promptsShown);
  // `company` and `mode` are read by the interview since and before issue 10: the same call counts both.
  const sessions = await runInterview({ dir, canvases: CANVAS_IDS, company: true, prepared, prompter: counting(answers, counts, promptsFor), mode: 'buffered', t, locale, today: '2026-11-01' });
  answers.reportUnknown(CANVAS_IDS);
  if (answers.problems.length > 0) throw new Error(`${example}: the scripted answers were refused:\n${answers.problems.map((p) => `${p.line}:${p.col} ${p.message} ${p.hint ?? ''}`).join('\n')}`);
  const canvases = Object.fromEntries(sessions.map((s) => [s.file, s.data()]));
  if (!keep) rmSync(dir, { recursive: true, force: true });
  return { counts, total: Object.values(counts).reduce((a, b) => a + b, 0), canvases, dir };
}

/** The counts of the interview before issue 10 (same content, same script). */
export function countsBefore() {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'scripts', 'prompt-counts-before.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

async function main() {
  const json = process.argv.includes('--json');
  const before = countsBefore();
  const results = {};
  for (const example of EXAMPLES) results[example] = (await countExample(example)).counts;
  if (json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  for (const example of EXAMPLES) {
    const now = results[example];
    const was = before?.[example] ?? {};
    const canvases = [...new Set([...Object.keys(was), ...Object.keys(now)])];
    process.stdout.write(`\n${example}\n  ${'canvas'.padEnd(24)}${'before'.padStart(8)}${'now'.padStart(8)}\n`);
    for (const c of canvases) process.stdout.write(`  ${c.padEnd(24)}${String(was[c] ?? '-').padStart(8)}${String(now[c] ?? 0).padStart(8)}\n`);
    const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
    process.stdout.write(`  ${'total'.padEnd(24)}${String(before ? sum(was) : '-').padStart(8)}${String(sum(now)).padStart(8)}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
}
