// Loads a whole workspace: every file through the pipeline, then the cross-references.
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { checkReferences } from '../domain/references.js';
import { compareProblems, type Problem } from '../domain/problem.js';
import { AssessmentModelSchema, WORKSPACE_FILES, type AssessmentModel, type Manifest } from '../domain/schemas/index.js';
import type { Workspace } from '../domain/workspace.js';
import type { Translator } from '../i18n/index.js';
import { sayMessages, speaker } from '../i18n/text.js';
import { packagePath } from '../paths.js';
import { loadBuiltinFile } from './builtin-file.js';
import { fsErrorReason, isFsError } from './fs-reason.js';
import { loadFile, locateProblems, type SourceFile } from './load-file.js';
import { OutsideWorkspaceError, realPathInside } from './safe-path.js';
import { RELEASE_FROM_CHARS, releaseParseMemory } from './release-parse-memory.js';
import { recoverWorkspace } from './save-together.js';

/** Path of the built-in diamond model shipped in canvases/. */
export const BUILTIN_MODEL_PATH = packagePath('canvases', 'diamond.model.yaml');

/** A loaded workspace: the model when everything is valid, and every problem found on the way. */
export interface LoadResult {
  dir: string;
  workspace?: Workspace;
  problems: Problem[];
  /** Parsed files by workspace-relative path, for locating problems and saving edits. */
  sources: Map<string, SourceFile>;
  /** Each file that is schema-valid on its own (and the model), even when the workspace as a whole is not. */
  files: Partial<Workspace>;
}

/** Thrown-free check that `dir` holds a workspace (shown to the user as `shown`); the problem when it does not. */
export async function workspaceProblem(dir: string, shown: string, t: Translator): Promise<Problem | undefined> {
  const base = { severity: 'error' as const, file: 'dxplan.yaml', path: [], line: 1, col: 1 };
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) return { ...base, file: dir, rule: 'workspace/not-found', message: t('workspace.notDir', { dir: shown }), hint: t('workspace.notFound.hint', { dir: shown }) };
  } catch {
    return { ...base, file: dir, rule: 'workspace/not-found', message: t('workspace.missingDir', { dir: shown }), hint: t('workspace.notFound.hint', { dir: shown }) };
  }
  try {
    await stat(join(dir, 'dxplan.yaml'));
  } catch (error) {
    const isDir = (error as NodeJS.ErrnoException).code === 'ENOTDIR';
    return { ...base, rule: 'workspace/not-found', message: t(isDir ? 'workspace.notDir' : 'workspace.notFound', { dir: shown }), hint: t('workspace.notFound.hint', { dir: shown }) };
  }
  return undefined;
}

/**
 * The problem with `output:` that only the disk shows: a link on the way that leads outside the
 * workspace (build would refuse to write there), a link loop, or a path too long to use.
 */
export async function outputFolderProblem(dir: string, output: string, t: Translator): Promise<Problem | undefined> {
  const base = { severity: 'error' as const, rule: 'schema/format', file: 'dxplan.yaml', path: ['output'] };
  const found = JSON.stringify(output);
  try {
    await realPathInside(dir, join(dir, output));
    return undefined;
  } catch (error) {
    if (error instanceof OutsideWorkspaceError) {
      const link = relative(dir, error.link) || error.link;
      return { ...base, message: t('output.linkOutside', { found, link, target: error.target }), hint: t('output.linkOutside.hint', { link }) };
    }
    if (!isFsError(error)) throw error;
    return { ...base, message: t('output.unusable', { found, reason: fsErrorReason(t, error) }), hint: t('schema.path.hint') };
  }
}

