// Systems: marketing tools feed the member system, or member data stays scattered (methodology §7
// marketing digitalisation, §14.4); and each system is sourced to fit the company size (§6 system).
import type { SystemT } from '../schemas/business-architecture.js';
import { BA } from './files.js';
import type { RawFinding, Rule } from './types.js';

/** Whether `a` and `b` are integrated; either system may list the other, since data flows both ways. */
const integrated = (a: SystemT, b: SystemT): boolean => a.integrates_with.includes(b.id) || b.integrates_with.includes(a.id);

/** A marketing system that integrates with no member system, or has none to integrate with. */
export const marketingMember: Rule = {
  id: 'systems/marketing-member',
  file: BA,
  severity: 'warning',
  basis: 'methodology',
  source: '§7 marketing digitalisation, §14.4',
  check({ ws, msg, list, named }) {
    const systems = ws.businessArchitecture.systems ?? [];
    const members = systems.filter((s) => s.kind === 'member');
    const hint = msg('check.systems.marketingMember.hint');
    const out: RawFinding[] = [];
    systems.forEach((system, i) => {
      if (system.kind !== 'marketing') return;
      if (members.length === 0) out.push({ path: ['systems', i, 'kind'], message: msg('check.systems.noMember', { system: named(system.name, system.id) }), hint });
      else if (!members.some((m) => integrated(system, m))) {
        out.push({ path: ['systems', i, 'integrates_with'], message: msg('check.systems.notIntegrated', { system: named(system.name, system.id), members: list(members.map((m) => named(m.name, m.id))) }), hint });
      }
    });
    return out;
  },
};

/** A recorded choice that goes against the company size (custom when small, standard SaaS when large) with no reason given. */
export const choiceFitsSize: Rule = {
  id: 'systems/choice-fits-size',
  file: BA,
  severity: 'warning',
  basis: 'methodology',
  source: '§6 system',
  check({ ws, msg, named }) {
    const size = ws.manifest.company_size;
    return (ws.businessArchitecture.systems ?? []).flatMap((system, i): RawFinding[] => {
      const choice = system.choice;
      if (!choice || choice.reasons.length > 0) return [];
      const against = (size === 'small' && choice.type === 'custom') || (size === 'large' && choice.type === 'standard_saas');
      if (!against) return [];
      return [
        {
          path: ['systems', i, 'choice'],
          message: msg(size === 'small' ? 'check.systems.customWhenSmall' : 'check.systems.saasWhenLarge', { system: named(system.name, system.id) }),
          hint: msg('check.systems.choiceFitsSize.hint'),
        },
      ];
    });
  },
};

/** The system rules. */
export const systemRules: readonly Rule[] = [marketingMember, choiceFitsSize];
