// `dxplan diff` on a real git repository: every canvas changed, lines moved, a file broken, a newer
// format version, the working tree, in every locale and every format.
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diff } from '../../src/app/diff.js';
import type { Locale } from '../../src/domain/enums.js';
import { MARKDOWN_MARKER } from '../../src/diff/format-markdown.js';
import { captureContext } from '../helpers/capture-context.js';
import { DiffJson, type DiffJsonT } from './diff-json-shape.js';
import { readMarkdown } from './read-markdown.js';
import { git, makePlanRepo, WS, type PlanRepo } from './plan-repo.js';

let repo: PlanRepo;
beforeAll(async () => {
  repo = await makePlanRepo();
});
afterAll(async () => {
  if (repo) await rm(repo.dir, { recursive: true, force: true });
});

/** Runs the diff in-process from `cwd` (the repository by default). */
async function run(locale: Locale, args: (string | undefined)[], options: Record<string, unknown> = {}, cwd = repo.dir) {
  const cap = captureContext(locale, cwd);
  const code = await diff(cap.ctx, args, options);
  return { code, out: cap.out(), err: cap.err() };
}

/** The JSON output, checked against the documented shape. */
async function json(locale: Locale, args: (string | undefined)[], options: Record<string, unknown> = {}, cwd?: string): Promise<DiffJsonT> {
  const r = await run(locale, args, { ...options, format: 'json' }, cwd);
  expect(r.err).toBe('');
  return DiffJson.parse(JSON.parse(r.out));
}

/** One item change of a canvas. */
const item = (d: DiffJsonT, canvas: string, collection: string, id: string) => d.canvases.find((c) => c.canvas === canvas)?.items.find((i) => i.collection === collection && i.id === id);

const LOCALES: Locale[] = ['en', 'zh-CN', 'zh-TW'];

/** What each locale's text says for the same change. */
const WORDS: Record<Locale, { title: string; added: string; removed: string; renamed: string; items: string; scores: string; noChange: string; noFinding: string; invalid: string; future: string }> = {
  en: {
    title: 'dxplan diff: base → items',
    added: '+ goal Aftercare visits (aftercare)',
    removed: '- role Finance and settlement (finance)',
    renamed: '~ goal Showroom-to-contract conversion (showroom_conversion)  renamed "Showroom conversion" → "Showroom-to-contract conversion"',
    items: 'Plan items',
    scores: 'North star: Signed contracts per month (signed_contracts) 4/8 → Happy completed homes (happy_homes) 8/8',
    noChange: '0 added, 0 removed, 0 changed',
    noFinding: 'No finding came or went.',
    invalid: 'broken is invalid (1 problem(s)); only its valid files are compared.',
    future: 'future was written by a newer dxplan: canvases/launch-plan.yaml has format version 2, and this dxplan reads version 1. Upgrade dxplan to compare it.',
  },
  'zh-CN': {
    title: 'dxplan 对比：base → items',
    added: '+ 目标“Aftercare visits”（aftercare）',
    removed: '- 角色“Finance and settlement”（finance）',
    renamed: '~ 目标“Showroom-to-contract conversion”（showroom_conversion）  改名："Showroom conversion" → "Showroom-to-contract conversion"',
    items: '规划条目',
    scores: '北极星指标：Signed contracts per month（signed_contracts）4/8 → Happy completed homes（happy_homes）8/8',
    noChange: '新增 0 项，删除 0 项，修改 0 项',
    noFinding: '检查结果没有增减。',
    invalid: 'broken 无效（1 个问题）；只对比其中有效的文件。',
    future: 'future 由更新版本的 dxplan 写成：canvases/launch-plan.yaml 的格式版本是 2，而当前 dxplan 只能读取版本 1。请升级 dxplan 后再对比。',
  },
  'zh-TW': {
    title: 'dxplan 比對：base → items',
    added: '+ 目標「Aftercare visits」（aftercare）',
    removed: '- 角色「Finance and settlement」（finance）',
    renamed: '~ 目標「Showroom-to-contract conversion」（showroom_conversion）  更名："Showroom conversion" → "Showroom-to-contract conversion"',
    items: '規劃條目',
    scores: '北極星指標：Signed contracts per month（signed_contracts）4/8 → Happy completed homes（happy_homes）8/8',
    noChange: '新增 0 項，刪除 0 項，修改 0 項',
    noFinding: '檢查結果沒有增減。',
    invalid: 'broken 無效（1 個問題）；只比對其中有效的檔案。',
    future: 'future 由較新版本的 dxplan 寫成：canvases/launch-plan.yaml 的格式版本是 2，而目前的 dxplan 只能讀取版本 1。請升級 dxplan 後再比對。',
  },
};

