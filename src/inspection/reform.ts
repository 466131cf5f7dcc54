/**
 * Assesses a county against the supervision-reform checklist (教育督导体制机制改革: the 意见 of the General Offices of the CPC Central Committee and the State Council, 2020).
 * The checklist is county facts only, so this module reuses the county metrics and the indicator
 * evaluation of the compulsory assessment and returns the same result types; there are no schools,
 * no CV and no 6-of-7 rule to run.
 * @module
 */

import { countyIndicatorResult, evaluateIndicator } from '../assess/evaluate.js';
import { explainResult } from '../assess/explain.js';
import { type AssessmentHeader, assessmentHeader } from '../assess/header.js';
import { type CountyContext, type CountyMetric, compulsoryMetrics } from '../assess/metrics.js';
import type { CountyIndicatorResult, VerdictReason } from '../assess/types.js';
import { dudaoError, type SafeResult, safely } from '../error.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import type { IndicatorSet } from '../indicators/types.js';
import { supervisionReformDatasetSchema } from '../schema/inspection.js';
import { parseWithSchema } from '../schema/parse.js';

/**
 * The explained assessment of a county against the supervision-reform checklist
 * (教育督导体制机制改革评估结果), in the shape of the compulsory assessment's county part.
 *
 * @category Inspections
 * @example
 * ```ts
 * const a: SupervisionReformAssessment = assessSupervisionReform(dataset, supervisionReform2020);
 * a.status; //=> 'incomplete'
 * ```
 */
export interface SupervisionReformAssessment extends AssessmentHeader {
  /** One result per indicator of the set, in the set's order. */
  readonly countyIndicators: readonly CountyIndicatorResult[];
  /** Why the county did not pass, or what is undecided (`indicator-unmet`, `veto`, `unknown`). Empty when it passed. */
  readonly reasons: readonly VerdictReason[];
  /** Fact keys of the dataset that no indicator of the set reads (a misspelt id, usually). */
  readonly unusedFacts: readonly string[];
}

function countyMetricFor(set: IndicatorSet, index: number): CountyMetric {
  const indicator = set.indicators[index];
  const metric = indicator === undefined ? undefined : compulsoryMetrics[indicator.metric];
  if (indicator === undefined || metric === undefined || metric.level !== 'county') {
    const id = indicator?.metric ?? '';
    throw dudaoError(
      'unsupported-metric',
      ['set', 'indicators', index, 'metric'],
      `metric "${id}" is not a county metric; the supervision-reform assessment reads county facts only`,
      `指标计算方法 "${id}" 不是县级方法；教育督导体制机制改革评估只读取县级材料`,
    );
  }
  return metric;
}

/**
 * Assesses a county against the supervision-reform checklist (教育督导体制机制改革评估): each
 * indicator of the set is computed by its county metric from `countyFacts` and decided exactly
 * (a ratio such as 120 schools ÷ 26 inspectors is compared as 120 ≤ 5 × 26, without division).
 *
 * A missing fact makes its indicator `unknown`, never met, and the status `incomplete` unless
 * something else fails. The dataset is validated first.
 *
 * @category Inspections
 * @param input - a {@link SupervisionReformDataset} (validated here)
 * @param set - the checklist, e.g. {@link supervisionReform2020}
 * @returns the explained assessment
 * @throws {@link DudaoError} `wrong-programme` when the set is not a supervision-reform set,
 *   `unsupported-metric` when an indicator needs schools or a survey, or the dataset's problems
 * @example
 * ```ts
 * const a = assessSupervisionReform(
 *   {
 *     schemaVersion: 1,
 *     county: { code: '610328', name: '示例县' },
 *     year: 2022,
 *     countyFacts: { 'schools-per-inspector': { numerator: 120, denominator: 26 } },
 *   },
 *   supervisionReform2020,
 * );
 * a.countyIndicators.find((r) => r.indicator === 'schools-per-inspector')?.met; //=> true
 * a.status; //=> 'incomplete' (12 facts missing)
 * ```
 */
export function assessSupervisionReform(input: unknown, set: IndicatorSet): SupervisionReformAssessment {
  expectIndicatorSet(set);
  if (set.programme !== 'supervision-reform') {
    throw dudaoError(
      'wrong-programme',
      ['set', 'programme'],
      `set "${set.id}" is for ${set.programme}, not supervision-reform`,
      `指标体系 "${set.id}" 不属于教育督导体制机制改革（${set.programme}）`,
    );
  }
  const metrics = set.indicators.map((_, i) => countyMetricFor(set, i));
  const dataset = parseWithSchema(supervisionReformDatasetSchema, input);
  const context: CountyContext = {
    facts: dataset.countyFacts,
    vetoes: dataset.vetoes ?? {},
    survey: undefined,
    schools: [],
  };

  const countyIndicators: CountyIndicatorResult[] = [];
  const reasons: VerdictReason[] = [];
  let failed = false;
  let undecided = false;
  const read = new Set<string>();
  set.indicators.forEach((indicator, i) => {
    read.add(indicator.id);
    for (const alias of indicator.aliases ?? []) read.add(alias);
    const metric = metrics[i] as CountyMetric;
    const stage = indicator.stages.length === 1 ? indicator.stages[0] : undefined;
    const result: CountyIndicatorResult = countyIndicatorResult(
      indicator,
      evaluateIndicator(indicator, metric.compute(context, indicator), stage === undefined ? {} : { stage }),
    );
    countyIndicators.push(result);
    if (result.advisory || result.status === 'met' || result.status === 'not-applicable') return;
    if (result.status === 'measured') return;
    const name = indicator.name;
    const explanation = explainResult(result);
    if (result.status === 'unknown') {
      undecided = true;
      reasons.push({
        code: 'unknown',
        indicator: indicator.id,
        en: `${name.en}: ${explanation.en}`,
        zh: `${name.zh}：${explanation.zh}`,
      });
      return;
    }
    failed = true;
    const veto = result.veto || indicator.aspect === 'veto';
    reasons.push({
      code: veto ? 'veto' : 'indicator-unmet',
      indicator: indicator.id,
      en: `${name.en}: ${veto && result.basis === 'veto' ? 'veto condition occurred' : `not met (${explanation.en})`}`,
      zh: `${name.zh}：${veto && result.basis === 'veto' ? '存在一票否决情形' : `未达标（${explanation.zh}）`}`,
    });
  });

  return {
    ...assessmentHeader(set, dataset, failed, undecided),
    countyIndicators,
    reasons,
    unusedFacts: Object.keys(dataset.countyFacts).filter((key) => !read.has(key)),
  };
}

/**
 * {@link assessSupervisionReform} (教育督导体制机制改革评估) without throwing: invalid input comes
 * back as `{ success: false, error }`.
 *
 * @category Inspections
 * @param input - a {@link SupervisionReformDataset}
 * @param set - the checklist
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * safeAssessSupervisionReform({ schemaVersion: 1 }, supervisionReform2020).success; //=> false
 * ```
 */
export function safeAssessSupervisionReform(
  input: unknown,
  set: IndicatorSet,
): SafeResult<SupervisionReformAssessment> {
  return safely(() => assessSupervisionReform(input, set));
}
