// The delivery schedule: the six phases one after another from the start date, in whole weeks, in UTC.
import { DELIVERY_STEPS, type DeliveryStep } from '../enums.js';
import { DEFAULT_PHASE_WEEKS, type LaunchPlan } from '../schemas/launch-plan.js';

/** One scheduled phase; dates are YYYY-MM-DD, `end` is the last day of the phase (inclusive). */
export interface ScheduledPhase {
  id: DeliveryStep;
  weeks: number;
  /** True when the workspace gave the duration, false when the default was used. */
  given: boolean;
  owner: string | null;
  /** First week of the phase counted from 1, so a plan without a start date still has an order. */
  fromWeek: number;
  toWeek: number;
  start: string | null;
  end: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Adds days to a YYYY-MM-DD date in UTC, so the machine's time zone never shifts a day. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The six phases in methodology order with their weeks and, when there is a start date, their dates. */
export function schedulePhases(plan: Pick<LaunchPlan, 'start' | 'phases'>): ScheduledPhase[] {
  let offsetWeeks = 0;
  return DELIVERY_STEPS.map((id) => {
    const phase = plan.phases[id];
    const weeks = phase?.weeks ?? DEFAULT_PHASE_WEEKS[id];
    const scheduled: ScheduledPhase = {
      id,
      weeks,
      given: phase !== undefined,
      owner: phase?.owner?.trim() ? phase.owner : null,
      fromWeek: offsetWeeks + 1,
      toWeek: offsetWeeks + weeks,
      start: plan.start ? addDays(plan.start, offsetWeeks * 7) : null,
      end: plan.start ? addDays(plan.start, (offsetWeeks + weeks) * 7 - 1) : null,
    };
    offsetWeeks += weeks;
    return scheduled;
  });
}
