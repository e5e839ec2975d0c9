// Turns zod's issues into localized problems that say what was found, what is expected and how to fix it.
import type { z } from 'zod';
import { closest } from '../shared/did-you-mean.js';
import type { NodePath, Problem } from '../domain/problem.js';
import { forbiddenCharacter, TEXT_MAX } from '../domain/schemas/common.js';
import { catalogue, type MessageKey, type Translator } from '../i18n/index.js';

/** The localized name of a value's type, for "expected a list, found text". */
function typeName(value: unknown, t: Translator): string {
  if (value === null || value === undefined) return t('type.nothing');
  if (Array.isArray(value)) return t('type.array');
  if (typeof value === 'object') return t('type.object');
  // YAML's .nan and .inf are numbers to JavaScript, but not the numbers a plan means.
  if (typeof value === 'number' && Number.isNaN(value)) return t('type.nan');
  if (typeof value === 'number' && !Number.isFinite(value)) return t('type.infinite');
  if (typeof value === 'number') return Number.isInteger(value) ? t('type.int') : t('type.number');
  if (typeof value === 'boolean') return t('type.boolean');
  return t('type.string');
}

/** The localized name of an expected zod type. */
function expectedName(expected: string, t: Translator): string {
  const map: Record<string, MessageKey> = {
    string: 'type.string',
    number: 'type.number',
    int: 'type.int',
    boolean: 'type.boolean',
    array: 'type.array',
    object: 'type.object',
    record: 'type.object',
  };
  const key = map[expected];
  return key ? t(key) : expected;
}

/** A value quoted in a message: JSON, cut short, so a 2,000-character name does not flood the screen. */
function shownValue(value: unknown): string {
  const json = JSON.stringify(value) ?? '-';
  return json.length > 80 ? `${json.slice(0, 60)}…" (${typeof value === 'string' ? [...value].length : json.length})` : json;
}

/** The value at `path` in plain data. */
function valueAt(data: unknown, path: NodePath): unknown {
  let v = data;
  for (const seg of path) v = v == null ? undefined : (v as Record<string | number, unknown>)[seg];
  return v;
}

/** Keys allowed at `path`, read from the schema, for "did you mean". */
function knownKeys(schema: z.ZodType, path: NodePath): string[] {
  let s: unknown = schema;
  const unwrap = (x: any): any => {
    while (x?._zod?.def && ['optional', 'default', 'nullable', 'pipe', 'prefault'].includes(x._zod.def.type)) {
      x = x._zod.def.innerType ?? x._zod.def.in;
    }
    return x;
  };
  for (const seg of path) {
    const cur: any = unwrap(s);
    const def = cur?._zod?.def;
    if (!def) return [];
    if (def.type === 'object') s = def.shape[seg as string];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return [];
  }
  const def = unwrap(s)?._zod?.def;
  if (def?.type === 'object') return Object.keys(def.shape);
  // A record keyed by an enum (e.g. launch-plan phases) allows exactly the enum's values.
  const keyDef = def?.type === 'record' ? unwrap(def.keyType)?._zod?.def : undefined;
  return keyDef?.type === 'enum' ? Object.values(keyDef.entries as Record<string, string>) : [];
}

/** A problem plus what is needed to drop redundant ones. */
type IssueProblem = Problem & { suggestion?: string; missing?: string };

