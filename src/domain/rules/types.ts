// The shape of a methodology rule and of what it reports, before severities are applied.
import type { Basis } from '../basis.js';
import type { Severity } from '../enums.js';
import type { label, list, localized, msg, named, term } from '../message.js';
import type { PlanModel } from '../model/index.js';
import type { NodePath } from '../problem.js';
import type { Text } from '../message.js';
import type { Workspace } from '../workspace.js';

/** What a rule reports: where and what (a message key, not a language); the engine adds rule id and severity. */
export interface RawFinding {
  path: NodePath;
  /** Point at this key of the mapping at `path` rather than its value. */
  key?: string;
  /** Another file than the rule's own, when the finding is about a different canvas. */
  file?: string;
  message: Text;
  hint?: Text;
}

/** Everything a rule may read: the workspace, its derived plan, and the message builders. */
export interface RuleContext {
  ws: Workspace;
  /** Everything derived from the workspace, once per run: read it rather than recompute. */
  plan: PlanModel;
  msg: typeof msg;
  /** An enum value's glossary label, mid-sentence, e.g. `label('ops_stage', 'ecosystem')`. */
  label: typeof label;
  term: typeof term;
  /** A named item with its id: `Name (id)` or `名称（id）`. */
  named: typeof named;
  /** Items the way the locale writes a list (", " or "、"). */
  list: typeof list;
  localized: typeof localized;
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
  /** Whether the methodology says so, or dxplan's own judgement does. */
  basis: Basis;
  /** Section of methodology.md the rule traces back to. */
  source: string;
  check(ctx: RuleContext): RawFinding[];
}
