import { describe, expect, it } from 'vitest';
import {
  BROWSER_VARIABLE,
  browserCandidates,
  findChromium,
  INSTALL_HINT,
  isContinuousIntegration,
} from './find-chromium.js';

// A machine where exactly these files exist; no Playwright download unless a test says so.
function machine(files: string[], platform: NodeJS.Platform = 'linux') {
  const existing = new Set(files);
  return {
    platform,
    isFile: (path: string) => existing.has(path),
    playwrightExecutable: () => undefined,
  };
}

describe('findChromium: where the browser test looks for Chromium or Chrome', () => {
  it('takes DUDAO_CHROMIUM first, over a browser on PATH', () => {
    const found = findChromium({
      ...machine(['/opt/my/chrome', '/usr/bin/chromium']),
      env: { [BROWSER_VARIABLE]: '/opt/my/chrome', PATH: '/usr/bin' },
    });
    expect(found).toEqual({ found: true, path: '/opt/my/chrome', source: 'variable' });
  });

  it('does not pass over a DUDAO_CHROMIUM that names no file: it says so', () => {
    const found = findChromium({
      ...machine(['/usr/bin/chromium']),
      env: { [BROWSER_VARIABLE]: '/nowhere/chrome', PATH: '/usr/bin' },
    });
    expect(found.found).toBe(false);
    if (found.found) return;
    expect(found.misconfigured).toBe(true);
    expect(found.message).toContain('DUDAO_CHROMIUM is set to /nowhere/chrome, which is not a file.');
  });

  it('looks up chromium, chromium-browser, google-chrome, google-chrome-stable, chrome on PATH, in that order', () => {
    const candidates = browserCandidates({ ...machine([]), env: { PATH: '/a:/b' } }).filter(
      (c) => c.source === 'path',
    );
    expect(candidates.map((c) => c.path)).toEqual([
      '/a/chromium',
      '/b/chromium',
      '/a/chromium-browser',
      '/b/chromium-browser',
      '/a/google-chrome',
      '/b/google-chrome',
      '/a/google-chrome-stable',
      '/b/google-chrome-stable',
      '/a/chrome',
      '/b/chrome',
    ]);
  });

  it('prefers chromium later on PATH to google-chrome earlier on PATH', () => {
    const found = findChromium({
      ...machine(['/a/google-chrome', '/b/chromium']),
      env: { PATH: '/a:/b' },
    });
    expect(found).toEqual({ found: true, path: '/b/chromium', source: 'path' });
  });

  it('finds a browser in a Linux install place when PATH has none (e.g. /opt/google/chrome/chrome)', () => {
    const found = findChromium({
      ...machine(['/opt/google/chrome/chrome']),
      env: { PATH: '/usr/local/bin' },
    });
    expect(found).toEqual({ found: true, path: '/opt/google/chrome/chrome', source: 'install-place' });
  });

  it('finds Chrome in /Applications on macOS, and looks in ~/Applications after /Applications', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const chromium = '/Users/li/Applications/Chromium.app/Contents/MacOS/Chromium';
    const env = { PATH: '/usr/bin', HOME: '/Users/li' };
    expect(findChromium({ ...machine([chrome], 'darwin'), env })).toEqual({
      found: true,
      path: chrome,
      source: 'install-place',
    });
    const places = browserCandidates({ ...machine([], 'darwin'), env }).map((c) => c.path);
    expect(places.indexOf(chrome)).toBeGreaterThan(-1);
    expect(places.indexOf(chromium)).toBeGreaterThan(places.indexOf(chrome));
  });

  it('on Windows: PATH by any spelling with ;, .exe names, then Program Files and LOCALAPPDATA', () => {
    const env = {
      Path: 'C:\\Tools;C:\\Bin',
      LOCALAPPDATA: 'C:\\Users\\li\\AppData\\Local',
      ProgramFiles: 'C:\\Program Files',
    };
    const candidates = browserCandidates({ ...machine([], 'win32'), env });
    expect(candidates[0]).toEqual({ path: 'C:\\Tools\\chromium.exe', source: 'path' });
    expect(candidates[1]).toEqual({ path: 'C:\\Bin\\chromium.exe', source: 'path' });
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(findChromium({ ...machine([chrome], 'win32'), env })).toEqual({
      found: true,
      path: chrome,
      source: 'install-place',
    });
    const userChrome = 'C:\\Users\\li\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(findChromium({ ...machine([userChrome, chrome], 'win32'), env })).toMatchObject({
      path: userChrome,
    });
  });

  it("falls back to Playwright's download last", () => {
    const download = '/home/li/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
    const found = findChromium({
      ...machine([download]),
      env: { PATH: '/usr/bin' },
      playwrightExecutable: () => download,
    });
    expect(found).toEqual({ found: true, path: download, source: 'playwright' });
    const candidates = browserCandidates({ ...machine([]), env: {}, playwrightExecutable: () => download });
    expect(candidates.at(-1)).toEqual({ path: download, source: 'playwright' });
  });

  it('says plainly how to install a browser when none is found', () => {
    const found = findChromium({ ...machine([]), env: { PATH: '/usr/bin' } });
    expect(found.found).toBe(false);
    if (found.found) return;
    expect(found.misconfigured).toBe(false);
    expect(found.message).toContain('No Chromium or Chrome found');
    expect(found.message).toContain('npx playwright-core install chromium');
    expect(found.message).toContain(INSTALL_HINT);
  });
});

describe('isContinuousIntegration: a missing browser fails the tests in CI', () => {
  it('is true when CI is set to anything but empty, 0 or false', () => {
    expect(isContinuousIntegration({ CI: 'true' })).toBe(true);
    expect(isContinuousIntegration({ CI: '1' })).toBe(true);
    expect(isContinuousIntegration({})).toBe(false);
    expect(isContinuousIntegration({ CI: '' })).toBe(false);
    expect(isContinuousIntegration({ CI: '0' })).toBe(false);
    expect(isContinuousIntegration({ CI: 'False' })).toBe(false);
  });
});