/** Loads the assessment model `name` ("diamond" for the built-in one, else a file in the workspace). */
export async function loadAssessmentModel(dir: string, name: string, t: Translator) {
  if (name === 'diamond') {
    const loaded = await loadBuiltinFile('canvases/diamond.model.yaml', 'diamond', AssessmentModelSchema, t);
    return { ...loaded, file: 'diamond' };
  }
  const abs = isAbsolute(name) ? name : join(dir, name);
  const loaded = await loadFile(abs, name, AssessmentModelSchema, t);
  // A missing model is a wrong setting in dxplan.yaml as much as a missing file: say both.
  for (const p of loaded.problems) if (p.rule === 'file/missing') p.hint = t('model.missing.hint', { file: name });
  return { ...loaded, file: name };
}

/**
 * Loads and checks the workspace in `dirInput` (resolved against `cwd`; messages show it as typed).
 * Never throws for bad user data.
 */
export async function loadWorkspace(dirInput: string, t: Translator, cwd: string): Promise<LoadResult> {
  const dir = resolve(cwd, dirInput);
  const sources = new Map<string, SourceFile>();
  const missing = await workspaceProblem(dir, dirInput, t);
  if (missing) return { dir, problems: [missing], sources, files: {} };
  // A save that a kill cut short is rolled back, and its temporary files removed, before reading.
  await recoverWorkspace(dir);

  const loaded = await Promise.all(WORKSPACE_FILES.map((f) => loadFile(join(dir, f.path), f.path, f.schema, t)));
  // A very large workspace: what its parse left behind goes now, before the plan is built on it.
  if (loaded.reduce((n, l) => n + (l.source?.text.length ?? 0), 0) >= RELEASE_FROM_CHARS) releaseParseMemory();
  const problems: Problem[] = [];
  const values: Record<string, unknown> = {};
  WORKSPACE_FILES.forEach((f, i) => {
    const l = loaded[i]!;
    if (l.source) sources.set(f.path, l.source);
    problems.push(...l.problems);
    values[f.key] = l.value;
  });

  const model = await loadAssessmentModel(dir, (values.manifest as Manifest | undefined)?.assessment_model ?? 'diamond', t);
  if (model.source && model.file !== 'diamond') sources.set(model.file, model.source);
  problems.push(...model.problems);

  const manifestSource = sources.get('dxplan.yaml');
  const output = (values.manifest as Manifest | undefined)?.output;
  if (output !== undefined && manifestSource) {
    const p = await outputFolderProblem(dir, output, t);
    if (p) problems.push(...locateProblems([p], manifestSource));
  }

  const files: Partial<Workspace> = {
    ...(values.manifest ? { manifest: values.manifest as Workspace['manifest'] } : {}),
    ...(values['value-positioning'] ? { valuePositioning: values['value-positioning'] as Workspace['valuePositioning'] } : {}),
    ...(values['business-architecture'] ? { businessArchitecture: values['business-architecture'] as Workspace['businessArchitecture'] } : {}),
    ...(values['north-star'] ? { northStar: values['north-star'] as Workspace['northStar'] } : {}),
    ...(values.assessment ? { assessment: values.assessment as Workspace['assessment'] } : {}),
    ...(values['launch-plan'] ? { launchPlan: values['launch-plan'] as Workspace['launchPlan'] } : {}),
    ...(model.value ? { model: model.value, modelFile: model.file } : {}),
  };
  let workspace: Workspace | undefined;
  if (problems.length === 0) {
    workspace = {
      manifest: values.manifest as Workspace['manifest'],
      valuePositioning: values['value-positioning'] as Workspace['valuePositioning'],
      businessArchitecture: values['business-architecture'] as Workspace['businessArchitecture'],
      northStar: values['north-star'] as Workspace['northStar'],
      assessment: values.assessment as Workspace['assessment'],
      launchPlan: values['launch-plan'] as Workspace['launchPlan'],
      model: model.value as AssessmentModel,
      modelFile: model.file,
    };
    const refs = sayMessages(checkReferences(workspace), speaker(t.locale));
    for (const p of refs) {
      const source = sources.get(p.file);
      if (source) locateProblems([p], source);
    }
    problems.push(...refs);
    if (refs.some((p) => p.severity === 'error')) workspace = undefined;
  }
  problems.sort(compareProblems);
  return { dir, workspace, problems, sources, files };
}

