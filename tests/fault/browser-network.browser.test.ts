// `dxplan build --render` under strace: the browser dxplan starts opens no connection to anything.
// Before its switches were tightened, Chromium sent DNS queries (accounts.google.com,
// update.googleapis.com) and probed the network during a render. Now, across every process and
// thread (strace -f, every fd decoded with -yy):
// - no TCP socket of any kind, and no connect() to anything but Chromium's IPv6 reachability
//   probe address (a UDP connect, which sends no packet; upstream Chromium cannot switch it off);
// - no byte written or sent on any inet socket (UDP or TCP, IPv4 or IPv6);
// - besides those, only Unix sockets (the DevTools pipe's process plumbing) and netlink to the
//   local kernel (address changes, device events).
// Also: a diagram longer than Mermaid's own limit renders (the limit is raised), and one beyond
// dxplan's limit fails with exit 2 naming it, instead of Mermaid's error box with exit 0.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MERMAID_MAX_TEXT } from '../../src/render/mermaid-page.js';
import { renderBuild } from '../../src/render/render-build.js';
import { initWorkspace } from '../../src/store/init-workspace.js';
import { captureContext } from '../helpers/capture-context.js';
import { removeTemp } from '../helpers/temp-workspace.js';
import { CHROMIUM } from '../render/helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/dxplan.js');
const STRACE = '/usr/bin/strace';
/** Chromium's IPv6 reachability probe (net/dns/host_resolver_manager.cc): connected, never sent to. */
const PROBE = /inet_pton\(AF_INET6, "2001:4860:4860::8888"/;
const temps: string[] = [];
afterAll(() => Promise.all(temps.map(removeTemp)));

const ENV = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', DXPLAN_NO_SANDBOX: '1', DXPLAN_BROWSER: CHROMIUM };

describe('the browser under strace', () => {
  it('has strace and Chromium to run with (.ci/run installs both)', () => {
    expect(existsSync(STRACE), 'install strace (apt-get install strace)').toBe(true);
    expect(existsSync(CHROMIUM), `no browser at ${CHROMIUM}`).toBe(true);
  });

  it('renders pictures and a PDF without a TCP socket, a DNS query or a byte sent on any inet socket', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-strace-'));
    temps.push(dir);
    await initWorkspace({ dir, locale: 'en', force: true });
    const log = join(dir, 'strace.log');
    const run = spawnSync(STRACE, ['-f', '-qq', '-yy', '-e', 'trace=%network,write,writev', '-o', log, process.execPath, BIN, 'build', dir, '--render', 'svg,png,pdf'], {
      encoding: 'utf8',
      env: ENV,
      timeout: 240_000,
    });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/; [1-9]\d* picture\(s\) drawn, \d+ unchanged\n$/);
    const lines = (await readFile(log, 'utf8')).split('\n');
    // strace saw the browser at all (its renderer and network service are traced too).
    expect(lines.some((l) => /socket\(AF_UNIX/.test(l))).toBe(true);

    const sockets = lines.filter((l) => /\bsocket\(/.test(l));
    const families = new Set(sockets.map((l) => /socket\((AF_[A-Z0-9]+), (SOCK_[A-Z]+)/.exec(l)?.slice(1).join(' ')).filter(Boolean));
    for (const family of families) expect(['AF_UNIX SOCK_STREAM', 'AF_UNIX SOCK_DGRAM', 'AF_UNIX SOCK_SEQPACKET', 'AF_NETLINK SOCK_RAW', 'AF_INET6 SOCK_DGRAM', 'AF_INET SOCK_DGRAM']).toContain(family);
    // Netlink talks to the local kernel only: addresses (route) and device events (udev).
    expect(sockets.filter((l) => /socket\(AF_NETLINK/.test(l) && !/NETLINK_(ROUTE|KOBJECT_UEVENT)/.test(l)), 'other netlink').toEqual([]);

    const inetConnects = lines.filter((l) => /\bconnect\(/.test(l) && /sa_family=AF_INET6?\b/.test(l));
    expect(inetConnects.filter((l) => !PROBE.test(l)), 'connect() to a network address').toEqual([]);
    expect(lines.filter((l) => /\bconnect\(/.test(l) && /htons\(53\)/.test(l)), 'DNS').toEqual([]);

    // Decoded fds read <UDP:…>, <UDPv6:…>, <TCP:…>, <TCPv6:…>: no data to any of them.
    const inetSends = lines.filter((l) => /\b(write|writev|send|sendto|sendmsg|sendmmsg)\(\d+<(TCP|UDP)/.test(l));
    expect(inetSends, 'bytes sent on an inet socket').toEqual([]);
    expect(lines.filter((l) => /\b(sendto|sendmsg)\(\d+<UNIX[^>]*>.*sa_family=AF_INET/.test(l))).toEqual([]);
  }, 300_000);
});

describe('a diagram longer than Mermaid draws by default', () => {
  it('renders as a real picture (no "Maximum text size" box) when within dxplan\'s limit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-bigdiagram-'));
    temps.push(dir);
    // 1,400 nodes: about 60,000 characters, past Mermaid's default maxTextSize of 50,000.
    const nodes = Array.from({ length: 1400 }, (_, i) => `  n${i}["Function number ${i} of the plan"]`).join('\n');
    const source = `flowchart TB\n${nodes}\n`;
    expect(source.length).toBeGreaterThan(50_000);
    const { ctx, out, err } = captureContext('en', dir, { NO_COLOR: '1', DXPLAN_NO_SANDBOX: '1', DXPLAN_BROWSER: CHROMIUM });
    const outDir = join(dir, 'docs');
    const result = await renderBuild({ ctx, workspaceDir: dir, outDir, files: [{ path: 'diagrams/big.mmd', contents: source }], formats: ['svg'] });
    expect(result.status, `${out()}${err()}`).toBe('ok');
    const svg = await readFile(join(outDir, 'diagrams/big.svg'), 'utf8');
    expect(svg).not.toContain('Maximum text size');
    expect(svg).toContain('Function number 1399 of the plan');
  }, 180_000);

  it('beyond dxplan\'s limit fails, naming the diagram, and draws nothing for it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-hugediagram-'));
    temps.push(dir);
    const source = `flowchart TB\n${'  a --> b\n'.repeat(Math.ceil(MERMAID_MAX_TEXT / 10) + 10)}`;
    const { ctx, err } = captureContext('en', dir, { NO_COLOR: '1', DXPLAN_NO_SANDBOX: '1', DXPLAN_BROWSER: CHROMIUM });
    const outDir = join(dir, 'docs');
    const result = await renderBuild({ ctx, workspaceDir: dir, outDir, files: [{ path: 'diagrams/huge.mmd', contents: source }], formats: ['svg'] });
    expect(result.status).toBe('failed');
    expect(err()).toMatch(/docs\/diagrams\/huge\.mmd: the diagram is \d+ characters long, more than the 2000000 Mermaid can draw/);
    expect(existsSync(join(outDir, 'diagrams/huge.svg'))).toBe(false);
  }, 60_000);
});

describe('the build with an oversized diagram', () => {
  it('exits 2 through the CLI', async () => {
    // Covered in process above; this is the exit code a user sees (render failures are exit 2).
    const dir = await mkdtemp(join(tmpdir(), 'dxplan-hugebuild-'));
    temps.push(dir);
    await initWorkspace({ dir, locale: 'en', force: true });
    const template = join(dir, 'templates', 'roadmap.mmd.hbs');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, 'templates'), { recursive: true });
    await writeFile(template, `flowchart TB\n${'  a --> b\n'.repeat(Math.ceil(MERMAID_MAX_TEXT / 10) + 10)}`);
    const run = spawnSync(process.execPath, [BIN, 'build', dir, '--render', 'svg'], { encoding: 'utf8', env: ENV, timeout: 240_000 });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(2);
    expect(run.stderr).toMatch(/roadmap\.mmd: the diagram is \d+ characters long/);
  }, 300_000);
});
