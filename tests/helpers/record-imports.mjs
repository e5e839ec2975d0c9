// Preloaded with `node --import`: records every module the process resolves, one URL a line, in
// the file named by DXPLAN_RECORD_IMPORTS, so a test can prove a command never loaded a heavy one.
import { register } from 'node:module';

const hooks = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.DXPLAN_RECORD_IMPORTS) appendFileSync(process.env.DXPLAN_RECORD_IMPORTS, result.url + '\\n');
  return result;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
