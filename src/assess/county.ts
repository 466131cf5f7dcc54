/**
 * The county assessment for the compulsory-education sets (基本均衡 2012, 优质均衡 2017): school
 * sections in and out of scope, the 6-of-7 rule, the CVs, county indicators, vetoes, social
 * recognition, and the verdict with its reasons in Chinese and English.
 * @module
 */
import { dudaoError, type SafeResult, safely } from '../error.js';
import { expectKind } from '../guard.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import type { Indicator, IndicatorSet } from '../indicators/types.js';
import { Decimal, toDecimal } from '../numeric/decimal.js';
import type { Quantity } from '../schema/common.js';
import { type CompulsoryDataset, type SchoolSection, SECTION_RATE_FIELDS } from '../schema/compulsory.js';
import { readCompulsoryDataset } from '../schema/read.js';
import { countyIndicatorResult, evaluateIndicator } from './evaluate.js';
import { type ExclusionOptions, exclusionOf, exclusionOptionsOf } from './exclusion.js';
import { explainResult } from './explain.js';
import { type AssessmentHeader, assessmentHeader } from './header.js';
import { notWhole, resolveSection } from './inputs.js';
import { assessSchool, assessSection, createThresholdCache, metricFor } from './institution.js';
import { type CountyContext, compulsoryMetrics, type Metric } from './metrics.js';
import { plainNumberOf } from './plain-ratio.js';
import { schoolSections } from './split.js';
import type {
  CompositeEntry,
  CountyIndicatorResult,
  DataWarning,
  Exclusion,
  IndicatorResult,
  IndicatorStatus,
  InformationalComposite,
  SchoolAssessment,
  SectionAssessment,
  VariationEntry,
  VerdictReason,
} from './types.js';
import { assessVariation } from './variation.js';

/**
 * Options of {@link assessCompulsory}.
 * @category Assessment
 * @example
 * ```ts
 * const options: CompulsoryAssessOptions = { excludeTeachingPointsBelow: 30, ownership: 'public' };
 * ```
 */
export interface CompulsoryAssessOptions extends ExclusionOptions {
  /**
   * A metric registry extending or replacing the built-in one (for custom metrics). Not public:
   * a metric's contract still carries the assessment's internal figures.
   * @internal
   */
  readonly metrics?: Readonly<Record<string, Metric>>;
}

/**
 * The explained assessment of a county against a compulsory-education set.
 * @category Assessment
 * @example
 * ```ts
 * const a: CompulsoryAssessment = assessCompulsory(dataset, compulsoryQuality2017);
 * a.status; //=> 'failed'
 * a.reasons[0]?.zh; //=> '小学生均体育运动场馆面积差异系数 0.532 > 0.50'
 * ```
 */
export interface CompulsoryAssessment extends AssessmentHeader {
  /** Every school section in scope. */
  readonly sections: readonly SectionAssessment[];
  /** School-level results (rooms, school size) for schools in scope. */
  readonly schools: readonly SchoolAssessment[];
  /** Schools left out, with the reason. */
  readonly excluded: readonly Exclusion[];
  /** CV per indicator and stage. */
  readonly variation: readonly VariationEntry[];
  /** Composite CV per stage (basic balance 2012 only). */
  readonly composite?: readonly CompositeEntry[];
  /**
   * The mean of the single CVs per stage for per-indicator rules (2017): the "综合差异系数" many
   * counties print, for information only (no limit, no verdict).
   */
  readonly informationalComposite?: readonly InformationalComposite[];
  /** Preconditions (e.g. basic balance held ≥ 3 years). */
  readonly preconditions: readonly CountyIndicatorResult[];
  /** Government-guarantee, quality and other county indicators, including school-level ones aggregated. */
  readonly countyIndicators: readonly CountyIndicatorResult[];
  /** The veto conditions (一票否决). */
  readonly vetoes: readonly CountyIndicatorResult[];
  /** Social recognition (社会认可度), when the set has it. */
  readonly socialRecognition: CountyIndicatorResult | null;
  /** Why the county did not pass, or what is undecided. Empty when it passed. */
  readonly reasons: readonly VerdictReason[];
  /** Oddities in the data that did not stop the assessment. */
  readonly warnings: readonly DataWarning[];
}

