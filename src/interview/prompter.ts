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
  /**
   * Read from an answers file, never asked of a person, who gets the default: an id derived from
   * the name, a module dimension that follows from the category. A person changes these otherwise
   * (the name prompt takes `name #id`; the combined category prompt has "another combination").
   */
  silent?: boolean;
  /**
   * Asked of a person only (a checklist over all functions, four scores in one line): an answers
   * file gives the same facts field by field, so it is never read there and keeps its default.
   */
  personOnly?: boolean;
}

/** Free text, checked as typed. */
export interface TextQuestion extends BaseQuestion<string> {
  validate: Validator;
  /** One line only (a name): a pasted block is joined with spaces instead of keeping its line breaks. */
  singleLine?: boolean;
  /**
   * An answer that is allowed but probably a slip (a deadline already past): a person is told and
   * presses Enter again to keep it; an answers file is taken as it is.
   */
  warn?: (value: string) => string | undefined;
}

/** A number; a person may write 5万, 1.2亿, 50,000 or full-width digits, and is told what was understood. */
export interface NumberQuestion extends BaseQuestion<number> {
  /** Checks the number written in plain digits; empty gives undefined when it allows that. */
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
  /** A starter-file example: offered as "fill in" or "remove", never "keep". */
  example?: boolean;
  /** What the item holds, shown with the question (a role's activity at a crossing). */
  detail?: string;
}

/**
 * Asks for the next item of a list by its name; nothing ends the list. In an answers file the
 * entry at `key` gives the name (`field`), or `existing: <id or name>` for an item to reuse.
 */
export interface NextQuestion extends BaseQuestion<string> {
  validate: Validator;
  /** The list needs this item: ending it here is refused (the first goal, the first candidate). */
  required?: boolean;
  /** The field of the answers-file entry that holds the name (`name`, `title`, `department`). */
  field: string;
  /** Items elsewhere on the canvas that may be reused here, by their number or their exact name. */
  reuse?: readonly Choice<string>[];
}

/** The next item: a new one by its name, an existing one to reuse, or none (the list is done). */
export type NextAnswer = { name: string } | { existing: string } | undefined;

/**
 * Picks the entries of a list from a set of choices in one go (the roles at a crossing). `saved`
 * are the values already in the list: a person sees them ticked; an answers file addresses them
 * first by position (keep, remove, or new fields), then adds entries naming a choice in `field`.
 */
export interface PickQuestion extends BaseQuestion<string[]> {
  choices: readonly Choice<string>[];
  saved: readonly string[];
  field: string;
  validate?: (values: readonly string[]) => string | undefined;
}

/** One picked entry and the key its further answers (an activity, a new role's fields) go under. */
export interface Picked {
  value: string;
  key: AnswerKey;
}

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
  /** The next item of a list, or undefined when the list is done. */
  next(q: NextQuestion): Promise<NextAnswer>;
  /** Several entries of a list picked at once. */
  pick(q: PickQuestion): Promise<Picked[]>;
  /** Shows text that is not a question: an introduction, a rubric, a table. */
  say(text: string): void;
}

/** The user pressed Ctrl-C at a prompt: every answer given so far is already saved. */
export class InterviewInterrupted extends Error {
  constructor() {
    super('interview interrupted');
  }
}

/** The user asked for the previous question (Esc): the run goes back one answer. */
export class GoBack extends Error {
  constructor() {
    super('previous question');
  }
}

/** The user asked for the jump menu (Ctrl-G): the run shows where to go. */
export class JumpRequested extends Error {
  constructor() {
    super('jump menu');
  }
}

/** Joins an answer key for display and lookups: `north-star/candidates/0/name`. */
export const keyString = (key: AnswerKey): string => key.join('/');
