// The tables of each canvas as data (a title, headings, rows of plain-text cells), built from the
// plan model: the one builder behind `dxplan show` and the interview's summary after each canvas.
// text-table.ts renders them; a document could render the same data as Markdown.
import type { CanvasId } from '../domain/canvas-ids.js';
import { NORTH_STAR_CRITERIA } from '../domain/enums.js';
import type { Board, PlanParts } from '../domain/model/index.js';
import type { Translator } from '../i18n/index.js';
import type { Locale } from '../shared/locale.js';
import { gateText } from './gate-text.js';
import type { LabelFn } from './types.js';

/** A table to show: a title, column headings and rows of plain text (a cell may hold line breaks). */
export interface TextTable {
  title: string;
  head: string[];
  rows: string[][];
}

/** What the tables are said with. */
export interface TableText {
  t: Translator;
  label: LabelFn;
  locale: Locale;
}

/** A score without trailing zeros (7, 6.5, 3.33). */
const num = (n: number): string => String(Math.round(n * 100) / 100);

/** The tables of one canvas; a part of the plan that is not there (mid-interview) gives no table. */
export function canvasTables(canvas: CanvasId, parts: PlanParts, text: TableText): TextTable[] {
  switch (canvas) {
    case 'value-positioning':
      return valueTables(parts, text);
    case 'business-architecture':
      return parts.business ? [featureTable(parts, text)] : [];
    case 'north-star':
      return northStarTables(parts, text);
    case 'assessment':
      return assessmentTables(parts, text);
    case 'launch-plan':
      return launchTables(parts, text);
  }
}

function valueTables({ valuePositioning: vp }: PlanParts, { t, label }: TableText): TextTable[] {
  if (!vp) return [];
  const { demand_side: demand, resource_side: resource, platform_side: platform } = vp.parties;
  return [
    {
      title: t('doc.value.title'),
      head: [t('doc.col.party'), t('doc.value.persona'), t('doc.value.coreValue'), t('doc.value.kind'), t('doc.value.measure')],
      rows: [
        [label('party.demand_side'), demand.persona ?? '', demand.core_value.statement, label(`value_kind.${demand.core_value.kind}`), demand.core_value.measure],
        [label('party.resource_side'), resource.persona ?? '', resource.core_value.statement, label(`value_kind.${resource.core_value.kind}`), resource.core_value.measure],
        [label('party.platform_side'), '', platform.core_value.statement, label(`platform_value_dimension.${platform.core_value.dimension}`), platform.core_value.measure],
      ],
    },
    {
      title: t('doc.value.platformDimensions'),
      head: [t('doc.col.kind'), t('doc.col.description')],
      rows: platform.value_dimensions.map((d) => [label(`platform_value_dimension.${d.dimension}`), d.statement]),
    },
    {
      title: t('doc.value.keyResources'),
      head: [t('doc.col.resource'), t('doc.col.kind'), t('doc.col.description')],
      rows: vp.key_resources.map((r) => [r.name, label(`resource_type.${r.type}`), r.description ?? '']),
    },
  ];
}

/** The business feature table: one row per goal and function, with the roles acting there. */
export function featureTable({ business }: PlanParts, { t, label }: TableText): TextTable {
  return {
    title: t('doc.featureTable.title'),
    head: [t('doc.col.goal'), t('doc.col.function'), t('doc.col.category'), t('doc.col.module'), t('doc.col.rolesActivities')],
    rows: (business?.rows ?? []).map((r) => [
      r.goal?.name ?? t('doc.featureTable.noGoal'),
      r.fn.name,
      label(`function_category.${r.fn.category}`),
      label(`module_dimension.${r.fn.module}`),
      r.roles.map((x) => t('doc.roleActivity', { role: x.role?.name ?? x.id, activity: x.activity })).join('\n'),
    ]),
  };
}

/** The board: goals across, functions down, the roles and their activities at each crossing. */
export function boardTable(board: Board, { t }: TableText): TextTable {
  return {
    title: t('doc.board.title'),
    head: [t('doc.col.function'), ...board.goals.map((g) => g.name)],
    rows: board.rows.map(({ fn, cells }) => {
      const row = [fn.name, ...board.goals.map(() => '')];
      for (const cell of cells) row[cell.column + 1] = cell.roles.map((x) => t('doc.roleActivity', { role: x.role?.name ?? x.id, activity: x.activity })).join('\n');
      return row;
    }),
  };
}

