// docs/diff.md shows a real diff of a change to examples/home-furnishing. This test makes that
// change in a fresh repository, runs the real CLI, and checks that the page shows exactly its
// output (and that the JSON there has the documented shape). To refresh the page after a change
// on purpose: UPDATE_DIFF_DOCS=1 npx vitest run tests/diff/docs-example.test.ts
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { DiffJson } from './diff-json-shape.js';
import { EXAMPLE, git } from './plan-repo.js';

const DOC = fileURLToPath(new URL('../../docs/diff.md', import.meta.url));
const WS = 'examples/home-furnishing';

/** The change the page describes: a renamed goal, a new goal no function serves yet, data maturity up. */
async function change(repo: string): Promise<void> {
  const ba = join(repo, WS, 'canvases/business-architecture.yaml');
  let text = await readFile(ba, 'utf8');
  text = text.replace('    name: Showroom conversion\n', '    name: Showroom-to-contract conversion\n');
  text = text.replace(
    '    description: Happy customers refer friends and come back for other rooms (fission).\n    phase: 2\n',
    '    description: Happy customers refer friends and come back for other rooms (fission).\n    phase: 2\n  - id: aftercare\n    name: Aftercare visits\n    description: Every home gets a six-month check-up visit that finds defects before the owner does.\n    phase: 2\n',
  );
  await writeFile(ba, text);
  const as = join(repo, WS, 'canvases/assessment.yaml');
  await writeFile(as, (await readFile(as, 'utf8')).replace('  data:\n    current: 1', '  data:\n    current: 2'));
}

let repo: string;
beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'dxplan-diff-docs-'));
  git(repo, 'init', '-q', '-b', 'main');
  await cp(EXAMPLE, join(repo, WS), { recursive: true });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  await change(repo);
  git(repo, 'commit', '-q', '-am', 'Aftercare goal, data maturity up');
});
afterAll(() => rm(repo, { recursive: true, force: true }));

/** The text between `<!-- diff-example:NAME -->` and `<!-- /diff-example:NAME -->`, inside a code fence. */
const block = (name: string) => new RegExp(`(<!-- diff-example:${name} -->\\n\`\`\`\\w*\\n)([\\s\\S]*?)(\`\`\`\\n<!-- /diff-example:${name} -->)`);

it('docs/diff.md shows the real output of the documented change, in text, Markdown and JSON', async () => {
  let doc = await readFile(DOC, 'utf8');
  const outputs: Record<string, string> = {};
  for (const format of ['text', 'markdown', 'json']) {
    const r = runCli(['diff', 'HEAD~1', 'HEAD', WS, '--format', format], repo);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    outputs[format] = r.stdout;
  }
  DiffJson.parse(JSON.parse(outputs.json!));
  if (process.env.UPDATE_DIFF_DOCS) {
    for (const [name, out] of Object.entries(outputs)) doc = doc.replace(block(name), (_, open: string, _old: string, close: string) => `${open}${out}${close}`);
    await writeFile(DOC, doc);
  }
  for (const [name, out] of Object.entries(outputs)) {
    const found = block(name).exec(doc);
    expect(found, `docs/diff.md has a diff-example:${name} block`).not.toBeNull();
    expect(found![2]).toBe(out);
  }
});

it("the README's excerpt is the start of the same output, up to the documents", async () => {
  const readme = await readFile(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
  const found = /<!-- diff-example:readme -->\n```text\n\$ dxplan diff HEAD~1 HEAD examples\/home-furnishing\n([\s\S]*?)…\n```\n<!-- \/diff-example:readme -->/.exec(readme);
  expect(found, 'README.md has a diff-example:readme block').not.toBeNull();
  const out = runCli(['diff', 'HEAD~1', 'HEAD', WS], repo).stdout;
  const excerpt = found![1]!;
  expect(excerpt).toBe(out.slice(0, out.indexOf('\nDocuments a build would change') + 1));
  expect(excerpt.split('\n').length).toBeGreaterThan(10);
});
