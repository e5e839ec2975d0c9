// The plan's state in one place: what it has chosen, what it plans, what the methodology expects
// and it lacks, and which starter placeholders are still in it. Rules read what is missing from
// here, and documents show the same facts, so a document and `check` cannot disagree.
import {
  DELIVERY_DOCS,
  FOUR_LOOKS,
  KICKOFF_AUDIENCES,
  MODULE_DIMENSIONS,
  PRINCIPLES,
  type ModuleDimension,
  type OpsStage,
} from '../enums.js';
import type { NodePath } from '../problem.js';
import type { SystemT } from '../schemas/business-architecture.js';
import { WORKSPACE_FILES } from '../schemas/index.js';
import { workspaceFileData, type Workspace } from '../workspace.js';
import type { AssessmentView } from './assessment.js';
import type { BusinessModel } from './business.js';
import type { NorthStarModel } from './north-star.js';
import { isPlaceholderText, placeholderPaths } from './placeholders.js';

/** A cold-start goal of the north-star canvas (§5). */
export type ColdStartField = 'user_growth_target' | 'effective_user' | 'loyal_user' | 'data_dimensions';

/** What the plan has chosen, plans and lacks. */
export interface PlanState {
  chosen: {
    /** Id of the chosen north-star metric, when one is chosen. */
    northStar?: string;
    /** Systems whose sourcing (standard SaaS or custom, and why) is recorded. */
    systems: SystemT[];
  };
  planned: {
    opsStages: readonly OpsStage[];
    roadmapSteps: readonly string[];
    /** Ids of the functions some training covers. */
    trainedFunctions: ReadonlySet<string>;
  };
  missing: {
    /** Module dimensions with no function and no stated exemption (§4). */
    moduleDimensions: ModuleDimension[];
    kickoffAudiences: (typeof KICKOFF_AUDIENCES)[number][];
    documents: (typeof DELIVERY_DOCS)[number][];
    fourLooks: (typeof FOUR_LOOKS)[number][];
    principles: (typeof PRINCIPLES)[number][];
    coldStart: ColdStartField[];
    /** Facet ids of the assessment model that the assessment leaves unscored. */
    facets: string[];
    /** Systems with no recorded choice of standard SaaS or custom (§6 system). */
    systemChoices: SystemT[];
  };
  /** Fields still holding `dxplan init`'s "Replace with …" texts, by file, in document order, with the text. */
  placeholders: { file: string; path: NodePath; text: string }[];
}

/** The string at `path` under `value` (placeholder paths always end at one). */
const textAt = (value: unknown, path: NodePath): string => String(path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value));

/** Derives the state from the workspace and the parts already derived. */
export function planState(ws: Workspace, business: BusinessModel, northStar: NorthStarModel, assessment: AssessmentView): PlanState {
  const lp = ws.launchPlan;
  const exempt = ws.businessArchitecture.module_exemptions ?? {};
  const kickoff = new Set(lp.kickoff_audiences);
  const documents = new Set(lp.documents);
  const looks = lp.four_looks ?? {};
  const principles = new Set(ws.valuePositioning.principles);
  const systems = ws.businessArchitecture.systems ?? [];
  const cs = northStar.ns.cold_start;
  const coldStart: ColdStartField[] = [];
  if (cs.user_growth_target === undefined) coldStart.push('user_growth_target');
  if (!cs.effective_user?.trim()) coldStart.push('effective_user');
  if (!cs.loyal_user?.trim()) coldStart.push('loyal_user');
  if (cs.data_dimensions.length === 0) coldStart.push('data_dimensions');
  return {
    chosen: { ...(northStar.chosen ? { northStar: northStar.chosen.candidate.id } : {}), systems: systems.filter((s) => s.choice) },
    planned: {
      opsStages: lp.operations.stages,
      roadmapSteps: lp.roadmap?.planned ?? [],
      trainedFunctions: new Set(lp.training.flatMap((e) => e.functions)),
    },
    missing: {
      moduleDimensions: MODULE_DIMENSIONS.filter((d) => !business.modules.has(d) && !exempt[d]?.trim()),
      kickoffAudiences: KICKOFF_AUDIENCES.filter((a) => !kickoff.has(a)),
      documents: DELIVERY_DOCS.filter((d) => !documents.has(d)),
      // A look still holding init's "Replace with …" text is not addressed.
      fourLooks: FOUR_LOOKS.filter((l) => !looks[l]?.trim() || isPlaceholderText(looks[l])),
      principles: PRINCIPLES.filter((p) => !principles.has(p)),
      coldStart,
      facets: assessment.unscored.map((f) => f.id),
      systemChoices: systems.filter((s) => !s.choice),
    },
    placeholders: WORKSPACE_FILES.flatMap((f) => {
      const data = workspaceFileData(ws, f.key);
      return placeholderPaths(data).map((path) => ({ file: f.path, path, text: textAt(data, path) }));
    }),
  };
}
