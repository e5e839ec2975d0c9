// Business architecture (methodology §3, §4): the goal × function × role canvas, in five steps.
// Goals (name, phase); the roles on the platform (name, what each does, then one checklist of
// the internal ones); per goal its functions, each named once (an existing one by its number or
// name), category and module dimension in one choice, then the roles at the crossing ticked in one
// checklist and what each does there; the design choices as three checklists over all functions;
// the module dimensions left out. The board is shown before and after.
import { DESIGN_MODES, FUNCTION_CATEGORIES, MODULE_DIMENSIONS, ROLE_KINDS, type FunctionCategory, type ModuleDimension } from '../../domain/enums.js';
import type { Document } from 'yaml';
import {
  answerKey,
  asList,
  asRecord,
  askEnum,
  askNameAndId,
  askNumber,
  askText,
  editItems,
  enumChoices,
  plainAt,
  question,
  within,
  type Flow,
  type FlowContext,
  type Section,
} from '../flow-kit.js';
import { isExampleItem } from '../placeholder.js';
import type { AnswerKey, Choice } from '../prompter.js';

/** The module dimension a category usually lands in (§4 lines the two lists up). */
export const MODULE_FOR: Record<FunctionCategory, ModuleDimension> = {
  business: 'business_function',
  operations: 'operations_node',
  data: 'data_dimension',
  monetisation: 'monetisation_dimension',
  content: 'content_dimension',
};

/** Choice value meaning "a role not on the canvas yet" (ids cannot contain "+"). */
const NEW_ROLE = '+new';
/** Choice value meaning "nobody acts here yet". */
const NOBODY = '+none';
/** Choice value of the combined category prompt for a category with another module dimension. */
const OTHER_COMBINATION = '+other';
/** Choice value for "no design decision yet". */
const UNDECIDED = 'undecided';

/** The goals, in file order, with the answer key each got in the goals step. */
type GoalKeys = Map<string, AnswerKey>;

/** The business-architecture flow. */
export const businessArchitectureFlow: Flow = (ctx) => {
  const { t } = ctx;
  const goalKeys: GoalKeys = new Map();
  let boardShown = false;
  const goals = () => asList(ctx.session.get(['goals'])).map(asRecord).filter((g) => typeof g.id === 'string' && !isExampleItem(g));
  const fnName = (id: unknown) => String(asList(ctx.session.get(['functions'])).map(asRecord).find((f) => f.id === id)?.name ?? id);
  const sections: Section[] = [
    {
      id: 'goals',
      title: t('iv.ba.step.goals'),
      items: () => [...goals().map((g) => ({ id: String(g.id), label: String(g.name ?? g.id) })), { id: '+new', label: t('iv.menu.addNew') }],
      run: async (item) => {
        boardShown = ctx.showBoard?.() ?? false;
        await goalsStep(ctx, goalKeys, item);
      },
    },
    {
      id: 'roles',
      title: t('iv.ba.step.roles'),
      items: () => [...roles(ctx).map((r) => ({ id: String(r.id), label: String(r.name ?? r.id) })), { id: '+new', label: t('iv.menu.addNew') }],
      run: (item) => rolesStep(ctx, item),
    },
    {
      id: 'functions',
      title: t('iv.ba.step.functions'),
      items: () => [
        ...goals().map((g) => ({ id: `goal:${String(g.id)}`, label: t('iv.ba.goalFunctions', { goal: String(g.name ?? g.id) }) })),
        ...asList(ctx.session.get(['cells']))
          .map(asRecord)
          .map((c) => ({ id: `cell:${String(c.goal)}:${String(c.function)}`, label: `${String(goals().find((g) => g.id === c.goal)?.name ?? c.goal)} × ${fnName(c.function)}` })),
      ],
      run: async (item) => {
        // A canvas started empty shows its board once the goals are there: the grid the room fills in.
        if (item === undefined && !boardShown) boardShown = ctx.showBoard?.() ?? false;
        await functionsStep(ctx, goalKeys, item);
      },
    },
    { id: 'design', title: t('iv.ba.step.design'), run: () => designStep(ctx) },
    {
      id: 'gaps',
      title: t('iv.ba.step.gaps'),
      run: async () => {
        await dropUnusedExampleRoles(ctx);
        await moduleExemptions(ctx);
      },
    },
  ];
  return sections;
};