describe('a change to every canvas (base → items)', () => {
  for (const locale of LOCALES) {
    it(`JSON (${locale}): items by id in every canvas, with renames and changed fields`, async () => {
      const d = await json(locale, ['base', 'items', WS]);
      expect(d.exitCode).toBe(0);
      expect(d.base).toMatchObject({ label: 'base', kind: 'revision', status: 'valid' });
      expect(d.canvases.map((c) => c.canvas)).toEqual(['manifest', 'value-positioning', 'business-architecture', 'north-star', 'assessment', 'launch-plan']);
      expect(item(d, 'manifest', 'settings', 'manifest')?.fields).toEqual([{ path: 'organisation', before: 'Larchwood Home Living Co., Ltd.', after: 'Larchwood Home Living Group' }]);
      // value positioning
      expect(item(d, 'value-positioning', 'parties', 'demand_side')?.fields.map((f) => f.path)).toEqual(['core_value.measure']);
      expect(item(d, 'value-positioning', 'key_resources', 'showrooms')).toMatchObject({ change: 'changed', renamed: { before: '24 showrooms', after: '26 showrooms' }, fields: [] });
      expect(item(d, 'value-positioning', 'key_resources', 'fair_stands')?.change).toBe('added');
      expect(item(d, 'value-positioning', 'key_resources', 'past_customers')?.change).toBe('removed');
      // business architecture
      expect(item(d, 'business-architecture', 'goals', 'showroom_conversion')?.renamed).toEqual({ before: 'Showroom conversion', after: 'Showroom-to-contract conversion' });
      expect(item(d, 'business-architecture', 'goals', 'referral_growth')?.fields).toEqual([{ path: 'phase', before: 2, after: 1 }]);
      expect(item(d, 'business-architecture', 'goals', 'aftercare')).toMatchObject({ change: 'added', name: 'Aftercare visits' });
      expect(item(d, 'business-architecture', 'functions', 'material_library')?.fields).toEqual([{ path: 'category', before: 'business', after: 'operations' }]);
      expect(item(d, 'business-architecture', 'roles', 'finance')).toMatchObject({ change: 'removed', name: 'Finance and settlement' });
      expect(item(d, 'business-architecture', 'cells', 'lead_capture/lead_inbox')?.fields).toEqual([
        { path: 'roles.sales_associate', before: 'Logs every showroom visitor and qualifies budget and move-in date', after: 'Logs every visitor and qualifies budget, move-in date and room count' },
      ]);
      // north star
      expect(item(d, 'north-star', 'candidates', 'happy_homes')?.fields).toEqual([{ path: 'scores.connects_resources', before: 1, after: 2 }]);
      expect(item(d, 'north-star', 'candidates', 'active_designers')?.renamed?.after).toBe('Designers referring every month');
      expect(item(d, 'north-star', 'candidates', 'repeat_rooms')?.change).toBe('added');
      expect(item(d, 'north-star', 'settings', 'north-star')?.fields.find((f) => f.path === 'chosen')).toEqual({ path: 'chosen', before: 'signed_contracts', after: 'happy_homes' });
      // assessment
      expect(item(d, 'assessment', 'facets', 'data')?.fields).toEqual([{ path: 'current', before: 1, after: 2 }]);
      expect(item(d, 'assessment', 'facets', 'system')?.fields).toEqual([{ path: 'target', before: 3, after: 4 }]);
      expect(item(d, 'assessment', 'evidence', 'crm_trial')?.change).toBe('added');
      expect(item(d, 'assessment', 'evidence', 'customer_survey')?.change).toBe('removed');
      // launch plan
      expect(item(d, 'launch-plan', 'phases', 'development')?.fields).toEqual([{ path: 'weeks', before: 12, after: 14 }]);
      expect(item(d, 'launch-plan', 'training', 'Showroom sales')?.fields).toEqual([{ path: 'rounds', before: 3, after: 4 }]);
      expect(item(d, 'launch-plan', 'training', 'Installation crews')?.change).toBe('added');
      expect(d.uncompared).toEqual([]);
    });

    it(`JSON (${locale}): scores, coverage, findings and documents`, async () => {
      const d = await json(locale, ['base', 'items', WS]);
      const s = d.scores!;
      expect(s.northStar.chosen.before).toMatchObject({ id: 'signed_contracts', score: 4, max: 8 });
      expect(s.northStar.chosen.after).toMatchObject({ id: 'happy_homes', score: 8, max: 8 });
      expect(s.assessment.overall.current).toEqual({ before: 1.33, after: 1.5 });
      expect(s.assessment.overall.target).toEqual({ before: 3.17, after: 3.33 });
      expect(s.assessment.facets.find((f) => f.id === 'data')?.current).toEqual({ before: 1, after: 2 });
      expect(s.coverage.goals).toEqual({ before: 5, after: 6 });
      expect(s.coverage.share).toEqual({ before: 0.6, after: 0.5 });
      const f = d.findings!;
      const added = f.added.find((x) => x.rule === 'canvas/goal-has-functions')!;
      expect(added).toMatchObject({ severity: 'error', shown: `items:${WS}/canvases/business-architecture.yaml`, subject: 'goals[aftercare]' });
      expect(added.line).toBeGreaterThan(1);
      expect(f.resolved.map((x) => `${x.rule} ${x.shown}:${x.line}:${x.col}`)).toEqual([`north-star/not-best base:${WS}/canvases/north-star.yaml:36:9`]);
      expect(d.summary).toMatchObject({ complete: true, newErrors: 1, findingsResolved: 1 });
      expect(d.documents!.added).toEqual(['diagrams/business-architecture-aftercare.mmd']);
      expect(d.documents!.changed.map((c) => c.path)).toEqual(expect.arrayContaining(['feature-table.md', 'north-star.md', 'diagrams/diamond-radar.mmd', 'launch-plan.md']));
    });

    it(`text (${locale}): grouped by canvas, in the user's language`, async () => {
      const r = await run(locale, ['base', 'items', WS]);
      expect(r.code).toBe(0);
      const lines = r.out.split('\n');
      const w = WORDS[locale];
      expect(lines[0]).toBe(w.title);
      for (const expected of [w.added, w.removed, w.renamed, w.scores]) expect(lines).toContain(`  ${expected}`);
      expect(lines).toContain(w.items);
      expect(lines).toContain('      phase: 2 → 1');
      expect(r.out).toContain(`items:${WS}/canvases/business-architecture.yaml:`);
      // NO_COLOR: plain text.
      expect(r.out).not.toContain('\u001b[');
    });

    it(`Markdown (${locale}): a pull-request comment a Markdown parser reads as summary, table and folded details`, async () => {
      const r = await run(locale, ['base', 'items', WS], { format: 'markdown' });
      expect(r.code).toBe(0);
      const doc = readMarkdown(r.out);
      expect(doc.tokens[0]).toMatchObject({ type: 'html_block' });
      expect(doc.htmlBlocks[0]!.trim()).toBe(MARKDOWN_MARKER);
      expect(doc.headings[0]).toEqual([3, WORDS[locale].title]);
      // The summary line comes before the table, and the table before any folded details.
      expect(doc.first('paragraph_open')).toBeLessThan(doc.first('table_open'));
      expect(doc.first('table_open')).toBeLessThan(doc.tokens.findIndex((t) => t.type === 'html_block' && t.content.includes('<details>')));
      expect(doc.tableRows).toHaveLength(4);
      expect(doc.tableRows[0]![1]).toContain('signed_contracts');
      expect(doc.tableRows[0]![2]).toContain('happy_homes');
      expect(doc.htmlBlocks.filter((b) => b.includes('<details>'))).toHaveLength(4);
      expect(doc.listItems.some((l) => l.includes('aftercare') && l.includes('Aftercare visits'))).toBe(true);
      expect(doc.listItems.some((l) => l.includes('canvas/goal-has-functions'))).toBe(true);
      expect(doc.listItems.some((l) => l.includes('diagrams/business-architecture-aftercare.mmd'))).toBe(true);
      expect(doc.html).toContain('<summary>');
      expect(r.out.length).toBeLessThan(65_536);
    });
  }
});

