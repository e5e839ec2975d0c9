// Runs the `git` program without a shell: arguments are passed as a list, never parsed by a shell.
import { spawn } from 'node:child_process';

/** What one git call gave: its output, or why it did not run or failed. */
export type GitResult =
  | { ok: true; stdout: Buffer }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'failed'; code: number | null; stderr: string };

/** Longest a git call may take before it is stopped: a strange repository must not hang the command. */
const GIT_TIMEOUT_MS = 120_000;

/** Most output accepted from one call (a workspace's files with room to spare). */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/**
 * Runs `git args…` in `cwd` with the caller's environment `env`, feeding `input` on stdin. Git is told to take no optional locks (so it
 * never refreshes the index) and never to prompt, so reading a revision leaves the checkout untouched.
 */
export function runGit(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, input?: Buffer): Promise<GitResult> {
  return new Promise((resolve) => {
    const gitEnv = { ...env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' };
    const child = spawn('git', args, { cwd, env: gitEnv, stdio: ['pipe', 'pipe', 'pipe'], shell: false });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: GitResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ ok: false, reason: 'failed', code: null, stderr: 'timed out' });
    }, GIT_TIMEOUT_MS);
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish(error.code === 'ENOENT' ? { ok: false, reason: 'missing' } : { ok: false, reason: 'failed', code: null, stderr: error.message });
    });
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) {
        child.kill('SIGKILL');
        finish({ ok: false, reason: 'failed', code: null, stderr: 'output too large' });
        return;
      }
      out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    // git may exit before reading all of stdin (a bad object name): that is its answer, not a crash.
    child.stdin.on('error', () => {});
    child.on('close', (code) => {
      if (code === 0) finish({ ok: true, stdout: Buffer.concat(out) });
      else finish({ ok: false, reason: 'failed', code, stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.end(input ?? Buffer.alloc(0));
  });
}
