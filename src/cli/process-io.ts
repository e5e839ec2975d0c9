// The one place that turns `process` into the I/O type the use cases run with.
import type { Io } from '../app/context.js';

/** The real terminal, environment, working folder and clock. */
export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd(), now: () => new Date() };
}
