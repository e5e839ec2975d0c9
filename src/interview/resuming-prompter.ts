// Wraps the live Prompter to make an interview resumable: every answer is recorded in the progress
// state as it is given, and on the next run the recorded answers are replayed without prompting
// until the first question that was not answered — where the interrupted run stopped.
import {
  keyString,
  type CheckboxQuestion,
  type ConfirmQuestion,
  type ItemAction,
  type ItemQuestion,
  type ListQuestion,
  type MoreQuestion,
  type NumberQuestion,
  type Prompter,
  type SelectQuestion,
  type TextQuestion,
} from './prompter.js';

/** One recorded answer: the question's kind and key (plus the item's id for keep/edit/remove). */
export interface RecordedAnswer {
  key: string;
  value: unknown;
}

/** Replays `recorded`, then asks `inner`; reports every answer (replayed or new) to `record`. */
export class ResumingPrompter implements Prompter {
  private readonly pending: Map<string, unknown>;
  private replay: boolean;
  /** Key prefixes of this run mapped to those the interrupted run used for the same item. */
  private readonly aliases: [from: string, to: string][] = [];
  /** Answers taken from the previous run. */
  replayed = 0;

  constructor(
    private readonly inner: Prompter,
    recorded: readonly RecordedAnswer[],
    private readonly record: (answer: RecordedAnswer) => Promise<void>,
  ) {
    this.pending = new Map(recorded.map((a) => [a.key, a.value]));
    this.replay = recorded.length > 0;
  }

  /** True while earlier answers are being replayed (nothing is shown then). */
  get replaying(): boolean {
    return this.replay;
  }

  /**
   * The recorded answer for `id` while replaying; the first question without one ends the replay
   * for good, so a changed path can never pick up an answer meant for another question.
   */
  private async answer<T>(id: string, valid: (value: unknown) => value is T, ask: () => Promise<T>): Promise<T> {
    const recorded = this.recordedId(id);
    if (this.replay && this.pending.has(recorded) && valid(this.pending.get(recorded))) {
      const value = this.pending.get(recorded) as T;
      this.replayed++;
      await this.record({ key: id, value });
      return value;
    }
    this.replay = false;
    const value = await ask();
    await this.record({ key: id, value });
    return value;
  }

  /** The key the interrupted run used for question `id` (they differ once an item moved up). */
  private recordedId(id: string): string {
    for (const [from, to] of this.aliases) {
      const colon = id.indexOf(':') + 1;
      const key = id.slice(colon);
      if (key === from || key.startsWith(`${from}/`)) return `${id.slice(0, colon)}${to}${key.slice(from.length)}`;
    }
    return id;
  }

  /**
   * The answer index under which the interrupted run added the item with id `identity` to the list
   * at `list` ("more" answered yes, then that id given), if it did.
   */
  private addedAt(list: string, identity: string): string | undefined {
    for (const [key, value] of this.pending) {
      const match = /^text:(.*)\/(\d+)\/id$/.exec(key);
      if (match && match[1] === list && value === identity && this.pending.get(`more:${list}/${match[2]}`) === true) return `${list}/${match[2]}`;
    }
    return undefined;
  }

  say(text: string): void {
    if (!this.replay) this.inner.say(text);
  }

  text(q: TextQuestion): Promise<string> {
    return this.answer(`text:${keyString(q.key)}`, isString, () => this.inner.text(q));
  }

  number(q: NumberQuestion): Promise<number | undefined> {
    // The state file stores "no number" as null.
    return this.answer(`number:${keyString(q.key)}`, isNumberOrNothing, () => this.inner.number(q)).then((v) => v ?? undefined);
  }

  select<T extends string>(q: SelectQuestion<T>): Promise<T> {
    const known = (v: unknown): v is T => q.choices.some((c) => c.value === v);
    return this.answer(`select:${keyString(q.key)}`, known, () => this.inner.select(q));
  }

  checkbox<T extends string>(q: CheckboxQuestion<T>): Promise<T[]> {
    const known = (v: unknown): v is T[] => Array.isArray(v) && v.every((x) => q.choices.some((c) => c.value === x));
    return this.answer(`checkbox:${keyString(q.key)}`, known, () => this.inner.checkbox(q));
  }

  confirm(q: ConfirmQuestion): Promise<boolean> {
    return this.answer(`confirm:${keyString(q.key)}`, isBoolean, () => this.inner.confirm(q));
  }

  list(q: ListQuestion): Promise<string[]> {
    return this.answer(`list:${keyString(q.key)}`, isStringList, () => this.inner.list(q));
  }

  item(q: ItemQuestion): Promise<ItemAction> {
    // The item's id is part of the key: after a removal the indexes shift, and a recorded "remove"
    // must never be replayed onto the item that moved into its place.
    const key = keyString(q.key);
    const id = `item:${key}#${q.identity}`;
    if (this.replay && !this.pending.has(this.recordedId(id))) {
      // An item the interrupted run was adding is saved now, so this run meets it as an existing
      // one, perhaps at another position: "edit" continues with it, and its recorded answers
      // replay from the keys they were given under.
      const added = this.addedAt(keyString(q.key.slice(0, -1)), q.identity);
      if (added !== undefined) {
        if (added !== key) this.aliases.push([key, added]);
        this.pending.set(this.recordedId(id), 'edit');
      }
    }
    return this.answer(id, isItemAction, () => this.inner.item(q));
  }

  more(q: MoreQuestion): Promise<boolean> {
    return this.answer(`more:${keyString(q.key)}`, isBoolean, () => this.inner.more(q));
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isNumberOrNothing = (v: unknown): v is number | undefined | null => v === undefined || v === null || typeof v === 'number';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isItemAction = (v: unknown): v is ItemAction => v === 'keep' || v === 'edit' || v === 'remove';
