// A starter plan is not a plan: a fresh `dxplan init` workspace fails `check` in every locale with
// one error per placeholder text, each at the placeholder itself (found here independently, by
// walking the YAML files), and every document built from it says "draft" at the top until none
// is left. The four looks and the four principles count as missing while they are only the starter's.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { runCheckCommand } from '../../src/app/check.js';
import { LOCALES, type Locale } from '../../src/domain/enums.js';
import { derivePlan } from '../../src/domain/model/index.js';
import { initWorkspace } from '../../src/store/init-workspace.js';
import { loadWorkspace } from '../../src/store/load-workspace.js';
import { translator } from '../../src/i18n/index.js';
import { captureContext } from '../helpers/capture-context.js';
import { runCli } from '../helpers/run-cli.js';
import { removeTemp } from '../helpers/temp-workspace.js';
import { ROOT } from './guide-anchors.js';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map(removeTemp)));

/** The words each starter template's placeholders begin with. */
const STARTS: Record<Locale, string> = { en: 'Replace with', 'zh-CN': '请替换', 'zh-TW': '請替換' };

async function freshInit(locale: Locale): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `dxplan-starter-${locale}-`));
  temps.push(dir);
  await initWorkspace({ dir, locale, force: false });
  return dir;
}

/** Every scalar of the workspace's YAML files that begins with the placeholder words, as file:line:col. */
async function placeholdersIn(dir: string, locale: Locale): Promise<string[]> {
  const out: string[] = [];
  for (const file of ['dxplan.yaml', ...(await readdir(join(dir, 'canvases'))).map((f) => `canvases/${f}`)]) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(await readFile(join(dir, file), 'utf8'), { lineCounter });
    visit(doc, {
      Scalar(_key, node) {
        if (isScalar(node) && typeof node.value === 'string' && node.value.startsWith(STARTS[locale]) && node.range) {
          const { line, col } = lineCounter.linePos(node.range[0]);
          out.push(`${file}:${line}:${col}`);
        }
      },
    });
  }
  return out.sort();
}

describe.each(LOCALES)('a fresh init in %s', (locale) => {
  it('fails dxplan check with exit 1: one error per placeholder, at the placeholder', async () => {
    const dir = await freshInit(locale);
    const run = captureContext(locale, dir);
    const code = await runCheckCommand(run.ctx, '.', { format: 'json' });
    expect(code).toBe(1);
    const json = JSON.parse(run.out()) as { findings: { rule: string; severity: string; file: string; line: number; col: number }[] };
    const found = json.findings.filter((f) => f.rule === 'plan/placeholder');
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    const expected = await placeholdersIn(dir, locale);
    expect(expected.length).toBeGreaterThan(30);
    expect(found.map((f) => `${f.file}:${f.line}:${f.col}`).sort()).toEqual(expected);
  });

  it('counts the four looks and the four principles as missing, not as answered', async () => {
    const dir = await freshInit(locale);
    const loaded = await loadWorkspace(dir, translator(locale), dir);
    const plan = derivePlan(loaded.workspace!);
    expect(plan.state.missing.fourLooks).toEqual(['outward', 'inward', 'forward', 'money']);
    expect(plan.state.missing.principles).toEqual(['small_steps', 'compound_assets', 'open', 'lever']);
  });

  it('builds documents that say "draft" at the top of every Markdown and HTML page', async () => {
    const dir = await freshInit(locale);
    const r = runCli(['build', dir], dir);
    expect(r.code, r.stderr).toBe(0);
    const docs = join(dir, 'docs');
    const pages = (await readdir(docs)).filter((f) => f.endsWith('.md') || f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(6);
    const word = { en: '**Draft**', 'zh-CN': '**草稿**', 'zh-TW': '**草稿**' }[locale];
    for (const page of pages) {
      const text = await readFile(join(docs, page), 'utf8');
      if (page.endsWith('.md')) expect(text.split('\n')[1], page).toMatch(new RegExp(`^> ${word.replace(/\*/g, '\\*')}`));
      else expect(text.slice(text.indexOf('<body>'), text.indexOf('<body>') + 200), page).toMatch(/^<body>\n<p class="draft" role="note"/);
    }
  });
});

describe('a finished plan', () => {
  it.each(['home-furnishing', 'patient-service'])('examples/%s: no placeholder finding and no draft banner', async (example) => {
    const dir = join(ROOT, 'examples', example);
    const run = captureContext('en', ROOT);
    await runCheckCommand(run.ctx, dir, { format: 'json' });
    expect(JSON.parse(run.out()).findings.filter((f: { rule: string }) => f.rule === 'plan/placeholder')).toEqual([]);
    for (const page of ['plan-report.md', 'launch-plan.md', 'plan-report.html']) {
      expect(await readFile(join(dir, 'docs', page), 'utf8')).not.toMatch(/class="draft"|^> \*\*(Draft|草稿)\*\*/m);
    }
  });
});
