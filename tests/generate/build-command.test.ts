// `dxplan build` in-process: what it writes, what it leaves alone, --check, --dry-run, --only,
// template overrides and failures, dates and determinism.
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { build } from '../../src/app/build.js';
import { BUILD_MANIFEST } from '../../src/generate/../render/write-outputs.js';
import { captureContext } from '../helpers/capture-context.js';
import { copyToTemp, removeTemp } from '../helpers/temp-workspace.js';

const SMALL = 'tests/golden/cases/zh-tw-small/input';
const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map(removeTemp));
});

async function workspace(fixture = SMALL): Promise<string> {
  const dir = await copyToTemp(fixture);
  temps.push(dir);
  return dir;
}

async function run(dir: string, options: Parameters<typeof build>[2] = {}) {
  const cap = captureContext('en', dir);
  const code = await build(cap.ctx, dir, options);
  return { code, out: cap.out(), err: cap.err() };
}

describe('dxplan build', () => {
  test('writes every document into the output folder named in dxplan.yaml, then rewrites nothing', async () => {
    const dir = await workspace();
    const first = await run(dir);
    expect(first.code).toBe(0);
    const files = (await readdir(join(dir, 'out'), { recursive: true })).map(String).sort();
    expect(files).toEqual(expect.arrayContaining(['feature-table.md', 'feature-table.csv', 'feature-table.json', 'launch-plan.md', 'north-star.md', 'assessment.md', 'plan-report.md', 'plan-report.html', BUILD_MANIFEST]));
    const before = await stat(join(dir, 'out', 'plan-report.md'));

    const second = await run(dir);
    expect(second.code).toBe(0);
    expect(second.out).not.toContain('wrote');
    expect(second.out).toContain('0 file(s) written');
    expect((await stat(join(dir, 'out', 'plan-report.md'))).mtimeMs).toBe(before.mtimeMs);
  });

  test('--check passes when up to date and lists stale, missing and no-longer-generated files otherwise, writing nothing', async () => {
    const dir = await workspace();
    expect((await run(dir, { check: true })).code).toBe(1);
    await run(dir);
    expect((await run(dir, { check: true })).code).toBe(0);

    await writeFile(join(dir, 'out', 'north-star.md'), 'edited by hand\n');
    await rm(join(dir, 'out', 'feature-table.csv'));
    // Dropping the roadmap means diagrams/roadmap.mmd is no longer generated.
    const lp = join(dir, 'canvases', 'launch-plan.yaml');
    await writeFile(lp, (await readFile(lp, 'utf8')).replace(/roadmap:\n(  .*\n)+/, ''));
    const check = await run(dir, { check: true });
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/stale: .*north-star\.md/);
    expect(check.out).toMatch(/missing: .*feature-table\.csv/);
    expect(check.out).toMatch(/no longer generated: .*roadmap\.mmd/);
    expect(await readFile(join(dir, 'out', 'north-star.md'), 'utf8')).toBe('edited by hand\n');

    const fixed = await run(dir);
    expect(fixed.out).toMatch(/removed .*roadmap\.mmd/);
    expect((await run(dir, { check: true })).code).toBe(0);
  });

  test('never removes a file it did not generate', async () => {
    const dir = await workspace();
    await mkdir(join(dir, 'out', 'diagrams'), { recursive: true });
    await writeFile(join(dir, 'out', 'notes.md'), 'mine\n');
    await writeFile(join(dir, 'out', 'diagrams', 'sketch.mmd'), 'flowchart LR\n  a --> b\n');
    await run(dir);
    expect((await run(dir, { check: true })).code).toBe(0);
    expect(await readFile(join(dir, 'out', 'notes.md'), 'utf8')).toBe('mine\n');
    expect(await readFile(join(dir, 'out', 'diagrams', 'sketch.mmd'), 'utf8')).toContain('flowchart');
  });

  test('--dry-run reports what would change and writes nothing', async () => {
    const dir = await workspace();
    const dry = await run(dir, { dryRun: true });
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/would write .*plan-report\.html/);
    await expect(stat(join(dir, 'out'))).rejects.toThrow();
  });

  test('--only builds the named families and leaves the others alone', async () => {
    const dir = await workspace();
    const only = await run(dir, { only: 'feature-table, north-star' });
    expect(only.code).toBe(0);
    const files = (await readdir(join(dir, 'out'))).sort();
    expect(files).toEqual([BUILD_MANIFEST, 'feature-table.csv', 'feature-table.json', 'feature-table.md', 'north-star.md']);
    await run(dir);
    // A narrower build must not treat the other families as no longer generated.
    expect((await run(dir, { only: 'assessment', check: true })).code).toBe(0);
    await run(dir, { only: 'assessment' });
    expect((await run(dir, { check: true })).code).toBe(0);
  });

  test('--only with an unknown family is a usage error with a suggestion', async () => {
    const dir = await workspace();
    const bad = await run(dir, { only: 'feature-tabel' });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown document "feature-tabel"');
    expect(bad.err).toContain('did you mean "feature-table"');
  });

  test('--out writes elsewhere', async () => {
    const dir = await workspace();
    const out = join(dir, 'elsewhere');
    expect((await run(dir, { out })).code).toBe(0);
    expect(await readFile(join(out, 'plan-report.md'), 'utf8')).toContain('社區藥局服務平臺');
  });

  test('an invalid workspace prints its problems like validate and exits 2', async () => {
    const dir = await workspace();
    await writeFile(join(dir, 'canvases', 'north-star.yaml'), 'version: 1\nchosen: Not An Id\n');
    const res = await run(dir);
    expect(res.code).toBe(2);
    expect(res.out).toMatch(/canvases\/north-star\.yaml:2:\d+ +error/);
    await expect(stat(join(dir, 'out'))).rejects.toThrow();
  });
});

