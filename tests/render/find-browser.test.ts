// Browser discovery on every platform, with a fake file system.
import { describe, expect, it } from 'vitest';
import { findBrowser, systemCandidates, type BrowserSearch } from '../../src/render/find-browser.js';
import { browserNotFoundMessage } from '../../src/render/launch-browser.js';
import { translator } from '../../src/i18n/index.js';

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

  it('with no browser at all, says how to install one and where it looked, PATH named once', () => {
    const result = findBrowser(search([], { env: { PATH: '/usr/local/bin:/usr/bin:/bin' } }));
    if (result.found || result.source !== 'system') throw new Error(`unexpected ${JSON.stringify(result)}`);
    expect(browserNotFoundMessage(translator('en'), result)).toBe(
      'no Chromium or Chrome found to render pictures. dxplan never downloads a browser: install one (Debian or Ubuntu: "sudo apt-get install chromium"; Fedora: "sudo dnf install chromium"; macOS and Windows: install Google Chrome), or name it with --browser PATH or the DXPLAN_BROWSER variable.\n' +
        'looked in: PATH (chromium, chromium-browser, google-chrome-stable, google-chrome, chrome, microsoft-edge-stable, microsoft-edge), /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome-stable, /usr/bin/google-chrome, /opt/google/chrome/chrome, /usr/lib/chromium/chromium, /usr/local/bin/chromium, /opt/microsoft/msedge/msedge, /snap/bin/chromium',
    );
    expect(browserNotFoundMessage(translator('zh-TW'), result)).toMatch(/^找不到用於繪製圖片的 Chromium 或 Chrome。.*「sudo apt-get install chromium」/);
  });

  it('names the setting that points nowhere', () => {
    const result = findBrowser(search([], { env: { PUPPETEER_EXECUTABLE_PATH: '/opt/old/chrome' } }));
    if (result.found || result.source === 'system') throw new Error(`unexpected ${JSON.stringify(result)}`);
    expect(browserNotFoundMessage(translator('zh-CN'), result)).toBe('/opt/old/chrome 处没有浏览器（由 PUPPETEER_EXECUTABLE_PATH 指定）：请给出 Chromium 或 Chrome 可执行文件的路径');
  });
});
