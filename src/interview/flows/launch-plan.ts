// Launch plan (methodology §8, §9, §12): start date, the weeks of the six delivery phases in one
// line (their dates shown), each phase's owner, the three owners, kickoff audiences and delivery
// documents, departments to train, roadmap position, operations stages and the four looks.
import {
  ALL_ROADMAP_SUBSTEPS,
  DELIVERY_DOCS,
  DELIVERY_STEPS,
  FOUR_LOOKS,
  KICKOFF_AUDIENCES,
  OPS_STAGES,
  ROADMAP_STAGES,
} from '../../domain/enums.js';
import { DEFAULT_PHASE_WEEKS } from '../../domain/schemas/launch-plan.js';
import { addDays } from '../../domain/model/schedule.js';
import {
  answerKey,
  asList,
  asRecord,
  askEnum,
  askEnums,
  askNumber,
  askNumbers,
  askText,
  editItems,
  enumChoices,
  question,
  savedAt,
  savedText,
  within,
  type Flow,
  type FlowContext,
  type Section,
} from '../flow-kit.js';
import { isExampleItem, isPlaceholderText } from '../placeholder.js';

/** The launch-plan flow. */
export const launchPlanFlow: Flow = (ctx) => {
  const { t } = ctx;
  const sections: Section[] = [
    { id: 'phases', title: t('iv.lp.step.phases'), run: () => phases(ctx) },
    { id: 'owners', title: t('iv.lp.step.owners'), run: () => owners(ctx) },
    { id: 'kickoff', title: t('iv.lp.step.kickoff'), run: () => kickoff(ctx) },
    {
      id: 'training',
      title: t('iv.lp.step.training'),
      items: () => [
        ...asList(ctx.session.get(['training']))
          .map(asRecord)
          .map((r, i) => ({ r, i }))
          .filter(({ r }) => !isExampleItem(r))
          .map(({ r, i }) => ({ id: `#${i}`, label: String(r.department ?? '') })),
        { id: '+new', label: t('iv.menu.addNew') },
      ],
      run: (item) => training(ctx, item),
    },
    { id: 'roadmap', title: t('iv.lp.step.roadmap'), run: () => roadmap(ctx) },
    {
      id: 'operations',
      title: t('iv.lp.step.operations'),
      run: async () => {
        await askEnums(ctx, { id: 'ops_stages', key: answerKey(ctx, 'operations', 'stages'), path: ['operations', 'stages'], group: 'ops_stage', values: OPS_STAGES, min: 1 });
      },
    },
    { id: 'four_looks', title: t('iv.lp.step.fourLooks'), run: () => fourLooks(ctx) },
  ];
  return sections;
};

/** The start date and the six phases: their weeks in one line (the usual lengths suggested), then each owner. */
async function phases(ctx: FlowContext): Promise<void> {
  const { t, session, prompter } = ctx;
  const startQ = question(ctx, 'start');
  const savedStart = savedAt(ctx, ['start']);
  const start = await prompter.text({
    key: answerKey(ctx, 'start'),
    message: startQ.message,
    help: startQ.help,
    default: typeof savedStart === 'string' ? savedStart : ctx.today,
    validate: ctx.v.date(),
  });
  await session.set(['start'], start);

  const labels = DELIVERY_STEPS.map((step) => ctx.glossary.label(`delivery_step.${step}`, ctx.locale));
  const weeksQ = question(ctx, 'phase_weeks');
  const weeks = await askNumbers(ctx, {
    ...question(ctx, 'phase_weeks_all', { phases: labels.map((l, i) => `${i + 1}. ${l}`).join('  ') }),
    key: answerKey(ctx, 'phases', 'weeks_line'),
    fields: DELIVERY_STEPS.map((step, i) => ({
      key: answerKey(ctx, 'phases', step, 'weeks'),
      path: ['phases', step, 'weeks'],
      message: within(labels[i], weeksQ.message),
      help: weeksQ.help,
      validate: (raw: string) => ctx.v.integer(1, 104)(raw),
      fallback: DEFAULT_PHASE_WEEKS[step],
    })),
  });
  // The dates follow from the weeks: shown at once, so the room sees the calendar.
  let from = start;
  DELIVERY_STEPS.forEach((step, i) => {
    const to = addDays(from, (weeks[i] ?? DEFAULT_PHASE_WEEKS[step]) * 7 - 1);
    prompter.say(`  ${t('iv.lp.phaseDates', { phase: labels[i]!, from, to })}`);
    from = addDays(to, 1);
  });
  let previous: string | undefined;
  for (const [i, step] of DELIVERY_STEPS.entries()) {
    ctx.progress.detail = labels[i];
    // Often one person owns several phases in a row: the owner before is suggested.
    const owner = await askText(ctx, { id: 'phase_owner', key: answerKey(ctx, 'phases', step, 'owner'), path: ['phases', step, 'owner'], context: labels[i], fallback: previous });
    previous = owner || previous;
  }
}

