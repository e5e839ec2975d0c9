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
import { CanvasSession, type SessionMode } from './canvas-session.js';
import { loadDefinition, questionBook, type QuestionBook } from './definitions.js';
import { asRecord, type Flow, type FlowContext } from './flow-kit.js';
import { assessmentFlow } from './flows/assessment.js';
import { businessArchitectureFlow } from './flows/business-architecture.js';
import { launchPlanFlow } from './flows/launch-plan.js';
import { northStarFlow } from './flows/north-star.js';
import { valuePositioningFlow } from './flows/value-positioning.js';
import type { Prompter } from './prompter.js';
import { createValidators } from './validators.js';

/** The flow of each canvas. */
export const FLOWS: Record<CanvasId, Flow> = {
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
  const books = new Map<CanvasId, QuestionBook>();
  for (const id of canvases) {
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

/** How one interview run is carried out. */
export interface RunOptions {
  /** Absolute workspace folder. */
  dir: string;
  canvases: readonly CanvasId[];
  prepared: Prepared;
  prompter: Prompter;
  /** live: save every answer at once; buffered: keep everything in memory (answers files). */
  mode: SessionMode;
  t: Translator;
  locale: Locale;
  today: string;
  /** Called before a canvas's first question. */
  beforeCanvas?: (canvas: CanvasId, book: QuestionBook) => void;
  /** Called when a canvas's questions are done (summary and warnings in live runs). */
  afterCanvas?: (canvas: CanvasId, session: CanvasSession) => Promise<void>;
}

/** Runs the flows of `canvases` in order; returns their sessions (to commit buffered ones). */
export async function runInterview(options: RunOptions): Promise<CanvasSession[]> {
  const sessions: CanvasSession[] = [];
  const v = createValidators(options.t);
  for (const canvas of options.canvases) {
    const book = options.prepared.books.get(canvas)!;
    const file = canvasPath(canvas);
    const session = await CanvasSession.open(join(options.dir, file), file, options.mode, options.dir);
    sessions.push(session);
    const others = await readCanvases(options.dir);
    // Buffered sessions have not reached the disk yet: later canvases read their answers from memory.
    for (const s of sessions) others[CANVAS_IDS.find((id) => canvasPath(id) === s.file)!] = s.data();
    const ctx: FlowContext = {
      canvas,
      prompter: options.prompter,
      session,
      book,
      t: options.t,
      locale: options.locale,
      v,
      glossary: options.prepared.glossary,
      others,
      model: options.prepared.model,
      northStarWeights: options.prepared.northStarWeights,
      today: options.today,
    };
    options.beforeCanvas?.(canvas, book);
    await FLOWS[canvas](ctx);
    await options.afterCanvas?.(canvas, session);
  }
  return sessions;
}
