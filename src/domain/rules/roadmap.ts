// Roadmap rules: CRM, then BPM, then PaaS (methodology §8, §14.4).
import { ROADMAP_STAGES, ROADMAP_SUBSTEPS, type RoadmapStage } from '../enums.js';
import { LP } from './files.js';
import type { RawFinding, Rule } from './types.js';

/** The stages by their acronyms, which every locale writes the same way (§8). */
const STAGE_NAMES: Record<RoadmapStage, string> = { crm: 'CRM', bpm: 'BPM', paas: 'PaaS' };

/** The roadmap stage a sub-step belongs to. */
export function stageOfSubstep(substep: string): RoadmapStage {
  return ROADMAP_STAGES.find((s) => (ROADMAP_SUBSTEPS[s] as readonly string[]).includes(substep))!;
}

/** The launch plan does not say where the company stands on the roadmap. */
export const roadmapPosition: Rule = {
  id: 'roadmap/position',
  file: LP,
  severity: 'info',
  source: '§8',
  check({ ws, t }) {
    return ws.launchPlan.roadmap ? [] : [{ path: ['roadmap'], message: t('check.roadmap.position'), hint: t('check.roadmap.position.hint') }];
  },
};

/** Steps taken or planned out of the CRM, BPM, PaaS order. */
export const roadmapOrder: Rule = {
  id: 'roadmap/order',
  file: LP,
  severity: 'warning',
  source: '§8, §12 rhythm and sequence, §14.4',
  check({ ws, t, label }) {
    const roadmap = ws.launchPlan.roadmap;
    if (!roadmap) return [];
    const out: RawFinding[] = [];
    const stage = (s: RoadmapStage) => STAGE_NAMES[s];
    const step = (s: string) => label('roadmap_substep', s);
    const current = ROADMAP_STAGES.indexOf(roadmap.stage);
    const doneStages = new Set(roadmap.done.map(stageOfSubstep));
    const started = new Set([...doneStages, ...roadmap.planned.map(stageOfSubstep)]);
    // Standing at a stage means every earlier stage has at least one step done.
    for (const earlier of ROADMAP_STAGES.slice(0, current)) {
      if (!doneStages.has(earlier)) out.push({ path: ['roadmap', 'stage'], message: t('check.roadmap.earlierNotDone', { stage: stage(roadmap.stage), earlier: stage(earlier) }), hint: t('check.roadmap.order.hint') });
    }
    roadmap.done.forEach((s, i) => {
      const of = stageOfSubstep(s);
      if (ROADMAP_STAGES.indexOf(of) > current) out.push({ path: ['roadmap', 'done', i], message: t('check.roadmap.doneAhead', { step: step(s), of: stage(of), stage: stage(roadmap.stage) }), hint: t('check.roadmap.doneAhead.hint') });
    });
    let latest = -1;
    roadmap.planned.forEach((s, i) => {
      const of = ROADMAP_STAGES.indexOf(stageOfSubstep(s));
      const skipped = ROADMAP_STAGES.slice(0, of).find((e) => !started.has(e));
      if (skipped) {
        out.push({ path: ['roadmap', 'planned', i], message: t('check.roadmap.skips', { step: step(s), of: stage(ROADMAP_STAGES[of]!), skipped: stage(skipped) }), hint: t('check.roadmap.order.hint') });
      } else if (of < latest) {
        out.push({ path: ['roadmap', 'planned', i], message: t('check.roadmap.plannedOrder', { step: step(s), of: stage(ROADMAP_STAGES[of]!), later: stage(ROADMAP_STAGES[latest]!) }), hint: t('check.roadmap.order.hint') });
      }
      latest = Math.max(latest, of);
    });
    return out;
  },
};

/** The roadmap rules. */
export const roadmapRules: readonly Rule[] = [roadmapPosition, roadmapOrder];
