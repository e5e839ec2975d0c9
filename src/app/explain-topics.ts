// What `dxplan explain` can explain, and what it says about each: rules, recommendations and the
// glossary's terms, with the text taken from the methodology guide of the reader's language (the
// one text of the method) and the facts (severity, basis, gates) from the registries.
import type { Basis } from '../domain/basis.js';
import { guideFile, ruleAnchor } from '../domain/guide.js';
import { STAGE_GATES } from '../domain/model/stage-gates.js';
import { RECOMMENDERS } from '../domain/recommendations/index.js';
import { RULES } from '../domain/rules/registry.js';
import type { Severity } from '../domain/enums.js';
import { plainInline, type GuideSection, type MethodologyGuide } from '../generate/methodology-guide.js';
import type { Locale } from '../shared/locale.js';
import { LOCALES } from '../shared/locale.js';
import { closest } from '../shared/did-you-mean.js';

/** A paragraph or a point of a list in the guide, as plain text. */
export interface Passage {
  kind: 'paragraph' | 'point';
  text: string;
}

/** A rule as `explain` tells it. */
export interface RuleExplanation {
  kind: 'rule';
  id: string;
  file: string;
  severity: Severity;
  basis: Basis;
  section: { anchor: string; title: string };
  trigger: string;
  fix: string;
  example: string | null;
  /** The section's paragraphs and points: the method's reasoning. */
  reasoning: Passage[];
  recordedIn: string | null;
  /** The operations stage whose entry gate the rule reports, if any. */
  gate: string | null;
  /** `docs/methodology/<locale>.md#<anchor>`, relative to the package. */
  guide: string;
}

/** A recommendation as `explain` tells it. */
export interface RecommendationExplanation {
  kind: 'recommendation';
  id: string;
  basis: Basis;
  section: { anchor: string; title: string };
  reasoning: Passage[];
  recordedIn: string | null;
  guide: string;
}

/** A glossary term as `explain` tells it. */
export interface TermExplanation {
  kind: 'term';
  id: string;
  labels: Record<Locale, string>;
  definition: string;
  section: { anchor: string; title: string };
  guide: string;
}

export type Explanation = RuleExplanation | RecommendationExplanation | TermExplanation;

/** The glossary's methodology terms: id (without `term.`) to their labels. */
export type Terms = ReadonlyMap<string, Record<Locale, string>>;

/** A section's reasoning: its paragraphs and points that are not rule lines, as plain text. */
function reasoning(section: GuideSection): Passage[] {
  return section.blocks.flatMap((b): Passage[] => {
    if (b.kind === 'paragraph') return [{ kind: 'paragraph', text: plainInline(b.text) }];
    if (b.kind === 'item' && !b.rule) return [{ kind: 'point', text: plainInline(b.text) }];
    return [];
  });
}

/** The section's "Recorded in" line as plain text, if it has one. */
const recorded = (section: GuideSection): string | null => {
  const block = section.blocks.find((b) => b.kind === 'recorded');
  return block && block.kind === 'recorded' ? plainInline(block.text) : null;
};

/** The section of `anchor`; a guide without it is a broken installation, reported by the caller's tests. */
function sectionOf(guide: MethodologyGuide, anchor: string): GuideSection {
  const section = guide.sectionByAnchor.get(anchor);
  if (!section) throw new Error(`${guideFile(guide.locale)} has no section #${anchor}`);
  return section;
}

/** Sentences of a paragraph, in the way its language ends them. */
const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=[A-Z*"(`])|(?<=[。！？])/u).filter((s) => s.trim());

/**
 * A term's definition from the section the glossary links it to: the sentence that introduces it
 * in bold; else, when the section is named after it, the section's opening; else the first passage
 * that names it; else the section's opening.
 */
function definition(section: GuideSection, label: string, locale: Locale): string {
  const fold = (s: string) => (locale === 'en' ? s.toLowerCase() : s);
  const texts = section.blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'item' ? [b.text] : []));
  const stem = fold(label).replace(/\s*[（(].*$/, '');
  const prefix = locale === 'en' ? stem.slice(0, Math.max(3, stem.length - 2)) : stem;
  for (const text of texts) {
    const bold = [...text.matchAll(/\*\*([^*]+)\*\*/g)].find((m) => fold(m[1]!).startsWith(prefix));
    if (bold) return plainInline(sentences(text).find((s) => s.includes(bold[0])) ?? text);
  }
  const opening = texts[0] ?? section.title;
  if (fold(section.title).includes(stem)) return plainInline(opening);
  return plainInline(texts.find((t) => fold(plainInline(t)).includes(stem)) ?? opening);
}