/** Sponsor, project lead and business lead. */
async function owners(ctx: FlowContext): Promise<void> {
  for (const owner of ['sponsor', 'project_lead', 'business_lead'] as const) {
    await askText(ctx, { id: owner, key: answerKey(ctx, 'owners', owner), path: ['owners', owner], required: true });
  }
}

/** Kickoff audiences and delivery documents: everything ticked when nothing is saved. */
async function kickoff(ctx: FlowContext): Promise<void> {
  await askAll(ctx, 'kickoff_audiences', ['kickoff_audiences'], 'kickoff_audience', KICKOFF_AUDIENCES);
  await askAll(ctx, 'documents', ['documents'], 'delivery_doc', DELIVERY_DOCS);
}

/** A checklist that starts with everything ticked when nothing is saved (the methodology wants all). */
async function askAll<T extends string>(ctx: FlowContext, id: string, path: string[], group: string, values: readonly T[]): Promise<void> {
  const q = question(ctx, id);
  const saved = ctx.session.get(path);
  const answer = await ctx.prompter.checkbox<T>({
    key: answerKey(ctx, ...path),
    message: q.message,
    help: q.help,
    choices: enumChoices(ctx, group, values),
    default: Array.isArray(saved) ? values.filter((v) => saved.includes(v)) : [...values],
  });
  await ctx.session.set(path, answer);
}

/** The two ways a training ends (§9), asked as one checklist. */
const ENDINGS = ['exam', 'assignment'] as const;

