// A git repository in a temporary folder whose commits change the home-furnishing example in every
// canvas, move its lines, break a file and raise a format version: the material of the diff tests.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

/** The example every commit starts from. */
export const EXAMPLE = fileURLToPath(new URL('../../examples/home-furnishing', import.meta.url));

/** Where the workspace sits inside the repository: a sub-folder, as in a monorepo. */
export const WS = 'plans/larchwood';

/** Runs git in `cwd` with a fixed identity and clock, so commits are the same on every machine. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
      GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
    },
  });
}

type Yaml = Record<string, any>;

/** Reads, changes and rewrites one YAML file of the workspace (comments go: the lines move too). */
async function edit(repo: string, file: string, change: (data: Yaml) => void): Promise<void> {
  const path = join(repo, WS, file);
  const data = parse(await readFile(path, 'utf8')) as Yaml;
  change(data);
  await writeFile(path, stringify(data, { lineWidth: 0 }));
}

/** Adds, removes, renames and changes items in every canvas; changes scores, coverage and findings. */
async function changeEveryCanvas(repo: string): Promise<void> {
  await edit(repo, 'dxplan.yaml', (m) => {
    m.organisation = 'Larchwood Home Living Group';
  });
  await edit(repo, 'canvases/value-positioning.yaml', (v) => {
    v.parties.demand_side.core_value.measure = 'Share of projects handed over within 5% of the quote and on time, target 85% (today 52%)';
    v.key_resources = v.key_resources.filter((r: Yaml) => r.id !== 'past_customers');
    v.key_resources.find((r: Yaml) => r.id === 'showrooms').name = '26 showrooms';
    v.key_resources.push({ id: 'fair_stands', name: 'Home-fair stands', type: 'channel' });
  });
  await edit(repo, 'canvases/business-architecture.yaml', (b) => {
    b.goals.find((g: Yaml) => g.id === 'showroom_conversion').name = 'Showroom-to-contract conversion';
    b.goals.find((g: Yaml) => g.id === 'referral_growth').phase = 1;
    // A goal no function serves: a new error finding (canvas/goal-has-functions).
    b.goals.push({ id: 'aftercare', name: 'Aftercare visits', phase: 2 });
    b.roles = b.roles.filter((r: Yaml) => r.id !== 'finance');
    for (const cell of b.cells) cell.roles = (cell.roles ?? []).filter((r: Yaml) => r.role !== 'finance');
    b.cells[0].roles[0].activity = 'Logs every visitor and qualifies budget, move-in date and room count';
    b.functions.find((f: Yaml) => f.id === 'material_library').category = 'operations';
  });
  await edit(repo, 'canvases/north-star.yaml', (n) => {
    // Choosing the best-scored candidate resolves north-star/not-best.
    n.chosen = 'happy_homes';
    delete n.reason;
    for (const input of n.inputs) input.drives = 'happy_homes';
    n.candidates.find((c: Yaml) => c.id === 'active_designers').name = 'Designers referring every month';
    n.candidates.find((c: Yaml) => c.id === 'happy_homes').scores.connects_resources = 2;
    n.candidates.push({ id: 'repeat_rooms', name: 'Homes coming back for another room', scores: { direct_value: 1, indirect_value: 1, connects_resources: 0, cumulative: 1 } });
  });
  await edit(repo, 'canvases/assessment.yaml', (a) => {
    a.facets.data.current = 2;
    a.facets.system.target = 4;
    a.evidence = a.evidence.filter((e: Yaml) => e.id !== 'customer_survey');
    a.evidence.push({ id: 'crm_trial', title: 'A two-showroom CRM trial logged 96% of visitors', facets: ['data'] });
  });
  await edit(repo, 'canvases/launch-plan.yaml', (l) => {
    l.phases.development.weeks = 14;
    l.training[0].rounds = 4;
    l.training.push({ department: 'Installation crews', functions: ['project_tracker'], rounds: 1 });
  });
}

/** Reverses every list of items and rewrites every file: lines move, nothing in the plan changes. */
async function moveLines(repo: string): Promise<void> {
  await edit(repo, 'canvases/business-architecture.yaml', (b) => {
    for (const key of ['goals', 'roles', 'functions', 'cells', 'systems']) if (Array.isArray(b[key])) b[key].reverse();
  });
  await edit(repo, 'canvases/north-star.yaml', (n) => {
    n.candidates.reverse();
    n.inputs.reverse();
  });
  await edit(repo, 'canvases/value-positioning.yaml', (v) => v.key_resources.reverse());
  await edit(repo, 'canvases/assessment.yaml', (a) => a.evidence.reverse());
}

/** The tags of the repository's commits, oldest first. */
export interface PlanRepo {
  dir: string;
  /** The example as shipped. */
  base: string;
  /** Every canvas changed. */
  items: string;
  /** `items` with its lists reversed and comments gone. */
  moved: string;
  /** `moved` with north-star.yaml no longer YAML. */
  broken: string;
  /** `moved` with launch-plan.yaml in format version 2. */
  future: string;
  /** HEAD: `moved` again. */
  fixed: string;
}

/** Builds the repository (a few hundred milliseconds). */
export async function makePlanRepo(): Promise<PlanRepo> {
  const dir = await mkdtemp(join(tmpdir(), 'dxplan-diff-repo-'));
  git(dir, 'init', '-q', '-b', 'main');
  await cp(EXAMPLE, join(dir, WS), { recursive: true });
  await writeFile(join(dir, 'README.md'), '# plans\n');
  const commit = async (tag: string) => {
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', tag);
    git(dir, 'tag', tag);
  };
  await commit('base');
  await changeEveryCanvas(dir);
  await commit('items');
  await moveLines(dir);
  await commit('moved');
  const ns = join(dir, WS, 'canvases/north-star.yaml');
  const good = await readFile(ns, 'utf8');
  await writeFile(ns, `${good}chosen: [happy_homes\n`);
  await commit('broken');
  await writeFile(ns, good);
  const lp = join(dir, WS, 'canvases/launch-plan.yaml');
  await writeFile(lp, (await readFile(lp, 'utf8')).replace(/^version: 1$/m, 'version: 2'));
  await commit('future');
  // HEAD ends valid again (as `moved`), for the tests that edit the working tree.
  await writeFile(lp, (await readFile(lp, 'utf8')).replace(/^version: 2$/m, 'version: 1'));
  await commit('fixed');
  return { dir, base: 'base', items: 'items', moved: 'moved', broken: 'broken', future: 'future', fixed: 'fixed' };
}
