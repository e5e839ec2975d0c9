// What every handed-over file (PDF, deck, workbook) says about itself: title, author, dates. The
// dates come from the workspace, never the clock, so the same plan gives the same bytes.
import type { PlanView } from '../plan-view.js';

/** Metadata of a deliverable, in the plan's language; dates as `YYYY-MM-DD` or null when the plan has none. */
export interface DocumentMeta {
  title: string;
  subject: string;
  /** The client organisation: the author line of Office files and PDFs. */
  author: string;
  keywords: string[];
  language: string;
  /** When the plan was made (the workshop) and last worked on (the later of workshop and assessment). */
  created: string | null;
  modified: string | null;
  version: string;
}

/** The latest of some ISO dates, or null. */
const latest = (dates: (string | null)[]): string | null => dates.filter((d): d is string => d !== null).sort().pop() ?? null;

/** The metadata of the plan's deliverables. */
export function documentMeta(view: PlanView, subtitle: string): DocumentMeta {
  const created = view.plan.workshop ?? view.assessment.assessedOn ?? null;
  return {
    title: view.plan.name,
    subject: `${subtitle} · ${view.plan.organisation}`,
    author: view.plan.organisation,
    keywords: ['dxplan', view.plan.industry],
    language: view.locale,
    created,
    modified: latest([created, view.assessment.assessedOn]),
    version: view.plan.version,
  };
}

/** A workspace date as the instant files carry: midnight UTC, the same in every time zone. */
export function metaInstant(date: string | null): Date | null {
  return date ? new Date(`${date}T00:00:00Z`) : null;
}
