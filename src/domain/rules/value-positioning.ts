// Value-positioning rules (methodology §2, §5 key resources, S0 principles).
import { PARTIES } from '../enums.js';
import { isPlaceholderText } from '../model/placeholders.js';
import { VP } from './files.js';
import type { RawFinding, Rule } from './types.js';

/** A measure names a number: a baseline, a target or a share (ASCII or full-width digits, %). */
const NAMES_A_NUMBER = /[0-9\uFF10-\uFF19%\uFF05\u2030]/;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Each party's one core value point must be measurable: its measure names a number, not the value again. */
export const valueMeasurable: Rule = {
  id: 'value/measurable',
  file: VP,
  severity: 'warning',
  basis: 'methodology',
  source: '§2, §14.4',
  check({ ws, msg, label }) {
    const out: RawFinding[] = [];
    for (const party of PARTIES) {
      const value = ws.valuePositioning.parties[party].core_value;
      // A starter placeholder is reported by plan/placeholder: it is no measure, not a bad one.
      if (isPlaceholderText(value.measure)) continue;
      const params = { party: label('party', party), measure: value.measure.trim() };
      if (squash(value.measure) === squash(value.statement)) {
        out.push({ path: ['parties', party, 'core_value', 'measure'], message: msg('check.value.measurable.same', params), hint: msg('check.value.measurable.hint') });
      } else if (!NAMES_A_NUMBER.test(value.measure)) {
        out.push({ path: ['parties', party, 'core_value', 'measure'], message: msg('check.value.measurable', params), hint: msg('check.value.measurable.hint') });
      }
    }
    return out;
  },
};

/** The methodology is written for a stable business that already holds resources (S1 scope). */
export const valueScopeFit: Rule = {
  id: 'value/scope-fit',
  file: VP,
  severity: 'warning',
  basis: 'methodology',
  source: '§2 scope',
  check({ ws, msg }) {
    const fit = ws.valuePositioning.scope_fit;
    if (!fit) return [];
    const out: RawFinding[] = [];
    if (!fit.stable_business) out.push({ path: ['scope_fit', 'stable_business'], message: msg('check.value.scopeFit.stable'), hint: msg('check.value.scopeFit.hint') });
    if (!fit.existing_resources) out.push({ path: ['scope_fit', 'existing_resources'], message: msg('check.value.scopeFit.resources'), hint: msg('check.value.scopeFit.hint') });
    return out;
  },
};

/** Existing resources are the launch leverage (S0 key resources); a plan without any starts from nothing. */
export const valueKeyResources: Rule = {
  id: 'value/key-resources',
  file: VP,
  severity: 'warning',
  basis: 'methodology',
  source: '§5 key resources, §7 resource digitalisation',
  check({ ws, msg }) {
    if (ws.valuePositioning.key_resources.length > 0) return [];
    return [{ path: ['key_resources'], message: msg('check.value.keyResources'), hint: msg('check.value.keyResources.hint') }];
  },
};

/** The four big principles (S0) the team has not agreed to. */
export const valuePrinciples: Rule = {
  id: 'value/principles',
  file: VP,
  severity: 'info',
  basis: 'methodology',
  source: '§2 four big principles',
  check({ plan, msg, label, list }) {
    const missing = plan.state.missing.principles;
    if (missing.length === 0) return [];
    return [{ path: ['principles'], message: msg('check.value.principles', { missing: list(missing.map((p) => label('principle', p))) }), hint: msg('check.value.principles.hint') }];
  },
};

/** The value-positioning rules. */
export const valuePositioningRules: readonly Rule[] = [valueMeasurable, valueScopeFit, valueKeyResources, valuePrinciples];
