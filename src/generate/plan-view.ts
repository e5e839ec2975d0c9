// The view every template renders: a thin projection of the plan model and its check report into
// localized labels. Nothing here is computed from the workspace again; templates only format it.
import { createHash } from 'node:crypto';
import { FOUR_LOOKS, KICKOFF_AUDIENCES, DELIVERY_DOCS, MODULE_DIMENSIONS, NORTH_STAR_CRITERIA } from '../domain/enums.js';
import type { FeatureRow as ModelRow, PlanModel, ScheduledPhase } from '../domain/model/index.js';
import type { FacetScore } from '../domain/scoring/index.js';
import type { Translator } from '../i18n/index.js';
import type { Locale } from '../shared/locale.js';
import type { CheckReport } from './check-report.js';
import { boardView, type BoardView } from './board-view.js';
import { gateText } from './gate-text.js';
import { methodView, type MethodView } from './plan-view-method.js';
import type { LabelFn } from './types.js';

/** A reference to a named entry. */
export interface Named {
  id: string;
  name: string;
}

/** A role acting in one cell, with what it does there. */
export interface RoleActivity extends Named {
  activity: string;
}

/** One row of the business feature table: a function serving a goal, and the roles acting there. */
export interface FeatureRow {
  goal: (Named & { phase: number }) | null;
  function: Named & { category: string; categoryLabel: string; module: string; moduleLabel: string; designMode: string | null; designModeLabel: string | null; description: string | null };
  roles: RoleActivity[];
  /** The roles and activities as one plain-text cell, one role per line (CSV). */
  rolesText: string;
}

/** A kickoff audience with its agenda. */
export interface KickoffView {
  id: string;
  label: string;
  planned: boolean;
  agenda: string[];
}

/** A roadmap sub-step and whether it is done, planned or still ahead. */
export interface SubstepView {
  id: string;
  label: string;
  status: 'done' | 'planned' | 'todo';
  statusLabel: string;
}

/** One data project of the spec sheet; labels resolved, unset values `null` or empty. */
export interface DataProjectView extends Named {
  scenario: string | null;
  dimensions: string[];
  definitions: { term: string; definition: string }[];
  specialCases: string[];
  accuracyLabel: string | null;
  financeLinked: boolean;
  levelLabel: string | null;
}

