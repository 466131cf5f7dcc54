// Consumer check: an application that installs the packed tarball must compile under every module
// resolution TypeScript offers, with `strict` and `skipLibCheck: false` (so the compiler reads our
// declarations and decimal.js's), and `Decimal` and the result figures must be typed, not `any`.
// `attw` does not catch a declaration that only fails under `skipLibCheck: false`; this does.
//
// One `npm pack`, one install into a temporary directory outside the repository (its own
// node_modules, so nothing resolves to this repository's), one project per resolution sharing
// it. The install is `npm ci --prefer-offline` from a lockfile written from this repository's
// own (the same versions `npm ci` put in the npm cache), so it needs no network once `npm ci`
// has run. Each project is compiled by this repository's TypeScript.
//
//   node scripts/check-consumers.mjs          after `npm run build`
//   node scripts/check-consumers.mjs --keep   keeps the projects and prints where they are
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { CheckFailure, fail, installPacked, root } from './packed-install.mjs';

const keep = process.argv.includes('--keep');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

// A browser app has the DOM library; a Node app has @types/node. zod's declarations need one of
// them (they name `URL`).
const BROWSER = { lib: ['es2022', 'dom'], types: [] };
const NODE = { lib: ['es2022'], types: ['node'] };

/**
 * The resolutions checked: each is a project with these compiler options and files, and the
 * declaration files of dudao its program must read (ESM files get `dist/index.d.ts`, CommonJS
 * files `dist/index.d.cts`).
 */
const RESOLUTIONS = [
  {
    name: 'bundler',
    compilerOptions: { module: 'esnext', moduleResolution: 'bundler', ...BROWSER },
    files: ['consumer.ts'],
    declarations: ['dist/index.d.ts'],
  },
  {
    name: 'node16',
    compilerOptions: { module: 'node16', moduleResolution: 'node16', ...NODE },
    files: ['consumer.mts', 'consumer.cts'],
    declarations: ['dist/index.d.ts', 'dist/index.d.cts'],
  },
  {
    name: 'nodenext',
    compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', ...NODE },
    files: ['consumer.mts', 'consumer.cts'],
    declarations: ['dist/index.d.ts', 'dist/index.d.cts'],
  },
  {
    // zod's CommonJS declarations default-import their locales, which needs `esModuleInterop`
    // under node10 (node16 and nodenext imply it); dudao's own need nothing of the kind.
    name: 'node10',
    compilerOptions: { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true, ...NODE },
    files: ['consumer.ts'],
    declarations: ['dist/index.d.cts'],
  },
];

// What an application writes. Every `@ts-expect-error` line must be an error: if `Decimal` or a
// figure were `any`, the line would compile and tsc would report the directive as unused.
const CONSUMER = `import {
  assessCompulsory,
  coefficientOfVariation,
  compulsoryQuality2017,
  Decimal,
  DudaoError,
  toDecimal,
} from 'dudao';

// Decimal is dudao's decimal.js clone: a class whose methods are typed.
const share: Decimal = toDecimal('21').div(500).times(100);
export const shown: string = share.toFixed(2);
// @ts-expect-error Decimal is typed, not any: it has no method bogus
new Decimal(1).bogus();
// @ts-expect-error toDecimal returns a Decimal, not any: not a string
export const notText: string = toDecimal('4.2');

// A statistic's figures are plain numbers.
const result = coefficientOfVariation([1, 3], [1, 1], { limit: 0.5 });
export const cv: number | null = result.cv;
// @ts-expect-error a figure is number | null, not any: no method bogus
result.cv?.bogus();

export function firstCv(input: unknown): number | null {
  try {
    const assessment = assessCompulsory(input, compulsoryQuality2017);
    const figure: number | null | undefined = assessment.variation[0]?.cv;
    // @ts-expect-error a figure is a number, not any: not a string
    const text: string = assessment.variation[0]?.cv;
    return text === '' ? null : (figure ?? null);
  } catch (error) {
    if (error instanceof DudaoError) {
      const where: readonly (string | number)[] = error.path;
      return where.length;
    }
    throw error;
  }
}
`;

function runAsync(command, args, cwd) {
  return new Promise((done, reject) => {
    const child = spawn(command, args, { cwd });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => done({ status, output: output.trim() }));
  });
}

const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'dudao-consumers-'));
let failed = false;
try {
  if (!existsSync(join(root, 'dist', 'index.d.ts')) || !existsSync(join(root, 'dist', 'index.d.cts'))) {
    fail('dist/index.d.ts or dist/index.d.cts is missing: run `npm run build` first');
  }
  // One pack, one install: dudao from the tarball with its dependencies, zod (a peer dependency)
  // and @types/node at the versions this repository tests with.
  installPacked(work, { name: 'dudao-consumers', alsoFromDev: ['@types/node'] });

  // The projects compile side by side: each is one tsc process.
  const outcomes = await Promise.all(
    RESOLUTIONS.map((resolution) => {
      const dir = join(work, resolution.name);
      mkdirSync(dir);
      const tsconfig = {
        compilerOptions: {
          ...resolution.compilerOptions,
          target: 'es2022',
          strict: true,
          skipLibCheck: false,
          noEmit: true,
        },
        files: resolution.files,
      };
      writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
      for (const file of resolution.files) writeFileSync(join(dir, file), CONSUMER);
      const args = [tsc, '--project', join(dir, 'tsconfig.json'), '--listFiles', '--pretty', 'false'];
      return runAsync(process.execPath, args, dir).then((compiled) => ({ resolution, compiled }));
    }),
  );
  for (const { resolution, compiled } of outcomes) {
    // --listFiles prints every file of the program as an absolute path; the rest is diagnostics.
    const lines = compiled.output.split('\n');
    const read = (file) => lines.some((line) => line.endsWith(`node_modules/dudao/${file}`));
    const missing = resolution.declarations.filter((file) => !read(file));
    const errors = lines.filter((line) => !isAbsolute(line)).join('\n');
    const what = `${resolution.name} (${resolution.files.join(', ')}; module ${resolution.compilerOptions.module})`;
    if (compiled.status !== 0) {
      failed = true;
      // TS2578 is a line meant to fail that compiled: a type it touches has become `any`.
      const hint = errors.includes('TS2578')
        ? '\n(TS2578: a line that must not compile did, so a type on it is `any`: see CONSUMER in scripts/check-consumers.mjs)'
        : '';
      console.error(
        `check-consumers: ${what} does not compile against the packed dudao:\n${errors}${hint}\n`,
      );
    } else if (missing.length > 0) {
      failed = true;
      console.error(`check-consumers: ${what} compiled but never read ${missing.join(', ')}`);
    } else {
      console.log(`check-consumers: ${what} compiles, reading ${resolution.declarations.join(' and ')}`);
    }
  }
} catch (error) {
  if (!(error instanceof CheckFailure)) throw error;
  failed = true;
  console.error(`check-consumers: ${error.message}`);
} finally {
  if (keep) console.log(`check-consumers: projects kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(
  `check-consumers: ${failed ? 'failed' : 'done'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failed ? 1 : 0);
