/**
 * Which schools the resource indicators and the CV leave out (不纳入计算的学校), and why: one rule,
 * used by the assessment and by inspection coverage alike. Special-education schools and the
 * kinds a set excludes; teaching points below the set's cut-off (教督〔2017〕6号: teaching points
 * of fewer than 50 pupils are not assessed school by school; the 2012 rule leaves every teaching
 * point out of the CV); private schools when only public schools are assessed.
 * @module
 */
import { expectOneOf, expectWholeNumber, optionsOf } from '../guard.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import type { IndicatorSet } from '../indicators/types.js';
import { compareValueTo, thresholdOf } from '../numeric/decide.js';
import { Decimal, toDecimal } from '../numeric/decimal.js';
import type { School } from '../schema/compulsory.js';
import { expectSchool } from './guards.js';
import type { Exclusion } from './types.js';

/**
 * What decides which schools are left out, besides the set's own rules.
 * @category Assessment
 * @example
 * ```ts
 * const options: ExclusionOptions = { excludeTeachingPointsBelow: 30, ownership: 'public' };
 * ```
 */
export interface ExclusionOptions {
  /** Override the set's cut-off for teaching points (a number of pupils, or `all`). */
  readonly excludeTeachingPointsBelow?: number | 'all';
  /** Assess only public schools (the 2012 data forms leave private schools out). Default `all`. */
  readonly ownership?: 'all' | 'public';
}

/**
 * The compulsory pupils of a school (在校生数): primary plus junior, exactly.
 * @category Assessment
 * @param school - a school of a compulsory dataset
 * @returns the sum of its sections' pupils
 * @example
 * ```ts
 * compulsoryPupils({ ...school, sections: { primary: { ...p, pupils: 210 }, junior: { ...j, pupils: 166 } } }).toString(); //=> '376'
 * ```
 */
export function compulsoryPupils(school: School): Decimal {
  expectSchool(school);
  return pupilsOf(school);
}

/**
 * {@link compulsoryPupils} of a school already validated.
 * @internal
 */
export function pupilsOf(school: School): Decimal {
  const whole = wholePupilsOf(school);
  if (whole !== undefined) return new Decimal(whole);
  const primary = school.sections.primary?.pupils ?? 0;
  const junior = school.sections.junior?.pupils ?? 0;
  return toDecimal(primary).plus(toDecimal(junior));
}

// The pupils of a school's sections as a number when they are whole JSON numbers whose sum is a
// safe integer (then the float sum is exact), else undefined.
function wholePupilsOf(school: School): number | undefined {
  const primary = school.sections.primary?.pupils ?? 0;
  const junior = school.sections.junior?.pupils ?? 0;
  if (typeof primary !== 'number' || typeof junior !== 'number') return undefined;
  const sum = primary + junior;
  return Number.isSafeInteger(primary) && Number.isSafeInteger(junior) && Number.isSafeInteger(sum)
    ? sum
    : undefined;
}

/**
 * Whether a school is left out of the resource indicators and the CV, and why (never dropped
 * silently): reasons `special-education`, `kind-excluded`, `teaching-point` (every teaching
 * point, the 2012 rule), `teaching-point-below-N` and `ownership`.
 * @category Assessment
 * @param school - a school of a compulsory dataset
 * @param set - the indicator set (its `excludeKinds` and `excludeTeachingPointsBelow` rules)
 * @param options - overrides of the cut-off, and whether only public schools count
 * @returns the exclusion with its reason in both languages, or null when the school is in scope
 * @example
 * ```ts
 * schoolExclusion({ ...school, kind: 'teaching-point', sections: { primary: { ...p, pupils: 32 } } }, compulsoryQuality2017)?.reason;
 * //=> 'teaching-point-below-50'
 * ```
 */
export function schoolExclusion(
  school: School,
  set: IndicatorSet,
  options: ExclusionOptions = {},
): Exclusion | null {
  expectSchool(school);
  expectIndicatorSet(set);
  return exclusionOf(school, set, exclusionOptionsOf(options));
}

/**
 * Reads the exclusion options: a cut-off that is a whole number of pupils or `all`, and an
 * ownership filter `all` or `public`.
 * @internal
 */
export function exclusionOptionsOf<T extends ExclusionOptions>(options: T | undefined): T {
  const checked = optionsOf(options, { excludeTeachingPointsBelow: 'number|string' });
  const cut = checked.excludeTeachingPointsBelow;
  if (cut !== undefined && cut !== 'all')
    expectWholeNumber(cut, 0, 1e9, ['options', 'excludeTeachingPointsBelow']);
  if (checked.ownership !== undefined)
    expectOneOf(checked.ownership, ['all', 'public'], ['options', 'ownership']);
  return checked;
}

/**
 * {@link schoolExclusion} of a school, a set and options already checked.
 * @internal
 */
export function exclusionOf(school: School, set: IndicatorSet, options: ExclusionOptions): Exclusion | null {
  const excludeKinds = set.rules.excludeKinds;
  const kindExcluded = excludeKinds?.includes(school.kind);
  const cut =
    school.kind === 'teaching-point'
      ? (options.excludeTeachingPointsBelow ?? set.rules.excludeTeachingPointsBelow)
      : undefined;
  const privateLeftOut = options.ownership === 'public' && school.ownership === 'private';
  // Most schools are in scope: decide that without adding up their pupils.
  if (!kindExcluded && cut === undefined && !privateLeftOut) return null;
  // Pupils are whole numbers within the safe integers (validated): the number is exact. Plain
  // JSON numbers are added as such; anything else in Decimal.
  const pupils: number | Decimal = wholePupilsOf(school) ?? pupilsOf(school);
  const base = {
    schoolId: school.id,
    schoolName: school.name,
    kind: school.kind,
    pupils: typeof pupils === 'number' ? pupils : pupils.toNumber(),
  };
  if (kindExcluded) {
    return {
      ...base,
      reason: school.kind === 'special-education' ? 'special-education' : 'kind-excluded',
      explanation: {
        en: `${school.kind} schools are outside the resource indicators and the CV`,
        zh:
          school.kind === 'special-education'
            ? '特殊教育学校不纳入资源配置指标和差异系数计算'
            : `${school.kind} 类学校不纳入计算`,
      },
    };
  }
  if (cut === 'all') {
    return {
      ...base,
      reason: 'teaching-point',
      explanation: { en: 'teaching points are outside the CV (2012 rule)', zh: '教学点不纳入差异系数计算' },
    };
  }
  if (cut !== undefined && compareValueTo(pupils, thresholdOf(cut)) < 0) {
    return {
      ...base,
      reason: `teaching-point-below-${cut}`,
      explanation: {
        en: `teaching point with ${pupils} pupils (fewer than ${cut})`,
        zh: `教学点在校生 ${pupils} 人，不足 ${cut} 人`,
      },
    };
  }
  if (privateLeftOut) {
    return {
      ...base,
      reason: 'ownership',
      explanation: {
        en: 'private school left out (ownership: public)',
        zh: '民办学校不纳入（仅评估公办学校）',
      },
    };
  }
  return null;
}
