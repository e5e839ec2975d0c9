// The shape of a catalogue entry: one message in every locale, so none can be left out.
import type { Locale } from '../shared/locale.js';

/** One message in every supported locale. `{name}` marks a parameter. */
export type Message = Record<Locale, string>;

/** A catalogue: message key to message. */
export type Catalogue = Record<string, Message>;

/** Declares a catalogue while keeping its literal keys for type-checked lookups. */
export const defineMessages = <const T extends Catalogue>(messages: T): T => messages;
