// Diamond assessment (methodology §6): per facet of the assessment model, its rubric in the user's
// language, then today's level and the target level in one line, and notes; then the evidence
// behind the scores.
import { answerKey, asList, asRecord, askNameAndId, askText, editItems, question, savedText, within, type Flow, type FlowContext, type Section } from '../flow-kit.js';
import { parseNumber } from '../numbers.js';
import type { Help } from '../prompter.js';
import { isExampleItem } from '../placeholder.js';

/** The assessment flow, against the workspace's model. */
export const assessmentFlow: Flow = (ctx) => {
  const { t, locale } = ctx;
  const model = ctx.model;
  if (!model) throw new Error('the assessment flow needs the assessment model');
  const sections: Section[] = [
    { id: 'date', title: t('iv.as.step.date'), run: () => assessedOn(ctx) },
    { id: 'facets', title: t('iv.as.step.facets'), items: () => model.facets.map((f) => ({ id: f.id, label: f.name[locale] })), run: (item) => facets(ctx, item) },
    {
      id: 'evidence',
      title: t('iv.as.step.evidence'),
      items: () => [
        ...asList(ctx.session.get(['evidence']))
          .map(asRecord)
          .filter((e) => typeof e.id === 'string' && !isExampleItem(e))
          .map((e) => ({ id: String(e.id), label: String(e.title ?? e.id) })),
        { id: '+new', label: t('iv.menu.addNew') },
      ],
      run: (item) => evidence(ctx, item),
    },
  ];
  return sections;
};

/** The date of the assessment (today suggested). */
async function assessedOn(ctx: FlowContext): Promise<void> {
  const { session, prompter } = ctx;
  const on = question(ctx, 'assessed_on');
  const savedOn = session.isPlaceholder(['assessed_on']) ? undefined : session.get(['assessed_on']);
  const date = await prompter.text({
    key: answerKey(ctx, 'assessed_on'),
    message: on.message,
    help: on.help,
    default: typeof savedOn === 'string' ? savedOn : ctx.today,
    validate: ctx.v.date(true),
  });
  await session.set(['assessed_on'], date || undefined);
}

/** Per facet: the rubric, today's and the target level, notes. */
async function facets(ctx: FlowContext, only?: string): Promise<void> {
  const { t, session, prompter, locale } = ctx;
  const model = ctx.model!;
  for (const [n, facet] of model.facets.entries()) {
    if (only !== undefined && only !== facet.id) continue;
    ctx.progress.detail = t('iv.as.facetOf', { n: n + 1, count: model.facets.length, facet: facet.name[locale] });
    const name = facet.name[locale];
    const path = ['facets', facet.id];
    prompter.say(`\n${name}${facet.summary ? `: ${facet.summary[locale]}` : ''}`);
    // The rubric is printed with its level numbers, and levels are typed as those numbers: a list
    // would number its rows from 1 and make "2" mean level 1.
    for (const [level, text] of facet.levels.entries()) prompter.say(`  ${level}  ${text[locale]}`);
    const max = facet.levels.length - 1;
    const saved = asRecord(session.get(path));
    const savedLevel = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max ? value : undefined);
    const currentQ = question(ctx, 'current_level');
    const targetQ = question(ctx, 'target_level');
    const notesQ = question(ctx, 'notes');
    // As an answers file gives them: the current level, the target (not below it), the notes.
    const current = await prompter.number({
      key: answerKey(ctx, 'facets', facet.id, 'current'),
      message: within(name, currentQ.message),
      default: savedLevel(saved.current),
      validate: ctx.v.integer(0, max),
      silent: true,
    });
    await session.set([...path, 'current'], current);
    const goal = savedLevel(saved.target);
    const target = await prompter.number({
      key: answerKey(ctx, 'facets', facet.id, 'target'),
      message: within(name, targetQ.message),
      default: goal !== undefined && goal >= (current ?? 0) ? goal : current,
      validate: ctx.v.integer(current ?? 0, max),
      silent: true,
    });
    await session.set([...path, 'target'], target);
    const notes = await prompter.text({ key: answerKey(ctx, 'facets', facet.id, 'notes'), message: within(name, notesQ.message), default: savedText(saved.notes), validate: ctx.v.optionalText, silent: true });
    await session.set([...path, 'notes'], notes || undefined);
    // A person gives all three in one line: "1 3 member data sits in three tools".
    const line = await prompter.text({
      key: answerKey(ctx, 'facets', facet.id, 'levels'),
      ...withinQ(name, question(ctx, 'facet_levels', { max })),
      default: current !== undefined && target !== undefined ? [current, target, notes].filter((x) => x !== '' && x !== undefined).join(' ') : undefined,
      validate: (raw) => levelsLine(ctx, raw, max).problem,
      personOnly: true,
    });
    const parsed = levelsLine(ctx, line, max);
    if (parsed.problem !== undefined) continue;
    await session.set([...path, 'current'], parsed.current);
    await session.set([...path, 'target'], parsed.target);
    await session.set([...path, 'notes'], parsed.notes || undefined);
  }
}

