// The business model of a canvas still being filled in: the interview shows the board while goals,
// functions and crossings are added, before the file passes the schema. Entries without what the
// board needs (an id, a name) are left out; fields not given yet take their defaults. The board
// itself is derived by deriveBusiness, as for a valid canvas.
import type { BusinessArchitecture } from '../schemas/business-architecture.js';
import { FUNCTION_CATEGORIES, MODULE_DIMENSIONS, ROLE_KINDS } from '../enums.js';
import { deriveBusiness, type BusinessModel } from './business.js';

const record = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const oneOf = <T extends string>(values: readonly T[], v: unknown, fallback: T): T => ((values as readonly unknown[]).includes(v) ? (v as T) : fallback);

/** The business model of `raw` (a business-architecture canvas as plain data, possibly incomplete). */
export function derivePartialBusiness(raw: unknown): BusinessModel {
  const data = record(raw);
  const named = (v: unknown) => text(record(v).id) !== undefined && text(record(v).name) !== undefined;
  const ba = {
    version: 1,
    goals: list(data.goals)
      .filter(named)
      .map((g) => ({ id: String(record(g).id), name: String(record(g).name), phase: typeof record(g).phase === 'number' ? (record(g).phase as number) : 1 })),
    roles: list(data.roles)
      .filter(named)
      .map((r) => ({ id: String(record(r).id), name: String(record(r).name), kind: oneOf(ROLE_KINDS, record(r).kind, 'external') })),
    functions: list(data.functions)
      .filter(named)
      .map((f) => ({
        id: String(record(f).id),
        name: String(record(f).name),
        category: oneOf(FUNCTION_CATEGORIES, record(f).category, 'business'),
        module: oneOf(MODULE_DIMENSIONS, record(f).module, 'business_function'),
        goals: list(record(f).goals).filter((g): g is string => typeof g === 'string'),
      })),
    cells: list(data.cells)
      .map(record)
      .filter((c) => text(c.goal) !== undefined && text(c.function) !== undefined)
      .map((c) => ({
        goal: String(c.goal),
        function: String(c.function),
        roles: list(c.roles)
          .map(record)
          .filter((r) => text(r.role) !== undefined)
          .map((r) => ({ role: String(r.role), activity: typeof r.activity === 'string' ? r.activity : '' })),
      })),
  } as unknown as BusinessArchitecture;
  return deriveBusiness(ba);
}
