/**
 * Breakdowns of the rectification summary (分类统计): the same figures per county, programme,
 * source inspection, inspection level, category, commonality, scope, responsible unit, severity
 * or rectification mode. Each group's summary follows exactly the rules of
 * `rectificationSummary`.
 * @module
 */
import { dudaoError, quoteInput } from '../error.js';
import { expectOneOf, expectShape } from '../guard.js';
import { expectLedgerState } from '../ledger/guards.js';
import { compareText } from '../ledger/query.js';
import type { IssueState, LedgerState } from '../ledger/types.js';
import type { IssueScope } from '../schema/ledger.js';
import { parseCalendarDate } from './dates.js';
import { expectScoreOptions } from './guards.js';
import {
  countIssue,
  emptyCounts,
  type RectificationSummary,
  type SummaryCounts,
  summaryFromCounts,
} from './summary.js';

/**
 * What a breakdown groups issues by (分类维度):
 * - `county`: the county code; `programme`; `source`: the inspection id; `level`: the
 *   inspection's level; `category`; `commonality` (共性 / 个性); `severity`; `mode`;
 * - `scope`: `county`, `school:<id>`, `kindergarten:<id>` or `department:<unit>`;
 *   `scope-kind`: `county`, `school`, `kindergarten` or `department`;
 * - `responsible`: each responsible unit (lead units only by default, see
 *   {@link BreakdownOptions.responsible}).
 *
 * @category Scoring
 * @example
 * ```ts
 * const by: BreakdownDimension = 'responsible';
 * ```
 */
export type BreakdownDimension =
  | 'county'
  | 'programme'
  | 'source'
  | 'level'
  | 'category'
  | 'commonality'
  | 'scope'
  | 'scope-kind'
  | 'responsible'
  | 'severity'
  | 'mode';

/**
 * Every breakdown dimension, in the order reports list them.
 *
 * @category Scoring
 * @example
 * ```ts
 * BREAKDOWN_DIMENSIONS.includes('county'); //=> true
 * ```
 */
export const BREAKDOWN_DIMENSIONS: readonly BreakdownDimension[] = [
  'county',
  'programme',
  'source',
  'level',
  'category',
  'commonality',
  'scope',
  'scope-kind',
  'responsible',
  'severity',
  'mode',
];

/**
 * Options of {@link rectificationBreakdown}.
 *
 * @category Scoring
 * @example
 * ```ts
 * const options: BreakdownOptions = { asOf: '2021-12-10', by: 'responsible', responsible: 'all' };
 * ```
 */
export interface BreakdownOptions {
  /** The day, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** What to group by. */
  readonly by: BreakdownDimension;
  /**
   * For `by: 'responsible'`: `lead` (default) counts each issue once, under its lead unit(s)
   * (牵头单位); `all` counts it under every unit it names, lead or supporting (配合), so the
   * groups add up to more than the total.
   */
  readonly responsible?: 'lead' | 'all';
}

/**
 * One group of a breakdown: its key and the summary of its issues.
 *
 * @category Scoring
 * @example
 * ```ts
 * const row: BreakdownRow = { key: '财政局', summary };
 * ```
 */
export interface BreakdownRow {
  /** The group's key, e.g. `610328`, `school:s03`, `财政局`. */
  readonly key: string;
  /** The summary of the group's issues. */
  readonly summary: RectificationSummary;
}

/**
 * The key of a scope: `county`, `school:<id>`, `kindergarten:<id>` or `department:<unit>`.
 *
 * @category Scoring
 * @param scope - an issue's scope
 * @returns its key
 * @example
 * ```ts
 * scopeKey({ kind: 'school', schoolId: 's03' }); //=> 'school:s03'
 * ```
 */
export function scopeKey(scope: IssueScope): string {
  const what = { en: 'the scope of an issue ({ kind, … })', zh: '问题范围（{ kind, … }）' };
  expectShape(scope, ['scope'], what, { kind: 'string' });
  const id = { school: 'schoolId', kindergarten: 'kindergartenId', department: 'unit' } as const;
  expectOneOf(scope.kind, ['county', 'school', 'kindergarten', 'department'], ['scope', 'kind']);
  if (scope.kind !== 'county') expectShape(scope, ['scope'], what, { [id[scope.kind]]: 'string' });
  switch (scope.kind) {
    case 'county':
      return 'county';
    case 'school':
      return `school:${scope.schoolId}`;
    case 'kindergarten':
      return `kindergarten:${scope.kindergartenId}`;
    case 'department':
      return `department:${scope.unit}`;
  }
}

function keysOf(issue: IssueState, by: BreakdownDimension, responsible: 'lead' | 'all'): readonly string[] {
  const i = issue.issue;
  switch (by) {
    case 'county':
      return [i.county];
    case 'programme':
      return [i.programme];
    case 'source':
      return [i.source.inspection];
    case 'level':
      return [i.source.level];
    case 'category':
      return [i.category];
    case 'commonality':
      return [i.commonality];
    case 'scope':
      return [scopeKey(i.scope)];
    case 'scope-kind':
      return [i.scope.kind];
    case 'responsible':
      return responsible === 'lead' ? issue.lead : [...issue.lead, ...issue.supporting];
    case 'severity':
      return [i.severity];
    case 'mode':
      return [i.mode];
  }
}

/**
 * The rectification summary per group (分类统计), e.g. per county or per responsible department.
 * Groups are listed by key (code-unit order, the same on every machine); issues raised after
 * `asOf` are left out, so a group appears once it has an issue.
 *
 * @category Scoring
 * @param state - a replayed ledger
 * @param options - `asOf`, `by`, and for `responsible` whether supporting units count
 * @returns one row per group
 * @throws {@link DudaoError} `invalid-date` at `['asOf']`, `invalid-enum` at `['by']`
 * @example
 * ```ts
 * rectificationBreakdown(state, { asOf: '2021-12-10', by: 'county' }).map((r) => [r.key, r.summary.rate]);
 * //=> [['610323', 0.85], ['610328', 0.8], ['610330', 0.8]]
 * ```
 */
export function rectificationBreakdown(state: LedgerState, options: BreakdownOptions): BreakdownRow[] {
  expectLedgerState(state);
  expectScoreOptions(options);
  if (options.responsible !== undefined) expectOneOf(options.responsible, ['lead', 'all'], ['responsible']);
  const asOf = options.asOf;
  parseCalendarDate(asOf, ['asOf']);
  if (!BREAKDOWN_DIMENSIONS.includes(options.by)) {
    throw dudaoError(
      'invalid-enum',
      ['by'],
      `must be one of ${BREAKDOWN_DIMENSIONS.join(', ')} (got ${quoteInput(options.by)})`,
      `必须是 ${BREAKDOWN_DIMENSIONS.join('、')} 之一（实际为 ${quoteInput(options.by)}）`,
    );
  }
  const responsible = options.responsible ?? 'lead';
  const groups = new Map<string, SummaryCounts>();
  for (const issue of state.issues) {
    if (issue.raisedAt > asOf) continue;
    for (const key of new Set(keysOf(issue, options.by, responsible))) {
      let counts = groups.get(key);
      if (counts === undefined) {
        counts = emptyCounts();
        groups.set(key, counts);
      }
      countIssue(counts, issue, asOf);
    }
  }
  return [...groups.keys()]
    .sort(compareText)
    .map((key) => ({ key, summary: summaryFromCounts(asOf, groups.get(key) as SummaryCounts) }));
}
