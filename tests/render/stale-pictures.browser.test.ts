// Pictures are never stale in silence: after a --render build, change the plan and every later
// build says which SVG, PNG and PDF no longer match their source; --check fails naming each.
import { spawnSync } from 'node:child_process';
import { access, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'dxplan.js');
const temps: string[] = [];
afterAll(async () => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

function dxplan(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--lang', 'en'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DXPLAN_BROWSER: CHROMIUM } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const exists = (path: string) => access(path).then(() => true, () => false);

describe('pictures of examples/patient-service after its plan changes', () => {
  let ws: string;
  let ba: string;
  beforeAll(async () => {
    ws = await mkdtemp(join(tmpdir(), 'dxplan-stale-'));
    temps.push(ws);
    await cp(join(ROOT, 'examples', 'patient-service'), ws, { recursive: true });
    ba = join(ws, 'canvases', 'business-architecture.yaml');
    const r = dxplan(['build', ws, '--render', 'svg,png,pdf']);
    expect(r.code, r.stderr).toBe(0);
    expect(dxplan(['build', ws, '--check']).code).toBe(0);
  }, 180_000);

  it('a goal renamed: a plain build names each picture it leaves stale and how to refresh them; --check fails naming them', async () => {
    await writeFile(ba, (await readFile(ba, 'utf8')).replace('name: 签约医生资源沉淀', 'name: 签约医生与专家资源沉淀'));
    const plain = dxplan(['build', ws]);
    expect(plain.code, plain.stderr).toBe(0);
    const stalePaths = ['diagrams/business-architecture-doctor_accumulation.svg', 'diagrams/business-architecture-doctor_accumulation.png', 'plan-report.pdf', 'plan-report-internal.pdf'];
    for (const p of stalePaths) expect(plain.stderr).toContain(`stale picture: ${join(ws, 'docs', p)}`);
    // Pictures whose diagram did not change are not named.
    expect(plain.stderr).not.toContain('roadmap.svg');
    expect(plain.stderr).toMatch(new RegExp(`picture\\(s\\) left stale: their sources changed\\. Refresh them with "dxplan build ${ws.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} --render svg,png,pdf"`));

    const check = dxplan(['build', ws, '--check']);
    expect(check.code).toBe(1);
    for (const p of stalePaths) expect(check.stdout).toContain(`stale picture: ${join(ws, 'docs', p)} (its source`);
    expect(check.stdout).toContain(`--render svg,png,pdf`);
  });

  it('the pictures redrawn: --check passes again and a plain build warns of nothing', () => {
    const r = dxplan(['build', ws, '--render', 'svg,png,pdf']);
    expect(r.code, r.stderr).toBe(0);
    expect(dxplan(['build', ws, '--check']).code).toBe(0);
    expect(dxplan(['build', ws]).stderr).toBe('');
  }, 180_000);

  it('the start date removed: the Gantt chart is no longer generated, and the plain build removes its pictures', async () => {
    const lp = join(ws, 'canvases', 'launch-plan.yaml');
    await writeFile(lp, (await readFile(lp, 'utf8')).replace(/^start: .*$/m, ''));
    const plain = dxplan(['build', ws]);
    expect(plain.code, plain.stderr).toBe(0);
    for (const ext of ['svg', 'png']) {
      const picture = join(ws, 'docs', 'diagrams', `launch-gantt.${ext}`);
      expect(plain.stdout).toContain(`removed ${picture} (no longer generated)`);
      expect(await exists(picture)).toBe(false);
    }
  });
});
