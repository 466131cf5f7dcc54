/**
 * What the data say about the issues a return visit rechecks (数据核对，供复查参考): a later
 * assessment of a county, set against the issues due for recheck, tells which of them its data
 * now show as met. A suggestion, never a decision: the recheck on site decides, and its outcome
 * is shown beside the data so that a disagreement stands out.
 * @module
 */
import { type FindingsAssessment, metSinceFindings } from '../assess/findings.js';
import { expectAssessment } from '../assess/guards.js';
import type { Label } from '../indicators/types.js';
import { expectLedgerState } from '../ledger/guards.js';
import type { LedgerState } from '../ledger/types.js';
import type { RecheckOutcome } from '../schema/ledger.js';
import { expectReturnVisitSummary } from '../scoring/guards.js';
import type { ReturnVisitSummary } from '../scoring/return-visit.js';

/**
 * One issue due for recheck, with what a later assessment's data show and what the recheck
 * decided (复查参考).
 *
 * @category Inspection and city
 * @example
 * ```ts
 * const s: RecheckSuggestion = {
 *   issueId: 'DH-2505-01', county: '990101', indicator: 'sports-area-per-pupil', met: true,
 *   explanation: { en: '…', zh: '…' }, note: { en: 'the data show it met; the recheck decides', zh: '数据显示已达标，以复查结论为准' },
 *   outcome: 'rectified', agrees: true,
 * };
 * ```
 */
export interface RecheckSuggestion {
  /** The issue. */
  readonly issueId: string;
  /** Its county code. */
  readonly county: string;
  /** The indicator it concerns. */
  readonly indicator: string;
  /** What the later data show: `true` met, `false` still unmet, null undecided (not assessed, data missing). */
  readonly met: boolean | null;
  /** The later result's explanation; null when no result matched. */
  readonly explanation: Label | null;
  /** The suggestion in words, always ending "the recheck decides" (以复查结论为准). */
  readonly note: Label;
  /** The visit's outcome for the issue; null when it was not rechecked. */
  readonly outcome: RecheckOutcome | null;
  /**
   * Whether the outcome agrees with the data: met and rectified, or unmet and not rectified
   * (basically or not at all); null when either is missing or the issue no longer applies.
   */
  readonly agrees: boolean | null;
}

const NOTES: Readonly<Record<'met' | 'unmet' | 'undecided', Label>> = {
  met: { en: 'the data show it met; the recheck decides', zh: '数据显示已达标，以复查结论为准' },
  unmet: { en: 'the data show it still unmet; the recheck decides', zh: '数据显示仍未达标，以复查结论为准' },
  undecided: {
    en: 'the data do not decide it (not assessed or data missing); the recheck decides',
    zh: '数据无法判定（未评估或数据缺失），以复查结论为准',
  },
};

/**
 * Sets later assessments against the issues a return visit had to recheck (复查数据核对): for
 * each due issue that names an indicator, the matching later result for its county, programme,
 * scope and stage (as {@link metSinceFindings} finds it), the visit's outcome, and whether the two
 * agree. Issues no longer in the rates (withdrawn) are left out, as are issues of a county or
 * programme none of the assessments covers.
 *
 * @category Inspection and city
 * @param state - the replayed ledger the summary was made from
 * @param summary - the visit's summary ({@link returnVisitSummary})
 * @param assessments - the later assessments (one per county and programme)
 * @returns one suggestion per such issue, in the summary's order
 * @example
 * ```ts
 * const summary = returnVisitSummary(state, { inspection: 'SL-2025-11-return' });
 * const suggestions = recheckSuggestions(state, summary, [assessCompulsory(dataset2026, compulsoryQuality2017)]);
 * suggestions.filter((s) => s.met === true && s.outcome !== 'rectified').map((s) => s.issueId); //=> the issues to look at again
 * ```
 */
export function recheckSuggestions(
  state: LedgerState,
  summary: ReturnVisitSummary,
  assessments: FindingsAssessment | readonly FindingsAssessment[],
): RecheckSuggestion[] {
  expectLedgerState(state);
  expectReturnVisitSummary(summary);
  const list: readonly FindingsAssessment[] = Array.isArray(assessments)
    ? assessments
    : [assessments as FindingsAssessment];
  for (let i = 0; i < list.length; i++) {
    expectAssessment(list[i], Array.isArray(assessments) ? ['assessments', i] : ['assessments']);
  }
  const due = new Map(summary.items.map((item) => [item.issueId, item] as const));
  const checks = new Map<string, ReturnType<typeof metSinceFindings>[number]>();
  for (const later of list) {
    const issues = state.issues.filter(
      (i) => due.has(i.id) && i.issue.county === later.county.code && i.issue.programme === later.programme,
    );
    if (issues.length === 0) continue;
    for (const check of metSinceFindings({ ...state, issues }, later)) {
      if (!checks.has(check.issueId)) checks.set(check.issueId, check);
    }
  }
  const out: RecheckSuggestion[] = [];
  for (const item of summary.items) {
    const check = checks.get(item.issueId);
    if (check === undefined) continue;
    const outcome = item.recheck?.outcome ?? null;
    const agrees =
      outcome === null || outcome === 'not-applicable' || check.met === null
        ? null
        : check.met === (outcome === 'rectified');
    out.push({
      issueId: item.issueId,
      county: item.county,
      indicator: check.indicator,
      met: check.met,
      explanation: check.explanation,
      note: NOTES[check.met === null ? 'undecided' : check.met ? 'met' : 'unmet'],
      outcome,
      agrees,
    });
  }
  return out;
}
