// The six capability areas and the four architecture dimensions (methodology §7): where the plan
// stands on each, what serves it, and the minimum requirements of an area in scope. The model
// (model/capabilities.ts) derives all of it; these rules only say what is missing.
import { BA } from './files.js';
import type { RawFinding, Rule } from './types.js';

/** Areas the plan does not say where it stands on (all six when it records none). */
export const areasRecorded: Rule = {
  id: 'capability/areas-recorded',
  file: BA,
  severity: 'info',
  basis: 'methodology',
  source: '§7 six capability areas, §14.5 capability-area checklist',
  check({ plan, msg, label, list }) {
    const missing = plan.capabilities.missing.areas;
    if (missing.length === 0) return [];
    const hint = msg('check.capability.areasRecorded.hint');
    if (!plan.capabilities.recorded.areas) return [{ path: [], message: msg('check.capability.areasNone'), hint }];
    return [{ path: ['capability_areas'], message: msg('check.capability.areasRecorded', { count: missing.length, missing: list(missing.map((a) => label('capability_area', a))) }), hint }];
  },
};

/** An area in scope (in place or planned) that no function and no system serves: a name, not a solution. */
export const areaServed: Rule = {
  id: 'capability/area-served',
  file: BA,
  severity: 'warning',
  basis: 'methodology',
  source: '§7 need vs function, six capability areas',
  check({ plan, msg, term }) {
    return plan.capabilities.missing.unservedAreas.map((area) => ({
      path: ['capability_areas', area],
      message: msg('check.capability.areaServed', { area: term(`capability_area.${area}`) }),
      hint: msg('check.capability.areaServed.hint'),
    }));
  },
};

/** An area in scope that leaves out some of the minimum requirements the method names for it. */
export const minimumRequirements: Rule = {
  id: 'capability/minimum-requirements',
  file: BA,
  severity: 'warning',
  basis: 'methodology',
  source: '§7 six capability areas',
  check({ plan, msg, label, list, term }) {
    return plan.capabilities.areas.flatMap((area): RawFinding[] =>
      area.missingRequirements.length === 0
        ? []
        : [
            {
              path: ['capability_areas', area.id],
              key: 'requirements',
              message: msg('check.capability.minimumRequirements', { area: term(`capability_area.${area.id}`), missing: list(area.missingRequirements.map((r) => label('area_requirement', r))) }),
              hint: msg('check.capability.minimumRequirements.hint', { area: area.id }),
            },
          ],
    );
  },
};

/** Dimensions the plan does not say where it stands on (all four when it records none). */
export const dimensionsRecorded: Rule = {
  id: 'dimensions/recorded',
  file: BA,
  severity: 'info',
  basis: 'methodology',
  source: '§7 four architecture dimensions',
  check({ plan, msg, label, list }) {
    const missing = plan.capabilities.missing.dimensions;
    if (missing.length === 0) return [];
    const hint = msg('check.dimensions.recorded.hint');
    if (!plan.capabilities.recorded.dimensions) return [{ path: [], message: msg('check.dimensions.none'), hint }];
    return [{ path: ['architecture_dimensions'], message: msg('check.dimensions.recorded', { count: missing.length, missing: list(missing.map((d) => label('architecture_dimension', d))) }), hint }];
  },
};

/** Digital tools in scope while strategy, organisation or the operations system is not: a pile of features. */
export const toolsServeStrategy: Rule = {
  id: 'dimensions/tools-serve-strategy',
  file: BA,
  severity: 'warning',
  basis: 'methodology',
  source: '§7 four architecture dimensions',
  check({ plan, msg, label, list }) {
    const dims = plan.capabilities.dimensions;
    const tools = dims.find((d) => d.id === 'digital_tools')!;
    if (!tools.inScope) return [];
    const behind = dims.filter((d) => d.id !== 'digital_tools' && !d.inScope);
    if (behind.length === 0) return [];
    return [
      {
        path: ['architecture_dimensions', 'digital_tools'],
        message: msg('check.dimensions.toolsServeStrategy', { missing: list(behind.map((d) => label('architecture_dimension', d.id))) }),
        hint: msg('check.dimensions.toolsServeStrategy.hint'),
      },
    ];
  },
};

/** The capability-area and architecture-dimension rules. */
export const capabilityRules: readonly Rule[] = [areasRecorded, areaServed, minimumRequirements, dimensionsRecorded, toolsServeStrategy];
