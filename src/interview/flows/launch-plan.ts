// Launch plan inputs (methodology §8, §9, §12): start date, phase durations (sensible defaults),
// owners, the kickoff's audiences, delivery documents, departments to train, roadmap position,
// operations stages and the four looks.
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
import { answerKey, asList, asRecord, askEnum, askEnums, askNumber, askText, editItems, enumChoices, question, savedText, within, type FlowContext } from '../flow-kit.js';
import { isPlaceholderText } from '../placeholder.js';

/** Runs the launch-plan interview. */
export async function launchPlanFlow(ctx: FlowContext): Promise<void> {
  const { t, session, prompter } = ctx;

  const startQ = question(ctx, 'start');
  const savedStart = session.get(['start']);
  const start = await prompter.text({
    key: answerKey(ctx, 'start'),
    message: startQ.message,
    help: startQ.help,
    default: typeof savedStart === 'string' ? savedStart : ctx.today,
    validate: ctx.v.date(),
  });
  await session.set(['start'], start);

  // Phases: weeks default to the methodology's usual lengths; the dates follow as they are answered.
  let from = start;
  for (const step of DELIVERY_STEPS) {
    const label = ctx.glossary.label(`delivery_step.${step}`, ctx.locale);
    const weeks =
      (await askNumber(ctx, {
        id: 'phase_weeks',
        key: answerKey(ctx, 'phases', step, 'weeks'),
        path: ['phases', step, 'weeks'],
        validate: ctx.v.integer(1, 104),
        fallback: DEFAULT_PHASE_WEEKS[step],
        context: label,
      })) ?? DEFAULT_PHASE_WEEKS[step];
    const to = addDays(from, weeks * 7 - 1);
    prompter.say(`  ${t('iv.lp.phaseDates', { phase: label, from, to })}`);
    from = addDays(to, 1);
    await askText(ctx, { id: 'phase_owner', key: answerKey(ctx, 'phases', step, 'owner'), path: ['phases', step, 'owner'], context: label });
  }

  for (const owner of ['sponsor', 'project_lead', 'business_lead'] as const) {
    await askText(ctx, { id: owner, key: answerKey(ctx, 'owners', owner), path: ['owners', owner], required: true });
  }

  await askAll(ctx, 'kickoff_audiences', ['kickoff_audiences'], 'kickoff_audience', KICKOFF_AUDIENCES);
  await askAll(ctx, 'documents', ['documents'], 'delivery_doc', DELIVERY_DOCS);
  await training(ctx);
  await roadmap(ctx);
  await askEnums(ctx, { id: 'ops_stages', key: answerKey(ctx, 'operations', 'stages'), path: ['operations', 'stages'], group: 'ops_stage', values: OPS_STAGES, min: 1 });

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

/** Departments to train: which functions, how many rounds, exam and assignment. */
async function training(ctx: FlowContext): Promise<void> {
  const { t, session, prompter } = ctx;
  const functions = asList(ctx.others['business-architecture']?.functions)
    .map(asRecord)
    .filter((f) => typeof f.id === 'string' && !String(f.id).startsWith('example_'))
    .map((f) => ({ value: String(f.id), name: String(f.name ?? f.id) }));
  await editItems(ctx, {
    listPath: ['training'],
    key: answerKey(ctx, 'training'),
    label: (item) => String(item.department ?? ''),
    addMessage: (count) => t(count === 0 ? 'iv.lp.addTraining' : 'iv.lp.addAnotherTraining'),
    min: 1,
    ask: async (index, key, isNew) => {
      const departmentQ = question(ctx, 'training_department');
      const saved = session.get(['training', index, 'department']);
      const department = await prompter.text({
        key: [...key, 'department'],
        message: departmentQ.message,
        help: departmentQ.help,
        default: isNew || isPlaceholderText(saved) ? undefined : savedText(saved),
        validate: ctx.v.requiredText,
      });
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
      for (const field of ['exam', 'assignment'] as const) {
        const q = question(ctx, `training_${field}`);
        const savedFlag = session.get([...path, field]);
        const yes = await prompter.confirm({
          key: [...key, field],
          message: within(department, q.message),
          help: q.help,
          // The methodology ends training with an exam and a hands-on assignment (§9).
          default: typeof savedFlag === 'boolean' ? savedFlag : true,
        });
        await session.set([...path, field], yes);
      }
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
