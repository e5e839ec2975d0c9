// `dxplan explain [rule|term]`: why a rule, a recommendation or a term of the method exists, how
// to fix what a rule reports, and where the guide explains it, in the user's language (--lang,
// else the workspace's in the current folder, else LANG). Alone, it lists what it can explain.
import { readFile } from 'node:fs/promises';
import { guideFile } from '../domain/guide.js';
import { RECOMMENDERS } from '../domain/recommendations/index.js';
import { RULES } from '../domain/rules/registry.js';
import { GlossarySchema } from '../domain/schemas/canvas-definition.js';
import { WORKSPACE_FILES } from '../domain/schemas/index.js';
import { parseGuide, type MethodologyGuide } from '../generate/methodology-guide.js';
import { textWidth, wrapText } from '../generate/text-width.js';
import { packagePath } from '../paths.js';
import type { Locale } from '../shared/locale.js';
import { jsonTerminalSafe, terminalSafe } from '../shared/terminal-safe.js';
import { GLOSSARY_PATH } from '../store/load-glossary.js';
import { createGlossary, type GlossaryLookup } from '../domain/glossary.js';
import { loadFile } from '../store/load-file.js';
import { colorsFor } from './colors.js';
import { workspaceContext, type AppContext, type GlobalOptions, type Io } from './context.js';
import { terminalWidth } from './terminal-width.js';
import { EXIT } from './exit-codes.js';
import { displayPath } from './print-problems.js';
import { explainRecommendation, explainRule, explainTerm, resolveTopic, suggestTopic, topicIds, type Explanation, type Terms } from './explain-topics.js';
import type { Translator } from '../i18n/index.js';
import { midSentence } from '../i18n/mid-sentence.js';

/** Every id `dxplan explain` accepts, for shell completion. */
export const explainTopicIds = async (t: Translator): Promise<string[]> => topicIds((await loadTerms(t)).terms);

/** Options of the explain command. */
export interface ExplainCommandOptions extends GlobalOptions {
  format?: unknown;
}

/** The glossary: its methodology terms (`term.*`, by id without the prefix) and the lookup of every label. */
async function loadTerms(t: Translator): Promise<{ terms: Terms; glossary: GlossaryLookup }> {
  const loaded = await loadFile(GLOSSARY_PATH, GLOSSARY_PATH, GlossarySchema, t);
  const terms = new Map<string, Record<Locale, string>>();
  for (const [key, labels] of Object.entries(loaded.value?.terms ?? {})) if (key.startsWith('term.')) terms.set(key.slice('term.'.length), labels);
  return { terms, glossary: createGlossary(loaded.value) };
}

