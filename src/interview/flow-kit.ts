// What every canvas flow works with, and the few moves they all make: ask one field with the saved
// answer as default and save it at once; offer enum values with their glossary labels; walk a list
// of items (keep, edit or remove each saved one, then add more).
import { isCollection, type Document } from 'yaml';
import type { CanvasId } from '../domain/canvas-ids.js';
import type { Locale } from '../domain/enums.js';
import type { GlossaryLookup } from '../domain/glossary.js';
import type { AssessmentModel } from '../domain/schemas/assessment-model.js';
import type { Translator } from '../i18n/index.js';
import type { CanvasSession, DocPath } from './canvas-session.js';
import type { QuestionBook } from './definitions.js';
import { deriveId } from './ids.js';
import { isExampleItem, isPlaceholderText, unlessPlaceholder } from './placeholder.js';
import type { AnswerKey, Choice, Help, ItemAction, Prompter } from './prompter.js';
import type { Validator, Validators } from './validators.js';

/** Everything a flow needs: where answers come from, where they go, and the words to ask with. */
export interface FlowContext {
  canvas: CanvasId;
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
}

/** A canvas flow: asks its questions, saving each answer as it is given. */
export type Flow = (ctx: FlowContext) => Promise<void>;

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

/** Prefixes a question with where it is asked ("Goal 专家资源沉淀 › …"). */
export const within = (context: string | undefined, message: string): string => (context ? `[${context}] ${message}` : message);

/** Asks a text field (definition question `id`) and saves it at `path`; the saved value is the default. */
export async function askText(
  ctx: FlowContext,
  opts: { id: string; key: AnswerKey; path: DocPath; required?: boolean; validate?: Validator; context?: string; fallback?: string },
): Promise<string> {
  const { message, help } = question(ctx, opts.id);
  const answer = await ctx.prompter.text({
    key: opts.key,
    message: within(opts.context, message),
    help,
    default: savedText(ctx.session.get(opts.path)) ?? opts.fallback,
    validate: opts.validate ?? (opts.required ? ctx.v.requiredText : ctx.v.optionalText),
  });
  await ctx.session.set(opts.path, answer === '' ? undefined : answer);
  return answer;
}

/** Asks a whole number and saves it at `path`. */
export async function askNumber(
  ctx: FlowContext,
  opts: { id?: string; message?: string; help?: Help; key: AnswerKey; path: DocPath; validate: Validator; fallback?: number; context?: string },
): Promise<number | undefined> {
  const q = opts.id ? question(ctx, opts.id) : { message: opts.message ?? '', help: opts.help };
  const saved = ctx.session.get(opts.path);
  const answer = await ctx.prompter.number({
    key: opts.key,
    message: within(opts.context, q.message),
    help: q.help,
    // A saved number the question no longer accepts (a target now below the current level) is not offered.
    default: typeof saved === 'number' && opts.validate(String(saved)) === undefined ? saved : opts.fallback,
    validate: opts.validate,
  });
  await ctx.session.set(opts.path, answer);
  return answer;
}

