// Loads a workspace and analyses it once: the plan model, the rules' findings and the advice. Every
// command that judges a plan (check, build, show, interview) starts here, and says the result in the
// language it needs with `sayReport`.
import { checkPlan, type CheckResult } from '../domain/check.js';
import type { GlossaryLookup } from '../domain/glossary.js';
import { derivePlan, type PlanModel } from '../domain/model/index.js';
import { compareProblems, type Problem } from '../domain/problem.js';
import type { Workspace } from '../domain/workspace.js';
import { sayCheck, type CheckReport } from '../generate/check-report.js';
import { speaker } from '../i18n/text.js';
import type { Locale } from '../shared/locale.js';
import { loadGlossary } from '../store/load-glossary.js';
import { locateProblems, type SourceFile } from '../store/load-file.js';
import { loadWorkspace } from '../store/load-workspace.js';
import type { Translator } from '../i18n/index.js';

/** A workspace analysed once. */
export interface Analysis {
  /** Absolute workspace folder. */
  dir: string;
  ws: Workspace;
  plan: PlanModel;
  result: CheckResult;
  glossary: GlossaryLookup;
  /** Problems of the glossary file itself (a broken installation). */
  glossaryProblems: Problem[];
  /** Parsed files by workspace-relative path, for locating findings. */
  sources: Map<string, SourceFile>;
}

/** The workspace is invalid: its problems, to print exactly as `dxplan validate` does. */
export interface Invalid {
  dir: string;
  problems: Problem[];
}

/** Loads and analyses the workspace in `dir` (resolved against `cwd`), or returns why it cannot. */
export async function analyseWorkspace(dir: string, t: Translator, cwd: string): Promise<Analysis | Invalid> {
  const loaded = await loadWorkspace(dir, t, cwd);
  if (!loaded.workspace) return { dir: loaded.dir, problems: loaded.problems };
  const { glossary, problems } = await loadGlossary(t);
  const plan = derivePlan(loaded.workspace);
  return { dir: loaded.dir, ws: loaded.workspace, plan, result: checkPlan(plan), glossary, glossaryProblems: problems, sources: loaded.sources };
}

/** True when the analysis could not start. */
export const isInvalid = (a: Analysis | Invalid): a is Invalid => !('plan' in a);

/** The glossary's labels in `locale`, as documents and messages use them. */
export const labelsIn = (glossary: GlossaryLookup, locale: Locale) => (key: string) => glossary.label(key, locale);

/** The analysis said in `locale`: findings located (file:line:col) and in compiler order, advice in words. */
export function sayReport(analysis: Analysis, locale: Locale): CheckReport {
  const report = sayCheck(analysis.result, speaker(locale, labelsIn(analysis.glossary, locale)));
  for (const finding of report.findings) {
    const source = analysis.sources.get(finding.file);
    if (source) locateProblems([finding], source);
  }
  report.findings.sort(compareProblems);
  return report;
}
