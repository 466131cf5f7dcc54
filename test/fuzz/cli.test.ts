// Mutation fuzz of every example input through the command line (issue 18): each mutated document
// is written to a file and given to `dudao` as a user does, a separate process with a time limit.
// The command either exits 0 with one sane JSON document (no NaN, Infinity or undefined, no null
// where the example's output has a number, verdicts boolean or null), or exits 1 with one JSON
// error document whose every issue sits at a path of the document (or names a missing key of an
// object that is there) with a short message. It never exits 2 (the arguments are valid) or 70
// (an internal error is a bug), never hangs, and never prints a stack trace. The mutations are
// those of the library fuzz (mutate.ts); the processes run a few at a time.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPath } from '../../src/error.js';
import { buildCli, type CliRun, runCli, scratchFile } from '../cli/run.js';
import {
  type Json,
  type Mutation,
  mutate,
  mutationArbitrary,
  type Path,
  pathExists,
  pathsOf,
} from './mutate.js';
import { problemsOf } from './sanity.js';

/** Random cases per command (the two-mutation cases are a third of these). The file takes well under a minute. */
const RUNS = 24;
/** Processes at a time: the machine may have two cores, and other tests run beside this file. */
const POOL = 3;
/** A process still running after this long is killed, and the case fails as a hang. */
const CASE_TIME_LIMIT_MS = 15_000;
/** An issue message (and the error's message after its path) is shorter than this. */
const MAX_MESSAGE = 500;
/** The longest key a mutation adds is 1,000 characters: a longer run of `x` is an echoed value. */
const ECHOED_VALUE = /x{1001}/;
/** Per test: the cases of one command wait for their turn in the pool. */
const TEST_TIMEOUT_MS = 180_000;

const example = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));

interface Target {
  /** The command as a user types it, the file left out. */
  readonly name: string;
  readonly document: unknown;
  readonly args: (file: string) => string[];
  /**
   * Paths an error may name that are the command's options, not the file's: `recheck` refuses an
   * `--inspection` the (mutated) ledger no longer names at `['inspection']`.
   */
  readonly optionPaths?: readonly (readonly string[])[];
}

const compulsory = example('county-compulsory.json');
const preschool = example('county-preschool.json');
const ledger = example('ledger.json');

const TARGETS = {
  assessCompulsory: {
    name: 'assess compulsory-quality-2017',
    document: compulsory,
    args: (file) => ['assess', 'compulsory-quality-2017', file, '--format', 'json'],
  },
  validate: {
    name: 'validate',
    document: compulsory,
    args: (file) => ['validate', file, '--format', 'json'],
  },
  assessPreschool: {
    name: 'assess preschool-2020',
    document: preschool,
    args: (file) => ['assess', 'preschool-2020', file, '--format', 'json'],
  },
  // The day of the README's example report: every event is on or before it.
  ledger: {
    name: 'ledger --as-of 2021-12-10',
    document: ledger,
    args: (file) => ['ledger', file, '--as-of', '2021-12-10', '--format', 'json'],
  },
  recheck: {
    name: 'recheck --inspection M-2024-11-return --as-of 2024-11-30',
    document: example('return-visit.json'),
    args: (file) => [
      'recheck',
      file,
      '--inspection',
      'M-2024-11-return',
      '--as-of',
      '2024-11-30',
      '--format',
      'json',
    ],
    optionPaths: [['inspection']],
  },
} as const satisfies Record<string, Target>;

// ── Processes, a few at a time ───────────────────────────────────────────────────────────────────

let cli: ReturnType<typeof buildCli>;
let dir: string;
let files = 0;
let running = 0;
const waiting: (() => void)[] = [];