function northStarTables({ northStar }: PlanParts, { t, label }: TableText): TextTable[] {
  if (!northStar) return [];
  const { ns, scores } = northStar;
  const cold = ns.cold_start;
  return [
    {
      title: t('doc.northStar.candidates'),
      head: [t('doc.col.candidate'), ...NORTH_STAR_CRITERIA.map((c) => label(`north_star_criterion.${c}`)), t('doc.col.total'), ''],
      rows: ns.candidates.map((c, i) => {
        const s = scores.candidates[i]!;
        const marks = [c.id === ns.chosen ? t('doc.northStar.chosenMark') : '', c.id === scores.best ? t('doc.northStar.bestMark') : ''].filter(Boolean);
        return [`${c.id === ns.chosen ? '★ ' : ''}${c.name}`, ...NORTH_STAR_CRITERIA.map((k) => String(c.scores[k])), `${num(s.weighted)}/${num(s.max)}`, marks.join(t('doc.listSeparator'))];
      }),
    },
    {
      title: t('doc.northStar.inputs'),
      head: [t('doc.col.input'), t('doc.col.kind'), t('doc.col.target'), t('doc.col.drives')],
      rows: ns.inputs.map((i) => [i.name, i.kind ? label(`input_kind.${i.kind}`) : '', i.target ?? '', ns.candidates.find((c) => c.id === i.drives)?.name ?? i.drives]),
    },
    {
      title: t('doc.northStar.coldStart'),
      head: [t('doc.northStar.userGrowthTarget'), t('doc.northStar.effectiveUser'), t('doc.northStar.loyalUser'), t('doc.northStar.dataDimensions')],
      rows: [[[cold.user_growth_target ?? '', cold.by ?? ''].filter((x) => x !== '').join('\n'), cold.effective_user ?? '', cold.loyal_user ?? '', cold.data_dimensions.join('\n')]],
    },
  ];
}

function assessmentTables({ assessment }: PlanParts, { t, locale }: TableText): TextTable[] {
  if (!assessment) return [];
  const scored = new Map(assessment.scores.facets.map((f) => [f.id, f]));
  return [
    {
      title: `${t('doc.assessment.title')}${t('doc.colon')}${assessment.model.name[locale]}`,
      head: [t('doc.col.facet'), t('doc.assessment.current'), t('doc.assessment.target'), t('doc.assessment.gap'), t('doc.col.weight'), t('doc.assessment.notes')],
      rows: assessment.model.facets.map((f) => {
        const s = scored.get(f.id);
        const notes = assessment.assessment.facets[f.id]?.notes ?? '';
        return s
          ? [f.name[locale], `${s.current} / ${s.max}`, `${s.target} / ${s.max}`, String(s.gap), num(s.weight), notes]
          : [f.name[locale], '', '', '', num(f.weight), notes];
      }),
    },
  ];
}

function launchTables({ launch, business }: PlanParts, { t, label }: TableText): TextTable[] {
  if (!launch) return [];
  const tables: TextTable[] = [
    {
      title: t('doc.launch.phases'),
      head: ['#', t('doc.col.phase'), t('doc.col.weeks'), t('doc.col.start'), t('doc.col.end'), t('doc.col.owner')],
      rows: launch.schedule.map((p, i) => [
        String(i + 1),
        label(`delivery_step.${p.id}`),
        String(p.weeks),
        p.start ?? t('doc.launch.week', { week: p.fromWeek }),
        p.end ?? t('doc.launch.week', { week: p.toWeek }),
        p.owner ?? '',
      ]),
    },
  ];
  if (launch.gates.length > 0) {
    tables.push({
      title: t('doc.launch.operations'),
      head: [t('doc.col.stage'), t('doc.col.planned'), t('doc.col.gate'), t('doc.col.status')],
      rows: launch.gates.map((g) => {
        const { gate, status } = gateText(g, label, t);
        return [label(`ops_stage.${g.stage}`), t(g.planned ? 'doc.yes' : 'doc.no'), gate, `${g.met ? '✔' : '✖'} ${status}`];
      }),
    });
  }
  tables.push({
    title: t('doc.launch.training'),
    head: [t('doc.col.department'), t('doc.col.functions'), t('doc.col.rounds'), t('doc.col.exam'), t('doc.col.assignment')],
    rows: launch.lp.training.map((tr) => [
      tr.department,
      tr.functions.map((f) => business?.functionById.get(f)?.name ?? f).join('\n'),
      String(tr.rounds),
      t(tr.exam ? 'doc.yes' : 'doc.no'),
      t(tr.assignment ? 'doc.yes' : 'doc.no'),
    ]),
  });
  return tables;
}
