import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assessCompulsory } from '../../src/assess/county.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import { DudaoError } from '../../src/error.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { sampleCity } from '../../src/sample/index.js';
import { compileAcceptor, refineWith } from '../../src/schema/accept.js';
import { countSchema } from '../../src/schema/common.js';
import { compulsoryDatasetSchema, parseCompulsoryDataset } from '../../src/schema/compulsory.js';
import { addDudaoIssue } from '../../src/schema/parse.js';
import { parsePreschoolDataset, preschoolDatasetSchema } from '../../src/schema/preschool.js';
import { readCompulsoryDataset, readPreschoolDataset } from '../../src/schema/read.js';
import { county2017 } from '../fixtures/county-2017.js';
import { preschoolCounty } from '../fixtures/preschool-county.js';

// biome-ignore lint/suspicious/noExplicitAny: documents are edited as untyped JSON on purpose
type Json = any;

const compulsoryDocuments: readonly unknown[] = [county2017, ...sampleCity.counties.map((c) => c.compulsory)];
const preschoolDocuments: readonly unknown[] = [
  preschoolCounty,
  ...sampleCity.counties.map((c) => c.preschool),
];

// Values that break, or test the edges of, the contract's value rules.
const ODD_VALUES: readonly unknown[] = [
  -1,
  0,
  1.5,
  '1.5',
  '-0',
  '812',
  ' 812',
  '1e3',
  '1e-3',
  'abc',
  '',
  null,
  undefined,
  true,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  'Infinity',
  [],
  {},
  [1],
  { met: true },
  { numerator: 1, denominator: 0 },
  new Decimal(-2),
  new Decimal(3),
  'primary',
  'junior',
  'nine-year',
  'twelve-year',
  'public',
  1,
  2021,
  1899,
];

// Every path to a value in a JSON document, objects and arrays included.
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = [prefix];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) paths.push(...pathsOf(item, [...prefix, i]));
  } else if (typeof value === 'object' && value !== null && !(value instanceof Decimal)) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

type Mutation =
  | { readonly kind: 'set'; readonly value: unknown }
  | { readonly kind: 'delete' }
  | { readonly kind: 'add-key'; readonly key: string; readonly value: unknown }
  | { readonly kind: 'copy-sibling' };

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), value: fc.constantFrom(...ODD_VALUES) }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({
    kind: fc.constant('add-key' as const),
    key: fc.constantFrom(
      'extra',
      'pupil',
      '__proto__',
      'id',
      'primary',
      'junior',
      'seniorPupils',
      'sharedStock',
    ),
    value: fc.constantFrom(...ODD_VALUES),
  }),
  fc.constant({ kind: 'copy-sibling' as const }),
);

// A deep copy that keeps Decimal instances (immutable) shared; structuredClone cannot copy them.
function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (typeof value === 'object' && value !== null && !(value instanceof Decimal)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clone(item)])) as T;
  }
  return value;
}

