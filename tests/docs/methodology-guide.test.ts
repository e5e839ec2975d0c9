// The methodology guide in docs/methodology/ is what findings link to: read back with a real
// Markdown parser, its three locales must carry the same anchors in the same order, one per rule of
// the registry, no bare section citations, and the glossary's own words for its terms.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/domain/enums.js';
import { RULES } from '../../src/domain/rules/registry.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const md = new MarkdownIt({ html: true });

/** The glossary's terms: key to label per locale. */
const glossary = (parse(readFileSync(join(root, 'canvases/glossary.yaml'), 'utf8')) as { terms: Record<string, Record<Locale, string>> }).terms;

/** The anchor a finding of `ruleId` links to. */
const ruleAnchor = (ruleId: string) => `rule-${ruleId.replace(/\//g, '-')}`;

/** Section anchors whose heading is named by a glossary term: the heading must use the glossary's words. */
const TERM_HEADINGS: Record<string, string> = {
  'value-positioning': 'term.value_positioning',
  'core-value': 'term.core_value_point',
  'key-resources': 'term.key_resource',
  'four-principles': 'term.four_principles',
  canvas: 'term.gfr_canvas',
  'feature-table': 'term.business_feature_table',
  'product-architecture': 'term.product_architecture',
  'module-dimensions': 'term.five_module_dimensions',
  'over-design': 'term.over_design',
  'north-star': 'term.north_star_metric',
  'input-metrics': 'term.input_metric',
  'cold-start': 'term.cold_start',
  diamond: 'term.diamond_model',
  'capability-areas': 'term.six_capability_areas',
  'need-vs-function': 'term.need_vs_function',
  'member-digitalisation': 'term.member_digitalisation',
  'sales-digitalisation': 'term.sales_digitalisation',
  'service-digitalisation': 'term.service_digitalisation',
  'marketing-digitalisation': 'term.marketing_digitalisation',
  'resource-digitalisation': 'term.resource_digitalisation',
  'business-digitalisation': 'term.business_digitalisation',
  'architecture-dimensions': 'term.four_architecture_dimensions',
  roadmap: 'term.three_step_roadmap',
  kickoff: 'term.kickoff_meeting',
  training: 'delivery_step.training',
  tuning: 'delivery_step.early_launch_tuning',
  'operations-stages': 'term.operations_stages',
  'business-research': 'term.business_research',
  'dual-view': 'term.dual_view_mode',
  'data-system': 'term.data_system',
  'four-looks': 'term.four_looks',
};

interface Guide {
  locale: Locale;
  source: string;
  tokens: Token[];
  /** Every `<a id>` in document order. */
  anchors: string[];
}

const ANCHOR_OPEN = /^<a id="([^"]*)">$/;

