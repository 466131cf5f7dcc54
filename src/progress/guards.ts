/**
 * Argument checks of comparisons and trajectories (进展结果参数检查): what the progress
 * renderers ask of them before they read them. These are dudao's own results: their kind and
 * main fields are checked, their nested values trusted.
 * @module
 */
import type { FieldPath } from '../error.js';
import { expectShape, shapeOf } from '../guard.js';
import type { AssessmentComparison } from './compare.js';
import type { Trajectory } from './trajectory.js';

const COMPARISON = /* @__PURE__ */ shapeOf({
  set: 'string',
  programme: 'string',
  county: 'object',
  before: 'object',
  after: 'object',
  readiness: 'object',
  metChange: 'number',
  changes: 'array',
  newlyMet: 'array',
  newlyLost: 'array',
  variation: 'array',
  vetoes: 'array',
  sections: 'object',
  institutions: 'object',
});

const READINESS_PAIR = /* @__PURE__ */ shapeOf({ before: 'object', after: 'object' });

/**
 * Throws a DudaoError unless `value` looks like a comparison of two assessments.
 * @internal
 */
export function expectComparison(
  value: unknown,
  path: FieldPath = ['comparison'],
): asserts value is AssessmentComparison {
  expectShape(
    value,
    path,
    { en: 'a comparison (from compareAssessments)', zh: '评估比较结果（由 compareAssessments 得到）' },
    COMPARISON,
  );
  const readiness = (value as AssessmentComparison).readiness;
  const what = { en: 'the readiness before and after', zh: '前后两次的达标准备情况' };
  expectShape(readiness, [...path, 'readiness'], what, READINESS_PAIR);
}

const TRAJECTORY = /* @__PURE__ */ shapeOf({
  set: 'string',
  county: 'object',
  targetYear: 'number|null',
  points: 'array',
  series: 'array',
  projections: 'array',
});

/**
 * Throws a DudaoError unless `value` looks like a trajectory.
 * @internal
 */
export function expectTrajectory(
  value: unknown,
  path: FieldPath = ['trajectory'],
): asserts value is Trajectory {
  expectShape(
    value,
    path,
    { en: 'a trajectory (from trajectory)', zh: '发展轨迹（由 trajectory 得到）' },
    TRAJECTORY,
  );
}
