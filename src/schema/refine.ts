/**
 * Cross-field rules (跨字段规则) attached to dudao's schemas. A rule runs even when a field of the
 * value already failed, so that one parse reports every problem of a document.
 * @module
 */
import * as z from 'zod/mini';

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
