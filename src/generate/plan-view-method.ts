// The part of the plan view that shows the method's own choices: whether the plan is still a
// draft, where it stands on the six capability areas and the four architecture dimensions, the key
// modules' requirement types and the delivery risk register. A projection of the plan model into
// labels, like the rest of the view (plan-view.ts spreads it in).
import type { PlanModel } from '../domain/model/index.js';
import type { ScopeItem } from '../domain/model/capabilities.js';
import type { Translator } from '../i18n/index.js';
import { midSentence } from '../i18n/mid-sentence.js';
import type { LabelFn } from './types.js';

/** One capability area or architecture dimension in the documents. */
export interface ScopeItemView {
  id: string;
  label: string;
  /** The status id (`planned`), or null when the plan does not record it. */
  status: string | null;
  statusLabel: string;
  functions: string[];
  systems: string[];
  /** The functions, then the systems: what serves it, by name. */
  servedBy: string[];
  note: string | null;
}

/** One capability area, with its minimum requirements. */
export interface AreaView extends ScopeItemView {
  requirements: { id: string; label: string; met: boolean }[];
  /** How many requirements the plan covers, of how many. */
  met: number;
  total: number;
}

/** What the method's choices add to the plan view. */
export interface MethodView {
  /** Set while any field still holds `dxplan init`'s placeholder texts: the documents say "draft". */
  draft: { placeholders: number } | null;
  capabilities: {
    /** True when the plan records the areas or the dimensions: the section and picture appear then. */
    recorded: boolean;
    areas: AreaView[];
    dimensions: ScopeItemView[];
  };
  delivery: {
    keyModules: { id: string; name: string; typeLabel: string; owner: string | null }[];
    risks: {
      reviewLabel: string;
      register: { id: string; kindLabel: string; description: string; owner: string | null; mitigation: string | null; statusLabel: string; open: boolean }[];
    } | null;
  };
}

/** Projects an area or dimension: names of what serves it, its status in words. */
function scopeItem(item: ScopeItem<string>, group: string, label: LabelFn, t: Translator): ScopeItemView {
  return {
    id: item.id,
    label: label(`${group}.${item.id}`),
    status: item.status ?? null,
    statusLabel: item.status ? label(`scope_status.${item.status}`) : t('doc.capability.notRecorded'),
    functions: item.functions.map((f) => f.name),
    systems: item.systems.map((s) => s.name),
    servedBy: [...item.functions.map((f) => f.name), ...item.systems.map((s) => s.name)],
    note: item.note ?? null,
  };
}

/** The method's part of the view, from the plan model. */
export function methodView(plan: PlanModel, label: LabelFn, t: Translator): MethodView {
  const { capabilities, delivery } = plan;
  const placeholders = plan.state.placeholders.length;
  return {
    draft: placeholders > 0 ? { placeholders } : null,
    capabilities: {
      recorded: capabilities.recorded.areas || capabilities.recorded.dimensions,
      areas: capabilities.areas.map((a) => {
        const requirements = a.requirements.map((r) => ({ id: r.id, label: label(`area_requirement.${r.id}`), met: r.met }));
        return { ...scopeItem(a, 'capability_area', label, t), requirements, met: requirements.filter((r) => r.met).length, total: requirements.length };
      }),
      dimensions: capabilities.dimensions.map((d) => scopeItem(d, 'architecture_dimension', label, t)),
    },
    delivery: {
      keyModules: delivery.keyModules.map((m) => ({ id: m.functionId, name: m.fn?.name ?? m.functionId, typeLabel: label(`requirement_type.${m.type}`), owner: m.owner ?? null })),
      risks: delivery.risks
        ? {
            reviewLabel: midSentence(label(`risk_review.${delivery.risks.review}`), t.locale),
            register: delivery.risks.register.map((r) => ({
              id: r.id,
              kindLabel: label(`delivery_risk_kind.${r.kind}`),
              description: r.description,
              owner: r.owner?.trim() ? r.owner.trim() : null,
              mitigation: r.mitigation?.trim() ? r.mitigation.trim() : null,
              statusLabel: label(`risk_status.${r.status}`),
              open: r.status === 'open',
            })),
          }
        : null,
    },
  };
}