async function pooled<T>(task: () => Promise<T>): Promise<T> {
  while (running >= POOL) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await task();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/** Runs the target on a file holding `text`, in the pool, under the time limit. */
async function runOn(target: Target, text: string): Promise<CliRun> {
  files += 1;
  const file = scratchFile(dir, `case-${files}.json`, text);
  try {
    return await pooled(() => runCli(cli.script, target.args(file), { timeoutMs: CASE_TIME_LIMIT_MS }));
  } finally {
    rmSync(file, { force: true });
  }
}

// ── Numbers in the output ────────────────────────────────────────────────────────────────────────

// Numbers that the library's types declare `number | null`: null when the input leaves them out
// (a kindergarten without its planned year), whatever the example's output holds.
const NULLABLE_NUMBERS: ReadonlySet<string> = new Set(['plannedYear', 'kindergartensNeeded', 'outstanding']);

// Where the output of the example itself holds a JSON number and never anything else, as
// dotted paths with every array index written `*`: a null there in a mutated run is a NaN or an
// Infinity that JSON.stringify wrote as null (unless the number is nullable).
function numberPlaces(output: unknown): Set<string> {
  const numbers = new Set<string>();
  const others = new Set<string>();
  const walk = (value: unknown, at: string): void => {
    (typeof value === 'number' ? numbers : others).add(at);
    if (Array.isArray(value)) for (const item of value) walk(item, `${at}.*`);
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) walk(item, `${at}.${key}`);
  };
  walk(output, '$');
  for (const place of numbers)
    if (others.has(place) || NULLABLE_NUMBERS.has(place.slice(place.lastIndexOf('.') + 1)))
      numbers.delete(place);
  return numbers;
}

function nullNumbers(output: unknown, places: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const walk = (value: unknown, at: string, exact: string): void => {
    if (value === null && places.has(at)) found.push(`${exact} is null where the example has a number`);
    if (Array.isArray(value))
      for (const [i, item] of value.entries()) walk(item, `${at}.*`, `${exact}[${i}]`);
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) walk(item, `${at}.${key}`, `${exact}.${key}`);
  };
  walk(output, '$', '$');
  return found;
}

// Every verdict in an output: whether a county passed, an indicator was met, a ledger is cleared.
function verdictsOf(output: unknown): unknown[] {
  const verdicts: unknown[] = [];
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, item] of Object.entries(value)) {
      if (key === 'passed' || key === 'met' || key === 'cleared') verdicts.push(item);
      walk(item);
    }
  };
  walk(output);
  return verdicts;
}

/** Number places of each target's output on its unchanged example, found before the cases run. */
const baselines = new Map<Target, Set<string>>();

// ── The classified outcome ───────────────────────────────────────────────────────────────────────

/**
 * Runs one case and checks its outcome. `input` is the parsed document the file holds, or
 * undefined when the file is not JSON. Returns the exit code and the JSON document printed.
 */
async function check(
  target: Target,
  text: string,
  input: unknown,
  what: string,
): Promise<{ readonly status: number; readonly output: Json }> {
  const run = await runOn(target, text);
  const where = `${target.name} on ${what}`;
  if (run.status === null) {
    expect.fail(`${where}: killed by ${run.signal} after ${CASE_TIME_LIMIT_MS} ms (a hang)`);
  }
  expect(run.stderr, `${where}: a stack trace on standard error`).not.toMatch(/^ {4}at /m);
  const firstLine = run.stderr.split('\n', 1)[0]?.slice(0, 300);
  expect([0, 1], `${where}: exit ${run.status}: ${firstLine}`).toContain(run.status);
  let output: Json;
  try {
    output = JSON.parse(run.stdout);
  } catch {
    expect.fail(`${where}: standard output is not one JSON document: ${run.stdout.slice(0, 300)}`);
  }
  if (run.status === 0) {
    expect(output?.ok, `${where}: exit 0 with ok false`).not.toBe(false);
    const places = baselines.get(target) ?? new Set<string>();
    const problems = [...problemsOf(output, verdictsOf(output)), ...nullNumbers(output, places)];
    expect(problems, `${where}: exit 0 with an insane result`).toEqual([]);
    return { status: 0, output };
  }
  expect(output, `${where}: the error document`).toMatchObject({
    ok: false,
    exitCode: 1,
    error: { name: 'DudaoError' },
  });
  const { error } = output;
  expect(error.issues.length, `${where}: an error without issues`).toBeGreaterThan(0);
  expect([error.code, error.path]).toEqual([error.issues[0].code, error.issues[0].path]);
  for (const issue of error.issues as { path: Path; message: string; messageZh: string }[]) {
    const option = (target.optionPaths ?? []).some(
      (p) => p.length === issue.path.length && p.every((key, i) => key === issue.path[i]),
    );
    if (input !== undefined && !option) {
      expect(
        pathExists(input, issue.path),
        `${where}: issue at ${JSON.stringify(issue.path)}, not in the input`,
      ).toBe(true);
    }
    for (const message of [issue.message, issue.messageZh]) {
      expect(message.length, `${where}: a message of ${message.length} characters`).toBeLessThan(MAX_MESSAGE);
    }
  }
  for (const message of [error.message, error.messageZh] as string[]) {
    const length = message.length - formatPath(error.path).length;
    expect(length, `${where}: an error message of ${message.length} characters`).toBeLessThan(MAX_MESSAGE);
  }
  for (const printed of [run.stdout, run.stderr]) {
    expect(ECHOED_VALUE.test(printed), `${where}: a long value of the input echoed`).toBe(false);
  }
  return { status: 1, output };
}

