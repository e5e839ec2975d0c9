// `dxplan build [dir]`: loads and checks the workspace, generates every document, and writes only
// what changed; --check lists stale files for CI, --dry-run shows what would change, --render draws pictures.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { closest } from '../shared/did-you-mean.js';
import type { Locale } from '../shared/locale.js';
import type { PlanModel } from '../domain/model/index.js';
import type { CheckReport } from '../generate/check-report.js';
import { DOCUMENT_FAMILIES, TemplateError, type DocumentFamily, type GenerateOptions, type OutputFile, type TemplateSources } from '../generate/types.js';
import { isLocale } from '../i18n/index.js';
import { packagePath } from '../paths.js';
// A list of names and a parser, no dependency: cheap to load with every build.
import { BROWSER_FORMATS, parseRenderFormats, type RenderFormat } from '../render/render-formats.js';
import type { WarmRender } from '../render/warm-render.js';
import { buildKey, outputsUnchanged, readStamp, writeStamp, type StampOptions } from './build-stamp.js';
import { workspaceContext, type AppContext, type GlobalOptions, type Io } from './context.js';
import { EXIT, ExitError } from './exit-codes.js';
import { reportFsErrors } from './fs-errors.js';
import { displayPath, printProblemsText, reportProblems, toPrinted } from './print-problems.js';
import { terminalSafe } from '../shared/terminal-safe.js';

/** Options of `dxplan build`, as commander passes them. */
export interface BuildOptions extends GlobalOptions {
  out?: string;
  only?: string;
  check?: boolean;
  dryRun?: boolean;
  render?: string;
  browser?: string;
  /** Replace files in the output folder that dxplan did not generate. */
  force?: boolean;
}

/** Folder of the built-in document templates. */
export const BUILTIN_TEMPLATES_DIR = packagePath('templates', 'docs');

/** Writes a usage error and fails with exit code 2. */
function usage(ctx: AppContext, message: string): never {
  ctx.stderr.write(`dxplan: ${message}\n`);
  throw new ExitError(EXIT.invalid);
}

/** Parses `--only feature-table,diagrams` into families, with a "did you mean" for typos. */
export function parseOnly(ctx: AppContext, value: string | undefined): DocumentFamily[] | undefined {
  if (value === undefined) return undefined;
  const allowed = DOCUMENT_FAMILIES.join(', ');
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) usage(ctx, ctx.t('build.only.empty', { allowed }));
  for (const name of names) {
    if (!(DOCUMENT_FAMILIES as readonly string[]).includes(name)) {
      const guess = closest(name, DOCUMENT_FAMILIES);
      usage(ctx, `${ctx.t('build.only.unknown', { name, allowed })}${guess ? ` ${ctx.t('cli.err.didYouMean', { suggestion: guess })}` : ''}`);
    }
  }
  return DOCUMENT_FAMILIES.filter((f) => names.includes(f));
}

