/**
 * No exported function lets a TypeError, a RangeError, a zod error or any other exception of its
 * own escape for bad input: called with hostile arguments, each one returns or throws a
 * DudaoError (whose codes are all in DUDAO_ERROR_CODES).
 *
 * Every runtime export of src/index.ts that is a function is called (samples.ts has a valid call
 * of each; the type there fails to compile when a new export has none), except those listed with
 * their reason in EXCLUDED. Each argument in turn is replaced by a hostile value while the others
 * stay valid, so every argument is reached: fixed values (undefined, null, NaN, ±Infinity, -0,
 * empty and 1 MB strings, symbols, bigints, functions, empty, sparse, nested and frozen
 * arrays and objects, null-prototype objects, Dates, Maps, typed arrays, objects with getters
 * that throw, Proxies whose traps throw), fast-check's `anything` (deeply nested junk), and the
 * valid argument with one of its fields replaced by either (only for external input: an argument
 * that dudao produced itself, listed in TRUSTED, is checked by its kind and main fields and is
 * replaced whole).
 *
 * An exception thrown by the caller's own code while dudao reads the input (a getter, a Proxy
 * trap, a callback) is the caller's, and reaches the caller unchanged: the test accepts exactly
 * that exception object, nothing else. A revoked Proxy is not used: reading it makes the engine
 * throw a TypeError that cannot be told from a bug.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as dudao from '../../src/index.js';
import { EXCLUDED, type FunctionName, SAMPLES, TRUSTED } from './samples.js';

/** What the caller's hostile code throws. */
class CallerError extends Error {}
const CALLER = new CallerError("thrown by the caller's own getter, trap or callback");
const raise = (): never => {
  throw CALLER;
};

const HUGE = 'x'.repeat(1_000_000);
// Runs of the fast-check property per function; set HOSTILE_RUNS to explore further.
const RUNS = Number(process.env.HOSTILE_RUNS ?? 40);
const KNOWN_CODES: ReadonlySet<string> = new Set(dudao.DUDAO_ERROR_CODES);

// Keys dudao's functions read: an object whose getters for them throw is reached, not skipped.
const READ_KEYS = [
  'length',
  'asOf',
  'lang',
  'issues',
  'events',
  'sections',
  'counties',
  'plans',
  'inspections',
  'schools',
  'kindergartens',
  'id',
  'programme',
  'indicators',
  'rules',
  'code',
  'path',
  'value',
  'seal',
  'summary',
  'county',
  'comparisons',
  'rows',
  'source',
  'groups',
  'target',
  'from',
  'to',
  'every',
  'by',
  'count',
  'status',
  'results',
  'set',
];

function throwingGetters(): object {
  const object: Record<string, unknown> = {};
  for (const key of READ_KEYS) Object.defineProperty(object, key, { get: raise, enumerable: true });
  return object;
}

function throwingProxy(target: object = {}): object {
  return new Proxy(target, {
    get: raise,
    has: raise,
    ownKeys: raise,
    getOwnPropertyDescriptor: raise,
    getPrototypeOf: raise,
    set: raise,
    defineProperty: raise,
    deleteProperty: raise,
    apply: raise,
    construct: raise,
  });
}

function deeplyNested(depth: number): unknown[] {
  let value: unknown[] = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function sparse(): unknown[] {
  const array: unknown[] = [];
  array.length = 3;
  return array;
}

/** The fixed hostile values, fresh on every call (a function may keep what it is given). */
function fixedHostile(): { readonly label: string; readonly value: unknown }[] {
  const values: Record<string, unknown> = {
    undefined: undefined,
    null: null,
    NaN: Number.NaN,
    Infinity: Number.POSITIVE_INFINITY,
    '-Infinity': Number.NEGATIVE_INFINITY,
    '0': 0,
    '-0': -0,
    '-1': -1,
    '0.5': 0.5,
    '2^53': 2 ** 53,
    MAX_VALUE: Number.MAX_VALUE,
    "''": '',
    "' '": ' ',
    "'x'": 'x',
    "'NaN'": 'NaN',
    "'2024-02-30'": '2024-02-30',
    "'__proto__'": '__proto__',
    '1 MB string': HUGE,
    true: true,
    false: false,
    symbol: Symbol('hostile'),
    bigint: 10n,
    function: () => undefined,
    'throwing function': raise,
    '[]': [],
    '[undefined]': [undefined],
    '[null, null]': [null, null],
    'sparse array': sparse(),
    '[1 MB string]': [HUGE],
    'array nested 10 000 deep': deeplyNested(10_000),
    '{}': {},
    'frozen {}': Object.freeze({}),
    'null-prototype object': Object.create(null),
    '{ __proto__: … }': JSON.parse('{"__proto__": {"length": 1}}'),
    'object nested 10 000 deep': deeplyNested(10_000).reduce(
      (inner) => ({ value: inner, id: 'x', length: 1 }),
      {},
    ),
    'invalid Date': new Date(Number.NaN),
    Map: new Map([['a', 1]]),
    Set: new Set([1]),
    RegExp: /x/,
    Uint8Array: new Uint8Array(4),
    Error: new Error('x'),
    Promise: Promise.resolve(1),
    'String object': Object('x'),
    'getters that throw': throwingGetters(),
    'array with a getter that throws': Object.defineProperty([1], 0, { get: raise, enumerable: true }),
    'Proxy whose traps throw': throwingProxy(),
    'Proxy of an array whose traps throw': throwingProxy([]),
  };
  return Object.entries(values).map(([label, value]) => ({ label, value }));
}

// fast-check reads properties of the values it generates (to clone them), so a value whose
// properties throw is generated as its label and built inside the property.
const fixedLabel = fc.constantFrom(...fixedHostile().map((h) => h.label));
const fixedValue = (label: string): unknown => fixedHostile().find((h) => h.label === label)?.value;

const junk = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

const hostileArbitrary = fc.oneof(
  fixedLabel.map((label) => ({ label })),
  junk.map((value) => ({ value })),
);
const hostileOf = (h: { readonly label: string } | { readonly value: unknown }): unknown =>
  'label' in h ? fixedValue(h.label) : h.value;

type Outcome = 'returned' | 'dudao-error' | 'caller-error';

/** Calls `fn` and says how it ended; throws (failing the test) for anything else. */
async function outcomeOf(
  name: string,
  fn: (...args: unknown[]) => unknown,
  args: unknown[],
): Promise<Outcome> {
  try {
    const result = fn(...args);
    if (result instanceof Promise) await result;
    return 'returned';
  } catch (error) {
    if (error === CALLER) return 'caller-error';
    if (dudao.isDudaoError(error) && error instanceof dudao.DudaoError) {
      for (const issue of error.issues) {
        if (!KNOWN_CODES.has(issue.code)) throw new Error(`${name}: unknown code ${issue.code}`);
        if (issue.message === '' || issue.messageZh === '') throw new Error(`${name}: empty message`);
        if (!issue.path.every((key) => typeof key === 'string' || typeof key === 'number'))
          throw new Error(`${name}: path of other than strings and numbers`);
      }
      return 'dudao-error';
    }
    const kind = error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error);
    throw new Error(`${name}(${args.map(shown).join(', ')}) threw ${kind.slice(0, 300)}`, {
      cause: error,
    });
  }
}

