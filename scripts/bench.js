#!/usr/bin/env node
// `npm run bench`: start-up, scale and rendering benchmarks of the real CLI, as one table of
// medians with each target and PASS/MISS.
//   node scripts/bench.js [--runs N] [--quick] [--json FILE] [--sizes 10,100,1000,10000]
//                         [--timeout S] [--no-render] [--full-mmdc] [--keep]
// Every measurement spawns bin/dxplan.js (or node, or mmdc) as a user would. Wall time is measured
// here around the spawn; peak memory is the child's maximum resident set size, from GNU time when
// it is installed, else from a wrapper that imports the CLI and reports its own maxRSS at exit.
// Plain ESM JavaScript; `npm run bench` compiles dist/ first, then runs it.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeWorkspace } from './generate-workspace.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'dxplan.js');
const RSS_WRAPPER = join(ROOT, 'scripts', 'rss-wrapper.js');
const MMDC = join(ROOT, 'node_modules', '.bin', 'mmdc');
const EXAMPLE = join(ROOT, 'examples', 'home-furnishing');

// ---------------------------------------------------------------------------------------------
// Options

const USAGE = `usage: node scripts/bench.js [--runs N] [--quick] [--json FILE] [--sizes 10,100,1000,10000] [--timeout S] [--no-render] [--full-mmdc] [--keep]
  --runs N       runs per start-up measurement (default 10; scale and render rows use fewer, see docs/benchmarks.md)
  --quick        smoke run: 2 runs, sizes 10 and 100, 10 diagrams, mmdc on 2 of them
  --json FILE    also write every measurement (all runs, not only medians) as JSON
  --sizes LIST   goal counts of the generated workspaces
  --timeout S    stop a run after S seconds (default 120): it counts as a miss, and larger sizes are skipped
  --no-render    skip the rendering rows
  --full-mmdc    run mmdc on every one of the 50 diagrams instead of 10 of them
  --keep         keep the generated workspaces (their folder is printed)`;

/** Parses argv into options; throws with the usage text on a mistake. */
function parseArgs(argv) {
  const o = { runs: 10, quick: false, json: undefined, sizes: [10, 100, 1000, 10000], timeout: 120, render: true, fullMmdc: false, keep: false, runsGiven: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value\n${USAGE}`);
      return argv[++i];
    };
    if (a === '--runs') {
      o.runs = Number(value());
      o.runsGiven = true;
      if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error(`--runs must be a positive integer\n${USAGE}`);
    } else if (a === '--quick') o.quick = true;
    else if (a === '--json') o.json = value();
    else if (a === '--timeout') {
      o.timeout = Number(value());
      if (!(o.timeout > 0)) throw new Error(`--timeout must be a positive number of seconds\n${USAGE}`);
    }
    else if (a === '--sizes') {
      o.sizes = value().split(',').map(Number);
      if (o.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes positive integers, e.g. 10,100,1000\n${USAGE}`);
    } else if (a === '--no-render') o.render = false;
    else if (a === '--full-mmdc') o.fullMmdc = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  if (o.quick) {
    if (!o.runsGiven) o.runs = 2;
    if (!argv.includes('--sizes')) o.sizes = [10, 100];
  }
  return o;
}

// ---------------------------------------------------------------------------------------------
// Measuring one process

/** Seconds after which a run is stopped (set from --timeout). */
const TIMEOUT = { seconds: 120 };

/** Whether GNU time is available to report the child's peak RSS (DXPLAN_BENCH_NO_GNU_TIME=1 tests the fallback). */
const GNU_TIME = (() => {
  if (process.env.DXPLAN_BENCH_NO_GNU_TIME) return undefined;
  try {
    accessSync('/usr/bin/time', constants.X_OK);
    const probe = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' });
    return probe.status === 0 && /^\d+\s*$/m.test(probe.stderr) ? '/usr/bin/time' : undefined;
  } catch {
    return undefined;
  }
})();

/**
 * Runs `command args` once; resolves with wall seconds, peak RSS in MB (when measurable), exit
 * code and output. `dxplan: true` runs bin/dxplan.js through the RSS wrapper when GNU time is missing.
 */
