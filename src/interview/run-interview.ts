// Runs the interview over one or all canvases, in methodology order: loads what the flows need
// (definitions, glossary, assessment model, the canvases as they are), opens one session per
// canvas and hands each flow the prompter. Printing and exit codes stay with the command.
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { CANVAS_IDS, type CanvasId } from '../domain/canvas-ids.js';
import type { Locale } from '../domain/enums.js';
import type { GlossaryLookup } from '../domain/glossary.js';
import type { Problem } from '../domain/problem.js';
import { canvasPath, type AssessmentModel } from '../domain/schemas/index.js';
import type { Translator } from '../i18n/index.js';
import { loadGlossary } from '../store/load-glossary.js';
import { loadAssessmentModel, workspaceProblem } from '../store/load-workspace.js';
import { parseYaml } from '../store/parse-yaml.js';
import { MAX_FILE_BYTES, readText } from '../store/read-text.js';
import { readRegularFile } from '../store/read-regular.js';
import { recoverWorkspace } from '../store/save-together.js';
import { CanvasSession } from './canvas-session.js';
import { loadDefinition, questionBook, type QuestionBook } from './definitions.js';
import { asRecord, runSections, type Flow, type FlowContext, type Progress } from './flow-kit.js';
import { companyBook, companyFlow } from './flows/company.js';
import { assessmentFlow } from './flows/assessment.js';
import { businessArchitectureFlow } from './flows/business-architecture.js';
import { launchPlanFlow } from './flows/launch-plan.js';
import { northStarFlow } from './flows/north-star.js';
import { valuePositioningFlow } from './flows/value-positioning.js';
import type { Prompter } from './prompter.js';
import { createValidators } from './validators.js';

/** The flow of each canvas, and of the company questions asked up front. */
export const FLOWS: Record<CanvasId | 'company', Flow> = {
  company: companyFlow,
  'value-positioning': valuePositioningFlow,
  'business-architecture': businessArchitectureFlow,
  'north-star': northStarFlow,
  assessment: assessmentFlow,
  'launch-plan': launchPlanFlow,
};

/** Everything loaded before the first question, so a broken file stops the run before it starts. */
export interface Prepared {
  glossary: GlossaryLookup;
  books: Map<CanvasId, QuestionBook>;
  model?: AssessmentModel;
  /** The north-star criterion weights of dxplan.yaml, so the interview ranks candidates as check does. */
  northStarWeights?: Record<string, number>;
}

/** Loads definitions, glossary and model, and checks the canvases can be edited; problems stop the run. */
export async function prepareInterview(
  dir: string,
  canvases: readonly CanvasId[],
  t: Translator,
  locale: Locale,
  shownDir: string = dir,
): Promise<{ prepared?: Prepared; problems: Problem[] }> {
  const problems: Problem[] = [];
  const missing = await workspaceProblem(dir, shownDir, t);
  if (missing) return { problems: [missing] };
  // An answers run that a kill cut short is rolled back before anything is read or asked.
  await recoverWorkspace(dir);
  const manifest = await readText(join(dir, 'dxplan.yaml'), 'dxplan.yaml', t);
  if (!manifest.ok) return { problems: [manifest.problem] };
  // A canvas must parse to be edited in place; a missing one is created, a schema-incomplete one is fine.
  for (const id of canvases) {
    const file = canvasPath(id);
    const read = await readText(join(dir, file), file, t);
    if (!read.ok) {
      if (read.problem.rule !== 'file/missing') problems.push(read.problem);
      continue;
    }
    const parsed = parseYaml(read.text, file, t);
    if (!parsed.ok) problems.push(...parsed.problems);
  }
  // Every canvas's words (a report names the other canvases by their titles); only the ones run must load.
  const books = new Map<CanvasId, QuestionBook>();
  for (const id of CANVAS_IDS) {
    if (!canvases.includes(id)) {
      const { def } = await loadDefinition(id, t);
      if (def) books.set(id, questionBook(def, locale));
      continue;
    }
    const { def, problems: defProblems } = await loadDefinition(id, t);
    problems.push(...defProblems);
    if (def) books.set(id, questionBook(def, locale));
  }
  const { glossary } = await loadGlossary(t);
  const manifestData = parseDocument(manifest.text).toJS();
  let model: AssessmentModel | undefined;
  if (canvases.includes('assessment')) {
    const loaded = await loadAssessmentModel(dir, modelName(manifestData), t);
    problems.push(...loaded.problems);
    model = loaded.value;
  }
  const northStarWeights = numberRecord(asRecord(asRecord(manifestData).weights).north_star);
  return problems.length > 0 ? { problems } : { prepared: { glossary, books, model, northStarWeights }, problems };
}

