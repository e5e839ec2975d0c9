// The examples' generated documents are committed: `dxplan build --check` on each must pass,
// so an example whose documents drift from its workspace fails CI.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const examples = readdirSync('examples', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('committed example documents are up to date', () => {
  test('there are examples to check', () => {
    expect(examples).toEqual(expect.arrayContaining(['home-furnishing', 'patient-service']));
  });

  test.each(examples)('dxplan build examples/%s --check exits 0', (name) => {
    const run = spawnSync(process.execPath, ['bin/dxplan.js', 'build', `examples/${name}`, '--check'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/✔/);
    expect(run.status).toBe(0);
  });
});
