// The shape of a methodology rule and of what it reports, before severities are applied.
import type { Locale, Severity } from '../enums.js';
import type { GlossaryLookup } from '../glossary.js';
import type { NodePath } from '../problem.js';
import type { Workspace } from '../workspace.js';
import type { Translator } from '../../i18n/index.js';
import type { WorkspaceIndex } from './workspace-index.js';

/** What a rule reports: where and what, in the report's locale; the engine adds rule id and severity. */
export interface RawFinding {
  path: NodePath;
  /** Point at this key of the mapping at `path` rather than its value. */
  key?: string;
  /** Another file than the rule's own, when the finding is about a different canvas. */
  file?: string;
  message: string;
  hint?: string;
}

/** Everything a rule may read: the workspace, messages, labels and a few precomputed indexes. */
export interface RuleContext {
  ws: Workspace;
  t: Translator;
  locale: Locale;
  /** Label of an enum value from the glossary, in its mid-sentence form, e.g. `label('ops_stage', 'ecosystem')`. */
  label(group: string, value: string): string;
  /** A named item with its id, the way the locale writes it: `Name (id)` or `名称（id）`. */
  named(name: string, id: string): string;
  glossary: GlossaryLookup;
  /** Joins labels the way the locale writes a list (", " or "、"). */
  list(items: readonly string[]): string;
  index: WorkspaceIndex;
  /** Ids of every registered rule, for checking the `rules:` settings themselves. */
  ruleIds: ReadonlySet<string>;
}

/** A methodology rule: a small pure function with a stable id, a default severity and its canvas. */
export interface Rule {
  /** Stable id, used in output and in `rules:` of dxplan.yaml. */
  id: string;
  /** Workspace-relative file its findings point into. */
  file: string;
  /** Severity unless dxplan.yaml says otherwise. */
  severity: Severity;
  /** Section of methodology.md the rule traces back to. */
  source: string;
  check(ctx: RuleContext): RawFinding[];
}
