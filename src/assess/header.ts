/**
 * What every county assessment starts with (评估结论): the set it was made with, the county, the
 * year and the verdict. One shape and one function for the compulsory, preschool and
 * supervision-reform assessments.
 * @module
 */
import type { IndicatorSet } from '../indicators/types.js';

/**
 * The verdict of a county assessment: `passed`, `failed`, or `incomplete` (nothing failed, but
 * missing data leaves something open).
 * @category Assessment
 * @example
 * ```ts
 * const status: VerdictStatus = 'incomplete';
 * ```
 */
export type VerdictStatus = 'passed' | 'failed' | 'incomplete';

/**
 * The fields every county assessment begins with.
 * @category Assessment
 * @example
 * ```ts
 * const { set, county, status, passed }: AssessmentHeader = assessCompulsory(dataset, compulsoryQuality2017);
 * ```
 */
export interface AssessmentHeader {
  /** The set's id. */
  readonly set: string;
  /** The set's version. */
  readonly setVersion: string;
  /** The programme. */
  readonly programme: string;
  /** The county. */
  readonly county: {
    /** Its administrative code. */
    readonly code: string;
    /** Its name. */
    readonly name: string;
  };
  /** The data year. */
  readonly year: number;
  /** `passed`, `failed`, or `incomplete` (nothing failed, but missing data leaves something open). */
  readonly status: VerdictStatus;
  /** The overall verdict: true only when every requirement is decided and met. */
  readonly passed: boolean;
}

/**
 * The header of a county assessment: the verdict from what failed and what is undecided.
 * @category Assessment
 * @param set - the indicator set
 * @param dataset - the county and year assessed
 * @param failed - whether any requirement failed
 * @param undecided - whether missing data leaves a requirement open
 * @returns the header fields
 * @example
 * ```ts
 * assessmentHeader(compulsoryQuality2017, { county: { code: '610328', name: '示例县' }, year: 2021 }, false, true).status;
 * //=> 'incomplete'
 * ```
 */
export function assessmentHeader(
  set: Pick<IndicatorSet, 'id' | 'version' | 'programme'>,
  dataset: { readonly county: { readonly code: string; readonly name: string }; readonly year: number },
  failed: boolean,
  undecided: boolean,
): AssessmentHeader {
  const status: VerdictStatus = failed ? 'failed' : undecided ? 'incomplete' : 'passed';
  return {
    set: set.id,
    setVersion: set.version,
    programme: set.programme,
    county: { code: dataset.county.code, name: dataset.county.name },
    year: dataset.year,
    status,
    passed: status === 'passed',
  };
}
