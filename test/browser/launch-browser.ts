/**
 * One way to start the browser for every browser test: headless Chromium or Chrome (wherever
 * {@link findChromium} finds one) in a fresh profile, with the same switches, closed and its folder
 * removed after the file's tests. With no browser, the tests skip with the install hint on a
 * developer's machine and fail in continuous integration or when `DUDAO_CHROMIUM` is wrong.
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { findChromium, isContinuousIntegration } from './find-chromium.js';

/**
 * The switches of every launch: headless, no sandbox (containers), no GPU, and nothing that
 * reaches the network on its own (QUIC, background networking, component updates, sync), so
 * that a test's "no request" is the page's own doing.
 */
export const BROWSER_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches the browser at `executablePath` with {@link BROWSER_ARGS} in the profile folder
 * `profile` (playwright-core rejects --user-data-dir in launch(); a persistent context takes the
 * fresh folder instead, so no state is shared with any other browser run).
 */
export function launchBrowser(
  executablePath: string,
  profile: string,
  options: { readonly viewport?: { readonly width: number; readonly height: number } } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...BROWSER_ARGS],
    ...(options.viewport === undefined ? {} : { viewport: { ...options.viewport } }),
  });
}

/** The browser of a test file, once its `beforeAll` has run. */
export interface BrowserFixture {
  /** Whether a browser was found; when not, each test calls `skip(!found, skipNote)`. */
  readonly found: boolean;
  /** Why the tests are skipped and how to install a browser ('' when one was found). */
  readonly skipNote: string;
  /** The running browser; throws when it did not start. */
  context(): BrowserContext;
  /** A fresh folder for the files the tests open (the profile lives in it too). */
  dir(): string;
}

/**
 * Finds the browser, launches it before the file's tests ({@link launchBrowser}) and closes it
 * after them. `what` names the tests in the skip warning and the failure message.
 */
export function useBrowser(
  what: string,
  options: {
    readonly prefix: string;
    readonly viewport?: { readonly width: number; readonly height: number };
  },
): BrowserFixture {
  const browser = findChromium();
  // A missing browser skips the tests on a developer's machine, and fails them where they must run.
  const mustRun = !browser.found && (browser.misconfigured || isContinuousIntegration());
  const skipNote = browser.found ? '' : browser.message;
  if (!browser.found && !mustRun) console.warn(`Skipping ${what}. ${skipNote}`);
  let workDir = '';
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    if (!browser.found) {
      if (mustRun) throw new Error(`${what}: a real browser is needed, and none is found. ${skipNote}`);
      return;
    }
    workDir = mkdtempSync(join(tmpdir(), options.prefix));
    context = await launchBrowser(browser.path, join(workDir, 'profile'), options);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
  });

  return {
    found: browser.found,
    skipNote,
    context: () => {
      if (context === undefined) throw new Error('the browser did not start');
      return context;
    },
    dir: () => workDir,
  };
}
