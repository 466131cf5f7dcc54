/**
 * Cross-field rules (跨字段规则) attached to dudao's schemas. A rule runs even when a field of the
 * value already failed, so that one parse reports every problem of a document.
 * @module
 */
import * as z from 'zod/mini';
import { addDudaoIssue } from './parse.js';

// zod skips a refinement when the value already has problems unless `when` says otherwise; the
// rules read the value defensively, so they can always run.
const ALWAYS = { when: (): boolean => true };

/**
 * Attaches a cross-field rule (跨字段规则) to a schema with zod's `superRefine`, run even when a
 * field of the value already failed (so one parse reports every problem).
 *
 * @param schema - the schema to refine
 * @param rule - reads the value defensively (it may be invalid), reports with `addDudaoIssue(ctx, …)`
 * @returns the refined schema
 * @example
 * ```ts
 * const rangeSchema = refineWith(z.strictObject({ min: z.number(), max: z.number() }), (value, ctx) => {
 *   if (value.min > value.max) addDudaoIssue(ctx, ['max'], { code: 'invalid-range', message: 'must be ≥ min', messageZh: '必须不小于 min' });
 * });
 * ```
 */
export function refineWith<S extends z.ZodMiniType>(
  schema: S,
  rule: (value: z.output<S>, ctx: { addIssue(issue: z.core.$ZodSuperRefineIssue): void }) => void,
): S {
  return schema.check(z.superRefine(rule, ALWAYS)) as unknown as S;
}

/**
 * A gate that refuses an own `__proto__` key (JSON.parse makes one) as an unknown field. zod's
 * records and loose objects copy their input and leave such a key out of the copy, neither kept
 * nor refused; put this gate in front of them so that it is refused, as every strict object
 * refuses an unknown key.
 *
 * @returns the gate (any value passes but an object with an own `__proto__` key)
 * @example
 * ```ts
 * const gated = z.pipe(noPrototypeKey(), z.record(z.string(), z.number()));
 * safeParseWithSchema(gated, JSON.parse('{"__proto__": 1}')).success; //=> false ('unknown-key')
 * ```
 * @internal
 */
export function noPrototypeKey(): z.ZodMiniType<unknown, unknown> {
  return refineWith(z.unknown(), (value, ctx) => {
    if (typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__'))
      addDudaoIssue(ctx, ['__proto__'], {
        code: 'unknown-key',
        message: 'unknown field "__proto__"',
        messageZh: '未知字段 "__proto__"',
      });
  });
}

/**
 * A record (键值表) that refuses an own `__proto__` key instead of leaving it out: zod's record
 * behind {@link noPrototypeKey}. Its JSON Schema is the record's.
 *
 * @param key - the key schema
 * @param value - the value schema
 * @returns the gated record
 * @example
 * ```ts
 * const vetoes = recordOf(idSchema, z.boolean());
 * ```
 * @internal
 */
export function recordOf<K extends z.core.$ZodRecordKey, V extends z.core.SomeType>(
  key: K,
  value: V,
): z.ZodMiniPipe<z.ZodMiniType<unknown, unknown>, z.ZodMiniRecord<K, V>> {
  return z.pipe(noPrototypeKey(), z.record(key, value));
}