/** Departments to train: which functions, how many rounds, and how the training ends. */
async function training(ctx: FlowContext, only?: string): Promise<void> {
  const { t, session, prompter } = ctx;
  const functions = asList(ctx.others['business-architecture']?.functions)
    .map(asRecord)
    .filter((f) => typeof f.id === 'string' && !String(f.id).startsWith('example_'))
    .map((f) => ({ value: String(f.id), name: String(f.name ?? f.id) }));
  const departmentQ = question(ctx, 'training_department');
  await editItems(ctx, {
    listPath: ['training'],
    key: answerKey(ctx, 'training'),
    label: (item) => String(item.department ?? ''),
    exampleLabel: t('iv.lp.exampleTraining'),
    detail: (item) => asList(item.functions).map((f) => functions.find((c) => c.value === f)?.name ?? String(f)).join(t('doc.listSeparator')) || undefined,
    nextMessage: (count) => ({ ...departmentQ, message: t(count === 0 ? 'iv.lp.nextTraining' : 'iv.lp.nextAnotherTraining') }),
    nameField: 'department',
    min: 1,
    only,
    ask: async (index, key, isNew, given, fillIn) => {
      const saved = session.get(['training', index, 'department']);
      const department =
        given ??
        (await prompter.text({
          key: [...key, 'department'],
          message: fillIn ? `${departmentQ.message} ${t('iv.fillIn')}` : departmentQ.message,
          help: departmentQ.help,
          default: isNew || isPlaceholderText(saved) ? undefined : savedText(saved),
          validate: fillIn ? ctx.v.optionalText : ctx.v.requiredText,
          singleLine: true,
        }));
      if (department === '') return false;
      let at = index;
      if (isNew) {
        // One row per department; a row for it can only come from an interrupted run.
        const rows = asList(session.get(['training']));
        const existing = rows.findIndex((r) => asRecord(r).department === department);
        at = existing >= 0 ? existing : rows.length;
        if (existing < 0) await session.set(['training', at], { department });
      } else await session.set(['training', at, 'department'], department);
      const path = ['training', at];
      if (functions.length > 0) {
        const fq = question(ctx, 'training_functions');
        const savedFns = asList(session.get([...path, 'functions'])).filter((f): f is string => functions.some((c) => c.value === f));
        const chosen = await prompter.checkbox({
          key: [...key, 'functions'],
          message: within(department, fq.message),
          help: fq.help,
          choices: functions,
          default: savedFns.length > 0 ? savedFns : undefined,
        });
        await session.set([...path, 'functions'], chosen);
      }
      await askNumber(ctx, { id: 'training_rounds', key: [...key, 'rounds'], path: [...path, 'rounds'], validate: ctx.v.integer(1, 52), fallback: 1, context: department });
      // Exam and assignment: read one by one from an answers file, ticked in one checklist by a person.
      const flags: Record<(typeof ENDINGS)[number], boolean> = { exam: true, assignment: true };
      for (const field of ENDINGS) {
        const q = question(ctx, `training_${field}`);
        const savedFlag = session.get([...path, field]);
        // The methodology ends training with an exam and a hands-on assignment (§9).
        flags[field] = await prompter.confirm({ key: [...key, field], message: within(department, q.message), help: q.help, default: typeof savedFlag === 'boolean' ? savedFlag : true, silent: true });
      }
      const endingQ = question(ctx, 'training_ending');
      const ending = await prompter.checkbox({
        key: [...key, 'ending'],
        message: within(department, endingQ.message),
        help: endingQ.help,
        choices: ENDINGS.map((e) => ({ value: e, name: t(`iv.lp.ending.${e}`) })),
        default: ENDINGS.filter((e) => flags[e]),
        personOnly: true,
      });
      for (const field of ENDINGS) await session.set([...path, field], ending.includes(field));
    },
  });
}

/** Where the company is on CRM → BPM → PaaS, what is done and what comes next. */
async function roadmap(ctx: FlowContext): Promise<void> {
  const { session, prompter } = ctx;
  await askEnum(ctx, { id: 'roadmap_stage', key: answerKey(ctx, 'roadmap', 'stage'), path: ['roadmap', 'stage'], group: 'roadmap_stage', values: ROADMAP_STAGES, fallback: 'crm' });
  const done = await askEnums(ctx, { id: 'roadmap_done', key: answerKey(ctx, 'roadmap', 'done'), path: ['roadmap', 'done'], group: 'roadmap_substep', values: ALL_ROADMAP_SUBSTEPS });
  const open = ALL_ROADMAP_SUBSTEPS.filter((s) => !done.includes(s));
  const q = question(ctx, 'roadmap_planned');
  const saved = asList(session.get(['roadmap', 'planned'])).filter((s): s is (typeof open)[number] => (open as readonly unknown[]).includes(s));
  const planned = await prompter.checkbox({
    key: answerKey(ctx, 'roadmap', 'planned'),
    message: q.message,
    help: q.help,
    choices: enumChoices(ctx, 'roadmap_substep', open),
    default: saved.length > 0 ? saved : undefined,
  });
  await session.set(['roadmap', 'planned'], planned);
}

/** The four looks: outward, inward, forward, money. */
async function fourLooks(ctx: FlowContext): Promise<void> {
  const { session, prompter } = ctx;
  const looks = question(ctx, 'four_looks');
  prompter.say(looks.message);
  for (const look of FOUR_LOOKS) {
    const answer = await prompter.text({
      key: answerKey(ctx, 'four_looks', look),
      message: ctx.glossary.label(`four_looks.${look}`, ctx.locale),
      help: looks.help,
      default: savedText(session.get(['four_looks', look])),
      validate: ctx.v.optionalText,
    });
    await session.set(['four_looks', look], answer || undefined);
  }
  if (Object.keys(asRecord(session.get(['four_looks']))).length === 0 && session.get(['four_looks']) !== undefined) await session.remove(['four_looks']);
}
