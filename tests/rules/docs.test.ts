// docs/rules.md documents every rule and recommendation as the registries define them (id, default
// severity, basis, canvas, order), so the reference page cannot drift from the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { STAGE_GATES } from '../../src/domain/model/stage-gates.js';
import { RECOMMENDERS } from '../../src/domain/recommendations/index.js';
import { RULES } from '../../src/domain/rules/index.js';
import { LOCALES } from '../../src/shared/locale.js';
import { WORKSPACE_FILES } from '../../src/domain/schemas/index.js';

const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

/** The rule rows of the table under the heading that names `file`, in order. */
function tableOf(file: string): { id: string; severity: string; basis: string }[] {
  const start = doc.split('\n').findIndex((l) => l.startsWith('### ') && l.includes(`\`${file}\``));
  expect(start, `a section for ${file}`).toBeGreaterThanOrEqual(0);
  const lines = doc.split('\n').slice(start + 1);
  const end = lines.findIndex((l) => l.startsWith('#'));
  return [...lines.slice(0, end).join('\n').matchAll(/^\| `([a-z-]+\/[a-z-]+)` \| (\w+) \| (\w+) \|/gm)].map((m) => ({ id: m[1]!, severity: m[2]!, basis: m[3]! }));
}

describe('docs/rules.md', () => {
  it.each(WORKSPACE_FILES.map((f) => f.path))('lists the rules of %s in registry order, with their severity and basis', (file) => {
    expect(tableOf(file)).toEqual(RULES.filter((r) => r.file === file).map((r) => ({ id: r.id, severity: r.severity, basis: r.basis })));
  });

  it('lists every recommendation with its basis', () => {
    const rows = [...doc.matchAll(/^\| `([a-z-]+(?:\/[a-z-]+)?)`(?: \([^)]*\))? \| (methodology|heuristic) \| .* \| .* \|$/gm)].map((m) => ({ id: m[1]!, basis: m[2]! }));
    expect(rows).toEqual(RECOMMENDERS.map((r) => ({ id: r.id, basis: r.basis })));
  });
});

/** How each guide names a basis. */
const BASIS_WORDS = {
  en: { methodology: 'method', heuristic: 'dxplan heuristic', consistency: 'consistency' },
  'zh-CN': { methodology: '方法论', heuristic: 'dxplan 启发式规则', consistency: '一致性检查' },
  'zh-TW': { methodology: '方法論', heuristic: 'dxplan 啟發式規則', consistency: '一致性檢查' },
} as const;

describe('the methodology guide', () => {
  it.each(LOCALES)('%s names the basis of every rule as the registry does', (locale) => {
    const guide = readFileSync(new URL(`../../docs/methodology/${locale}.md`, import.meta.url), 'utf8');
    const said = new Map([...guide.matchAll(/<a id="rule-[a-z-]+"><\/a>`([a-z-]+\/[a-z-]+)` · [^·]+ · ([^：:]+)[：:]/g)].map((m) => [m[1]!, m[2]!]));
    expect(Object.fromEntries(RULES.map((r) => [r.id, said.get(r.id)]))).toEqual(Object.fromEntries(RULES.map((r) => [r.id, BASIS_WORDS[locale][r.basis]])));
  });
});

describe('the methodology guide names the source of every gate and recommendation', () => {
  const glossary = parse(readFileSync(new URL('../../canvases/glossary.yaml', import.meta.url), 'utf8')) as { terms: Record<string, Record<string, string>> };

  it.each(LOCALES)('%s: each entry gate of the operations stages, in the gates table', (locale) => {
    const guide = readFileSync(new URL(`../../docs/methodology/${locale}.md`, import.meta.url), 'utf8');
    const table = guide.slice(guide.indexOf('<a id="operations-gates"></a>'), guide.indexOf('<a id="rule-ops-frontline-incentive"></a>'));
    const rows = new Map([...table.matchAll(/^\| ([^|]+?) \| [^|]+ \| ([^|]+?) \|$/gm)].map((m) => [m[1]!, m[2]!.replace(/\*\*/g, '')]));
    for (const gate of STAGE_GATES) expect(rows.get(glossary.terms[`ops_stage.${gate.stage}`]![locale]!), `${locale}: gate of ${gate.stage}`).toBe(BASIS_WORDS[locale][gate.basis]);
  });

  it.each(LOCALES)('%s: each recommendation, in the recommendations section', (locale) => {
    const guide = readFileSync(new URL(`../../docs/methodology/${locale}.md`, import.meta.url), 'utf8');
    const section = guide.slice(guide.indexOf('<a id="recommendations"></a>'), guide.indexOf('<a id="settings"></a>'));
    const said = new Map([...section.matchAll(/^- `([a-z/-]+)` · ([^:：]+)[:：]/gm)].map((m) => [m[1]!, m[2]!]));
    expect(Object.fromEntries(RECOMMENDERS.map((r) => [r.id, said.get(r.id)]))).toEqual(Object.fromEntries(RECOMMENDERS.map((r) => [r.id, BASIS_WORDS[locale][r.basis]])));
  });
});
