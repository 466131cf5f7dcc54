/**
 * Runs the `dudao` command line as a user does: a separate `node` process, its stdout, stderr and
 * exit code. The CLI is bundled from `src/cli/main.ts` with esbuild (a fraction of a second; the
 * target of tsup's CLI entry) into a private folder under `node_modules/.cache`, so the tests
 * always run the current source, need no prior `npm run build` (`npm test` builds after the
 * tests), and never race with a build writing `dist/`. Dependencies are bundled in as well: one
 * file starts about 40 % faster than resolving zod's and date-fns's many modules, and the tests
 * spawn dozens of processes. Set `DUDAO_CLI=dist/cli.js` to test the built package instead.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** What one run printed and returned. */
export interface CliRun {
  /** Standard output. */
  readonly stdout: string;
  /** Standard error. */
  readonly stderr: string;
  /** The exit code; null when a signal ended the process. */
  readonly status: number | null;
  /** The signal that ended the process (SIGKILL when it ran past its time limit), or null. */
  readonly signal: NodeJS.Signals | null;
}

/** Bundles the CLI into a fresh folder and returns the script's path and a cleanup function. */
export function buildCli(): { readonly script: string; readonly cleanup: () => void } {
  const fromEnv = process.env.DUDAO_CLI;
  if (fromEnv !== undefined && fromEnv !== '') {
    return { script: resolve(ROOT, fromEnv), cleanup: () => {} };
  }
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'dudao-cli-test-'));
  const script = join(dir, 'cli.mjs');
  buildSync({
    entryPoints: [join(ROOT, 'src/cli/main.ts')],
    outfile: script,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
  });
  return { script, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs `node <script> …args` in the repository root (or in `cwd`). Asynchronous, so that tests in a
 * `describe.concurrent` block start their processes side by side (each takes about half a
 * second, most of it loading the library). With `timeoutMs`, a process still running after that
 * long is killed (SIGKILL): the run ends with `status` null and `signal` 'SIGKILL'.
 */
export function runCli(
  script: string,
  args: readonly string[],
  options: { readonly timeoutMs?: number; readonly cwd?: string } = {},
): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs, killSignal: 'SIGKILL' }),
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status, signal) =>
      resolvePromise({
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        status,
        signal,
      }),
    );
  });
}

/** Writes a scratch file and returns its path, e.g. a broken dataset. */
export function scratchFile(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The bundled CLI and a scratch folder of one test file, ready in its tests. */
export interface CliFixture {
  /** The bundled CLI script. */
  readonly script: string;
  /** A scratch folder, removed after the file's tests. */
  readonly dir: string;
}

/**
 * Bundles the CLI and makes a scratch folder before a test file's tests, and removes both after
 * them. The fields are filled in `beforeAll`: read them inside tests, not at the top level.
 */
export function useCli(scratchPrefix: string): CliFixture {
  const fixture = { script: '', dir: '' };
  let cleanup = (): void => {};
  beforeAll(() => {
    const cli = buildCli();
    fixture.script = cli.script;
    cleanup = cli.cleanup;
    fixture.dir = mkdtempSync(join(tmpdir(), scratchPrefix));
  });
  afterAll(() => {
    cleanup();
    rmSync(fixture.dir, { recursive: true, force: true });
  });
  return fixture;
}
