// Spawns the real bin/dxplan.js, as a user's shell would.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Path of the dxplan executable of this checkout. */
export const BIN = fileURLToPath(new URL('../../bin/dxplan.js', import.meta.url));

/** Runs dxplan with `args` in `cwd`; colour off and no inherited locale unless `env` says so. */
export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
