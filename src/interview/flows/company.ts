// The company, asked up front: its industry and its size (dxplan.yaml). They drive the advice —
// the industry the entry point (§6 brain), the size standard SaaS versus custom systems (§6
// system) — so they are asked before the canvases, not left at the starter file's guess.
import { COMPANY_SIZES, INDUSTRIES } from '../../domain/enums.js';
import type { Translator } from '../../i18n/index.js';
import type { QuestionBook } from '../definitions.js';
import { askEnum, type Flow } from '../flow-kit.js';

/** The company questions' words: from the message catalogue (dxplan.yaml has no canvas definition). */
export function companyBook(t: Translator): QuestionBook {
  return {
    title: t('iv.company.title'),
    intro: t('iv.company.intro'),
    q: (id) => {
      const key = id === 'industry' ? 'industry' : 'company_size';
      return { message: t(`iv.company.${key}`), help: { why: t(`iv.company.${key}.why`) } };
    },
  };
}

/** The company flow: one step, industry and size. */
export const companyFlow: Flow = (ctx) => [
  {
    id: 'company',
    title: ctx.t('iv.company.title'),
    run: async () => {
      await askEnum(ctx, { id: 'industry', key: ['company', 'industry'], path: ['industry'], group: 'industry', values: INDUSTRIES });
      await askEnum(ctx, { id: 'company_size', key: ['company', 'company_size'], path: ['company_size'], group: 'company_size', values: COMPANY_SIZES });
    },
  },
];