const STAGE_ZH = { primary: '小学', junior: '初中' } as const;

function isCompulsoryProgramme(set: IndicatorSet): boolean {
  return set.programme === 'compulsory-basic' || set.programme === 'compulsory-quality';
}

/**
 * The result of an indicator in a result list. Lists built for the same set and stage share
 * their order, so the position found for the previous list (`hint`, one per indicator and call)
 * is tried first.
 */
function resultFor(
  results: readonly IndicatorResult[],
  id: string,
  hint: { at: number },
): IndicatorResult | undefined {
  const candidate = results[hint.at];
  if (candidate !== undefined && candidate.indicator === id) return candidate;
  for (let i = 0; i < results.length; i++) {
    const result = results[i] as IndicatorResult;
    if (result.indicator === id) {
      hint.at = i;
      return result;
    }
  }
  return undefined;
}

// Whether a section's class sizes and teacher counts are consistent, decided on plain numbers
// when every figure is a whole number small enough for floats to add exactly (the common case);
// `undefined` when the Decimal check must decide.
function plainSectionConsistent(
  section: CompulsoryDataset['schools'][number]['sections']['primary'],
): boolean | undefined {
  if (section === undefined) return true;
  const sizes = section.classSizes;
  if (sizes !== undefined) {
    const classes = plainNumberOf(section.classes);
    const pupils = plainNumberOf(section.pupils);
    if (classes === undefined || pupils === undefined) return undefined;
    if (classes !== sizes.length) return false;
    let sum = 0;
    for (let i = 0; i < sizes.length; i++) {
      const size = plainNumberOf(sizes[i] as Quantity);
      if (size === undefined || !Number.isSafeInteger(size) || size < 0) return undefined;
      sum += size;
    }
    if (!Number.isSafeInteger(sum) || !Number.isSafeInteger(pupils)) return undefined;
    if (sum !== pupils) return false;
  }
  const teachers = section.teachers;
  if (teachers?.fullTime !== undefined) {
    const fullTime = plainNumberOf(teachers.fullTime);
    if (fullTime === undefined) return undefined;
    for (const value of [
      teachers.aboveRequiredQualification,
      teachers.keyCountyOrAbove,
      teachers.seniorTitle,
      teachers.certified,
    ]) {
      if (value === undefined) continue;
      // Plain numbers compare exactly as floats (each stands exactly for its decimal).
      const plain = plainNumberOf(value);
      if (plain === undefined) return undefined;
      if (plain > fullTime) return false;
    }
  }
  return true;
}

function dataWarnings(dataset: CompulsoryDataset): DataWarning[] {
  const warnings = consistencyWarnings(dataset);
  const derived = derivedCountWarnings(dataset);
  return derived.length === 0 ? warnings : [...warnings, ...derived];
}

// Counts the data gave as rates whose derived figure is not a whole number: kept exact (the rate
// is what the county published), and said so.
function derivedCountWarnings(dataset: CompulsoryDataset): DataWarning[] {
  const warnings: DataWarning[] = [];
  dataset.schools.forEach((school, i) => {
    for (const stage of ['primary', 'junior'] as const) {
      const section = school.sections[stage];
      if (section?.rates === undefined) continue;
      const resolved = resolveSection(section);
      for (const [field, input] of Object.entries(resolved?.inputs ?? {})) {
        if (input === undefined || input.derived !== 'rate' || !COUNT_FIELDS.has(field) || !notWhole(input))
          continue;
        warnings.push({
          code: 'derived-count-not-whole',
          path: ['schools', i, 'sections', stage, 'rates', field],
          en: `${input.field} derived from its rate is ${input.exact}, not a whole number: the exact figure is used; give the count if the county has it`,
          zh: `${input.field} 由比率推算为 ${input.exact}，不是整数：按精确值计算；如有实际人数，请填写人数`,
        });
      }
    }
  });
  return warnings;
}

