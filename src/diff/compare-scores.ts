// How the north star, the assessment and the canvas coverage moved between two valid sides.
import type { ScoresJson as Scores } from '../generate/check-report.js';
import type { Change, MetricRef, ScoreDiff } from './plan-diff.js';

/** A before/after pair. */
const pair = <T>(before: T, after: T): Change<T> => ({ before, after });

/** The candidate `id` as a metric reference, if it is scored. */
function metric(ns: Scores['northStar'], id: string | undefined): MetricRef | null {
  const c = ns.candidates.find((cand) => cand.id === id);
  return c ? { id: c.id, name: c.name, score: c.weighted, max: c.max } : null;
}

/** Compares the scores of two sides; facets appear in the head's model order, then those only the base has. */
export function compareScores(base: Scores, head: Scores, modelName: Change<string>): ScoreDiff {
  const ids = [...new Set([...head.assessment.facets.map((f) => f.id), ...base.assessment.facets.map((f) => f.id)])];
  const facets = ids.map((id) => {
    const b = base.assessment.facets.find((f) => f.id === id);
    const h = head.assessment.facets.find((f) => f.id === id);
    return {
      id,
      name: (h ?? b)!.name,
      current: pair(b?.current ?? null, h?.current ?? null),
      target: pair(b?.target ?? null, h?.target ?? null),
    };
  });
  const cb = base.coverage;
  const ch = head.coverage;
  return {
    northStar: {
      chosen: pair(metric(base.northStar, base.northStar.chosen), metric(head.northStar, head.northStar.chosen)),
      best: pair(metric(base.northStar, base.northStar.best), metric(head.northStar, head.northStar.best)),
    },
    assessment: {
      model: pair(base.assessment.model, head.assessment.model),
      modelName,
      facets,
      overall: {
        current: pair(base.assessment.overall.current, head.assessment.overall.current),
        target: pair(base.assessment.overall.target, head.assessment.overall.target),
        max: pair(base.assessment.overall.max, head.assessment.overall.max),
      },
    },
    coverage: {
      goals: pair(cb.goals, ch.goals),
      complete: pair(cb.complete, ch.complete),
      share: pair(cb.share, ch.share),
      withBusiness: pair(cb.withBusiness, ch.withBusiness),
      withOperations: pair(cb.withOperations, ch.withOperations),
      withData: pair(cb.withData, ch.withData),
    },
  };
}

/** True when a before/after pair differs. */
export const moved = <T>(c: Change<T>): boolean => JSON.stringify(c.before) !== JSON.stringify(c.after);

/** True when any score moved. */
export function scoresMoved(s: ScoreDiff): boolean {
  return (
    moved(s.northStar.chosen) ||
    moved(s.northStar.best) ||
    moved(s.assessment.overall.current) ||
    moved(s.assessment.overall.target) ||
    s.assessment.facets.some((f) => moved(f.current) || moved(f.target)) ||
    Object.values(s.coverage).some((c) => moved(c))
  );
}
