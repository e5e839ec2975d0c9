// Delivery choices the method asks for (methodology §9 steps 2 and 3): each key module's
// requirements confirmed with the owner of its type, and a risk register the plan sync reviews.
import { LP } from './files.js';
import type { RawFinding, Rule } from './types.js';

/** A key module with nobody to confirm it, or one owner confirming both requirement types. */
export const requirementOwners: Rule = {
  id: 'delivery/requirement-owners',
  file: LP,
  severity: 'warning',
  basis: 'methodology',
  source: '§9 step 2 requirements output and confirmation',
  check({ plan, msg, label, named }) {
    const { keyModules, ownersOfBothKinds } = plan.delivery;
    const moduleArg = (m: (typeof keyModules)[number]) => (m.fn ? named(m.fn.name, m.fn.id) : m.functionId);
    const out: RawFinding[] = keyModules
      .filter((m) => !m.owner)
      .map((m) => ({
        path: ['key_modules', m.index],
        message: msg('check.delivery.requirementOwner', { module: moduleArg(m), type: label('requirement_type', m.type) }),
        hint: msg(m.type === 'business_flow_heavy' ? 'check.delivery.requirementOwner.hint.business' : 'check.delivery.requirementOwner.hint.experience'),
      }));
    for (const both of ownersOfBothKinds) {
      // Point at the first module of the second kind: the one whose owner should change.
      const second = both.modules.find((m) => m.type !== both.modules[0]!.type)!;
      out.push({
        path: ['key_modules', second.index, ...(second.ownerFrom === 'confirmed_by' ? ['confirmed_by'] : [])],
        message: msg('check.delivery.requirementSameOwner', { owner: both.owner, count: both.modules.length }),
        hint: msg('check.delivery.requirementSameOwner.hint'),
      });
    }
    return out;
  },
};

/** No risk register, or one that leaves out a kind of risk the method names. */
export const riskRegister: Rule = {
  id: 'delivery/risk-register',
  file: LP,
  severity: 'info',
  basis: 'methodology',
  source: '§9 step 3 development',
  check({ plan, msg, label, list }) {
    const missing = plan.delivery.missingRiskKinds;
    if (missing.length === 0) return [];
    const kinds = list(missing.map((k) => label('delivery_risk_kind', k)));
    return plan.delivery.risks
      ? [{ path: ['delivery_risks', 'register'], message: msg('check.delivery.riskKinds', { missing: kinds }), hint: msg('check.delivery.riskRegister.hint') }]
      : [{ path: [], message: msg('check.delivery.riskRegister'), hint: msg('check.delivery.riskRegister.hint') }];
  },
};

/** An open risk nobody owns: the weekly sync cannot resolve it. */
export const riskOwner: Rule = {
  id: 'delivery/risk-owner',
  file: LP,
  severity: 'warning',
  basis: 'methodology',
  source: '§9 step 3 development',
  check({ plan, msg }) {
    return (plan.delivery.risks?.unowned ?? []).map(({ risk, index }) => ({
      path: ['delivery_risks', 'register', index],
      message: msg('check.delivery.riskOwner', { risk: risk.id }),
      hint: msg('check.delivery.riskOwner.hint'),
    }));
  },
};

/** The delivery-choice rules. */
export const deliveryChoiceRules: readonly Rule[] = [requirementOwners, riskRegister, riskOwner];