/** Everything the document templates can show. Optional values are `null`, never missing, for strict templates. */
export interface PlanView extends MethodView {
  generated: string;
  locale: string;
  plan: {
    name: string;
    organisation: string;
    industry: string;
    companySize: string;
    workshop: string | null;
    review: string | null;
    /** A short fingerprint of everything the documents say: the report's version, which changes with the plan. */
    version: string;
  };
  value: {
    parties: { id: string; label: string; persona: string | null; painPoints: string[]; statement: string; kind: string; measure: string }[];
    platformDimensions: { id: string; label: string; statement: string }[];
    keyResources: (Named & { type: string; typeLabel: string; description: string | null })[];
    principles: { id: string; label: string }[];
  };
  goals: (Named & { description: string | null; phase: number; functionCount: number })[];
  roles: (Named & { kind: string; kindLabel: string; responsibility: string | null })[];
  functions: FeatureRow['function'][];
  rows: FeatureRow[];
  /** The board (§3): goals across, functions down, roles and their activities at the crossings. */
  board: BoardView<FeatureRow['function']>;
  modules: { id: string; label: string; functions: Named[]; exemption: string | null }[];
  northStar: {
    criteria: { id: string; label: string }[];
    chosen: (Named & { definition: string | null; scores: { label: string; score: number }[]; total: number; weighted: number; max: number }) | null;
    best: Named | null;
    chosenIsBest: boolean;
    reason: string | null;
    candidates: (Named & { definition: string | null; scores: number[]; total: number; weighted: number; max: number; chosen: boolean; best: boolean })[];
    inputs: (Named & { kind: string | null; kindLabel: string | null; target: string | null; drives: string; drivesId: string })[];
    coldStart: { userGrowthTarget: number | null; by: string | null; effectiveUser: string | null; loyalUser: string | null; dataDimensions: string[] };
  };
  assessment: {
    model: string;
    assessedOn: string | null;
    overall: { current: number; target: number; max: number };
    /** The weakest facet, or every facet tied for weakest, joined. */
    weakest: string | null;
    weakestTied: boolean;
    /** The facet scores, with the facet's name and rubric texts always present and what backs them. */
    facets: (FacetScore & {
      name: string;
      currentLevel: string;
      targetLevel: string;
      notes: string | null;
      evidence: string[];
      recommendations: string[];
    })[];
    evidence: { id: string; title: string; source: string | null; facets: string[] }[];
    otherRecommendations: string[];
  };
  launch: {
    start: string | null;
    end: string | null;
    totalWeeks: number;
    phases: (ScheduledPhase & { label: string })[];
    owners: { role: string; name: string }[];
    kickoff: KickoffView[];
    documents: { id: string; label: string; included: boolean }[];
    training: { department: string; functions: string[]; rounds: number; exam: boolean; assignment: boolean }[];
    roadmap: { current: string; currentLabel: string; stages: { id: string; label: string; current: boolean; substeps: SubstepView[] }[] } | null;
    operations: { id: string; label: string; planned: boolean; gate: string; met: boolean; status: string; basis: string }[];
    fourLooks: { id: string; label: string; text: string | null }[];
    /** The data-project spec sheet (§11): what each project settles before it is built. */
    dataProjects: DataProjectView[];
  };
  /** The systems the platform has or plans, and how each is sourced (§6 system, §7). */
  systems: { id: string; name: string; kindLabel: string; integratesWith: string[]; choice: { label: string; reasons: string[]; note: string | null } | null }[];
  risks: { severity: string; severityLabel: string; rule: string; message: string; hint: string | null; location: string }[];
  /** The risks worded as advice for the client: what to do (the hint), then what in the plan shows it; errors first. */
  advice: { severity: string; priorityLabel: string; text: string; seen: string[] }[];
}

