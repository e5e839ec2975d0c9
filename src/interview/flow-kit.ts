// What every canvas flow works with, and the few moves they all make: ask one field with the saved
// answer as default and save it at once; offer enum values with their glossary labels; walk a list
// of items (keep, edit or remove each saved one, then name new ones until an empty line). A flow
// is a list of sections, so the jump menu can open one section, or one item of it, on its own.
import { isCollection, type Document } from 'yaml';
import type { CanvasId } from '../domain/canvas-ids.js';
import type { Locale } from '../domain/enums.js';
import type { GlossaryLookup } from '../domain/glossary.js';
import type { AssessmentModel } from '../domain/schemas/assessment-model.js';
import type { Translator } from '../i18n/index.js';
import type { CanvasSession, DocPath } from './canvas-session.js';
import type { QuestionBook } from './definitions.js';
import { deriveId } from './ids.js';
import { parseNumber } from './numbers.js';
import { isExampleItem, isPlaceholderText, unlessPlaceholder } from './placeholder.js';
import type { AnswerKey, Choice, Help, ItemAction, NextAnswer, Prompter } from './prompter.js';
import type { Validator, Validators } from './validators.js';

/** Where the interview is within a canvas: shown under every prompt and in the resume header. */
export interface Progress {
  /** The section being asked (1-based) and how many the canvas has. */
  step: number;
  steps: number;
  title: string;
  /** Within the section: "goal 2 of 5", the item being asked. */
  detail?: string;
}

/** Everything a flow needs: where answers come from, where they go, and the words to ask with. */
export interface FlowContext {
  /** The canvas asked, or `company` for the questions of dxplan.yaml asked up front. */
  canvas: CanvasId | 'company';
  prompter: Prompter;
  session: CanvasSession;
  book: QuestionBook;
  t: Translator;
  locale: Locale;
  v: Validators;
  glossary: GlossaryLookup;
  /** The other canvases as they are now (plain, possibly partial data), for choices and references. */
  others: Partial<Record<CanvasId, Record<string, unknown>>>;
  /** The assessment model (rubric) the workspace uses. */
  model?: AssessmentModel;
  /** North-star criterion weights from dxplan.yaml (equal when unset). */
  northStarWeights?: Record<string, number>;
  /** Today, YYYY-MM-DD, for date suggestions (injected so tests are deterministic). */
  today: string;
  /** Where the interview is in this canvas; the flow sets `detail` as it goes through items. */
  progress: Progress;
  /** Shows the board (business architecture as it stands) when a person is interviewed; false when there is none yet. */
  showBoard?: () => boolean;
}

/** One part of a canvas the jump menu can open on its own. */
export interface Section {
  id: string;
  title: string;
  /** The items a person may jump to (a goal, a candidate, a department). */
  items?: () => { id: string; label: string }[];
  /** Asks the section: all of it, or only `item` (an id from `items`). */
  run: (item?: string) => Promise<void>;
}

/** A canvas flow: its sections, in the order they are asked. */
export type Flow = (ctx: FlowContext) => Section[];

/** Asks every section of a flow in order, or one chosen in the jump menu. */
export async function runSections(ctx: FlowContext, sections: readonly Section[], target?: { section: string; item?: string }): Promise<void> {
  for (const [i, section] of sections.entries()) {
    if (target && target.section !== section.id) continue;
    Object.assign(ctx.progress, { step: i + 1, steps: sections.length, title: section.title, detail: undefined });
    // The step as a heading, so the room sees where the canvas is (replays say nothing).
    if (sections.length > 1) ctx.prompter.say(`\n── ${ctx.t('iv.step', { step: i + 1, steps: sections.length, title: section.title })} ──`);
    await section.run(target?.item);
  }
}

/** The answer key of a question of this canvas. */
export const answerKey = (ctx: FlowContext, ...parts: (string | number)[]): AnswerKey => [ctx.canvas, ...parts];

/** A plain record, or an empty one for anything else (partial canvases can hold anything). */
export const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The plain value at `path` of a document being edited (collections as plain lists and records). */
export function plainAt(doc: Document, path: DocPath): unknown {
  const value: unknown = doc.getIn(path);
  return isCollection(value) ? value.toJSON() : value;
}

/** A list, or an empty one. */
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A string value, or undefined (placeholders count as unanswered). */
export const savedText = (value: unknown): string | undefined =>
  typeof value === 'string' ? unlessPlaceholder(value) : typeof value === 'number' ? String(value) : undefined;

/** The saved value at `path` unless it is still the starter file's (a placeholder text or a marked value). */
export const savedAt = (ctx: FlowContext, path: DocPath): unknown => (ctx.session.isPlaceholder(path) ? undefined : ctx.session.get(path));

