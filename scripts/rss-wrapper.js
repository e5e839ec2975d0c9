// Runs bin/dxplan.js in this process and writes the process's peak resident set size (in KB) to
// $DXPLAN_BENCH_RSS_FILE at exit. Used by scripts/bench.js when GNU time (/usr/bin/time) is not
// installed: `node --expose-gc scripts/rss-wrapper.js <dxplan arguments>`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = process.env.DXPLAN_BENCH_RSS_FILE;
process.on('exit', () => {
  // maxRSS is already in kilobytes, the unit GNU time's %M uses.
  if (file) writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
});
// bin/dxplan.js reads process.argv.slice(2): make it see only the dxplan arguments.
process.argv = [process.argv[0], fileURLToPath(new URL('../bin/dxplan.js', import.meta.url)), ...process.argv.slice(2)];
await import('../bin/dxplan.js');
