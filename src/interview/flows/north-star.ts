// North star (methodology §5): candidate metrics scored 0-2 on the four criteria (one line of
// four numbers), one chosen (the best scored is suggested; another needs a reason), its input
// metrics and the cold-start goals.
import { INPUT_KINDS, NORTH_STAR_CRITERIA, type NorthStarCriterion } from '../../domain/enums.js';
import {
  answerKey,
  asList,
  asRecord,
  askEnum,
  askNameAndId,
  askNumber,
  askNumbers,
  askText,
  editItems,
  question,
  savedAt,
  type Flow,
  type FlowContext,
  type Section,
} from '../flow-kit.js';
import { isExampleItem, isPlaceholderText } from '../placeholder.js';
import { scoreNorthStar, type CandidateScore } from '../../domain/scoring/north-star.js';

/**
 * The candidates of a (possibly partial) north-star canvas, scored by the same function as
 * `dxplan check` (the workspace's weights; a score not given yet counts 0), best first, ties by id.
 */
export function rankCandidates(data: Record<string, unknown>, weights?: Record<string, number>): CandidateScore[] {
  const candidates = asList(data.candidates)
    .map(asRecord)
    .filter((c) => typeof c.id === 'string')
    .map((c) => {
      const scores = asRecord(c.scores);
      const score = (k: string) => (typeof scores[k] === 'number' ? (scores[k] as number) : 0);
      return { id: String(c.id), name: String(c.name ?? c.id), scores: Object.fromEntries(NORTH_STAR_CRITERIA.map((k) => [k, score(k)])) as Record<NorthStarCriterion, number> };
    });
  const { candidates: scored } = scoreNorthStar({ candidates }, weights);
  return scored.sort((a, b) => b.weighted - a.weighted || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The north-star flow. */
export const northStarFlow: Flow = (ctx) => {
  const { t } = ctx;
  const listItems = (list: string) => () => [
    ...asList(ctx.session.get([list]))
      .map(asRecord)
      .filter((c) => typeof c.id === 'string' && !isExampleItem(c))
      .map((c) => ({ id: String(c.id), label: String(c.name ?? c.id) })),
    { id: '+new', label: t('iv.menu.addNew') },
  ];
  const sections: Section[] = [
    { id: 'candidates', title: t('iv.ns.step.candidates'), items: listItems('candidates'), run: (item) => candidates(ctx, item) },
    { id: 'choice', title: t('iv.ns.step.choice'), run: () => choice(ctx) },
    { id: 'inputs', title: t('iv.ns.step.inputs'), items: listItems('inputs'), run: (item) => inputs(ctx, item) },
    { id: 'cold_start', title: t('iv.ns.step.coldStart'), run: () => coldStart(ctx) },
  ];
  return sections;
};

/** The candidates: name, how it is counted, and the four scores in one line. */
async function candidates(ctx: FlowContext, only?: string): Promise<void> {
  const { t, session } = ctx;
  await editItems(ctx, {
    listPath: ['candidates'],
    key: answerKey(ctx, 'candidates'),
    label: (item) => String(item.name ?? item.id ?? ''),
    exampleLabel: t('iv.ns.exampleCandidate'),
    nextMessage: (count) => ({ ...question(ctx, 'candidate_name'), message: t(count === 0 ? 'iv.ns.nextCandidate' : 'iv.ns.nextAnotherCandidate') }),
    min: 1,
    only,
    itemProgress: (n) => t('iv.ns.candidateN', { n }),
    ask: async (index, key, isNew, given, fillIn) => {
      const c = await askNameAndId(ctx, {
        listPath: ['candidates'],
        index,
        key,
        isNew,
        given,
        fillIn,
        nameQuestion: 'candidate_name',
        prefix: 'metric',
        onRename: (from, to) =>
          session.edit((doc) => {
            if (doc.getIn(['chosen']) === from) doc.setIn(['chosen'], to);
            asList(session.get(['inputs'])).forEach((input, i) => {
              if (asRecord(input).drives === from) doc.setIn(['inputs', i, 'drives'], to);
            });
          }),
      });
      if (!c) return false;
      const path = ['candidates', c.index];
      await askText(ctx, { id: 'candidate_definition', key: [...key, 'definition'], path: [...path, 'definition'], context: c.name });
      const criteria = NORTH_STAR_CRITERIA.map((k, i) => `${i + 1}. ${ctx.glossary.label(`north_star_criterion.${k}`, ctx.locale)}`).join('  ');
      await askNumbers(ctx, {
        ...question(ctx, 'candidate_scores', { criteria }),
        key: [...key, 'scores_line'],
        context: c.name,
        fields: NORTH_STAR_CRITERIA.map((k) => ({ key: [...key, 'scores', k], path: [...path, 'scores', k], ...question(ctx, `score_${k}`), validate: ctx.v.integer(0, 2) })),
      });
    },
  });
}

/** The choice: show the ranking, suggest the best, and ask for a reason when another is chosen. */
async function choice(ctx: FlowContext): Promise<void> {
  const { t, session, prompter } = ctx;
  const ranked = rankCandidates(session.data(), ctx.northStarWeights);
  if (ranked.length === 0) return;
  prompter.say(t('iv.ns.ranking'));
  for (const c of ranked) prompter.say(`  ${c.weighted}/${c.max}  ${c.name}`);
  const best = ranked[0]!;
  const chosenQ = question(ctx, 'chosen');
  const saved = session.get(['chosen']);
  const chosen = await prompter.select({
    key: answerKey(ctx, 'chosen'),
    message: chosenQ.message,
    help: chosenQ.help,
    choices: ranked.map((c) => ({ value: c.id, name: `${c.name} (${c.weighted}/${c.max})${c.id === best.id ? ` ${t('iv.ns.best')}` : ''}` })),
    default: ranked.some((c) => c.id === saved) ? String(saved) : best.id,
  });
  await session.set(['chosen'], chosen);
  const score = ranked.find((c) => c.id === chosen)?.weighted ?? 0;
  if (score < best.weighted) {
    await askText(ctx, { id: 'reason', key: answerKey(ctx, 'reason'), path: ['reason'], required: true });
  } else if (session.get(['reason']) !== undefined) {
    await session.remove(['reason']);
  }
}

/** The input metrics: name, kind and target; each drives the chosen north star. */
async function inputs(ctx: FlowContext, only?: string): Promise<void> {
  const { t, session } = ctx;
  const chosen = session.get(['chosen']);
  await editItems(ctx, {
    listPath: ['inputs'],
    key: answerKey(ctx, 'inputs'),
    label: (item) => String(item.name ?? item.id ?? ''),
    exampleLabel: t('iv.ns.exampleInput'),
    detail: (item) => (typeof item.target === 'string' ? item.target : undefined),
    nextMessage: (count) => ({ ...question(ctx, 'input_name'), message: t(count === 0 ? 'iv.ns.nextInput' : 'iv.ns.nextAnotherInput') }),
    min: 1,
    only,
    ask: async (index, key, isNew, given, fillIn) => {
      const input = await askNameAndId(ctx, { listPath: ['inputs'], index, key, isNew, given, fillIn, nameQuestion: 'input_name', prefix: 'input' });
      if (!input) return false;
      const path = ['inputs', input.index];
      await askEnum(ctx, { id: 'input_kind', key: [...key, 'kind'], path: [...path, 'kind'], group: 'input_kind', values: INPUT_KINDS, context: input.name });
      // Inputs drive the chosen north star; an input that pointed at another candidate keeps it.
      const drives = session.get([...path, 'drives']);
      const known = asList(session.get(['candidates'])).some((c) => asRecord(c).id === drives);
      if ((!known || drives === 'example_metric') && typeof chosen === 'string') await session.set([...path, 'drives'], chosen);
      await askText(ctx, { id: 'input_target', key: [...key, 'target'], path: [...path, 'target'], context: input.name });
    },
  });
}

/** The cold-start goals: how many users by when, effective and loyal users, the data to watch. */
async function coldStart(ctx: FlowContext): Promise<void> {
  const { session, prompter, t } = ctx;
  const base = ['cold_start'];
  prompter.say(t('iv.ns.coldStart'));
  await askNumber(ctx, {
    id: 'user_growth_target',
    key: answerKey(ctx, 'cold_start', 'user_growth_target'),
    path: [...base, 'user_growth_target'],
    validate: ctx.v.integer(1, Number.MAX_SAFE_INTEGER),
  });
  const by = question(ctx, 'growth_by');
  const savedBy = savedAt(ctx, [...base, 'by']);
  const date = await prompter.text({
    key: answerKey(ctx, 'cold_start', 'by'),
    message: by.message,
    help: by.help,
    default: typeof savedBy === 'string' ? savedBy : undefined,
    validate: ctx.v.date(true),
    // A deadline already past is likely a slip: said once, kept on a second Enter.
    warn: (value) => (value !== '' && value < ctx.today ? t('iv.datePast', { date: value, today: ctx.today }) : undefined),
  });
  await session.set([...base, 'by'], date || undefined);
  await askText(ctx, { id: 'effective_user', key: answerKey(ctx, 'cold_start', 'effective_user'), path: [...base, 'effective_user'], required: true });
  await askText(ctx, { id: 'loyal_user', key: answerKey(ctx, 'cold_start', 'loyal_user'), path: [...base, 'loyal_user'], required: true });
  const dims = question(ctx, 'data_dimensions');
  const saved = asList(session.get([...base, 'data_dimensions'])).filter((d): d is string => typeof d === 'string' && !isPlaceholderText(d));
  const dimensions = await prompter.list({
    key: answerKey(ctx, 'cold_start', 'data_dimensions'),
    message: dims.message,
    help: dims.help,
    default: saved.length > 0 ? saved : undefined,
    validate: ctx.v.requiredText,
    min: 1,
  });
  await session.set([...base, 'data_dimensions'], dimensions);
}
