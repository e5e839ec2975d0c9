// The methodology guide (docs/methodology/<locale>.md) read as data: its sections under their
// anchors, each rule's line, and the glossary table. `dxplan explain` says what the guide says, so
// the guide stays the one text of the method; tests/docs/ reads the same files with markdown-it
// and checks that this reader sees what a Markdown parser sees.
import type { Locale } from '../shared/locale.js';
import { charWidth } from './text-width.js';

/** The words that mark the parts of a rule line and a section's fields in each guide. */
export const GUIDE_MARKERS: Record<Locale, { fix: string; example: string; recorded: string }> = {
  en: { fix: 'Fix:', example: 'Example:', recorded: '**Recorded in**' },
  'zh-CN': { fix: '修正：', example: '示例：', recorded: '**记录位置：**' },
  'zh-TW': { fix: '修正方式：', example: '範例：', recorded: '**記錄位置：**' },
};

/** A block of a section, its Markdown inline text joined onto one line. */
export type GuideBlock =
  | { kind: 'paragraph'; text: string }
  /** A list item; `rule` when it is a rule's own line. */
  | { kind: 'item'; text: string; rule?: string }
  /** The section's "Recorded in" line: which fields hold it. */
  | { kind: 'recorded'; text: string }
  | { kind: 'table'; rows: string[][] };

/** One `##` or `###` section under its anchor. */
export interface GuideSection {
  anchor: string;
  level: 2 | 3;
  title: string;
  /** Anchor of the `##` section this one belongs to (itself for a `##`). */
  chapter: string;
  blocks: GuideBlock[];
}

/** A rule's line: `id` · severity · basis: trigger. Fix: … Example: … */
export interface GuideRule {
  id: string;
  anchor: string;
  /** Anchor of the section that explains it. */
  section: string;
  severity: string;
  basis: string;
  trigger: string;
  fix: string;
  example?: string;
}

/** A row of the glossary: the term in this guide's language, where it is explained, and the other two. */
export interface GuideTerm {
  label: string;
  anchor: string;
  others: string[];
}

/** The guide of one locale. */
export interface MethodologyGuide {
  locale: Locale;
  sections: GuideSection[];
  sectionByAnchor: ReadonlyMap<string, GuideSection>;
  rules: ReadonlyMap<string, GuideRule>;
  glossary: GuideTerm[];
  /** Every `<a id>` of the file: sections and rules. */
  anchors: ReadonlySet<string>;
}

const ANCHOR_LINE = /^<a id="([a-z0-9-]+)"><\/a>$/;
const HEADING = /^(#{2,3}) (.+)$/;
const ITEM = /^(?:[-*]|\d+\.) (.*)$/;
const RULE_ITEM = /^<a id="(rule-[a-z0-9-]+)"><\/a>`([a-z0-9-]+\/[a-z0-9-]+)` · ([^·]+?) · ([^:：]+?)[:：]\s*(.*)$/;
const LINK = /\[([^\]]+)\]\(#([a-z0-9-]+)\)/g;

/** True when `ch` is a CJK (wide) character: lines of CJK text join without a space. */
const wide = (ch: string | undefined): boolean => ch !== undefined && charWidth(ch) === 2;

/** Joins wrapped source lines the way Markdown reads them: a space between words, none between CJK characters. */
function joinLines(lines: string[]): string {
  return lines.reduce((acc, raw) => {
    const line = raw.trim();
    if (!acc) return line;
    return wide([...acc].pop()) || wide([...line][0]) ? acc + line : `${acc} ${line}`;
  }, '');
}

/** Cuts `text` at the first `marker`: what comes before and after it (trimmed), or the whole text. */
function cut(text: string, marker: string): [string, string | undefined] {
  const at = text.indexOf(marker);
  return at < 0 ? [text.trim(), undefined] : [text.slice(0, at).trim(), text.slice(at + marker.length).trim()];
}

/** A table row's cells. */
const cells = (line: string): string[] => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());

