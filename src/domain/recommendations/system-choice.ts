// Standard SaaS or custom, by company size (methodology §6 system): advised whatever the system
// facet's level, until the plan records the choice for every system it lists.
import type { MessageKey } from '../../i18n/index.js';
import { list, msg, named, sentences } from '../message.js';
import type { Manifest } from '../schemas/manifest.js';
import type { Recommender } from './types.js';

/** The advice for each size: standard SaaS when small, custom where privacy or integration needs it, high-end custom when large. */
const SIZE_ADVICE: Record<Manifest['company_size'], MessageKey> = {
  small: 'check.rec.system.small',
  medium: 'check.rec.system.medium',
  large: 'check.rec.system.large',
};

/**
 * Fires when the plan lists no systems, or lists systems without a recorded `choice`; silent once
 * every system records one (systems/choice-fits-size then checks each choice against the size).
 */
export const systemChoiceAdvice: Recommender = {
  id: 'systems/fit-to-size',
  basis: 'methodology',
  source: '§6 system, §7 system-selection criteria',
  guide: 'system-choice',
  advise({ plan }) {
    const systems = plan.ws.businessArchitecture.systems ?? [];
    const unrecorded = plan.state.missing.systemChoices;
    if (systems.length > 0 && unrecorded.length === 0) return [];
    const advice = msg(SIZE_ADVICE[plan.ws.manifest.company_size]);
    const facet = plan.ws.model.facets.some((f) => f.id === 'system') ? { facet: 'system' } : {};
    return [
      {
        id: 'systems/fit-to-size',
        guide: systemChoiceAdvice.guide,
        ...facet,
        rule: 'systems/choice-fits-size',
        text: unrecorded.length ? sentences(advice, msg('check.rec.system.record', { systems: list(unrecorded.map((s) => named(s.name, s.id))) })) : advice,
        ...(unrecorded.length ? { systems: unrecorded.map((s) => s.id) } : {}),
      },
    ];
  },
};
