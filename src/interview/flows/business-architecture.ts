// Business architecture (methodology §3, §4): the goal × function × role canvas. Goals are added,
// edited and removed; per goal its functions with category and module dimension; per function the
// roles that take part (chosen from those already named, or added) and what each does there.
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
  type FlowContext,
} from '../flow-kit.js';
import { isExampleItem } from '../placeholder.js';
import type { AnswerKey } from '../prompter.js';

/** The module dimension a category usually lands in (§4 lines the two lists up). */
const MODULE_FOR: Record<FunctionCategory, ModuleDimension> = {
  business: 'business_function',
  operations: 'operations_node',
  data: 'data_dimension',
  monetisation: 'monetisation_dimension',
  content: 'content_dimension',
};

/** Choice value meaning "a role not on the canvas yet" (ids cannot contain "+"). */
const NEW_ROLE = '+new';
/** Choice value meaning "a new function" when linking an existing one is possible. */
const NEW_FUNCTION = '+new';
/** Choice value for "no design decision yet". */
const UNDECIDED = 'undecided';

/** Runs the business-architecture interview. */
export async function businessArchitectureFlow(ctx: FlowContext): Promise<void> {
  const { t, session } = ctx;
  await editItems(ctx, {
    listPath: ['goals'],
    key: answerKey(ctx, 'goals'),
    label: (item) => String(item.name ?? item.id ?? ''),
    addMessage: (count) => t(count === 0 ? 'iv.ba.addGoal' : 'iv.ba.addAnotherGoal'),
    min: 1,
    ask: async (index, key, isNew) => {
      const goal = await askNameAndId(ctx, {
        listPath: ['goals'],
        index,
        key,
        isNew,
        nameQuestion: 'goal_name',
        idQuestion: 'goal_id',
        prefix: 'goal',
        onRename: (from, to) => session.edit((doc) => renameGoal(doc, from, to)),
      });
      await askNumber(ctx, { id: 'goal_phase', key: [...key, 'phase'], path: ['goals', goal.index, 'phase'], validate: ctx.v.integer(1, 99), fallback: 1, context: goal.name });
      await goalFunctions(ctx, goal, key);
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
  await dropUnusedExampleRoles(ctx);
  await moduleExemptions(ctx);
}

/** The functions of one goal, each with its roles. */
async function goalFunctions(ctx: FlowContext, goal: { id: string; name: string }, goalKey: AnswerKey): Promise<void> {
  const { t, session, prompter } = ctx;
  const serves = (item: Record<string, unknown>) => asList(item.goals).includes(goal.id);
  await editItems(ctx, {
    listPath: ['functions'],
    key: [...goalKey, 'functions'],
    belongs: serves,
    label: (item) => String(item.name ?? item.id ?? ''),
    addMessage: (count) => t(count === 0 ? 'iv.ba.addFunction' : 'iv.ba.addAnotherFunction', { goal: goal.name }),
    min: 1,
    link: async (key) => {
      // A function can serve several goals: offer the ones already on the canvas before a new one.
      const others = asList(session.get(['functions'])).map(asRecord).filter((f) => !serves(f) && typeof f.id === 'string' && !isExampleItem(f));
      if (others.length === 0) return false;
      const picked = await prompter.select({
        key: [...key, 'existing'],
        message: within(goal.name, t('iv.ba.linkFunction')),
        help: question(ctx, 'function_name').help,
        choices: [{ value: NEW_FUNCTION, name: t('iv.ba.newFunction'), aliases: ['new'] }, ...others.map((f) => ({ value: String(f.id), name: String(f.name ?? f.id) }))],
        default: NEW_FUNCTION,
      });
      if (picked === NEW_FUNCTION) return false;
      const index = asList(session.get(['functions'])).findIndex((f) => asRecord(f).id === picked);
      const goals = asList(session.get(['functions', index, 'goals']));
      if (!goals.includes(goal.id)) await session.set(['functions', index, 'goals'], [...goals, goal.id]);
      await cellRoles(ctx, goal, { id: picked, name: String(asRecord(session.get(['functions', index])).name ?? picked) }, key);
      return true;
    },
    ask: async (index, key, isNew) => {
      const fn = await askNameAndId(ctx, {
        listPath: ['functions'],
        index,
        key,
        isNew,
        nameQuestion: 'function_name',
        idQuestion: 'function_id',
        prefix: 'function',
        context: goal.name,
        onRename: (from, to) => session.edit((doc) => renameFunction(doc, from, to)),
      });
      const path = ['functions', fn.index];
      const category = await askEnum(ctx, { id: 'function_category', key: [...key, 'category'], path: [...path, 'category'], group: 'function_category', values: FUNCTION_CATEGORIES, context: fn.name });
      const savedModule = session.get([...path, 'module']);
      await askEnum(ctx, {
        id: 'function_module',
        key: [...key, 'module'],
        path: [...path, 'module'],
        group: 'module_dimension',
        values: MODULE_DIMENSIONS,
        fallback: savedModule === undefined ? MODULE_FOR[category] : undefined,
        context: fn.name,
      });
      // The goal link goes after the module so the file reads id, name, category, module, goals.
      if (isNew && !asList(session.get([...path, 'goals'])).includes(goal.id)) await session.set([...path, 'goals'], [goal.id]);
      await designMode(ctx, path, key, fn.name);
      const incentive = question(ctx, 'function_frontline_incentive');
      const rewards = await prompter.confirm({
        key: [...key, 'frontline_incentive'],
        message: within(fn.name, incentive.message),
        help: incentive.help,
        default: session.get([...path, 'frontline_incentive']) === true,
      });
      await session.set([...path, 'frontline_incentive'], rewards ? true : undefined);
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

/** Bespoke or configurable, and why (asked only once a mode is chosen). */
async function designMode(ctx: FlowContext, path: (string | number)[], key: AnswerKey, name: string): Promise<void> {
  const { t, session, prompter } = ctx;
  const mode = question(ctx, 'function_design_mode');
  const saved = session.get([...path, 'design_mode']);
  const choice = await prompter.select({
    key: [...key, 'design_mode'],
    message: within(name, mode.message),
    help: mode.help,
    choices: [{ value: UNDECIDED, name: t('iv.ba.undecided') }, ...enumChoices(ctx, 'design_mode', DESIGN_MODES)],
    default: (DESIGN_MODES as readonly unknown[]).includes(saved) ? (saved as (typeof DESIGN_MODES)[number]) : UNDECIDED,
  });
  await session.set([...path, 'design_mode'], choice === UNDECIDED ? undefined : choice);
  if (choice === UNDECIDED) return;
  await askText(ctx, {
    id: 'function_rationale',
    key: [...key, 'rationale'],
    path: [...path, 'rationale'],
    // A configurable module without a reason is the over-design the methodology warns about (§4).
    required: choice === 'configurable',
    context: name,
  });
}

/** The roles of one crossing (goal × function), each with what it does there. */
async function cellRoles(ctx: FlowContext, goal: { id: string }, fn: { id: string; name: string }, fnKey: AnswerKey): Promise<void> {
  const { t, session, prompter } = ctx;
  const cellIndex = () => asList(session.get(['cells'])).findIndex((c) => asRecord(c).goal === goal.id && asRecord(c).function === fn.id);
  if (cellIndex() < 0) await session.set(['cells', asList(session.get(['cells'])).length], { goal: goal.id, function: fn.id, roles: [] });
  const rolesPath = () => ['cells', cellIndex(), 'roles'];
  await editItems(ctx, {
    listPath: rolesPath(),
    key: [...fnKey, 'roles'],
    label: (item) => roleName(ctx, String(item.role ?? '')),
    addMessage: (count) => t(count === 0 ? 'iv.ba.addRole' : 'iv.ba.addAnotherRole', { function: fn.name }),
    min: 1,
    ask: async (index, key, isNew) => {
      const choose = question(ctx, 'role_choose');
      const roles = asList(session.get(['roles'])).map(asRecord).filter((r) => typeof r.id === 'string' && !isExampleItem(r));
      const current = session.get([...rolesPath(), index, 'role']);
      const picked = await prompter.select({
        key: [...key, 'role'],
        message: within(fn.name, choose.message),
        help: choose.help,
        choices: [...roles.map((r) => ({ value: String(r.id), name: String(r.name ?? r.id), description: typeof r.responsibility === 'string' ? r.responsibility : undefined })), { value: NEW_ROLE, name: t('iv.ba.newRole'), aliases: ['new'] }],
        default: !isNew && typeof current === 'string' && roles.some((r) => r.id === current) ? current : roles.length === 0 ? NEW_ROLE : undefined,
      });
      const roleId = picked === NEW_ROLE ? await newRole(ctx, key) : picked;
      let at = index;
      if (isNew) {
        // One entry per role in a crossing; an entry for this role can only come from an interrupted run.
        const entries = asList(session.get(rolesPath()));
        const existing = entries.findIndex((e) => asRecord(e).role === roleId);
        at = existing >= 0 ? existing : entries.length;
        if (existing < 0) await session.set([...rolesPath(), at], { role: roleId });
      } else await session.set([...rolesPath(), at, 'role'], roleId);
      await askText(ctx, {
        id: 'cell_activity',
        key: [...key, 'activity'],
        path: [...rolesPath(), at, 'activity'],
        required: true,
        context: `${fn.name} × ${roleName(ctx, roleId)}`,
      });
    },
  });
  // A crossing nobody acts in says nothing; leave no empty cell behind.
  if (asList(session.get(rolesPath())).length === 0) await session.remove(['cells', cellIndex()]);
}

/** Adds a role to the canvas: name, id, kind and responsibility. Returns its id. */
async function newRole(ctx: FlowContext, key: AnswerKey): Promise<string> {
  const role = await askNameAndId(ctx, {
    listPath: ['roles'],
    index: asList(ctx.session.get(['roles'])).length,
    key,
    isNew: true,
    nameQuestion: 'role_name',
    idQuestion: { message: ctx.t('iv.idPrompt'), help: question(ctx, 'role_name').help },
    prefix: 'role',
  });
  const index = role.index;
  await askEnum(ctx, { id: 'role_kind', key: [...key, 'kind'], path: ['roles', index, 'kind'], group: 'role_kind', values: ROLE_KINDS, fallback: 'external', context: role.name });
  await askText(ctx, { id: 'role_responsibility', key: [...key, 'responsibility'], path: ['roles', index, 'responsibility'], required: true, context: role.name });
  return role.id;
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
  const roles = asList(ctx.session.get(['roles'])).map(asRecord);
  const unused = roles.map((r, i) => ({ r, i })).filter(({ r }) => isExampleItem(r) && !used.has(r.id));
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
