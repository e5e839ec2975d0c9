// The table shown when a canvas is done: what was just entered, in the user's language, so the
// room can read it off the projector before moving on.
import Table from 'cli-table3';
import { terminalSafeDeep } from '../generate/escape/terminal.js';
import type { CanvasId } from '../domain/canvas-ids.js';
import { NORTH_STAR_CRITERIA, type Locale } from '../domain/enums.js';
import type { GlossaryLookup } from '../domain/glossary.js';
import type { AssessmentModel } from '../domain/schemas/assessment-model.js';
import { schedulePhases } from '../generate/launch-schedule.js';
import { textWidth } from '../generate/text-width.js';
import type { LaunchPlan } from '../domain/schemas/launch-plan.js';
import type { Translator } from '../i18n/index.js';
import { asList, asRecord } from './flow-kit.js';
import { rankCandidates } from './flows/north-star.js';

/** What the summaries need besides the canvas data. */
export interface SummaryContext {
  t: Translator;
  locale: Locale;
  glossary: GlossaryLookup;
  model?: AssessmentModel;
  /** North-star criterion weights from dxplan.yaml (equal when unset). */
  northStarWeights?: Record<string, number>;
  /** The other canvases, for names behind ids (roles of cells, functions of training). */
  others: Partial<Record<CanvasId, Record<string, unknown>>>;
}

/** A table ready to print. */
interface TableSpec {
  head: string[];
  rows: string[][];
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** Renders tables without colour codes, so they read the same on a projector, in a log or a file. */
function render(tables: TableSpec[]): string {
  return tables
    .filter((spec) => spec.rows.length > 0)
    .map((spec) => {
      // Cells are the user's answers: line breaks kept, control characters shown, never obeyed.
      const safe = terminalSafeDeep(spec, { multiline: true });
      const table = new Table({ head: safe.head, style: { head: [], border: [] }, wordWrap: true, colWidths: widths(safe) });
      table.push(...safe.rows);
      return table.toString();
    })
    .join('\n');
}

/** Column widths that keep a table within about 150 columns (the projector terminal) by wrapping long text. */
function widths(spec: TableSpec): (number | null)[] {
  const max = 150;
  const natural = spec.head.map((h, i) => Math.max(textWidth(h), ...spec.rows.flatMap((r) => (r[i] ?? '').split('\n').map(textWidth))) + 2);
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= max) return natural.map(() => null);
  const share = Math.floor(max / natural.length);
  return natural.map((w) => Math.max(8, Math.min(w, share * 2)));
}

