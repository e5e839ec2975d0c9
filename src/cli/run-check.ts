// Temporary until the check command lands: says so plainly instead of pretending.
import { createContext, type GlobalOptions } from './context.js';

/** Runs `dxplan check`. */
export async function runCheckCommand(_args: (string | undefined)[], options: GlobalOptions): Promise<number> {
  const ctx = createContext(options);
  ctx.stderr.write(`dxplan: ${ctx.t('cli.notYet')}\n`);
  return 2;
}
