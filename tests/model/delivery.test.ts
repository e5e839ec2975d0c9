// The delivery choices of the plan model: who confirms each key module (the method's owner when the
// plan names none), owners confirming both requirement types, and the risk register.
import { describe, expect, it } from 'vitest';
import { derivePlan } from '../../src/domain/model/index.js';
import { check, cleanWorkspace } from '../rules/fixture.js';

describe('deriveDelivery', () => {
  it("takes the method's owner for each type: the business lead for business flows, the project lead for experience", () => {
    const plan = derivePlan(cleanWorkspace());
    expect(plan.delivery.keyModules.map((m) => [m.functionId, m.owner, m.ownerFrom])).toEqual([
      ['booking', 'Ana Silva', 'project_lead'],
      ['onboarding', 'Ben Okafor', 'business_lead'],
    ]);
    expect(plan.delivery.ownersOfBothKinds).toEqual([]);
    expect(plan.delivery.missingRiskKinds).toEqual([]);
  });

  it('finds one owner confirming both types, however the name is spaced or cased, and points at the second kind', () => {
    const ws = cleanWorkspace();
    ws.launchPlan.key_modules![1]!.confirmed_by = '  ana  SILVA ';
    const plan = derivePlan(ws);
    expect(plan.delivery.ownersOfBothKinds.map((o) => o.modules.map((m) => m.functionId))).toEqual([['booking', 'onboarding']]);
    const findings = check(ws).findings.filter((f) => f.rule === 'delivery/requirement-owners');
    expect(findings.map((f) => f.path.join('.'))).toEqual(['key_modules.1.confirmed_by']);
    expect(findings[0]!.message).toContain('Ana Silva');
  });

  it('counts a placeholder owner as no owner, for key modules and for risks', () => {
    const ws = cleanWorkspace();
    ws.launchPlan.owners.project_lead = 'Replace with the project lead';
    ws.launchPlan.delivery_risks!.register[0]!.owner = '请替换：由谁解决';
    const plan = derivePlan(ws);
    expect(plan.delivery.keyModules[0]!.owner).toBeUndefined();
    expect(plan.delivery.risks!.unowned.map((u) => u.risk.id)).toEqual(['booking_rules']);
  });

  it('keeps no register when the plan has none, and then misses all three kinds', () => {
    const ws = cleanWorkspace();
    delete ws.launchPlan.delivery_risks;
    const plan = derivePlan(ws);
    expect(plan.delivery.risks).toBeUndefined();
    expect(plan.delivery.missingRiskKinds).toEqual(['requirement_change', 'staffing', 'institutional_blocker']);
    expect(check(ws).findings.filter((f) => f.rule === 'delivery/risk-register').map((f) => f.path)).toEqual([[]]);
  });
});
