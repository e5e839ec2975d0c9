// Wraps the live Prompter so a canvas can be walked again exactly: the answers of this visit are
// replayed, in order, without a prompt, until the first question that has none — the very question
// where an interrupted run stopped, or the one the user went back to. Answers given again there
// are offered first: what was answered after a question one went back to comes back as the
// default of the same question. Every answer is reported to `record`, replayed or new.
import {
  keyString,
  type CheckboxQuestion,
  type ConfirmQuestion,
  type ItemAction,
  type ItemQuestion,
  type ListQuestion,
  type NextAnswer,
  type NextQuestion,
  type NumberQuestion,
  type Picked,
  type PickQuestion,
  type Prompter,
  type SelectQuestion,
  type TextQuestion,
} from './prompter.js';

/** One recorded answer: the question's kind and key, the value, and how it read (for the recap). */
export interface RecordedAnswer {
  key: string;
  value: unknown;
  /** The question as asked, for the recap after a resume. */
  q?: string;
  /** The answer as it read on the screen (a choice's label rather than its value). */
  a?: string;
}

/** Hooks of a replay. */
export interface ReplayHooks {
  /** Every answer, replayed or new, in the order given. */
  record(answer: RecordedAnswer): void | Promise<void>;
  /** Called once, just before the first question that is really asked. */
  live?(): void | Promise<void>;
}

/** Replays `replay` in order, then asks `inner`, offering `redo` answers as defaults. */
export class ReplayPrompter implements Prompter {
  private index = 0;
  private replay: boolean;
  private wentLive = false;

  constructor(
    private readonly inner: Prompter,
    private readonly recorded: readonly RecordedAnswer[],
    /** Answers given before going back, by key: offered as defaults, never replayed. */
    private readonly redo: Map<string, unknown>,
    private readonly hooks: ReplayHooks,
    /** Between the ticked choices of a recorded answer: `, ` in English, `、` in Chinese. */
    private readonly separator = ', ',
  ) {
    this.replay = recorded.length > 0;
  }

  /** True while earlier answers are being replayed (nothing is shown then). */
  get replaying(): boolean {
    return this.replay;
  }

  /** Answers replayed so far. */
  get replayed(): number {
    return this.replay ? this.index : Math.min(this.index, this.recorded.length);
  }

