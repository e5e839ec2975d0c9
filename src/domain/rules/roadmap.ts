// Roadmap rules: CRM, then BPM, then PaaS (methodology §8, §14.4). The position and its issues are
// derived once in the plan model (model/roadmap.ts); the next-step advice reads the same position.
import type { RoadmapStage } from '../enums.js';
import { LP } from './files.js';
import type { RawFinding, Rule } from './types.js';

/** The stages by their acronyms, which every locale writes the same way (§8). */
const STAGE_NAMES: Record<RoadmapStage, string> = { crm: 'CRM', bpm: 'BPM', paas: 'PaaS' };

/** The launch plan does not say where the company stands on the roadmap. */
export const roadmapPosition: Rule = {
  id: 'roadmap/position',
  file: LP,
  severity: 'info',
  basis: 'methodology',
  source: '§8',
  check({ plan, msg }) {
    return plan.launch.roadmap ? [] : [{ path: ['roadmap'], message: msg('check.roadmap.position'), hint: msg('check.roadmap.position.hint') }];
  },
};

/** Steps taken or planned out of the CRM, BPM, PaaS order. */
export const roadmapOrder: Rule = {
  id: 'roadmap/order',
  file: LP,
  severity: 'warning',
  basis: 'methodology',
  source: '§8, §12 rhythm and sequence, §14.4',
  check({ plan, msg, label }) {
    const roadmap = plan.launch.roadmap;
    if (!roadmap) return [];
    const stage = (s: RoadmapStage) => STAGE_NAMES[s];
    const step = (s: string) => label('roadmap_substep', s);
    return roadmap.issues.map((issue): RawFinding => {
      switch (issue.kind) {
        case 'earlier-not-done':
          return { path: ['roadmap', 'stage'], message: msg('check.roadmap.earlierNotDone', { stage: stage(roadmap.stage), earlier: stage(issue.earlier) }), hint: msg('check.roadmap.order.hint') };
        case 'done-ahead':
          return { path: ['roadmap', 'done', issue.index], message: msg('check.roadmap.doneAhead', { step: step(issue.step), of: stage(issue.of), stage: stage(roadmap.stage) }), hint: msg('check.roadmap.doneAhead.hint') };
        case 'skips':
          return { path: ['roadmap', 'planned', issue.index], message: msg('check.roadmap.skips', { step: step(issue.step), of: stage(issue.of), skipped: stage(issue.skipped) }), hint: msg('check.roadmap.order.hint') };
        case 'planned-order':
          return { path: ['roadmap', 'planned', issue.index], message: msg('check.roadmap.plannedOrder', { step: step(issue.step), of: stage(issue.of), later: stage(issue.later) }), hint: msg('check.roadmap.order.hint') };
      }
    });
  },
};

/** The roadmap rules. */
export const roadmapRules: readonly Rule[] = [roadmapPosition, roadmapOrder];