/** Choices for enum values, labelled from the glossary (`<group>.<value>`). */
export function enumChoices<T extends string>(ctx: FlowContext, group: string, values: readonly T[]): Choice<T>[] {
  return values.map((value) => ({ value, name: ctx.glossary.label(`${group}.${value}`, ctx.locale) }));
}

/** The message and help of a definition question, with `{name}` style values filled in. */
export function question(ctx: FlowContext, id: string, params: Record<string, string | number> = {}): { message: string; help: Help } {
  const q = ctx.book.q(id);
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  return { message: fill(q.message), help: q.help };
}

/** Prefixes a question with where it is asked ("[专家资源沉淀] …"). */
export const within = (context: string | undefined, message: string): string => (context ? `[${context}] ${message}` : message);

/** Asks a text field (definition question `id`) and saves it at `path`; the saved value is the default. */
export async function askText(
  ctx: FlowContext,
  opts: { id: string; key: AnswerKey; path: DocPath; required?: boolean; validate?: Validator; context?: string; fallback?: string; warn?: (value: string) => string | undefined },
): Promise<string> {
  const { message, help } = question(ctx, opts.id);
  const answer = await ctx.prompter.text({
    key: opts.key,
    message: within(opts.context, message),
    help,
    default: savedText(savedAt(ctx, opts.path)) ?? opts.fallback,
    validate: opts.validate ?? (opts.required ? ctx.v.requiredText : ctx.v.optionalText),
    ...(opts.warn ? { warn: opts.warn } : {}),
  });
  await ctx.session.set(opts.path, answer === '' ? undefined : answer);
  return answer;
}

/** Asks a whole number and saves it at `path`. */
export async function askNumber(
  ctx: FlowContext,
  opts: { id?: string; message?: string; help?: Help; key: AnswerKey; path: DocPath; validate: Validator; fallback?: number; context?: string; personOnly?: boolean },
): Promise<number | undefined> {
  const q = opts.id ? question(ctx, opts.id) : { message: opts.message ?? '', help: opts.help };
  const saved = savedAt(ctx, opts.path);
  const answer = await ctx.prompter.number({
    key: opts.key,
    message: within(opts.context, q.message),
    help: q.help,
    // A saved number the question no longer accepts (a target now below the current level) is not offered.
    default: typeof saved === 'number' && opts.validate(String(saved)) === undefined ? saved : opts.fallback,
    validate: opts.validate,
    ...(opts.personOnly ? { personOnly: true } : {}),
  });
  // Asked of a person only, an answers file keeps what it gave.
  if (!(opts.personOnly && answer === undefined)) await ctx.session.set(opts.path, answer);
  return answer;
}

/**
 * Several whole numbers in one line, "2 2 1 2" (the four scores of a candidate, today's and the
 * target level): one prompt instead of one per number. An answers file gives each number at its
 * own key, as before; a person is shown the saved numbers as the default line.
 */
export async function askNumbers(
  ctx: FlowContext,
  opts: {
    message: string;
    help?: Help;
    key: AnswerKey;
    context?: string;
    /** Each number; its check sees the numbers before it (a target no lower than today's level). */
    fields: { key: AnswerKey; path: DocPath; message: string; help?: Help; validate: (raw: string, before: readonly number[]) => string | undefined; fallback?: number | ((before: readonly number[]) => number | undefined) }[];
  },
): Promise<number[]> {
  const values: (number | undefined)[] = [];
  for (const f of opts.fields) {
    const saved = savedAt(ctx, f.path);
    const before = values.filter((v): v is number => v !== undefined);
    const validate: Validator = (raw) => f.validate(raw, before);
    const fallback = typeof f.fallback === 'function' ? f.fallback(before) : f.fallback;
    const value = await ctx.prompter.number({
      key: f.key,
      message: within(opts.context, f.message),
      help: f.help,
      default: typeof saved === 'number' && validate(String(saved)) === undefined ? saved : fallback !== undefined && validate(String(fallback)) === undefined ? fallback : undefined,
      validate,
      silent: true,
    });
    values.push(value);
    await ctx.session.set(f.path, value);
  }
  const parts = (raw: string) => raw.trim().split(/[\s,，、;；/]+/).filter((p) => p !== '');
  const line = await ctx.prompter.text({
    key: opts.key,
    message: within(opts.context, opts.message),
    help: opts.help,
    default: values.every((v) => v !== undefined) ? values.join(' ') : undefined,
    validate: (raw) => {
      const given = parts(raw);
      if (given.length !== opts.fields.length) return ctx.t('iv.numbersCount', { count: opts.fields.length, found: given.length });
      const numbers: number[] = [];
      for (const [i, part] of given.entries()) {
        const plain = parseNumber(part)?.plain ?? part;
        const problem = opts.fields[i]!.validate(plain, numbers);
        if (problem !== undefined) return ctx.t('iv.numbersWhich', { n: i + 1, problem });
        numbers.push(Number(plain));
      }
      return undefined;
    },
    personOnly: true,
  });
  const numbers = parts(line).map((p) => Number(parseNumber(p)?.plain ?? p));
  if (numbers.length !== opts.fields.length) return values.map((v) => v ?? 0);
  for (const [i, f] of opts.fields.entries()) await ctx.session.set(f.path, numbers[i]);
  return numbers;
}

