// Recommendations that follow from the methodology, each tied to the facet or rule that raised it.
import type { Recommendation } from '../check-report.js';
import { ALL_ROADMAP_SUBSTEPS, type Locale } from '../enums.js';
import type { GlossaryLookup } from '../glossary.js';
import type { Workspace } from '../workspace.js';
import type { MessageKey, Translator } from '../../i18n/index.js';
import { stageOfSubstep } from '../rules/roadmap.js';
import { midSentence } from '../rules/mid-sentence.js';

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
const SIZE_ADVICE: Record<Workspace['manifest']['company_size'], MessageKey> = {
  small: 'check.rec.system.small',
  medium: 'check.rec.system.medium',
  large: 'check.rec.system.large',
};

/** The built-in diamond's advice made specific to this company, where the methodology is specific. */
function specialise(ws: Workspace, facet: string, rec: string, t: Translator, glossary: GlossaryLookup, locale: Locale): string | undefined {
  if (ws.model.id !== 'diamond') return undefined;
  const industry = midSentence(glossary.label(`industry.${ws.manifest.industry}`, locale), locale);
  if (facet === 'system' && rec === 'fit_to_size') return t(SIZE_ADVICE[ws.manifest.company_size]);
  if (facet === 'brain' && rec === 'industry_entry') {
    const key = ENTRY_INDUSTRIES[ws.manifest.industry];
    return key ? t(key, { industry }) : undefined;
  }
  return undefined;
}

/**
 * Advice of the assessment model for each facet short of its target. A recommendation's `below` is
 * the level it leads to: it is raised while the current level is below that, and only when that level
 * is within the target, so a team is not told to go further than it has decided to go. A facet
 * already at its target gets none.
 */
function modelRecommendations(ws: Workspace, t: Translator, glossary: GlossaryLookup, locale: Locale): Recommendation[] {
  const out: Recommendation[] = [];
  for (const facet of ws.model.facets) {
    const score = ws.assessment.facets[facet.id];
    if (!score || score.current >= score.target) continue;
    const raised = facet.recommendations
      .filter((r) => score.current < r.below && r.below <= score.target)
      .sort((a, b) => a.below - b.below);
    for (const r of raised) {
      out.push({ id: `${facet.id}/${r.id}`, facet: facet.id, text: specialise(ws, facet.id, r.id, t, glossary, locale) ?? r.text[locale] });
    }
  }
  return out;
}

/** The next roadmap step: the first planned step not done, else the first step of the roadmap not done. */
function nextRoadmapStep(ws: Workspace, t: Translator, glossary: GlossaryLookup, locale: Locale): Recommendation[] {
  const roadmap = ws.launchPlan.roadmap;
  if (!roadmap) return [];
  const done = new Set<string>(roadmap.done);
  const next = roadmap.planned.find((s) => !done.has(s)) ?? ALL_ROADMAP_SUBSTEPS.find((s) => !done.has(s));
  if (!next) return [];
  const stage = stageOfSubstep(next);
  return [
    {
      id: 'roadmap/next-step',
      rule: 'roadmap/order',
      text: t('check.rec.nextStep', {
        step: glossary.label(`roadmap_substep.${next}`, locale),
        stage: glossary.label(`roadmap_stage.${stage}`, locale),
        why: t(`check.rec.nextStep.${stage}`),
      }),
    },
  ];
}

/** Every recommendation for `ws`, in model facet order, then the roadmap. */
export function recommend(ws: Workspace, t: Translator, glossary: GlossaryLookup, locale: Locale): Recommendation[] {
  return [...modelRecommendations(ws, t, glossary, locale), ...nextRoadmapStep(ws, t, glossary, locale)];
}