/** A question placed in its context. */
const withinQ = (context: string, q: { message: string; help: Help }) => ({ message: within(context, q.message), help: q.help });

/** "1 3 a note": today's level, the target (not below it) and an optional note. */
function levelsLine(ctx: FlowContext, raw: string, max: number): { current?: number; target?: number; notes?: string; problem?: string } {
  const [first = '', second = '', ...rest] = raw.trim().split(/\s+/);
  const level = (text: string) => parseNumber(text)?.plain ?? text;
  const problem =
    ctx.v.integer(0, max)(level(first)) ?? (second === '' ? ctx.t('iv.as.levelsNeeded') : ctx.v.integer(Number(level(first)), max)(level(second))) ?? ctx.v.optionalText(rest.join(' '));
  if (problem !== undefined) return { problem };
  return { current: Number(level(first)), target: Number(level(second)), notes: rest.join(' ') };
}

/** The evidence: title, source and the facets it supports. */
async function evidence(ctx: FlowContext, only?: string): Promise<void> {
  const { t, session, prompter, locale } = ctx;
  const facetChoices = ctx.model!.facets.map((f) => ({ value: f.id, name: f.name[locale] }));
  await editItems(ctx, {
    listPath: ['evidence'],
    key: answerKey(ctx, 'evidence'),
    label: (item) => String(item.title ?? item.id ?? ''),
    exampleLabel: t('iv.as.exampleEvidence'),
    detail: (item) => (typeof item.source === 'string' ? item.source : undefined),
    nextMessage: (count) => ({ ...question(ctx, 'evidence'), message: t(count === 0 ? 'iv.as.nextEvidence' : 'iv.as.nextAnotherEvidence') }),
    nameField: 'title',
    only,
    ask: async (index, key, isNew, given, fillIn) => {
      const item = await askNameAndId(ctx, { listPath: ['evidence'], index, key, isNew, given, fillIn, nameQuestion: 'evidence', prefix: 'evidence', nameField: 'title' });
      if (!item) return false;
      const path = ['evidence', item.index];
      await askText(ctx, { id: 'evidence_source', key: [...key, 'source'], path: [...path, 'source'], context: item.name });
      const facetsQ = question(ctx, 'evidence_facets');
      const saved = asList(session.get([...path, 'facets'])).filter((f): f is string => facetChoices.some((c) => c.value === f));
      const chosen = await prompter.checkbox({
        key: [...key, 'facets'],
        message: within(item.name, facetsQ.message),
        help: facetsQ.help,
        choices: facetChoices,
        default: saved.length > 0 ? saved : undefined,
        validate: (values) => ctx.v.atLeast(1)(values.length),
      });
      await session.set([...path, 'facets'], chosen);
    },
  });
}
