/**
 * The county assessment for the preschool sets (县域学前教育普及普惠, 教督〔2020〕1号): access by
 * children, government guarantee, care quality, social recognition and vetoes, each explained;
 * the county's totals and counts of compliant kindergartens and classes; and the verdict with its
 * reasons in Chinese and English.
 * @module
 */
import { dudaoError, type SafeResult, safely } from '../error.js';
import { optionsOf } from '../guard.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import type { Indicator, IndicatorSet, Label } from '../indicators/types.js';
import { Decimal, toDecimal } from '../numeric/decimal.js';
import type { KindergartenOwnership, PreschoolDataset } from '../schema/preschool.js';
import { readPreschoolDataset } from '../schema/read.js';
import { countyIndicatorResult, evaluateIndicator } from './evaluate.js';
import { HUNDRED } from './exact.js';
import { exactValueOf, explainResult, showFigure } from './explain.js';
import { assessmentHeader } from './header.js';
import { assessKindergarten, kindergartenPlan, metricFor } from './kindergarten.js';
import type { MetricOutcome } from './metrics.js';
import {
  classCapIndicators,
  isInclusiveKindergarten,
  isPublicKindergarten,
  type PreschoolContext,
  preschoolMetrics,
} from './preschool-metrics.js';
import type {
  ComplianceStatus,
  ComplianceTally,
  KindergartenCountShare,
  PreschoolAssessment,
  PreschoolAssessOptions,
  PreschoolTotals,
} from './preschool-types.js';
import type { CountyIndicatorResult, DataWarning, IndicatorResult, VerdictReason } from './types.js';

const STAGE = 'kindergarten' as const;
const OWNERSHIPS: readonly KindergartenOwnership[] = [
  'public-education',
  'public-other',
  'private-inclusive',
  'private-other',
];

function tally(statuses: readonly ComplianceStatus[]): ComplianceTally {
  const compliant = statuses.filter((s) => s === 'compliant').length;
  const nonCompliant = statuses.filter((s) => s === 'non-compliant').length;
  const unknown = statuses.filter((s) => s === 'unknown').length;
  const applicable = compliant + nonCompliant + unknown;
  return {
    applicable,
    compliant,
    nonCompliant,
    unknown,
    share: applicable === 0 ? null : new Decimal(compliant).times(HUNDRED).div(applicable).toNumber(),
  };
}

function countShare(part: number, all: number, what: Label): KindergartenCountShare {
  return {
    numerator: part,
    denominator: all,
    value: all === 0 ? null : new Decimal(part).times(HUNDRED).div(all).toNumber(),
    explanation: {
      en: `by kindergartens: ${part} of ${all} kindergartens are ${what.en} (not the official measure, which counts children)`,
      zh: `按幼儿园数计：${all}所幼儿园中${what.zh} ${part} 所（非官方口径；官方按在园幼儿数计）`,
    },
  };
}

function dataWarnings(dataset: PreschoolDataset, set: IndicatorSet): DataWarning[] {
  const warnings: DataWarning[] = [];
  dataset.kindergartens.forEach((kindergarten, i) => {
    if (kindergarten.classes.length === 0) return;
    // Head counts: compared as integers while they stay exact, else as Decimals.
    let whole = 0;
    let exactWhole = typeof kindergarten.children === 'number';
    for (const item of kindergarten.classes) {
      const count = item.children;
      if (typeof count === 'number' && Number.isSafeInteger(whole + count)) whole += count;
      else exactWhole = false;
    }
    if (exactWhole && whole === kindergarten.children) return;
    let sum = new Decimal(0);
    for (const item of kindergarten.classes) sum = sum.plus(toDecimal(item.children));
    const children = toDecimal(kindergarten.children);
    if (!sum.eq(children)) {
      warnings.push({
        code: 'class-children-sum',
        path: ['kindergartens', i, 'classes'],
        en: `children of the classes of ${kindergarten.id} add up to ${sum}, the kindergarten has ${children}`,
        zh: `${kindergarten.id} 各班幼儿数之和 ${sum} 与在园幼儿数 ${children} 不符`,
      });
    }
  });
  const known = new Set(set.indicators.flatMap((i) => [i.id, ...(i.aliases ?? [])]));
  for (const key of Object.keys(dataset.countyFacts)) {
    if (known.has(key)) continue;
    warnings.push({
      code: 'unused-fact',
      path: ['countyFacts', key],
      en: `countyFacts.${key} is not an indicator of ${set.id} and was not used`,
      zh: `countyFacts.${key} 不是指标体系 ${set.id} 的指标，未使用`,
    });
  }
  for (const key of Object.keys(dataset.vetoes)) {
    if (known.has(key)) continue;
    warnings.push({
      code: 'unused-veto',
      path: ['vetoes', key],
      en: `vetoes.${key} is not an indicator of ${set.id} and was not used`,
      zh: `vetoes.${key} 不是指标体系 ${set.id} 的指标，未使用`,
    });
  }
  if (dataset.populationAged3to5 === undefined) {
    // Gross enrolment needs the population unless the county gives its published rate.
    const gross = set.indicators.find((i) => i.metric === 'preschool-gross-enrolment');
    const given =
      gross !== undefined &&
      [gross.id, ...(gross.aliases ?? [])].some((key) => dataset.countyFacts[key] !== undefined);
    if (gross !== undefined && !given) {
      warnings.push({
        code: 'population-not-given',
        path: ['populationAged3to5'],
        en: `no resident population aged 3 to 5 is given, so gross enrolment (${gross.id}) is unknown: give populationAged3to5, or the published rate in countyFacts["${gross.id}"]`,
        zh: `未提供学前三年适龄人口，毛入园率（${gross.id}）无法判定：请填写 populationAged3to5，或在 countyFacts["${gross.id}"] 中填写公布的毛入园率`,
      });
    }
  }
  return warnings;
}

