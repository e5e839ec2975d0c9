// `dxplan explain`: every rule, recommendation and glossary term, in every locale, says what the
// shipped guide says (read back here with markdown-it, not with dxplan's own reader), names its
// source plainly, and links to an anchor that exists; the topic list, typos and unknown topics.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runExplainCommand } from '../../src/app/explain.js';
import { LOCALES, type Locale } from '../../src/domain/enums.js';
import { guideFile, ruleAnchor } from '../../src/domain/guide.js';
import { STAGE_GATES } from '../../src/domain/model/stage-gates.js';
import { RECOMMENDERS } from '../../src/domain/recommendations/index.js';
import { RULES } from '../../src/domain/rules/registry.js';
import { GUIDE_MARKERS, parseGuide } from '../../src/generate/methodology-guide.js';
import { translator } from '../../src/i18n/index.js';
import { captureContext } from '../helpers/capture-context.js';
import { runCli } from '../helpers/run-cli.js';
import { inlineText, parsedGuide, ROOT } from './guide-anchors.js';

const glossary = (parse(readFileSync(join(ROOT, 'canvases/glossary.yaml'), 'utf8')) as { terms: Record<string, Record<Locale, string>> }).terms;
const TERMS = Object.keys(glossary).filter((k) => k.startsWith('term.')).map((k) => k.slice('term.'.length));

/** `dxplan explain` in-process in `locale`. */
async function explain(topic: string | undefined, locale: Locale, format: 'text' | 'json' = 'text') {
  const run = captureContext(locale, ROOT, { NO_COLOR: '1', LANG: 'C' });
  const code = await runExplainCommand(run.ctx, topic, { lang: locale, format });
  return { code, out: run.out(), err: run.err() };
}

/** Each rule's line in the guide of `locale` as markdown-it reads it (anchor id to the item's plain text). */
function ruleLines(locale: Locale): Map<string, string> {
  const { tokens } = parsedGuide(locale);
  const out = new Map<string, string>();
  tokens.forEach((t) => {
    if (t.type !== 'inline') return;
    const id = /^<a id="(rule-[a-z0-9-]+)">$/.exec(t.children?.[0]?.content ?? '')?.[1];
    if (id) out.set(id, inlineText(t));
  });
  return out;
}

