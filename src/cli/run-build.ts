// Temporary until the build command lands: says so plainly instead of pretending.
import { createContext, type GlobalOptions } from './context.js';

/** Runs `dxplan build`. */
export async function runBuildCommand(_args: (string | undefined)[], options: GlobalOptions): Promise<number> {
  const ctx = createContext(options);
  ctx.stderr.write(`dxplan: ${ctx.t('cli.notYet')}\n`);
  return 2;
}