/** Explains a rule of the registry from the guide. */
export function explainRule(guide: MethodologyGuide, id: string): RuleExplanation | undefined {
  const rule = RULES.find((r) => r.id === id);
  const line = guide.rules.get(id);
  if (!rule || !line) return undefined;
  const section = sectionOf(guide, line.section);
  return {
    kind: 'rule',
    id,
    file: rule.file,
    severity: rule.severity,
    basis: rule.basis,
    section: { anchor: section.anchor, title: plainInline(section.title) },
    trigger: plainInline(line.trigger),
    fix: plainInline(line.fix),
    example: line.example ? plainInline(line.example) : null,
    reasoning: reasoning(section),
    recordedIn: recorded(section),
    gate: STAGE_GATES.find((g) => g.rule === id)?.stage ?? null,
    guide: `${guideFile(guide.locale)}#${ruleAnchor(id)}`,
  };
}

/** Explains a recommender from the guide section it links to. */
export function explainRecommendation(guide: MethodologyGuide, id: string): RecommendationExplanation | undefined {
  const rec = RECOMMENDERS.find((r) => r.id === id);
  if (!rec) return undefined;
  const section = sectionOf(guide, rec.guide);
  return {
    kind: 'recommendation',
    id,
    basis: rec.basis,
    section: { anchor: section.anchor, title: plainInline(section.title) },
    reasoning: reasoning(section),
    recordedIn: recorded(section),
    guide: `${guideFile(guide.locale)}#${rec.guide}`,
  };
}

/** Explains a glossary term: its labels from the glossary, its definition from the guide section its glossary row links to. */
export function explainTerm(guide: MethodologyGuide, terms: Terms, id: string): TermExplanation | undefined {
  const labels = terms.get(id);
  if (!labels) return undefined;
  const row = guide.glossary.find((g) => g.label === labels[guide.locale]);
  if (!row) throw new Error(`${guideFile(guide.locale)} has no glossary row for "${labels[guide.locale]}"`);
  const section = sectionOf(guide, row.anchor);
  return {
    kind: 'term',
    id,
    labels,
    definition: definition(section, labels[guide.locale], guide.locale),
    section: { anchor: section.anchor, title: plainInline(section.title) },
    guide: `${guideFile(guide.locale)}#${section.anchor}`,
  };
}

/** Every id `explain` accepts, in listing order: rules, recommendations, terms. */
export function topicIds(terms: Terms): string[] {
  return [...RULES.map((r) => r.id), ...RECOMMENDERS.map((r) => r.id), ...terms.keys()];
}

/**
 * The id a user's word names: a rule or recommendation id as written, a term by its id (with or
 * without `term.`) or by its name in any language, any case, then loosely (spaces, hyphens and
 * underscores aside). Undefined when nothing matches.
 */
export function resolveTopic(word: string, terms: Terms): { kind: 'rule' | 'recommendation' | 'term'; id: string } | undefined {
  const w = word.trim();
  if (RULES.some((r) => r.id === w)) return { kind: 'rule', id: w };
  if (RECOMMENDERS.some((r) => r.id === w)) return { kind: 'recommendation', id: w };
  // Ids as written (they are lower-case); a capitalised word is a name: "brain" is the id, "Brain" the facet's name.
  const bare = w.replace(/^term\./, '');
  if (terms.has(bare)) return { kind: 'term', id: bare };
  // A name as written beats a loose match: "Brain" is the facet, not "Brain (strategy and method)".
  const lower = w.toLowerCase();
  for (const [id, labels] of terms) if (LOCALES.some((l) => labels[l].toLowerCase() === lower)) return { kind: 'term', id };
  const key = loose(w);
  for (const [id, labels] of terms) if (loose(id) === key || LOCALES.some((l) => loose(labels[l]) === key)) return { kind: 'term', id };
  return undefined;
}

/** A word compared loosely: case, spaces, hyphens and underscores do not matter. */
const loose = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * What a user who typed `word` probably meant: an id or a term's name (any language) that contains
 * it (loosely, "north star" finds north_star_metric), else the closest by edit distance.
 */
export function suggestTopic(word: string, terms: Terms, locale: Locale): string | undefined {
  const key = loose(word);
  // The reader's own language first: its name is the one to suggest when two are equally close.
  const others = LOCALES.filter((l) => l !== locale);
  const words = [...topicIds(terms), ...[...terms.values()].flatMap((l) => [l[locale], ...others.map((o) => l[o])])];
  if (key.length >= 3) {
    const containing = words.filter((c) => loose(c).includes(key)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    if (containing[0]) return containing[0];
  }
  return closest(word, words);
}
