// A use-case context whose output is captured, for running commands in-process in tests.
import { Writable } from 'node:stream';
import type { AppContext } from '../../src/app/context.js';
import type { Locale } from '../../src/domain/enums.js';
import { translator } from '../../src/i18n/index.js';

/** A context writing to strings; `out()` and `err()` return what was written so far. */
export function captureContext(locale: Locale, cwd: string, env: NodeJS.ProcessEnv = { NO_COLOR: '1' }) {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        append(String(chunk));
        done();
      },
    });
  const ctx: AppContext = {
    locale,
    t: translator(locale),
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    env,
    cwd,
    stdin: { isTTY: false },
    now: () => new Date('2027-01-06T00:00:00Z'),
    quiet: false,
  };
  return { ctx, out: () => out, err: () => err };
}
