// The next step on the CRM -> BPM -> PaaS roadmap (methodology §8), read from the plan model's
// roadmap position: never a step that roadmap/order warns skips a stage.
import { msg, term } from '../message.js';
import type { Recommender } from './types.js';

/** Fires when the roadmap is recorded and some step is not done; silent when every step is done. */
export const nextRoadmapStep: Recommender = {
  id: 'roadmap/next-step',
  basis: 'methodology',
  source: '§8',
  guide: 'recommendations-roadmap',
  advise({ plan }) {
    const next = plan.launch.roadmap?.next;
    if (!next) return [];
    const params = { step: term(`roadmap_substep.${next.step}`), stage: term(`roadmap_stage.${next.stage}`), why: msg(`check.rec.nextStep.${next.stage}`) };
    return [
      {
        id: 'roadmap/next-step',
        guide: nextRoadmapStep.guide,
        rule: 'roadmap/order',
        step: next.step,
        text: next.before ? msg('check.rec.nextStep.before', { ...params, planned: term(`roadmap_substep.${next.before}`) }) : msg('check.rec.nextStep', params),
      },
    ];
  },
};