/** The goals: name (with `#id` to choose the id) and delivery phase. */
async function goalsStep(ctx: FlowContext, goalKeys: GoalKeys, only?: string): Promise<void> {
  const { t, session, prompter } = ctx;
  await editItems(ctx, {
    listPath: ['goals'],
    key: answerKey(ctx, 'goals'),
    label: (item) => String(item.name ?? item.id ?? ''),
    exampleLabel: t('iv.ba.exampleGoal'),
    detail: (item) => t('iv.ba.goalDetail', { phase: String(item.phase ?? 1) }),
    nextMessage: (count) => ({ ...question(ctx, 'goal_name'), message: t(count === 0 ? 'iv.ba.nextGoal' : 'iv.ba.nextAnotherGoal') }),
    min: 1,
    only,
    itemProgress: (n) => t('iv.ba.goalN', { n }),
    onKey: (item, key) => {
      if (typeof item.id === 'string') goalKeys.set(item.id, key);
    },
    ask: async (index, key, isNew, given, fillIn) => {
      const goal = await askNameAndId(ctx, {
        listPath: ['goals'],
        index,
        key,
        isNew,
        given,
        fillIn,
        nameQuestion: 'goal_name',
        prefix: 'goal',
        onRename: (from, to) => session.edit((doc) => renameGoal(doc, from, to)),
      });
      if (!goal) return false;
      goalKeys.set(goal.id, key);
      // The phase as an answers file gives it; a person ticks the later goals once the list is done.
      const saved = session.get(['goals', goal.index, 'phase']);
      const phase = await prompter.number({
        key: [...key, 'phase'],
        message: within(goal.name, question(ctx, 'goal_phase').message),
        default: typeof saved === 'number' ? saved : 1,
        validate: ctx.v.integer(1, 99),
        silent: true,
      });
      await session.set(['goals', goal.index, 'phase'], phase ?? 1);
    },
    remove: async (index, item) => {
      const id = String(item.id ?? '');
      await session.edit((doc) => {
        doc.deleteIn(['goals', index]);
        unlinkGoal(doc, id);
        // The starter file's example functions go with its example goal.
        const functions = asList(plainAt(doc, ['functions']));
        for (let i = functions.length - 1; i >= 0; i--) {
          const f = asRecord(functions[i]);
          if (isExampleItem(f) && asList(f.goals).length === 0) doc.deleteIn(['functions', i]);
        }
      });
    },
  });
  await laterPhases(ctx, only);
}

/** One checklist for the goals after the first launch (most goals are phase 1), then the phase of each of them. */
async function laterPhases(ctx: FlowContext, only?: string): Promise<void> {
  const { t, session, prompter } = ctx;
  const goals = asList(session.get(['goals'])).map(asRecord).filter((g) => typeof g.id === 'string' && !isExampleItem(g) && (only === undefined || only === '+new' || g.id === only));
  if (goals.length === 0) return;
  ctx.progress.detail = undefined;
  const phaseQ = question(ctx, 'goal_phase');
  const later = await prompter.checkbox({
    key: answerKey(ctx, 'later_goals'),
    message: t('iv.ba.laterGoals'),
    help: phaseQ.help,
    choices: goals.map((g) => ({ value: String(g.id), name: String(g.name ?? g.id) })),
    default: goals.filter((g) => typeof g.phase === 'number' && g.phase > 1).map((g) => String(g.id)),
    personOnly: true,
  });
  for (const g of goals) {
    const index = asList(session.get(['goals'])).findIndex((x) => asRecord(x).id === g.id);
    if (!later.includes(String(g.id))) {
      await session.set(['goals', index, 'phase'], 1);
      continue;
    }
    await askNumber(ctx, {
      id: 'goal_phase',
      key: answerKey(ctx, 'later_goals', String(g.id)),
      path: ['goals', index, 'phase'],
      validate: ctx.v.integer(2, 99),
      fallback: 2,
      context: String(g.name ?? g.id),
      personOnly: true,
    });
  }
}