const orNull = (s: string | undefined | null): string | null => (s && s.trim() ? s : null);
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Projects the plan model and its check report (said in `locale`, the document language: the
 * workspace's, or what --lang asked for) into the view the templates render.
 */
export function buildPlanView(plan: PlanModel, report: CheckReport, label: LabelFn, t: Translator, locale: Locale): PlanView {
  const ws = plan.ws;
  const ba = plan.business.ba;

  const functions: FeatureRow['function'][] = ba.functions.map((f) => ({
    id: f.id,
    name: f.name,
    description: orNull(f.description),
    category: f.category,
    categoryLabel: label(`function_category.${f.category}`),
    module: f.module,
    moduleLabel: label(`module_dimension.${f.module}`),
    designMode: f.design_mode ?? null,
    designModeLabel: f.design_mode ? label(`design_mode.${f.design_mode}`) : null,
  }));
  const fnView = new Map(functions.map((f) => [f.id, f]));
  const rows = plan.business.rows.map((row) => featureRow(row, fnView, t));

  const vp = ws.valuePositioning;
  const parties: PlanView['value']['parties'] = (['demand_side', 'resource_side'] as const).map((id) => {
    const p = vp.parties[id];
    return {
      id,
      label: label(`party.${id}`),
      persona: orNull(p.persona),
      painPoints: p.pain_points,
      statement: p.core_value.statement,
      kind: label(`value_kind.${p.core_value.kind}`),
      measure: p.core_value.measure,
    };
  });
  const platform = vp.parties.platform_side;
  parties.push({
    id: 'platform_side',
    label: label('party.platform_side'),
    persona: null,
    painPoints: [],
    statement: platform.core_value.statement,
    kind: label(`platform_value_dimension.${platform.core_value.dimension}`),
    measure: platform.core_value.measure,
  });

  // North star: every candidate was scored once, in the plan model.
  const ns = plan.northStar;
  const candidates = ns.ns.candidates.map((c, i) => {
    const s = ns.scores.candidates[i]!;
    return {
      id: c.id,
      name: c.name,
      definition: orNull(c.definition),
      scores: NORTH_STAR_CRITERIA.map((k) => c.scores[k]),
      total: s.total,
      weighted: round1(s.weighted),
      max: round1(s.max),
      chosen: c.id === ns.ns.chosen,
      best: c.id === ns.scores.best,
    };
  });
  const chosen = candidates.find((c) => c.chosen);
  const best = candidates.find((c) => c.best);
  const criteria = NORTH_STAR_CRITERIA.map((id) => ({ id, label: label(`north_star_criterion.${id}`) }));

  // Assessment: every facet of the model in order (an unscored one at level 0); texts in the document's locale.
  const scores = plan.assessment.scores;
  const facetScores = new Map(scores.facets.map((f) => [f.id, f]));
  const facets = ws.model.facets.map((mf) => {
    const s = facetScores.get(mf.id);
    const current = s?.current ?? 0;
    const target = s?.target ?? current;
    const levelText = (n: number) => mf.levels[Math.min(Math.max(n, 0), mf.levels.length - 1)]![locale];
    return {
      id: mf.id,
      name: mf.name[locale],
      current,
      target,
      gap: s?.gap ?? 0,
      weight: s?.weight ?? mf.weight,
      max: s?.max ?? mf.levels.length - 1,
      currentLevel: levelText(current),
      targetLevel: levelText(target),
      notes: orNull(ws.assessment.facets[mf.id]?.notes),
      evidence: ws.assessment.evidence.filter((e) => e.facets.includes(mf.id)).map((e) => e.title),
      recommendations: report.recommendations.filter((r) => r.facet === mf.id).map((r) => r.text),
    };
  });
  const facetIds = new Set(ws.model.facets.map((f) => f.id));
  const facetName = new Map(facets.map((f) => [f.id, f.name]));
  const weakest = scores.weakest.map((id) => facetName.get(id)).filter((n): n is string => n !== undefined);

  // Launch plan: the schedule, the roadmap position and the gates, as the plan model derived them.
  const lp = ws.launchPlan;
  const launch = plan.launch;
  const phases = launch.schedule.map((p) => ({ ...p, label: label(`delivery_step.${p.id}`) }));
  const last = phases[phases.length - 1]!;
  const roadmap = launch.roadmap
    ? {
        current: launch.roadmap.stage,
        currentLabel: label(`roadmap_stage.${launch.roadmap.stage}`),
        stages: launch.roadmap.stages.map((stage) => ({
          id: stage.id,
          label: label(`roadmap_stage.${stage.id}`),
          current: stage.current,
          substeps: stage.substeps.map((x): SubstepView => ({ id: x.id, label: label(`roadmap_substep.${x.id}`), status: x.status, statusLabel: t(`doc.status.${x.status}`) })),
        })),
      }
    : null;

  const operations = launch.gates.map((g) => {
    const { gate, status } = gateText(g, label, t);
    return {
      id: g.stage,
      label: label(`ops_stage.${g.stage}`),
      planned: g.planned,
      gate,
      met: g.met,
      status,
      basis: g.basis,
    };
  });

  const owners = (['sponsor', 'project_lead', 'business_lead'] as const).flatMap((k) => {
    const name = orNull(lp.owners[k]);
    return name ? [{ role: t(`doc.owner.${k}`), name }] : [];
  });
  const missing = plan.state.missing;

  const view: PlanView = {
    ...methodView(plan, label, t),
    generated: t('doc.generated'),
    locale,
    plan: {
      name: ws.manifest.name,
      organisation: ws.manifest.organisation,
      industry: label(`industry.${ws.manifest.industry}`),
      companySize: label(`company_size.${ws.manifest.company_size}`),
      workshop: ws.manifest.dates?.workshop ?? null,
      review: ws.manifest.dates?.review ?? null,
      version: '',
    },
    value: {
      parties,
      platformDimensions: platform.value_dimensions.map((d) => ({ id: d.dimension, label: label(`platform_value_dimension.${d.dimension}`), statement: d.statement })),
      keyResources: vp.key_resources.map((r) => ({ id: r.id, name: r.name, type: r.type, typeLabel: label(`resource_type.${r.type}`), description: orNull(r.description) })),
      principles: vp.principles.map((p) => ({ id: p, label: label(`principle.${p}`) })),
    },
    goals: ba.goals.map((g) => ({
      id: g.id,
      name: g.name,
      description: orNull(g.description),
      phase: g.phase,
      functionCount: plan.business.functionCountByGoal.get(g.id) ?? 0,
    })),
    roles: ba.roles.map((r) => ({ id: r.id, name: r.name, kind: r.kind, kindLabel: label(`role_kind.${r.kind}`), responsibility: orNull(r.responsibility) })),
    functions,
    rows,
    board: boardView(plan, fnView),
    modules: MODULE_DIMENSIONS.map((m) => ({
      id: m,
      label: label(`module_dimension.${m}`),
      functions: ba.functions.filter((f) => f.module === m).map((f) => ({ id: f.id, name: f.name })),
      exemption: orNull(ba.module_exemptions?.[m]),
    })),
    northStar: {
      criteria,
      chosen: chosen
        ? {
            id: chosen.id,
            name: chosen.name,
            definition: chosen.definition,
            scores: criteria.map((c, i) => ({ label: c.label, score: chosen.scores[i]! })),
            total: chosen.total,
            weighted: chosen.weighted,
            max: chosen.max,
          }
        : null,
      best: best ? { id: best.id, name: best.name } : null,
      chosenIsBest: Boolean(chosen && best && chosen.id === best.id),
      reason: orNull(ns.ns.reason),
      candidates,
      inputs: ns.ns.inputs.map((i) => ({
        id: i.id,
        name: i.name,
        kind: i.kind ?? null,
        kindLabel: i.kind ? label(`input_kind.${i.kind}`) : null,
        target: orNull(i.target),
        drives: candidates.find((c) => c.id === i.drives)?.name ?? i.drives,
        drivesId: i.drives,
      })),
      coldStart: {
        userGrowthTarget: ns.ns.cold_start.user_growth_target ?? null,
        by: ns.ns.cold_start.by ?? null,
        effectiveUser: orNull(ns.ns.cold_start.effective_user),
        loyalUser: orNull(ns.ns.cold_start.loyal_user),
        dataDimensions: ns.ns.cold_start.data_dimensions,
      },
    },
    assessment: {
      model: ws.model.name[locale],
      assessedOn: ws.assessment.assessed_on ?? null,
      overall: { current: round1(scores.overall.current), target: round1(scores.overall.target), max: scores.overall.max },
      weakest: weakest.length ? weakest.join(t('doc.listSeparator')) : null,
      weakestTied: weakest.length > 1,
      facets,
      evidence: ws.assessment.evidence.map((e) => ({ id: e.id, title: e.title, source: orNull(e.source), facets: e.facets.map((f) => facetName.get(f) ?? f) })),
      otherRecommendations: report.recommendations.filter((r) => !r.facet || !facetIds.has(r.facet)).map((r) => r.text),
    },
    launch: {
      start: lp.start ?? null,
      end: last.end,
      totalWeeks: last.toWeek,
      phases,
      owners,
      kickoff: KICKOFF_AUDIENCES.map((id) => ({
        id,
        label: label(`kickoff_audience.${id}`),
        planned: !missing.kickoffAudiences.includes(id),
        agenda: [t(`doc.kickoff.${id}.1`), t(`doc.kickoff.${id}.2`), t(`doc.kickoff.${id}.3`)],
      })),
      documents: DELIVERY_DOCS.map((id) => ({ id, label: label(`delivery_doc.${id}`), included: !missing.documents.includes(id) })),
      training: lp.training.map((tr) => ({
        department: tr.department,
        functions: tr.functions.map((f) => plan.business.functionById.get(f)?.name ?? f),
        rounds: tr.rounds,
        exam: tr.exam,
        assignment: tr.assignment,
      })),
      roadmap,
      operations,
      fourLooks: FOUR_LOOKS.map((id) => ({ id, label: label(`four_looks.${id}`), text: orNull(lp.four_looks?.[id]) })),
      dataProjects: (lp.data_projects ?? []).map((p) => ({
        id: p.id,
        name: p.name,
        scenario: orNull(p.scenario),
        dimensions: p.dimensions,
        definitions: Object.entries(p.definitions).map(([term, definition]) => ({ term, definition })),
        specialCases: p.special_cases,
        accuracyLabel: p.accuracy ? label(`accuracy.${p.accuracy}`) : null,
        financeLinked: p.finance_linked,
        levelLabel: p.level ? label(`data_level.${p.level}`) : null,
      })),
    },
    systems: (ba.systems ?? []).map((sys) => ({
      id: sys.id,
      name: sys.name,
      kindLabel: label(`system_kind.${sys.kind}`),
      // Either side may list the other: show the link on both.
      integratesWith: (ba.systems ?? []).filter((o) => o.id !== sys.id && (sys.integrates_with.includes(o.id) || o.integrates_with.includes(sys.id))).map((o) => o.name),
      choice: sys.choice
        ? { label: label(`system_choice.${sys.choice.type}`), reasons: sys.choice.reasons.map((r) => label(`system_choice_reason.${r}`)), note: orNull(sys.choice.note) }
        : null,
    })),
    risks: report.findings
      .filter((p) => p.severity === 'error' || p.severity === 'warning')
      .map((p) => ({
        severity: p.severity,
        severityLabel: label(`severity.${p.severity}`),
        rule: p.rule,
        message: p.message,
        hint: orNull(p.hint),
        location: `${p.file}${p.line ? `:${p.line}:${p.col ?? 1}` : ''}`,
      })),
    advice: [],
  };
  view.advice = adviceOf(view.risks, t);
  // Everything above, hashed: two builds of the same plan carry the same version, any change a new one.
  view.plan.version = createHash('sha256').update(JSON.stringify(view)).digest('hex').slice(0, 8);
  return view;
}

/** The risks as advice: one entry per distinct hint (its findings listed under it), errors before warnings. */
function adviceOf(risks: PlanView['risks'], t: Translator): PlanView['advice'] {
  const groups = new Map<string, PlanView['advice'][number]>();
  for (const severity of ['error', 'warning']) {
    for (const r of risks.filter((x) => x.severity === severity)) {
      const key = `${severity}\u0000${r.hint ?? r.message}`;
      const group = groups.get(key) ?? { severity, priorityLabel: t(severity === 'error' ? 'doc.advice.priority.error' : 'doc.advice.priority.warning'), text: r.hint ?? r.message, seen: [] };
      if (r.hint) group.seen.push(r.message);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

/** A row of the model's feature table, with the function's labels and the roles' names. */
function featureRow(row: ModelRow, fnView: Map<string, FeatureRow['function']>, t: Translator): FeatureRow {
  const roles = row.roles.map((r) => ({ id: r.id, name: r.role?.name ?? r.id, activity: r.activity }));
  return {
    goal: row.goal ? { id: row.goal.id, name: row.goal.name, phase: row.goal.phase } : null,
    function: fnView.get(row.fn.id)!,
    roles,
    rolesText: roles.map((r) => t('doc.roleActivity', { role: r.name, activity: r.activity })).join('\n'),
  };
}