const short = (value: unknown): string => (JSON.stringify(value) ?? String(value)).slice(0, 40);
const describeMutation = (path: Path, mutation: Mutation): string =>
  `${mutation.kind}${'key' in mutation ? ` ${short(mutation.key)}` : ''}${'value' in mutation ? ` ${short(mutation.value)}` : ''} at ${formatPath(path)}`;

/** Writes the document as a file holds it and checks the command on it. */
function checkDocument(target: Target, document: unknown, what: string) {
  const text = JSON.stringify(document);
  return check(target, text, JSON.parse(text), what);
}

beforeAll(async () => {
  cli = buildCli();
  dir = mkdtempSync(join(tmpdir(), 'dudao-cli-fuzz-'));
  await Promise.all(
    Object.values(TARGETS).map(async (target) => {
      const { status, output } = await checkDocument(target, target.document, 'the example');
      expect(status).toBe(0);
      baselines.set(target, numberPlaces(output));
    }),
  );
}, TEST_TIMEOUT_MS);

afterAll(() => {
  cli?.cleanup();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

// ── The cases ────────────────────────────────────────────────────────────────────────────────────

function fuzz(target: Target): void {
  const paths = pathsOf(target.document);
  it(`${target.name}: one mutation anywhere`, { timeout: TEST_TIMEOUT_MS }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), mutationArbitrary, async (at, mutation) => {
        const path = paths[at % paths.length] as Path;
        await checkDocument(
          target,
          mutate(target.document, path, mutation),
          describeMutation(path, mutation),
        );
      }),
      // A failing case is reported as it is: shrinking would start dozens of processes.
      { numRuns: Math.ceil((RUNS * 2) / 3), endOnFailure: true },
    );
  });
  it(`${target.name}: two mutations at once`, { timeout: TEST_TIMEOUT_MS }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        mutationArbitrary,
        fc.nat(),
        mutationArbitrary,
        async (a, first, b, second) => {
          const firstPath = paths[a % paths.length] as Path;
          const once = mutate(target.document, firstPath, first);
          const again = pathsOf(once);
          const secondPath = again[b % again.length] as Path;
          await checkDocument(
            target,
            mutate(once, secondPath, second),
            `${describeMutation(firstPath, first)}, then ${describeMutation(secondPath, second)}`,
          );
        },
      ),
      { numRuns: Math.ceil(RUNS / 3), endOnFailure: true },
    );
  });
}

describe.concurrent('cli fuzz: every example input, mutated, is refused at its paths or assessed sanely', () => {
  for (const target of Object.values(TARGETS)) fuzz(target);
});

// A value at a path of a copy of the example.
function edited(document: unknown, path: Path, value: unknown): unknown {
  return mutate(document, path, { kind: 'set', value });
}