/** The roles on the canvas (starter examples left out). */
const roles = (ctx: FlowContext) => asList(ctx.session.get(['roles'])).map(asRecord).filter((r) => typeof r.id === 'string' && !isExampleItem(r));

/** The roles: each one's name and what it is accountable for, then which of them are internal. */
async function rolesStep(ctx: FlowContext, only?: string): Promise<void> {
  const { t, session, prompter } = ctx;
  await editItems(ctx, {
    listPath: ['roles'],
    key: answerKey(ctx, 'roles'),
    label: (item) => String(item.name ?? item.id ?? ''),
    exampleLabel: t('iv.ba.exampleRole'),
    detail: (item) => (typeof item.responsibility === 'string' ? item.responsibility : undefined),
    nextMessage: (count) => ({ ...question(ctx, 'role_name'), message: t(count === 0 ? 'iv.ba.nextRole' : 'iv.ba.nextAnotherRole') }),
    only,
    itemProgress: (n) => t('iv.ba.roleN', { n }),
    ask: async (index, key, isNew, given, fillIn) => ((await roleFields(ctx, index, key, isNew, given, false, fillIn)) === undefined ? false : undefined),
    remove: async (index, item) => {
      const id = String(item.id ?? '');
      await session.edit((doc) => {
        doc.deleteIn(['roles', index]);
        asList(plainAt(doc, ['cells'])).forEach((c, i) => {
          const rest = asList(asRecord(c).roles).filter((r) => asRecord(r).role !== id);
          if (rest.length !== asList(asRecord(c).roles).length) doc.setIn(['cells', i, 'roles'], doc.createNode(rest));
        });
      });
    },
  });
  const all = roles(ctx);
  if (all.length === 0 || (only !== undefined && only !== '+new' && !all.some((r) => r.id === only))) return;
  // One checklist instead of a question per role: most roles are external, the client's own staff are ticked.
  const internal = question(ctx, 'role_kind');
  const ticked = await prompter.checkbox({
    key: answerKey(ctx, 'internal_roles'),
    message: t('iv.ba.internalRoles'),
    help: internal.help,
    personOnly: true,
    choices: all.map((r) => ({ value: String(r.id), name: String(r.name ?? r.id), description: typeof r.responsibility === 'string' ? r.responsibility : undefined })),
    default: all.filter((r) => r.kind === 'internal').map((r) => String(r.id)),
  });
  for (const r of all) {
    const index = asList(session.get(['roles'])).findIndex((x) => asRecord(x).id === r.id);
    await session.set(['roles', index, 'kind'], ticked.includes(String(r.id)) ? 'internal' : 'external');
  }
}

/** A role's name, id, kind (read from answers files; a person ticks internal roles at the end) and responsibility. */
async function roleFields(ctx: FlowContext, index: number, key: AnswerKey, isNew: boolean, given?: string, kindAsked = false, fillIn = false): Promise<string | undefined> {
  const role = await askNameAndId(ctx, { listPath: ['roles'], index, key, isNew, given, fillIn, nameQuestion: 'role_name', prefix: 'role' });
  if (!role) return undefined;
  // A starter example's kind is the starter's guess, not an answer: a filled-in example starts external.
  if (fillIn) await ctx.session.set(['roles', role.index, 'kind'], 'external');
  await askEnum(ctx, {
    id: 'role_kind',
    key: [...key, 'kind'],
    path: ['roles', role.index, 'kind'],
    group: 'role_kind',
    values: ROLE_KINDS,
    fallback: 'external',
    context: role.name,
    silent: !kindAsked,
  });
  await askText(ctx, { id: 'role_responsibility', key: [...key, 'responsibility'], path: ['roles', role.index, 'responsibility'], required: true, context: role.name });
  return role.id;
}

