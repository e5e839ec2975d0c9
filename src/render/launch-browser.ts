// Starts the one browser of a build, at most once, and always stops it: on success, error or Ctrl-C.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { Translator } from '../i18n/index.js';
import { findBrowser, type BrowserLookup } from './find-browser.js';
import { RenderError, RenderInterrupted } from './render-errors.js';

/** What it takes to find and start a browser. */
export interface BrowserSettings {
  t: Translator;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The `--browser` option. */
  flag?: string;
}

/** Opens the browser on first call and returns the same one afterwards. */
export type OpenBrowser = () => Promise<Browser>;

/** Whether Chromium must run without its sandbox: as root it refuses to start otherwise. */
export function needsNoSandbox(env: NodeJS.ProcessEnv, uid: number | undefined = process.getuid?.()): boolean {
  const flag = env.DXPLAN_NO_SANDBOX;
  if (flag !== undefined && flag !== '' && flag !== '0' && flag.toLowerCase() !== 'false') return true;
  return uid === 0;
}

/**
 * Features that make Chromium talk to the network on its own: time, hints, media-router discovery,
 * translation, certificate-transparency and safe-browsing updates, variations and the like.
 */
const NETWORK_FEATURES = [
  'AutofillServerCommunication',
  'CertificateTransparencyComponentUpdater',
  'DialMediaRouteProvider',
  'InterestFeedContentSuggestions',
  'MediaRouter',
  'NetworkTimeServiceQuerying',
  'OptimizationHints',
  'SafeBrowsingBetterTelemetryAcrossReports',
  'Translate',
];

/**
 * Command-line switches for a quiet, offline, disposable browser. Every page request is already
 * refused (see `offline` in mermaid-page.ts); these stop the browser's own traffic too. Under
 * strace, Chromium 156 with the older switches alone still sent DNS queries (accounts.google.com,
 * update.googleapis.com, clients2.google.com): resolving every host name to "not found" is what
 * silences them. What no switch of upstream Chromium turns off is its IPv6 reachability check
 * before a lookup (account sign-in still asks for accounts.google.com): a UDP socket connect()ed
 * to a public address, which sends no packet. tests/render/network-silence.browser.test.ts
 * proves under strace that nothing else opens and that no inet socket sends a byte.
 */
export function browserArgs(noSandbox: boolean, userDataDir: string): string[] {
  return [
    ...(noSandbox ? ['--no-sandbox', '--disable-setuid-sandbox'] : []),
    '--disable-gpu',
    '--disable-dev-shm-usage',
    // No host name resolves, so nothing is looked up or connected to (the DevTools pipe is no socket).
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--dns-prefetch-disable',
    '--no-pings',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-domain-reliability',
    '--disable-sync',
    '--disable-breakpad',
    '--disable-client-side-phishing-detection',
    '--disable-default-apps',
    '--disable-extensions',
    '--metrics-recording-only',
    '--no-first-run',
    '--no-default-browser-check',
    '--no-service-autorun',
    '--password-store=basic',
    '--use-mock-keychain',
    `--disable-features=${NETWORK_FEATURES.join(',')}`,
    // The component updater asks update.googleapis.com even with --disable-component-update; a
    // source that is no server makes it give up before any request.
    '--component-updater=url-source=data:text/plain,',
    `--user-data-dir=${userDataDir}`,
  ];
}

/** What to tell the user when no browser was found: how to install one, or which setting is wrong. */
export function browserNotFoundMessage(t: Translator, lookup: Extract<BrowserLookup, { found: false }>): string {
  if (lookup.source !== 'system') return t('render.browserMissingAt', { path: lookup.path, source: lookup.source });
  return `${t('render.browserNotFound')}\n${t('render.browserNotFound.tried', { paths: lookup.tried.join(', ') })}`;
}

/** The useful lines of puppeteer's "Failed to launch" error: the browser's own complaint. */
function launchReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('TROUBLESHOOTING') && !/^Failed to launch the browser process/.test(line));
  return lines.slice(0, 3).join(' ') || message.split('\n')[0] || 'unknown error';
}