/** Reads the guide of `locale` from its Markdown text. Pure. */
export function parseGuide(text: string, locale: Locale): MethodologyGuide {
  const markers = GUIDE_MARKERS[locale];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const sections: GuideSection[] = [];
  const rules = new Map<string, GuideRule>();
  const anchors = new Set<string>();
  let pendingAnchor: string | undefined;
  let chapter = '';
  let current: GuideSection | undefined;
  let i = 0;
  const push = (block: GuideBlock) => current?.blocks.push(block);
  while (i < lines.length) {
    const line = lines[i]!;
    const anchor = ANCHOR_LINE.exec(line.trim());
    if (anchor) {
      pendingAnchor = anchor[1]!;
      anchors.add(pendingAnchor);
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length as 2 | 3;
      const id = pendingAnchor ?? '';
      if (level === 2) chapter = id;
      current = { anchor: id, level, title: heading[2]!.trim(), chapter, blocks: [] };
      sections.push(current);
      pendingAnchor = undefined;
      i++;
      continue;
    }
    if (!line.trim() || line.startsWith('# ')) {
      i++;
      continue;
    }
    if (line.trim().startsWith('|')) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i]!.trim().startsWith('|')) {
        const row = cells(lines[i]!);
        if (!row.every((c) => /^:?-+:?$/.test(c))) rows.push(row);
        i++;
      }
      push({ kind: 'table', rows });
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      // An item runs on over its indented continuation lines.
      const parts = [item[1]!];
      i++;
      while (i < lines.length && /^\s{2,}\S/.test(lines[i]!) && !ITEM.exec(lines[i]!.trim())) parts.push(lines[i++]!);
      const body = joinLines(parts);
      const rule = RULE_ITEM.exec(body);
      if (rule && current) {
        const [, ruleAnchor, id, severity, basis, rest] = rule as unknown as [string, string, string, string, string, string];
        anchors.add(ruleAnchor);
        const [trigger, afterFix] = cut(rest, markers.fix);
        const [fix, example] = cut(afterFix ?? '', markers.example);
        rules.set(id, { id, anchor: ruleAnchor, section: current.anchor, severity: severity.trim(), basis: basis.trim(), trigger, fix, ...(example ? { example } : {}) });
        push({ kind: 'item', text: body, rule: id });
      } else push({ kind: 'item', text: body });
      continue;
    }
    const parts: string[] = [];
    while (i < lines.length && lines[i]!.trim() && !HEADING.exec(lines[i]!) && !ITEM.exec(lines[i]!) && !lines[i]!.trim().startsWith('|') && !ANCHOR_LINE.exec(lines[i]!.trim())) parts.push(lines[i++]!);
    const paragraph = joinLines(parts);
    push(paragraph.startsWith(markers.recorded) ? { kind: 'recorded', text: paragraph.slice(markers.recorded.length).replace(/^[:：]\s*/, '').trim() } : { kind: 'paragraph', text: paragraph });
  }
  const glossarySection = sections.find((s) => s.anchor === 'glossary');
  const table = glossarySection?.blocks.find((b): b is Extract<GuideBlock, { kind: 'table' }> => b.kind === 'table');
  const glossary = (table?.rows.slice(1) ?? []).flatMap((row): GuideTerm[] => {
    const link = /^\[([^\]]+)\]\(#([a-z0-9-]+)\)$/.exec(row[0] ?? '');
    return link ? [{ label: link[1]!, anchor: link[2]!, others: row.slice(1) }] : [];
  });
  return { locale, sections, sectionByAnchor: new Map(sections.map((s) => [s.anchor, s])), rules, glossary, anchors };
}

/** Markdown inline text as plain text for a terminal: bold and links dropped, code kept in backticks. */
export const plainInline = (md: string): string => md.replace(LINK, '$1').replace(/\*\*([^*]+)\*\*/g, '$1').replace(/<\/?a\b[^>]*>/g, '');

/** The anchors a piece of guide text links to. */
export const linkedAnchors = (md: string): string[] => [...md.matchAll(LINK)].map((m) => m[2]!);
