// The one adapter between `dxplan diff` and the rest of dxplan: loads a workspace folder with the
// store, checks it, generates its documents in memory, and hands back a PlanSide for the pure diff.
import type { Problem } from '../domain/problem.js';
import { Version, WORKSPACE_FILES, type WorkspaceFileKey } from '../domain/schemas/index.js';
import { workspaceFileData } from '../domain/workspace.js';
import type { FutureVersion, PlanSide, SideFinding, SideKind } from '../diff/plan-side.js';
import { findingSubject } from '../diff/finding-subject.js';
import { TemplateError } from '../generate/types.js';
import type { AppContext } from './context.js';

/** Where a side's files are and how to show them to the user. */
export interface SideSource {
  kind: SideKind;
  label: string;
  /** Absolute folder holding the workspace files (a private temporary copy for a revision). */
  dir: string;
  /** How a workspace-relative file is shown, e.g. `examples/x/canvases/goals.yaml` or `HEAD:canvases/…`. */
  show: (file: string) => string;
}

/** The format version this dxplan reads: the one home of the number is the schema's `version` literal. */
const SUPPORTED_VERSION = Version.value as number;

/** Reads the side in `source.dir`. Never throws for bad user data: an invalid side lists its problems. */
export async function readPlanSide(ctx: AppContext, source: SideSource): Promise<PlanSide> {
  const [{ loadWorkspace }, { locateProblems }] = await Promise.all([import('../store/load-workspace.js'), import('../store/load-file.js')]);
  const loaded = await loadWorkspace(source.dir, ctx.t, ctx.cwd);
  const dataOf = (file: string) => loaded.sources.get(file)?.data;
  const toSide = (p: Problem): SideFinding => ({
    severity: p.severity,
    rule: p.rule,
    message: p.message,
    ...(p.hint ? { hint: p.hint } : {}),
    file: p.file,
    shown: p.file === 'diamond' ? 'diamond' : source.show(p.file),
    line: p.line ?? 1,
    col: p.col ?? 1,
    subject: findingSubject(dataOf(p.file), p.path, p.key),
  });

  const futureVersions: FutureVersion[] = [];
  for (const [file, src] of loaded.sources) {
    const version = (src.data as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && version > SUPPORTED_VERSION) futureVersions.push({ file, version, supported: SUPPORTED_VERSION });
  }

  const ws = loaded.workspace;
  const canvases: PlanSide['canvases'] = {};
  for (const f of WORKSPACE_FILES) {
    if (ws) canvases[f.key] = workspaceFileData(ws, f.key);
    else {
      // A file valid on its own still compares, even when another file of the side is broken.
      const parsed = f.schema.safeParse(dataOf(f.path));
      if (parsed.success) canvases[f.key] = parsed.data;
    }
  }
  const base = { label: source.label, kind: source.kind, futureVersions, canvases };
  if (futureVersions.length > 0) return { ...base, status: 'future-version', problems: loaded.problems.map(toSide) };
  if (!ws) return { ...base, status: 'invalid', problems: loaded.problems.map(toSide) };

  const [{ loadGlossary }, { derivePlan }, { checkPlan }, { compareProblems }, { loadTemplates }, { generateDocuments }, { sayCheck, scoresJson }, { speaker }] = await Promise.all([
    import('../store/load-glossary.js'),
    import('../domain/model/index.js'),
    import('../domain/check.js'),
    import('../domain/problem.js'),
    import('./build.js'),
    import('../generate/generate-documents.js'),
    import('../generate/check-report.js'),
    import('../i18n/text.js'),
  ]);
  const { glossary } = await loadGlossary(ctx.t);
  const plan = derivePlan(ws);
  const result = checkPlan(plan);
  const check = (locale: typeof ctx.locale) => {
    const report = sayCheck(result, speaker(locale, (key) => glossary.label(key, locale)));
    for (const finding of report.findings) {
      const src = loaded.sources.get(finding.file);
      if (src) locateProblems([finding], src);
    }
    report.findings.sort(compareProblems);
    return report;
  };
  const report = check(ctx.locale);
  // Documents in the workspace's own language, exactly as `dxplan build` would write them.
  const docLocale = ws.manifest.locale;
  const docReport = docLocale === ctx.locale ? report : check(docLocale);
  const { templates } = await loadTemplates(ctx, loaded.dir);
  let documents: Map<string, string> | undefined;
  let documentsError: string | undefined;
  try {
    const files = generateDocuments(plan, docReport, { locale: docLocale, label: (key) => glossary.label(key, docLocale), templates });
    documents = new Map(files.map((f) => [f.path, typeof f.contents === 'string' ? f.contents : Buffer.from(f.contents).toString('latin1')]));
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    documentsError = `${error.template}: ${error.detail.split('\n')[0]}`;
  }
  return {
    ...base,
    status: 'valid',
    problems: [],
    findings: report.findings.map(toSide),
    scores: scoresJson(plan, ctx.locale),
    modelName: ws.model.name[ctx.locale],
    ...(documents ? { documents } : {}),
    ...(documentsError ? { documentsError } : {}),
  };
}
