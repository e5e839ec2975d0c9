// One side of a comparison: what was read of a workspace at one revision or folder, already
// derived (findings, scores, documents), so comparing two sides is pure.
import type { ScoresJson as Scores } from '../generate/check-report.js';
import type { Severity } from '../domain/enums.js';
import type { WorkspaceFileKey } from '../domain/schemas/index.js';

/** Where a side comes from: a git revision, the working tree, or a folder on disk. */
export type SideKind = 'revision' | 'worktree' | 'folder';

/** Whether the side could be read: valid, invalid (its problems listed) or written by a newer format. */
export type SideStatus = 'valid' | 'invalid' | 'future-version';

/** A finding or problem of one side, keyed by what it is about rather than by line. */
export interface SideFinding {
  severity: Severity;
  rule: string;
  message: string;
  hint?: string;
  /** File relative to the workspace, e.g. `canvases/north-star.yaml`. */
  file: string;
  /** The file as the user can open it (relative to the current folder, or a `rev:path`). */
  shown: string;
  line: number;
  col: number;
  /** The node path with list positions replaced by the ids of the entries there, e.g. `goals[lead_capture].name`. */
  subject: string;
}

/** A file written in a newer format version than this dxplan reads. */
export interface FutureVersion {
  file: string;
  version: number;
  supported: number;
}

/** A side, read and derived. Canvases are present for each file that is schema-valid on its own. */
export interface PlanSide {
  label: string;
  kind: SideKind;
  status: SideStatus;
  /** Problems that make the side invalid (empty when valid). */
  problems: SideFinding[];
  futureVersions: FutureVersion[];
  /** Schema-valid data of each workspace file, by file key. */
  canvases: Partial<Record<WorkspaceFileKey, unknown>>;
  /** Methodology findings (valid sides only). */
  findings?: SideFinding[];
  scores?: Scores;
  /** Name of the assessment model in the output's language (valid sides only). */
  modelName?: string;
  /** The documents a build would write: path to contents (valid sides only). */
  documents?: ReadonlyMap<string, string>;
  /** Why the documents could not be generated (a broken template override), when that happened. */
  documentsError?: string;
}
