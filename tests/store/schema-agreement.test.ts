// The JSON Schemas an editor uses (written by `dxplan init` into .dxplan/schema/) say the same as
// `dxplan validate` on the inputs where they used to disagree: a real validator (ajv, draft
// 2020-12) and dxplan's own loader judge every case, and their verdicts must match.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonSchemaName } from '../../src/domain/json-schema.js';
import { WORKSPACE_FILES } from '../../src/domain/schemas/index.js';
import { translator } from '../../src/i18n/index.js';
import { initWorkspace } from '../../src/store/init-workspace.js';
import { loadWorkspace } from '../../src/store/load-workspace.js';
import { removeTemp } from '../helpers/temp-workspace.js';

/** One input: which file, what replaces what in the starter, and whether both must accept it. */
interface Case {
  what: string;
  file: string;
  find: string;
  replace: string;
  valid: boolean;
}

const long = (n: number) => 'x'.repeat(n);

const CASES: Case[] = [
  { what: 'a whitespace-only name', file: 'dxplan.yaml', find: '\nname: ', replace: '\nname: "   " #', valid: false },
  { what: 'an impossible date (2026-02-30)', file: 'dxplan.yaml', find: '\noutput: docs', replace: '\ndates:\n  workshop: 2026-02-30\noutput: docs', valid: false },
  { what: '29 February of a common year (2027)', file: 'dxplan.yaml', find: '\noutput: docs', replace: '\ndates:\n  review: 2027-02-29\noutput: docs', valid: false },
  { what: '29 February of a leap year (2028)', file: 'dxplan.yaml', find: '\noutput: docs', replace: '\ndates:\n  review: 2028-02-29\noutput: docs', valid: true },
  { what: '29 February 2100 (not a leap year)', file: 'dxplan.yaml', find: '\noutput: docs', replace: '\ndates:\n  review: 2100-02-29\noutput: docs', valid: false },
  { what: '29 February 2000 (a leap year)', file: 'dxplan.yaml', find: '\noutput: docs', replace: '\ndates:\n  review: 2000-02-29\noutput: docs', valid: true },
  { what: 'output one level up (../out)', file: 'dxplan.yaml', find: '\noutput: docs', replace: '\noutput: ../out', valid: false },
  { what: 'output through a nested .. (docs/../../x)', file: 'dxplan.yaml', find: '\noutput: docs', replace: '\noutput: docs/../../x', valid: false },
  { what: 'an absolute output (/etc)', file: 'dxplan.yaml', find: '\noutput: docs', replace: '\noutput: /etc', valid: false },
  { what: 'a Windows drive output (C:\\out)', file: 'dxplan.yaml', find: '\noutput: docs', replace: '\noutput: "C:\\\\out"', valid: false },
  { what: 'an output whose name merely contains dots (docs..v2)', file: 'dxplan.yaml', find: '\noutput: docs', replace: '\noutput: docs..v2', valid: true },
  { what: 'an assessment level above the model maximum (current)', file: 'canvases/assessment.yaml', find: '    current: 0\n', replace: '    current: 9\n', valid: false },
  { what: 'an assessment level above the model maximum (target)', file: 'canvases/assessment.yaml', find: '    target: 3\n', replace: '    target: 7\n', valid: false },
  { what: 'a 2,000-character name with surrounding spaces', file: 'dxplan.yaml', find: '\nname: ', replace: `\nname: "  ${long(2000)}  " #`, valid: true },
  { what: 'a 2,001-character name', file: 'dxplan.yaml', find: '\nname: ', replace: `\nname: "${long(2001)}" #`, valid: false },
  { what: 'a name with an escape character', file: 'dxplan.yaml', find: '\nname: ', replace: '\nname: "Plan \\e]0;pwned\\a" #', valid: false },
  { what: 'a name with a bidi override', file: 'dxplan.yaml', find: '\nname: ', replace: '\nname: "Plan \\u202e" #', valid: false },
  { what: 'a description with line breaks and a tab', file: 'canvases/business-architecture.yaml', find: '    description: Replace with what reaching this goal looks like\n', replace: '    description: "Line one\\n\\tline two"\n', valid: true },
  { what: 'a description with a control character', file: 'canvases/business-architecture.yaml', find: '    description: Replace with what reaching this goal looks like\n', replace: '    description: "bell \\a"\n', valid: false },
];

const temps: string[] = [];
let base = '';
const originals = new Map<string, string>();
const schemaFile = (file: string) => jsonSchemaName(WORKSPACE_FILES.find((f) => f.path === file)!.key);

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'dxplan-schema-agree-'));
  temps.push(base);
  await initWorkspace({ dir: base, locale: 'en', force: true });
  for (const f of WORKSPACE_FILES) originals.set(f.path, await readFile(join(base, f.path), 'utf8'));
});
afterAll(() => Promise.all(temps.map(removeTemp)));

/** Both verdicts on one case: dxplan's (errors in that file) and ajv's, with their reasons. */
async function judge(c: Case) {
  const original = originals.get(c.file)!;
  if (!original.includes(c.find)) throw new Error(`${c.file} has no ${JSON.stringify(c.find)}; update the case`);
  const text = original.replace(c.find, c.replace);
  await writeFile(join(base, c.file), text);
  try {
    const { problems } = await loadWorkspace(base, translator('en'), base);
    const errors = problems.filter((p) => p.severity === 'error');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const schema = JSON.parse(await readFile(join(base, '.dxplan', 'schema', schemaFile(c.file)), 'utf8')) as object;
    const validateJson = ajv.compile(schema);
    const jsonValid = validateJson(parse(text)) as boolean;
    return { dxplan: errors.length === 0, json: jsonValid, why: { dxplan: errors.map((p) => `${p.rule} ${p.message}`), json: validateJson.errors?.map((e) => `${e.instancePath} ${e.message}`) } };
  } finally {
    await writeFile(join(base, c.file), original);
  }
}

describe('the exported JSON Schemas and validate', () => {
  it('accept the starter workspace, both', async () => {
    expect(await judge({ what: 'starter', file: 'dxplan.yaml', find: '\n', replace: '\n', valid: true })).toMatchObject({ dxplan: true, json: true });
  });

  for (const c of CASES) {
    it(`${c.valid ? 'both accept' : 'both reject'} ${c.what}`, async () => {
      const verdict = await judge(c);
      expect({ dxplan: verdict.dxplan, json: verdict.json }, JSON.stringify(verdict.why)).toEqual({ dxplan: c.valid, json: c.valid });
    });
  }
});