/** The installed guide of the context's locale, read and parsed; undefined when the file is missing. */
async function loadGuide(ctx: AppContext): Promise<MethodologyGuide | undefined> {
  const text = await readFile(packagePath(guideFile(ctx.locale)), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseGuide(text, ctx.locale);
}

/** Wraps `text` to the terminal, each line indented by `indent` spaces. */
function wrapped(ctx: AppContext, text: string, indent: number): string {
  // A page of prose reads best at most 100 columns wide, however wide the terminal is.
  const width = Math.min(terminalWidth(ctx, 80), 100) - indent;
  return wrapText(text, width)
    .map((l) => `${' '.repeat(indent)}${l}`)
    .join('\n');
}

/** A glossary label in the context's locale (severities, stages). */
type LabelOf = (key: string) => string;

/** An explanation as text lines. */
function explanationText(ctx: AppContext, e: Explanation, labelOf: LabelOf): string {
  const c = colorsFor(ctx, ctx.stdout);
  const out: string[] = [];
  const field = (title: string, text: string) => out.push('', c.bold(title), wrapped(ctx, text, 2));
  const guidePath = `${displayPath(ctx, ctx.cwd, packagePath(e.guide.slice(0, e.guide.indexOf('#'))))}${e.guide.slice(e.guide.indexOf('#'))}`;
  if (e.kind === 'term') {
    out.push(c.bold(`${e.labels[ctx.locale]} (${e.id})`) + c.dim(`  ${ctx.t('explain.kind.term')}`));
    field(ctx.t('explain.definition'), e.definition);
    field(ctx.t('explain.labels'), `English: ${e.labels.en} · 简体中文：${e.labels['zh-CN']} · 繁體中文：${e.labels['zh-TW']}`);
    field(ctx.t('explain.guide'), `${guidePath} (${e.section.title})`);
    return `${out.join('\n')}\n`;
  }
  const kind = ctx.t(e.kind === 'rule' ? 'explain.kind.rule' : 'explain.kind.recommendation');
  out.push(c.bold(e.id) + c.dim(`  ${kind}`), wrapped(ctx, ctx.t('explain.section', { title: e.section.title }), 0));
  if (e.kind === 'rule') {
    field(ctx.t('explain.fires'), e.trigger);
    field(ctx.t('explain.fix'), e.fix);
    if (e.example) field(ctx.t('explain.example'), e.example);
  }
  const basis = [ctx.t(`explain.basis.${e.basis}`)];
  if (e.kind === 'rule') {
    if (e.gate) basis.push(ctx.t('explain.gate', { stage: labelOf(`ops_stage.${e.gate}`) }));
    basis.push(ctx.t('explain.severity', { severity: midSentence(labelOf(`severity.${e.severity}`), ctx.locale), id: e.id }));
  }
  // Chinese sentences follow each other without a space.
  field(ctx.t('explain.basis'), basis.join(ctx.locale === 'en' ? ' ' : ''));
  if (e.reasoning.length) {
    out.push('', c.bold(ctx.t('explain.why')));
    e.reasoning.forEach((p, i) => {
      // A blank line between paragraphs; the points of a list follow one another, each hanging under its bullet.
      if (i > 0 && !(p.kind === 'point' && e.reasoning[i - 1]!.kind === 'point')) out.push('');
      out.push(p.kind === 'point' ? wrapped(ctx, p.text, 4).replace(/^ {4}/, '  • ') : wrapped(ctx, p.text, 2));
    });
  }
  if (e.recordedIn) field(ctx.t('explain.recorded'), e.recordedIn);
  field(ctx.t('explain.guide'), guidePath);
  return `${out.join('\n')}\n`;
}


/** Everything explain can explain, as text: rules by file, recommendations, terms. */
function listText(ctx: AppContext, terms: Terms, labelOf: LabelOf): string {
  const c = colorsFor(ctx, ctx.stdout);
  const out: string[] = [c.bold(ctx.t('explain.list.rules', { count: RULES.length }))];
  const idWidth = Math.max(...RULES.map((r) => r.id.length), ...RECOMMENDERS.map((r) => r.id.length));
  for (const f of WORKSPACE_FILES) {
    const rules = RULES.filter((r) => r.file === f.path);
    if (rules.length === 0) continue;
    out.push(`  ${c.underline(f.path)}`);
    for (const r of rules) out.push(`    ${r.id.padEnd(idWidth)}  ${labelOf(`severity.${r.severity}`)} · ${ctx.t(`explain.basisWord.${r.basis}`)}`);
  }
  out.push('', c.bold(ctx.t('explain.list.recommendations', { count: RECOMMENDERS.length })));
  for (const r of RECOMMENDERS) out.push(`    ${r.id.padEnd(idWidth)}  ${ctx.t(`explain.basisWord.${r.basis}`)}`);
  out.push('', c.bold(ctx.t('explain.list.terms', { count: terms.size })));
  const termWidth = Math.max(...[...terms.keys()].map((k) => k.length));
  for (const [id, l] of terms) out.push(`    ${id}${' '.repeat(termWidth - textWidth(id))}  ${l[ctx.locale]}`);
  return `${out.join('\n')}\n`;
}

/** Runs `dxplan explain [topic]`: 0 when explained or listed, 2 for an unknown topic or a broken installation. */
export async function runExplainCommand(io: Io, topic: string | undefined, options: ExplainCommandOptions): Promise<number> {
  const ctx = await workspaceContext(io, options, '.');
  const json = options.format === 'json';
  const [{ terms, glossary }, guide] = await Promise.all([loadTerms(ctx.t), loadGuide(ctx)]);
  const labelOf: LabelOf = (key) => glossary.label(key, ctx.locale);
  if (!guide) {
    ctx.stderr.write(`dxplan: ${ctx.t('explain.guideMissing', { path: packagePath(guideFile(ctx.locale)) })}\n`);
    return EXIT.invalid;
  }
  if (topic === undefined) {
    if (json) {
      const list = {
        rules: RULES.map((r) => ({ id: r.id, file: r.file, severity: r.severity, basis: r.basis })),
        recommendations: RECOMMENDERS.map((r) => ({ id: r.id, basis: r.basis })),
        terms: [...terms].map(([id, l]) => ({ id, labels: l })),
      };
      ctx.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    } else ctx.stdout.write(listText(ctx, terms, labelOf));
    return EXIT.ok;
  }
  const found = resolveTopic(topic, terms);
  const explanation =
    found?.kind === 'rule' ? explainRule(guide, found.id) : found?.kind === 'recommendation' ? explainRecommendation(guide, found.id) : found ? explainTerm(guide, terms, found.id) : undefined;
  if (!explanation) {
    // What the user typed is shown, never obeyed by the terminal.
    const suggestion = suggestTopic(topic, terms, ctx.locale);
    const lines = [`dxplan: ${ctx.t('explain.unknown', { topic: terminalSafe(topic) })}`, ...(suggestion ? [ctx.t('explain.unknown.suggest', { suggestion })] : []), ctx.t('explain.unknown.list')];
    ctx.stderr.write(`${lines.join('\n')}\n`);
    return EXIT.invalid;
  }
  ctx.stdout.write(json ? `${jsonTerminalSafe(JSON.stringify(explanation, null, 2))}\n` : explanationText(ctx, explanation, labelOf));
  return EXIT.ok;
}
