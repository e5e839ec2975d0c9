// Early-launch tuning: every ticket is a requirement change or an optimisation (methodology §9 step 6, §14.4).
import { LP } from './files.js';
import type { Rule } from './types.js';

/** A tuning ticket without a type hides requirement changes among optimisations, which is where delivery risk grows. */
export const tuningClassified: Rule = {
  id: 'delivery/tuning-classified',
  file: LP,
  severity: 'warning',
  basis: 'methodology',
  source: '§9 early launch and tuning, §14.4',
  check({ ws, msg, named }) {
    return (ws.launchPlan.tuning?.tickets ?? []).flatMap((ticket, i) =>
      ticket.type ? [] : [{ path: ['tuning', 'tickets', i], message: msg('check.delivery.tuningClassified', { ticket: named(ticket.title, ticket.id) }), hint: msg('check.delivery.tuningClassified.hint') }],
    );
  },
};

/** The tuning rules. */
export const tuningRules: readonly Rule[] = [tuningClassified];