describe.concurrent('cli fuzz: fixed cases', () => {
  const megabyte = 'x'.repeat(1_000_000);
  const stock = ['schools', 0, 'sections', 'primary', 'stock'];
  const OUT_OF_RANGE: readonly (readonly [string, Target, Path, unknown])[] = [
    ['a head count of 1e42', TARGETS.assessPreschool, ['kindergartens', 0, 'children'], 1e42],
    ['a population of 1e42', TARGETS.assessPreschool, ['populationAged3to5'], 1e42],
    [
      'a head count of "1e999999999"',
      TARGETS.assessPreschool,
      ['kindergartens', 0, 'children'],
      '1e999999999',
    ],
    ['a population of "1e999999999"', TARGETS.assessPreschool, ['populationAged3to5'], '1e999999999'],
    [
      'an area of "1e-999999999"',
      TARGETS.assessCompulsory,
      [...stock, 'teachingAuxiliaryArea'],
      '1e-999999999',
    ],
    ['an equipment value of "1e-999999999"', TARGETS.validate, [...stock, 'equipmentValue'], '1e-999999999'],
    ['a school id of 1 MB', TARGETS.assessCompulsory, ['schools', 0, 'id'], megabyte],
    ['a school id of 1 MB', TARGETS.validate, ['schools', 0, 'id'], megabyte],
    ['an issue id of 1 MB', TARGETS.ledger, ['events', 0, 'issue', 'id'], megabyte],
  ];
  for (const [what, target, path, value] of OUT_OF_RANGE) {
    it(`${target.name}: ${what} exits 1 at its path`, { timeout: TEST_TIMEOUT_MS }, async () => {
      const { status, output } = await checkDocument(target, edited(target.document, path, value), what);
      expect(status).toBe(1);
      expect(output.error.issues.map((issue: { path: Path }) => issue.path)).toContainEqual(path);
    });
  }

  for (const target of Object.values(TARGETS)) {
    it(`${target.name}: truncated JSON exits 1 with an error document`, {
      timeout: TEST_TIMEOUT_MS,
    }, async () => {
      const text = JSON.stringify(target.document, null, 2);
      const { status, output } = await check(
        target,
        text.slice(0, text.length / 2),
        undefined,
        'truncated JSON',
      );
      expect(status).toBe(1);
      expect(output.error).toMatchObject({ code: 'invalid-json', path: [] });
    });
  }

  it('assess: a truncated JSON array of counties exits 1 with an error document', {
    timeout: TEST_TIMEOUT_MS,
  }, async () => {
    const county = JSON.stringify(compulsory);
    const text = `[${county},${county.slice(0, 200)}`;
    const { status, output } = await check(TARGETS.assessCompulsory, text, undefined, 'a truncated array');
    expect(status).toBe(1);
    expect(output.error.code).toBe('invalid-json');
    for (const issue of output.error.issues as { path: Path }[]) expect([[], [1]]).toContainEqual(issue.path);
  });

  it('assess preschool-2020: a kindergarten without its planned year is assessed, plannedYear null', {
    timeout: TEST_TIMEOUT_MS,
  }, async () => {
    const target = TARGETS.assessPreschool;
    const document = mutate(target.document, ['kindergartens', 0, 'plannedYear'], { kind: 'delete' });
    const { status, output } = await checkDocument(target, document, 'no plannedYear');
    expect(status).toBe(0);
    expect(output.kindergartens[0].plannedYear).toBeNull();
    // Where the example has a number that may not be null, a null is reported.
    expect(nullNumbers({ year: null }, baselines.get(target) ?? new Set())).toHaveLength(1);
  });

  it('a process that hangs is killed at the time limit and reported', {
    timeout: TEST_TIMEOUT_MS,
  }, async () => {
    const script = scratchFile(dir, 'hang.mjs', 'setInterval(() => {}, 1000);\n');
    const started = Date.now();
    const run = await runCli(script, [], { timeoutMs: 1_000 });
    expect([run.status, run.signal]).toEqual([null, 'SIGKILL']);
    expect(Date.now() - started).toBeLessThan(CASE_TIME_LIMIT_MS);
  });
});