function shown(value: unknown): string {
  if (typeof value === 'string') return value.length > 20 ? `string(${value.length})` : JSON.stringify(value);
  if (typeof value === 'function') return 'function';
  if (typeof value === 'symbol' || typeof value === 'bigint') return typeof value;
  if (Array.isArray(value)) return `array(${value.length})`;
  if (value === null || typeof value !== 'object') return String(value);
  return 'object';
}

/** The valid argument with one of its own fields (chosen by `index`) replaced by `hostile`. */
function withField(valid: unknown, index: number, hostile: unknown): unknown {
  if (typeof valid !== 'object' || valid === null) return hostile;
  const keys = Object.keys(valid);
  if (keys.length === 0) return hostile;
  const key = keys[index % keys.length] as string;
  if (Array.isArray(valid)) {
    const copy = [...valid];
    copy[Number(key)] = hostile;
    return copy;
  }
  return { ...valid, [key]: hostile };
}

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return value;
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  return Object.freeze(value);
}

const names = (Object.keys(SAMPLES) as (keyof typeof SAMPLES)[]).sort();
const sampleOf = (name: keyof typeof SAMPLES): unknown[] => (SAMPLES[name] as () => unknown[])();
const runtime: Readonly<Record<string, unknown>> = dudao;
const functionOf = (name: FunctionName): ((...args: unknown[]) => unknown) =>
  runtime[name] as (...args: unknown[]) => unknown;

describe('every exported function, called with hostile input', () => {
  it('has a sample call or a stated reason to be left out', () => {
    const functions = Object.entries(dudao)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .filter((name) => name !== 'DudaoError');
    expect([...names, ...Object.keys(EXCLUDED)].sort()).toEqual(functions.sort());
  });

  it.each(names)('%s: its sample call returns, also with every argument deeply frozen', async (name) => {
    const fn = functionOf(name);
    expect(await outcomeOf(name, fn, sampleOf(name))).toBe('returned');
    expect(
      await outcomeOf(
        name,
        fn,
        sampleOf(name).map((arg) => deepFreeze(arg)),
      ),
    ).toBe('returned');
  });

  it.each(names)(
    '%s: returns or throws a DudaoError for every fixed hostile value in every argument',
    async (name) => {
      const fn = functionOf(name);
      const arity = Math.max(sampleOf(name).length, fn.length, 1);
      expect(['returned', 'dudao-error', 'caller-error']).toContain(await outcomeOf(name, fn, []));
      for (let position = 0; position < arity; position++) {
        for (const { value } of fixedHostile()) {
          const args = sampleOf(name);
          args[position] = value;
          await outcomeOf(name, fn, args);
          if (TRUSTED[name]?.includes(position)) continue;
          const inField = sampleOf(name);
          for (let field = 0; field < 3; field++) {
            inField[position] = withField(sampleOf(name)[position], field, value);
            await outcomeOf(name, fn, inField);
          }
        }
      }
    },
  );

  it.each(names)('%s: returns or throws a DudaoError for junk anywhere (fast-check)', async (name) => {
    const fn = functionOf(name);
    const arity = Math.max(sampleOf(name).length, fn.length, 1);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: arity - 1 }),
        fc.boolean(),
        fc.nat(),
        hostileArbitrary,
        async (position, inField, field, hostile) => {
          const args = sampleOf(name);
          const whole = !inField || TRUSTED[name]?.includes(position) === true;
          const value = hostileOf(hostile);
          args[position] = whole ? value : withField(args[position], field, value);
          await outcomeOf(name, fn, args);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
