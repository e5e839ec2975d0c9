// `dxplan check` as a user runs it: exit codes, grouped and coloured text, JSON, --strict, --quiet.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { copyToTemp, removeTemp } from '../helpers/temp-workspace.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const temps: string[] = [];
const tempExample = async (name: string) => {
  const dir = await copyToTemp(join(ROOT, 'examples', name));
  temps.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(temps.splice(0).map(removeTemp));
});

/** 1-based line of the first line of `file` that equals `text`. */
const lineOf = (content: string, text: string) => content.split('\n').findIndex((l) => l === text) + 1;

describe('dxplan check', () => {
  it('passes an example with warnings: findings grouped by canvas, recommendations, scores, then one summary line', () => {
    const r = runCli(['check', 'examples/home-furnishing'], ROOT);
    expect(r.code).toBe(0);
    const out = r.stdout;
    const order = ['Business architecture', 'North star', 'Launch plan', 'Recommendations', 'Scores'].map((h) => out.indexOf(`\n${h}\n`) >= 0 ? out.indexOf(`\n${h}\n`) : out.indexOf(`${h}\n`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(out).toMatch(/examples\/home-furnishing\/canvases\/launch-plan\.yaml:\d+:\d+ {2}warning {2}ops\/transaction-growth-modules {2}/);
    expect(out).toContain('★ Signed contracts per month (signed_contracts)  4/8  [chosen]');
    expect(out).toContain('Overall (weighted): 1.33 → 3.17 of 5');
    expect(out.trimEnd().split('\n').at(-1)).toBe('✔ check passed: 0 error(s), 3 warning(s), 3 info(s)');
    expect(out).not.toContain('\u001b[');
  });

  it('names every facet tied for weakest (same level, same gap), not only the first', () => {
    const out = runCli(['check', 'examples/home-furnishing'], ROOT).stdout;
    const weakest = out.split('\n').filter((l) => l.endsWith('← weakest')).map((l) => l.trim().split(/ {2,}/)[0]);
    expect(weakest).toEqual(['Data', 'System', 'Organisation (capability)', 'Outward user-growth line']);
    for (const facet of weakest as string[]) expect(out).toMatch(new RegExp(`${facet.replace(/[()]/g, '\\$&')} today \\(level 1\\): `));
  });

  it('fails on warnings with --strict', () => {
    const r = runCli(['check', 'examples/home-furnishing', '--strict'], ROOT);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✖ check failed: 0 error(s), 3 warning(s), 3 info(s) (--strict: warnings fail the check)');
  });

  it('prints JSON with located findings, scores, recommendations and a summary', () => {
    const r = runCli(['check', 'examples/patient-service', '--format', 'json'], ROOT);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['findings', 'scores', 'recommendations', 'summary']);
    expect(json.summary).toEqual({ errors: 0, warnings: 2, infos: 1, strict: false, passed: true });
    expect(json.findings[0]).toMatchObject({ file: 'examples/patient-service/canvases/business-architecture.yaml', severity: 'warning', rule: 'canvas/goal-categories', path: 'goals.4' });
    expect(json.findings[0].line).toBeGreaterThan(1);
    expect(json.findings[0].message).toMatch(/^目标“三甲医院院外管理合作”缺少运营功能/);
    expect(json.scores.northStar.best).toBe('managed_patients_90d');
    expect(json.recommendations.every((x: { facet?: string; rule?: string }) => x.facet ?? x.rule)).toBe(true);
  });

  it('exits 1 on an error, pointing at file:line:col, with severities set in dxplan.yaml', async () => {
    const dir = await tempExample('home-furnishing');
    await writeFile(join(dir, 'dxplan.yaml'), `${await readFile(join(dir, 'dxplan.yaml'), 'utf8')}rules:\n  canvas/goal-categories: error\n  ops/transaction-growth-modules: off\n`);
    const ba = await readFile(join(dir, 'canvases/business-architecture.yaml'), 'utf8');
    const r = runCli(['check', '.'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`canvases/business-architecture.yaml:${lineOf(ba, '  - id: on_time_delivery')}:5  error  canvas/goal-categories  `);
    expect(r.stdout).not.toContain('ops/transaction-growth-modules');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✖ check failed: 2 error(s), 0 warning(s), 3 info(s)');
  });

  it('prints only what fails with --quiet', async () => {
    const dir = await tempExample('home-furnishing');
    await writeFile(join(dir, 'dxplan.yaml'), `${await readFile(join(dir, 'dxplan.yaml'), 'utf8')}rules:\n  canvas/goal-categories: error\n`);
    const r = runCli(['check', '.', '--quiet'], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => /  (warning|info)  /.test(l))).toEqual([]);
    expect(lines.filter((l) => /  error  /.test(l))).toHaveLength(2);
    expect(r.stdout).not.toContain('Scores');
    const ok = runCli(['check', 'examples/patient-service', '--quiet'], ROOT);
    expect([ok.code, ok.stdout]).toEqual([0, '']);
  });

  it('reports an invalid workspace exactly as validate does, and exits 2', async () => {
    const dir = await tempExample('home-furnishing');
    const manifest = await readFile(join(dir, 'dxplan.yaml'), 'utf8');
    await writeFile(join(dir, 'dxplan.yaml'), manifest.replace(/^company_size: medium/m, 'company_size: huge'));
    const check = runCli(['check', '.'], dir);
    const validate = runCli(['validate', '.'], dir);
    expect(check.code).toBe(2);
    expect(check.stdout).toBe(validate.stdout);
    expect(check.stdout).toContain(`dxplan.yaml:${lineOf(manifest, manifest.split('\n').find((l) => l.startsWith('company_size:'))!)}:15`);
    expect(runCli(['check', '.', '--format', 'json'], dir).stdout).toBe(runCli(['validate', '.', '--format', 'json'], dir).stdout);
    expect(runCli(['check', 'no-such-folder'], dir).code).toBe(2);
  });

  it('colours severities unless NO_COLOR is set', () => {
    const coloured = runCli(['check', 'examples/home-furnishing'], ROOT, { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(coloured.stdout).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured.stdout).toContain('\u001b[36minfo\u001b[39m');
    const plain = runCli(['check', 'examples/home-furnishing'], ROOT, { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(plain.stdout).not.toContain('\u001b[');
  });

  it('speaks the workspace locale, or --lang', () => {
    expect(runCli(['check', 'examples/patient-service'], ROOT).stdout).toContain('✔ 检查通过');
    expect(runCli(['check', 'examples/patient-service', '--lang', 'zh-TW'], ROOT).stdout).toContain('✔ 檢查通過');
    expect(runCli(['check', 'examples/patient-service', '--lang', 'en'], ROOT).stdout).toContain('✔ check passed');
  });
});
