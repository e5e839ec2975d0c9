// Recommendations that follow from the methodology, each tied to the facet or rule that raised it.
import type { MessageKey } from '../../i18n/index.js';
import type { Manifest } from '../schemas/manifest.js';
import { label, localized, msg, term, type Text } from '../message.js';
import type { PlanModel } from '../model/index.js';
import type { Finding } from '../problem.js';

/** One piece of advice: what to say (not yet in a language) and what raised it. */
export interface Advice {
  id: string;
  text: Text;
  /** What raised it: a facet id of the assessment model, and/or a rule id. */
  facet?: string;
  rule?: string;
}

/** Industries with a named entry point (§6 brain, §14.2 industry_entry). */
const ENTRY_INDUSTRIES: Record<string, MessageKey> = {
  medical: 'check.rec.entry.medical',
  retail: 'check.rec.entry.retail',
  health: 'check.rec.entry.health',
  independent_brand: 'check.rec.entry.independent_brand',
  // Service-heavy sectors where §6 says the user-growth line pays off most.
  home_furnishing: 'check.rec.entry.serviceHeavy',
  finance: 'check.rec.entry.serviceHeavy',
  insurance: 'check.rec.entry.serviceHeavy',
};

/** Advice by company size (§6 system: standard SaaS when small, custom when large). */
const SIZE_ADVICE: Record<Manifest['company_size'], MessageKey> = {
  small: 'check.rec.system.small',
  medium: 'check.rec.system.medium',
  large: 'check.rec.system.large',
};

/** The built-in diamond's advice made specific to this company, where the methodology is specific. */
function specialise(plan: PlanModel, facet: string, rec: string): Text | undefined {
  const ws = plan.ws;
  if (ws.model.id !== 'diamond') return undefined;
  if (facet === 'system' && rec === 'fit_to_size') return msg(SIZE_ADVICE[ws.manifest.company_size]);
  if (facet === 'brain' && rec === 'industry_entry') {
    const key = ENTRY_INDUSTRIES[ws.manifest.industry];
    return key ? msg(key, { industry: label('industry', ws.manifest.industry) }) : undefined;
  }
  return undefined;
}

/**
 * Advice of the assessment model for each facet short of its target. A recommendation's `below` is
 * the level it leads to: it is raised while the current level is below that, and only when that level
 * is within the target, so a team is not told to go further than it has decided to go. A facet
 * already at its target gets none.
 */
function modelRecommendations(plan: PlanModel): Advice[] {
  const out: Advice[] = [];
  for (const facet of plan.ws.model.facets) {
    const score = plan.ws.assessment.facets[facet.id];
    if (!score || score.current >= score.target) continue;
    const raised = facet.recommendations
      .filter((r) => score.current < r.below && r.below <= score.target)
      .sort((a, b) => a.below - b.below);
    for (const r of raised) {
      out.push({ id: `${facet.id}/${r.id}`, facet: facet.id, text: specialise(plan, facet.id, r.id) ?? localized(r.text) });
    }
  }
  return out;
}

/** The next roadmap step of the plan model's roadmap position. */
function nextRoadmapStep(plan: PlanModel): Advice[] {
  const next = plan.launch.roadmap?.next;
  if (!next) return [];
  return [
    {
      id: 'roadmap/next-step',
      rule: 'roadmap/order',
      text: msg('check.rec.nextStep', {
        step: term(`roadmap_substep.${next.step}`),
        stage: term(`roadmap_stage.${next.stage}`),
        why: msg(`check.rec.nextStep.${next.stage}`),
      }),
    },
  ];
}

/** Every recommendation for the plan, in model facet order, then the roadmap. */
export function recommend(plan: PlanModel, findings: readonly Finding[]): Advice[] {
  void findings;
  return [...modelRecommendations(plan), ...nextRoadmapStep(plan)];
}
