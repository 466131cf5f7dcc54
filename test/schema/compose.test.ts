// dudao's schemas are built with zod/mini; an application composes them with its own schemas
// written in classic zod 4 (`import { z } from 'zod'`). These tests pin that the composition
// parses, refuses with the same problems at the composed paths, and infers the same types.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { countSchema, type Quantity } from '../../src/schema/common.js';
import { type CompulsoryDataset, compulsoryDatasetSchema } from '../../src/schema/compulsory.js';
import { safeParseWithSchema } from '../../src/schema/parse.js';
import { county2017, county2017Variant } from '../fixtures/county-2017.js';

// biome-ignore lint/suspicious/noExplicitAny: documents are edited as untyped JSON on purpose
type Json = any;

const appSchema = z.object({
  requestId: z.string().min(1),
  d: compulsoryDatasetSchema,
  counts: z.array(countSchema).optional(),
});

describe('a classic zod 4 schema composes with dudao’s schemas', () => {
  it('parses a valid dataset inside an app’s object, as dudao parses it alone', () => {
    const parsed = appSchema.parse({ requestId: 'r1', d: county2017 });
    expect(parsed.d).toEqual(compulsoryDatasetSchema.parse(county2017));
    expect(parsed.requestId).toBe('r1');
  });

  it('refuses an invalid dataset at the composed path (zod’s own parse)', () => {
    const bad = county2017Variant((c) => {
      (c as Json).schools[0].sections.primary.pupils = -3;
    });
    const result = appSchema.safeParse({ requestId: '', d: bad });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toContain('requestId');
    expect(paths).toContain('d.schools.0.sections.primary.pupils');
  });

  it('gives dudao’s codes and messages at the composed paths (safeParseWithSchema)', () => {
    const bad = county2017Variant((c) => {
      (c as Json).schools[0].sections.primary.pupils = -3;
      (c as Json).schools[1].extra = 1;
    });
    const alone = safeParseWithSchema(compulsoryDatasetSchema, bad);
    const composed = safeParseWithSchema(appSchema, { requestId: 'r1', d: bad, counts: [1, 2.5] });
    expect(alone.success).toBe(false);
    expect(composed.success).toBe(false);
    if (alone.success || composed.success) return;
    const prefixed = alone.error.issues.map((i) => ({ ...i, path: ['d', ...i.path] }));
    expect(composed.error.issues.filter((i) => i.path[0] === 'd')).toEqual(prefixed);
    expect(prefixed.map((i) => i.code)).toEqual(expect.arrayContaining(['negative', 'unknown-key']));
    expect(composed.error.issues.filter((i) => i.path[0] === 'counts')).toEqual([
      expect.objectContaining({ code: 'not-integer', path: ['counts', 1] }),
    ]);
  });

  it('infers the types of dudao’s schemas inside a classic schema', () => {
    expectTypeOf<z.infer<typeof appSchema>['d']>().toEqualTypeOf<CompulsoryDataset>();
    expectTypeOf<z.infer<typeof appSchema>['counts']>().toEqualTypeOf<Quantity[] | undefined>();
    // Classic wrappers take dudao's schemas as they take their own.
    const optional = z.optional(compulsoryDatasetSchema);
    expect(optional.safeParse(undefined).success).toBe(true);
    expect(z.array(countSchema).safeParse([1, 2]).success).toBe(true);
    expect(z.array(countSchema).safeParse([1, -2]).success).toBe(false);
  });
});
