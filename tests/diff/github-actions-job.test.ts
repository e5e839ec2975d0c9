// The plan-diff job of docs/github-actions.yml, run for real: its diff step's shell script against
// a repository with an origin/main, and its comment step against a stand-in `gh` that records calls.
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKDOWN_MARKER } from '../../src/diff/format-markdown.js';
import { BIN } from '../helpers/run-cli.js';
import { git, makePlanRepo, WS, type PlanRepo } from './plan-repo.js';

type Step = { name?: string; id?: string; run?: string; uses?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string };
const workflow = parse(await readFile(fileURLToPath(new URL('../../docs/github-actions.yml', import.meta.url)), 'utf8')) as {
  jobs: Record<string, { if?: string; permissions?: Record<string, string>; steps: Step[] }>;
};
const job = workflow.jobs['plan-diff']!;
const step = (pattern: RegExp) => job.steps.find((s) => pattern.test(s.run ?? ''))!;

let repo: PlanRepo;
let bin: string;
beforeAll(async () => {
  repo = await makePlanRepo();
  // A pull request's checkout: the base branch as origin/main, the change as HEAD.
  git(repo.dir, 'update-ref', 'refs/remotes/origin/main', 'base');
  bin = await mkdtemp(join(tmpdir(), 'dxplan-diff-bin-'));
  await writeFile(join(bin, 'dxplan'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  // gh stand-in: logs its arguments; lists an earlier dxplan comment when FAKE_COMMENT is set.
  await writeFile(join(bin, 'gh'), '#!/bin/sh\necho "$@" >> "$GH_LOG"\ncase "$*" in *"--method"*) exit 0;; esac\n[ -n "$FAKE_COMMENT" ] && echo "$FAKE_COMMENT"\nexit 0\n');
  await chmod(join(bin, 'dxplan'), 0o755);
  await chmod(join(bin, 'gh'), 0o755);
});
afterAll(async () => {
  await rm(repo.dir, { recursive: true, force: true });
  await rm(bin, { recursive: true, force: true });
});

/** Runs a step's script with bash, as the runner does, in the repository. */
async function runStep(s: Step, env: Record<string, string>) {
  const out = join(bin, `output-${Math.random().toString(36).slice(2)}`);
  await writeFile(out, '');
  const r = spawnSync('bash', ['-e', '-c', s.run!], {
    cwd: repo.dir,
    encoding: 'utf8',
    env: { PATH: `${bin}:${process.env.PATH}`, HOME: repo.dir, NO_COLOR: '1', GITHUB_OUTPUT: out, WORKSPACE: WS, ...env },
  });
  return { code: r.status, stderr: r.stderr, output: await readFile(out, 'utf8') };
}

describe('the plan-diff job', () => {
  it('runs on pull requests with the history it needs and the right to comment', () => {
    expect(job.if).toBe("github.event_name == 'pull_request'");
    expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(job.steps.find((s) => s.uses === 'actions/checkout@v4')?.with).toEqual({ 'fetch-depth': 0 });
  });

  it('its diff step writes the Markdown comment and records the exit code (1: the change adds an error)', async () => {
    const r = await runStep(step(/dxplan diff/), { BASE_REF: 'main' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.output).toBe('code=1\n');
    const comment = await readFile(join(repo.dir, 'plan-diff.md'), 'utf8');
    expect(comment.startsWith(`${MARKDOWN_MARKER}\n### dxplan diff: origin/main → HEAD`)).toBe(true);
    expect(comment).toContain('aftercare');
    await rm(join(repo.dir, 'plan-diff.md'));
  });

  it('its diff step fails at once when dxplan cannot compare (a base branch that is not there)', async () => {
    const r = await runStep(step(/dxplan diff/), { BASE_REF: 'no-such-branch' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('git knows no revision "origin/no-such-branch"');
  });

  it('its comment step posts once, then updates that comment instead of adding more', async () => {
    const comment = step(/gh api/);
    await writeFile(join(repo.dir, 'plan-diff.md'), `${MARKDOWN_MARKER}\nbody\n`);
    const log = join(bin, 'gh.log');
    const env = { GH_LOG: log, PR: '7', REPO: 'acme/plan', GH_TOKEN: 'x' };
    expect((await runStep(comment, env)).code).toBe(0);
    expect((await readFile(log, 'utf8')).trim().split('\n').at(-1)).toBe('api --method POST repos/acme/plan/issues/7/comments -F body=@plan-diff.md');
    expect((await runStep(comment, { ...env, FAKE_COMMENT: '4242' })).code).toBe(0);
    const calls = (await readFile(log, 'utf8')).trim().split('\n');
    expect(calls.at(-2)).toContain(`startswith("${MARKDOWN_MARKER}")`);
    expect(calls.at(-1)).toBe('api --method PATCH repos/acme/plan/issues/comments/4242 -F body=@plan-diff.md');
    await rm(join(repo.dir, 'plan-diff.md'));
  });
});
