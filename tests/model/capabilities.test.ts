// The capability-area and architecture-dimension query of the plan model: where the plan stands on
// each, what serves it, and what is missing, derived once for rules, documents and the picture.
import { describe, expect, it } from 'vitest';
import { AREA_REQUIREMENTS, CAPABILITY_AREAS } from '../../src/domain/enums.js';
import { deriveCapabilities } from '../../src/domain/model/capabilities.js';
import { derivePlan } from '../../src/domain/model/index.js';
import { cleanWorkspace } from '../rules/fixture.js';

describe('deriveCapabilities', () => {
  it('records where the plan stands, what serves each area and which requirements it covers', () => {
    const plan = derivePlan(cleanWorkspace());
    const member = plan.capabilities.areas.find((a) => a.id === 'member')!;
    expect(member).toMatchObject({ status: 'planned', inScope: true, missingRequirements: [] });
    expect(member.functions.map((f) => f.id)).toEqual(['booking']);
    expect(member.systems.map((s) => s.id)).toEqual(['members']);
    expect(plan.capabilities.areas.map((a) => a.id)).toEqual([...CAPABILITY_AREAS]);
    expect(plan.capabilities.missing).toEqual({ areas: [], dimensions: [], unservedAreas: [] });
    expect(plan.capabilities.dimensions.map((d) => [d.id, d.inScope])).toEqual([
      ['strategy', true],
      ['organisation', true],
      ['operations_system', true],
      ['digital_tools', true],
    ]);
  });

  it('says what is missing: unrecorded areas, areas in scope with nothing behind them, requirements left out', () => {
    const ws = cleanWorkspace();
    const areas = ws.businessArchitecture.capability_areas!;
    delete areas.business;
    areas.service = { status: 'in_place', functions: [], systems: [], requirements: ['peak_end'] };
    const model = deriveCapabilities(ws.businessArchitecture);
    expect(model.missing.areas).toEqual(['business']);
    expect(model.missing.unservedAreas).toEqual(['service']);
    expect(model.areas.find((a) => a.id === 'service')!.missingRequirements).toEqual(['service_flows']);
    // Out of scope or later: nothing is asked of the area.
    expect(model.areas.find((a) => a.id === 'sales')!.missingRequirements).toEqual([]);
  });

  it('reads a workspace without the optional sections as recording nothing, and lists every requirement of every area', () => {
    const ws = cleanWorkspace();
    delete ws.businessArchitecture.capability_areas;
    delete ws.businessArchitecture.architecture_dimensions;
    const model = deriveCapabilities(ws.businessArchitecture);
    expect(model.recorded).toEqual({ areas: false, dimensions: false });
    expect(model.missing.areas).toEqual([...CAPABILITY_AREAS]);
    for (const a of model.areas) expect(a.requirements.map((r) => r.id)).toEqual([...AREA_REQUIREMENTS[a.id]]);
  });
});
