/**
 * The JSON documents of results (结果的 JSON 文档): results hold figures as numbers, while the
 * documents of the data contract write every figure as a decimal string ("Outputs write decimal
 * strings, never floats"), counts as JSON numbers, and each indicator result with its
 * explanation. One function makes that conversion, for the command line and for apps alike.
 * @module
 */
import { explainOf } from '../assess/explain.js';
import type { IndicatorResult } from '../assess/types.js';
import { dudaoError } from '../error.js';
import { Decimal, isDecimal } from '../numeric/decimal.js';

/**
 * The keys whose whole-number values are counts, written as JSON numbers by
 * {@link toJsonDocument}; a number under any other key is a figure, written as a decimal string.
 * The set is what the command line has always written as JSON numbers (found by running every
 * command over every example and the sample city), plus the counts of the other public results
 * (`eventCount`, `outstanding`, `points`, `size`, `group`, `spread`, `bound`) and of a return
 * visit (`due`, `rechecked`, `notRechecked`, the outcomes, `newIssues`, `rated`). Besides counts it
 * holds years (`year`, `targetYear`, `plannedYear`), positions (`index`, `classIndex`) and the
 * indices of a warning's `path`. A count key means a count wherever it appears (`total` is always
 * a count; the figures that are totals have their own names: `schoolTotal`, `totalAddition`,
 * `allChildren`, `totalWeight`).
 * @category Reports
 * @example
 * ```ts
 * COUNT_KEYS.has('metCount'); //=> true
 * COUNT_KEYS.has('pupils'); //=> false (a figure: "812")
 * ```
 */
export const COUNT_KEYS: ReadonlySet<string> = new Set([
  // Assessments: sections, variation, preschool compliance and class sizes, gaps.
  'metCount',
  'unmetCount',
  'unknownCount',
  'minMet',
  'counted',
  'count',
  'applicable',
  'compliant',
  'nonCompliant',
  'unknown',
  'total',
  'within',
  'over',
  'uncapped',
  'classes',
  'kindergartens',
  'publicKindergartens',
  'index',
  'classIndex',
  'extraClasses',
  'extraClassesNeeded',
  'kindergartensNeeded',
  'year',
  'plannedYear',
  'path',
  // Ledger reports.
  'withdrawn',
  'open',
  'in-progress',
  'rectified',
  'verified',
  'closed',
  'verifiedOrClosed',
  'overdue',
  'onTime',
  'daysOverdue',
  'eventsAfterAsOf',
  'eventCount',
  'outstanding',
  'points',
  // Return visits: issues due for recheck, rechecked, per outcome, new, rated.
  'due',
  'rechecked',
  'notRechecked',
  'basically-rectified',
  'not-rectified',
  'not-applicable',
  'newIssues',
  'rated',
  // Progress: readiness, comparisons, trajectories.
  'met',
  'unmet',
  'decided',
  'passing',
  'failing',
  'metChange',
  'pointsUsed',
  'targetYear',
  // City reports, coverage and team plans.
  'inspections',
  'institutionsAssessed',
  'institutionVisits',
  'institutionsInScope',
  'institutionsInScopeVisited',
  'targetCounties',
  'countiesInspected',
  'countiesCovered',
  'problemAspects',
  'opinions',
  'findings',
  'departmentsVisited',
  'interviewed',
  'visited',
  'size',
  'group',
  'spread',
  'bound',
]);

/**
 * A finite number in plain decimal notation, exactly the decimal it stands for in its shortest
 * form (so `Number(decimalString(x)) === x`): no exponent, `-0` as `'0'`. NaN and ±Infinity are
 * no figure: a {@link DudaoError} (`not-a-number`, `not-finite`) at `path`, never printed.
 * @param x - the number
 * @param path - where it sits, for the error
 * @returns its decimal string
 * @internal
 */
export function decimalString(x: number, path: readonly (string | number)[] = []): string {
  if (Number.isNaN(x)) {
    throw dudaoError('not-a-number', path, 'NaN is not a figure', 'NaN 不是有效数值');
  }
  if (!Number.isFinite(x)) {
    throw dudaoError('not-finite', path, `${x} is not a finite figure`, `${x} 不是有限数值`);
  }
  // Number#toString writes the shortest decimal that reads back as x; only below 1e-6 and from
  // 1e21 on does it use an exponent, which the Decimal of that decimal writes out.
  const text = String(x);
  return text.includes('e') ? new Decimal(x).toFixed() : text === '-0' ? '0' : text;
}

// A decimal.js instance (an app's own, or a result not yet plain) as the string JSON always had.
function decimalInstanceString(d: Decimal, path: readonly (string | number)[]): string {
  if (d.isNaN()) throw dudaoError('not-a-number', path, 'NaN is not a figure', 'NaN 不是有效数值');
  if (!d.isFinite()) {
    const sign = d.isNegative() ? '-' : '';
    throw dudaoError(
      'not-finite',
      path,
      `${sign}Infinity is not a finite figure`,
      `${sign}Infinity 不是有限数值`,
    );
  }
  return d.isZero() ? '0' : d.toFixed();
}

function isIndicatorResult(value: object): value is IndicatorResult {
  const v = value as Partial<Record<'indicator' | 'status' | 'comparator', unknown>>;
  return typeof v.indicator === 'string' && typeof v.status === 'string' && typeof v.comparator === 'string';
}

