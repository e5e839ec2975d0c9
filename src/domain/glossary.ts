// Methodology terms and enum labels in every locale, looked up from the parsed canvases/glossary.yaml.
import type { Locale } from './enums.js';
import type { Glossary } from './schemas/canvas-definition.js';

/** Looks up the label of a glossary key (`<group>.<value>` or `term.<id>`) in one locale. */
export interface GlossaryLookup {
  /** The label, or the key's last segment when the glossary lacks it (an id is better than nothing). */
  label(key: string, locale: Locale): string;
}

/** A lookup over a parsed glossary; without one, every label falls back to the bare id. */
export function createGlossary(glossary?: Glossary): GlossaryLookup {
  const terms = glossary?.terms ?? {};
  return {
    label(key, locale) {
      const entry = Object.prototype.hasOwnProperty.call(terms, key) ? terms[key] : undefined;
      return entry?.[locale] ?? key.slice(key.indexOf('.') + 1);
    },
  };
}
