// Mutation fuzz of every example input through the library (issue 18): each mutated document is
// either refused with a DudaoError whose every issue sits at a path of the document (or names a
// missing key of an object that is there), or accepted with a sane result (no NaN, Infinity or
// undefined, verdicts boolean or null). Each case runs in a worker thread under a time limit, so
// a hang (such as a head count of 1e42 in a preschool dataset) fails the test instead of
// stalling it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import { sampleCity } from '../../src/sample/index.js';
import { mutate, mutationArbitrary, type Path, pathExists, pathsOf } from './mutate.js';
import type { FuzzCase, FuzzKind, FuzzOutcome } from './worker.js';

/** Cases per example (the two-mutation cases are a third of these). Total time stays well under a minute. */
const RUNS: Readonly<Record<FuzzKind, number>> = {
  compulsory: 120,
  preschool: 120,
  ledger: 90,
  'return-visit': 60,
  'indicator-set': 90,
  city: 12,
};
/** A case that takes longer is a hang. */
const CASE_TIME_LIMIT_MS = 5_000;

const example = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
// Plain JSON data, as an app or a file gives it.
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const compulsory = example('county-compulsory.json');
const preschool = example('county-preschool.json');

// ── The worker and its time limit ────────────────────────────────────────────────────────────────

const bundle = join(tmpdir(), `dudao-fuzz-worker-${process.pid}.mjs`);
let worker: Worker | undefined;

beforeAll(async () => {
  const result = await build({
    entryPoints: [new URL('./worker.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  writeFileSync(bundle, result.outputFiles[0]?.text ?? '');
});

afterAll(async () => {
  await worker?.terminate();
  rmSync(bundle, { force: true });
});

function runCase(fuzz: FuzzCase): Promise<FuzzOutcome | 'timeout'> {
  const current = worker ?? new Worker(bundle);
  worker = current;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      current.removeAllListeners();
      worker = undefined;
      void current.terminate();
      resolve('timeout');
    }, CASE_TIME_LIMIT_MS);
    current.once('message', (outcome: FuzzOutcome) => {
      clearTimeout(timer);
      current.removeAllListeners('error');
      resolve(outcome);
    });
    current.once('error', (error) => {
      clearTimeout(timer);
      worker = undefined;
      reject(error);
    });
    current.postMessage(fuzz);
  });
}

// The classified outcome: refused at paths of the input with short messages, or accepted sanely.
async function check(
  kind: FuzzKind,
  input: unknown,
  extra: Omit<FuzzCase, 'kind' | 'input'> = {},
): Promise<void> {
  const outcome = await runCase({ kind, input, ...extra });
  if (outcome === 'timeout') expect.fail(`${kind}: no answer within ${CASE_TIME_LIMIT_MS} ms (a hang)`);
  if (outcome.status === 'crashed') expect.fail(`${kind}: not a DudaoError: ${outcome.error}`);
  if (outcome.status === 'accepted') {
    expect(outcome.problems, `${kind}: accepted with an insane result`).toEqual([]);
    return;
  }
  expect(outcome.paths.length).toBeGreaterThan(0);
  for (const path of outcome.paths) {
    expect(pathExists(input, path), `${kind}: issue at ${JSON.stringify(path)}, not in the input`).toBe(true);
  }
  // Messages quote values shortened (a path may hold a long unknown key, the message does not).
  expect(outcome.longestMessage, `${kind}: a message of ${outcome.longestMessage} characters`).toBeLessThan(
    2_000,
  );
}

function fuzz(kind: FuzzKind, document: unknown, extra: Omit<FuzzCase, 'kind' | 'input'> = {}): void {
  const paths = pathsOf(document);
  it(`${kind}: one mutation anywhere`, async () => {
    await check(kind, document, extra);
    await fc.assert(
      fc.asyncProperty(fc.nat(), mutationArbitrary, async (at, mutation) => {
        await check(kind, mutate(document, paths[at % paths.length] as Path, mutation), extra);
      }),
      { numRuns: Math.ceil((RUNS[kind] * 2) / 3) },
    );
  });
  it(`${kind}: two mutations at once`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        mutationArbitrary,
        fc.nat(),
        mutationArbitrary,
        async (a, first, b, second) => {
          const once = mutate(document, paths[a % paths.length] as Path, first);
          const again = pathsOf(once);
          await check(kind, mutate(once, again[b % again.length] as Path, second), extra);
        },
      ),
      { numRuns: Math.ceil(RUNS[kind] / 3) },
    );
  });
}

describe('fuzz: every example input, mutated, is refused at its paths or assessed sanely', () => {
  fuzz('compulsory', compulsory);
  fuzz('preschool', preschool);
  fuzz('ledger', example('ledger.json'));
  fuzz('return-visit', example('return-visit.json'));
  fuzz('indicator-set', plain(compulsoryQuality2017), { dataset: compulsory });
  fuzz('indicator-set', plain(preschool2020), { dataset: preschool });
  fuzz('city', plain(sampleCity), { asOf: sampleCity.asOf });

  it('a case that hangs fails instead of stalling the suite', async () => {
    // Checked with the time limit itself: a worker that never answers is reported as a timeout.
    const stuck = new Worker('setInterval(() => {}, 1000);', { eval: true });
    const previous = worker;
    worker = stuck;
    const started = Date.now();
    await expect(runCase({ kind: 'compulsory', input: compulsory })).resolves.toBe('timeout');
    expect(Date.now() - started).toBeLessThan(CASE_TIME_LIMIT_MS + 2_000);
    worker = previous;
  });
});