describe('lines moved, lists reordered, comments dropped (items → moved)', () => {
  for (const locale of LOCALES) {
    it(`no item or finding changes, in every format (${locale})`, async () => {
      const d = await json(locale, ['items', 'moved', WS]);
      expect(d.canvases).toEqual([]);
      expect(d.findings!.added).toEqual([]);
      expect(d.findings!.resolved).toEqual([]);
      expect(d.findings!.unchanged).toBeGreaterThan(0);
      const text = await run(locale, ['items', 'moved', WS]);
      expect(text.out).toContain(WORDS[locale].noChange);
      expect(text.out).toContain(WORDS[locale].noFinding);
      const md = await run(locale, ['items', 'moved', WS], { format: 'markdown' });
      expect(readMarkdown(md.out).listItems.some((l) => l.includes('aftercare'))).toBe(false);
    });
  }
});

describe('a broken file (moved → broken, base → broken)', () => {
  for (const locale of LOCALES) {
    it(`the invalid side is reported with its problems, the valid canvases still compare (${locale})`, async () => {
      const d = await json(locale, ['base', 'broken', WS]);
      expect(d.exitCode).toBe(0);
      expect(d.head.status).toBe('invalid');
      expect(d.head.problems).toHaveLength(1);
      expect(d.head.problems[0]).toMatchObject({ severity: 'error', rule: 'yaml/syntax', shown: `broken:${WS}/canvases/north-star.yaml` });
      expect(d.uncompared).toEqual(['north-star']);
      expect(item(d, 'business-architecture', 'goals', 'aftercare')?.change).toBe('added');
      expect(d.scores).toBeUndefined();
      expect(d.summary.complete).toBe(false);
      const text = await run(locale, ['moved', 'broken', WS]);
      expect(text.code).toBe(0);
      expect(text.out).toContain(WORDS[locale].invalid);
      expect(text.out).toMatch(new RegExp(`broken:${WS}/canvases/north-star\\.yaml:\\d+:\\d+  error  yaml/syntax`));
      const md = await run(locale, ['moved', 'broken', WS], { format: 'markdown' });
      expect(readMarkdown(md.out).listItems.some((l) => l.includes('yaml/syntax'))).toBe(true);
    });
  }

  it('--fail-on new-errors fails when the change breaks a file, and when it adds an error finding', async () => {
    expect((await run('en', ['moved', 'broken', WS], { failOn: 'new-errors' })).code).toBe(1);
    expect((await run('en', ['base', 'items', WS], { failOn: 'new-errors' })).code).toBe(1);
    // The reverse change resolves that error: nothing new, exit 0.
    expect((await run('en', ['items', 'base', WS], { failOn: 'new-errors' })).code).toBe(0);
    expect((await run('en', ['base', 'items', WS])).code).toBe(0);
  });
});