/** Per goal, its functions and the roles at each crossing; or one goal's, or one crossing (jump menu). */
async function functionsStep(ctx: FlowContext, goalKeys: GoalKeys, only?: string): Promise<void> {
  const goals = asList(ctx.session.get(['goals'])).map(asRecord).filter((g) => typeof g.id === 'string');
  for (const [i, g] of goals.entries()) {
    const goal = { id: String(g.id), name: String(g.name ?? g.id) };
    const key = goalKeys.get(goal.id) ?? answerKey(ctx, 'goals', i);
    if (only?.startsWith('cell:')) {
      const [, goalId, fnId] = only.split(':');
      if (goalId !== goal.id) continue;
      const index = asList(ctx.session.get(['functions'])).findIndex((f) => asRecord(f).id === fnId);
      if (index < 0) return;
      await cellRoles(ctx, goal, { id: fnId!, name: String(asRecord(ctx.session.get(['functions', index])).name ?? fnId) }, [...key, 'functions', 'cell', fnId!]);
      return;
    }
    if (only !== undefined && only !== `goal:${goal.id}`) continue;
    ctx.progress.detail = ctx.t('iv.ba.goalOf', { n: i + 1, count: goals.length, goal: goal.name });
    await goalFunctions(ctx, goal, key);
  }
}

/** The functions of one goal, each with its roles. */
async function goalFunctions(ctx: FlowContext, goal: { id: string; name: string }, goalKey: AnswerKey): Promise<void> {
  const { t, session } = ctx;
  const serves = (item: Record<string, unknown>) => asList(item.goals).includes(goal.id);
  await editItems(ctx, {
    listPath: ['functions'],
    key: [...goalKey, 'functions'],
    belongs: serves,
    label: (item) => String(item.name ?? item.id ?? ''),
    exampleLabel: t('iv.ba.exampleFunction'),
    keepWhenFilled: ['id', 'goals'],
    detail: (item) => cellSummary(ctx, goal.id, String(item.id ?? '')),
    nextMessage: (count) => ({ ...question(ctx, 'function_name'), message: t(count === 0 ? 'iv.ba.nextFunction' : 'iv.ba.nextAnotherFunction', { goal: goal.name }) }),
    reuse: {
      // A function can serve several goals: the ones already on the canvas are offered by number or name.
      choices: () =>
        asList(session.get(['functions']))
          .map(asRecord)
          .filter((f) => !serves(f) && typeof f.id === 'string' && !isExampleItem(f))
          .map((f): Choice<string> => ({ value: String(f.id), name: String(f.name ?? f.id) })),
      take: async (id, key) => {
        const index = asList(session.get(['functions'])).findIndex((f) => asRecord(f).id === id);
        const goals = asList(session.get(['functions', index, 'goals']));
        if (!goals.includes(goal.id)) await session.set(['functions', index, 'goals'], [...goals, goal.id]);
        await cellRoles(ctx, goal, { id, name: String(asRecord(session.get(['functions', index])).name ?? id) }, key);
      },
    },
    ask: async (index, key, isNew, given, fillIn) => {
      const fn = await askNameAndId(ctx, {
        listPath: ['functions'],
        index,
        key,
        isNew,
        given,
        fillIn,
        nameQuestion: 'function_name',
        prefix: 'function',
        context: isNew ? undefined : goal.name,
        onRename: (from, to) => session.edit((doc) => renameFunction(doc, from, to)),
      });
      if (!fn) return false;
      const path = ['functions', fn.index];
      await categoryAndModule(ctx, path, key, fn.name, fillIn === true);
      // The goal link goes after the module so the file reads id, name, category, module, goals.
      if (isNew && !asList(session.get([...path, 'goals'])).includes(goal.id)) await session.set([...path, 'goals'], [goal.id]);
      await designFromFile(ctx, path, key, fn.name);
      await cellRoles(ctx, goal, fn, key);
    },
    remove: async (index, item) => {
      const id = String(item.id ?? '');
      await session.edit((doc) => {
        const goals = asList(plainAt(doc, ['functions', index, 'goals']));
        const rest = goals.filter((g) => g !== goal.id);
        // Removing a function from this goal keeps it when it still serves another goal.
        if (rest.length === 0) doc.deleteIn(['functions', index]);
        else doc.setIn(['functions', index, 'goals'], doc.createNode(rest));
        removeCells(doc, (c) => c.function === id && (rest.length === 0 || c.goal === goal.id));
      });
    },
  });
}

