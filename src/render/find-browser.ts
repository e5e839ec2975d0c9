// Finds a Chromium or Chrome already on the machine; dxplan never downloads a browser.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve, win32 } from 'node:path';

/** Where the browser path came from, in the order they are consulted. */
export type BrowserSource = '--browser' | 'DXPLAN_BROWSER' | 'PUPPETEER_EXECUTABLE_PATH' | 'system';

/** What the search sees of the machine; injectable so every platform can be tested anywhere. */
export interface BrowserSearch {
  /** The `--browser` option, if given. */
  flag?: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  cwd: string;
  /** Whether `path` is an executable file; defaults to a real file-system check. */
  isExecutable?: (path: string) => boolean;
}

/** The outcome of a search: a browser, an explicit path that is not one, or nothing at all. */
export type BrowserLookup =
  | { found: true; path: string; source: BrowserSource }
  | { found: false; source: Exclude<BrowserSource, 'system'>; path: string }
  | { found: false; source: 'system'; tried: string[] };

/** Command names looked up on PATH (Linux and the BSDs), for messages. */
export const PATH_COMMANDS: readonly string[] = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome', 'microsoft-edge-stable', 'microsoft-edge'];

/** Real check: a regular file we may execute (on Windows, any existing file). */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}


/** The fixed install locations of Chromium, Chrome and (Chromium-based) Edge on `platform`. */
export function fixedCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    const roots = ['/Applications', ...(env.HOME ? [join(env.HOME, 'Applications')] : [])];
    return roots.flatMap((root) => apps.map((app) => `${root}/${app}`));
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return apps.flatMap((app) => roots.map((root) => win32.join(root, app)));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/usr/lib/chromium/chromium',
    '/usr/local/bin/chromium',
    '/opt/microsoft/msedge/msedge',
    // The snap is last: its confinement can refuse a profile folder under /tmp.
    '/snap/bin/chromium',
  ];
}

/** Whether the platform's browsers are looked up on PATH too (Linux and the BSDs; not macOS or Windows). */
const searchesPath = (platform: NodeJS.Platform): boolean => platform !== 'darwin' && platform !== 'win32';

/** Every place to look on `platform`, in order: PATH first (distribution packages, custom installs), then fixed paths. */
export function systemCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  const fromPath = searchesPath(platform)
    ? (env.PATH ?? '')
        .split(delimiter)
        .filter((dir) => dir !== '')
        .flatMap((dir) => PATH_COMMANDS.map((name) => join(dir, name)))
    : [];
  return [...new Set([...fromPath, ...fixedCandidates(platform, env)])];
}

/** Resolves an explicit value: a path (relative to cwd), or a bare command name looked up on PATH. */
function resolveExplicit(value: string, search: BrowserSearch, isExecutable: (p: string) => boolean): string {
  const looksLikePath = value.includes('/') || value.includes('\\') || isAbsolute(value);
  if (looksLikePath) return resolve(search.cwd, value);
  const suffixes = search.platform === 'win32' ? ['', '.exe'] : [''];
  for (const dir of (search.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const suffix of suffixes) {
      const candidate = join(dir, value + suffix);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return resolve(search.cwd, value);
}

/**
 * Looks for a browser: `--browser`, then DXPLAN_BROWSER, then PUPPETEER_EXECUTABLE_PATH, then the
 * usual install paths. An explicit setting that points nowhere is reported, not silently skipped,
 * so a typo in CI does not quietly pick another browser.
 */
export function findBrowser(search: BrowserSearch): BrowserLookup {
  const isExecutable = search.isExecutable ?? isExecutableFile;
  const explicit: [Exclude<BrowserSource, 'system'>, string | undefined][] = [
    ['--browser', search.flag],
    ['DXPLAN_BROWSER', search.env.DXPLAN_BROWSER],
    ['PUPPETEER_EXECUTABLE_PATH', search.env.PUPPETEER_EXECUTABLE_PATH],
  ];
  for (const [source, value] of explicit) {
    if (value === undefined || value.trim() === '') continue;
    const path = resolveExplicit(value.trim(), search, isExecutable);
    return isExecutable(path) ? { found: true, path, source } : { found: false, source, path };
  }
  const path = systemCandidates(search.platform, search.env).find((candidate) => isExecutable(candidate));
  if (path) return { found: true, path, source: 'system' };
  // Every PATH folder times every name would drown the message: PATH is named once, then the fixed places.
  const tried = [...(searchesPath(search.platform) ? [`PATH (${PATH_COMMANDS.join(', ')})`] : []), ...fixedCandidates(search.platform, search.env)];
  return { found: false, source: 'system', tried };
}