// A section with its rates resolved into counts (the consistency checks compare the counts).
function asCounts<S extends SchoolSection | undefined>(section: S): S {
  if (section === undefined || section.rates === undefined) return section;
  return (resolveSection(section)?.section ?? section) as S;
}

// Rate fields that derive a count (persons, rooms, items) rather than an area or an amount.
const COUNT_FIELDS: ReadonlySet<string> = new Set(
  Object.entries(SECTION_RATE_FIELDS)
    .filter(
      ([field, group]) =>
        group === 'teachers' || ['multimediaClassrooms', 'computers', 'books'].includes(field),
    )
    .map(([field]) => field),
);

function consistencyWarnings(dataset: CompulsoryDataset): DataWarning[] {
  let consistent = true;
  for (const school of dataset.schools) {
    if (
      plainSectionConsistent(asCounts(school.sections.primary)) !== true ||
      plainSectionConsistent(asCounts(school.sections.junior)) !== true
    ) {
      consistent = false;
      break;
    }
  }
  if (consistent) return [];
  return exactDataWarnings(dataset);
}

function exactDataWarnings(dataset: CompulsoryDataset): DataWarning[] {
  const warnings: DataWarning[] = [];
  dataset.schools.forEach((school, i) => {
    for (const stage of ['primary', 'junior'] as const) {
      const section = asCounts(school.sections[stage]);
      if (section === undefined) continue;
      const path = ['schools', i, 'sections', stage];
      const sizes = section.classSizes;
      if (sizes !== undefined) {
        const classes = toDecimal(section.classes);
        if (!classes.eq(sizes.length)) {
          warnings.push({
            code: 'class-sizes-count',
            path: [...path, 'classSizes'],
            en: `${sizes.length} class sizes listed for ${classes} classes`,
            zh: `列出 ${sizes.length} 个班额，但班级数为 ${classes}`,
          });
        }
        let sum = new Decimal(0);
        for (const size of sizes) sum = sum.plus(toDecimal(size));
        const pupils = toDecimal(section.pupils);
        if (!sum.eq(pupils)) {
          warnings.push({
            code: 'class-sizes-sum',
            path: [...path, 'classSizes'],
            en: `class sizes add up to ${sum}, pupils are ${pupils}`,
            zh: `各班人数之和 ${sum} 与在校生数 ${pupils} 不符`,
          });
        }
      }
      const teachers = section.teachers;
      if (teachers?.fullTime !== undefined) {
        const fullTime = toDecimal(teachers.fullTime);
        for (const field of [
          'aboveRequiredQualification',
          'keyCountyOrAbove',
          'seniorTitle',
          'certified',
        ] as const) {
          const value = teachers[field];
          if (value !== undefined && toDecimal(value).gt(fullTime)) {
            warnings.push({
              code: 'more-than-full-time',
              path: [...path, 'teachers', field],
              en: `${field} (${value}) exceeds full-time teachers (${fullTime})`,
              zh: `${field}（${value}）多于专任教师数（${fullTime}）`,
            });
          }
        }
      }
    }
  });
  return warnings;
}

function aggregate(
  indicator: Indicator,
  owners: readonly {
    readonly schoolId: string;
    readonly stage?: string;
    readonly results: readonly IndicatorResult[];
  }[],
): CountyIndicatorResult {
  const failing: { schoolId: string; stage?: string; value: number | null }[] = [];
  const unknownSchools: string[] = [];
  let applicable = 0;
  let bySection = false;
  const hint = { at: 0 };
  for (const owner of owners) {
    const result = resultFor(owner.results, indicator.id, hint);
    if (result === undefined || result.status === 'not-applicable') continue;
    const { schoolId, stage } = owner;
    applicable += 1;
    if (stage !== undefined) bySection = true;
    const where = stage === undefined ? schoolId : `${schoolId}/${stage}`;
    if (result.status === 'unmet')
      failing.push(
        stage === undefined ? { schoolId, value: result.value } : { schoolId, stage, value: result.value },
      );
    else if (result.status === 'unknown') unknownSchools.push(where);
  }
  let status: IndicatorStatus;
  if (failing.length > 0) status = 'unmet';
  else if (unknownSchools.length > 0) status = 'unknown';
  else if (applicable === 0) status = 'not-applicable';
  else status = 'met';
  const met = status === 'met' ? true : status === 'unmet' ? false : null;
  const threshold = indicator.thresholds.all ?? null;
  return {
    indicator: indicator.id,
    status,
    met,
    value: null,
    threshold: threshold === null ? null : new Decimal(threshold).toNumber(),
    comparator: indicator.comparator,
    shortfall: null,
    basis: 'schools',
    aspect: indicator.aspect,
    ...(indicator.item === undefined ? {} : { item: indicator.item }),
    veto: indicator.veto === true,
    advisory: indicator.advisory === true,
    applicable,
    bySection,
    failing,
    unknownSchools,
  };
}

