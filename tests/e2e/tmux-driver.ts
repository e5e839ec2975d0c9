// Drives the real `bin/dxplan.js interview` in a real terminal (tmux): one tmux server per test
// file (`-L`), sessions that stay until the test kills them (the shell waits after the program
// exits, so the screen can still be read under load), and waits on what the screen shows, with
// generous timeouts, never on fixed sleeps. DXPLAN_E2E_BIN runs another build (an older one, to
// see a test fail where the defect was).
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BIN, runCli } from '../helpers/run-cli.js';

/** True when tmux can be run here. */
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** The program under test. */
const PROGRAM = process.env.DXPLAN_E2E_BIN ?? BIN;

/** How long a screen may take to show something (CI machines are slow and shared; DXPLAN_E2E_PATIENCE shortens it while writing a test). */
const PATIENCE = Number(process.env.DXPLAN_E2E_PATIENCE) || 90_000;

/** A tmux server of this test file's own, so no test touches a user's sessions or another file's. */
export class Tmux {
  private readonly socket: string;
  private readonly sessions = new Set<string>();
  private serial = 0;

  constructor(name: string) {
    this.socket = `dxplan-${name}-${process.pid}`;
  }

  run(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /**
   * Starts `dxplan interview …` in a terminal of the given size, in a session of a name never used
   * before (returned); the shell prints the exit code and stays, so the screen can be read after.
   */
  start(args: string[], options: { columns?: number; rows?: number; env?: Record<string, string> } = {}): string {
    const session = `s${++this.serial}`;
    const command = `${[process.execPath, PROGRAM, 'interview', ...args].map((a) => `'${a}'`).join(' ')}; echo "EXIT=$?"; exec sleep 86400`;
    const env = { LANG: 'C.UTF-8', DXPLAN_TODAY: '2027-01-05', CI: '', NO_COLOR: '1', ...options.env };
    // CI may be set around the test run; inside this terminal a person is typing, so it is cleared.
    this.run('new-session', '-d', '-s', session, '-x', String(options.columns ?? 160), '-y', String(options.rows ?? 50), ...Object.entries(env).flatMap(([k, v]) => ['-e', `${k}=${v}`]), command);
    this.sessions.add(session);
    return session;
  }

  /** Ends every session this driver started (afterEach): a failed test leaves nothing running. */
  killAll(): void {
    for (const session of this.sessions) this.kill(session);
    this.sessions.clear();
  }

  /** Everything the terminal has shown, scrollback included; `joined` puts lines the terminal wrapped back together. */
  screen(session: string, joined = false): string {
    return this.run('capture-pane', '-p', ...(joined ? ['-J'] : []), '-S', '-', '-t', session);
  }

  /** The screen as the terminal wrapped it (each line at most the terminal's width), without trailing blanks. */
  rows(session: string): string[] {
    return this.screen(session, true).split('\n').map((l) => l.trimEnd());
  }

  /** How often `text` has been shown so far. */
  shown(session: string, text: string): number {
    return this.screen(session, true).split(text).length - 1;
  }

  /**
   * Waits until `text` has been shown more than `seen` times, then returns the screen (lines the
   * terminal wrapped joined). Counting keeps a question asked twice from passing for the one before.
   */
  async waitFor(session: string, text: string, seen = 0, timeoutMs = PATIENCE): Promise<string> {
    const until = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < until) {
      try {
        last = this.screen(session, true);
      } catch (error) {
        // The session is gone (it never ends by itself: the shell sleeps after the program): say what was last seen.
        throw new Error(`the terminal of ${session} is gone (${(error as Error).message.trim()}); it last showed:\n${last}`);
      }
      if (last.split(text).length - 1 > seen) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${JSON.stringify(text)}; the screen shows:\n${last}`);
  }

  /** Waits until the program has exited and returns the screen. */
  async exited(session: string): Promise<string> {
    return this.waitFor(session, 'EXIT=');
  }

  /**
   * Presses Enter, waits for the screen to change, and again, until `text` is shown (at most
   * `times` Enters): for questions a test leaves as they are.
   */
  async enterUntil(session: string, text: string, times: number): Promise<string> {
    let screen = this.screen(session, true);
    for (let i = 0; i < times && !screen.includes(text); i++) {
      this.keys(session, 'Enter');
      const until = Date.now() + PATIENCE;
      let now = screen;
      while (now === screen && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 100));
        now = this.screen(session, true);
      }
      screen = now;
    }
    if (!screen.includes(text)) throw new Error(`${JSON.stringify(text)} not shown after ${times} Enters; the screen shows:\n${screen}`);
    return screen;
  }

  /** Sends keys (tmux key names: Enter, Escape, C-c, Up…). */
  keys(session: string, ...keys: string[]): void {
    this.run('send-keys', '-t', session, ...keys);
  }

  /** Types text literally (Chinese included). */
  typeText(session: string, text: string): void {
    if (text) this.run('send-keys', '-t', session, '-l', text);
  }

  /** Types text, presses Enter, and waits for `next` to be shown once more. */
  async answer(session: string, text: string, next: string): Promise<string> {
    const seen = this.shown(session, next);
    this.typeText(session, text);
    this.keys(session, 'Enter');
    return this.waitFor(session, next, seen);
  }

  /** Pastes text as a terminal does (bracketed, when the program asked for it). */
  paste(session: string, text: string): void {
    execFileSync('tmux', ['-L', this.socket, 'load-buffer', '-b', 'dxplan', '-'], { input: text });
    this.run('paste-buffer', '-p', '-d', '-b', 'dxplan', '-t', session);
  }

  /** Ends one session. */
  kill(session: string): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-session', '-t', session], { stdio: 'ignore' });
    this.sessions.delete(session);
  }

  /** Ends the server and every session of this file. */
  stop(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server'], { stdio: 'ignore' });
  }
}

/** Answers kept in a workspace's interview progress file, those to replay and those undone by Esc (0 without one). */
export async function savedAnswers(dir: string): Promise<number> {
  try {
    const state = parse(await readFile(join(dir, '.dxplan', 'interview-state.yaml'), 'utf8')) as { visits?: { answers?: unknown[]; redo?: unknown[] }[] };
    return (state.visits ?? []).reduce((n, v) => n + (v.answers?.length ?? 0) + (v.redo?.length ?? 0), 0);
  } catch {
    return 0;
  }
}

/** A copy of a bundled example as a workspace of its own, in `locale` when given. */
export async function exampleWorkspace(example: string, locale?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dxplan-tmux-'));
  await cp(join('examples', example), dir, { recursive: true, filter: (src) => !src.includes(`${example}/docs`) });
  if (locale) {
    const manifest = join(dir, 'dxplan.yaml');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace(/^locale: .*$/m, `locale: ${locale}`));
  }
  return dir;
}

/** A new workspace made by `dxplan init` in `locale`. */
export async function freshWorkspace(locale: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dxplan-tmux-'));
  const init = runCli(['init', dir, '--lang', locale], dir);
  if (init.code !== 0) throw new Error(init.stderr);
  return dir;
}

/** Why a tmux test is skipped, in its title. */
export const tmuxTitle = (title: string): string => (hasTmux ? title : `${title}: SKIPPED because tmux is not installed (apt-get install -y tmux)`);
