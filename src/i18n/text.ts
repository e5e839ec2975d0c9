// What the domain says, before it is said in a language: a catalogue key with its arguments. The
// domain returns these (findings, advice); the edge turns them into text in the reader's locale,
// so one check run serves `check` in the terminal's language and `build --lang` in another.
import type { Locale, LocalizedString } from '../shared/locale.js';
import { catalogue, format, type MessageKey } from './index.js';
import type { Message } from './message.js';
import { midSentence } from './mid-sentence.js';

/** A catalogue message and its arguments. */
export interface Msg {
  key: MessageKey;
  params?: Readonly<Record<string, Arg>>;
}

/** Text given in every locale by the workspace or a model file (a facet name, a model's advice). */
export interface LocalizedText {
  localized: LocalizedString;
}

/** Several texts said one after another, separated by a space. */
export interface Sentences {
  sentences: readonly Text[];
}

/** Something to say. */
export type Text = Msg | LocalizedText | Sentences;

/** An argument of a message. */
export type Arg =
  | string
  | number
  | Text
  /** A glossary label (`group.value`) in its mid-sentence form: "operations node", "CRM". */
  | { label: string }
  /** A glossary label as written (title case in English), for the start of a clause. */
  | { term: string }
  /** Items joined the way the locale writes a list: ", " or "、". */
  | { list: readonly Arg[] }
  /** A named item with its id: `Name (id)` or `名称（id）`. */
  | { named: { name: string; id: string } };

/** What turning a Text into words needs: the locale and the glossary's labels in it. */
export interface TextContext {
  locale: Locale;
  /** The glossary label of `group.value` or `term.id`, as written. */
  label(key: string): string;
}

/** The text in the context's locale. */
export function localize(text: Text, ctx: TextContext): string {
  if ('key' in text) {
    const params: Record<string, string | number> = {};
    for (const [name, arg] of Object.entries(text.params ?? {})) params[name] = argument(arg, ctx);
    return format((catalogue[text.key] as Message)[ctx.locale], params);
  }
  if ('localized' in text) return text.localized[ctx.locale];
  return text.sentences.map((s) => localize(s, ctx)).join(' ');
}

function argument(arg: Arg, ctx: TextContext): string | number {
  if (typeof arg === 'string' || typeof arg === 'number') return arg;
  if ('label' in arg) return midSentence(ctx.label(arg.label), ctx.locale);
  if ('term' in arg) return ctx.label(arg.term);
  if ('list' in arg) return arg.list.map((a) => argument(a, ctx)).join(ctx.locale === 'en' ? ', ' : '、');
  if ('named' in arg) return ctx.locale === 'en' ? `${arg.named.name} (${arg.named.id})` : `${arg.named.name}（${arg.named.id}）`;
  return localize(arg, ctx);
}

/** Says texts in one locale; without the glossary, a label falls back to its value id. */
export function speaker(locale: Locale, label: (key: string) => string = (key) => key.slice(key.indexOf('.') + 1)): (text: Text) => string {
  const ctx: TextContext = { locale, label };
  return (text) => localize(text, ctx);
}

/** Items with a message and an optional hint (findings), with both said by `say`. */
export function sayMessages<T extends { message: Text; hint?: Text }>(items: readonly T[], say: (text: Text) => string): (Omit<T, 'message' | 'hint'> & { message: string; hint?: string })[] {
  return items.map(({ message, hint, ...rest }) => ({ ...rest, message: say(message), ...(hint ? { hint: say(hint) } : {}) }));
}
