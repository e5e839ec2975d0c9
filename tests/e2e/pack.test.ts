// The published package works when installed elsewhere: templates, canvases and the binary included.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTemp } from '../helpers/temp-workspace.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const temps: string[] = [];
afterAll(() => Promise.all(temps.map(removeTemp)));

describe('npm pack', () => {
  it('installs into another folder without downloading a browser, and runs init and validate', { timeout: 300_000 }, async () => {
    const dest = await mkdtemp(join(tmpdir(), 'dxplan-pack-'));
    const consumer = await mkdtemp(join(tmpdir(), 'dxplan-consumer-'));
    temps.push(dest, consumer);
    // --ignore-scripts: the test run already built dist/ (pretest), so packing needs no rebuild.
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dest], { cwd: root, stdio: 'pipe' });
    const [tarball] = (await readdir(dest)).filter((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const listing = execFileSync('tar', ['-tzf', join(dest, tarball!)], { encoding: 'utf8' });
    for (const path of ['package/bin/dxplan.js', 'package/dist/cli/main.js', 'package/canvases/diamond.model.yaml', 'package/canvases/glossary.yaml', 'package/templates/workspace/zh-CN/dxplan.yaml']) {
      expect(listing).toContain(path);
    }
    expect(listing).not.toContain('package/tests/');
    expect(listing).not.toContain('package/src/');

    await writeFile(join(consumer, 'package.json'), '{ "name": "consumer", "version": "1.0.0", "private": true }\n');
    // No PUPPETEER_SKIP_DOWNLOAD here on purpose: installing dxplan must never try to download a browser.
    const env = { ...process.env };
    delete env.PUPPETEER_SKIP_DOWNLOAD;
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dest, tarball!)], { cwd: consumer, env, encoding: 'utf8' });
    expect(install.stderr).not.toMatch(/Failed to set up chrome|Downloading Chrome/i);
    expect(install.status).toBe(0);

    const dxplan = join(consumer, 'node_modules/.bin/dxplan');
    const run = (...args: string[]) => spawnSync(dxplan, args, { cwd: consumer, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    expect(run('init', 'plan', '--lang', 'zh-TW').status).toBe(0);
    const validate = run('validate', 'plan');
    expect(validate.stdout).toContain('工作區有效');
    expect(validate.status).toBe(0);
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
