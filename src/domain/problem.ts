// Problems are values: the domain returns them, the CLI prints them.
import type { Severity } from './enums.js';
import type { Text } from './message.js';

/** A path into a YAML document, as keys and sequence indexes. */
export type NodePath = readonly (string | number)[];

/** Where a problem is: a workspace file and a node in it; the store fills in line and column. */
export interface Location {
  /** Path of the file relative to the workspace, e.g. `canvases/north-star.yaml`. */
  file: string;
  /** Path of the node inside the document. */
  path: NodePath;
  /** When set, point at this key of the mapping at `path` rather than its value. */
  key?: string;
  line?: number;
  col?: number;
}

/** What the domain finds: a rule id, a severity, what to say (not yet in a language) and where. */
export interface Finding extends Location {
  severity: Severity;
  rule: string;
  message: Text;
  hint?: Text;
}

/** A problem as shown to a user: a rule id, a severity, a localized message and hint, and where it is. */
export interface Problem extends Location {
  severity: Severity;
  rule: string;
  message: string;
  hint?: string;
}

/** Compiler-style order: by file, then line, then column, then rule id. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.col ?? 0) - (b.col ?? 0) ||
    a.rule.localeCompare(b.rule)
  );
}