/** The numeric entries of a (possibly malformed) mapping; validate reports anything else. */
function numberRecord(value: unknown): Record<string, number> {
  return Object.fromEntries(Object.entries(asRecord(value)).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

/** The manifest's assessment model name, "diamond" unless it names a file. */
function modelName(manifest: unknown): string {
  const value = asRecord(manifest).assessment_model;
  return typeof value === 'string' && value.trim() !== '' ? value : 'diamond';
}

/** Reads every canvas as plain data, tolerating anything (for choices and names from other canvases). */
export async function readCanvases(dir: string): Promise<Partial<Record<CanvasId, Record<string, unknown>>>> {
  const out: Partial<Record<CanvasId, Record<string, unknown>>> = {};
  for (const id of CANVAS_IDS) {
    try {
      out[id] = asRecord(parseDocument((await readRegularFile(join(dir, canvasPath(id)), MAX_FILE_BYTES)).toString('utf8')).toJS());
    } catch {
      // Missing or unreadable: the flow simply has nothing to offer from it.
    }
  }
  return out;
}

/** What a flow context is built from. */
export interface ContextParts {
  subject: CanvasId | 'company';
  prompter: Prompter;
  session: CanvasSession;
  book: QuestionBook;
  prepared: Prepared;
  t: Translator;
  today: string;
  others: Partial<Record<CanvasId, Record<string, unknown>>>;
  progress: Progress;
  showBoard?: () => boolean;
}

/** The context a flow runs in. */
export function flowContext(p: ContextParts): FlowContext {
  return {
    canvas: p.subject,
    prompter: p.prompter,
    session: p.session,
    book: p.book,
    t: p.t,
    locale: p.t.locale,
    v: createValidators(p.t),
    glossary: p.prepared.glossary,
    others: p.others,
    model: p.prepared.model,
    northStarWeights: p.prepared.northStarWeights,
    today: p.today,
    progress: p.progress,
    ...(p.showBoard ? { showBoard: p.showBoard } : {}),
  };
}

/** How an interview from an answers file is carried out. */
export interface RunOptions {
  /** Absolute workspace folder. */
  dir: string;
  canvases: readonly CanvasId[];
  /** Also the company questions (industry, size) first: when the answers file has them. */
  company?: boolean;
  prepared: Prepared;
  prompter: Prompter;
  t: Translator;
  today: string;
}

/** Runs the flows of `canvases` in order, every change in memory; returns their sessions (to commit together). */
export async function runInterview(options: RunOptions): Promise<CanvasSession[]> {
  const sessions: CanvasSession[] = [];
  const subjects: (CanvasId | 'company')[] = [...(options.company ? (['company'] as const) : []), ...options.canvases];
  for (const subject of subjects) {
    const file = subject === 'company' ? 'dxplan.yaml' : canvasPath(subject);
    const session = await CanvasSession.open(join(options.dir, file), file, 'buffered', options.dir);
    sessions.push(session);
    const others = await readCanvases(options.dir);
    // Buffered sessions have not reached the disk yet: later canvases read their answers from memory.
    for (const s of sessions) {
      const id = CANVAS_IDS.find((c) => canvasPath(c) === s.file);
      if (id) others[id] = s.data();
    }
    const book = subject === 'company' ? companyBook(options.t) : options.prepared.books.get(subject)!;
    const ctx = flowContext({ subject, prompter: options.prompter, session, book, prepared: options.prepared, t: options.t, today: options.today, others, progress: { step: 0, steps: 0, title: '' } });
    await runSections(ctx, FLOWS[subject](ctx));
  }
  return sessions;
}
