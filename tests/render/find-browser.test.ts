// Browser discovery on every platform, with a fake file system.
import { describe, expect, it } from 'vitest';
import { findBrowser, systemCandidates, type BrowserSearch } from '../../src/render/find-browser.js';

/** A search where exactly `present` paths are executables. */
const search = (present: string[], over: Partial<BrowserSearch> = {}): BrowserSearch => ({
  env: {},
  platform: 'linux',
  cwd: '/work',
  isExecutable: (path) => present.includes(path),
  ...over,
});

describe('findBrowser', () => {
  it('takes --browser first, then DXPLAN_BROWSER, then PUPPETEER_EXECUTABLE_PATH, then the system', () => {
    const env = { DXPLAN_BROWSER: '/opt/b', PUPPETEER_EXECUTABLE_PATH: '/opt/c' };
    const all = ['/opt/a', '/opt/b', '/opt/c', '/usr/bin/chromium'];
    expect(findBrowser(search(all, { flag: '/opt/a', env }))).toEqual({ found: true, path: '/opt/a', source: '--browser' });
    expect(findBrowser(search(all, { env }))).toEqual({ found: true, path: '/opt/b', source: 'DXPLAN_BROWSER' });
    expect(findBrowser(search(all, { env: { PUPPETEER_EXECUTABLE_PATH: '/opt/c' } }))).toEqual({ found: true, path: '/opt/c', source: 'PUPPETEER_EXECUTABLE_PATH' });
    expect(findBrowser(search(all))).toEqual({ found: true, path: '/usr/bin/chromium', source: 'system' });
  });

  it('reports an explicit path that is not there instead of quietly using another browser', () => {
    expect(findBrowser(search(['/usr/bin/chromium'], { flag: 'bin/chrome' }))).toEqual({ found: false, source: '--browser', path: '/work/bin/chrome' });
    expect(findBrowser(search(['/usr/bin/chromium'], { env: { DXPLAN_BROWSER: '/nope' } }))).toEqual({ found: false, source: 'DXPLAN_BROWSER', path: '/nope' });
  });

  it('ignores empty variables', () => {
    expect(findBrowser(search(['/usr/bin/chromium'], { env: { DXPLAN_BROWSER: '', PUPPETEER_EXECUTABLE_PATH: ' ' } }))).toMatchObject({ found: true, source: 'system' });
  });

  it('looks a bare command name up on PATH', () => {
    const env = { PATH: '/usr/local/bin:/opt/chrome/bin' };
    expect(findBrowser(search(['/opt/chrome/bin/google-chrome'], { flag: 'google-chrome', env }))).toEqual({ found: true, path: '/opt/chrome/bin/google-chrome', source: '--browser' });
  });

  it('finds a Chromium on PATH before the fixed Linux paths', () => {
    const env = { PATH: '/home/me/bin:/usr/bin' };
    expect(findBrowser(search(['/home/me/bin/chromium', '/usr/bin/chromium'], { env }))).toMatchObject({ path: '/home/me/bin/chromium' });
    expect(findBrowser(search(['/usr/bin/google-chrome-stable'], { env: {} }))).toMatchObject({ path: '/usr/bin/google-chrome-stable' });
  });

  it('knows where macOS and Windows keep Chrome, Chromium and Edge', () => {
    const mac = findBrowser(search(['/Users/me/Applications/Chromium.app/Contents/MacOS/Chromium'], { platform: 'darwin', env: { HOME: '/Users/me' } }));
    expect(mac).toEqual({ found: true, path: '/Users/me/Applications/Chromium.app/Contents/MacOS/Chromium', source: 'system' });
    const winEnv = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' };
    expect(systemCandidates('win32', winEnv)).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(systemCandidates('win32', winEnv)).toContain('C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    const edge = findBrowser(search(['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'], { platform: 'win32', env: winEnv }));
    expect(edge).toMatchObject({ found: true, path: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe' });
  });

  it('lists every place it looked when there is no browser at all', () => {
    const result = findBrowser(search([], { env: { PATH: '/usr/bin' } }));
    expect(result.found).toBe(false);
    expect(result).toMatchObject({ source: 'system' });
    if (!result.found && result.source === 'system') {
      expect(result.tried).toContain('/usr/bin/chromium');
      expect(result.tried).toContain('/snap/bin/chromium');
      expect(new Set(result.tried).size).toBe(result.tried.length);
    }
  });
});
