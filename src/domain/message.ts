// Builders for what the domain says (i18n/text.ts): the domain names a catalogue key and its
// arguments, and never a language; the edge localizes. Only types come from i18n.
import type { Arg, LocalizedText, Msg, Sentences, Text } from '../i18n/text.js';
import type { MessageKey } from '../i18n/index.js';
import type { LocalizedString } from '../shared/locale.js';

export type { Arg, Msg, Text } from '../i18n/text.js';

/** A catalogue message with its arguments. */
export const msg = (key: MessageKey, params?: Readonly<Record<string, Arg>>): Msg => (params ? { key, params } : { key });
/** The glossary label of an enum value, mid-sentence: `label('ops_stage', 'ecosystem')`. */
export const label = (group: string, value: string): Arg => ({ label: `${group}.${value}` });
/** A glossary label as written, e.g. a roadmap step at the start of a clause. */
export const term = (key: string): Arg => ({ term: key });
/** Items as the locale lists them. */
export const list = (items: readonly Arg[]): Arg => ({ list: items });
/** A named item with its id. */
export const named = (name: string, id: string): Arg => ({ named: { name, id } });
/** Text the workspace or a model gives in every locale. */
export const localized = (text: LocalizedString): LocalizedText => ({ localized: text });
/** Texts said one after the other. */
export const sentences = (...texts: Text[]): Sentences => ({ sentences: texts });