function nameOf(indicator: Indicator | undefined, id: string): { en: string; zh: string } {
  return indicator === undefined ? { en: id, zh: id } : { en: indicator.name.en, zh: indicator.name.zh };
}

/**
 * Assesses a county's schools against a compulsory-education indicator set (县域义务教育优质均衡
 * 2017 or 基本均衡 2012) and explains every number.
 *
 * A dataset returned by `parseCompulsoryDataset` is used as it is; anything else is validated
 * first (a {@link DudaoError} lists every problem with its path). Validate once when data enters
 * and assess as often as you like.
 * Schools outside the resource indicators (special-education schools; teaching points below the
 * set's cut-off, 50 pupils by default for 2017, all of them for 2012) are listed in `excluded`
 * with the reason. Each remaining school section gets every resource indicator with numerator,
 * denominator, threshold and exact decision, and (2017) the 6-of-7 rule with the 85 % floor. The
 * CV is weighted by enrolment, per indicator (2017) or as the composite of 8 (2012). County
 * indicators come from `countyFacts` or, where the data allows, from the schools; a missing
 * fact makes its indicator `unknown`, never met.
 *
 * @category Assessment
 * @param input - a dataset from `parseCompulsoryDataset`, or any `CompulsoryDataset` (validated here)
 * @param set - the indicator set, e.g. {@link compulsoryQuality2017}
 * @param options - teaching-point cut-off and ownership filter
 * @returns the explained assessment
 * @throws {@link DudaoError} when the dataset or the set is invalid
 * @example
 * ```ts
 * const assessment = assessCompulsory(dataset, compulsoryQuality2017);
 * assessment.passed; //=> false
 * assessment.sections[0]?.results[0]?.explanation.en; //=> '21 ÷ 500 × 100 = 4.2 ≥ 4.2'
 * ```
 */