describe('documents', () => {
  test('phases follow one another from the start date in whole weeks, whatever the time zone', async () => {
    const dir = await workspace();
    await run(dir);
    const plan = await readFile(join(dir, 'out', 'launch-plan.md'), 'utf8');
    // kickoff 1 week from Monday 2026-03-30, requirements 4 (default), development 6.
    expect(plan).toContain('| 1 | 專案啟動會 | 1 | 2026-03-30 | 2026-04-05 | 林店長 |');
    expect(plan).toContain('| 2026-04-06 | 2026-05-03 |');
    expect(plan).toContain('| 2026-05-04 | 2026-06-14 |');
    expect(await readFile(join(dir, 'out', 'diagrams', 'launch-gantt.mmd'), 'utf8')).toContain(':p_development, 2026-05-04, 42d');
  });

  test('without a start date the plan says so, counts weeks, and draws no Gantt chart', async () => {
    const dir = await workspace();
    const lp = join(dir, 'canvases', 'launch-plan.yaml');
    await writeFile(lp, (await readFile(lp, 'utf8')).replace(/^start: .*\n/m, ''));
    await run(dir);
    const plan = await readFile(join(dir, 'out', 'launch-plan.md'), 'utf8');
    expect(plan).toContain('尚未設定開始日期');
    expect(plan).toContain('| 第 1 週 | 第 1 週 |');
    expect(plan).not.toMatch(/20\d\d-\d\d-\d\d/);
    await expect(stat(join(dir, 'out', 'diagrams', 'launch-gantt.mmd'))).rejects.toThrow();
  });

  test('the documents are in the workspace locale, and --lang switches them', async () => {
    const dir = await workspace();
    await run(dir);
    expect(await readFile(join(dir, 'out', 'north-star.md'), 'utf8')).toContain('# 北極星指標卡：社區藥局服務平臺');
    await run(dir, { lang: 'en', out: join(dir, 'en') });
    expect(await readFile(join(dir, 'en', 'north-star.md'), 'utf8')).toContain('# North-star card: 社區藥局服務平臺');
    // Everything follows --lang, including the model's rubric texts and the documents' language tags.
    const assessment = await readFile(join(dir, 'en', 'assessment.md'), 'utf8');
    expect(assessment).toContain('Diamond model');
    expect(assessment).not.toMatch(/鑽石模型|資料|數據/);
    expect(await readFile(join(dir, 'en', 'plan-report.html'), 'utf8')).toContain('<html lang="en"');
    expect(JSON.parse(await readFile(join(dir, 'en', 'feature-table.json'), 'utf8')).locale).toBe('en');
  });

  test('the CSV opens in Excel as UTF-8: BOM first, CRLF records', async () => {
    const dir = await workspace();
    await run(dir);
    const csv = await readFile(join(dir, 'out', 'feature-table.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('目標,階段,功能,類別,模組維度,設計方式,角色與行為,說明,goal_id,function_id');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  test('the HTML report loads nothing from the network and runs only the two scripts written beside it', async () => {
    const dir = await workspace('tests/golden/cases/hostile/input');
    await run(dir);
    const html = await readFile(join(dir, 'docs', 'plan-report.html'), 'utf8');
    // The diagrams are drawn by the copy of Mermaid in assets/; no inline script, and a policy that forbids any other.
    expect(html.match(/<script\b[^>]*>/gi)).toEqual(['<script src="assets/mermaid.min.js">', '<script src="assets/draw-diagrams.js">']);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' file:;`);
    expect(await readFile(join(dir, 'docs', 'assets', 'draw-diagrams.js'), 'utf8')).toContain("securityLevel: 'strict'");
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/\s(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).toContain('<h1>A | B &quot;quoted&quot; &lt;script&gt;alert(1)&lt;/script&gt; --&gt; %%{init}</h1>');
  });

  test('the HTML report holds the whole plan: parties, principles, phases, gates, diagrams', async () => {
    const dir = await workspace();
    await run(dir);
    const html = await readFile(join(dir, 'out', 'plan-report.html'), 'utf8');
    for (const text of ['<tr><th>需求方</th>', '<li>小步快跑，快速迭代</li>', '<td>專案啟動會</td>', '<td>資源方增長</td>', '慢箋到期前提醒', '<pre class="mermaid">']) {
      expect(html).toContain(text);
    }
    expect(html.match(/<figure class="diagram portrait"/g)).toHaveLength(7);
  });

  test('the same workspace gives byte-identical output in any time zone and folder', async () => {
    const a = await workspace();
    const b = await workspace();
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      await run(a);
      process.env.TZ = 'America/Adak';
      await run(b);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
    const files = (await readdir(join(a, 'out'), { recursive: true })).map(String).sort();
    for (const f of files) {
      if ((await stat(join(a, 'out', f))).isDirectory()) continue;
      expect((await readFile(join(b, 'out', f))).equals(await readFile(join(a, 'out', f))), f).toBe(true);
    }
  });
});

describe('template overrides', () => {
  test('a workspace template of the same name replaces the built-in one, partials included', async () => {
    const dir = await workspace();
    await mkdir(join(dir, 'templates'));
    await writeFile(join(dir, 'templates', 'north-star.md.hbs'), '# {{md northStar.chosen.name}}\n\n{{t "doc.northStar.inputs"}}: {{#each northStar.inputs}}{{md name}}{{/each}}\n');
    await writeFile(join(dir, 'templates', '_header.md.hbs'), '<!-- our own header -->\n\n');
    expect((await run(dir)).code).toBe(0);
    expect(await readFile(join(dir, 'out', 'north-star.md'), 'utf8')).toBe('# 每月慢箋回購人數\n\n輸入指標: 預約領藥人數\n');
    expect(await readFile(join(dir, 'out', 'launch-plan.md'), 'utf8')).toMatch(/^<!-- our own header -->\n\n# 上線計畫/);
    expect(await readFile(join(dir, 'out', 'assessment.md'), 'utf8')).toMatch(/^<!-- our own header -->/);
  });

  test('a broken override fails with the template named, exit 2, and writes nothing', async () => {
    const dir = await workspace();
    await mkdir(join(dir, 'templates'));
    await writeFile(join(dir, 'templates', 'assessment.md.hbs'), '# {{assessment.modle}}\n');
    const misspelt = await run(dir);
    expect(misspelt.code).toBe(2);
    expect(misspelt.err).toContain('template assessment.md.hbs failed');
    expect(misspelt.err).toContain('"modle" not defined');
    expect(misspelt.err).not.toMatch(/\n\s+at /);
    await expect(stat(join(dir, 'out'))).rejects.toThrow();

    await writeFile(join(dir, 'templates', 'assessment.md.hbs'), '{{#each assessment.facets}}{{label}}{{/each}}\n');
    const helperAsField = await run(dir);
    expect(helperAsField.code).toBe(2);
    expect(helperAsField.err).toContain('{{label}} 需要 2 個參數；如要讀取同名欄位，請寫成 {{./label}}');

    await writeFile(join(dir, 'templates', 'assessment.md.hbs'), '{{#each facets}}\n');
    const unclosed = await run(dir);
    expect(unclosed.code).toBe(2);
    expect(unclosed.err).toContain("Parse error on line 2: Expecting 'OPEN_INVERSE_CHAIN', 'INVERSE', 'OPEN_ENDBLOCK', got 'EOF'");
  });
});