// Applies a mutation at a path of a deep copy; `__proto__` is added as an own key, as JSON.parse does.
function mutate(document: unknown, path: readonly (string | number)[], mutation: Mutation): unknown {
  const copy: Json = clone(document);
  if (path.length === 0) return mutation.kind === 'set' ? mutation.value : copy;
  const parent = path.slice(0, -1).reduce((node: Json, key) => node[key], copy);
  const key = path[path.length - 1] as string | number;
  switch (mutation.kind) {
    case 'set':
      parent[key] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'add-key': {
      const target = parent[key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        Object.defineProperty(target, mutation.key, {
          value: mutation.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      break;
    }
    case 'copy-sibling':
      // Duplicates an array item (a duplicate id, a second identical school, an extra class).
      if (Array.isArray(parent)) parent.push(clone(parent[Number(key)]));
      break;
  }
  return copy;
}

function agreesWithZod(accept: (input: unknown) => boolean, schema: z.ZodType, input: unknown): void {
  const accepted = accept(input);
  const parsed = schema.safeParse(input);
  // The contract of the predicate: true only when zod accepts and returns an equal value.
  if (accepted) {
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(input);
  }
  // And it is complete on these documents: every document zod accepts unchanged is vouched for.
  if (parsed.success) expect(accepted).toBe(true);
}

for (const jit of [true, false]) {
  const acceptCompulsory = compileAcceptor(compulsoryDatasetSchema, { jit });
  const acceptPreschool = compileAcceptor(preschoolDatasetSchema, { jit });
  const mode = jit ? 'generated code' : 'closures';

  describe(`compileAcceptor (${mode}): vouches for valid documents`, () => {
    it('every valid compulsory and preschool fixture is accepted, and zod returns an equal value', () => {
      for (const document of compulsoryDocuments) {
        expect(acceptCompulsory(document)).toBe(true);
        expect(compulsoryDatasetSchema.parse(document)).toEqual(document);
      }
      for (const document of preschoolDocuments) {
        expect(acceptPreschool(document)).toBe(true);
        expect(preschoolDatasetSchema.parse(document)).toEqual(document);
      }
    });

    it('quantities as numbers, digit strings and Decimals are accepted as zod accepts them', () => {
      const document: Json = structuredClone(county2017);
      document.schools[0].sections.primary.pupils = '812';
      document.schools[0].sections.primary.teachers.fullTime = new Decimal(48);
      document.schools[0].sections.primary.classes = '1e1';
      expect(acceptCompulsory(document)).toBe(true);
      expect(compulsoryDatasetSchema.safeParse(document).success).toBe(true);
    });
  });
  describe(`compileAcceptor (${mode}): agrees with zod on mutated documents`, () => {
    for (const [name, documents, accept, schema] of [
      ['compulsory', compulsoryDocuments, acceptCompulsory, compulsoryDatasetSchema],
      ['preschool', preschoolDocuments, acceptPreschool, preschoolDatasetSchema],
    ] as const) {
      it(`${name}: one mutation anywhere in a valid document`, () => {
        const cases = documents.map((document) => ({ document, paths: pathsOf(document) }));
        fc.assert(
          fc.property(
            fc.nat({ max: cases.length - 1 }),
            fc.nat(),
            mutationArbitrary,
            (which, pathIndex, mutation) => {
              const { document, paths } = cases[which] as (typeof cases)[number];
              const path = paths[pathIndex % paths.length] as (string | number)[];
              agreesWithZod(accept, schema, mutate(document, path, mutation));
            },
          ),
          { numRuns: 1500 },
        );
      });

      it(`${name}: two mutations at once`, () => {
        const cases = documents.map((document) => ({ document, paths: pathsOf(document) }));
        fc.assert(
          fc.property(
            fc.nat({ max: cases.length - 1 }),
            fc.nat(),
            mutationArbitrary,
            fc.nat(),
            mutationArbitrary,
            (which, first, firstMutation, second, secondMutation) => {
              const { document, paths } = cases[which] as (typeof cases)[number];
              const once = mutate(
                document,
                paths[first % paths.length] as (string | number)[],
                firstMutation,
              );
              const twice = pathsOf(once);
              const input = mutate(once, twice[second % twice.length] as (string | number)[], secondMutation);
              agreesWithZod(accept, schema, input);
            },
          ),
          { numRuns: 500 },
        );
      });
    }
  });
  describe(`compileAcceptor (${mode}): what it does not understand, it does not vouch for`, () => {
    it('transforms, defaults, pipes, coercion, string formats and refinements made outside refineWith', () => {
      const schemas: z.ZodType[] = [
        z.string().transform((s) => s.trim()),
        z.strictObject({ a: z.string().default('x') }),
        z.coerce.number(),
        z.string().regex(/^a/),
        z.email(),
        z.number().multipleOf(2),
        z.strictObject({ a: z.string() }).refine(() => true),
        z.looseObject({ a: z.string() }),
        z.discriminatedUnion('k', [z.strictObject({ k: z.literal('a') })]),
        z.record(z.enum(['a', 'b']), z.string()),
        z.nullable(z.string()),
        z.date(),
      ];
      const inputs: unknown[] = ['a', { a: 'a' }, 2, 'a@b.cn', { k: 'a' }, null, new Date(0)];
      for (const schema of schemas) {
        const accept = compileAcceptor(schema, { jit });
        for (const input of inputs)
          expect(accept(input), `${String(schema.def.type)} ${String(input)}`).toBe(false);
      }
    });

    it('a plain object strips unknown keys, so an unknown key is not vouched for; prototypes other than plain are not', () => {
      const accept = compileAcceptor(z.object({ a: z.string() }), { jit });
      expect(accept({ a: 'x' })).toBe(true);
      expect(accept({ a: 'x', b: 1 })).toBe(false);
      expect(accept(Object.assign(Object.create({ inherited: 1 }), { a: 'x' }))).toBe(false);
      expect(accept(Object.assign(Object.create(null), { a: 'x' }))).toBe(true);
    });

    it('records refuse a __proto__ key, symbol keys and non-enumerable keys (zod drops them)', () => {
      const accept = compileAcceptor(z.record(z.string().min(1), z.boolean()), { jit });
      expect(accept({ a: true })).toBe(true);
      expect(accept(JSON.parse('{"__proto__": true}'))).toBe(false);
      expect(accept({ [Symbol('s')]: true })).toBe(false);
      expect(accept(Object.defineProperty({ a: true }, 'hidden', { value: true, enumerable: false }))).toBe(
        false,
      );
      expect(accept({ '': true })).toBe(false);
    });

    it('numbers: the safe-integer format and inclusive and exclusive bounds, as zod checks them', () => {
      for (const schema of [z.int().min(1900).max(2100), z.number().gt(0).lt(1), z.number()]) {
        const accept = compileAcceptor(schema, { jit });
        for (const input of [1899, 1900, 2100, 2100.5, 0, 0.5, 1, -1, 2 ** 53, Number.NaN, Infinity, '1']) {
          expect(accept(input), `${String(input)}`).toBe(schema.safeParse(input).success);
        }
      }
    });

    it('rules attached with refineWith run; their problems make the predicate refuse', () => {
      const schema = refineWith(z.strictObject({ min: countSchema, max: countSchema }), (value, ctx) => {
        if (Number(value.min) > Number(value.max)) {
          addDudaoIssue(ctx, ['max'], {
            code: 'min-above-max',
            message: 'must be ≥ min',
            messageZh: '必须不小于 min',
          });
        }
      });
      const accept = compileAcceptor(schema, { jit });
      expect(accept({ min: 1, max: 2 })).toBe(true);
      expect(accept({ min: 3, max: 2 })).toBe(false);
      expect(schema.safeParse({ min: 3, max: 2 }).success).toBe(false);
      // A further refinement zod knows but the table does not: not vouched for.
      expect(
        compileAcceptor(
          schema.refine(() => true),
          { jit },
        )({ min: 1, max: 2 }),
      ).toBe(false);
    });
  });
}

describe('compileAcceptor: code generation', () => {
  it('jit: true generates the predicate (objects and arrays as functions); jit: false builds closures', () => {
    expect(String(compileAcceptor(compulsoryDatasetSchema, { jit: true }))).toBe('(input) => f0(input)');
    expect(String(compileAcceptor(compulsoryDatasetSchema, { jit: false }))).not.toContain('f0');
  });
});

describe('readCompulsoryDataset and readPreschoolDataset', () => {
  it('a valid document is used as it is, not copied, and not mutated', () => {
    const document = compulsoryDocuments[0];
    const before = structuredClone(document);
    expect(readCompulsoryDataset(document)).toBe(document);
    expect(document).toEqual(before);
    expect(readPreschoolDataset(preschoolDocuments[0])).toBe(preschoolDocuments[0]);
  });

  it('an invalid document throws the same DudaoError as the parse function, every problem with its path', () => {
    const document: Json = structuredClone(county2017);
    document.schools[1].sections.primary.pupils = -3;
    document.schools[2].id = document.schools[0].id;
    document.schools[0].extra = 1;
    const thrown = (read: (input: unknown) => unknown): unknown => {
      try {
        read(document);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const expected = thrown(parseCompulsoryDataset);
    const actual = thrown(readCompulsoryDataset);
    expect(expected).toBeInstanceOf(DudaoError);
    expect(actual).toBeInstanceOf(DudaoError);
    expect((actual as DudaoError).issues).toEqual((expected as DudaoError).issues);
    expect((actual as DudaoError).issues.map((issue) => issue.code).sort()).toEqual([
      'duplicate-id',
      'negative',
      'unknown-key',
    ]);
    const kindergartens: Json = structuredClone(preschoolCounty);
    kindergartens.kindergartens[0].children = '1.5';
    expect(() => readPreschoolDataset(kindergartens)).toThrow(DudaoError);
    expect(() => parsePreschoolDataset(kindergartens)).toThrow(/not-integer|whole number/);
  });

  it('the assessments give the same answer from a frozen document as from zod’s copy of it', () => {
    for (const document of compulsoryDocuments) {
      const fromInput = assessCompulsory(document, compulsoryQuality2017);
      const fromCopy = assessCompulsory(parseCompulsoryDataset(document), compulsoryQuality2017);
      expect(JSON.stringify(fromInput)).toBe(JSON.stringify(fromCopy));
    }
    for (const document of preschoolDocuments) {
      const fromInput = assessPreschool(document, preschool2020);
      const fromCopy = assessPreschool(parsePreschoolDataset(document), preschool2020);
      expect(JSON.stringify(fromInput)).toBe(JSON.stringify(fromCopy));
    }
  });
});
