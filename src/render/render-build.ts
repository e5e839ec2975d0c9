// `dxplan build --render`: SVG and PNG of every diagram and a PDF of the report, in one browser.
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Translator } from '../i18n/index.js';
import { terminalSafe } from '../shared/terminal-safe.js';
import { fsErrorReason } from '../store/fs-reason.js';
import { writeFileAtomic } from '../store/write-atomic.js';
import { withBrowser, type OpenBrowser } from './launch-browser.js';
import { locateMermaid, type MermaidBundle } from './mermaid-bundle.js';
import { CJK_TEXT, lacksCjkFont } from './font-check.js';
import { MERMAID_MAX_TEXT, MERMAID_THEME, openMermaidPage, PNG_SCALE, type MermaidPage } from './mermaid-page.js';
import { printPdf } from './print-pdf.js';
import { createProgress } from './progress.js';
import { cacheFile, cacheKey, RenderCache } from './render-cache.js';
import { isBrowserFailure, RenderError, RenderInterrupted } from './render-errors.js';
import { DECK_PATH, WORKBOOK_PATH, type RenderFormat } from './render-formats.js';
import type { DeckSpec, DocumentMeta, WorkbookSpec } from '../generate/deliverables/index.js';
import { sha256 } from './write-outputs.js';
import type { WarmRender } from './warm-render.js';

/** What rendering needs from its caller: messages, where to print, the environment (a browser path), the folder. */
export interface RenderContext {
  t: Translator;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  cwd: string;
  quiet: boolean;
}

/** A generated file of the build; only `.mmd` files are rendered. */
export interface BuildFile {
  /** Path relative to the output folder, `/`-separated. */
  path: string;
  contents: string;
}

/** What `renderBuild` needs from the build. */
export interface RenderBuildOptions {
  ctx: RenderContext;
  /** The workspace folder: the cache lives in its `.dxplan/cache/`. */
  workspaceDir: string;
  /** The output folder the build wrote `files` into. */
  outDir: string;
  /** The folder no picture may be written outside of (links followed): the workspace, or `--out`. */
  root?: string;
  files: readonly BuildFile[];
  formats: readonly RenderFormat[];
  /** The `--browser` option. */
  browser?: string;
  /** A browser (and Mermaid page) the build started early (warm-render.ts); its owner closes it. */
  warm?: WarmRender;
  /**
   * Called once every diagram's SVG is known (rendered or cached): writes the final HTML reports
   * (both editions) with the SVGs inlined and says where they are and what they came from.
   * Called inside the browser session, so printing the PDFs needs no second browser.
   */
  report?: (svgs: ReadonlyMap<string, string>) => Promise<readonly ReportEdition[] | undefined>;
  /** The PDFs', deck's and workbook's metadata (title, author, dates from the workspace). */
  meta?: DocumentMeta;
  /** The slide deck and the workbook as data, with the hash of what they came from. */
  deck?: { spec: DeckSpec; from: string };
  workbook?: { spec: WorkbookSpec; from: string };
  /** False when the caller prints one summary of documents and pictures itself (`dxplan build`). */
  summary?: boolean;
}

/** An HTML report written with its pictures: where it is, and the plain file it came from. */
export interface ReportEdition {
  /** Absolute path of the HTML file. */
  html: string;
  /** Its path relative to the output folder, and the hash of its plain (picture-less) contents. */
  source: string;
  from: string;
}

/** What a picture file was made from, recorded so a later build knows when it is stale. */
export interface PictureRecord {
  /** The generated file it was made from (relative to the output folder), or `canvases` for the deck and workbook. */
  source: string;
  /** SHA-256 of that source when the picture was made. */
  from: string;
}

/** The source of the deck and the workbook: the plan itself, not one generated file. */
export const PLAN_SOURCE = 'canvases';

/** How rendering went. */
export interface RenderBuildResult {
  /** SVG text by `.mmd` path (as in `files`), for every diagram that rendered now or before. */
  svgs: Map<string, string>;
  /** ok; failed (a diagram, the browser or the PDF failed, already reported); interrupted (Ctrl-C). */
  status: 'ok' | 'failed' | 'interrupted';
  /** Picture files written now. */
  rendered: number;
  /** Picture files already up to date. */
  reused: number;
  /** Every picture file up to date after this run (written or reused), by path in the output folder. */
  records: Record<string, PictureRecord>;
  /** Absolute paths of the picture files in the output folder, drawn now or before (for the build stamp). */
  pictures: string[];
}