function runOnce(command, args, { cwd = ROOT, env = {}, dxplan = false, timeout = TIMEOUT.seconds } = {}) {
  const rssFile = join(tmpdir(), `dxplan-bench-rss-${process.pid}-${Math.random().toString(16).slice(2)}`);
  let file = command;
  let argv = args;
  let childEnv = { ...process.env, NO_COLOR: '1', ...env };
  if (GNU_TIME) {
    file = GNU_TIME;
    argv = ['-f', '%U %S %M', '-o', rssFile, command, ...args];
  } else if (dxplan) {
    // No GNU time: the wrapper imports the CLI in the same process and writes its own maxRSS.
    argv = ['--expose-gc', RSS_WRAPPER, ...args.slice(1)];
    childEnv = { ...childEnv, DXPLAN_BENCH_RSS_FILE: rssFile };
  }
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    // Its own process group, so a timeout stops GNU time and the command it runs together.
    const child = spawn(file, argv, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeout * 1000);
    let out = '';
    child.stdout.on('data', (d) => (out.length < 100_000 ? (out += d) : undefined));
    child.stderr.on('data', (d) => (out.length < 100_000 ? (out += d) : undefined));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ seconds: NaN, cpu: NaN, rssMb: undefined, code: -1, out: String(error) });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (timedOut) {
        rmSync(rssFile, { force: true });
        resolve({ seconds, cpu: NaN, rssMb: undefined, code: null, timedOut: true, out: `timed out after ${timeout} s` });
        return;
      }
      let rssMb;
      let cpu = NaN;
      try {
        // GNU time writes "Command exited with non-zero status N" before its own line on failure.
        const fields = readFileSync(rssFile, 'utf8').trim().split('\n').pop().trim().split(/\s+/).map(Number);
        const kb = fields.pop();
        if (Number.isFinite(kb) && kb > 0) rssMb = kb / 1024;
        if (fields.length === 2) cpu = fields[0] + fields[1];
        rmSync(rssFile, { force: true });
      } catch {
        // Not measurable for this command (e.g. mmdc without GNU time).
      }
      resolve({ seconds, cpu, rssMb, code, out });
    });
  });
}

const median = (values) => {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/**
 * Runs each of `cases` `runs` times, round-robin (so drift in machine load hits every case alike),
 * after one warm-up run each. `prepare` runs before every timed run (not timed).
 */
async function measure(cases, runs) {
  const results = cases.map(() => ({ seconds: [], cpu: [], rss: [], codes: [], out: '', timedOut: false }));
  // A case that needs more than a minute is measured without a warm-up run.
  for (let round = -1; round < runs; round++) {
    for (const [i, c] of cases.entries()) {
      if (results[i].timedOut || (round < 0 && c.noWarmup)) continue;
      c.prepare?.();
      const r = await runOnce(c.command, c.args, c.options);
      if (r.timedOut) {
        results[i].timedOut = true;
        results[i].seconds = [r.seconds];
        results[i].out = r.out;
        continue;
      }
      if (round < 0) {
        results[i].out = r.out;
        results[i].warmCode = r.code;
        continue;
      }
      results[i].seconds.push(r.seconds);
      results[i].cpu.push(r.cpu);
      if (r.rssMb !== undefined) results[i].rss.push(r.rssMb);
      results[i].codes.push(r.code);
      if (!c.expect.includes(r.code)) results[i].out = r.out;
    }
  }
  return results.map((r, i) => ({
    ...r,
    median: median(r.seconds),
    medianCpu: median(r.cpu),
    peakRss: r.rss.length ? Math.max(...r.rss) : undefined,
    ok: !r.timedOut && r.codes.every((code) => cases[i].expect.includes(code)),
  }));
}

// ---------------------------------------------------------------------------------------------
// The table

const rows = [];
const fmtS = (s) => (Number.isFinite(s) ? (s < 10 ? `${s.toFixed(3)} s` : `${s.toFixed(1)} s`) : '-');
const fmtMb = (mb) => (mb === undefined ? '-' : mb >= 1024 ? `${(mb / 1024).toFixed(2)} GB` : `${Math.round(mb)} MB`);
const fmtX = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : '-');
const fmtGoals = (n) => n.toLocaleString('en-US');