function outcomeValue(outcome: MetricOutcome): Decimal | null {
  if (outcome.kind === 'ratio') {
    return outcome.exact.denominator.isZero()
      ? null
      : outcome.exact.numerator.times(outcome.exact.scale).div(outcome.exact.denominator);
  }
  return outcome.kind === 'value' ? outcome.value : null;
}

function countyResult(indicator: Indicator, raw: IndicatorResult): CountyIndicatorResult {
  return countyIndicatorResult(indicator, raw);
}

/**
 * Assesses a county's kindergartens against a preschool indicator set (县域学前教育普及普惠督导评估,
 * 教督〔2020〕1号) and explains every number.
 *
 * The dataset is validated first (a {@link DudaoError} lists every problem with its path).
 * County indicators come from the kindergartens where the data allows (gross enrolment,
 * inclusive coverage and public share by children, classes within their cap, children per
 * full-time teacher, certified staff, the premises shares by planning year) and from
 * `countyFacts`, the survey and the vetoes otherwise. A county fact given for a computed
 * indicator (by id or alias) takes precedence, e.g. a gross enrolment reported by the statistics
 * office as `{ numerator, denominator }`; the result then has `basis: 'fact'` and a warning
 * (`fact-differs-from-data`) says when the kindergartens give another figure. Every decision is
 * exact (85 % exactly meets ≥ 85; 17 000 ÷ 20 000 meets 85 %; 15.0 children per teacher meets ≤ 15)
 * and a missing figure makes its indicator `unknown`, never met.
 *
 * Each kindergarten gets its per-child areas, its classes against the caps of their type (boarding
 * kindergartens flagged: their classes should be smaller, but no number is given), children per
 * teacher and certified staff; the county gets counts and shares of compliant kindergartens and
 * classes, and the inclusive coverage and public share **by kindergartens**, for reference. Class
 * children that do not sum to a kindergarten's children are a warning (`class-children-sum`), not
 * an error.
 *
 * @category Assessment
 * @param input - a dataset from `parsePreschoolDataset`, or any `PreschoolDataset` (validated here)
 * @param set - a preschool indicator set, e.g. {@link preschool2020}
 * @param options - see {@link PreschoolAssessOptions}
 * @returns the explained assessment
 * @throws {@link DudaoError} when the dataset is invalid, the set is not a preschool set
 *   (`wrong-programme`) or names a metric dudao does not have (`unknown-metric`, `metric-scope`)
 * @example
 * ```ts
 * const assessment = assessPreschool(dataset, preschool2020);
 * assessment.countyIndicators.find((r) => r.indicator === 'inclusive-coverage')?.explanation.en;
 * //=> '17930 ÷ 25113 × 100 = 71.397284… < 80'
 * assessment.passed; //=> false
 * ```
 */