describe('a newer format version (moved → future)', () => {
  for (const locale of LOCALES) {
    it(`says so, and exits 2 (${locale})`, async () => {
      const text = await run(locale, ['moved', 'future', WS]);
      expect(text.code).toBe(2);
      expect(text.out).toContain(WORDS[locale].future);
      const d = await json(locale, ['moved', 'future', WS]);
      expect(d.head).toMatchObject({ status: 'future-version', futureVersions: [{ file: 'canvases/launch-plan.yaml', version: 2, supported: 1 }] });
      expect(d.exitCode).toBe(2);
      const md = await run(locale, ['moved', 'future', WS], { format: 'markdown' });
      expect(md.out).toContain(`> **${WORDS[locale].future}**`);
    });
  }
});

describe('HEAD against the working tree', () => {
  it('shows an uncommitted rename, and leaves the index and the working tree as they were', async () => {
    const file = join(repo.dir, WS, 'canvases/business-architecture.yaml');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('name: Aftercare visits', 'name: Aftercare home visits'));
    try {
      const indexFile = join(repo.dir, '.git/index');
      const [index, indexStat] = [await readFile(indexFile), await stat(indexFile)];
      const ws = join(repo.dir, WS);
      for (const locale of LOCALES) {
        const d = await json(locale, [], {}, ws);
        expect(d.base.label).toBe('HEAD');
        expect(d.head.kind).toBe('worktree');
        expect(d.canvases).toEqual([
          { canvas: 'business-architecture', items: [{ change: 'changed', collection: 'goals', id: 'aftercare', name: 'Aftercare home visits', renamed: { before: 'Aftercare visits', after: 'Aftercare home visits' }, fields: [] }] },
        ]);
      }
      // From the repository root, the workspace folder given alone.
      const fromRoot = await run('en', [WS]);
      expect(fromRoot.out).toContain('renamed "Aftercare visits" → "Aftercare home visits"');
      // Not a byte of the index was rewritten, not even its timestamp; nothing was checked out or left behind.
      expect(await readFile(indexFile)).toEqual(index);
      expect((await stat(indexFile)).mtimeMs).toBe(indexStat.mtimeMs);
      expect(git(repo.dir, 'status', '--porcelain', '--ignored', '--untracked-files=all')).toBe(` M ${WS}/canvases/business-architecture.yaml\n`);
      expect(await readFile(file, 'utf8')).toBe(original.replace('name: Aftercare visits', 'name: Aftercare home visits'));
    } finally {
      await writeFile(file, original);
    }
  });
});