// Results are a few levels deep; anything deeper is refused before it can exhaust the stack.
const MAX_DEPTH = 256;

// Values JSON.stringify leaves out of an object (and writes as null in an array).
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * The JSON document of a result (结果的 JSON 文档), as the
 * [data contract](../../docs/data-contract.md#4-command-line-output) writes it and the command
 * line prints it: a deep plain copy (what `JSON.parse(JSON.stringify(value))` would give) in which
 * - every number is a plain decimal string (`4.2` → `"4.2"`, `1e-7` → `"0.0000001"`, never an
 *   exponent; the shortest decimal that reads back as the same number), except a whole number
 *   under a count key ({@link COUNT_KEYS}: `metCount`, `count`, `year`, …), which stays a number;
 * - every indicator result (an object with `indicator`, `status` and `comparator`) gains its
 *   `explanation`, from {@link explainResult}: `{ en: '21 ÷ 500 × 100 = 4.2 ≥ 4.2', zh: … }`;
 * - a decimal.js instance is its plain decimal string, as before results were plain;
 * - keys holding `undefined` (or a function) are left out, as `JSON.stringify` does; a value with
 *   a `toJSON` method is replaced by what it returns.
 *
 * The input is not changed. `JSON.stringify(toJsonDocument(result), null, 2)` is the text of
 * `dudao assess --format json`.
 * @category Reports
 * @param value - a result (an assessment, a gap report, a comparison…) or any JSON-like value
 * @returns its JSON document: strings, booleans, null, count numbers, arrays and plain objects
 * @throws {@link DudaoError} at the path of the value: `not-a-number` or `not-finite` for a NaN or
 *   infinite number, `invalid-type` for a bigint, `invalid-value` for a circular structure,
 *   `too-big` for nesting deeper than 256 levels
 * @example
 * ```ts
 * toJsonDocument({ metCount: 6, value: 4.2, shares: [0.5, 1e-7] });
 * //=> { metCount: 6, value: '4.2', shares: ['0.5', '0.0000001'] }
 * const result: IndicatorResult = {
 *   indicator: 'qualified-teachers-per-100', status: 'met', met: true, value: 4.2,
 *   numerator: 21, denominator: 500, scale: 100, threshold: 4.2, comparator: 'gte', shortfall: null,
 * };
 * toJsonDocument(result);
 * //=> { indicator: 'qualified-teachers-per-100', status: 'met', met: true, value: '4.2',
 * //     numerator: '21', denominator: '500', scale: '100', threshold: '4.2', comparator: 'gte',
 * //     shortfall: null, explanation: { en: '21 ÷ 500 × 100 = 4.2 ≥ 4.2', zh: '21 ÷ 500 × 100 = 4.2 ≥ 4.2' } }
 * // The text `dudao assess --format json` prints:
 * const text = JSON.stringify(toJsonDocument({ ...assessment, gaps }), null, 2);
 * ```
 */
export function toJsonDocument(value: unknown): unknown {
  const path: (string | number)[] = [];
  const ancestors = new Set<object>();

  // `key` holds the value (for an array's items, the array's key); `parent` holds that.
  const convert = (input: unknown, key: string, parent: string): unknown => {
    let v = input;
    if (v !== null && typeof v === 'object' && !isDecimal(v)) {
      const toJSON = (v as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') v = toJSON.call(v, key);
    }
    switch (typeof v) {
      case 'number':
        if (COUNT_KEYS.has(key) && Number.isSafeInteger(v)) {
          return v === 0 ? 0 : v;
        }
        return decimalString(v, path);
      case 'string':
      case 'boolean':
        return v;
      case 'bigint':
        throw dudaoError(
          'invalid-type',
          path,
          'a bigint has no JSON form (give a number or a decimal string)',
          'bigint 无法写成 JSON（请使用数字或十进制数字字符串）',
        );
      case 'object':
        break;
      default:
        return undefined;
    }
    if (v === null) return null;
    if (isDecimal(v)) return decimalInstanceString(v, path);
    if (ancestors.has(v)) {
      throw dudaoError(
        'invalid-value',
        path,
        'refers to an object that contains it: a circular structure has no JSON form',
        '引用了包含它自身的对象：循环结构无法写成 JSON',
      );
    }
    if (path.length >= MAX_DEPTH) {
      throw dudaoError(
        'too-big',
        path,
        `is nested deeper than ${MAX_DEPTH} levels`,
        `嵌套超过 ${MAX_DEPTH} 层`,
      );
    }
    ancestors.add(v);
    let out: unknown;
    if (Array.isArray(v)) {
      const items: unknown[] = new Array(v.length);
      for (let i = 0; i < v.length; i += 1) {
        path.push(i);
        const item = convert(v[i], key, parent);
        path.pop();
        items[i] = isOmitted(item) ? null : item;
      }
      out = items;
    } else {
      const object: Record<string, unknown> = {};
      const source = v as Record<string, unknown>;
      for (const k of Object.keys(source)) {
        path.push(k);
        const member = convert(source[k], k, key);
        path.pop();
        if (!isOmitted(member)) object[k] = member;
      }
      if (isIndicatorResult(v)) object.explanation = explainOf(v);
      out = object;
    }
    ancestors.delete(v);
    return out;
  };
  return convert(value, '', '');
}