const plain = (s: string) => s.replace(/\*\*/g, '').replace(/\[([^\]]+)\]\(#[^)]+\)/g, '$1');
/** Text compared across the terminal's wrapping (which breaks lines between words and between CJK characters): no whitespace at all. */
const squash = (s: string) => s.replace(/\s+/g, '');

describe.each(LOCALES)('dxplan explain in %s', (locale) => {
  const lines = ruleLines(locale);
  const { anchors } = parsedGuide(locale);
  const markers = GUIDE_MARKERS[locale];
  const t = translator(locale);

  it.each(RULES.map((r) => r.id))('explains the rule %s: trigger, fix, example, source and the guide link', async (id) => {
    const rule = RULES.find((r) => r.id === id)!;
    const line = lines.get(ruleAnchor(id));
    expect(line, `the guide has the line of ${id}`).toBeDefined();
    // The guide's own words, split the way the guide writes a rule line.
    const body = line!.slice(line!.search(/[:：]/) + 1).trim();
    const [trigger, rest] = body.split(markers.fix);
    const [fix, example] = rest!.split(markers.example);
    expect(example, `${guideFile(locale)}: ${id} has an example`).toBeTruthy();
    const { code, out } = await explain(id, locale, 'json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ kind: 'rule', id, severity: rule.severity, basis: rule.basis, guide: `${guideFile(locale)}#${ruleAnchor(id)}` });
    expect(json.trigger).toBe(plain(trigger!.trim()));
    expect(json.fix).toBe(plain(fix!.trim()));
    expect(json.example).toBe(plain(example!.trim()));
    expect(json.reasoning.length + (json.recordedIn ? 1 : 0), 'the section explains it').toBeGreaterThan(0);
    expect(anchors.has(json.section.anchor)).toBe(true);
    expect(json.gate).toBe(STAGE_GATES.find((g) => g.rule === id)?.stage ?? null);

    const text = await explain(id, locale);
    expect(text.code).toBe(0);
    const shown = squash(text.out);
    for (const part of [json.trigger, json.fix, json.example]) expect(shown).toContain(squash(part));
    // The source in plain words: the method's rule, a dxplan heuristic, or a consistency check.
    expect(shown).toContain(squash(t(`explain.basis.${rule.basis}`)));
    expect(text.out).toContain(`#${ruleAnchor(id)}`);
  });

  it.each(RECOMMENDERS.map((r) => r.id))('explains the recommendation %s with its source', async (id) => {
    const rec = RECOMMENDERS.find((r) => r.id === id)!;
    const { code, out } = await explain(id, locale, 'json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ kind: 'recommendation', id, basis: rec.basis, guide: `${guideFile(locale)}#${rec.guide}` });
    expect(anchors.has(rec.guide)).toBe(true);
    expect(json.reasoning.length).toBeGreaterThan(0);
    expect(squash((await explain(id, locale)).out)).toContain(squash(t(`explain.basis.${rec.basis}`)));
  });

  it.each(TERMS)('explains the term %s: its definition and its names in the three languages', async (id) => {
    const { code, out } = await explain(id, locale, 'json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.labels).toEqual(glossary[`term.${id}`]);
    expect(json.definition.length).toBeGreaterThan(10);
    expect(anchors.has(json.section.anchor), json.guide).toBe(true);
    const text = squash((await explain(id, locale)).out);
    for (const l of LOCALES) expect(text).toContain(squash(glossary[`term.${id}`]![l]));
    // Found by its name in the reader's language too (two terms may share a name, "Organisation": then either).
    const byName = JSON.parse((await explain(glossary[`term.${id}`]![locale], locale, 'json')).out);
    expect(byName.labels[locale]).toBe(glossary[`term.${id}`]![locale]);
  });

  it('lists every rule, recommendation and term when given no topic', async () => {
    const { code, out } = await explain(undefined, locale);
    expect(code).toBe(0);
    for (const r of RULES) expect(out).toContain(r.id);
    for (const r of RECOMMENDERS) expect(out).toContain(r.id);
    for (const id of TERMS) expect(out).toMatch(new RegExp(`^ +${id} +${glossary[`term.${id}`]![locale].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  });
});

describe('dxplan explain: what the reader of the guide sees', () => {
  it.each(LOCALES)('%s: dxplan reads the same rule lines and anchors as markdown-it', (locale) => {
    const guide = parseGuide(readFileSync(join(ROOT, guideFile(locale)), 'utf8'), locale);
    const lines = ruleLines(locale);
    expect([...guide.rules.values()].map((r) => r.anchor).sort()).toEqual([...lines.keys()].sort());
    expect(new Set(guide.anchors)).toEqual(parsedGuide(locale).anchors);
  });
});

describe('dxplan explain on the command line', () => {
  it('suggests the closest topic for a typo and exits 2', () => {
    const r = runCli(['explain', 'value/measurabel', '--lang', 'en'], ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean "value/measurable"?');
    expect(r.stdout).toBe('');
  });

  it('finds a term named loosely, suggests it by a part of its name, and answers an unknown topic with exit 2', () => {
    expect(runCli(['explain', 'North star metric', '--lang', 'en'], ROOT).stdout).toMatch(/^North-star metric \(north_star_metric\)/);
    const near = runCli(['explain', '北极星', '--lang', 'zh-CN'], ROOT);
    expect(near.code).toBe(2);
    expect(near.stderr).toContain('您是不是想找“北极星指标”？');
    const none = runCli(['explain', 'quantum-foam', '--lang', 'zh-TW'], ROOT);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('沒有名為「quantum-foam」的規則、建議或術語');
  });

  it('speaks the workspace language of the current folder, else LANG, and never prints a control character raw', () => {
    const r = runCli(['explain', 'value/measurable'], join(ROOT, 'examples/patient-service'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('触发条件');
    const bad = runCli(['explain', 'x\u001b[31mred', '--lang', 'en'], ROOT);
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toContain('\u001b[31m');
  });
});