/** Reads every `*.hbs` file of a folder by name; a missing folder gives none. */
async function readTemplateDir(ctx: AppContext, dir: string): Promise<Record<string, string>> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.hbs')).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return {};
    return reportFsErrors(ctx, dir, () => Promise.reject(error));
  }
  const out: Record<string, string> = {};
  for (const name of names.sort()) {
    const path = join(dir, name);
    try {
      out[name] = (await readFile(path, 'utf8')).replace(/\r\n/g, '\n');
    } catch (error) {
      usage(ctx, ctx.t('build.template.unreadable', { path: displayPath(ctx, dir, name), reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
    }
  }
  return out;
}

/**
 * The templates of a `partials/` folder, each named as the partial it is (`partials/x.md.hbs` is
 * `_x.md.hbs`, used as `{{> x.md}}`): a document's sections can live in files of their own.
 */
async function readPartialsDir(ctx: AppContext, dir: string): Promise<Record<string, string>> {
  const found = await readTemplateDir(ctx, join(dir, 'partials'));
  return Object.fromEntries(Object.entries(found).map(([name, source]) => [`_${name}`, source]));
}

/** The built-in templates with the workspace's own `templates/*.hbs` on top (same name overrides). */
export async function loadTemplates(ctx: AppContext, workspaceDir: string): Promise<{ templates: TemplateSources; overridden: string[] }> {
  const builtin = { ...(await readPartialsDir(ctx, BUILTIN_TEMPLATES_DIR)), ...(await readTemplateDir(ctx, BUILTIN_TEMPLATES_DIR)) };
  const own = { ...(await readPartialsDir(ctx, join(workspaceDir, 'templates'))), ...(await readTemplateDir(ctx, join(workspaceDir, 'templates'))) };
  return { templates: { ...builtin, ...own }, overridden: Object.keys(own).sort() };
}

/** Everything a build needs, loaded and checked; exits 2 (after printing why) when the workspace is invalid. */
export async function prepareBuild(ctx: AppContext, dir: string, lang: string | undefined) {
  const { analyseWorkspace, isInvalid, labelsIn, sayReport } = await import('../app/analyse.js');
  const analysis = await analyseWorkspace(dir, ctx.t, ctx.cwd);
  // Exactly what `dxplan validate` prints for an invalid workspace.
  if (isInvalid(analysis)) throw new ExitError(reportProblems(ctx, analysis.dir, analysis.problems, 'text'));
  if (analysis.glossaryProblems.length) {
    printProblemsText(ctx, toPrinted(ctx, analysis.dir, analysis.glossaryProblems));
    throw new ExitError(EXIT.invalid);
  }
  const locale: Locale = isLocale(lang) ? lang : analysis.ws.manifest.locale;
  const report = sayReport(analysis, locale);
  const { templates } = await loadTemplates(ctx, analysis.dir);
  const options: GenerateOptions = { locale, label: labelsIn(analysis.glossary, locale), templates };
  return { dir: analysis.dir, ws: analysis.ws, plan: analysis.plan, report, options };
}

/** The installed Mermaid's browser bundle, which the HTML report loads from beside itself. */
async function readMermaidScript(): Promise<Uint8Array> {
  const { locateMermaid } = await import('../render/mermaid-bundle.js');
  return readFile(locateMermaid().path);
}

/** Runs the generators, turning a template failure into a clear message and exit code 2. */
export async function generate(ctx: AppContext, workspaceDir: string, plan: PlanModel, report: CheckReport, options: GenerateOptions): Promise<OutputFile[]> {
  const { generateDocuments } = await import('../generate/generate-documents.js');
  try {
    return generateDocuments(plan, report, options);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    // Handlebars parse errors span several lines (source excerpt, caret): keep the first and the last.
    const lines = error.detail.split('\n').filter((l) => l.trim() !== '');
    // The excerpt is the workspace's own template text: shown, never obeyed by the terminal.
    const detail = terminalSafe(lines.length > 2 ? `${lines[0]} ${lines[lines.length - 1]}` : lines.join(' '));
    ctx.stderr.write(`dxplan: ${ctx.t('build.template.failed', { template: error.template, detail })}\n`);
    ctx.stderr.write(`    ${ctx.t('cli.hint')}${ctx.t('build.template.hint', { dir: displayPath(ctx, workspaceDir, 'templates') })}\n`);
    throw new ExitError(EXIT.invalid);
  }
}

/** Runs `dxplan build`. */
export async function runBuildCommand(io: Io, dir: string, options: BuildOptions): Promise<number> {
  return build(await workspaceContext(io, options, dir), dir, options);
}

/** The build with a context given (tests run it in-process); resolves to the exit code. */
export async function build(ctx: AppContext, dir: string, options: BuildOptions): Promise<number> {
  try {
    return await buildOrExit(ctx, dir, options);
  } catch (error) {
    if (error instanceof ExitError) return error.code;
    throw error;
  }
}

/** The build itself; throws ExitError once a problem has been reported. */
async function buildOrExit(ctx: AppContext, dir: string, options: BuildOptions): Promise<number> {
  const only = parseOnly(ctx, options.only);
  let formats: RenderFormat[] | undefined;
  if (options.render !== undefined && !options.check && !options.dryRun) {
    const parsed = parseRenderFormats(options.render);
    if ('invalid' in parsed) usage(ctx, ctx.t('render.badFormat', { format: parsed.invalid }));
    formats = parsed.formats;
  }
  // Nothing changed since the last build: say so as a full build would, without redoing it.
  const stampOptions: StampOptions = { lang: options.lang, only, out: options.out !== undefined ? resolve(ctx.cwd, options.out) : undefined, formats: options.check ? undefined : formats };
  const workspaceDir = resolve(ctx.cwd, dir);
  const key = options.dryRun ? undefined : await buildKey(workspaceDir, stampOptions);
  if (key !== undefined) {
    const unchanged = await noChangeBuild(ctx, workspaceDir, key, options.check === true, formats);
    if (unchanged !== undefined) return unchanged;
  }
  // The browser and Mermaid start now, while the workspace loads and the documents are generated;
  // only for a format drawn in the browser (the workbook alone needs none).
  const drawn = formats !== undefined && formats.some((f) => BROWSER_FORMATS.includes(f));
  const warm = drawn ? (await import('../render/warm-render.js')).warmRender({ t: ctx.t, env: ctx.env, cwd: ctx.cwd, flag: options.browser }) : undefined;
  try {
    return await buildWith(ctx, dir, options, only, formats, warm, key === undefined ? undefined : { key, options: stampOptions });
  } finally {
    await warm?.close();
  }
}

/**
 * The no-change build: when the stamp of the last build has this key and its outputs are all still
 * there, prints what a full build (or --check) with nothing to do prints; undefined otherwise.
 */
async function noChangeBuild(ctx: AppContext, workspaceDir: string, key: string, check: boolean, formats: RenderFormat[] | undefined): Promise<number | undefined> {
  const stamp = await readStamp(workspaceDir);
  if (stamp?.key !== key || !(await outputsUnchanged(stamp, stamp.root))) return undefined;
  if (ctx.quiet) return EXIT.ok;
  const outShown = displayPath(ctx, stamp.outDir, '.');
  if (check) ctx.stdout.write(`${ctx.t('build.check.ok', { dir: outShown, count: stamp.documents })}\n`);
  else if (!formats) ctx.stdout.write(`${ctx.t('build.summary', { dir: outShown, written: 0, unchanged: stamp.documents, removed: 0 })}\n`);
  else ctx.stdout.write(`${ctx.t('build.summaryPictures', { dir: outShown, written: 0, unchanged: stamp.documents, removed: 0, pictures: 0, reused: stamp.pictures })}\n`);
  return EXIT.ok;
}

/** Records a successful build for the next no-change build, if its inputs did not change while it ran. */
async function stampBuild(workspaceDir: string, stamped: { key: string; options: StampOptions }, outDir: string, root: string, outputs: string[], counts: { documents: number; pictures: number }): Promise<void> {
  if ((await buildKey(workspaceDir, stamped.options)) !== stamped.key) return;
  await writeStamp(workspaceDir, { key: stamped.key, outDir, root }, outputs, counts);
}

/** The build once its options are parsed. */
async function buildWith(
  ctx: AppContext,
  dir: string,
  options: BuildOptions,
  only: DocumentFamily[] | undefined,
  formats: RenderFormat[] | undefined,
  warm: WarmRender | undefined,
  stamped: { key: string; options: StampOptions } | undefined,
): Promise<number> {
  const prepared = await prepareBuild(ctx, dir, options.lang);
  const { ws, report } = prepared;
  // The HTML report draws its diagrams with a copy of the installed Mermaid written beside it.
  const mermaidScript = !only || only.includes('report') ? await readMermaidScript() : undefined;
  const { releaseParseMemory } = await import('../store/release-parse-memory.js');
  const genOptions: GenerateOptions = { ...prepared.options, ...(only ? { only } : {}), ...(mermaidScript ? { mermaidScript } : {}), bytes: true, afterLargeFile: releaseParseMemory };
  const outDir = options.out !== undefined ? resolve(ctx.cwd, options.out) : resolve(prepared.dir, ws.manifest.output);
  const files = await generate(ctx, prepared.dir, prepared.plan, report, genOptions);

  const { planOutputs, applyOutputs, writeRenderedVariant, recordPictures, sha256, BUILD_MANIFEST } = await import('../render/write-outputs.js');
  const { familyOf } = await import('../generate/generate-documents.js');
  const inScope = only ? (path: string) => only.includes(familyOf(path)) : undefined;
  const shown = (path: string) => displayPath(ctx, outDir, path);
  const outShown = displayPath(ctx, outDir, '.');
  // A folder where a document should be, or an unreadable one: a clear message, not "internal error".
  // No write or delete leaves the workspace (or the --out folder, chosen on purpose), links or not.
  const root = options.out !== undefined ? outDir : prepared.dir;
  const stale = await import('./stale-pictures.js');
  const deliverables = stale.lazyDeliverables(prepared.plan, report, genOptions, files);
  const pictureSource = await stale.pictureSources(files, inScope, deliverables);
  const plan = await reportFsErrors(ctx, outShown, () => planOutputs(outDir, files, inScope, root, pictureSource));
  const workspaceShown = displayPath(ctx, prepared.dir, '.');
  const shownSource = (source: string) => (source === 'canvases' ? displayPath(ctx, prepared.dir, 'canvases') : shown(source));
  const stalePictures = plan.pictures.filter((p) => p.state !== 'fresh');

  if (options.check) {
    const problems = [
      ...plan.files.filter((f) => f.state !== 'unchanged').map((f) => ctx.t(f.state === 'missing' ? 'build.check.missing' : 'build.check.stale', { path: shown(f.path) })),
      ...plan.extra.map((path) => ctx.t('build.check.extra', { path: shown(path) })),
      ...stale.stalePictureLines(ctx, stalePictures, shown, shownSource),
    ];
    if (problems.length === 0) {
      if (!ctx.quiet) ctx.stdout.write(`${ctx.t('build.check.ok', { dir: outShown, count: plan.files.length })}\n`);
      return EXIT.ok;
    }
    for (const line of problems) ctx.stdout.write(`${line}\n`);
    ctx.stdout.write(`${ctx.t('build.check.failed', { count: problems.length, dir: outShown })}\n`);
    if (problems.length > stalePictures.length) ctx.stdout.write(`    ${ctx.t('cli.hint')}${ctx.t('build.check.hint', { workspace: workspaceShown })}\n`);
    if (stalePictures.length) ctx.stdout.write(`    ${ctx.t('cli.hint')}${ctx.t('build.pictures.hint', { workspace: workspaceShown, formats: await stale.refreshFormats(stalePictures) })}\n`);
    return EXIT.failed;
  }

  const changed = plan.files.filter((f) => f.state !== 'unchanged');
  if (plan.foreign.length > 0 && !options.force) {
    const { printForeignFiles } = await import('../render/foreign-files.js');
    printForeignFiles(ctx, plan.foreign.map(shown));
    throw new ExitError(EXIT.invalid);
  }
  if (options.dryRun) {
    if (!ctx.quiet) {
      for (const f of changed) ctx.stdout.write(`${ctx.t('build.wouldWrite', { path: shown(f.path) })}\n`);
      for (const path of plan.extra) ctx.stdout.write(`${ctx.t('build.wouldRemove', { path: shown(path) })}\n`);
      ctx.stdout.write(`${ctx.t('build.dryRunSummary', { dir: outShown, written: changed.length, unchanged: plan.files.length - changed.length, removed: plan.extra.length })}\n`);
    }
    return EXIT.ok;
  }

  const applied = await reportFsErrors(ctx, outShown, () => applyOutputs(plan, { force: options.force }));
  if (!ctx.quiet) {
    for (const path of applied.written) ctx.stdout.write(`${ctx.t('build.wrote', { path: shown(path) })}\n`);
    for (const path of applied.removed) ctx.stdout.write(`${ctx.t('build.removed', { path: shown(path) })}\n`);
    // With --render the summary waits for the pictures, and for the report rewritten around them.
    if (!formats) ctx.stdout.write(`${ctx.t('build.summary', { dir: outShown, written: applied.written.length, unchanged: applied.unchanged.length, removed: applied.removed.length })}\n`);
  }
  /** Says which pictures this build leaves behind their sources, and how to redraw them. */
  const warnStale = async (left: typeof stalePictures) => {
    const behind = left.filter((p) => p.state === 'stale');
    if (behind.length === 0) return;
    for (const line of stale.stalePictureLines(ctx, behind, shown, shownSource)) ctx.stderr.write(`dxplan: ${line}\n`);
    ctx.stderr.write(`dxplan: ${ctx.t('build.pictures.leftStale', { count: behind.length, workspace: workspaceShown, formats: await stale.refreshFormats(behind) })}\n`);
  };

  const documents = applied.written.length + applied.unchanged.length;
  const outputs = [...plan.files.map((f) => join(outDir, f.path)), join(outDir, BUILD_MANIFEST)];
  if (!formats) {
    await warnStale(stalePictures);
    // A build that leaves pictures stale is not stamped: the next one (and --check) must say so again.
    if (stamped && !stalePictures.some((p) => p.state === 'stale')) await stampBuild(prepared.dir, stamped, outDir, root, outputs, { documents, pictures: 0 });
    return EXIT.ok;
  }
  // Pictures: one browser for every diagram; then the HTML report again with the SVGs inlined.
  const { renderBuild } = await import('../render/render-build.js');
  const { HTML_REPORT_PATHS } = await import('../generate/html-report.js');
  const plainHtml = HTML_REPORT_PATHS.flatMap((path) => files.filter((f) => f.path === path));
  const rewritten: string[] = [];
  const wantsDeck = formats.includes('pptx');
  const wantsWorkbook = formats.includes('xlsx');
  const made = wantsDeck || wantsWorkbook || formats.includes('pdf') ? await deliverables() : undefined;
  const rendered = await renderBuild({
    summary: false,
    ...(made ? { meta: made.deck.spec.meta } : {}),
    ...(made && wantsDeck ? { deck: made.deck } : {}),
    ...(made && wantsWorkbook ? { workbook: made.workbook } : {}),
    ctx,
    workspaceDir: prepared.dir,
    outDir,
    root,
    // Only the diagrams are drawn (their text is kept as strings, see GenerateOptions.bytes).
    files: files.filter((f) => f.path.toLowerCase().endsWith('.mmd')).map((f) => ({ path: f.path, contents: typeof f.contents === 'string' ? f.contents : Buffer.from(f.contents).toString('utf8') })),
    formats,
    ...(warm ? { warm } : {}),
    ...(options.browser !== undefined ? { browser: options.browser } : {}),
    ...(plainHtml.length
      ? {
          report: async (svgs: ReadonlyMap<string, string>) => {
            const again = await generate(ctx, prepared.dir, prepared.plan, report, { ...genOptions, only: ['report'], svgs });
            const editions = [];
            for (const plain of plainHtml) {
              const html = again.find((f) => f.path === plain.path)!;
              if (await reportFsErrors(ctx, shown(plain.path), () => writeRenderedVariant(outDir, plain.path, plain.contents, html.contents, root))) rewritten.push(plain.path);
              editions.push({ html: join(outDir, plain.path), source: plain.path, from: sha256(plain.contents) });
            }
            return editions;
          },
        }
      : {}),
  });
  if (rendered.status === 'interrupted') return EXIT.interrupted;
  await reportFsErrors(ctx, outShown, () => recordPictures(outDir, rendered.records, root));
  const leftStale = stalePictures.filter((p) => p.state === 'stale' && !(p.path in rendered.records));
  await warnStale(leftStale);
  if (!ctx.quiet) {
    // A report with pictures that replaced an unchanged plain one: that is a write too.
    const rewrote = rewritten.filter((path) => !applied.written.includes(path));
    for (const path of rewrote) ctx.stdout.write(`${ctx.t('build.wroteWithPictures', { path: shown(path) })}\n`);
    const written = applied.written.length + rewrote.length;
    const unchanged = applied.unchanged.length - rewrote.length;
    ctx.stdout.write(`${ctx.t('build.summaryPictures', { dir: outShown, written, unchanged, removed: applied.removed.length, pictures: rendered.rendered, reused: rendered.reused })}\n`);
  }
  if (rendered.status !== 'ok') return EXIT.invalid;
  if (stamped && leftStale.length === 0) await stampBuild(prepared.dir, stamped, outDir, root, [...outputs, ...rendered.pictures], { documents, pictures: rendered.rendered + rendered.reused });
  // A diagram Mermaid rejects, or no usable browser: invalid input or set-up, exit 2 (render brief).
  return EXIT.ok;
}
