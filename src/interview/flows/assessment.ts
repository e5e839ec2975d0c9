// Diamond assessment (methodology §6): per facet of the assessment model, its rubric in the user's
// language, then the current level, the target level and notes; then the evidence behind the scores.
import { answerKey, asList, asRecord, askNameAndId, askText, editItems, question, within, type FlowContext } from '../flow-kit.js';

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
    const levels = facet.levels.map((text, level) => ({ value: String(level), name: `${level} — ${text[locale]}` }));
    const saved = asRecord(session.get(path));
    const savedLevel = (value: unknown) => (typeof value === 'number' && value >= 0 && value < levels.length ? String(value) : undefined);

    const currentQ = question(ctx, 'current_level');
    const current = Number(
      await prompter.select({
        key: answerKey(ctx, 'facets', facet.id, 'current'),
        message: within(name, currentQ.message),
        help: currentQ.help,
        choices: levels,
        default: savedLevel(saved.current),
        numbered: false,
      }),
    );
    await session.set([...path, 'current'], current);

    // A target below today's level is not a plan: only levels from the current one up are offered.
    const targetQ = question(ctx, 'target_level');
    const reachable = levels.slice(current);
    const savedTarget = savedLevel(saved.target);
    const target = Number(
      await prompter.select({
        key: answerKey(ctx, 'facets', facet.id, 'target'),
        message: within(name, targetQ.message),
        help: targetQ.help,
        choices: reachable,
        default: savedTarget !== undefined && Number(savedTarget) >= current ? savedTarget : String(current),
        numbered: false,
      }),
    );
    await session.set([...path, 'target'], target);
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