/** Ids of the anchors an inline token holds, in order. */
const anchorsOf = (inline: Token): string[] =>
  (inline.children ?? []).flatMap((c) => (c.type === 'html_inline' ? [...c.content.matchAll(/<a id="([^"]*)">/g)].map((m) => m[1]!) : []));

function load(locale: Locale): Guide {
  const source = readFileSync(join(root, 'docs/methodology', `${locale}.md`), 'utf8');
  const tokens = md.parse(source, {});
  const anchors = tokens.flatMap((t) => {
    if (t.type === 'inline') return anchorsOf(t);
    if (t.type === 'html_block') return [...t.content.matchAll(/<a id="([^"]*)">/g)].map((m) => m[1]!);
    return [];
  });
  return { locale, source, tokens, anchors };
}

const guides = LOCALES.map(load);

/** Plain text of an inline token: text and code, without markup or HTML. */
const plain = (inline: Token): string => (inline.children ?? []).filter((c) => c.type === 'text' || c.type === 'code_inline').map((c) => c.content).join('');

/** The heading that directly follows each section anchor: anchor id to heading text. */
function headingsByAnchor(guide: Guide): Map<string, string> {
  const out = new Map<string, string>();
  guide.tokens.forEach((t, i) => {
    if (t.type !== 'heading_open' || t.tag === 'h1') return;
    const before = guide.tokens[i - 2];
    const ids = before?.type === 'inline' && guide.tokens[i - 1]?.type === 'paragraph_close' ? anchorsOf(before) : [];
    const onlyAnchor = before && (before.children ?? []).every((c) => c.type === 'html_inline') && ids.length === 1;
    if (!onlyAnchor) throw new Error(`${guide.locale}.md:${(t.map?.[0] ?? 0) + 1}: heading "${plain(guide.tokens[i + 1]!)}" has no anchor line just before it`);
    out.set(ids[0]!, plain(guide.tokens[i + 1]!));
  });
  return out;
}

/** Rows of the glossary table: each row's cells as inline tokens. */
function glossaryRows(guide: Guide): Token[][] {
  const start = guide.tokens.findIndex((t, i) => t.type === 'heading_open' && t.tag === 'h2' && anchorsOf(guide.tokens[i - 2]!).includes('glossary'));
  expect(start, `${guide.locale}.md has a glossary section`).toBeGreaterThan(0);
  const rows: Token[][] = [];
  let row: Token[] | undefined;
  let inBody = false;
  for (const t of guide.tokens.slice(start + 1)) {
    if (t.type === 'heading_open' && t.tag === 'h2') break;
    if (t.type === 'tbody_open') inBody = true;
    if (t.type === 'tbody_close') inBody = false;
    if (!inBody) continue;
    if (t.type === 'tr_open') row = [];
    if (t.type === 'inline' && row) row.push(t);
    if (t.type === 'tr_close' && row) rows.push(row);
  }
  return rows;
}

describe('the methodology guide (docs/methodology/<locale>.md)', () => {
  it('gives every locale exactly the same anchors, in the same order, each unique and well formed', () => {
    const [en, ...others] = guides;
    expect(en!.anchors.length).toBeGreaterThan(100);
    for (const g of others) expect(g.anchors, `${g.locale}.md`).toEqual(en!.anchors);
    for (const g of guides) {
      expect(new Set(g.anchors).size, `${g.locale}.md has duplicate anchors`).toBe(g.anchors.length);
      for (const id of g.anchors) expect(id, `${g.locale}.md`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('puts an anchor line just before every section heading', () => {
    for (const g of guides) {
      const headings = headingsByAnchor(g);
      expect(headings.size, g.locale).toBeGreaterThan(60);
      for (const id of ['value-positioning', 'canvas', 'north-star', 'diamond', 'capability-areas', 'roadmap', 'delivery', 'operations-gates', 'data-system', 'pitfalls', 'scores', 'glossary']) {
        expect(headings.has(id), `${g.locale}.md: section ${id}`).toBe(true);
      }
    }
  });

  it('has a rule-… anchor for every registered rule, where the rule is explained, and none for rules that do not exist', () => {
    const wanted = new Set(RULES.map((r) => ruleAnchor(r.id)));
    for (const g of guides) {
      for (const rule of RULES) expect(g.anchors, `${g.locale}.md lacks the anchor of ${rule.id}`).toContain(ruleAnchor(rule.id));
      const stale = g.anchors.filter((a) => a.startsWith('rule-') && !wanted.has(a));
      expect(stale, `${g.locale}.md has anchors of unregistered rules`).toEqual([]);
      // The anchor opens the rule's own line: the next piece of text is the rule id itself.
      for (const t of g.tokens.filter((x) => x.type === 'inline')) {
        const kids = t.children ?? [];
        kids.forEach((c, i) => {
          const id = ANCHOR_OPEN.exec(c.content)?.[1];
          if (c.type !== 'html_inline' || !id?.startsWith('rule-')) return;
          const code = kids.slice(i + 1).find((k) => k.type === 'code_inline' || (k.type === 'text' && k.content.trim()));
          expect(code?.type === 'code_inline' ? ruleAnchor(code.content) : code?.content, `${g.locale}.md: anchor ${id}`).toBe(id);
        });
      }
    }
  });

  it('cites no section numbers: no "§" and no S0–S4 source tags', () => {
    for (const g of guides) {
      expect(g.source, g.locale).not.toMatch(/§/);
      expect(g.source.match(/\bS[0-4]\b/g) ?? [], g.locale).toEqual([]);
    }
  });

  it('links only to anchors that exist in the same file', () => {
    for (const g of guides) {
      const anchors = new Set(g.anchors);
      const hrefs = g.tokens.flatMap((t) => (t.children ?? []).filter((c) => c.type === 'link_open').map((c) => c.attrGet('href') ?? ''));
      expect(hrefs.length, g.locale).toBeGreaterThan(100);
      for (const href of hrefs) {
        expect(href, `${g.locale}.md links outside the guide`).toMatch(/^#/);
        expect(anchors.has(href.slice(1)), `${g.locale}.md: broken link ${href}`).toBe(true);
      }
    }
  });

  it('names sections after glossary terms in the glossary\'s own words', () => {
    for (const g of guides) {
      const headings = headingsByAnchor(g);
      for (const [anchor, key] of Object.entries(TERM_HEADINGS)) {
        const term = glossary[key];
        expect(term, `glossary term ${key}`).toBeDefined();
        const heading = headings.get(anchor);
        expect(heading, `${g.locale}.md: heading of ${anchor}`).toBeDefined();
        const [h, label] = g.locale === 'en' ? [heading!.toLowerCase(), term![g.locale].toLowerCase()] : [heading!, term![g.locale]];
        expect(h, `${g.locale}.md: heading of ${anchor} uses "${term![g.locale]}" (${key})`).toContain(label);
      }
    }
  });

  it('lists every methodology term of the glossary once, in its three languages, linked to where it is explained', () => {
    const termKeys = Object.keys(glossary).filter((k) => k.startsWith('term.'));
    // Two terms may share their words (an architecture dimension and a diamond facet are both
    // "Organisation"), so rows are compared as a multiset of label triples.
    const triple = (labels: string[]) => JSON.stringify([...labels].sort());
    const expected = termKeys.map((k) => triple(LOCALES.map((l) => glossary[k]![l]))).sort();
    for (const g of guides) {
      const anchors = new Set(g.anchors);
      const labels = new Set(termKeys.map((k) => glossary[k]![g.locale]));
      const seen: string[] = [];
      for (const cells of glossaryRows(g)) {
        const link = cells[0]!.children?.find((c) => c.type === 'link_open')?.attrGet('href');
        const label = plain(cells[0]!);
        expect(labels.has(label), `${g.locale}.md glossary: "${label}" is no term of canvases/glossary.yaml in ${g.locale}`).toBe(true);
        expect(Boolean(link && anchors.has(link.slice(1))), `${g.locale}.md glossary: "${label}" links to ${link}`).toBe(true);
        seen.push(triple(cells.map(plain)));
      }
      expect(seen.sort(), `${g.locale}.md glossary rows`).toEqual(expected);
    }
  });

  it('ships in the npm package, every locale', { timeout: 60_000 }, () => {
    // --ignore-scripts: only the file list matters here, not a fresh build.
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as [{ files: { path: string }[] }];
    const files = pack.files.map((f) => f.path);
    for (const locale of LOCALES) expect(files).toContain(`docs/methodology/${locale}.md`);
  });
});
