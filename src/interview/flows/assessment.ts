// Diamond assessment (methodology §6): per facet of the assessment model, its rubric in the user's
// language, then the current level, the target level and notes; then the evidence behind the scores.
import { answerKey, asList, asRecord, askNameAndId, askNumber, askText, editItems, question, within, type FlowContext } from '../flow-kit.js';

/** Runs the assessment interview against the workspace's model. */
export async function assessmentFlow(ctx: FlowContext): Promise<void> {
  const { t, session, prompter, locale } = ctx;
  const model = ctx.model;
  if (!model) throw new Error('the assessment flow needs the assessment model');

  const on = question(ctx, 'assessed_on');
  const savedOn = session.get(['assessed_on']);
  const assessedOn = await prompter.text({
    key: answerKey(ctx, 'assessed_on'),
    message: on.message,
    help: on.help,
    default: typeof savedOn === 'string' ? savedOn : ctx.today,
    validate: ctx.v.date(true),
  });
  await session.set(['assessed_on'], assessedOn || undefined);

  for (const facet of model.facets) {
    const name = facet.name[locale];
    const path = ['facets', facet.id];
    prompter.say(`\n${name}${facet.summary ? `: ${facet.summary[locale]}` : ''}`);
    // The rubric is printed with its level numbers, and levels are typed as those numbers: a list
    // would number its rows from 1 and make "2" mean level 1.
    for (const [level, text] of facet.levels.entries()) prompter.say(`  ${level}  ${text[locale]}`);
    const max = facet.levels.length - 1;
    const saved = asRecord(session.get(path));
    const savedLevel = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max ? value : undefined);
    const current =
      (await askNumber(ctx, {
        id: 'current_level',
        key: answerKey(ctx, 'facets', facet.id, 'current'),
        path: [...path, 'current'],
        validate: ctx.v.integer(0, max),
        fallback: savedLevel(saved.current),
        context: name,
      })) ?? 0;
    // A target below today's level is not a plan.
    const savedTarget = savedLevel(saved.target);
    await askNumber(ctx, {
      id: 'target_level',
      key: answerKey(ctx, 'facets', facet.id, 'target'),
      path: [...path, 'target'],
      validate: ctx.v.integer(current, max),
      fallback: savedTarget !== undefined && savedTarget >= current ? savedTarget : current,
      context: name,
    });
    await askText(ctx, { id: 'notes', key: answerKey(ctx, 'facets', facet.id, 'notes'), path: [...path, 'notes'], context: name });
  }

  const facetChoices = model.facets.map((f) => ({ value: f.id, name: f.name[locale] }));
  await editItems(ctx, {
    listPath: ['evidence'],
    key: answerKey(ctx, 'evidence'),
    label: (item) => String(item.title ?? item.id ?? ''),
    addMessage: (count) => t(count === 0 ? 'iv.as.addEvidence' : 'iv.as.addAnotherEvidence'),
    ask: async (index, key, isNew) => {
      const evidence = await askNameAndId(ctx, {
        listPath: ['evidence'],
        index,
        key,
        isNew,
        nameQuestion: 'evidence',
        idQuestion: { message: t('iv.idPrompt'), help: question(ctx, 'evidence').help },
        prefix: 'evidence',
        nameField: 'title',
      });
      const path = ['evidence', evidence.index];
      await askText(ctx, { id: 'evidence_source', key: [...key, 'source'], path: [...path, 'source'], context: evidence.name });
      const facetsQ = question(ctx, 'evidence_facets');
      const saved = asList(session.get([...path, 'facets'])).filter((f): f is string => facetChoices.some((c) => c.value === f));
      const facets = await prompter.checkbox({
        key: [...key, 'facets'],
        message: within(evidence.name, facetsQ.message),
        help: facetsQ.help,
        choices: facetChoices,
        default: saved.length > 0 ? saved : undefined,
        validate: (values) => ctx.v.atLeast(1)(values.length),
      });
      await session.set([...path, 'facets'], facets);
    },
  });
}
