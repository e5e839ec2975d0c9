// docs/github-actions.yml, the workflow plan repositories copy: it is valid YAML, installs dxplan the
// way that works today (a tarball), and its dxplan steps pass on the bundled examples.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN } from '../helpers/run-cli.js';
import { removeTemp } from '../helpers/temp-workspace.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
type Job = { env: Record<string, string>; steps: { name?: string; run?: string; uses?: string }[] };
const workflow = parse(await readFile(join(root, 'docs/github-actions.yml'), 'utf8')) as { jobs: Record<string, Job> };
const job = workflow.jobs.plan!;
const temps: string[] = [];
afterAll(() => Promise.all(temps.map(removeTemp)));

describe('docs/github-actions.yml', () => {
  it.each(Object.keys(workflow.jobs))('job %s installs the tarball it names, not a registry version that does not exist yet', (name) => {
    const { env, steps } = workflow.jobs[name]!;
    const installs = steps.filter((s) => s.run?.includes('npm install'));
    expect(installs).toHaveLength(1);
    expect(installs[0]!.run).toContain('"$DXPLAN_PACKAGE"');
    expect(env.DXPLAN_PACKAGE).toMatch(/^\.\/tools\/dxplan-\d+\.\d+\.\d+\.tgz$/);
  });

  it.each(['home-furnishing', 'patient-service'])('its validate, check and build --check steps pass on %s', async (example) => {
    const cwd = await mkdtemp(join(tmpdir(), 'dxplan-ci-'));
    temps.push(cwd);
    await cp(join(root, 'examples', example), cwd, { recursive: true });
    const steps = job.steps.filter((s) => s.run?.startsWith('dxplan ') && !s.run.includes('--render'));
    expect(steps.map((s) => s.run!.split(' ')[1])).toEqual(['validate', 'check', 'build']);
    for (const step of steps) {
      const command = step.run!.replace(/^dxplan /, `"${process.execPath}" "${BIN}" `);
      const r = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, ...job.env, WORKSPACE: '.' } });
      expect(r.status, `${step.name}: ${r.stdout}${r.stderr}`).toBe(0);
    }
  });
});
