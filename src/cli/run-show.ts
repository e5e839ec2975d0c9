// Temporary until the show command lands: says so plainly instead of pretending.
import { createContext, type GlobalOptions } from './context.js';

/** Runs `dxplan show`. */
export async function runShowCommand(_args: (string | undefined)[], options: GlobalOptions): Promise<number> {
  const ctx = createContext(options);
  ctx.stderr.write(`dxplan: ${ctx.t('cli.notYet')}\n`);
  return 2;
}
