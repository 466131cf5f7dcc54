/**
 * Finds Chromium or Google Chrome for the browser tests on any developer's machine: the
 * `DUDAO_CHROMIUM` environment variable, then `PATH`, then the usual install places on Linux,
 * macOS and Windows, then the browser `npx playwright-core install chromium` downloads. The
 * environment, the platform and the file test are parameters, so the search order is tested
 * without a browser.
 * @module
 */
import { statSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { chromium } from 'playwright-core';

/** The environment variable that names the browser executable; it wins over every other place. */
export const BROWSER_VARIABLE = 'DUDAO_CHROMIUM';

/** The command names looked up on `PATH`, in this order. */
export const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** How to get a browser, for the message shown when none is found. */
export const INSTALL_HINT = [
  'Install Chromium or Google Chrome, or let Playwright download one:',
  '  any system:     npx playwright-core install chromium',
  '  Debian/Ubuntu:  sudo apt-get install chromium (Ubuntu: chromium-browser)',
  '  Fedora:         sudo dnf install chromium',
  '  macOS:          brew install --cask chromium (or google-chrome)',
  '  Windows:        winget install Google.Chrome',
  `or point ${BROWSER_VARIABLE} at a Chromium or Chrome executable.`,
].join('\n');

/** Where a candidate comes from, in search order. */
export type BrowserSource = 'variable' | 'path' | 'install-place' | 'playwright';

/** One place the search looks at. */
export interface BrowserCandidate {
  readonly path: string;
  readonly source: BrowserSource;
}

/** What the search found. */
export type BrowserSearch =
  | { readonly found: true; readonly path: string; readonly source: BrowserSource }
  | {
      readonly found: false;
      /** `true` when `DUDAO_CHROMIUM` names a file that does not exist: a mistake, not a missing browser. */
      readonly misconfigured: boolean;
      /** Why nothing was found and how to install a browser. */
      readonly message: string;
    };

/** The parts of the machine the search reads; each defaults to the real one. */
export interface BrowserSearchOptions {
  /** Environment variables. Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Default `process.platform`. */
  readonly platform?: NodeJS.Platform;
  /** Whether a path is an existing file. Default: `fs.statSync(path).isFile()`. */
  readonly isFile?: (path: string) => boolean;
  /** The executable `npx playwright-core install chromium` puts in place, if known. */
  readonly playwrightExecutable?: () => string | undefined;
}

function fileExists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// Windows spells variables in any case (`Path`, `LOCALAPPDATA`); elsewhere they are exact.
function variable(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  platform: NodeJS.Platform,
): string | undefined {
  if (platform !== 'win32') return env[name];
  const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
  return key === undefined ? undefined : env[key];
}

function installPlaces(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
): string[] {
  if (platform === 'win32') {
    const get = (name: string, fallback?: string) => variable(env, name, platform) ?? fallback;
    const roots = [
      get('LOCALAPPDATA'),
      get('PROGRAMFILES', 'C:\\Program Files'),
      get('PROGRAMFILES(X86)', 'C:\\Program Files (x86)'),
    ].filter((root): root is string => root !== undefined && root !== '');
    return roots.flatMap((root) => [
      win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
      win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ]);
  }
  if (platform === 'darwin') {
    const apps = ['Chromium', 'Google Chrome', 'Google Chrome for Testing'];
    const home = env.HOME;
    const folders = ['/Applications', ...(home ? [posix.join(home, 'Applications')] : [])];
    return folders.flatMap((folder) =>
      apps.map((app) => posix.join(folder, `${app}.app`, 'Contents', 'MacOS', app)),
    );
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/lib/chromium/chromium',
    '/usr/lib64/chromium-browser/chromium-browser',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

function defaultPlaywrightExecutable(): string | undefined {
  try {
    // Where this playwright-core's own Chromium build goes, whether or not it is downloaded.
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * Every place the search looks, in order (except `DUDAO_CHROMIUM`, which is not a candidate but
 * an instruction): each `PATH_NAMES` entry in each `PATH` directory (a name before the next
 * name, directories in `PATH` order; with `.exe` on Windows), then the platform's install
 * places, then Playwright's download.
 */
export function browserCandidates(options: BrowserSearchOptions = {}): BrowserCandidate[] {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const path = platform === 'win32' ? win32 : posix;
  const dirs = (variable(env, 'PATH', platform) ?? '').split(path.delimiter).filter((dir) => dir !== '');
  const suffix = platform === 'win32' ? '.exe' : '';
  const onPath = PATH_NAMES.flatMap((name) =>
    dirs.map((dir): BrowserCandidate => ({ path: path.join(dir, `${name}${suffix}`), source: 'path' })),
  );
  const installed = installPlaces(env, platform).map(
    (place): BrowserCandidate => ({ path: place, source: 'install-place' }),
  );
  const downloaded = (options.playwrightExecutable ?? defaultPlaywrightExecutable)();
  const playwright: BrowserCandidate[] =
    downloaded === undefined ? [] : [{ path: downloaded, source: 'playwright' }];
  return [...onPath, ...installed, ...playwright];
}

/**
 * Finds a Chromium or Chrome executable. `DUDAO_CHROMIUM`, when set, is the answer or the
 * reason for failing (it is never passed over for another browser); otherwise the first
 * existing file among {@link browserCandidates}.
 */
export function findChromium(options: BrowserSearchOptions = {}): BrowserSearch {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const isFile = options.isFile ?? fileExists;
  const named = variable(env, BROWSER_VARIABLE, platform);
  if (named !== undefined && named !== '') {
    if (isFile(named)) return { found: true, path: named, source: 'variable' };
    return {
      found: false,
      misconfigured: true,
      message: `${BROWSER_VARIABLE} is set to ${named}, which is not a file.\n${INSTALL_HINT}`,
    };
  }
  for (const candidate of browserCandidates(options)) {
    if (isFile(candidate.path)) return { found: true, ...candidate };
  }
  return {
    found: false,
    misconfigured: false,
    message: `No Chromium or Chrome found (looked at ${BROWSER_VARIABLE}, PATH for ${PATH_NAMES.join(', ')}, the usual install places and Playwright's download).\n${INSTALL_HINT}`,
  };
}

/** Whether the tests run in continuous integration, where a missing browser is a failure. */
export function isContinuousIntegration(
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}