/** The summary table(s) of one canvas. */
export function summarize(canvas: CanvasId, data: Record<string, unknown>, ctx: SummaryContext): string {
  const { t, locale, glossary } = ctx;
  const label = (group: string, value: unknown) => (value === undefined ? '' : glossary.label(`${group}.${text(value)}`, locale));
  switch (canvas) {
    case 'value-positioning': {
      const parties = asRecord(data.parties);
      const rows = (['demand_side', 'resource_side'] as const).map((party) => {
        const p = asRecord(parties[party]);
        const core = asRecord(p.core_value);
        return [label('party', party), text(p.persona), `${text(core.statement)}\n(${label('value_kind', core.kind)})`, text(core.measure)];
      });
      const platform = asRecord(parties.platform_side);
      const core = asRecord(platform.core_value);
      rows.push([label('party', 'platform_side'), asList(platform.value_dimensions).map((d) => label('platform_value_dimension', asRecord(d).dimension)).join('\n'), `${text(core.statement)}\n(${label('platform_value_dimension', core.dimension)})`, text(core.measure)]);
      const resources = asList(data.key_resources).map((r) => [text(asRecord(r).name), label('resource_type', asRecord(r).type), text(asRecord(r).description)]);
      return render([
        { head: [t('iv.sum.party'), t('iv.sum.persona'), t('iv.sum.coreValue'), t('iv.sum.measure')], rows },
        { head: [t('iv.sum.resource'), t('iv.sum.type'), t('iv.sum.description')], rows: resources },
      ]);
    }
    case 'business-architecture': {
      const goals = new Map(asList(data.goals).map((g) => [asRecord(g).id, text(asRecord(g).name)]));
      const roles = new Map(asList(data.roles).map((r) => [asRecord(r).id, text(asRecord(r).name)]));
      const cells = asList(data.cells).map(asRecord);
      const rows: string[][] = [];
      for (const f of asList(data.functions).map(asRecord)) {
        for (const goal of asList(f.goals)) {
          const cell = cells.find((c) => c.goal === goal && c.function === f.id);
          const acting = asList(cell?.roles)
            .map(asRecord)
            .map((r) => `${roles.get(r.role) ?? text(r.role)}: ${text(r.activity)}`)
            .join('\n');
          rows.push([goals.get(goal) ?? text(goal), text(f.name), label('function_category', f.category), label('module_dimension', f.module), acting]);
        }
      }
      rows.sort((a, b) => [...goals.values()].indexOf(a[0]!) - [...goals.values()].indexOf(b[0]!));
      return render([{ head: [t('iv.sum.goal'), t('iv.sum.function'), t('iv.sum.category'), t('iv.sum.module'), t('iv.sum.roles')], rows }]);
    }
    case 'north-star': {
      const chosen = data.chosen;
      const byId = new Map(asList(data.candidates).map((c) => [asRecord(c).id, asRecord(c)]));
      const rows = rankCandidates(data, ctx.northStarWeights).map((c) => {
        const scores = asRecord(byId.get(c.id)?.scores);
        return [`${c.id === chosen ? '★ ' : ''}${c.name}`, ...NORTH_STAR_CRITERIA.map((k) => text(scores[k])), `${c.weighted}/${c.max}`];
      });
      const inputs = asList(data.inputs).map((i) => [text(asRecord(i).name), label('input_kind', asRecord(i).kind), text(asRecord(i).target)]);
      const cold = asRecord(data.cold_start);
      const coldRows = [
        [t('iv.sum.growthTarget'), `${text(cold.user_growth_target)}${cold.by ? ` (${text(cold.by)})` : ''}`],
        [glossary.label('term.effective_user', locale), text(cold.effective_user)],
        [glossary.label('term.loyal_user', locale), text(cold.loyal_user)],
        [t('iv.sum.dataDimensions'), asList(cold.data_dimensions).map(text).join('\n')],
      ];
      return render([
        { head: [t('iv.sum.candidate'), ...NORTH_STAR_CRITERIA.map((k) => label('north_star_criterion', k)), t('iv.sum.total')], rows },
        { head: [t('iv.sum.input'), t('iv.sum.kind'), t('iv.sum.target')], rows: inputs },
        { head: [glossary.label('term.cold_start', locale), ''], rows: coldRows },
      ]);
    }
    case 'assessment': {
      const facets = asRecord(data.facets);
      const rows = (ctx.model?.facets ?? []).map((f) => {
        const s = asRecord(facets[f.id]);
        const gap = typeof s.current === 'number' && typeof s.target === 'number' ? String(s.target - s.current) : '';
        return [f.name[locale], text(s.current), text(s.target), gap, text(s.notes)];
      });
      return render([{ head: [t('iv.sum.facet'), t('iv.sum.current'), t('iv.sum.target'), t('iv.sum.gap'), t('iv.sum.notes')], rows }]);
    }
    case 'launch-plan': {
      // The same schedule the generated launch plan uses; a partial canvas has only its valid weeks read.
      const phases = Object.fromEntries(
        Object.entries(asRecord(data.phases)).map(([step, p]) => {
          const { weeks, owner } = asRecord(p);
          return [step, { weeks: typeof weeks === 'number' ? weeks : undefined, owner: typeof owner === 'string' ? owner : undefined }];
        }),
      );
      const schedule = schedulePhases({ start: typeof data.start === 'string' ? data.start : undefined, phases } as unknown as LaunchPlan);
      const rows = schedule.map((p) => [label('delivery_step', p.id), String(p.weeks), p.start ?? '', p.end ?? '', p.owner ?? '']);
      const functions = new Map(asList(ctx.others['business-architecture']?.functions).map((f) => [asRecord(f).id, text(asRecord(f).name)]));
      const training = asList(data.training).map((row) => {
        const r = asRecord(row);
        return [text(r.department), asList(r.functions).map((f) => functions.get(f) ?? text(f)).join('\n'), text(r.rounds ?? 1), r.exam === true ? t('iv.yes') : t('iv.no'), r.assignment === true ? t('iv.yes') : t('iv.no')];
      });
      return render([
        { head: [t('iv.sum.phase'), t('iv.sum.weeks'), t('iv.sum.from'), t('iv.sum.to'), t('iv.sum.owner')], rows },
        { head: [t('iv.sum.department'), t('iv.sum.functions'), t('iv.sum.rounds'), t('iv.sum.exam'), t('iv.sum.assignment')], rows: training },
      ]);
    }
  }
}
