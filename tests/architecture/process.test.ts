// Only the CLI reads `process`: the use cases get the terminal, environment, folder and clock as an
// Io (src/app/context.ts), so they run the same in tests. What render/ and store/ keep is process
// control, not input: signal handlers and kill for the browser, the pid in a temporary file name.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Reads of the process's input, output, environment, folder or exit code in a source. */
export function processReads(source: string): string[] {
  return [...source.matchAll(/\bprocess\.(env|argv|cwd|stdin|stdout|stderr|exit|exitCode)\b/g)].map((m) => m[0]);
}

describe('process', () => {
  it('is read only under src/cli/', async () => {
    const found: string[] = [];
    for (const e of await readdir(SRC, { withFileTypes: true, recursive: true })) {
      if (!e.isFile() || !e.name.endsWith('.ts')) continue;
      const file = relative(SRC, join(e.parentPath, e.name)).split('\\').join('/');
      if (file.startsWith('cli/')) continue;
      for (const read of processReads(await readFile(join(SRC, file), 'utf8'))) found.push(`${file}: ${read}`);
    }
    expect(found).toEqual([]);
  });

  it('reads are recognised, control is not', () => {
    expect(processReads('const dir = process.cwd(); if (process.stdin.isTTY) process.exitCode = 1; const e = process.env.X;')).toEqual(['process.cwd', 'process.stdin', 'process.exitCode', 'process.env']);
    expect(processReads("process.on('SIGINT', f); process.kill(pid); const p = process.platform;")).toEqual([]);
  });
});
