/**
 * `docx` is an optional peer dependency: an app that did not install it gets a `DudaoError`
 * (`missing-dependency`) saying what to install when it asks for a Word file, and the command line
 * a usage error (exit 2) with the same words. Tested as an app meets it, with Node's own module
 * resolution and nothing mocked: dudao is bundled from the current source with esbuild (ESM, CJS
 * and the CLI, `docx` left external as tsup leaves it) into a fresh folder outside the
 * repository, where no `node_modules` holds docx.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BuildOptions, buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import { loadOptionalPackage } from '../../src/report/optional-package.js';

const ROOT = resolve(import.meta.dirname, '../..');
const EN = 'DOCX output needs the docx package: npm install docx';
const ZH = '输出 DOCX 需要 docx 包：npm install docx';

let dir = '';
let docxVisible = true;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dudao-docx-absent-'));
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    external: ['docx'],
    logLevel: 'error',
  };
  buildSync({
    ...common,
    entryPoints: [join(ROOT, 'src/index.ts')],
    outfile: join(dir, 'index.mjs'),
    format: 'esm',
  });
  buildSync({
    ...common,
    entryPoints: [join(ROOT, 'src/index.ts')],
    outfile: join(dir, 'index.cjs'),
    format: 'cjs',
  });
  buildSync({
    ...common,
    entryPoints: [join(ROOT, 'src/cli/main.ts')],
    outfile: join(dir, 'cli.mjs'),
    format: 'esm',
  });
  try {
    createRequire(join(dir, 'index.cjs')).resolve('docx');
  } catch {
    docxVisible = false;
  }
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

// A Node process that loads one build, asks for the sample opinion as DOCX and prints what failed.
function renderWith(build: 'index.mjs' | 'index.cjs'): unknown {
  const load =
    build === 'index.mjs'
      ? `await import(${JSON.stringify(pathToFileURL(join(dir, build)).href)})`
      : `require(${JSON.stringify(join(dir, build))})`;
  const script = `(async () => {
    const dudao = ${load};
    const opinion = dudao.supervisionOpinion(dudao.sampleCity, {
      inspection: 'SL-2025-11-return', county: '990102', asOf: '2025-12-05',
      issuer: '示例市人民政府教育督导室', recipient: '西山县人民政府', deadline: '2026-03-31',
    });
    try {
      await dudao.renderSupervisionOpinionDocx(opinion);
      console.log(JSON.stringify({ wrote: true }));
    } catch (error) {
      console.log(JSON.stringify({ isDudaoError: dudao.isDudaoError(error), json: error.toJSON?.() ?? String(error) }));
    }
  })();`;
  const ran = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' });
  expect(ran.stderr).toBe('');
  return JSON.parse(ran.stdout);
}

describe('without the docx package (an optional peer dependency)', () => {
  it('is really absent where the builds are', (ctx) => {
    if (docxVisible) ctx.skip(`docx is resolvable from ${dir}; the absent case cannot be tested here`);
    expect(docxVisible).toBe(false);
  });

  it.for(['index.mjs', 'index.cjs'] as const)(
    'renderSupervisionOpinionDocx (%s build) rejects with missing-dependency, in English and Chinese',
    (build, ctx) => {
      if (docxVisible) ctx.skip();
      expect(renderWith(build)).toEqual({
        isDudaoError: true,
        json: {
          name: 'DudaoError',
          code: 'missing-dependency',
          path: [],
          message: EN,
          messageZh: ZH,
          issues: [{ code: 'missing-dependency', path: [], message: EN, messageZh: ZH }],
        },
      });
    },
  );

  it('dudao opinion --format docx is a usage error (exit 2) that says what to install, and writes nothing', (ctx) => {
    if (docxVisible) ctx.skip();
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [join(dir, 'cli.mjs'), ...args], { cwd: dir, encoding: 'utf8' });
    expect(cli('init', 'examples').status).toBe(0);
    const opinion = [
      'opinion',
      'examples/city-data.json',
      '--inspection',
      'SL-2025-11-return',
      '--county',
      '990102',
      '--as-of',
      '2025-12-05',
      '--issuer',
      '示例市人民政府教育督导室',
      '--recipient',
      '西山县人民政府',
      '--deadline',
      '2026-03-31',
      '--out',
      'opinion.docx',
    ];
    const ran = cli(...opinion);
    expect(ran.status).toBe(2);
    expect(ran.stderr.split('\n')[0]).toBe(`dudao: ${EN}`);
    expect(ran.stdout).toBe('');
    expect(existsSync(join(dir, 'opinion.docx'))).toBe(false);
    // The other formats of the command need no docx.
    const json = cli(...opinion.slice(0, -2), '--format', 'json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toHaveProperty('sections');
  });
});

describe('loadOptionalPackage', () => {
  const docx = { name: 'docx', needed: { en: 'DOCX output', zh: '输出 DOCX ' } } as const;
  // Node's own error for a package that is not there, from a folder with no node_modules above it.
  const absent = (name: string) => async () => createRequire('/dudao-no-such-folder/index.js')(name);

  it('turns the absence of the package into missing-dependency', async () => {
    await expect(loadOptionalPackage(docx, absent('docx'))).rejects.toMatchObject({
      code: 'missing-dependency',
      message: EN,
      messageZh: ZH,
    });
  });

  it('passes on the absence of another package (docx present, one of its own dependencies missing)', async () => {
    const failure = loadOptionalPackage(docx, absent('nanoid'));
    await expect(failure).rejects.toMatchObject({ code: 'MODULE_NOT_FOUND' });
    await expect(failure).rejects.not.toBeInstanceOf(DudaoError);
  });

  it('passes on any other failure as it is, and returns the module when it loads', async () => {
    const broken = new SyntaxError('Unexpected token');
    await expect(loadOptionalPackage(docx, () => Promise.reject(broken))).rejects.toBe(broken);
    await expect(loadOptionalPackage(docx, async () => ({ ok: 1 }))).resolves.toEqual({ ok: 1 });
  });
});
