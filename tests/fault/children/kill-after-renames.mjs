// Child process for the fault tests: runs the real dxplan (the build in dist/) with fs rename
// patched so that the process kills itself with SIGKILL right after its k-th rename of a canvas,
// that is in the middle of a multi-file save, where a power cut would hurt most.
// Usage: node kill-after-renames.mjs <k> <dxplan arguments...>
import { syncBuiltinESMExports } from 'node:module';
import fsp from 'node:fs/promises';

const [k, ...args] = process.argv.slice(2);
const real = fsp.rename;
let renames = 0;
fsp.rename = async function (from, to) {
  await real.call(this, from, to);
  if (String(to).includes('/canvases/') && ++renames >= Number(k)) {
    process.kill(process.pid, 'SIGKILL');
    await new Promise(() => {});
  }
};
// dxplan imports { rename } from 'node:fs/promises': make that binding see the patch.
syncBuiltinESMExports();
const { main } = await import('../../../dist/cli/main.js');
process.exitCode = await main(args);