/** Asks one enum value (labels from the glossary group) and saves it at `path`. */
export async function askEnum<T extends string>(
  ctx: FlowContext,
  opts: { id: string; key: AnswerKey; path: DocPath; group: string; values: readonly T[]; fallback?: T; context?: string },
): Promise<T> {
  const { message, help } = question(ctx, opts.id);
  const saved = ctx.session.get(opts.path);
  const answer = await ctx.prompter.select<T>({
    key: opts.key,
    message: within(opts.context, message),
    help,
    choices: enumChoices(ctx, opts.group, opts.values),
    default: (opts.values as readonly unknown[]).includes(saved) ? (saved as T) : opts.fallback,
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
  /** "Add a goal?" / "Add another goal?" */
  addMessage: (count: number) => string;
  /** Suggest adding one when there are fewer than this. */
  min?: number;
  /** Asks the fields of an item; `index` is its place in the canvas list (the list's length for a new one). */
  ask: (index: number, key: AnswerKey, isNew: boolean) => Promise<void>;
  /** Removes the item at `index` and whatever refers to it; the default deletes the list entry. */
  remove?: (index: number, item: Record<string, unknown>) => Promise<void>;
  /** Instead of a new item, the flow may link an existing one: return true when it did. */
  link?: (key: AnswerKey) => Promise<boolean>;
}

/** The entries of the list at `path` that belong, with their place in the whole list. */
function entries(ctx: FlowContext, spec: ItemsSpec): { index: number; item: Record<string, unknown> }[] {
  return asList(ctx.session.get(spec.listPath))
    .map((item, index) => ({ index, item: asRecord(item) }))
    .filter(({ item }) => spec.belongs?.(item) ?? true);
}

/** The identity of an item: its id, or its position when it has none. */
const identity = (item: Record<string, unknown>, index: number): string => (typeof item.id === 'string' ? item.id : `#${index}`);

/**
 * Walks a list: each saved item gets keep / edit / remove (starter examples default to remove),
 * then new items are added while the user wants more. Answers-file keys number the saved items
 * first and the new ones after them, as the prompts do.
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
    if (!found) continue;
    const example = isExampleItem(found.item);
    const action: ItemAction = await ctx.prompter.item({
      key,
      identity: id,
      // A starter example is named by its id: its name is a long "Replace with …" text.
      message: ctx.t(example ? 'iv.item.example' : 'iv.item.question', { item: example && typeof found.item.id === 'string' ? id : spec.label(found.item, answerIndex) }),
      default: example ? 'remove' : 'keep',
    });
    if (action === 'edit') {
      await spec.ask(found.index, key, false);
      await dropPlaceholders(ctx, [...spec.listPath, found.index]);
    }
    if (action === 'remove') {
      if (spec.remove) await spec.remove(found.index, found.item);
      else await ctx.session.remove([...spec.listPath, found.index]);
      removed++;
    }
  }
  for (;;) {
    const count = entries(ctx, spec).length;
    const key = [...spec.key, answerIndex];
    const more = await ctx.prompter.more({ key, message: spec.addMessage(count), default: count < (spec.min ?? 0) });
    if (!more) return;
    answerIndex++;
    if (spec.link && (await spec.link(key))) continue;
    await spec.ask(asList(ctx.session.get(spec.listPath)).length, key, true);
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

/**
 * Asks the name of an item and then its id (derived from the name, editable), and saves both. A new
 * item is written once its id is known, so the id comes first in the file; the name is not lost in
 * between because the resume state holds it. Returns where the item is now.
 */
export async function askNameAndId(
  ctx: FlowContext,
  opts: {
    listPath: DocPath;
    /** The item's place, or the list's length for a new item. */
    index: number;
    key: AnswerKey;
    isNew: boolean;
    /** The name question: a definition question id, or a message and help already in the user's language. */
    nameQuestion: string | { message: string; help?: Help };
    idQuestion: string | { message: string; help?: Help };
    /** Prefix of ids derived from names without Latin letters: goal → goal_1. */
    prefix: string;
    /** Where the name is stored (`name`, or `title` for evidence). */
    nameField?: string;
    context?: string;
    /** Renames references to the item when its id changes. */
    onRename?: (from: string, to: string) => Promise<void>;
  },
): Promise<{ id: string; name: string; index: number }> {
  const nameField = opts.nameField ?? 'name';
  const name = await ctx.prompter.text({
    key: [...opts.key, nameField],
    ...withContext(resolve(ctx, opts.nameQuestion), opts.context),
    default: opts.isNew ? undefined : savedText(ctx.session.get([...opts.listPath, opts.index, nameField])),
    validate: ctx.v.requiredText,
  });
  const taken = takenIds(ctx, opts.listPath, opts.isNew ? undefined : opts.index);
  const savedId = opts.isNew ? undefined : ctx.session.get([...opts.listPath, opts.index, 'id']);
  const suggested =
    typeof savedId === 'string' && !savedId.startsWith('example_') && !taken.has(savedId) ? savedId : deriveId(name, opts.prefix, taken);
  const id = await ctx.prompter.text({
    key: [...opts.key, 'id'],
    ...withContext(resolve(ctx, opts.idQuestion), opts.context),
    default: suggested,
    validate: ctx.v.id(taken),
  });
  if (opts.isNew) {
    // The id is checked to be unique when typed, so an item with it already in the list can only be
    // the one an interrupted run created: resuming continues with it instead of adding a twin.
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
