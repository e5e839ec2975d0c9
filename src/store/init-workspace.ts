// Creates a starter workspace from templates/workspace/<locale>/, never clobbering one by accident.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { jsonSchemas } from '../domain/json-schema.js';
import type { Locale } from '../domain/enums.js';
import { packagePath } from '../paths.js';
import { builtinModelLevels } from './model-levels.js';
import { writeFileAtomic } from './write-atomic.js';

/** What init was asked to do. */
export interface InitOptions {
  dir: string;
  locale: Locale;
  name?: string;
  organisation?: string;
  force: boolean;
}

/** The files written, or `exists` when a workspace is there and --force was not given. */
export type InitResult = { status: 'created'; files: string[] } | { status: 'exists' };

/** Keeps line ends LF for YAML in git, whatever the user's platform (see the CRLF check). */
const GITATTRIBUTES = '# Written by dxplan init: workspace files keep LF line ends on every platform.\n*.yaml text eol=lf\n*.yml text eol=lf\n';

/** Local files a workspace should not commit: the render cache, the interview's resume marker, the
 * journal of a multi-file save and the record of the last answers file, and temporary files. */
const GITIGNORE =
  '# Written by dxplan init: local state that is not part of the plan.\n.dxplan/cache/\n.dxplan/interview-state.yaml\n.dxplan/journal/\n.dxplan/answers-applied.json\n.*.tmp\n';

/** A value written into a YAML template as a scalar that stays valid YAML whatever it contains. */
const yamlScalar = (value: string): string => stringify(value, { lineWidth: 0 }).trimEnd();

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out.sort();
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Writes the starter workspace, the editor schemas and .gitattributes into `dir`. */
export async function initWorkspace(options: InitOptions): Promise<InitResult> {
  const dir = resolve(options.dir);
  if (!options.force && (await exists(join(dir, 'dxplan.yaml')))) return { status: 'exists' };
  const templateDir = packagePath('templates', 'workspace', options.locale);
  const name = options.name ?? basename(dir);
  const organisation = options.organisation ?? name;
  const written: string[] = [];
  // Every file lands inside the new workspace: a `canvases` link to elsewhere is refused.
  const root = { root: dir };
  for (const file of await listFiles(templateDir)) {
    const rel = relative(templateDir, file);
    const text = (await readFile(file, 'utf8'))
      .replaceAll('{{name}}', yamlScalar(name))
      .replaceAll('{{organisation}}', yamlScalar(organisation));
    await writeFileAtomic(join(dir, rel), text, root);
    written.push(rel);
  }
  // A new workspace assesses with the built-in diamond: its schema caps scores at the diamond's levels.
  for (const s of jsonSchemas(await builtinModelLevels())) {
    const rel = join('.dxplan', 'schema', s.name);
    await writeFileAtomic(join(dir, rel), `${JSON.stringify(s.schema, null, 2)}\n`, root);
    written.push(rel);
  }
  if (!(await exists(join(dir, '.gitattributes')))) {
    await writeFileAtomic(join(dir, '.gitattributes'), GITATTRIBUTES, root);
    written.push('.gitattributes');
  }
  if (!(await exists(join(dir, '.gitignore')))) {
    await writeFileAtomic(join(dir, '.gitignore'), GITIGNORE, root);
    written.push('.gitignore');
  }
  return { status: 'created', files: written };
}
