/**
 * A DudaoError thrown by one build of dudao is recognised by another loaded in the same process:
 * the ESM and the CommonJS build (an app that imports dudao and a dependency that requires it),
 * and two installed copies. One Node process loads the builds and throws from each.
 *
 * By default the builds are made here with esbuild from the current source, as tsup makes them
 * (ESM and CommonJS, dependencies external), into a private folder under `node_modules/.cache`,
 * so the test needs no prior `npm run build`. Set `DUDAO_BUILD=dist` to test the built package's
 * `dist/index.js` and `dist/index.cjs` instead (after `npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BuildOptions, buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

interface Builds {
  readonly esm: string;
  readonly cjs: string;
  /** A second copy of the ESM build, at another path: another module, another class. */
  readonly copy: string;
  readonly cleanup: () => void;
}

function makeBuilds(): Builds {
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'dudao-builds-test-'));
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  if (process.env.DUDAO_BUILD === 'dist') {
    // A second install is a copy of the package's files at another path.
    cpSync(join(ROOT, 'dist'), join(dir, 'copy'), { recursive: true });
    return {
      esm: join(ROOT, 'dist', 'index.js'),
      cjs: join(ROOT, 'dist', 'index.cjs'),
      copy: join(dir, 'copy', 'index.js'),
      cleanup,
    };
  }
  const common: BuildOptions = {
    entryPoints: [join(ROOT, 'src', 'index.ts')],
    bundle: true,
    packages: 'external',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'error',
  };
  buildSync({ ...common, format: 'esm', outfile: join(dir, 'index.js') });
  buildSync({ ...common, format: 'esm', outfile: join(dir, 'copy', 'index.js') });
  buildSync({ ...common, format: 'cjs', platform: 'node', outfile: join(dir, 'index.cjs') });
  return {
    esm: join(dir, 'index.js'),
    cjs: join(dir, 'index.cjs'),
    copy: join(dir, 'copy', 'index.js'),
    cleanup,
  };
}

// Runs in a fresh Node process: loads the three builds, throws a DudaoError from each, and
// reports how each of the others sees it.
const PROBE = `
import { createRequire } from 'node:module';
const [esmUrl, cjsPath, copyUrl] = JSON.parse(process.argv[1]);
const builds = {
  esm: await import(esmUrl),
  cjs: createRequire(import.meta.url)(cjsPath),
  copy: await import(copyUrl),
};
const thrown = (build) => {
  try {
    build.toDecimal('abc');
  } catch (error) {
    return error;
  }
  throw new Error('toDecimal did not throw');
};
const report = { distinctClasses: new Set(Object.values(builds).map((b) => b.DudaoError)).size, seen: [] };
for (const [from, source] of Object.entries(builds)) {
  const error = thrown(source);
  for (const [by, build] of Object.entries(builds)) {
    const safe = build.safely(() => { throw error; });
    report.seen.push({
      from,
      by,
      sameClass: Object.getPrototypeOf(error) === build.DudaoError.prototype,
      isDudaoError: build.isDudaoError(error),
      instanceOf: error instanceof build.DudaoError,
      safelyCaught: safe.success === false && safe.error === error,
      code: error.code,
    });
  }
  const plain = new Error('not dudao');
  report.plainRefused = Object.values(builds).every((b) => !b.isDudaoError(plain) && !(plain instanceof b.DudaoError));
}
console.log(JSON.stringify(report));
`;

describe('a DudaoError across builds and copies of dudao in one process', () => {
  const builds = makeBuilds();
  afterAll(() => builds.cleanup());

  it('is recognised by isDudaoError, instanceof and safely of every other build', () => {
    const urls = [pathToFileURL(builds.esm).href, builds.cjs, pathToFileURL(builds.copy).href];
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE, JSON.stringify(urls)], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      distinctClasses: number;
      plainRefused: boolean;
      seen: { from: string; by: string; sameClass: boolean; [check: string]: unknown }[];
    };
    // Three builds, three DudaoError classes: the checks below do not pass by sharing one.
    expect(report.distinctClasses).toBe(3);
    expect(report.plainRefused).toBe(true);
    expect(report.seen).toHaveLength(9);
    for (const { from, by, sameClass, ...checks } of report.seen) {
      expect(sameClass, `${from} → ${by}`).toBe(from === by);
      expect(checks, `${from} → ${by}`).toEqual({
        isDudaoError: true,
        instanceOf: true,
        safelyCaught: true,
        code: 'not-a-number',
      });
    }
  });
});
