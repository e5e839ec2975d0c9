// Loads a workspace folder the way `dxplan build` does, for generator tests: model, report, glossary, templates.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGlossary } from '../../src/domain/glossary.js';
import { compareProblems } from '../../src/domain/problem.js';
import { runChecks } from '../../src/domain/rules/run-checks.js';
import type { Workspace } from '../../src/domain/workspace.js';
import type { CheckReport } from '../../src/domain/check-report.js';
import { GlossarySchema } from '../../src/domain/schemas/canvas-definition.js';
import type { GenerateOptions, TemplateSources } from '../../src/generate/types.js';
import { translator } from '../../src/i18n/index.js';
import { loadWorkspace } from '../../src/store/load-workspace.js';
import { locateProblems } from '../../src/store/load-file.js';
import { packagePath } from '../../src/paths.js';
import { parse } from 'yaml';

/** The built-in document templates, by file name. */
export async function builtinTemplates(): Promise<Record<string, string>> {
  const dir = packagePath('templates', 'docs');
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) if (name.endsWith('.hbs')) out[name] = await readFile(join(dir, name), 'utf8');
  return out;
}

/** A glossary label function for one locale, read from canvases/glossary.yaml. */
export async function glossaryLabel(locale: Workspace['manifest']['locale']): Promise<(key: string) => string> {
  const glossary = createGlossary(GlossarySchema.parse(parse(await readFile(packagePath('canvases', 'glossary.yaml'), 'utf8'))));
  return (key) => glossary.label(key, locale);
}

/** Loads a valid workspace and checks it; fails the test with the problems when it is not valid. */
export async function loadFixture(dir: string, overrides: TemplateSources = {}): Promise<{ ws: Workspace; report: CheckReport; options: GenerateOptions }> {
  const locale = 'en';
  const loaded = await loadWorkspace(dir, translator(locale));
  if (!loaded.workspace) throw new Error(`fixture ${dir} is invalid:\n${loaded.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n')}`);
  const ws = loaded.workspace;
  const wsLocale = ws.manifest.locale;
  const label = await glossaryLabel(wsLocale);
  const report = runChecks(ws, translator(wsLocale), wsLocale, { glossary: createGlossary(GlossarySchema.parse(parse(await readFile(packagePath('canvases', 'glossary.yaml'), 'utf8')))) });
  for (const p of report.findings) {
    const source = loaded.sources.get(p.file);
    if (source) locateProblems([p], source);
  }
  report.findings.sort(compareProblems);
  return { ws, report, options: { locale: wsLocale, label, templates: { ...(await builtinTemplates()), ...overrides } } };
}