/**
 * Category and module dimension in one choice: each category with the module it usually lands in,
 * and "another combination" for the rest. An answers file gives `category` and, when it differs
 * from the usual one, `module`.
 */
async function categoryAndModule(ctx: FlowContext, path: (string | number)[], key: AnswerKey, name: string, fillIn: boolean): Promise<void> {
  const { t, session, prompter, glossary, locale } = ctx;
  // A starter example's category is the starter's guess: a filled-in example is asked without one.
  const savedCategory = fillIn ? undefined : session.get([...path, 'category']);
  const savedModule = fillIn ? undefined : session.get([...path, 'module']);
  const unusual = (FUNCTION_CATEGORIES as readonly unknown[]).includes(savedCategory) && savedModule !== undefined && MODULE_FOR[savedCategory as FunctionCategory] !== savedModule;
  const q = question(ctx, 'function_category');
  const picked = await prompter.select<FunctionCategory | typeof OTHER_COMBINATION>({
    key: [...key, 'category'],
    message: within(name, t('iv.ba.categoryModule')),
    help: q.help,
    choices: [
      ...FUNCTION_CATEGORIES.map((c) => ({
        value: c,
        name: t('iv.ba.categoryWithModule', { category: glossary.label(`function_category.${c}`, locale), module: glossary.label(`module_dimension.${MODULE_FOR[c]}`, locale) }),
      })),
      { value: OTHER_COMBINATION, name: t('iv.ba.otherCombination') },
    ],
    default: unusual ? OTHER_COMBINATION : (FUNCTION_CATEGORIES as readonly unknown[]).includes(savedCategory) ? (savedCategory as FunctionCategory) : undefined,
  });
  if (picked === OTHER_COMBINATION) {
    const category = await askEnum(ctx, { id: 'function_category', key: [...key, 'category_of_combination'], path: [...path, 'category'], group: 'function_category', values: FUNCTION_CATEGORIES, context: name });
    await askEnum(ctx, { id: 'function_module', key: [...key, 'module'], path: [...path, 'module'], group: 'module_dimension', values: MODULE_DIMENSIONS, fallback: MODULE_FOR[category], context: name });
    return;
  }
  await session.set([...path, 'category'], picked);
  // The category decides the module (an answers file may name another one): a changed category takes its usual module.
  const kept = savedCategory === picked && (MODULE_DIMENSIONS as readonly unknown[]).includes(savedModule);
  const module = await prompter.select<ModuleDimension>({
    key: [...key, 'module'],
    message: within(name, question(ctx, 'function_module').message),
    choices: enumChoices(ctx, 'module_dimension', MODULE_DIMENSIONS),
    default: kept ? (savedModule as ModuleDimension) : MODULE_FOR[picked],
    silent: true,
  });
  await session.set([...path, 'module'], module);
}

