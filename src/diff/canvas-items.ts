// How each workspace file splits into items with ids, so two versions are compared by id, not by line.
import type { WorkspaceFileKey } from '../domain/schemas/index.js';

/** One item of a file, flattened to comparable fields. */
export interface PlanItem {
  collection: string;
  id: string;
  name?: string;
  /** Dotted path to a scalar, or to a list of scalars; the item's name is one of them. */
  fields: Record<string, unknown>;
}

/** A list (or mapping) of items inside a file. */
interface CollectionSpec {
  collection: string;
  /** Where the list or mapping is in the file's data. */
  at: readonly string[];
  /** The id of an entry of a list (mappings use their keys). */
  key?: (entry: Record<string, unknown>) => string;
  /** The field that names an entry, if any. */
  nameField?: string;
  /** Reshapes an entry before flattening, so nested lists compare by their own keys. */
  normalise?: (entry: unknown) => unknown;
}

type Data = Record<string, unknown>;

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list of objects as a mapping by one of their fields, so reordering it is not a change. */
const byField = (list: unknown, field: string): Data =>
  Array.isArray(list) ? Object.fromEntries(list.map((e, i) => [isObject(e) && typeof e[field] === 'string' ? e[field] : `#${i + 1}`, e])) : {};

/** Replaces some fields of an entry. */
const reshape = (entry: unknown, fields: Record<string, (v: unknown) => unknown>): unknown =>
  isObject(entry) ? { ...entry, ...Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f(entry[k])])) } : entry;

const byId = (e: Data) => String(e.id);

/** The item lists of each file, in the order the canvas presents them; everything else is the file's `settings`. */
const SPECS: Record<WorkspaceFileKey, readonly CollectionSpec[]> = {
  manifest: [],
  'value-positioning': [
    { collection: 'parties', at: ['parties'], normalise: (e) => reshape(e, { value_dimensions: (v) => byField(v, 'dimension') }) },
    { collection: 'key_resources', at: ['key_resources'], key: byId, nameField: 'name' },
  ],
  'business-architecture': [
    { collection: 'goals', at: ['goals'], key: byId, nameField: 'name' },
    { collection: 'functions', at: ['functions'], key: byId, nameField: 'name' },
    { collection: 'roles', at: ['roles'], key: byId, nameField: 'name' },
    {
      collection: 'cells',
      at: ['cells'],
      key: (e) => `${String(e.goal)}/${String(e.function)}`,
      normalise: (e) => {
        const { goal: _goal, function: _fn, roles, ...rest } = e as Data;
        const activities = Array.isArray(roles) ? Object.fromEntries(roles.map((r: Data) => [String(r.role), r.activity])) : {};
        return { ...rest, roles: activities };
      },
    },
    { collection: 'key_pages', at: ['key_pages'], key: byId, nameField: 'name', normalise: (e) => reshape(e, { options: (v) => byField(v, 'name') }) },
    { collection: 'systems', at: ['systems'], key: byId, nameField: 'name' },
    { collection: 'module_exemptions', at: ['module_exemptions'], normalise: (reason) => ({ reason }) },
  ],
  'north-star': [
    { collection: 'candidates', at: ['candidates'], key: byId, nameField: 'name' },
    { collection: 'inputs', at: ['inputs'], key: byId, nameField: 'name' },
  ],
  assessment: [
    { collection: 'facets', at: ['facets'] },
    { collection: 'evidence', at: ['evidence'], key: byId, nameField: 'title' },
  ],
  'launch-plan': [
    { collection: 'phases', at: ['phases'] },
    { collection: 'training', at: ['training'], key: (e) => String(e.department) },
    { collection: 'data_projects', at: ['data_projects'], key: byId, nameField: 'name' },
    { collection: 'tuning_tickets', at: ['tuning', 'tickets'], key: byId, nameField: 'title' },
  ],
};

/** The collections of a file, in presentation order, ending with its `settings`. */
export const collectionsOf = (canvas: WorkspaceFileKey): string[] => [...SPECS[canvas].map((s) => s.collection), 'settings'];

/** Flattens a value to dotted paths of scalars and lists of scalars (lists of objects by position). */
export function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (isObject(value)) {
    for (const key of Object.keys(value).sort()) flatten(value[key], prefix ? `${prefix}.${key}` : key, out);
  } else if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null)) {
    value.forEach((v, i) => flatten(v, `${prefix}[${i + 1}]`, out));
  } else if (value !== undefined && prefix !== '') {
    out[prefix] = value;
  }
  return out;
}

/** The value at `path`, if any. */
const at = (data: unknown, path: readonly string[]): unknown => path.reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), data);

/** `data` without the value at `path`. */
function without(data: unknown, path: readonly string[]): unknown {
  if (!isObject(data) || path.length === 0) return data;
  const [head, ...rest] = path as [string, ...string[]];
  if (!(head in data)) return data;
  const copy = { ...data };
  if (rest.length === 0) delete copy[head];
  else copy[head] = without(copy[head], rest);
  return copy;
}

/** Splits a file's (schema-valid) data into items: each collection's entries, then one `settings` item for the rest. */
export function itemsOf(canvas: WorkspaceFileKey, data: unknown): PlanItem[] {
  const items: PlanItem[] = [];
  let rest = without(data, ['version']);
  for (const spec of SPECS[canvas]) {
    rest = without(rest, spec.at);
    const found = at(data, spec.at);
    const entries: [string, unknown][] = Array.isArray(found)
      ? found.map((e) => [spec.key ? spec.key(isObject(e) ? e : {}) : '', e])
      : isObject(found)
        ? Object.keys(found).map((k) => [k, found[k]])
        : [];
    for (const [id, entry] of entries) {
      const name = spec.nameField && isObject(entry) && typeof entry[spec.nameField] === 'string' ? (entry[spec.nameField] as string) : undefined;
      const shaped = spec.normalise ? spec.normalise(entry) : entry;
      items.push({ collection: spec.collection, id, ...(name !== undefined ? { name } : {}), fields: flatten(shaped) });
    }
  }
  const settings = flatten(rest);
  if (Object.keys(settings).length > 0) items.push({ collection: 'settings', id: canvas, fields: settings });
  return items;
}

/** The field holding an item's name in a collection (`name`, or `title` for evidence and tickets). */
export function nameFieldOf(canvas: WorkspaceFileKey, collection: string): string | undefined {
  return SPECS[canvas].find((s) => s.collection === collection)?.nameField;
}
