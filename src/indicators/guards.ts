/**
 * The argument check of an indicator set (指标体系参数检查): what dudao's functions ask of a set
 * before they read it. A set comes from `getIndicatorSet`, `parseIndicatorSet` or
 * `customizeIndicatorSet`, which validate it in full; here only its kind and main fields are
 * checked, so that a missing or misplaced argument is a DudaoError.
 * @module
 */
import type { FieldPath } from '../error.js';
import { expectShape, shapeOf } from '../guard.js';
import type { IndicatorSet } from './types.js';

const INDICATOR_SET = /* @__PURE__ */ shapeOf({
  id: 'string',
  version: 'string',
  programme: 'string',
  name: 'object',
  rules: 'object',
  indicators: 'array',
});

/**
 * Throws a DudaoError unless `value` looks like an indicator set (an object with `id`,
 * `version`, `programme`, `name`, `rules` and `indicators`).
 * @internal
 */
export function expectIndicatorSet(value: unknown, path: FieldPath = ['set']): asserts value is IndicatorSet {
  expectShape(
    value,
    path,
    {
      en: 'an indicator set (from getIndicatorSet, parseIndicatorSet or customizeIndicatorSet)',
      zh: '指标体系（由 getIndicatorSet、parseIndicatorSet 或 customizeIndicatorSet 得到）',
    },
    INDICATOR_SET,
  );
}