export function assessPreschool(
  input: unknown,
  set: IndicatorSet,
  options: PreschoolAssessOptions = {},
): PreschoolAssessment {
  expectIndicatorSet(set);
  optionsOf(options, { metrics: 'object' });
  if (set.programme !== 'preschool') {
    throw dudaoError(
      'wrong-programme',
      ['set', 'programme'],
      `set "${set.id}" is for ${set.programme}, not preschool education`,
      `指标体系 "${set.id}" 不属于学前教育（${set.programme}）`,
    );
  }
  const registry =
    options.metrics === undefined ? preschoolMetrics : { ...preschoolMetrics, ...options.metrics };
  set.indicators.forEach((indicator, i) => {
    metricFor(registry, indicator, i);
  });
  const dataset = readPreschoolDataset(input);
  const byId = new Map(set.indicators.map((i) => [i.id, i] as const));
  const caps = classCapIndicators(set);

  const plan = kindergartenPlan(set, registry);
  const kindergartens = dataset.kindergartens.map((k) => assessKindergarten(k, set, registry, caps, plan));

  // County metrics reuse the kindergartens' checks (same set, same order).
  const context: PreschoolContext = { dataset, set, kindergartens };
  const withoutFacts: PreschoolContext = { dataset: { ...dataset, countyFacts: {} }, set, kindergartens };
  const warnings = dataWarnings(dataset, set);
  const countyIndicators: CountyIndicatorResult[] = [];
  const vetoes: CountyIndicatorResult[] = [];
  let socialRecognition: CountyIndicatorResult | null = null;
  set.indicators.forEach((indicator, i) => {
    const metric = metricFor(registry, indicator, i);
    if (metric.level !== 'county') return;
    const result = countyResult(
      indicator,
      evaluateIndicator(indicator, metric.compute(context, indicator), { stage: STAGE }),
    );
    if (result.basis === 'fact' && !indicator.metric.startsWith('county-fact-')) {
      const computed = outcomeValue(metric.compute(withoutFacts, indicator));
      const given = exactValueOf(result);
      if (computed !== null && given !== null && !computed.eq(given)) {
        warnings.push({
          code: 'fact-differs-from-data',
          path: ['countyFacts', indicator.id],
          en: `${indicator.id}: countyFacts gives ${showFigure(given)}, the kindergartens give ${showFigure(computed)} (the fact is used)`,
          zh: `${indicator.name.zh}：县级材料为 ${showFigure(given)}，按幼儿园数据计算为 ${showFigure(computed)}（采用县级材料）`,
        });
      }
    }
    if (indicator.aspect === 'veto') vetoes.push(result);
    else if (indicator.aspect === 'social-recognition' && socialRecognition === null)
      socialRecognition = result;
    else countyIndicators.push(result);
  });

  const reasons: VerdictReason[] = [];
  let undecided = false;
  const judge = (result: CountyIndicatorResult, veto: boolean): void => {
    if (result.advisory || result.status === 'met' || result.status === 'not-applicable') return;
    if (result.status === 'measured') return;
    const indicator = byId.get(result.indicator);
    const name = indicator === undefined ? { en: result.indicator, zh: result.indicator } : indicator.name;
    if (result.status === 'unknown') {
      undecided = true;
      const explained = explainResult(result);
      reasons.push({
        code: 'unknown',
        indicator: result.indicator,
        en: `${name.en}: ${explained.en}`,
        zh: `${name.zh}：${explained.zh}`,
      });
      return;
    }
    const explained = veto ? undefined : explainResult(result);
    reasons.push({
      code: veto || result.veto ? 'veto' : 'indicator-unmet',
      indicator: result.indicator,
      en: `${name.en}: ${explained === undefined ? 'veto condition occurred' : `not met (${explained.en})`}`,
      zh: `${name.zh}：${explained === undefined ? '存在一票否决情形' : `未达标（${explained.zh}）`}`,
    });
  };
  for (const result of countyIndicators) judge(result, false);
  if (socialRecognition !== null) judge(socialRecognition, false);
  for (const result of vetoes) judge(result, true);
  const failed = reasons.some((r) => r.code !== 'unknown');
  const owned = Object.fromEntries(
    OWNERSHIPS.map((o) => [o, { kindergartens: 0, children: new Decimal(0) }]),
  ) as Record<KindergartenOwnership, { kindergartens: number; children: Decimal }>;
  let children = new Decimal(0);
  let teachers: Decimal | null = new Decimal(0);
  let classTotal = 0;
  for (const kindergarten of dataset.kindergartens) {
    const entry = owned[kindergarten.ownership];
    entry.kindergartens += 1;
    entry.children = entry.children.plus(toDecimal(kindergarten.children));
    children = children.plus(toDecimal(kindergarten.children));
    const fullTime = kindergarten.staff.fullTimeTeachers;
    teachers = teachers === null || fullTime === undefined ? null : teachers.plus(toDecimal(fullTime));
    classTotal += kindergarten.classes.length;
  }

  const byOwnership = Object.fromEntries(
    OWNERSHIPS.map((o) => [
      o,
      { kindergartens: owned[o].kindergartens, children: owned[o].children.toNumber() },
    ]),
  ) as Record<KindergartenOwnership, { kindergartens: number; children: number }>;
  const count = dataset.kindergartens.length;
  const classWithin = kindergartens.reduce((s, k) => s + k.classCount.within, 0);
  const classOver = kindergartens.reduce((s, k) => s + k.classCount.over, 0);
  const townships = new Map<string, { kindergartens: number; publicKindergartens: number }>();
  for (const k of kindergartens) {
    if (k.township === undefined) continue;
    const entry = townships.get(k.township) ?? { kindergartens: 0, publicKindergartens: 0 };
    entry.kindergartens += 1;
    if (k.isPublic) entry.publicKindergartens += 1;
    townships.set(k.township, entry);
  }

  return {
    ...assessmentHeader(set, dataset, failed, undecided),
    totals: {
      kindergartens: count,
      children: children.toNumber(),
      populationAged3to5:
        dataset.populationAged3to5 === undefined ? null : toDecimal(dataset.populationAged3to5).toNumber(),
      attachedClasses: attachedTotals(dataset),
      byOwnership,
      classes: classTotal,
      fullTimeTeachers: teachers === null ? null : teachers.toNumber(),
    },
    countyIndicators,
    socialRecognition,
    vetoes,
    byKindergarten: {
      inclusiveCoverage: countShare(kindergartens.filter((k) => k.isInclusive).length, count, {
        en: 'public or inclusive private',
        zh: '公办园或普惠性民办园',
      }),
      publicShare: countShare(kindergartens.filter((k) => k.isPublic).length, count, {
        en: 'public',
        zh: '公办园',
      }),
    },
    kindergartens,
    compliance: {
      kindergartens: count,
      premises: tally(kindergartens.map((k) => k.compliance.premises)),
      classSizes: tally(kindergartens.map((k) => k.compliance.classSizes)),
      staffing: tally(kindergartens.map((k) => k.compliance.staffing)),
      certified: tally(kindergartens.map((k) => k.compliance.certified)),
      all: tally(kindergartens.map((k) => k.compliance.all)),
      classes: {
        total: classTotal,
        within: classWithin,
        over: classOver,
        uncapped: classTotal - classWithin - classOver,
        share:
          classWithin + classOver === 0
            ? null
            : new Decimal(classWithin)
                .times(HUNDRED)
                .div(classWithin + classOver)
                .toNumber(),
      },
    },
    townships: [...townships].map(([township, entry]) => ({ township, ...entry })),
    reasons,
    flags: kindergartens.flatMap((k) => k.flags),
    warnings,
  };
}

