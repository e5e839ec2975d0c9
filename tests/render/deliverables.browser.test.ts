// The deliverables a consultant hands over, built by the real CLI from the bundled example and read
// back by readers other than their writers: the PDF with poppler, the workbook with SheetJS, the
// deck unzipped with fflate and parsed with fast-xml-parser. Then the same plan again, in another
// folder and time zone: byte for byte the same files.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync, strFromU8 } from 'fflate';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './helpers.js';
import { readPdf, squeeze, type PdfRead } from './pdf-reader.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'dxplan.js');
const temps: string[] = [];
afterAll(async () => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

/** Runs the built CLI. */
function dxplan(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DXPLAN_BROWSER: CHROMIUM, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A private copy of a bundled example. */
async function copyExample(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `dxplan-deliver-${name}-`));
  temps.push(dir);
  await cp(join(ROOT, 'examples', name), dir, { recursive: true });
  return dir;
}

const ALL = 'svg,png,pdf,pptx,xlsx';
const decode = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&').trim();

describe('dxplan build examples/patient-service --render svg,png,pdf,pptx,xlsx', () => {
  let ws: string;
  let docs: string;
  let pdf: PdfRead;
  let html: string;
  let first: ReturnType<typeof dxplan>;

  beforeAll(async () => {
    ws = await copyExample('patient-service');
    docs = join(ws, 'docs');
    first = dxplan(['build', ws, '--render', ALL], { TZ: 'Asia/Shanghai' });
    pdf = readPdf(join(docs, 'plan-report.pdf'));
    html = await readFile(join(docs, 'plan-report.html'), 'utf8');
  }, 240_000);

  it('exits 0 and writes both PDFs, the deck and the workbook', () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/绘制 \d+ 个图片文件/);
    for (const f of ['plan-report.pdf', 'plan-report-internal.pdf', 'plan-deck.pptx', 'plan-workbook.xlsx']) expect(pdf && f).toBeTruthy();
  });

  describe('the PDF', () => {
    it('has metadata from the workspace: title, client, the workshop date, no browser user agent', () => {
      expect(pdf.info.Title).toBe('糖尿病患者全病程服务平台');
      expect(pdf.info.Author).toBe('华岳制药集团股份有限公司');
      expect(pdf.info.CreationDate).toBe('2026-09-14T00:00:00Z');
      expect(pdf.info.Creator).toBe('dxplan');
      expect(pdf.info.Producer).not.toMatch(/Chrome|Skia/);
    });

    it('opens on a cover: plan, client, workshop date, version, edition', () => {
      const cover = pdf.pages[0]!;
      for (const text of ['数字化转型规划', '糖尿病患者全病程服务平台', '华岳制药集团股份有限公司', '2026-09-14', '版本', '客户版']) expect(cover).toContain(text);
      expect(cover).toMatch(/版本\s+[0-9a-f]{8}/);
    });

    it('has contents whose page numbers are the pages the chapters start on, and the same chapters as bookmarks', () => {
      const contents = pdf.pages[1]!;
      const chapters = [...html.matchAll(/<li><a href="#([a-z-]+)">([^<]+)<\/a>/g)].map((m) => ({ id: m[1]!, title: decode(m[2]!) }));
      expect(chapters.length).toBeGreaterThanOrEqual(7);
      for (const c of chapters) {
        const m = new RegExp(`${c.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s.]*?(\\d+)\\s*$`, 'm').exec(contents);
        expect(m, `${c.title} in the contents`).not.toBeNull();
        const page = Number(m![1]);
        // The chapter's heading is on that page, and the bookmark of that title points there.
        expect(pdf.pages[page - 1], c.title).toContain(c.title);
        expect(pdf.outline.find((o) => o.title === c.title)?.page, `bookmark ${c.title}`).toBe(page);
      }
      expect(pdf.outline.filter((o) => o.depth >= 1).length).toBeGreaterThan(chapters.length);
    });

    it('numbers every page, "n / N" in the footer', () => {
      const n = pdf.pages.length;
      pdf.pages.forEach((text, i) => expect(text.trimEnd(), `page ${i + 1}`).toMatch(new RegExp(`${i + 1} / ${n}$`)));
    });

    it('keeps every heading with what follows it: no page ends on a heading or a picture title', () => {
      const headings = new Set([...html.matchAll(/<(h[234]|figcaption)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => squeeze(decode(m[2]!))));
      const byPage = new Map<number, typeof pdf.texts>();
      for (const t of pdf.texts) if (t.top < t.pageHeight - 60) byPage.set(t.page, [...(byPage.get(t.page) ?? []), t]);
      for (const [page, texts] of byPage) {
        const bottom = Math.max(...texts.map((t) => t.top));
        const last = squeeze(texts.filter((t) => t.top >= bottom - 2).map((t) => t.text).join(''));
        expect(headings.has(last), `page ${page} ends on "${last}"`).toBe(false);
      }
    });

    it('never splits a table row or the north-star card across pages', async () => {
      const json = JSON.parse(await readFile(join(docs, 'feature-table.json'), 'utf8')) as { rows: { roles: { activity: string }[] }[] };
      const pages = pdf.pages.map(squeeze);
      const activities = [...new Set(json.rows.flatMap((r) => r.roles.map((x) => squeeze(x.activity))))];
      expect(activities.length).toBeGreaterThan(10);
      for (const a of activities) expect(pages.some((p) => p.includes(a)), a).toBe(true);
      const card = squeeze(decode(/<div class="card">([\s\S]*?)<\/div>\s*(?:<p|<h3)/.exec(html)![1]!));
      expect(pages.some((p) => p.includes(card))).toBe(true);
    });

    it('puts the wide tables on landscape pages, where no Chinese heading wraps a character a line', () => {
      const start = (title: string) => pdf.outline.find((o) => o.title === title)!.page;
      for (const title of ['业务功能表', '画布看板：横向为目标，纵向为功能']) {
        const size = pdf.sizes[start(title) - 1]!;
        expect(size.width, title).toBeGreaterThan(size.height);
      }
      // Every column heading of the report's tables reads on one line of its page.
      const heads = [...new Set([...html.matchAll(/<th\b[^>]*>([^<]{2,12})<\/th>/g)].map((m) => decode(m[1]!)).filter((h) => /^[\u4e00-\u9fff（）]+$/.test(h)))];
      expect(heads.length).toBeGreaterThan(10);
      const lines = pdf.pages.flatMap((p) => p.split('\n'));
      for (const h of heads) expect(lines.some((l) => l.includes(h)), h).toBe(true);
    });

    it('draws every diagram readably: no text smaller than 6.5 pt but the footer', () => {
      const body = pdf.texts.filter((t) => t.top < t.pageHeight - 60 && t.text.trim() !== '');
      const small = body.filter((t) => t.size < 6.5).map((t) => `p${t.page} ${t.size.toFixed(1)}pt ${t.text}`);
      expect(small).toEqual([]);
      // Every diagram is in the PDF: its picture title is on some page.
      for (const m of html.matchAll(/<figcaption>([^<]+)<\/figcaption>/g)) expect(pdf.pages.some((p) => p.includes(decode(m[1]!))), m[1]).toBe(true);
    });
  });

  describe('the client and internal editions', () => {
    it('keep rule ids and file positions out of the client PDF and in the internal one', () => {
      const client = pdf.pages.join('\n');
      const internal = readPdf(join(docs, 'plan-report-internal.pdf')).pages.join('\n');
      expect(client).not.toMatch(/canvas\/goal-categories|canvases\/[a-z-]+\.yaml:\d+/);
      expect(internal).toMatch(/canvas\/goal-categories/);
      expect(internal).toMatch(/canvases\/business-architecture\.yaml:\d+:\d+/);
      // The client's copy words the finding as advice: what to do first, then what shows it.
      expect(client).toContain('下一步建议');
      expect(client).toContain('建议处理');
    });
  });

  describe('the workbook, read with SheetJS', () => {
    let book: XLSX.WorkBook;
    beforeAll(async () => {
      book = XLSX.read(await readFile(join(docs, 'plan-workbook.xlsx')), { type: 'buffer', cellStyles: true });
    });

    it('has the six sheets, named in the workspace language', () => {
      expect(book.SheetNames).toEqual(['功能表', '画布', '角色', '目标', '评估', '排期']);
    });

    it('holds the feature table with its header, every row and Chinese intact', async () => {
      const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets['功能表']!, { header: 1, defval: '' });
      expect(rows[0]!.slice(0, 6)).toEqual(['目标', '阶段', '功能', '类别', '模块维度', '角色与行为']);
      const json = JSON.parse(await readFile(join(docs, 'feature-table.json'), 'utf8')) as { rows: unknown[] };
      expect(rows.length - 1).toBe(json.rows.length);
      expect(rows.some((r) => r.join('|').includes('医生入驻与资质认证'))).toBe(true);
    });

    it('freezes the header row, filters it, and sizes the columns', async () => {
      const sheet = book.Sheets['功能表']!;
      expect(sheet['!autofilter']?.ref).toMatch(/^A1:H\d+$/);
      expect(sheet['!cols']?.length).toBe(8);
      expect(sheet['!cols']?.every((c) => (c?.width ?? 0) >= 8)).toBe(true);
      // The roles column is sized to its text, wider than the phase column.
      expect(sheet['!cols']![5]!.width!).toBeGreaterThan(sheet['!cols']![1]!.width!);
      // The frozen pane is in the sheet's XML (SheetJS's free build does not surface it).
      const xml = strFromU8(unzipSync(new Uint8Array(await readFile(join(docs, 'plan-workbook.xlsx'))))['xl/worksheets/sheet1.xml']!);
      expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    });

    it('carries the board: goals across, functions down, roles and activities at the crossings', () => {
      const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets['画布']!, { header: 1, defval: '' });
      expect(rows[0]![0]).toBe('功能');
      expect(rows[0]!.length).toBe(7);
      expect(rows.flat().some((c) => /签约医生：/.test(String(c)))).toBe(true);
    });
  });

  describe('the deck, unzipped with fflate and parsed with fast-xml-parser', () => {
    let files: Record<string, Uint8Array>;
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    /** Every text run of a slide, in order. */
    const textOf = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!));
    let slides: string[];

    beforeAll(async () => {
      files = unzipSync(new Uint8Array(await readFile(join(docs, 'plan-deck.pptx'))));
      const order = parser.parse(strFromU8(files['ppt/presentation.xml']!))['p:presentation']['p:sldIdLst']['p:sldId'] as { 'r:id': string }[];
      const rels = parser.parse(strFromU8(files['ppt/_rels/presentation.xml.rels']!)).Relationships.Relationship as { Id: string; Target: string }[];
      slides = order.map((s) => strFromU8(files[`ppt/${rels.find((r) => r.Id === s['r:id'])!.Target}`]!));
    });

    it('has the cover, value positioning, board, north star, radar, roadmap, launch timeline and top advice, in order', () => {
      const titles = slides.map((s) => textOf(s)[0]);
      expect(titles[0]).toBe('糖尿病患者全病程服务平台');
      const find = (title: string) => titles.findIndex((t) => t?.startsWith(title));
      const order = ['价值定位', '画布看板', '北极星指标卡', '成熟度雷达图', '路线图位置', '上线甘特图', '重点建议'].map(find);
      for (const [i, at] of order.entries()) expect(at, `slide ${i}`).toBeGreaterThan(0);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    });

    it('shows the diagrams as pictures', () => {
      const media = Object.keys(files).filter((f) => /^ppt\/media\/.+\.png$/.test(f));
      expect(media.length).toBeGreaterThanOrEqual(5);
      const radar = slides.find((s) => textOf(s)[0]?.startsWith('成熟度雷达图'))!;
      expect(radar).toMatch(/<p:pic>/);
    });

    it('names an East-Asian font face on every run, and in the theme, so PowerPoint and WPS show the Chinese', () => {
      for (const [i, s] of slides.entries()) {
        const runs = [...s.matchAll(/<a:rPr\b[^>]*>([\s\S]*?)<\/a:rPr>/g)];
        expect(runs.length, `slide ${i + 1}`).toBeGreaterThan(0);
        for (const r of runs) expect(r[1], `slide ${i + 1}`).toContain('<a:ea typeface="Microsoft YaHei"');
      }
      const theme = strFromU8(files['ppt/theme/theme1.xml']!);
      expect(theme.match(/<a:ea typeface="Microsoft YaHei"\/>/g)?.length).toBeGreaterThanOrEqual(2);
    });

    it('dates itself from the workspace, not the clock', () => {
      const core = strFromU8(files['docProps/core.xml']!);
      expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-09-14T00:00:00Z</dcterms:created>');
    });
  });

  it('gives byte-identical PDFs, deck and workbook for the same plan in another folder and time zone', async () => {
    const other = await copyExample('patient-service');
    const again = dxplan(['build', other, '--render', ALL], { TZ: 'America/Adak' });
    expect(again.code, again.stderr).toBe(0);
    for (const f of ['plan-report.pdf', 'plan-report-internal.pdf', 'plan-deck.pptx', 'plan-workbook.xlsx']) {
      const a = await readFile(join(docs, f));
      const b = await readFile(join(other, 'docs', f));
      expect(a.equals(b), f).toBe(true);
    }
  }, 240_000);
});
