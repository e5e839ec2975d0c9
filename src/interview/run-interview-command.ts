// Temporary until the interview lands: says so plainly instead of pretending.
import { createContext, type GlobalOptions } from '../cli/context.js';

/** Runs `dxplan interview`. */
export async function runInterviewCommand(_args: (string | undefined)[], options: GlobalOptions, _canvases: readonly string[]): Promise<number> {
  const ctx = createContext(options);
  ctx.stderr.write(`dxplan: ${ctx.t('cli.notYet')}\n`);
  return 2;
}
