// Where the plan stands on the six capability areas and the four architecture dimensions (methodology
// §7), which functions and systems serve each, and what is missing. Rules, documents and the
// picture read this; none of them looks at `capability_areas` or `architecture_dimensions` itself.
import {
  AREA_REQUIREMENTS,
  ARCHITECTURE_DIMENSIONS,
  CAPABILITY_AREAS,
  type AreaRequirement,
  type ArchitectureDimension,
  type CapabilityArea,
  type ScopeStatus,
} from '../enums.js';
import type { BusinessArchitecture, FunctionT, SystemT } from '../schemas/business-architecture.js';

/** Statuses that put an area or dimension in the plan's scope: it runs today, or this plan builds it. */
export const IN_SCOPE: ReadonlySet<ScopeStatus> = new Set(['in_place', 'planned']);

/** One area or dimension as the plan records it; `status` is undefined when the plan says nothing. */
export interface ScopeItem<K extends string> {
  id: K;
  status?: ScopeStatus;
  /** Runs today or is planned now. */
  inScope: boolean;
  /** The functions and systems that serve it, as recorded (unknown ids are left to `validate`). */
  functions: FunctionT[];
  systems: SystemT[];
  note?: string;
}

/** A capability area with its minimum requirements, met (listed by the plan) or not. */
export interface AreaState extends ScopeItem<CapabilityArea> {
  requirements: { id: AreaRequirement; met: boolean }[];
  /** Minimum requirements not covered, for an area in scope; empty otherwise. */
  missingRequirements: AreaRequirement[];
}

/** The capability areas and architecture dimensions, derived once. */
export interface CapabilityModel {
  /** Whether the plan records the areas / the dimensions at all (the format keeps both optional). */
  recorded: { areas: boolean; dimensions: boolean };
  /** The six areas in the method's order. */
  areas: AreaState[];
  /** The four dimensions in the method's order. */
  dimensions: ScopeItem<ArchitectureDimension>[];
  missing: {
    /** Areas with no entry. */
    areas: CapabilityArea[];
    /** Dimensions with no entry. */
    dimensions: ArchitectureDimension[];
    /** Areas in scope that no function or system serves. */
    unservedAreas: CapabilityArea[];
  };
}

/** Derives the capability model from the business architecture. Pure. */
export function deriveCapabilities(ba: BusinessArchitecture): CapabilityModel {
  const fnById = new Map(ba.functions.map((f) => [f.id, f]));
  const sysById = new Map((ba.systems ?? []).map((s) => [s.id, s]));
  const item = <K extends string>(id: K, entry: { status: ScopeStatus; functions: string[]; systems: string[]; note?: string | undefined } | undefined): ScopeItem<K> => ({
    id,
    ...(entry ? { status: entry.status } : {}),
    inScope: entry ? IN_SCOPE.has(entry.status) : false,
    functions: (entry?.functions ?? []).flatMap((f) => fnById.get(f) ?? []),
    systems: (entry?.systems ?? []).flatMap((s) => sysById.get(s) ?? []),
    ...(entry?.note?.trim() ? { note: entry.note.trim() } : {}),
  });
  const areas = CAPABILITY_AREAS.map((id): AreaState => {
    const entry = ba.capability_areas?.[id];
    const base = item(id, entry);
    const listed = new Set<string>(entry?.requirements ?? []);
    const requirements = AREA_REQUIREMENTS[id].map((r) => ({ id: r as AreaRequirement, met: listed.has(r) }));
    return { ...base, requirements, missingRequirements: base.inScope ? requirements.filter((r) => !r.met).map((r) => r.id) : [] };
  });
  const dimensions = ARCHITECTURE_DIMENSIONS.map((id) => item(id, ba.architecture_dimensions?.[id]));
  return {
    recorded: { areas: ba.capability_areas !== undefined, dimensions: ba.architecture_dimensions !== undefined },
    areas,
    dimensions,
    missing: {
      areas: areas.filter((a) => a.status === undefined).map((a) => a.id),
      dimensions: dimensions.filter((d) => d.status === undefined).map((d) => d.id),
      unservedAreas: areas.filter((a) => a.inScope && a.functions.length === 0 && a.systems.length === 0).map((a) => a.id),
    },
  };
}