export function assessCompulsory(
  input: unknown,
  set: IndicatorSet,
  options: CompulsoryAssessOptions = {},
): CompulsoryAssessment {
  expectIndicatorSet(set);
  exclusionOptionsOf(options);
  if (options.metrics !== undefined) expectKind(options.metrics, 'object', ['options', 'metrics']);
  if (!isCompulsoryProgramme(set)) {
    throw dudaoError(
      'wrong-programme',
      ['set', 'programme'],
      `set "${set.id}" is for ${set.programme}, not compulsory education`,
      `指标体系 "${set.id}" 不属于义务教育（${set.programme}）`,
    );
  }
  const registry =
    options.metrics === undefined ? compulsoryMetrics : { ...compulsoryMetrics, ...options.metrics };
  set.indicators.forEach((indicator, i) => {
    if (registry[indicator.metric] === undefined) {
      throw dudaoError(
        'unknown-metric',
        ['set', 'indicators', i, 'metric'],
        `unknown metric "${indicator.metric}" for indicator "${indicator.id}"`,
        `指标 "${indicator.id}" 的计算方法 "${indicator.metric}" 未定义`,
      );
    }
  });
  const dataset = readCompulsoryDataset(input);
  const byId = new Map(set.indicators.map((i) => [i.id, i] as const));

  const excluded: Exclusion[] = [];
  const inScope: CompulsoryDataset['schools'][number][] = [];
  for (const school of dataset.schools) {
    const exclusion = exclusionOf(school, set, options);
    if (exclusion === null) inScope.push(school);
    else excluded.push(exclusion);
  }

  const cache = createThresholdCache();
  const sections: SectionAssessment[] = [];
  for (const school of inScope) {
    for (const section of schoolSections(school, set.rules)) {
      sections.push(assessSection(section, set, registry, cache));
    }
  }
  const schools = inScope.map((school) => assessSchool(school, set, registry, cache));
  const { variation, composite, informationalComposite } = assessVariation(sections, set);

  const context: CountyContext = {
    facts: dataset.countyFacts ?? {},
    vetoes: dataset.vetoes ?? {},
    survey: dataset.survey,
    // County-wide figures count every school the assessment covers (special-education schools
    // and small teaching points included; private schools left out when `ownership: 'public'`).
    schools:
      options.ownership === 'public'
        ? dataset.schools.filter((s) => s.ownership !== 'private')
        : dataset.schools,
  };
  const preconditions: CountyIndicatorResult[] = [];
  const countyIndicators: CountyIndicatorResult[] = [];
  const vetoes: CountyIndicatorResult[] = [];
  let socialRecognition: CountyIndicatorResult | null = null;

  for (const indicator of set.indicators) {
    const metric = metricFor(registry, indicator);
    if (indicator.scope === 'institution') {
      if (indicator.comparator === 'none' || indicator.countsTowardsMinMet === true) continue;
      countyIndicators.push(
        aggregate(
          indicator,
          metric.level === 'section' ? sections : metric.level === 'school' ? schools : [],
        ),
      );
      continue;
    }
    if (metric.level !== 'county') continue;
    const stage = indicator.stages.length === 1 ? indicator.stages[0] : undefined;
    const result = countyIndicatorResult(
      indicator,
      evaluateIndicator(indicator, metric.compute(context, indicator), stage === undefined ? {} : { stage }),
    );
    if (indicator.aspect === 'veto') vetoes.push(result);
    else if (indicator.aspect === 'precondition') preconditions.push(result);
    else if (indicator.aspect === 'social-recognition' && socialRecognition === null)
      socialRecognition = result;
    else countyIndicators.push(result);
  }

  // The verdict: every requirement decided and met.
  const reasons: VerdictReason[] = [];
  let undecided = false;
  const note = (r: VerdictReason): void => {
    reasons.push(r);
  };
  const judge = (result: CountyIndicatorResult, code: string): void => {
    if (
      result.advisory ||
      result.status === 'met' ||
      result.status === 'not-applicable' ||
      result.status === 'measured'
    )
      return;
    const name = nameOf(byId.get(result.indicator), result.indicator);
    if (result.status === 'unknown') {
      undecided = true;
      const explained = explainResult(result);
      note({
        code: 'unknown',
        indicator: result.indicator,
        en: `${name.en}: ${explained.en}`,
        zh: `${name.zh}：${explained.zh}`,
      });
      return;
    }
    const explained = code === 'veto' ? undefined : explainResult(result);
    note({
      code: result.veto && code !== 'veto' ? 'veto' : code,
      indicator: result.indicator,
      en: `${name.en}: ${explained === undefined ? 'veto condition occurred' : `not met (${explained.en})`}`,
      zh: `${name.zh}：${explained === undefined ? '存在一票否决情形' : `未达标（${explained.zh}）`}`,
    });
  };
  for (const result of preconditions) judge(result, 'precondition');
  for (const section of sections) {
    if (section.rule === null || section.passed === true) continue;
    if (section.passed === null) {
      undecided = true;
      note({
        code: 'unknown',
        schoolId: section.schoolId,
        stage: section.stage,
        en: `${section.schoolName} (${section.stage}): the ${section.rule.minMet}-of-${section.rule.counted} rule is not decided (${section.unknownCount} indicators missing data)`,
        zh: `${section.schoolName}（${STAGE_ZH[section.stage]}）：缺少 ${section.unknownCount} 项指标数据，无法判定是否达到 ${section.rule.minMet} 项`,
      });
      continue;
    }
    // The set's own floor (85 % nationally; a province may declare another).
    const floorPercent = new Decimal(section.rule.floorRatio).times(100).toString();
    note({
      code: 'section-failed',
      schoolId: section.schoolId,
      stage: section.stage,
      en: `${section.schoolName} (${section.stage}): ${section.metCount} of ${section.rule.counted} resource indicators met${section.results.some((r) => r.aboveFloor === false) ? `, and an unmet one is below ${floorPercent} % of its standard` : ''}`,
      zh: `${section.schoolName}（${STAGE_ZH[section.stage]}）：资源配置指标达标 ${section.metCount} 项${section.results.some((r) => r.aboveFloor === false) ? `，且有未达标指标低于标准的${floorPercent}%` : ''}`,
    });
  }
  for (const entry of variation) {
    if (entry.status === 'met' || entry.status === 'measured' || entry.status === 'not-applicable') continue;
    const name = nameOf(byId.get(entry.indicator), entry.indicator);
    if (entry.status === 'unknown') {
      undecided = true;
      note({
        code: 'unknown',
        indicator: entry.indicator,
        stage: entry.stage,
        en: `${entry.stage} ${name.en}: CV not decided (missing data: ${(entry.missing ?? []).join(', ')})`,
        zh: `${STAGE_ZH[entry.stage]}${name.zh}差异系数无法判定（缺少数据：${(entry.missing ?? []).join('、')}）`,
      });
      continue;
    }
    const cv = entry.cv === null ? 'undefined' : entry.cv.toFixed(3);
    note({
      code: 'cv-over-limit',
      indicator: entry.indicator,
      stage: entry.stage,
      en: `${entry.stage} ${name.en}: CV ${cv} > ${entry.limit?.toString()}`,
      zh: `${STAGE_ZH[entry.stage]}${name.zh}差异系数 ${cv} > ${entry.limit?.toString()}`,
    });
  }
  for (const entry of composite ?? []) {
    if (entry.status === 'met') continue;
    if (entry.status === 'unknown') {
      undecided = true;
      note({
        code: 'unknown',
        stage: entry.stage,
        en: `${entry.stage} composite CV not decided (missing data)`,
        zh: `${STAGE_ZH[entry.stage]}综合差异系数无法判定（缺少数据）`,
      });
      continue;
    }
    note({
      code: 'composite-over-limit',
      stage: entry.stage,
      en: `${entry.stage} composite CV ${entry.cv?.toFixed(3)} > ${entry.limit.toString()}`,
      zh: `${STAGE_ZH[entry.stage]}综合差异系数 ${entry.cv?.toFixed(3)} > ${entry.limit.toString()}`,
    });
  }
  for (const result of countyIndicators) judge(result, 'indicator-unmet');
  if (socialRecognition !== null) judge(socialRecognition, 'indicator-unmet');
  for (const result of vetoes) judge(result, 'veto');

  const failed = reasons.some((r) => r.code !== 'unknown');
  return {
    ...assessmentHeader(set, dataset, failed, undecided),
    sections,
    schools,
    excluded,
    variation,
    ...(composite === undefined ? {} : { composite }),
    ...(informationalComposite === undefined ? {} : { informationalComposite }),
    preconditions,
    countyIndicators,
    vetoes,
    socialRecognition,
    reasons,
    warnings: dataWarnings(dataset),
  };
}

/**
 * {@link assessCompulsory} without throwing: invalid input comes back as
 * `{ success: false, error }`.
 * @category Assessment
 * @param input - a `CompulsoryDataset`
 * @param set - the indicator set
 * @param options - as for {@link assessCompulsory}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const result = safeAssessCompulsory({ schemaVersion: 1 }, compulsoryQuality2017);
 * result.success; //=> false
 * ```
 */
export function safeAssessCompulsory(
  input: unknown,
  set: IndicatorSet,
  options: CompulsoryAssessOptions = {},
): SafeResult<CompulsoryAssessment> {
  return safely(() => assessCompulsory(input, set, options));
}