/** Design mode, rationale and frontline incentive of one function as an answers file gives them (a person answers them in the design step). */
async function designFromFile(ctx: FlowContext, path: (string | number)[], key: AnswerKey, name: string): Promise<void> {
  const { t, session, prompter } = ctx;
  const mode = question(ctx, 'function_design_mode');
  const saved = session.get([...path, 'design_mode']);
  const choice = await prompter.select({
    key: [...key, 'design_mode'],
    message: within(name, mode.message),
    choices: [{ value: UNDECIDED, name: t('iv.ba.undecided') }, ...enumChoices(ctx, 'design_mode', DESIGN_MODES)],
    default: (DESIGN_MODES as readonly unknown[]).includes(saved) ? (saved as (typeof DESIGN_MODES)[number]) : UNDECIDED,
    silent: true,
  });
  await session.set([...path, 'design_mode'], choice === UNDECIDED ? undefined : choice);
  if (choice !== UNDECIDED) {
    const rationale = await prompter.text({
      key: [...key, 'rationale'],
      message: within(name, question(ctx, 'function_rationale').message),
      default: typeof session.get([...path, 'rationale']) === 'string' ? String(session.get([...path, 'rationale'])) : undefined,
      // A configurable module without a reason is the over-design the methodology warns about (§4).
      validate: choice === 'configurable' ? ctx.v.requiredText : ctx.v.optionalText,
      silent: true,
    });
    await session.set([...path, 'rationale'], rationale || undefined);
  }
  const rewards = await prompter.confirm({
    key: [...key, 'frontline_incentive'],
    message: within(name, question(ctx, 'function_frontline_incentive').message),
    default: session.get([...path, 'frontline_incentive']) === true,
    silent: true,
  });
  await session.set([...path, 'frontline_incentive'], rewards ? true : undefined);
}