/** Adds a row to the table (and the JSON): what was measured, the numbers, the target and verdict. */
function row(r) {
  rows.push(r);
  // Print as we go, so a long run shows progress; the full table is printed again at the end.
  process.stderr.write(`  ${r.label}: ${r.result}${r.verdict ? `  [${r.verdict}]` : ''}\n`);
}

/** A row for something that could not be measured, with why. */
const unavailable = (label, why, target = '') => row({ id: label, label, result: `n/a (${why})`, target, verdict: 'n/a' });

/** PASS/MISS of a target that holds when `ok`. */
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

/** Prints every row as one aligned table. */
function printTable(header) {
  const head = ['measurement', 'median wall time (peak RSS)', 'cpu', 'target', 'result'];
  const body = rows.map((r) => [r.label, r.result, Number.isFinite(r.cpu) ? fmtS(r.cpu) : '', r.target ?? '', r.verdict ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const out = [header, '', line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
  process.stdout.write(`${out.join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------------
// Environment

/** Makes sure dist/ is built (npm install does it through `prepare`; a fresh clone may not have). */
function ensureBuilt() {
  if (existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) return;
  process.stderr.write('dist/ is missing: running npm run build\n');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed; the benchmark needs the built CLI');
}

/** The Chromium to render with, as dxplan would find it, or undefined. */
function findChromium() {
  for (const p of [process.env.DXPLAN_BROWSER, process.env.PUPPETEER_EXECUTABLE_PATH]) if (p && existsSync(p)) return p;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
      const p = join(dir, name);
      try {
        accessSync(p, constants.X_OK);
        if (statSync(p).isFile()) return p;
      } catch {
        // Not here.
      }
    }
  }
  return undefined;
}

/**
 * Whether `dxplan <args>` works on a valid workspace; a command that has not landed prints
 * "not yet" or exits 2. Returns undefined when it works, else the reason.
 */
async function probe(args, expect) {
  const r = await runOnce(process.execPath, [BIN, ...args], { dxplan: true });
  if (expect.includes(r.code)) return undefined;
  return /not (yet )?available|not implemented|尚未|not yet/i.test(r.out) ? 'not available' : `exit ${r.code}: ${r.out.trim().split('\n')[0]?.slice(0, 80)}`;
}

// ---------------------------------------------------------------------------------------------
// The benchmarks

async function startupRows(o, json) {
  const dx = (args, expect) => ({ command: process.execPath, args: [BIN, ...args], expect, options: { dxplan: true } });
  const cases = [
    { command: process.execPath, args: ['-e', '0'], expect: [0] },
    dx(['--version'], [0]),
    dx(['validate', EXAMPLE, '--quiet'], [0]),
    // check exits 1 when the methodology finds errors; the example is checked either way.
    dx(['check', EXAMPLE, '--quiet'], [0, 1]),
  ];
  const [node, version, validate, check] = await measure(cases, o.runs);
  json.startup = { runs: o.runs, node, version, validate, check };
  row({ id: 'node', label: 'node -e 0', result: `${fmtS(node.median)} (${fmtMb(node.peakRss)})`, cpu: node.medianCpu, target: 'baseline', verdict: '' });
  // Ratios of CPU time (user + system), measured side by side: steadier than wall time on a shared
  // machine. The wall-time ratio is shown beside it.
  const ratioRow = (id, label, r, limit) => {
    const cpu = r.medianCpu / node.medianCpu;
    const wall = r.median / node.median;
    row({
      id,
      label,
      result: `${fmtS(r.median)} = ${fmtX(wall)} node wall, ${fmtX(cpu)} CPU (${fmtMb(r.peakRss)})`,
      cpu: r.medianCpu,
      target: `<= ${limit}x node (CPU)`,
      verdict: r.ok ? verdict((Number.isFinite(cpu) ? cpu : wall) <= limit) : `error (exit ${r.codes.join(',')})`,
    });
  };
  ratioRow('version', 'dxplan --version', version, 1.3);
  ratioRow('validate-example', `dxplan validate ${relative(ROOT, EXAMPLE)}`, validate, 2);
  ratioRow('check-example', `dxplan check ${relative(ROOT, EXAMPLE)}`, check, 2);
  return validate.median;
}

/** Runs for a scale measurement: fewer as the workspace grows, so the bench stays in minutes. */
const scaleRuns = (o, goals) => (o.runsGiven ? o.runs : o.quick ? 1 : goals >= 10_000 ? 1 : goals >= 1000 ? 3 : 5);

async function scaleRows(o, json, work) {
  const commands = [
    { name: 'validate', args: (dir) => ['validate', dir, '--quiet'], expect: [0] },
    // check exits 1 when the methodology finds errors (the example has some on purpose); the
    // timing is what matters here.
    { name: 'check', args: (dir) => ['check', dir, '--quiet'], expect: [0, 1] },
    { name: 'build', args: (dir) => ['build', dir, '--quiet'], expect: [0], probe: ['build', EXAMPLE, '--dry-run', '--quiet'] },
  ];
  const available = {};
  for (const c of commands) available[c.name] = await probe(c.probe ?? c.args(EXAMPLE), c.expect);
  const medians = {};
  const timedOutAt = {};
  json.scale = [];
  for (const goals of o.sizes) {
    const dir = join(work, `goals-${goals}`);
    writeWorkspace(dir, { goals, seed: 1 });
    for (const c of commands) {
      const label = `${c.name} ${fmtGoals(goals)} goals`;
      const big = goals >= 10_000;
      const target = big ? '< 20 s, < 1 GB' : '';
      if (available[c.name]) {
        unavailable(label, available[c.name], target);
        continue;
      }
      if (timedOutAt[c.name] !== undefined) {
        // A bigger workspace only takes longer: do not spend another timeout finding that out.
        row({ id: `${c.name}-${goals}`, label, result: `not run (over ${o.timeout} s at ${fmtGoals(timedOutAt[c.name])} goals)`, target, verdict: big ? 'MISS (time)' : '' });
        json.scale.push({ command: c.name, goals, skipped: true });
        continue;
      }
      const runs = scaleRuns(o, goals);
      // A full build each time: remove the previous output first (not timed).
      const prepare = c.name === 'build' ? () => rmSync(join(dir, 'docs'), { recursive: true, force: true }) : undefined;
      const [r] = await measure([{ command: process.execPath, args: [BIN, ...c.args(dir)], expect: c.expect, options: { dxplan: true }, prepare, noWarmup: goals >= 1000 }], runs);
      json.scale.push({ command: c.name, goals, runs, ...r, out: r.ok ? undefined : r.out });
      if (r.timedOut) {
        timedOutAt[c.name] = goals;
        (medians[c.name] ??= []).push({ goals, median: r.median, timedOut: true });
        row({ id: `${c.name}-${goals}`, label, result: `> ${o.timeout} s (stopped)`, target, verdict: big ? 'MISS (time)' : 'timed out' });
        continue;
      }
      (medians[c.name] ??= []).push({ goals, median: r.median });
      const ok = r.median < 20 && (r.peakRss === undefined || r.peakRss < 1024);
      const why = !r.ok ? `error (exit ${r.codes.join(',')}: ${r.out.trim().split('\n')[0]?.slice(0, 60)})` : big ? verdict(ok) : '';
      const missed = big && r.ok && !ok ? ` (${[r.median >= 20 ? 'time' : '', r.peakRss >= 1024 ? 'memory' : ''].filter(Boolean).join(', ')})` : '';
      row({ id: `${c.name}-${goals}`, label, result: `${fmtS(r.median)} (${fmtMb(r.peakRss)})${runs > 1 ? ` n=${runs}` : ''}`, cpu: r.medianCpu, target, verdict: why + missed });
    }
  }
  // Linearity: each 10x step in goals may cost at most 12x the time.
  for (const c of commands) {
    const m = medians[c.name] ?? [];
    for (let i = 1; i < m.length; i++) {
      const growth = m[i].goals / m[i - 1].goals;
      const ratio = m[i].median / m[i - 1].median;
      // The target is stated for 10x the goals; other steps are scaled to it.
      const limit = 1.2 * growth;
      row({
        id: `${c.name}-linear-${m[i].goals}`,
        label: `${c.name} ${fmtGoals(m[i - 1].goals)} -> ${fmtGoals(m[i].goals)} goals`,
        result: m[i].timedOut ? `> ${fmtX(ratio)} the time (stopped)` : `${fmtX(ratio)} the time`,
        target: `<= ${fmtX(limit).replace(/\.00x$/, 'x')}`,
        verdict: verdict(ratio <= limit),
      });
    }
  }
  return medians;
}

/** Lists the .mmd files under `dir`. */
function mermaidFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.mmd'))
    .sort()
    .map((f) => join(dir, f));
}

/** The smallest generated workspace whose build has at least `diagrams` Mermaid diagrams. */
async function workspaceWithDiagrams(work, diagrams) {
  // Each goal past the third adds one per-goal business-architecture diagram; search rather than
  // rely on that, so the bench stays right when the generators change.
  let lo = 1;
  let hi = diagrams;
  const count = async (goals) => {
    const dir = join(work, `render-probe-${goals}`);
    writeWorkspace(dir, { goals, seed: 1 });
    const r = await runOnce(process.execPath, [BIN, 'build', dir, '--quiet'], { dxplan: true });
    if (r.code !== 0) throw new Error(`build of a generated workspace failed: ${r.out.trim().split('\n')[0]}`);
    const n = mermaidFiles(join(dir, 'docs')).length;
    rmSync(dir, { recursive: true, force: true });
    return n;
  };
  if ((await count(hi)) < diagrams) return undefined;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if ((await count(mid)) >= diagrams) hi = mid;
    else lo = mid + 1;
  }
  const dir = join(work, `render-${diagrams}`);
  writeWorkspace(dir, { goals: lo, seed: 1 });
  return { dir, goals: lo };
}

async function renderRows(o, json, work) {
  json.render = [];
  const chromium = findChromium();
  const targets = { 10: '>= 8x faster per diagram', 50: '' };
  const counts = o.quick ? [10] : [10, 50];
  const label = (n, what) => `render ${n} diagrams: ${what}`;
  if (!o.render) {
    for (const n of counts) unavailable(label(n, 'dxplan vs mmdc'), 'skipped (--no-render)', targets[n]);
    unavailable('no-change rebuild vs validate', 'skipped (--no-render)', '<= 1.2x validate');
    return;
  }
  if (!chromium) {
    for (const n of counts) unavailable(label(n, 'dxplan vs mmdc'), 'no Chromium: apt-get install -y chromium', targets[n]);
    unavailable('no-change rebuild vs validate', 'no Chromium', '<= 1.2x validate');
    return;
  }
  // --render with --dry-run draws nothing, so probing the command would prove nothing: look for the renderer.
  const renderMissing = existsSync(join(ROOT, 'dist', 'render', 'render-build.js')) ? undefined : 'not available';
  if (renderMissing) {
    for (const n of counts) unavailable(label(n, 'dxplan vs mmdc'), renderMissing, targets[n]);
    unavailable('no-change rebuild vs validate', renderMissing, '<= 1.2x validate');
    return;
  }
  const puppeteerConfig = join(work, 'puppeteer-config.json');
  writeFileSync(
    puppeteerConfig,
    JSON.stringify({ executablePath: chromium, headless: 'shell', args: ['--no-sandbox', '--disable-setuid-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] }),
  );
  const env = { DXPLAN_BROWSER: chromium };
  let rebuildDir;
  for (const n of counts) {
    const ws = await workspaceWithDiagrams(work, n);
    if (!ws) {
      unavailable(label(n, 'dxplan vs mmdc'), `no generated workspace has ${n} diagrams`, targets[n]);
      continue;
    }
    const out = join(ws.dir, 'docs');
    // Cold: no output and no render cache, so every diagram is drawn.
    const cold = () => {
      rmSync(out, { recursive: true, force: true });
      rmSync(join(ws.dir, '.dxplan', 'cache'), { recursive: true, force: true });
    };
    const runs = o.runsGiven ? o.runs : o.quick ? 1 : 3;
    const [dx] = await measure([{ command: process.execPath, args: [BIN, 'build', ws.dir, '--render', 'svg', '--quiet'], expect: [0], options: { env, dxplan: true }, prepare: cold }], runs);
    const diagrams = mermaidFiles(out);
    const svgs = diagrams.filter((f) => existsSync(f.replace(/\.mmd$/, '.svg'))).length;
    // mmdc: one process (and one browser) per diagram, on the same .mmd files.
    const sampleSize = o.quick ? 2 : n <= 10 || o.fullMmdc ? diagrams.length : 10;
    const step = diagrams.length / sampleSize;
    const sample = Array.from({ length: sampleSize }, (_, i) => diagrams[Math.floor(i * step)]);
    const mmdcTimes = [];
    const mmdcCpu = [];
    let mmdcError;
    for (const mmd of sample) {
      const r = await runOnce(MMDC, ['-p', puppeteerConfig, '-i', mmd, '-o', join(work, 'mmdc-out.svg'), '-q']);
      if (r.code !== 0) mmdcError = r.out.trim().split('\n')[0];
      else {
        mmdcTimes.push(r.seconds);
        mmdcCpu.push(r.cpu);
      }
    }
    const perDx = dx.median / diagrams.length;
    const perMmdc = median(mmdcTimes);
    const speedup = perMmdc / perDx;
    json.render.push({ diagrams: diagrams.length, goals: ws.goals, svgs, dxplan: dx, mmdc: { sample: sample.length, seconds: mmdcTimes, cpu: mmdcCpu, error: mmdcError } });
    row({
      id: `render-${n}-dxplan`,
      label: label(diagrams.length, 'dxplan build --render svg'),
      result: `${fmtS(dx.median)} = ${fmtS(perDx)}/diagram (${fmtMb(dx.peakRss)})${runs > 1 ? ` n=${runs}` : ''}`,
      cpu: dx.medianCpu,
      target: '',
      verdict: dx.ok && svgs === diagrams.length ? '' : `error (${svgs}/${diagrams.length} SVGs, exit ${dx.codes.join(',')})`,
    });
    row({
      id: `render-${n}-mmdc`,
      label: label(diagrams.length, `mmdc once per diagram${sample.length < diagrams.length ? ` (${sample.length} sampled)` : ''}`),
      result: mmdcTimes.length ? `${fmtS(perMmdc)}/diagram -> dxplan ${fmtX(speedup)} faster` : `n/a (mmdc failed: ${mmdcError})`,
      cpu: median(mmdcCpu),
      target: targets[n],
      verdict: !mmdcTimes.length ? 'n/a' : targets[n] ? verdict(speedup >= 8) : '',
    });
    rebuildDir ??= { dir: ws.dir, n: diagrams.length, env };
  }
  if (!rebuildDir) return;
  // No-change rebuild: everything is up to date, so nothing is generated differently or drawn.
  const { dir, n, env: renderEnv } = rebuildDir;
  const runs = o.runsGiven ? o.runs : o.quick ? 2 : 5;
  // A plain build of the same workspace kept in a copy, so the two rebuilds do not undo each other.
  const plainDir = `${dir}-plain`;
  cpSync(dir, plainDir, { recursive: true });
  await runOnce(process.execPath, [BIN, 'build', plainDir, '--quiet'], { dxplan: true });
  const [rebuild, validate, plainRebuild] = await measure(
    [
      { command: process.execPath, args: [BIN, 'build', dir, '--render', 'svg', '--quiet'], expect: [0], options: { env: renderEnv, dxplan: true } },
      { command: process.execPath, args: [BIN, 'validate', dir, '--quiet'], expect: [0], options: { dxplan: true } },
      { command: process.execPath, args: [BIN, 'build', plainDir, '--quiet'], expect: [0], options: { dxplan: true } },
    ],
    runs,
  );
  json.rebuild = { diagrams: n, rebuild, validate, plainRebuild };
  for (const [id, label, r] of [
    ['rebuild-no-change', `no-change rebuild --render svg (${n} diagrams)`, rebuild],
    ['rebuild-no-change-plain', `no-change rebuild, no --render (${n} diagrams)`, plainRebuild],
  ]) {
    const cpu = r.medianCpu / validate.medianCpu;
    row({
      id,
      label,
      result: `${fmtS(r.median)} = ${fmtX(r.median / validate.median)} validate wall, ${fmtX(cpu)} CPU (validate ${fmtS(validate.median)})`,
      cpu: r.medianCpu,
      target: '<= 1.2x validate (CPU)',
      verdict: r.ok && validate.ok ? verdict((Number.isFinite(cpu) ? cpu : r.median / validate.median) <= 1.2) : 'error',
    });
  }
}

/**
 * The deliverables of the bundled example beside the other formats: the workbook alone (no
 * browser), the deck (which draws the diagrams as PNGs), both together, and the PDFs; each cold.
 */
async function deliverableRows(o, json, work) {
  json.deliverables = [];
  const chromium = findChromium();
  const formats = ['xlsx', 'pptx', 'pptx,xlsx', 'pdf'];
  const label = (f) => `example --render ${f}, cold`;
  if (!o.render || !chromium) {
    for (const f of formats) unavailable(label(f), !o.render ? 'skipped (--no-render)' : 'no Chromium');
    return;
  }
  const ws = join(work, 'deliverables');
  cpSync(EXAMPLE, ws, { recursive: true });
  const cold = () => rmSync(join(ws, '.dxplan', 'cache'), { recursive: true, force: true });
  const runs = o.runsGiven ? o.runs : o.quick ? 1 : 3;
  for (const f of formats) {
    const [m] = await measure([{ command: process.execPath, args: [BIN, 'build', ws, '--render', f, '--quiet'], expect: [0], options: { env: { DXPLAN_BROWSER: chromium }, dxplan: true }, prepare: cold }], runs);
    json.deliverables.push({ formats: f, ...m });
    row({ id: `deliver-${f.replace(',', '-')}`, label: label(f), result: `${fmtS(m.median)} (${fmtMb(m.peakRss)})${runs > 1 ? ` n=${runs}` : ''}`, cpu: m.medianCpu, target: '', verdict: m.ok ? '' : `error (exit ${m.codes.join(',')})` });
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const o = parseArgs(process.argv.slice(2));
  TIMEOUT.seconds = o.timeout;
  ensureBuilt();
  const work = mkdtempSync(join(tmpdir(), 'dxplan-bench-'));
  const json = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, loadBefore: loadavg(), options: o, peakRss: GNU_TIME ? 'GNU time %M' : 'rss-wrapper.js (process.resourceUsage().maxRSS)' };
  const started = Date.now();
  process.stderr.write(`dxplan bench: node ${process.version}, ${cpus().length} CPUs, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}; work folder ${work}\n`);
  try {
    await startupRows(o, json);
    await scaleRows(o, json, work);
    await renderRows(o, json, work);
    await deliverableRows(o, json, work);
  } finally {
    if (!o.keep) rmSync(work, { recursive: true, force: true });
  }
  json.loadAfter = loadavg();
  json.seconds = (Date.now() - started) / 1000;
  json.rows = rows;
  const busy = Math.max(...json.loadBefore.slice(0, 1), ...json.loadAfter.slice(0, 1)) > cpus().length;
  const header = [
    `dxplan ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version} benchmark — node ${process.version}, ${cpus().length} x ${json.cpu ?? 'CPU'}`,
    `medians of ${o.runs} runs for start-up (scale and render rows say n=); runs stopped after ${o.timeout} s; peak RSS from ${json.peakRss}; ${json.seconds.toFixed(0)} s in all`,
    `load average before ${json.loadBefore[0].toFixed(2)}, after ${json.loadAfter[0].toFixed(2)}${busy ? ` — the machine was busy (more than ${cpus().length}): numbers are pessimistic` : ''}`,
  ].join('\n');
  process.stderr.write('\n');
  printTable(header);
  if (o.json) writeFileSync(o.json, `${JSON.stringify(json, null, 2)}\n`);
  if (o.keep) process.stdout.write(`\nworkspaces kept in ${work}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = 2;
});