/** Stops the browser's whole process group at once: renderers and helpers too, not just the parent. */
function killGroup(child: ChildProcess | undefined): void {
  // A browser that already exited may have handed its pid to someone else: leave that alone.
  if (!child || child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const pid = child.pid;
  try {
    // Windows has no process groups; taskkill /T walks the tree instead.
    if (process.platform === 'win32') execFileSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
    else process.kill(-pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** Removes the throw-away profile; Chromium may still be flushing it for a moment, hence the retries. */
function removeProfile(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  } catch {
    // A leftover temp folder is not worth failing a build over.
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** A browser looked up and launched on the first `open()`, closed by `close()`. */
export interface BrowserSession {
  open: OpenBrowser;
  /** Runs `work`; once Ctrl-C (or SIGTERM, SIGHUP) killed the browser, whatever it throws becomes RenderInterrupted. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Closes the browser (if it started), kills what is left of it and removes its profile. */
  close(): Promise<void>;
}

/**
 * Runs `fn` with a lazily started browser and closes it in `finally`. The browser is looked up and
 * launched only when `fn` first asks for it, so a build with nothing to render starts none. While
 * it runs, Ctrl-C (and SIGTERM, SIGHUP) kill it and make `fn`'s pending work fail; the result is a
 * RenderInterrupted error, which the CLI turns into exit code 130. A second Ctrl-C kills dxplan at once.
 */
export async function withBrowser<T>(settings: BrowserSettings, fn: (open: OpenBrowser) => Promise<T>): Promise<T> {
  const session = browserSession(settings);
  try {
    return await session.run(() => fn(session.open));
  } finally {
    await session.close();
  }
}

/** The session behind withBrowser, for a caller that starts the browser early and uses it later (warm-render.ts). */
export function browserSession(settings: BrowserSettings): BrowserSession {
  let browser: Browser | undefined;
  let launching: Promise<Browser> | undefined;
  let child: ChildProcess | undefined;
  let profile: string | undefined;
  let interrupted = false;

  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) {
      // The user insists: give the signal back its default meaning and let it end the process.
      removeHandlers();
      killGroup(child);
      process.kill(process.pid, signal);
      return;
    }
    interrupted = true;
    killGroup(child);
    if (profile) removeProfile(profile);
  };
  const onExit = () => killGroup(child);
  const removeHandlers = () => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('exit', onExit);
  };

  const launch = async (): Promise<Browser> => {
    const found = findBrowser({ flag: settings.flag, env: settings.env, platform: process.platform, cwd: settings.cwd });
    if (!found.found) throw new RenderError(browserNotFoundMessage(settings.t, found));
    for (const signal of SIGNALS) process.on(signal, onSignal);
    process.on('exit', onExit);
    profile = mkdtempSync(join(tmpdir(), 'dxplan-chromium-'));
    mkdirSync(join(profile, 'tmp'));
    const { default: puppeteer } = await import('puppeteer-core');
    try {
      const started = await puppeteer.launch({
        executablePath: found.path,
        headless: 'shell',
        pipe: true,
        args: browserArgs(needsNoSandbox(settings.env), profile),
        // Keep Chromium's stray writes (config and cache in $HOME, shared-memory files in $TMPDIR)
        // inside the throw-away profile, so removing it removes them even after a kill.
        // TZ: dates in pictures (the Gantt chart's bars across a daylight-saving change) are drawn
        // the same in every time zone.
        env: { ...settings.env, XDG_CONFIG_HOME: join(profile, 'config'), XDG_CACHE_HOME: join(profile, 'cache'), TMPDIR: join(profile, 'tmp'), TZ: 'UTC' },
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        timeout: 60_000,
        protocolTimeout: 120_000,
      });
      child = started.process() ?? undefined;
      if (interrupted) {
        killGroup(child);
        throw new RenderInterrupted();
      }
      browser = started;
      return started;
    } catch (error) {
      if (error instanceof RenderInterrupted || interrupted) throw new RenderInterrupted();
      const reason = launchReason(error);
      const hint = /sandbox/i.test(reason) ? `\n${settings.t('render.sandboxHint')}` : '';
      throw new RenderError(settings.t('render.launchFailed', { path: found.path, reason }) + hint);
    }
  };

  const open: OpenBrowser = () => {
    if (interrupted) return Promise.reject(new RenderInterrupted());
    launching ??= launch();
    return launching;
  };

  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      const result = await work();
      if (interrupted) throw new RenderInterrupted();
      return result;
    } catch (error) {
      // Once interrupted, whatever failed next (a closed page, a dead pipe) is a consequence, not news.
      if (interrupted) throw new RenderInterrupted();
      throw error;
    }
  };

  const close = async (): Promise<void> => {
    // A launch still under way (started early, never used) finishes first, so its process is known.
    await launching?.catch(() => undefined);
    if (browser && !interrupted) {
      const closing = browser.close().catch(() => undefined);
      const timeout = new Promise((done) => setTimeout(done, 5_000).unref());
      await Promise.race([closing, timeout]);
    }
    killGroup(child);
    if (profile) removeProfile(profile);
    removeHandlers();
  };

  return { open, run, close };
}
