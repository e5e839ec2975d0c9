// Test configuration: every test under tests/, generous timeouts for the process-spawning e2e tests.
// Two projects: `fast` (in-process tests: no browser, no spawned dxplan, git or tmux) for the
// edit-test loop, `npm run test:fast`; and `slow`, the rest. `npm test` (and so CI) runs both.
// A test file is slow when its name says `.browser.test.ts` or its source spawns a process; the
// rule reads the files, so a new test lands in the right project without being listed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/** What a test file does that makes it slow: a browser, or a child process of any kind. */
const SLOW_SOURCE = /\bchild_process\b|helpers\/run-cli|\brunCli\b|\bspawn(Sync)?\(|\bexecFile(Sync)?\(|plan-repo|\btmux\b|puppeteer/;

const testFiles = readdirSync('tests', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join('tests', f).split('\\').join('/'))
  .sort();
const slow = testFiles.filter((f) => f.endsWith('.browser.test.ts') || SLOW_SOURCE.test(readFileSync(f, 'utf8')));
const fast = testFiles.filter((f) => !slow.includes(f));

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Spawned CLIs and browsers compete for the 2 cores of CI machines.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'fast', include: fast, isolate: false } },
      { extends: true, test: { name: 'slow', include: slow } },
    ],
  },
});
