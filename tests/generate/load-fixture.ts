// Loads a workspace folder the way `dxplan build` does, for generator tests: model, report, glossary, templates.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyseWorkspace, isInvalid, labelsIn, sayReport } from '../../src/app/analyse.js';
import { createGlossary } from '../../src/domain/glossary.js';
import type { PlanModel } from '../../src/domain/model/index.js';
import type { Workspace } from '../../src/domain/workspace.js';
import type { CheckReport } from '../../src/generate/check-report.js';
import { GlossarySchema } from '../../src/domain/schemas/canvas-definition.js';
import type { GenerateOptions, TemplateSources } from '../../src/generate/types.js';
import { translator } from '../../src/i18n/index.js';
import { packagePath } from '../../src/paths.js';
import { parse } from 'yaml';

/** The built-in document templates, by file name. */
export async function builtinTemplates(): Promise<Record<string, string>> {
  const dir = packagePath('templates', 'docs');
  const out: Record<string, string> = {};
  // A partials/ folder's files are partials, as the build loads them (partials/x.hbs is _x.hbs).
  const partials = await readdir(join(dir, 'partials')).catch(() => [] as string[]);
  for (const name of partials.sort()) if (name.endsWith('.hbs')) out[`_${name}`] = await readFile(join(dir, 'partials', name), 'utf8');
  for (const name of (await readdir(dir)).sort()) if (name.endsWith('.hbs')) out[name] = await readFile(join(dir, name), 'utf8');
  return out;
}

/** A glossary label function for one locale, read from canvases/glossary.yaml. */
export async function glossaryLabel(locale: Workspace['manifest']['locale']): Promise<(key: string) => string> {
  const glossary = createGlossary(GlossarySchema.parse(parse(await readFile(packagePath('canvases', 'glossary.yaml'), 'utf8'))));
  return (key) => glossary.label(key, locale);
}

/** Loads a valid workspace and checks it; fails the test with the problems when it is not valid. */
export async function loadFixture(dir: string, overrides: TemplateSources = {}): Promise<{ ws: Workspace; plan: PlanModel; report: CheckReport; options: GenerateOptions }> {
  const analysis = await analyseWorkspace(dir, translator('en'), process.cwd());
  if (isInvalid(analysis)) throw new Error(`fixture ${dir} is invalid:\n${analysis.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n')}`);
  const locale = analysis.ws.manifest.locale;
  return {
    ws: analysis.ws,
    plan: analysis.plan,
    report: sayReport(analysis, locale),
    options: { locale, label: labelsIn(analysis.glossary, locale), templates: { ...(await builtinTemplates()), ...overrides } },
  };
}
