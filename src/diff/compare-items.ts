// Compares two versions of one workspace file item by item, by id: added, removed, changed, renamed.
import type { WorkspaceFileKey } from '../domain/schemas/index.js';
import { collectionsOf, itemsOf, nameFieldOf, type PlanItem } from './canvas-items.js';
import type { FieldChange, ItemChange } from './plan-diff.js';

/** Two values are the same when they serialise the same (lists of scalars included). */
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields that differ between two versions of an item, in path order. */
export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>, skip?: string): FieldChange[] {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return paths
    .filter((p) => p !== skip && !same(before[p], after[p]))
    .map((path) => ({ path, before: before[path] ?? null, after: after[path] ?? null }));
}

/** The item changes between two versions of the file `canvas`, grouped by collection in canvas order. */
export function compareItems(canvas: WorkspaceFileKey, base: unknown, head: unknown): ItemChange[] {
  const before = itemsOf(canvas, base);
  const after = itemsOf(canvas, head);
  const key = (i: PlanItem) => `${i.collection}\u0000${i.id}`;
  const beforeByKey = new Map(before.map((i) => [key(i), i]));
  const afterKeys = new Set(after.map(key));
  const changes: ItemChange[] = [];
  for (const collection of collectionsOf(canvas)) {
    const nameField = nameFieldOf(canvas, collection);
    for (const item of after.filter((i) => i.collection === collection)) {
      const old = beforeByKey.get(key(item));
      // A file's settings always exist on both sides, even when one side sets nothing.
      if (!old && collection !== 'settings') {
        changes.push({ change: 'added', collection, id: item.id, ...(item.name !== undefined ? { name: item.name } : {}), fields: [] });
        continue;
      }
      const renamed = old?.name !== undefined && item.name !== undefined && old.name !== item.name;
      const fields = fieldChanges(old?.fields ?? {}, item.fields, renamed ? nameField : undefined);
      if (!renamed && fields.length === 0) continue;
      changes.push({
        change: 'changed',
        collection,
        id: item.id,
        ...(item.name !== undefined ? { name: item.name } : {}),
        ...(renamed ? { renamed: { before: old!.name!, after: item.name! } } : {}),
        fields,
      });
    }
    for (const item of before.filter((i) => i.collection === collection && !afterKeys.has(key(i)))) {
      if (collection === 'settings') {
        changes.push({ change: 'changed', collection, id: item.id, fields: fieldChanges(item.fields, {}) });
        continue;
      }
      changes.push({ change: 'removed', collection, id: item.id, ...(item.name !== undefined ? { name: item.name } : {}), fields: [] });
    }
  }
  return changes;
}