// Classes attached to primary schools: counted apart from the kindergartens (they count in the
// access figures only).
function attachedTotals(dataset: PreschoolDataset): PreschoolTotals['attachedClasses'] {
  const attached = dataset.attachedClasses ?? [];
  let children = new Decimal(0);
  let publicChildren = new Decimal(0);
  let inclusiveChildren = new Decimal(0);
  for (const item of attached) {
    const count = toDecimal(item.children);
    children = children.plus(count);
    if (isPublicKindergarten(item.ownership)) publicChildren = publicChildren.plus(count);
    if (isInclusiveKindergarten(item.ownership)) inclusiveChildren = inclusiveChildren.plus(count);
  }
  return {
    count: attached.length,
    children: children.toNumber(),
    publicChildren: publicChildren.toNumber(),
    inclusiveChildren: inclusiveChildren.toNumber(),
  };
}

/**
 * {@link assessPreschool} without throwing (学前教育督导评估，安全版): invalid input comes back as
 * `{ success: false, error }`.
 * @category Assessment
 * @param input - a `PreschoolDataset`
 * @param set - a preschool indicator set
 * @param options - as for {@link assessPreschool}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const result = safeAssessPreschool({ schemaVersion: 1 }, preschool2020);
 * result.success; //=> false
 * ```
 */
export function safeAssessPreschool(
  input: unknown,
  set: IndicatorSet,
  options: PreschoolAssessOptions = {},
): SafeResult<PreschoolAssessment> {
  return safely(() => assessPreschool(input, set, options));
}
