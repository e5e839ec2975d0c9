// The real `dxplan diff` program, spawned: exit codes, error messages for bad revisions and
// folders, no repository, no git at all, two folders without git, colour, and hostile plan text.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { EXAMPLE, git, makePlanRepo, WS, type PlanRepo } from './plan-repo.js';
import { readMarkdown } from './read-markdown.js';

let repo: PlanRepo;
let scratch: string;
let emptyPath: string;
beforeAll(async () => {
  repo = await makePlanRepo();
  scratch = await mkdtemp(join(tmpdir(), 'dxplan-diff-cli-'));
  emptyPath = join(scratch, 'empty-path');
  await mkdir(emptyPath);
});
afterAll(async () => {
  await rm(repo.dir, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
});

describe('exit codes', () => {
  it('0 when it could compare, 1 with --fail-on new-errors when errors were added', () => {
    const ok = runCli(['diff', 'base', 'items', WS], repo.dir);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('+ goal Aftercare visits (aftercare)');
    const failed = runCli(['diff', 'base', 'items', WS, '--fail-on', 'new-errors', '--format', 'json'], repo.dir);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({ exitCode: 1, summary: { newErrors: 1 } });
    expect(runCli(['diff', 'items', 'base', WS, '--fail-on', 'new-errors'], repo.dir).code).toBe(0);
  });

  it('2 for a revision git does not know, with what to do', () => {
    const r = runCli(['diff', 'no-such-branch', 'HEAD', WS], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'dxplan: git knows no revision "no-such-branch"\n    hint: give a branch, tag or commit that exists, e.g. HEAD, main or HEAD~1 (see git log); in CI, fetch the history (actions/checkout with fetch-depth: 0)\n',
    );
    const zh = runCli(['diff', 'no-such-branch', 'HEAD', WS, '--lang', 'zh-TW'], repo.dir);
    expect(zh.stderr).toContain('dxplan: git 中沒有修訂版本「no-such-branch」');
  });

  it('2 for a revision that looks like an option: it never reaches git as one', () => {
    const r = runCli(['diff', '--', '--output=/tmp/x', 'HEAD', WS], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('git knows no revision "--output=/tmp/x"');
  });

  it('2 for a revision without the workspace folder', () => {
    const r = runCli(['diff', 'base', 'items', 'plans/elsewhere'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('dxplan: revision "base" has no workspace in plans/elsewhere/ (no dxplan.yaml there)\n    hint: give the workspace folder as the last argument, e.g. dxplan diff main HEAD examples/home-furnishing\n');
  });

  it('2 for a folder that is not a workspace (HEAD against the working tree)', () => {
    const r = runCli(['diff'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dxplan: ');
    expect(r.stderr).toContain('dxplan.yaml');
    expect(r.stderr).not.toContain('    at ');
  });

  it('2 outside a git repository, and 2 when git is not installed', async () => {
    const ws = join(scratch, 'no-repo');
    await cp(EXAMPLE, ws, { recursive: true });
    const r = runCli(['diff'], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^dxplan: \. is not inside a git repository\n {4}hint: run it inside the repository/);
    // An empty PATH folder: no git to find (node itself is started by its full path).
    const noGit = runCli(['diff', 'base', 'items', WS], repo.dir, { PATH: emptyPath });
    expect(noGit.code).toBe(2);
    expect(noGit.stderr).toContain('dxplan: git is not installed or not on PATH');
  });

  it('2 for a side in a newer format version, saying so', () => {
    const r = runCli(['diff', 'moved', 'future', WS, '--lang', 'zh-CN'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('canvases/launch-plan.yaml 的格式版本是 2');
  });

  it('two workspace folders compare without git', async () => {
    const a = join(scratch, 'a');
    const b = join(scratch, 'b');
    await cp(EXAMPLE, a, { recursive: true });
    await cp(EXAMPLE, b, { recursive: true });
    const file = join(b, 'canvases/assessment.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('  data:\n    current: 1', '  data:\n    current: 2'));
    const r = runCli(['diff', 'a', 'b', '--format', 'json'], scratch, { PATH: emptyPath });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.base).toMatchObject({ label: 'a', kind: 'folder' });
    expect(d.canvases).toEqual([{ canvas: 'assessment', items: [{ change: 'changed', collection: 'facets', id: 'data', name: 'Data', fields: [{ path: 'current', before: 1, after: 2 }] }] }]);
    const notWs = runCli(['diff', 'a', '.'], scratch);
    expect(notWs.code).toBe(2);
    expect(notWs.stderr).toContain('dxplan.yaml');
  });
});

describe('output', () => {
  it('text is coloured only when asked (FORCE_COLOR) and plain under NO_COLOR', () => {
    const plain = runCli(['diff', 'base', 'items', WS], repo.dir);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const coloured = runCli(['diff', 'base', 'items', WS], repo.dir, { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(coloured.stdout).toContain('\u001b[32m  + goal Aftercare visits (aftercare)\u001b[39m');
  });

  it('--quiet prints the headline only', () => {
    const r = runCli(['diff', 'base', 'items', WS, '--quiet'], repo.dir);
    expect(r.stdout.trim().split('\n')).toEqual(['dxplan diff: base → items', '5 added, 3 removed, 21 changed · findings: 2 new (1 error(s)), 1 resolved · 18 document(s) change']);
  });

  it('plan text cannot inject terminal escapes, HTML, links or mentions', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-diff-hostile-'));
    try {
      git(dir, 'init', '-q', '-b', 'main');
      await cp(EXAMPLE, join(dir, 'ws'), { recursive: true });
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', 'base');
      const file = join(dir, 'ws/canvases/business-architecture.yaml');
      // Control characters are refused by validate (see docs/fault-suite.md): that side is
      // reported, with the character named and nothing raw reaching the terminal.
      const escaped = 'Evil \\e[31mred\\e[0m';
      await writeFile(file, (await readFile(file, 'utf8')).replace('name: Referral growth', `name: "${escaped}"`));
      const refused = runCli(['diff'], join(dir, 'ws'));
      expect(refused.code).toBe(0);
      expect(refused.stdout).not.toContain('\u001b');
      expect(refused.stdout).toContain('holds the control character U+001B');
      // Text a name may hold, but Markdown, HTML or a chat would act on.
      const hostile = 'Evil <img src=x onerror=alert(1)> [click](https://evil.example) @everyone';
      git(dir, 'checkout', '-q', '--', '.');
      await writeFile(file, (await readFile(file, 'utf8')).replace('name: Referral growth', `name: "${hostile}"`));
      const text = runCli(['diff'], join(dir, 'ws'));
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('Evil <img src=x onerror=alert(1)>');
      const md = runCli(['diff', '--format', 'markdown'], join(dir, 'ws'));
      const { html } = readMarkdown(md.stdout);
      expect(html).not.toContain('<img');
      expect(html).not.toContain('href="https://evil.example"');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      // No one gets notified by a plan's text.
      expect(html).not.toMatch(/@everyone/);
      const json = runCli(['diff', '--format', 'json'], join(dir, 'ws'));
      expect(JSON.parse(json.stdout).canvases[0].items[0].renamed.after).toBe(hostile);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a broken template override on one side: the documents are not compared, and the diff says why', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-diff-template-'));
    try {
      git(dir, 'init', '-q', '-b', 'main');
      await cp(EXAMPLE, dir, { recursive: true });
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', 'base');
      await mkdir(join(dir, 'templates'));
      await writeFile(join(dir, 'templates/feature-table.md.hbs'), '{{#each rows}}never closed\n');
      const r = runCli(['diff', '--format', 'json'], dir);
      expect(r.code).toBe(0);
      const d = JSON.parse(r.stdout);
      expect(d.head.documentsError).toMatch(/^feature-table\.md\.hbs: /);
      expect(d.documents).toBeUndefined();
      expect(d.findings.added).toEqual([]);
      const text = runCli(['diff'], dir);
      expect(text.stdout).toContain('The documents of the files as they are now could not be generated: feature-table.md.hbs: ');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('--help shows the command with an example', () => {
    const r = runCli(['diff', '--help'], repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dxplan diff origin/main HEAD examples/patient-service --format markdown');
    expect(r.stdout).toContain('new-errors');
  });
});
