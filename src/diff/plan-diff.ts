// What a change does to a plan: the value `dxplan diff` prints in every format.
import type { WorkspaceFileKey } from '../domain/schemas/index.js';
import type { FutureVersion, SideFinding, SideKind, SideStatus } from './plan-side.js';

/** A value before and after the change. */
export interface Change<T> {
  before: T;
  after: T;
}

/** One field of an item that changed; a missing value is `null`. */
export interface FieldChange {
  /** Dotted path inside the item, e.g. `phase`, `scores.direct_value`, `roles.designer`. */
  path: string;
  before: unknown;
  after: unknown;
}

/** An item (goal, function, cell, candidate …) that appeared, went or changed, found by its id. */
export interface ItemChange {
  change: 'added' | 'removed' | 'changed';
  /** The list it belongs to, e.g. `goals`, `cells`, `settings`. */
  collection: string;
  id: string;
  /** Its name (the new one when renamed). */
  name?: string;
  /** Set when the id stayed and the name changed. */
  renamed?: Change<string>;
  /** Fields that changed (changed items only; the name is in `renamed`). */
  fields: FieldChange[];
}

/** The item changes of one workspace file. */
export interface CanvasDiff {
  canvas: WorkspaceFileKey;
  items: ItemChange[];
}

/** A side as the diff reports it. */
export interface SideReport {
  label: string;
  kind: SideKind;
  status: SideStatus;
  problems: SideFinding[];
  futureVersions: FutureVersion[];
  /** Why this side's documents could not be generated (a broken template override). */
  documentsError?: string;
}

/** A north-star metric as named on one side. */
export interface MetricRef {
  id: string;
  name: string;
  /** Its weighted score and the most it can score. */
  score: number;
  max: number;
}

/** One assessment facet before and after. */
export interface FacetChange {
  id: string;
  name: string;
  current: Change<number | null>;
  target: Change<number | null>;
}

/** Score changes (both sides valid). */
export interface ScoreDiff {
  northStar: {
    chosen: Change<MetricRef | null>;
    best: Change<MetricRef | null>;
  };
  assessment: {
    /** Model ids, and names in the output's language. */
    model: Change<string>;
    modelName: Change<string>;
    facets: FacetChange[];
    overall: { current: Change<number>; target: Change<number>; max: Change<number> };
  };
  coverage: {
    goals: Change<number>;
    complete: Change<number>;
    share: Change<number>;
    withBusiness: Change<number>;
    withOperations: Change<number>;
    withData: Change<number>;
  };
}

/** Findings the change introduced and resolved, matched by rule, file and subject. */
export interface FindingsDiff {
  added: SideFinding[];
  resolved: SideFinding[];
  /** Findings on both sides. */
  unchanged: number;
  /** Counts by severity on each side. */
  before: SeverityCounts;
  after: SeverityCounts;
}

/** Findings by severity. */
export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** A generated document whose contents differ, with how many lines came and went. */
export interface DocumentChange {
  path: string;
  linesAdded: number;
  linesRemoved: number;
}

/** The documents a build would change. */
export interface DocumentsDiff {
  added: string[];
  removed: string[];
  changed: DocumentChange[];
  unchanged: number;
}

/** The headline numbers, for the first line of a pull-request comment and for exit codes. */
export interface DiffSummary {
  /** True when both sides were read as valid workspaces and compared in full. */
  complete: boolean;
  itemsAdded: number;
  itemsRemoved: number;
  itemsChanged: number;
  findingsAdded: number;
  findingsResolved: number;
  /** Error findings the change adds (what `--fail-on new-errors` fails on). */
  newErrors: number;
  documentsChanged: number;
}

/** Everything `dxplan diff` reports. */
export interface PlanDiff {
  base: SideReport;
  head: SideReport;
  /** Item changes, only for canvases that changed, in workshop order. */
  canvases: CanvasDiff[];
  /** Canvases that could not be compared because a side's file is invalid. */
  uncompared: WorkspaceFileKey[];
  scores?: ScoreDiff;
  findings?: FindingsDiff;
  documents?: DocumentsDiff;
  summary: DiffSummary;
}