/** One output file of one diagram. */
interface Target {
  rel: string;
  abs: string;
  key: string;
}

/** A diagram and the files it turns into. */
interface DiagramJob {
  mmd: string;
  mmdAbs: string;
  id: string;
  source: string;
  /** Where the SVG goes: next to the .mmd when svg was asked for, else into the cache. */
  svg: Target;
  svgWanted: boolean;
  svgText?: string;
  png?: Target;
  /** True when the PNG goes beside the `.mmd` (png asked for), false when only the deck needs it (cache). */
  pngWanted: boolean;
  pngFresh: boolean;
}

/** A CSS-safe id that is unique per diagram path: `diagrams/north-star.mmd` → `d-diagrams-north-star`. */
export function diagramId(mmdPath: string): string {
  const base = mmdPath.replace(/\.mmd$/i, '');
  const slug = base.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  // Two paths that slug alike (non-ASCII names) must still get different ids in one HTML page.
  const lossy = slug !== base.replace(/\//g, '-');
  return `d-${slug || 'diagram'}${lossy ? `-${cacheKey([mmdPath]).slice(0, 8)}` : ''}`;
}

/** `path` for messages: relative to the user's working folder, absolute when outside it (like the CLI's). */
function shown(ctx: RenderContext, path: string): string {
  const rel = relative(ctx.cwd, path);
  if (rel === '') return '.';
  return rel.startsWith('..') ? path : rel.split(sep).join('/');
}

/** A path relative to the workspace, with `/`, as the cache's key. */
const cacheRel = (workspaceDir: string, path: string): string => relative(workspaceDir, path).split(sep).join('/');

/** Why a file could not be written, in words where dxplan has them (the CLI's fs.* messages). */
const fsReason = (ctx: RenderContext, error: unknown): string => fsErrorReason(ctx.t, error, (p) => shown(ctx, p));

/** Prints a failure as `file: message`, continuation lines indented under it. */
function printFailure(ctx: RenderContext, file: string, message: string): void {
  // Mermaid's messages quote the diagram's text, which holds the user's labels.
  const [first = '', ...rest] = terminalSafe(message.trimEnd(), { multiline: true }).split('\n');
  ctx.stderr.write(`${file}: ${first}\n${rest.map((line) => `  ${line}\n`).join('')}`);
}

/**
 * Renders the build's diagrams to SVG and PNG next to their `.mmd` files and prints the report to
 * PDF, reusing every picture whose inputs did not change. Problems are printed here; the status
 * tells the caller which exit code to use. Without any change, no browser is looked for or started.
 */
export async function renderBuild(options: RenderBuildOptions): Promise<RenderBuildResult> {
  const { ctx, formats } = options;
  const workspaceDir = resolve(ctx.cwd, options.workspaceDir);
  const outDir = resolve(ctx.cwd, options.outDir);
  const root = resolve(ctx.cwd, options.root ?? workspaceDir);
  const cacheDir = join(workspaceDir, '.dxplan', 'cache');
  const svgs = new Map<string, string>();
  const result: RenderBuildResult = { svgs, status: 'ok', rendered: 0, reused: 0, pictures: [], records: {} };
  const relOut = (abs: string) => relative(outDir, abs).split(sep).join('/');
  const record = (abs: string, source: string, from: string) => {
    if (abs.startsWith(cacheDir)) return;
    result.records[relOut(abs)] = { source, from };
    if (!result.pictures.includes(abs)) result.pictures.push(abs);
  };
  // The workbook needs no browser and no diagram: a build asking for nothing else starts none.
  const drawing = formats.some((f) => f !== 'xlsx');

  let bundle: MermaidBundle;
  try {
    bundle = locateMermaid();
  } catch (error) {
    ctx.stderr.write(`dxplan: ${ctx.t('render.mermaidMissing', { reason: (error as Error).message.split('\n')[0] ?? '' })}\n`);
    return { ...result, status: 'failed' };
  }

  const cache = await RenderCache.load(workspaceDir);
  const jobs = drawing ? await planDiagrams(options, workspaceDir, outDir, bundle, cache) : [];
  for (const job of jobs) {
    if (job.svgText !== undefined) svgs.set(job.mmd, job.svgText);
    result.reused += (job.svgWanted && job.svgText !== undefined ? 1 : 0) + (job.png && job.pngWanted && job.pngFresh ? 1 : 0);
    const from = sha256(job.source);
    if (job.svgWanted && job.svgText !== undefined) record(job.svg.abs, job.mmd, from);
    if (job.png && job.pngFresh) record(job.png.abs, job.mmd, from);
  }
  const pending = jobs.filter((job) => job.svgText === undefined || !job.pngFresh);
  const steps = pending.reduce((n, job) => n + (job.svgText === undefined ? 1 : 0) + (job.pngFresh ? 0 : 1), 0);
  const extraSteps = (formats.includes('pdf') ? 2 : 0) + (formats.includes('pptx') ? 1 : 0) + (formats.includes('xlsx') ? 1 : 0);
  const progress = createProgress({ stream: ctx.stderr, quiet: ctx.quiet }, steps + extraSteps);
  const failures: { file: string; message: string }[] = [];

  const write = async (target: Target, bytes: string | Uint8Array, counts: boolean) => {
    try {
      // The PDF and pictures sit in the output folder; cached SVGs in the workspace's .dxplan/cache.
      await writeFileAtomic(target.abs, bytes, { root: target.abs.startsWith(cacheDir) ? workspaceDir : root });
    } catch (error) {
      throw new RenderError(ctx.t('fs.writeFailed', { path: shown(ctx, target.abs), reason: fsReason(ctx, error) }));
    }
    cache.remember(target.rel, target.key, bytes);
    if (counts) {
      result.rendered += 1;
      if (!result.pictures.includes(target.abs)) result.pictures.push(target.abs);
    }
  };
  /** The deck and the workbook: drawn when their inputs changed, else reused. */
  const deliverable = async (abs: string, key: string, from: string, make: () => Promise<Uint8Array>, failed: 'render.deckFailed' | 'render.workbookFailed') => {
    const target: Target = { rel: cacheRel(workspaceDir, abs), abs, key };
    if (await cache.fresh(target.rel, target.abs, target.key)) {
      result.reused += 1;
      record(abs, PLAN_SOURCE, from);
      return;
    }
    progress.step(shown(ctx, abs));
    let bytes: Uint8Array;
    try {
      bytes = await make();
    } catch (error) {
      if (error instanceof RenderError || error instanceof RenderInterrupted || isBrowserFailure(error)) throw error;
      failures.push({ file: shown(ctx, abs), message: ctx.t(failed, { reason: (error as Error).message }) });
      return;
    } finally {
      progress.clear();
    }
    await write(target, bytes, true);
    record(abs, PLAN_SOURCE, from);
  };
  if (options.workbook && formats.includes('xlsx')) {
    const { writeWorkbook } = await import('./write-xlsx.js');
    const { spec, from } = options.workbook;
    await deliverable(join(outDir, WORKBOOK_PATH), cacheKey(['xlsx', from]), from, () => writeWorkbook(spec), 'render.workbookFailed');
  }
  if (!drawing) {
    await cache.save().catch(() => undefined);
    for (const failure of failures) printFailure(ctx, failure.file, failure.message);
    if (failures.length > 0) result.status = 'failed';
    return result;
  }

  const { warm } = options;
  const inBrowser = (fn: (open: OpenBrowser) => Promise<void>) =>
    warm ? warm.session.run(() => fn(warm.session.open)) : withBrowser({ t: ctx.t, env: ctx.env, cwd: ctx.cwd, flag: options.browser }, fn);
  try {
    await inBrowser(async (open) => {
      let page: MermaidPage | undefined;
      const mermaid = async () => (page ??= await (warm ? warm.page() : openMermaidPage(await open(), bundle)));
      let fontsChecked = false;
      /** Warns once when text about to be drawn into a PNG or PDF needs a font the machine lacks. */
      const checkFonts = async (text: string) => {
        if (fontsChecked || !CJK_TEXT.test(text)) return;
        fontsChecked = true;
        if (await lacksCjkFont(await open())) {
          progress.clear();
          ctx.stderr.write(`dxplan: ${ctx.t('render.noCjkFont')}\n`);
        }
      };

      for (const job of pending) {
        if (job.svgText === undefined) {
          // Mermaid would draw its own "text size exceeded" box and report success: refuse instead.
          if (job.source.length > MERMAID_MAX_TEXT) {
            failures.push({ file: shown(ctx, job.mmdAbs), message: ctx.t('render.tooLarge', { size: job.source.length, max: MERMAID_MAX_TEXT }) });
            continue;
          }
          progress.step(shown(ctx, job.svgWanted ? job.svg.abs : job.mmdAbs));
          const rendered = await (await mermaid()).render(job.id, job.source);
          if ('error' in rendered) {
            failures.push({ file: shown(ctx, job.mmdAbs), message: rendered.error || ctx.t('render.noDiagramOutput') });
            continue;
          }
          job.svgText = rendered.svg;
          svgs.set(job.mmd, rendered.svg);
          await write(job.svg, `${rendered.svg}\n`, job.svgWanted);
          if (job.svgWanted) record(job.svg.abs, job.mmd, sha256(job.source));
        }
        if (job.png && !job.pngFresh) {
          await checkFonts(job.source);
          progress.step(shown(ctx, job.png.abs));
          try {
            await write(job.png, await (await mermaid()).png(job.svgText), job.pngWanted);
            job.pngFresh = true;
            record(job.png.abs, job.mmd, sha256(job.source));
          } catch (error) {
            if (error instanceof RenderError || error instanceof RenderInterrupted || isBrowserFailure(error)) throw error;
            failures.push({ file: shown(ctx, job.mmdAbs), message: (error as Error).message });
          }
        }
      }
      progress.clear();

      if (!options.report) {
        if (formats.includes('pdf')) ctx.stderr.write(`dxplan: ${ctx.t('render.noReport')}\n`);
      } else {
        const editions = await options.report(svgs);
        if (formats.includes('pdf')) {
          if (!editions?.length) ctx.stderr.write(`dxplan: ${ctx.t('render.noReport')}\n`);
          for (const edition of editions ?? []) await printEdition(edition);
        }
      }
      if (options.deck && formats.includes('pptx')) {
        const { writeDeck } = await import('./write-pptx.js');
        const pngs = new Map<string, Uint8Array>();
        for (const job of jobs) {
          if (!job.png || !job.pngFresh) continue;
          const bytes = await readFile(job.png.abs).catch(() => undefined);
          if (bytes) pngs.set(job.mmd, bytes);
        }
        const { spec, from } = options.deck;
        const key = cacheKey(['pptx', from, ...[...pngs].map(([path, png]) => `${path}:${sha256(png)}`)]);
        await deliverable(join(outDir, DECK_PATH), key, from, () => writeDeck(spec, pngs, (path) => ctx.t('render.pictureMissing', { path })), 'render.deckFailed');
      }

      /** Prints one edition of the report to the PDF beside it, unless its HTML is unchanged. */
      async function printEdition(edition: ReportEdition) {
        const htmlPath = edition.html;
        const pdfAbs = htmlPath.replace(/\.html?$/i, '') + '.pdf';
        const html = await readFile(htmlPath, 'utf8');
        const target: Target = { rel: cacheRel(workspaceDir, pdfAbs), abs: pdfAbs, key: cacheKey(['pdf', html, JSON.stringify(options.meta ?? null)]) };
        if (await cache.fresh(target.rel, target.abs, target.key)) {
          result.reused += 1;
          record(pdfAbs, edition.source, edition.from);
          return;
        }
        await checkFonts(html);
        progress.step(shown(ctx, pdfAbs));
        try {
          await write(target, await printPdf(await open(), htmlPath, options.meta ?? fallbackMeta(edition.source)), true);
          record(pdfAbs, edition.source, edition.from);
        } catch (error) {
          if (error instanceof RenderError || error instanceof RenderInterrupted || isBrowserFailure(error)) throw error;
          failures.push({ file: shown(ctx, htmlPath), message: ctx.t('render.pdfFailed', { reason: (error as Error).message }) });
        } finally {
          progress.clear();
        }
      }
    });
  } catch (error) {
    progress.clear();
    if (error instanceof RenderInterrupted) {
      ctx.stderr.write(`dxplan: ${ctx.t('render.interrupted')}\n`);
      await cache.save().catch(() => undefined);
      return { ...result, status: 'interrupted' };
    }
    if (isBrowserFailure(error)) {
      ctx.stderr.write(`dxplan: ${ctx.t('render.browserFailed', { reason: error.message.split('\n')[0] ?? '' })}\n`);
      result.status = 'failed';
    } else {
      if (!(error instanceof RenderError)) throw error;
      ctx.stderr.write(`dxplan: ${error.message}\n`);
      result.status = 'failed';
    }
  }
  try {
    await cache.save();
  } catch (error) {
    // The pictures are written; without the cache they are only redrawn next time. Say so, do not fail.
    ctx.stderr.write(`dxplan: ${ctx.t('fs.writeFailed', { path: shown(ctx, cacheFile(workspaceDir)), reason: fsReason(ctx, error) })}\n`);
  }

  for (const failure of failures) printFailure(ctx, failure.file, failure.message);
  const diagramFailures = failures.filter((f) => f.file.endsWith('.mmd')).length;
  if (diagramFailures > 0) {
    ctx.stderr.write(`dxplan: ${ctx.t('render.diagramsFailed', { count: diagramFailures, total: jobs.length })}\n`);
  }
  if (failures.length > 0) result.status = 'failed';
  if (result.status === 'ok' && !ctx.quiet && options.summary !== false) {
    ctx.stdout.write(`${ctx.t('render.summary', { rendered: result.rendered, reused: result.reused })}\n`);
  }
  return result;
}

/** Metadata for a PDF printed without the plan's (a caller that gives none): the file's name, no dates. */
const fallbackMeta = (source: string): DocumentMeta => ({ title: source, subject: '', author: '', keywords: [], language: 'en', created: null, modified: null, version: '' });

/** Works out, per diagram, which outputs are already up to date and which must be drawn. */
async function planDiagrams(
  options: RenderBuildOptions,
  workspaceDir: string,
  outDir: string,
  bundle: MermaidBundle,
  cache: RenderCache,
): Promise<DiagramJob[]> {
  const diagrams = options.files
    .filter((file) => file.path.toLowerCase().endsWith('.mmd'))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const svgWanted = options.formats.includes('svg');
  const pngWanted = options.formats.includes('png');
  // The deck shows the diagrams as PNGs: drawn into the cache when PNGs were not asked for.
  const pngNeeded = pngWanted || options.formats.includes('pptx');
  const jobs: DiagramJob[] = [];
  for (const file of diagrams) {
    const mmdAbs = join(outDir, file.path);
    const base = file.path.replace(/\.mmd$/i, '');
    const id = diagramId(file.path);
    const inputs = [id, file.contents, bundle.version, MERMAID_THEME];
    const svgAbs = svgWanted ? join(outDir, `${base}.svg`) : join(workspaceDir, '.dxplan', 'cache', 'svg', `${id}.svg`);
    const svg: Target = { rel: cacheRel(workspaceDir, svgAbs), abs: svgAbs, key: cacheKey(['svg', ...inputs]) };
    const svgBytes = await cache.fresh(svg.rel, svg.abs, svg.key);
    const png: Target | undefined = pngNeeded
      ? (() => {
          const abs = pngWanted ? join(outDir, `${base}.png`) : join(workspaceDir, '.dxplan', 'cache', 'png', `${id}.png`);
          return { rel: cacheRel(workspaceDir, abs), abs, key: cacheKey(['png', ...inputs, String(PNG_SCALE)]) };
        })()
      : undefined;
    const pngFresh = png ? (await cache.fresh(png.rel, png.abs, png.key)) !== undefined : true;
    jobs.push({
      mmd: file.path,
      mmdAbs,
      id,
      source: file.contents,
      svg,
      svgWanted,
      svgText: svgBytes?.toString('utf8').replace(/\n$/, ''),
      png,
      pngWanted,
      pngFresh,
    });
  }
  return jobs;
}