/** Asks one enum value (labels from the glossary group) and saves it at `path`. */
export async function askEnum<T extends string>(
  ctx: FlowContext,
  opts: { id: string; key: AnswerKey; path: DocPath; group: string; values: readonly T[]; fallback?: T; context?: string; silent?: boolean },
): Promise<T> {
  const { message, help } = question(ctx, opts.id);
  const saved = savedAt(ctx, opts.path);
  const answer = await ctx.prompter.select<T>({
    key: opts.key,
    message: within(opts.context, message),
    help,
    choices: enumChoices(ctx, opts.group, opts.values),
    default: (opts.values as readonly unknown[]).includes(saved) ? (saved as T) : opts.fallback,
    ...(opts.silent ? { silent: true } : {}),
  });
  await ctx.session.set(opts.path, answer);
  return answer;
}

/** Asks several enum values and saves them at `path`. */
export async function askEnums<T extends string>(
  ctx: FlowContext,
  opts: { id: string; key: AnswerKey; path: DocPath; group: string; values: readonly T[]; min?: number; context?: string },
): Promise<T[]> {
  const { message, help } = question(ctx, opts.id);
  const saved = asList(ctx.session.get(opts.path)).filter((v): v is T => (opts.values as readonly unknown[]).includes(v));
  const min = opts.min ?? 0;
  const answer = await ctx.prompter.checkbox<T>({
    key: opts.key,
    message: within(opts.context, message),
    help,
    choices: enumChoices(ctx, opts.group, opts.values),
    default: ctx.session.get(opts.path) === undefined ? undefined : saved,
    validate: (values) => ctx.v.atLeast(min)(values.length),
  });
  await ctx.session.set(opts.path, answer);
  return answer;
}

/** How a list of items is walked by `editItems`. */
export interface ItemsSpec {
  /** Where the list is in the canvas. */
  listPath: DocPath;
  /** Where its answers are in an answers file. */
  key: AnswerKey;
  /** Which items of the list belong here (e.g. the functions of one goal); all when absent. */
  belongs?: (item: Record<string, unknown>) => boolean;
  /** How an item is named in questions. */
  label: (item: Record<string, unknown>, index: number) => string;
  /** What a starter example of this list is, in words ("an example goal"): it is never named by its placeholder. */
  exampleLabel: string;
  /** What the item holds, shown beside keep / edit / remove. */
  detail?: (item: Record<string, unknown>) => string | undefined;
  /** The question that names a new item ("Which goal…? Enter ends the list"), in the user's language. */
  nextMessage: (count: number) => { message: string; help?: Help };
  /** The answers-file field that holds a new item's name (`name` unless told). */
  nameField?: string;
  /** At least this many items: the list cannot be ended with fewer. */
  min?: number;
  /** Items elsewhere that may be reused here by name or number, and what reusing one does. */
  reuse?: { choices: () => Choice<string>[]; take: (id: string, key: AnswerKey) => Promise<void> };
  /**
   * Asks the fields of an item; `index` is its place in the canvas list (the list's length for a
   * new one). `fillIn`: a starter example being filled in, whose empty name removes it (then false).
   */
  ask: (index: number, key: AnswerKey, isNew: boolean, name?: string, fillIn?: boolean) => Promise<void | false>;
  /** Removes the item at `index` and whatever refers to it; the default deletes the list entry. */
  remove?: (index: number, item: Record<string, unknown>) => Promise<void>;
  /** In the jump menu, only this item (by id, or `#index` for items without one). */
  only?: string;
  /** Progress detail while an item is asked ("goal 2"). */
  itemProgress?: (n: number) => string;
  /** Fields a starter example keeps when it is filled in (its id, what links it); the others are the starter's guesses and go. */
  keepWhenFilled?: readonly string[];
  /** Told the answer key of every saved item that stays (kept or edited), for the steps that follow. */
  onKey?: (item: Record<string, unknown>, key: AnswerKey) => void;
}

