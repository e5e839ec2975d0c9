// Runs bin/dxplan.js in this process and writes its CPU time and peak resident set size to
// $DXPLAN_BENCH_RSS_FILE at exit, as GNU time's "%U %S %M" would (seconds, seconds, KB). Used by scripts/bench.js when GNU time (/usr/bin/time) is not
// installed: `node --expose-gc scripts/rss-wrapper.js <dxplan arguments>`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = process.env.DXPLAN_BENCH_RSS_FILE;
process.on('exit', () => {
  const usage = process.resourceUsage();
  // CPU times are in microseconds; maxRSS is already in kilobytes, the unit of %M.
  if (file) writeFileSync(file, `${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6} ${usage.maxRSS}\n`);
});
// bin/dxplan.js reads process.argv.slice(2): make it see only the dxplan arguments.
process.argv = [process.argv[0], fileURLToPath(new URL('../bin/dxplan.js', import.meta.url)), ...process.argv.slice(2)];
await import('../bin/dxplan.js');
