// The assessment model's own advice for each facet short of its target (methodology §6, §14.3), made
// specific to the company where the built-in diamond's method is specific (the industry entry point).
import type { MessageKey } from '../../i18n/index.js';
import { label, localized, msg, type Text } from '../message.js';
import { meets, type PlanModel } from '../model/index.js';
import type { Recommender } from './types.js';

/** Entry points by industry: the four §6 names, and the service-heavy sectors where §6 says the user-growth line pays off most. */
const ENTRY_INDUSTRIES: Record<string, MessageKey> = {
  medical: 'check.rec.entry.medical',
  retail: 'check.rec.entry.retail',
  health: 'check.rec.entry.health',
  independent_brand: 'check.rec.entry.independent_brand',
  home_furnishing: 'check.rec.entry.serviceHeavy',
  finance: 'check.rec.entry.serviceHeavy',
  insurance: 'check.rec.entry.serviceHeavy',
};

/** The diamond's industry-entry advice for the manifest's industry; one the method names no entry point for is told so. */
function industryEntry(plan: PlanModel): Text {
  const industry = plan.ws.manifest.industry;
  return msg(ENTRY_INDUSTRIES[industry] ?? 'check.rec.entry.unnamed', { industry: label('industry', industry) });
}

/** Where the guide explains each facet of the built-in diamond; a custom model's advice links to the scoring section. */
const DIAMOND_FACET_ANCHORS: Record<string, string> = {
  data: 'diamond-capabilities',
  system: 'diamond-capabilities',
  brain: 'diamond-capabilities',
  organisation: 'diamond-capabilities',
  user_growth_line: 'diamond-lines',
  cost_efficiency_line: 'diamond-lines',
};

/** Diamond advice that a section of its own explains better than the facet's. */
const DIAMOND_ADVICE_ANCHORS: Record<string, string> = {
  'system/open_integration': 'system-selection',
  'system/roadmap': 'roadmap',
  'brain/industry_entry': 'industry-entry',
  'brain/stage_north_star': 'north-star',
  'cost_efficiency_line/document_architecture': 'canvas',
};

/** Advice of the built-in diamond that the company's own facts make specific. */
const SPECIFIC: Record<string, (plan: PlanModel) => Text> = { 'brain/industry_entry': industryEntry };

/**
 * A recommendation's `below` is the level it leads to: it is raised while the current level is
 * below that, and only when that level is within the target, so a team is not told to go further
 * than it has decided to go. A facet already at its target gets none; advice whose `unless`
 * condition the plan meets stays silent.
 */
export const assessmentAdvice: Recommender = {
  id: 'assessment-model',
  basis: 'methodology',
  source: '§6, §14.3',
  guide: 'recommendations',
  advise({ plan }) {
    const model = plan.ws.model;
    return model.facets.flatMap((facet) => {
      const score = plan.ws.assessment.facets[facet.id];
      if (!score || score.current >= score.target) return [];
      return facet.recommendations
        .filter((r) => score.current < r.below && r.below <= score.target && !(r.unless && meets(plan, r.unless)))
        .sort((a, b) => a.below - b.below)
        .map((r) => {
          const id = `${facet.id}/${r.id}`;
          const diamond = model.id === 'diamond';
          const specific = diamond ? SPECIFIC[id] : undefined;
          const guide = (diamond && (DIAMOND_ADVICE_ANCHORS[id] ?? DIAMOND_FACET_ANCHORS[facet.id])) || assessmentAdvice.guide;
          return { id, facet: facet.id, guide, text: specific ? specific(plan) : localized(r.text) };
        });
    });
  },
};