/** The entries of the list at `path` that belong, with their place in the whole list. */
function entries(ctx: FlowContext, spec: ItemsSpec): { index: number; item: Record<string, unknown> }[] {
  return asList(ctx.session.get(spec.listPath))
    .map((item, index) => ({ index, item: asRecord(item) }))
    .filter(({ item }) => spec.belongs?.(item) ?? true);
}

/** The identity of an item: its id, or its position when it has none. */
export const identity = (item: Record<string, unknown>, index: number): string => (typeof item.id === 'string' ? item.id : `#${index}`);

/**
 * Walks a list: each saved item gets keep / edit / remove (a starter example: fill in or remove,
 * remove suggested), then new items are named one by one until an empty answer. Answers-file keys
 * number the saved items first and the new ones after them, as the prompts do.
 */
export async function editItems(ctx: FlowContext, spec: ItemsSpec): Promise<void> {
  const saved = entries(ctx, spec);
  let answerIndex = 0;
  let removed = 0;
  for (const { index: startIndex, item } of saved) {
    const id = identity(item, startIndex);
    // Earlier removals shift positions; items with an id are found again by it.
    const now = entries(ctx, spec);
    const found = typeof item.id === 'string' ? now.find((e) => e.item.id === item.id) : now.find((e) => e.index === startIndex - removed);
    const key = [...spec.key, answerIndex];
    answerIndex++;
    if (!found || (spec.only !== undefined && spec.only !== id)) continue;
    if (spec.itemProgress) ctx.progress.detail = spec.itemProgress(answerIndex);
    const example = isExampleItem(found.item);
    const action: ItemAction = await ctx.prompter.item({
      key,
      identity: id,
      // A starter example is never named by its placeholder text or its starter id.
      message: example ? ctx.t('iv.item.example', { item: spec.exampleLabel }) : ctx.t('iv.item.question', { item: spec.label(found.item, answerIndex) }),
      default: example ? 'remove' : 'keep',
      example,
      detail: example ? undefined : spec.detail?.(found.item),
    });
    let remove = action === 'remove';
    if (action === 'edit' && example) {
      // Filled in from scratch: the starter's values are not offered as answers.
      const keep = new Set(spec.keepWhenFilled ?? ['id']);
      const guesses = Object.keys(found.item).filter((field) => !keep.has(field));
      if (guesses.length > 0) await ctx.session.edit((doc) => guesses.forEach((field) => doc.deleteIn([...spec.listPath, found.index, field])));
    }
    if (action === 'edit') {
      if ((await spec.ask(found.index, key, false, undefined, example)) === false) remove = true;
      else await dropPlaceholders(ctx, [...spec.listPath, found.index]);
    }
    if (remove) {
      if (spec.remove) await spec.remove(found.index, found.item);
      else await ctx.session.remove([...spec.listPath, found.index]);
      removed++;
    } else spec.onKey?.(asRecord(ctx.session.get([...spec.listPath, found.index])), key);
  }
  if (spec.only !== undefined && spec.only !== '+new') return;
  for (;;) {
    const count = entries(ctx, spec).length;
    const key = [...spec.key, answerIndex];
    if (spec.itemProgress) ctx.progress.detail = spec.itemProgress(answerIndex + 1);
    const q = spec.nextMessage(count);
    const next: NextAnswer = await ctx.prompter.next({
      key,
      message: q.message,
      help: q.help,
      field: spec.nameField ?? 'name',
      validate: ctx.v.requiredText,
      required: count < (spec.min ?? 0),
      ...(spec.reuse ? { reuse: spec.reuse.choices() } : {}),
    });
    if (next === undefined) {
      ctx.progress.detail = undefined;
      return;
    }
    answerIndex++;
    if ('existing' in next) await spec.reuse!.take(next.existing, key);
    else await spec.ask(asList(ctx.session.get(spec.listPath)).length, key, true, next.name);
  }
}

/**
 * After an edit, fields of the item that still hold starter-file placeholders (ones this flow does not
 * ask, such as a goal's description) are removed: they were never answers.
 */
async function dropPlaceholders(ctx: FlowContext, itemPath: DocPath): Promise<void> {
  const stale = Object.entries(asRecord(ctx.session.get(itemPath))).filter(([, value]) => isPlaceholderText(value));
  for (const [field] of stale) await ctx.session.remove([...itemPath, field]);
}

