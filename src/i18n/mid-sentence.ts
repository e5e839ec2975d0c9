// Glossary labels inside a sentence.
import type { Locale } from '../shared/locale.js';

/**
 * English glossary labels are title-cased ("Operations function"); inside a sentence they read
 * better lower-cased, except where the first word is an acronym: "CRM" stays, "Sales CRM" becomes "sales CRM".
 */
export function midSentence(label: string, locale: Locale): string {
  if (locale !== 'en' || label.length < 2) return label;
  const [first, second] = [label[0]!, label[1]!];
  return second === second.toLowerCase() && second !== second.toUpperCase() ? first.toLowerCase() + label.slice(1) : label;
}