/** One problem per zod issue, positioned by path (the store adds line and column). */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], data: unknown, schema: z.ZodType, file: string, t: Translator): Problem[] {
  const out: IssueProblem[] = [];
  const missingKey = (path: NodePath, type: string, tr: Translator): IssueProblem => {
    const parent = path.slice(0, -1);
    const key = String(path[path.length - 1] ?? '');
    return {
      severity: 'error',
      file,
      path: parent,
      rule: 'schema/required',
      missing: key,
      message: tr('schema.required', { key, field: parent.join('.') || tr('type.file') }),
      hint: tr('schema.required.hint', { key, type }),
    };
  };
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const base = { severity: 'error' as const, file, path };
    const field = path.length ? path.join('.') : t('type.file');
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = knownKeys(schema, path);
        for (const key of issue.keys) {
          const suggestion = closest(key, allowed);
          out.push({
            ...base,
            key,
            rule: 'schema/unknown-key',
            suggestion,
            message: t('schema.unknownKey', { key, field }),
            hint: suggestion ? t('schema.didYouMean', { suggestion }) : t('schema.allowedKeys', { keys: allowed.join(', ') }),
          });
        }
        break;
      }
      case 'invalid_type': {
        const found = valueAt(data, path);
        if (found === undefined) {
          out.push(missingKey(path, expectedName(issue.expected, t), t));
        } else {
          out.push({
            ...base,
            rule: 'schema/type',
            message: t('schema.type', { field, expected: expectedName(issue.expected, t), found: typeName(found, t) }),
            hint: t('schema.type.hint', { expected: expectedName(issue.expected, t) }),
          });
        }
        break;
      }
      case 'invalid_value': {
        const found = valueAt(data, path);
        if (found === undefined) {
          out.push(missingKey(path, issue.values.map((v) => JSON.stringify(v)).join(' | '), t));
          break;
        }
        const values = issue.values.map(String);
        const suggestion = typeof found === 'string' ? closest(found, values) : undefined;
        out.push({
          ...base,
          rule: 'schema/enum',
          message: t('schema.enum', { field, found: JSON.stringify(found) ?? '-' , values: values.join(', ') }),
          hint: suggestion ? t('schema.didYouMean', { suggestion }) : t('schema.enum.hint', { values: values.join(', ') }),
        });
        break;
      }
      case 'too_small':
      case 'too_big': {
        const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
        const kind = issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'chars' : 'number';
        const own = issue.message in catalogue ? (issue.message as MessageKey) : undefined;
        const key = own ?? (`schema.${issue.code === 'too_small' ? 'min' : 'max'}.${kind}` as MessageKey);
        out.push({
          ...base,
          rule: 'schema/range',
          message: t(key, { field, limit: String(limit), found: JSON.stringify(valueAt(data, path)) ?? '-' }),
          hint: t(`${key}.hint` as MessageKey, { field, limit: String(limit) }),
        });
        break;
      }
      case 'invalid_key': {
        // A mapping key that is not a valid id (e.g. "Data Facet" under facets): point at the key.
        const key = String(path[path.length - 1] ?? '');
        out.push({
          ...base,
          path: path.slice(0, -1),
          key,
          rule: 'schema/format',
          message: t('schema.badKey', { key, field: path.slice(0, -1).join('.') || t('type.file') }),
          hint: t('schema.id.hint'),
        });
        break;
      }
      default: {
        // Custom and format errors carry a catalogue key as their message (see schemas/common.ts).
        const key = issue.message in catalogue ? (issue.message as MessageKey) : undefined;
        const value = valueAt(data, path);
        const found = shownValue(value);
        // Which character, and where in the value: the file position is the value's own.
        const bad = typeof value === 'string' ? forbiddenCharacter(value) : undefined;
        const params = { field, found, limit: String(TEXT_MAX), char: bad?.char ?? '', index: bad?.index ?? 0 };
        out.push({
          ...base,
          // Blank or too long is a matter of size, as for every other field with a length limit.
          rule: key === 'schema.empty' || key === 'schema.max.text' ? 'schema/range' : 'schema/format',
          message: key ? t(key, params) : t('schema.invalid', params),
          hint: key && `${key}.hint` in catalogue ? t(`${key}.hint` as MessageKey, params) : undefined,
        });
      }
    }
  }
  return withoutExplainedMissingKeys(out);
}

/**
 * A misspelt key ("modul") also makes the real key ("module") missing. The did-you-mean on the
 * unknown key already says what to do, so the second, redundant problem is dropped.
 */
function withoutExplainedMissingKeys(problems: IssueProblem[]): Problem[] {
  const explained = new Set(
    problems
      .filter((p) => p.rule === 'schema/unknown-key' && p.suggestion !== undefined)
      .map((p) => `${p.path.join('.')}\u0000${p.suggestion}`),
  );
  return problems
    .filter((p) => !(p.rule === 'schema/required' && explained.has(`${p.path.join('.')}\u0000${p.missing}`)))
    .map(({ suggestion: _s, missing: _m, ...p }) => p);
}