/** Ids used by the items of the list at `path`, except the one at `except`. */
export function takenIds(ctx: FlowContext, path: DocPath, except?: number): Set<string> {
  const ids = new Set<string>();
  asList(ctx.session.get(path)).forEach((item, index) => {
    const id = asRecord(item).id;
    if (index !== except && typeof id === 'string') ids.add(id);
  });
  return ids;
}

/** `专家入驻 #expert_onboarding`: a name with the id a person wants, or the name alone. */
export function splitNameAndId(text: string): { name: string; id?: string } {
  const match = /^(.*\S)\s+#([a-z0-9][a-z0-9_-]{0,63})$/.exec(text.trim());
  // "Team #1" names a team: an id needs a letter.
  return match && /[a-z]/.test(match[2]!) ? { name: match[1]!, id: match[2]! } : { name: text.trim() };
}

/**
 * Asks the name of an item (unless it was given as the next item's name) and takes its id from it:
 * derived, never asked of a person (who may write `name #id`); an answers file may give `id`. A new
 * item is written once its id is known, so the id comes first in the file. Returns where it is now.
 */
export async function askNameAndId(
  ctx: FlowContext,
  opts: {
    listPath: DocPath;
    /** The item's place, or the list's length for a new item. */
    index: number;
    key: AnswerKey;
    isNew: boolean;
    /** The name already given (a new item named at the "next" prompt). */
    given?: string;
    /** The name question: a definition question id, or a message and help already in the user's language. */
    nameQuestion: string | { message: string; help?: Help };
    /** Prefix of ids derived from names without Latin letters: goal → goal_1. */
    prefix: string;
    /** Where the name is stored (`name`, or `title` for evidence). */
    nameField?: string;
    context?: string;
    /** Renames references to the item when its id changes. */
    onRename?: (from: string, to: string) => Promise<void>;
    /** A starter example filled in: an empty name removes it instead (then undefined is returned). */
    fillIn?: boolean;
  },
): Promise<{ id: string; name: string; index: number } | undefined> {
  const nameField = opts.nameField ?? 'name';
  const q = withContext(resolve(ctx, opts.nameQuestion), opts.context);
  const typed =
    opts.given ??
    (await ctx.prompter.text({
      key: [...opts.key, nameField],
      ...q,
      message: opts.fillIn ? `${q.message} ${ctx.t('iv.fillIn')}` : q.message,
      default: opts.isNew ? undefined : savedText(ctx.session.get([...opts.listPath, opts.index, nameField])),
      validate: opts.fillIn ? ctx.v.optionalText : ctx.v.requiredText,
      singleLine: true,
    }));
  if (typed.trim() === '') return undefined;
  const { name, id: wanted } = splitNameAndId(typed);
  const taken = takenIds(ctx, opts.listPath, opts.isNew ? undefined : opts.index);
  const savedId = opts.isNew ? undefined : ctx.session.get([...opts.listPath, opts.index, 'id']);
  const suggested =
    wanted && !taken.has(wanted)
      ? wanted
      : typeof savedId === 'string' && !savedId.startsWith('example_') && !taken.has(savedId)
        ? savedId
        : deriveId(name, opts.prefix, taken);
  const id = await ctx.prompter.text({
    key: [...opts.key, 'id'],
    message: within(opts.context ?? name, ctx.t('iv.idPrompt')),
    default: suggested,
    validate: ctx.v.id(taken),
    silent: true,
  });
  if (opts.isNew) {
    // The id is checked to be unique when given, so an item with it already in the list can only be
    // the one an interrupted run created: the walk continues with it instead of adding a twin.
    const items = asList(ctx.session.get(opts.listPath));
    const existing = items.findIndex((item) => asRecord(item).id === id);
    const index = existing >= 0 ? existing : items.length;
    if (existing >= 0) await ctx.session.set([...opts.listPath, index, nameField], name);
    else await ctx.session.set([...opts.listPath, index], { id, [nameField]: name });
    return { id, name, index };
  }
  const itemPath = [...opts.listPath, opts.index];
  await ctx.session.set([...itemPath, nameField], name);
  const before = ctx.session.get([...itemPath, 'id']);
  if (id !== before) {
    await ctx.session.set([...itemPath, 'id'], id);
    if (typeof before === 'string' && opts.onRename) await opts.onRename(before, id);
  }
  return { id, name, index: opts.index };
}

/** A question's message placed in its context. */
const withContext = (q: { message: string; help?: Help }, context: string | undefined) => ({ message: within(context, q.message), help: q.help });

/** A definition question by id, or a question given directly. */
const resolve = (ctx: FlowContext, q: string | { message: string; help?: Help }) => (typeof q === 'string' ? question(ctx, q) : q);
