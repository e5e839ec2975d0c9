// North star (methodology §5): candidate metrics scored 0-2 on the four criteria, one chosen (the
// best scored is suggested; another needs a reason), its input metrics and the cold-start goals.
import { INPUT_KINDS, NORTH_STAR_CRITERIA, type NorthStarCriterion } from '../../domain/enums.js';
import {
  answerKey,
  asList,
  asRecord,
  askEnum,
  askNameAndId,
  askNumber,
  askText,
  editItems,
  question,
  type FlowContext,
} from '../flow-kit.js';
import { isPlaceholderText } from '../placeholder.js';
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

/** Runs the north-star interview. */
export async function northStarFlow(ctx: FlowContext): Promise<void> {
  const { t, session, prompter } = ctx;

  await editItems(ctx, {
    listPath: ['candidates'],
    key: answerKey(ctx, 'candidates'),
    label: (item) => String(item.name ?? item.id ?? ''),
    addMessage: (count) => t(count === 0 ? 'iv.ns.addCandidate' : 'iv.ns.addAnotherCandidate'),
    min: 1,
    ask: async (index, key, isNew) => {
      const c = await askNameAndId(ctx, {
        listPath: ['candidates'],
        index,
        key,
        isNew,
        nameQuestion: 'candidate_name',
        idQuestion: { message: t('iv.idPrompt'), help: question(ctx, 'candidate_name').help },
        prefix: 'metric',
        onRename: (from, to) =>
          session.edit((doc) => {
            if (doc.getIn(['chosen']) === from) doc.setIn(['chosen'], to);
            asList(session.get(['inputs'])).forEach((input, i) => {
              if (asRecord(input).drives === from) doc.setIn(['inputs', i, 'drives'], to);
            });
          }),
      });
      const path = ['candidates', c.index];
      await askText(ctx, { id: 'candidate_definition', key: [...key, 'definition'], path: [...path, 'definition'], context: c.name });
      for (const criterion of NORTH_STAR_CRITERIA) {
        await askNumber(ctx, {
          id: `score_${criterion}`,
          key: [...key, 'scores', criterion],
          path: [...path, 'scores', criterion],
          validate: ctx.v.integer(0, 2),
          context: c.name,
        });
      }
    },
  });

  // The choice: show the ranking, suggest the best, and ask for a reason when another is chosen.
  const ranked = rankCandidates(session.data(), ctx.northStarWeights);
  if (ranked.length > 0) {
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

  const chosen = session.get(['chosen']);
  await editItems(ctx, {
    listPath: ['inputs'],
    key: answerKey(ctx, 'inputs'),
    label: (item) => String(item.name ?? item.id ?? ''),
    addMessage: (count) => t(count === 0 ? 'iv.ns.addInput' : 'iv.ns.addAnotherInput'),
    min: 1,
    ask: async (index, key, isNew) => {
      const input = await askNameAndId(ctx, {
        listPath: ['inputs'],
        index,
        key,
        isNew,
        nameQuestion: 'input_name',
        idQuestion: { message: t('iv.idPrompt'), help: question(ctx, 'input_name').help },
        prefix: 'input',
      });
      const path = ['inputs', input.index];
      await askEnum(ctx, { id: 'input_kind', key: [...key, 'kind'], path: [...path, 'kind'], group: 'input_kind', values: INPUT_KINDS, context: input.name });
      // Inputs drive the chosen north star; an input that pointed at another candidate keeps it.
      const drives = session.get([...path, 'drives']);
      const known = asList(session.get(['candidates'])).some((c) => asRecord(c).id === drives);
      if ((!known || drives === 'example_metric') && typeof chosen === 'string') await session.set([...path, 'drives'], chosen);
      await askText(ctx, { id: 'input_target', key: [...key, 'target'], path: [...path, 'target'], context: input.name });
    },
  });

  await coldStart(ctx);
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
  const savedBy = session.get([...base, 'by']);
  const date = await prompter.text({
    key: answerKey(ctx, 'cold_start', 'by'),
    message: by.message,
    help: by.help,
    default: typeof savedBy === 'string' ? savedBy : undefined,
    validate: ctx.v.date(true),
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
