// The Prompter for runs without a person: answers come from a YAML file and go through the same
// validators as typed ones. Nothing stops at the first bad answer: every missing, invalid or unknown
// answer becomes a located problem, so one run reports everything that needs fixing.
import type { ParsedYaml } from '../store/parse-yaml.js';
import { closest } from '../shared/did-you-mean.js';
import type { Problem } from '../domain/problem.js';
import type { Translator } from '../i18n/index.js';
import { lineColOf } from '../store/locate.js';
import {
  keyString,
  type AnswerKey,
  type CheckboxQuestion,
  type Choice,
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

/** A parsed answers file. */
export interface AnswersFile extends ParsedYaml {
  /** The path as shown to the user. */
  file: string;
}

const ITEM_ACTIONS: readonly ItemAction[] = ['keep', 'edit', 'remove'];
const YES = new Set(['yes', 'y', 'true', '是', '是的', '對', '对']);
const NO = new Set(['no', 'n', 'false', '否', '不', '不是']);

/** Takes answers from a YAML file, collecting a problem for each one that is missing or invalid. */
export class AnswersPrompter implements Prompter {
  readonly problems: Problem[] = [];
  /** Keys whose answers were read: anything else in the file is unknown. */
  private readonly consumed = new Set<string>();
  /** Every key asked, to suggest the right name for an unknown one. */
  private readonly asked: AnswerKey[] = [];

  constructor(
    private readonly answers: AnswersFile,
    private readonly t: Translator,
    private readonly output: NodeJS.WritableStream | undefined,
  ) {}

  say(text: string): void {
    this.output?.write(`${text}\n`);
  }

  /** The value at `key`, if the file has one (null counts as absent). */
  private lookup(key: AnswerKey): { found: boolean; value: unknown } {
    let node: unknown = this.answers.data;
    for (const segment of key) {
      if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
      else if (node !== null && typeof node === 'object' && !Array.isArray(node)) node = (node as Record<string, unknown>)[String(segment)];
      else return { found: false, value: undefined };
    }
    return { found: node !== undefined && node !== null, value: node };
  }

  /** Reads the answer at `key`, marking it consumed. */
  private read(key: AnswerKey): { found: boolean; value: unknown } {
    this.asked.push(key);
    const hit = this.lookup(key);
    if (hit.found) this.consumed.add(keyString(key));
    return hit;
  }

  private report(rule: 'answers/missing' | 'answers/invalid', key: AnswerKey, message: string, hint?: string): void {
    const { line, col } = lineColOf(this.answers.doc, this.answers.lineCounter, { path: key });
    this.problems.push({ severity: 'error', rule, file: this.answers.file, path: key, line, col, message, ...(hint ? { hint } : {}) });
  }

  private missing(key: AnswerKey, question: string, expected: string): void {
    this.report('answers/missing', key, this.t('answers.missing', { key: dotted(key) }), this.t('answers.expected', { question, expected }));
  }

  private invalid(key: AnswerKey, question: string, found: unknown, expected: string): void {
    this.report('answers/invalid', key, this.t('answers.invalid', { key: dotted(key), found: shown(found) }), this.t('answers.expected', { question, expected }));
  }

  /** A scalar answer as the text a person would have typed; undefined for lists and mappings. */
  private scalar(value: unknown): string | undefined {
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return undefined;
  }

  async text(q: TextQuestion): Promise<string> {
    const hit = this.read(q.key);
    if (!hit.found) {
      if (q.default !== undefined) return q.default;
      const message = q.validate('');
      if (message !== undefined) this.missing(q.key, q.message, message);
      return '';
    }
    const raw = this.scalar(hit.value);
    if (raw === undefined) {
      this.invalid(q.key, q.message, hit.value, this.t('answers.expectText'));
      return q.default ?? '';
    }
    const message = q.validate(raw);
    if (message !== undefined) {
      this.invalid(q.key, q.message, hit.value, message);
      return q.default ?? '';
    }
    return raw;
  }

  async number(q: NumberQuestion): Promise<number | undefined> {
    const raw = await this.text({ ...q, default: q.default === undefined ? undefined : String(q.default) });
    return raw === '' ? undefined : Number(raw);
  }

  /** The choice an answer names, by value or by label (any case). */
  private match<T extends string>(choices: readonly Choice<T>[], raw: string): T | undefined {
    const lower = raw.toLowerCase();
    return choices.find(
      (c) => c.value.toLowerCase() === lower || c.name.toLowerCase() === lower || (c.aliases ?? []).some((a) => a.toLowerCase() === lower),
    )?.value;
  }

  /** How a choice is written in an answers file: its alias when it has one, else its value. */
  private written<T extends string>(choice: Choice<T>): string {
    return choice.aliases?.[0] ?? choice.value;
  }

  private expectedChoices<T extends string>(choices: readonly Choice<T>[], raw?: string): string {
    const list = this.t('answers.oneOf', { values: choices.map((c) => this.written(c)).join(', ') });
    const suggestion = raw === undefined ? undefined : closest(raw, choices.map((c) => this.written(c)));
    return suggestion ? `${list} ${this.t('answers.didYouMean', { suggestion })}` : list;
  }

  async select<T extends string>(q: SelectQuestion<T>): Promise<T> {
    const fallback = (q.choices.some((c) => c.value === q.default) ? q.default : undefined) ?? q.choices[0]!.value;
    const hit = this.read(q.key);
    if (!hit.found) {
      if (q.default === undefined || !q.choices.some((c) => c.value === q.default)) this.missing(q.key, q.message, this.expectedChoices(q.choices));
      return fallback;
    }
    const raw = this.scalar(hit.value);
    const value = raw === undefined ? undefined : this.match(q.choices, raw);
    if (value === undefined) {
      this.invalid(q.key, q.message, hit.value, this.expectedChoices(q.choices, raw));
      return fallback;
    }
    return value;
  }

  async checkbox<T extends string>(q: CheckboxQuestion<T>): Promise<T[]> {
    const hit = this.read(q.key);
    if (!hit.found) {
      const values = q.default ?? [];
      const message = q.validate?.(values);
      if (q.default === undefined && message !== undefined) this.missing(q.key, q.message, message);
      return values;
    }
    const items = Array.isArray(hit.value) ? hit.value : [hit.value];
    const values: T[] = [];
    let ok = true;
    items.forEach((item, index) => {
      const raw = this.scalar(item);
      const value = raw === undefined ? undefined : this.match(q.choices, raw);
      if (value === undefined) {
        ok = false;
        this.invalid(Array.isArray(hit.value) ? [...q.key, index] : q.key, q.message, item, this.t('answers.someOf', { values: q.choices.map((c) => this.written(c)).join(', ') }));
      } else if (!values.includes(value)) values.push(value);
    });
    if (!ok) return q.default ?? [];
    const message = q.validate?.(values);
    if (message !== undefined) {
      this.invalid(q.key, q.message, hit.value, message);
      return q.default ?? [];
    }
    // Keep the order of the choices, as the prompt does, so files do not depend on the answer order.
    return q.choices.map((c) => c.value).filter((v) => values.includes(v));
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    const hit = this.read(q.key);
    if (!hit.found) {
      if (q.default === undefined) this.missing(q.key, q.message, this.t('answers.expectYesNo'));
      return q.default ?? false;
    }
    const raw = this.scalar(hit.value)?.toLowerCase();
    if (raw !== undefined && YES.has(raw)) return true;
    if (raw !== undefined && NO.has(raw)) return false;
    this.invalid(q.key, q.message, hit.value, this.t('answers.expectYesNo'));
    return q.default ?? false;
  }

  async list(q: ListQuestion): Promise<string[]> {
    const hit = this.read(q.key);
    const min = q.min ?? 0;
    if (!hit.found) {
      if (q.default !== undefined) return q.default;
      if (min > 0) this.missing(q.key, q.message, this.t('iv.atLeast', { min }));
      return [];
    }
    if (!Array.isArray(hit.value) && typeof hit.value !== 'string') {
      this.invalid(q.key, q.message, hit.value, this.t('answers.expectList'));
      return q.default ?? [];
    }
    // A single string is one line per line, as typed at the prompt.
    const items: unknown[] = Array.isArray(hit.value) ? hit.value : hit.value.split('\n');
    const lines: string[] = [];
    let ok = true;
    items.forEach((item, index) => {
      const raw = this.scalar(item);
      const where = Array.isArray(hit.value) ? [...q.key, index] : q.key;
      if (raw === undefined) {
        ok = false;
        this.invalid(where, q.message, item, this.t('answers.expectText'));
        return;
      }
      if (raw === '') return;
      const message = q.validate(raw);
      if (message !== undefined) {
        ok = false;
        this.invalid(where, q.message, item, message);
      } else lines.push(raw);
    });
    if (ok && lines.length < min) {
      ok = false;
      this.invalid(q.key, q.message, hit.value, this.t('iv.atLeast', { min }));
    }
    return ok ? lines : (q.default ?? []);
  }

  async item(q: ItemQuestion): Promise<ItemAction> {
    this.asked.push([...q.key, 'action']);
    const hit = this.lookup(q.key);
    const fallback = q.default ?? 'keep';
    if (!hit.found) return fallback;
    const value = hit.value;
    if (typeof value === 'string') {
      this.consumed.add(keyString(q.key));
      const action = ITEM_ACTIONS.find((a) => a === value.trim().toLowerCase());
      if (action) return action;
      this.invalid(q.key, q.message, value, this.t('answers.oneOf', { values: ITEM_ACTIONS.join(', ') }));
      return fallback;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const fields = value as Record<string, unknown>;
      if ('action' in fields) {
        this.consumed.add(keyString([...q.key, 'action']));
        const action = ITEM_ACTIONS.find((a) => a === String(fields.action).trim().toLowerCase());
        if (action) return action;
        this.invalid([...q.key, 'action'], q.message, fields.action, this.t('answers.oneOf', { values: ITEM_ACTIONS.join(', ') }));
        return fallback;
      }
      // New values for an existing item mean "edit it".
      return Object.keys(fields).length > 0 ? 'edit' : fallback;
    }
    this.invalid(q.key, q.message, value, this.t('answers.expectItem'));
    return fallback;
  }

  async more(q: MoreQuestion): Promise<boolean> {
    return this.lookup(q.key).found;
  }

  /**
   * Reports answers under `roots` (the canvases that ran) that no question read: usually a typo in
   * a key, which would otherwise be silently ignored.
   */
  reportUnknown(roots: readonly string[]): void {
    const covered = (path: AnswerKey) => {
      for (let i = path.length; i > 0; i--) if (this.consumed.has(keyString(path.slice(0, i)))) return true;
      return false;
    };
    const siblings = (path: AnswerKey) => {
      const parent = keyString(path.slice(0, -1));
      const names = new Set<string>();
      for (const key of this.asked) {
        if (key.length === path.length && keyString(key.slice(0, -1)) === parent) names.add(String(key[key.length - 1]));
      }
      return names;
    };
    const walk = (value: unknown, path: AnswerKey): void => {
      if (covered(path)) return;
      const isList = Array.isArray(value);
      const isMap = value !== null && typeof value === 'object' && !isList;
      const entries: [string | number, unknown][] = isList ? value.map((v, i) => [i, v]) : isMap ? Object.entries(value) : [];
      // A mapping or list that holds asked keys is walked into; anything else was never asked for.
      if (entries.length > 0 && this.asked.some((k) => k.length > path.length && keyString(k.slice(0, path.length)) === keyString(path))) {
        for (const [k, v] of entries) walk(v, [...path, k]);
        return;
      }
      const last = path[path.length - 1];
      const suggestion = typeof last === 'string' ? closest(last, siblings(path)) : undefined;
      // Point at the key itself: that is the part to correct or remove.
      const at = typeof last === 'string' ? { path: path.slice(0, -1), key: last } : { path };
      const { line, col } = lineColOf(this.answers.doc, this.answers.lineCounter, at);
      this.problems.push({
        severity: 'error',
        rule: 'answers/unknown',
        file: this.answers.file,
        path,
        line,
        col,
        message: this.t('answers.unknown', { key: dotted(path) }),
        hint: suggestion ? this.t('answers.didYouMean', { suggestion }) : this.t('answers.unknown.hint'),
      });
    };
    const data = this.answers.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
    for (const root of roots) {
      const value = (data as Record<string, unknown>)[root];
      if (value !== undefined && value !== null) walk(value, [root]);
    }
  }
}

/** `north-star.candidates[0].name`: an answer key as a person would write it. */
export function dotted(key: AnswerKey): string {
  return key.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

/** A found value, short, for a message. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