/** "Doctor: registers; Rep: invites": who does what at one crossing, for keep / edit / remove. */
function cellSummary(ctx: FlowContext, goal: string, fn: string): string | undefined {
  const cell = asList(ctx.session.get(['cells'])).map(asRecord).find((c) => c.goal === goal && c.function === fn);
  const lines = asList(cell?.roles).map(asRecord).map((r) => ctx.t('doc.roleActivity', { role: roleName(ctx, String(r.role ?? '')), activity: String(r.activity ?? '') }));
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/**
 * The roles of one crossing (goal × function): ticked in one checklist (the roles already there
 * come ticked, with what each does there), then what each ticked role does, and any new role.
 */
async function cellRoles(ctx: FlowContext, goal: { id: string; name?: string }, fn: { id: string; name: string }, fnKey: AnswerKey): Promise<void> {
  const { t, session, prompter } = ctx;
  const cellIndex = () => asList(session.get(['cells'])).findIndex((c) => asRecord(c).goal === goal.id && asRecord(c).function === fn.id);
  if (cellIndex() < 0) await session.set(['cells', asList(session.get(['cells'])).length], { goal: goal.id, function: fn.id, roles: [] });
  const rolesPath = () => ['cells', cellIndex(), 'roles'];
  // The starter file's example roles are not on offer: their entries go.
  const entries = () => asList(session.get(rolesPath())).map(asRecord);
  if (entries().some((e) => !roles(ctx).some((r) => r.id === e.role))) {
    await session.set(rolesPath(), entries().filter((e) => roles(ctx).some((r) => r.id === e.role)));
  }
  const activityOf = (role: string) => entries().find((e) => e.role === role)?.activity;
  const choose = question(ctx, 'role_choose');
  const picks = await prompter.pick({
    key: [...fnKey, 'roles'],
    message: within(`${goal.name ? `${goal.name} × ` : ''}${fn.name}`, t('iv.ba.whoActs')),
    help: choose.help,
    field: 'role',
    saved: entries().map((e) => String(e.role)),
    choices: [
      ...roles(ctx).map((r) => {
        const activity = activityOf(String(r.id));
        return {
          value: String(r.id),
          name: String(r.name ?? r.id),
          // What the role does here (when it is here), else what it does on the platform.
          description: typeof activity === 'string' ? t('iv.ba.doesHere', { activity }) : typeof r.responsibility === 'string' ? r.responsibility : undefined,
        };
      }),
      { value: NEW_ROLE, name: t('iv.ba.newRole'), aliases: ['new'] },
      { value: NOBODY, name: t('iv.ba.nobody'), aliases: ['none'] },
    ],
    validate: (values) => (values.length === 0 ? t('iv.ba.tickRoles') : values.includes(NOBODY) && values.length > 1 ? t('iv.ba.nobodyAlone') : undefined),
  });
  const chosen = picks.filter((p) => p.value !== NOBODY);
  // Roles no longer ticked leave the crossing; the ones kept keep their place.
  const keptIds = new Set(chosen.map((p) => p.value));
  if (entries().some((e) => !keptIds.has(String(e.role)))) await session.set(rolesPath(), entries().filter((e) => keptIds.has(String(e.role))));
  let newKey = chosen.length;
  const activity = async (roleId: string, key: AnswerKey) => {
    let at = entries().findIndex((e) => e.role === roleId);
    if (at < 0) {
      at = entries().length;
      await session.set([...rolesPath(), at], { role: roleId });
    }
    await askText(ctx, { id: 'cell_activity', key: [...key, 'activity'], path: [...rolesPath(), at, 'activity'], required: true, context: `${fn.name} × ${roleName(ctx, roleId)}` });
  };
  let addedNew = false;
  for (const p of chosen) {
    if (p.value !== NEW_ROLE) {
      await activity(p.value, p.key);
      continue;
    }
    addedNew = true;
    const id = await roleFields(ctx, asList(session.get(['roles'])).length, p.key, true, undefined, true);
    if (id) await activity(id, p.key);
  }
  // More new roles, one name at a time, until an empty line.
  while (addedNew) {
    const key = [...fnKey, 'roles', newKey];
    const next = await prompter.next({ key, message: within(fn.name, t('iv.ba.nextNewRole')), help: question(ctx, 'role_name').help, field: 'name', validate: ctx.v.requiredText });
    if (next === undefined || 'existing' in next) break;
    newKey++;
    const id = await roleFields(ctx, asList(session.get(['roles'])).length, key, true, next.name, true);
    if (id) await activity(id, key);
  }
  // A crossing nobody acts in says nothing; leave no empty cell behind.
  if (entries().length === 0) await session.remove(['cells', cellIndex()]);
}

/** The design decisions over all functions at once: configurable (and why), bespoke, rewards frontline staff. */
async function designStep(ctx: FlowContext): Promise<void> {
  const { t, session, prompter } = ctx;
  const functions = () => asList(session.get(['functions'])).map(asRecord).filter((f) => typeof f.id === 'string' && !isExampleItem(f));
  if (functions().length === 0) return;
  const choices = () => functions().map((f): Choice<string> => ({ value: String(f.id), name: String(f.name ?? f.id) }));
  const indexOf = (id: string) => asList(session.get(['functions'])).findIndex((f) => asRecord(f).id === id);
  const mode = question(ctx, 'function_design_mode');
  const configurable = await prompter.checkbox({
    key: answerKey(ctx, 'design', 'configurable'),
    message: t('iv.ba.configurable'),
    personOnly: true,
    help: mode.help,
    choices: choices(),
    default: functions().filter((f) => f.design_mode === 'configurable').map((f) => String(f.id)),
  });
  const bespoke = await prompter.checkbox({
    key: answerKey(ctx, 'design', 'bespoke'),
    message: t('iv.ba.bespoke'),
    personOnly: true,
    help: mode.help,
    choices: choices().filter((c) => !configurable.includes(c.value)),
    default: functions().filter((f) => f.design_mode === 'bespoke' && !configurable.includes(String(f.id))).map((f) => String(f.id)),
  });
  for (const f of functions()) {
    const id = String(f.id);
    const next = configurable.includes(id) ? 'configurable' : bespoke.includes(id) ? 'bespoke' : undefined;
    if (next !== f.design_mode) await session.set(['functions', indexOf(id), 'design_mode'], next);
    if (next === undefined && f.rationale !== undefined) await session.remove(['functions', indexOf(id), 'rationale']);
  }
  // A configurable module without a reason is the over-design the methodology warns about (§4).
  for (const id of configurable) {
    const index = indexOf(id);
    const rationale = question(ctx, 'function_rationale');
    const saved = session.get(['functions', index, 'rationale']);
    const answer = await prompter.text({
      key: answerKey(ctx, 'design', id, 'rationale'),
      message: within(String(functions().find((f) => f.id === id)?.name ?? id), rationale.message),
      help: rationale.help,
      default: typeof saved === 'string' ? saved : undefined,
      validate: ctx.v.requiredText,
      personOnly: true,
    });
    await session.set(['functions', index, 'rationale'], answer || undefined);
  }
  const incentive = question(ctx, 'function_frontline_incentive');
  const rewards = await prompter.checkbox({
    key: answerKey(ctx, 'design', 'frontline_incentive'),
    message: t('iv.ba.frontline'),
    personOnly: true,
    help: incentive.help,
    choices: choices(),
    default: functions().filter((f) => f.frontline_incentive === true).map((f) => String(f.id)),
  });
  for (const f of functions()) {
    const yes = rewards.includes(String(f.id));
    if (yes !== (f.frontline_incentive === true)) await session.set(['functions', indexOf(String(f.id)), 'frontline_incentive'], yes ? true : undefined);
  }
}

/** The name of a role, or its id when it has none. */
function roleName(ctx: FlowContext, id: string): string {
  const role = asList(ctx.session.get(['roles'])).map(asRecord).find((r) => r.id === id);
  return String(role?.name ?? id);
}

/** Module dimensions no function covers: ask whether they are left out on purpose, and why. */
async function moduleExemptions(ctx: FlowContext): Promise<void> {
  const { session } = ctx;
  const covered = new Set(asList(session.get(['functions'])).map((f) => asRecord(f).module));
  for (const dimension of MODULE_DIMENSIONS) {
    if (covered.has(dimension)) continue;
    await askText(ctx, {
      id: 'module_exemption',
      key: answerKey(ctx, 'module_exemptions', dimension),
      path: ['module_exemptions', dimension],
      context: ctx.glossary.label(`module_dimension.${dimension}`, ctx.locale),
    });
  }
  const exemptions = session.get(['module_exemptions']);
  if (exemptions !== undefined && Object.keys(asRecord(exemptions)).length === 0) await session.remove(['module_exemptions']);
}

/** The starter file's example roles go once nothing refers to them any more. */
async function dropUnusedExampleRoles(ctx: FlowContext): Promise<void> {
  const used = new Set(asList(ctx.session.get(['cells'])).flatMap((c) => asList(asRecord(c).roles).map((r) => asRecord(r).role)));
  const all = asList(ctx.session.get(['roles'])).map(asRecord);
  const unused = all.map((r, i) => ({ r, i })).filter(({ r }) => isExampleItem(r) && !used.has(r.id));
  if (unused.length === 0) return;
  await ctx.session.edit((doc) => {
    for (const { i } of unused.reverse()) doc.deleteIn(['roles', i]);
  });
}

/** Deletes the cells matching `match`. */
function removeCells(doc: Document, match: (cell: Record<string, unknown>) => boolean): void {
  const cells = asList(plainAt(doc, ['cells']));
  for (let i = cells.length - 1; i >= 0; i--) if (match(asRecord(cells[i]))) doc.deleteIn(['cells', i]);
}

/** Drops a removed goal from every function and cell. */
function unlinkGoal(doc: Document, id: string): void {
  const functions = asList(plainAt(doc, ['functions']));
  functions.forEach((f, i) => {
    const goals = asList(asRecord(f).goals);
    if (goals.includes(id)) doc.setIn(['functions', i, 'goals'], doc.createNode(goals.filter((g) => g !== id)));
  });
  removeCells(doc, (c) => c.goal === id);
}

/** Follows a goal's new id in functions and cells. */
function renameGoal(doc: Document, from: string, to: string): void {
  const functions = asList(plainAt(doc, ['functions']));
  functions.forEach((f, i) => {
    const goals = asList(asRecord(f).goals);
    if (goals.includes(from)) doc.setIn(['functions', i, 'goals'], doc.createNode(goals.map((g) => (g === from ? to : g))));
  });
  asList(plainAt(doc, ['cells'])).forEach((c, i) => {
    if (asRecord(c).goal === from) doc.setIn(['cells', i, 'goal'], to);
  });
}

/** Follows a function's new id in cells. */
function renameFunction(doc: Document, from: string, to: string): void {
  asList(plainAt(doc, ['cells'])).forEach((c, i) => {
    if (asRecord(c).function === from) doc.setIn(['cells', i, 'function'], to);
  });
}