  private async answer<T>(
    id: string,
    message: string,
    valid: (value: unknown) => value is T,
    ask: (redo: T | undefined) => Promise<T>,
    show: (value: T) => string = (value) => (value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)),
  ): Promise<T> {
    if (this.replay) {
      const next = this.recorded[this.index];
      if (next && next.key === id && valid(next.value)) {
        this.index++;
        if (this.index >= this.recorded.length) this.replay = false;
        await this.hooks.record(next);
        return next.value;
      }
      // The walk left the recorded path (a file changed meanwhile): what is left is offered, not replayed.
      for (const rest of this.recorded.slice(this.index)) if (!this.redo.has(rest.key)) this.redo.set(rest.key, rest.value);
      this.replay = false;
    }
    if (!this.wentLive) {
      this.wentLive = true;
      await this.hooks.live?.();
    }
    const redo = this.redo.get(id);
    const value = await ask(valid(redo) ? redo : undefined);
    this.redo.delete(id);
    await this.hooks.record(message ? { key: id, value, q: message, a: show(value) } : { key: id, value });
    return value;
  }

  say(text: string): void {
    if (!this.replay) this.inner.say(text);
  }

  text(q: TextQuestion): Promise<string> {
    if (q.silent) return this.inner.text(q);
    return this.answer(`text:${keyString(q.key)}`, q.message, isString, (redo) => this.inner.text(redo === undefined ? q : { ...q, default: redo }));
  }

  number(q: NumberQuestion): Promise<number | undefined> {
    if (q.silent) return this.inner.number(q);
    // The state file stores "no number" as null.
    return this.answer(`number:${keyString(q.key)}`, q.message, isNumberOrNothing, (redo) => this.inner.number(typeof redo === 'number' ? { ...q, default: redo } : q)).then((v) => v ?? undefined);
  }

  select<T extends string>(q: SelectQuestion<T>): Promise<T> {
    if (q.silent) return this.inner.select(q);
    const known = (v: unknown): v is T => q.choices.some((c) => c.value === v);
    return this.answer(`select:${keyString(q.key)}`, q.message, known, (redo) => this.inner.select(redo === undefined ? q : { ...q, default: redo }), (v) => labelOf(q.choices, v));
  }

  checkbox<T extends string>(q: CheckboxQuestion<T>): Promise<T[]> {
    if (q.silent) return this.inner.checkbox(q);
    const known = (v: unknown): v is T[] => Array.isArray(v) && v.every((x) => q.choices.some((c) => c.value === x));
    return this.answer(`checkbox:${keyString(q.key)}`, q.message, known, (redo) => this.inner.checkbox(redo === undefined ? q : { ...q, default: redo }), (v) => v.map((x) => labelOf(q.choices, x)).join(this.separator));
  }

  confirm(q: ConfirmQuestion): Promise<boolean> {
    if (q.silent) return this.inner.confirm(q);
    return this.answer(`confirm:${keyString(q.key)}`, q.message, isBoolean, (redo) => this.inner.confirm(redo === undefined ? q : { ...q, default: redo }));
  }

  list(q: ListQuestion): Promise<string[]> {
    if (q.silent) return this.inner.list(q);
    return this.answer(`list:${keyString(q.key)}`, q.message, isStringList, (redo) => this.inner.list(redo === undefined ? q : { ...q, default: redo }), (v) => v.join(' / '));
  }

  item(q: ItemQuestion): Promise<ItemAction> {
    // The item's id is part of the key: a recorded "remove" never lands on the item that moved into its place.
    // A starter example is filled in without a question: nothing to recap.
    return this.answer(`item:${keyString(q.key)}#${q.identity}`, q.example ? '' : q.message, isItemAction, (redo) => this.inner.item(redo === undefined ? q : { ...q, default: redo }));
  }

  next(q: NextQuestion): Promise<NextAnswer> {
    return this.answer(`next:${keyString(q.key)}`, q.message, isNextAnswer, (redo) => {
      if (redo === undefined || redo === null) return this.inner.next(q);
      const name = 'name' in redo ? redo.name : (q.reuse?.find((c) => c.value === redo.existing)?.name ?? redo.existing);
      return this.inner.next({ ...q, default: name });
    }, (v) => (v === undefined || v === null ? '—' : 'name' in v ? v.name : labelOf(q.reuse ?? [], v.existing))).then((v) => v ?? undefined);
  }

  pick(q: PickQuestion): Promise<Picked[]> {
    const known = (v: unknown): v is Picked[] =>
      Array.isArray(v) && v.every((p) => p !== null && typeof p === 'object' && q.choices.some((c) => c.value === (p as Picked).value) && Array.isArray((p as Picked).key));
    return this.answer(`pick:${keyString(q.key)}`, q.message, known, (redo) => this.inner.pick(redo === undefined ? q : { ...q, default: redo.map((p) => p.value) }), (v) => v.map((p) => labelOf(q.choices, p.value)).join(this.separator));
  }
}

/** The label of a choice value, or the value itself. */
const labelOf = (choices: readonly { value: string; name: string }[], value: string): string => choices.find((c) => c.value === value)?.name ?? value;

const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isNumberOrNothing = (v: unknown): v is number | undefined | null => v === undefined || v === null || typeof v === 'number';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isItemAction = (v: unknown): v is ItemAction => v === 'keep' || v === 'edit' || v === 'remove';
const isNextAnswer = (v: unknown): v is NextAnswer | null =>
  v === undefined || v === null || (typeof v === 'object' && (typeof (v as { name?: unknown }).name === 'string' || typeof (v as { existing?: unknown }).existing === 'string'));
