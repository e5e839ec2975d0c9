// Loads one YAML file through the pipeline: bytes -> text -> YAML -> schema.
import type { z } from 'zod';
import type { Problem } from '../domain/problem.js';
import { parseOptionsFor } from '../domain/schemas/validator-mode.js';
import type { Translator } from '../i18n/index.js';
import { parseYaml, type ParsedYaml } from './parse-yaml.js';
import { readText } from './read-text.js';
import { problemsFromIssues } from './zod-issues.js';

/** A file read and parsed: what the store needs to locate problems and to save edits. */
export interface SourceFile extends ParsedYaml {
  /** Path relative to the workspace. */
  file: string;
  /** Absolute path. */
  abs: string;
}

/** The outcome of loading one file: its source (when it parsed), its data (when schema-valid), its problems. */
export interface LoadedFile<T> {
  source?: SourceFile;
  value?: T;
  problems: Problem[];
}

/** Gives every problem of `source` its line and column. */
export function locateProblems(problems: Problem[], source: SourceFile): Problem[] {
  for (const p of problems) {
    if (p.line === undefined) Object.assign(p, source.position(p));
  }
  return problems;
}

/** Reads, parses and schema-checks one file. */
export async function loadFile<S extends z.ZodType>(abs: string, file: string, schema: S, t: Translator): Promise<LoadedFile<z.infer<S>>> {
  const read = await readText(abs, file, t);
  if (!read.ok) return { problems: [read.problem] };
  const parsed = parseYaml(read.text, file, t);
  if (!parsed.ok) return { problems: parsed.problems };
  const source: SourceFile = Object.assign(parsed.parsed, { file, abs });
  const result = schema.safeParse(source.data, parseOptionsFor(read.text.length));
  if (result.success) return { source, value: result.data, problems: [] };
  return { source, problems: locateProblems(problemsFromIssues(result.error.issues, source.data, schema, file, t), source) };
}
