// The Prompter: how a flow asks its questions, whoever answers them (a person at a terminal or an
// answers file). Flows depend only on this interface, never on a prompt library.
import type { Validator } from './validators.js';

/** Where an answer lives in an answers file (and in the resume state): canvas id first, then keys. */
export type AnswerKey = readonly (string | number)[];

/** The methodology behind a question and an example answer, shown on demand. */
export interface Help {
  why?: string;
  example?: string;
}

/** What every question has. */
interface BaseQuestion<T> {
  /** Unique for the whole run; also the question's place in an answers file. */
  key: AnswerKey;
  message: string;
  /** The saved answer (Enter keeps it) or a sensible suggestion. */
  default?: T;
  help?: Help;
}

/** Free text, checked as typed. */
export interface TextQuestion extends BaseQuestion<string> {
  validate: Validator;
}

/** A whole number typed as text; empty gives undefined when the validator allows it. */
export interface NumberQuestion extends BaseQuestion<number> {
  validate: Validator;
}

/** One choice of a select or checkbox: the stored value and the label shown. */
export interface Choice<T extends string> {
  value: T;
  name: string;
  /** Shown under the list while this choice is highlighted. */
  description?: string;
  /** Other words an answers file may use for this choice (e.g. `new` for "a new role"). */
  aliases?: readonly string[];
}

/** Pick one value. */
export interface SelectQuestion<T extends string> extends BaseQuestion<T> {
  choices: readonly Choice<T>[];
}

/** Pick any number of values. */
export interface CheckboxQuestion<T extends string> extends BaseQuestion<T[]> {
  choices: readonly Choice<T>[];
  /** Message when the selection is not acceptable (e.g. too few). */
  validate?: (values: readonly T[]) => string | undefined;
}

/** Yes or no. */
export type ConfirmQuestion = BaseQuestion<boolean>;

/** A list of short texts (pain points, data dimensions), edited line by line. */
export interface ListQuestion extends BaseQuestion<string[]> {
  /** Checks each line. */
  validate: Validator;
  /** Fewest lines accepted. */
  min?: number;
}

/** What to do with an item already saved (a goal, a candidate metric…) on a re-run. */
export type ItemAction = 'keep' | 'edit' | 'remove';

/** Asks what to do with an existing item of a list. */
export interface ItemQuestion extends BaseQuestion<ItemAction> {
  /** The item's id: an interrupted run resumes by id, not by position, once items were removed. */
  identity: string;
}

/** Asks whether to add one more item to a list; `key` is the new item's own key. */
export type MoreQuestion = BaseQuestion<boolean>;

/** Asks questions and says things; every answer resolves the returned promise. */
export interface Prompter {
  text(q: TextQuestion): Promise<string>;
  number(q: NumberQuestion): Promise<number | undefined>;
  select<T extends string>(q: SelectQuestion<T>): Promise<T>;
  checkbox<T extends string>(q: CheckboxQuestion<T>): Promise<T[]>;
  confirm(q: ConfirmQuestion): Promise<boolean>;
  list(q: ListQuestion): Promise<string[]>;
  /** keep / edit / remove an existing item (an answers file may just give the item's new fields). */
  item(q: ItemQuestion): Promise<ItemAction>;
  /** Another item? (in an answers file: is there an entry at `key`?) */
  more(q: MoreQuestion): Promise<boolean>;
  /** Shows text that is not a question: an introduction, a rubric, a table. */
  say(text: string): void;
}

/** The user pressed Ctrl-C at a prompt: every answer given so far is already saved. */
export class InterviewInterrupted extends Error {
  constructor() {
    super('interview interrupted');
  }
}

/** Joins an answer key for display and lookups: `north-star/candidates/0/name`. */
export const keyString = (key: AnswerKey): string => key.join('/');
