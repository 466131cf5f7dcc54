/**
 * Two assessments of one county side by side (重点指标完成情况): what moved, by how much, and
 * what was newly met or newly lost, each change explained with both values in Chinese and
 * English. Every change is worked out exactly from the exact values, then given as the nearest
 * number.
 * @module
 */
import { expectAssessment } from '../assess/guards.js';
import type { AssessmentHeader } from '../assess/header.js';
import type { Figure, IndicatorStatus } from '../assess/types.js';
import { dudaoError, type FieldPath, type SafeResult, safely } from '../error.js';
import type { Comparator, Label, Stage } from '../indicators/types.js';
import type { Decimal } from '../numeric/decimal.js';
import {
  type ExactProgressItem,
  exactProgressItems,
  isPreschoolAssessment,
  type ProgressAssessment,
  type ProgressItemKind,
  type ProgressOptions,
  progressOptionsOf,
} from './items.js';
import { type Readiness, readinessOfItems } from './readiness.js';

/**
 * How an item moved between two assessments: `newly-met` (met now, not met before: unmet,
 * unknown or absent), `newly-lost` (met before, not met now), `still-met`, `still-not-met`.
 * For a veto, `newly-lost` means the condition newly occurred.
 * @category Progress
 * @example
 * ```ts
 * const movement: ItemMovement = 'newly-met';
 * ```
 */
export type ItemMovement = 'newly-met' | 'newly-lost' | 'still-met' | 'still-not-met';

/**
 * An item's state in one assessment.
 * @category Progress
 * @example
 * ```ts
 * const s: ItemSnapshot = { value: 0.532, threshold: 0.5, status: 'unmet', met: false, gap: 0.032 };
 * ```
 */
export interface ItemSnapshot {
  /** The value. */
  readonly value: Figure | null;
  /** The threshold (limit for a CV). */
  readonly threshold: Figure | null;
  /** The decision. */
  readonly status: IndicatorStatus;
  /** `true`/`false` once decided, else null. */
  readonly met: boolean | null;
  /** Signed distance to the threshold (positive = on the wrong side). */
  readonly gap: Figure | null;
}

/** A snapshot with exact figures, as the changes are worked out. */
interface ExactSnapshot extends Omit<ItemSnapshot, 'value' | 'threshold' | 'gap'> {
  readonly value: Decimal | null;
  readonly threshold: Decimal | null;
  readonly gap: Decimal | null;
}

/**
 * One item compared across two assessments (指标变化), with the change in value and in distance
 * to the threshold (each worked out exactly, then given as the nearest number: its sign is
 * exact).
 * @category Progress
 * @example
 * ```ts
 * const c = compareAssessments(before, after, { set: compulsoryQuality2017 });
 * const change = c.variation.find((x) => x.key === 'variation:sports-area-per-pupil:primary');
 * change?.movement; //=> 'newly-met'
 * change?.explanation.zh;
 * //=> '小学生均体育运动场馆面积差异系数：0.515152… → 0.454545…（限值 ≤ 0.5），由未达标变为达标，变化 -0.060606…'
 * ```
 */
export interface ItemChange {
  /** The item's key (see {@link ProgressItem}). */
  readonly key: string;
  /** What the item is. */
  readonly kind: ProgressItemKind;
  /** The indicator (null for a composite CV). */
  readonly indicator: string | null;
  /** The stage, when stage-specific. */
  readonly stage?: Stage;
  /** The school or kindergarten, for institution items. */
  readonly institutionId?: string;
  /** The institution's name. */
  readonly institutionName?: string;
  /** The readiness group. */
  readonly aspect: string;
  /** The name. */
  readonly name: Label;
  /** How value and threshold are compared. */
  readonly comparator: Comparator;
  /** Whether it counts in the readiness share in either assessment. */
  readonly counted: boolean;
  /** The earlier state; null when the item is new. */
  readonly before: ItemSnapshot | null;
  /** The later state; null when the item is gone. */
  readonly after: ItemSnapshot | null;
  /** after.value − before.value, when both exist. */
  readonly valueChange: Figure | null;
  /** after.gap − before.gap, when both exist: negative means closer to (or further beyond) the threshold. */
  readonly gapChange: Figure | null;
  /** How it moved. */
  readonly movement: ItemMovement;
  /** Both values and the movement, in words. */
  readonly explanation: Label;
}

/**
 * A school section (or kindergarten) that newly passes or newly fails its rule.
 * @category Progress
 * @example
 * ```ts
 * compareAssessments(before, after).sections.newlyPassing[0]?.explanation.zh;
 * //=> '城关小学（小学）：资源配置指标达标 5 项 → 7 项，由未达标变为达标'
 * ```
 */
export interface SectionChange {
  /** The school or kindergarten. */
  readonly institutionId: string;
  /** Its name. */
  readonly institutionName: string;
  /** The stage (`kindergarten` for a kindergarten). */
  readonly stage: Stage;
  /** Earlier: whether it passed (null = undecided) and how many counted indicators were met; null when absent. */
  readonly before: {
    /** Passed the rule (complied); null when undecided. */
    readonly passed: boolean | null;
    /** Indicators of the rule met (sections only; null for kindergartens). */
    readonly metCount: number | null;
  } | null;
  /** Later, as `before`. */
  readonly after: {
    /** Passed the rule (complied); null when undecided. */
    readonly passed: boolean | null;
    /** Indicators of the rule met (sections only; null for kindergartens). */
    readonly metCount: number | null;
  } | null;
  /** `newly-passing` (passes now, did not before) or `newly-failing` (passed before, does not now). */
  readonly movement: 'newly-passing' | 'newly-failing';
  /** In words. */
  readonly explanation: Label;
}

/**
 * A school or kindergarten by id and name.
 * @category Progress
 * @example
 * ```ts
 * const ref: InstitutionRef = { id: 's04', name: '新建小学' };
 * ```
 */
export interface InstitutionRef {
  /** Its id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
}

/**
 * The comparison of two assessments of one county and set (重点指标完成情况对比). Its header
 * fields are those of the later assessment.
 * @category Progress
 * @example
 * ```ts
 * const c: AssessmentComparison = compareAssessments(before, after);
 * c.metChange; //=> 3
 * ```
 */
export interface AssessmentComparison
  extends Pick<AssessmentHeader, 'set' | 'setVersion' | 'programme' | 'county'> {
  /** The earlier assessment's year and verdict. */
  readonly before: {
    /** Data year. */
    readonly year: number;
    /** Verdict. */
    readonly status: 'passed' | 'failed' | 'incomplete';
  };
  /** The later assessment's year and verdict. */
  readonly after: {
    /** Data year. */
    readonly year: number;
    /** Verdict. */
    readonly status: 'passed' | 'failed' | 'incomplete';
  };
  /** Readiness of both (see {@link readiness}). */
  readonly readiness: {
    /** Earlier. */
    readonly before: Readiness;
    /** Later. */
    readonly after: Readiness;
  };
  /** Change in indicators met (after − before) = newlyMet.length − newlyLost.length. */
  readonly metChange: number;
  /** Every item of either assessment: the earlier one's order, then items that are new. */
  readonly changes: readonly ItemChange[];
  /** Counted indicators met now and not before. */
  readonly newlyMet: readonly ItemChange[];
  /** Counted indicators met before and not now. */
  readonly newlyLost: readonly ItemChange[];
  /** Every CV and composite CV against its limit. */
  readonly variation: readonly ItemChange[];
  /** Every veto condition (`newly-lost` = newly occurred, `newly-met` = no longer present). */
  readonly vetoes: readonly ItemChange[];
  /** School sections (kindergartens) that newly pass or fail; passing count change = newlyPassing − newlyFailing. */
  readonly sections: {
    /** Pass now, did not before (failed, undecided or absent). */
    readonly newlyPassing: readonly SectionChange[];
    /** Passed before, do not now (fail, undecided or gone). */
    readonly newlyFailing: readonly SectionChange[];
  };
  /** Schools (kindergartens) in one dataset and not the other, excluded schools included. */
  readonly institutions: {
    /** In the later dataset only. */
    readonly added: readonly InstitutionRef[];
    /** In the earlier dataset only. */
    readonly gone: readonly InstitutionRef[];
  };
}

/**
 * Refuses two assessments that cannot be compared: a different set (id or version) or county.
 * @category Progress
 * @param before - the earlier assessment
 * @param after - the later assessment
 * @param path - where `after` sits in the caller's input, for the error
 * @param options - a `set` that must match both
 * @throws {@link DudaoError} `different-set` or `different-county`
 * @example
 * ```ts
 * assertComparable(a2017, aPreschool); //=> throws DudaoError { code: 'different-set' }
 * ```
 */
export function assertComparable(
  before: ProgressAssessment,
  after: ProgressAssessment,
  path: FieldPath = [],
  options: ProgressOptions = {},
): void {
  if (before.set !== after.set || before.setVersion !== after.setVersion) {
    throw dudaoError(
      'different-set',
      [...path, 'set'],
      `assessments of different indicator sets cannot be compared: ${before.set} ${before.setVersion} and ${after.set} ${after.setVersion}`,
      `不同指标体系的评估结果不能比较：${before.set} ${before.setVersion} 与 ${after.set} ${after.setVersion}`,
    );
  }
  if (options.set !== undefined && options.set.id !== after.set) {
    throw dudaoError(
      'different-set',
      ['set', 'id'],
      `the indicator set given (${options.set.id}) is not the one assessed (${after.set})`,
      `所给指标体系（${options.set.id}）与评估所用指标体系（${after.set}）不同`,
    );
  }
  if (before.county.code !== after.county.code) {
    throw dudaoError(
      'different-county',
      [...path, 'county', 'code'],
      `assessments of different counties cannot be compared: ${before.county.code} ${before.county.name} and ${after.county.code} ${after.county.name}`,
      `不同县的评估结果不能比较：${before.county.code} ${before.county.name} 与 ${after.county.code} ${after.county.name}`,
    );
  }
}

const STATUS_WORD: Readonly<Record<IndicatorStatus | 'absent', Label>> = {
  met: { zh: '达标', en: 'met' },
  unmet: { zh: '未达标', en: 'not met' },
  unknown: { zh: '无法判定（缺少数据）', en: 'unknown (missing data)' },
  'not-applicable': { zh: '不适用', en: 'not applicable' },
  measured: { zh: '仅测算', en: 'measured only' },
  absent: { zh: '无此项', en: 'absent' },
};

const VETO_WORD: Readonly<Record<IndicatorStatus | 'absent', Label>> = {
  ...STATUS_WORD,
  met: { zh: '未发生', en: 'did not occur' },
  unmet: { zh: '已发生', en: 'occurred' },
};

const SYMBOL: Readonly<Record<Comparator, string>> = {
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  eq: '=',
  bool: '',
  none: '',
};

function show(value: Decimal | null): string {
  if (value === null) return '—';
  const rounded = value.toDecimalPlaces(6);
  return rounded.eq(value) ? value.toString() : `${rounded.toString()}…`;
}

function signed(value: Decimal): string {
  return value.isPositive() && !value.isZero() ? `+${show(value)}` : show(value);
}

function snapshot(item: ExactProgressItem): ExactSnapshot {
  return { value: item.value, threshold: item.threshold, status: item.status, met: item.met, gap: item.gap };
}

function figureOf(value: Decimal | null): Figure | null {
  return value === null ? null : value.toNumber();
}

function plainSnapshot(s: ExactSnapshot | null): ItemSnapshot | null {
  if (s === null) return null;
  return {
    value: figureOf(s.value),
    threshold: figureOf(s.threshold),
    status: s.status,
    met: s.met,
    gap: figureOf(s.gap),
  };
}

function movementOf(before: ExactSnapshot | null, after: ExactSnapshot | null): ItemMovement {
  const was = before?.met === true;
  const is = after?.met === true;
  if (is) return was ? 'still-met' : 'newly-met';
  return was ? 'newly-lost' : 'still-not-met';
}

function describe(
  item: ExactProgressItem,
  before: ExactSnapshot | null,
  after: ExactSnapshot | null,
  valueChange: Decimal | null,
): Label {
  const words = item.kind === 'veto' ? VETO_WORD : STATUS_WORD;
  const b = before?.status ?? 'absent';
  const a = after?.status ?? 'absent';
  const values =
    before?.value == null && after?.value == null
      ? null
      : `${before === null ? '—' : show(before.value)} → ${after === null ? '—' : show(after.value)}`;
  const threshold = (after ?? before)?.threshold ?? null;
  const symbol = SYMBOL[item.comparator];
  const standardZh =
    threshold === null || symbol === ''
      ? ''
      : `（${item.kind === 'variation' || item.kind === 'composite' ? '限值' : '标准'} ${symbol} ${threshold.toString()}）`;
  const standardEn =
    threshold === null || symbol === ''
      ? ''
      : ` (${item.kind === 'variation' || item.kind === 'composite' ? 'limit' : 'standard'} ${symbol} ${threshold.toString()})`;
  const moveZh = a === b ? `仍${words[a].zh}` : `由${words[b].zh}变为${words[a].zh}`;
  const moveEn = a === b ? `still ${words[a].en}` : `from ${words[b].en} to ${words[a].en}`;
  const changeZh = valueChange === null ? '' : `，变化 ${signed(valueChange)}`;
  const changeEn = valueChange === null ? '' : `, change ${signed(valueChange)}`;
  return {
    zh: `${item.name.zh}：${values === null ? '' : `${values}${standardZh}，`}${moveZh}${changeZh}`,
    en: `${item.name.en}: ${values === null ? '' : `${values}${standardEn}, `}${moveEn}${changeEn}`,
  };
}

function changeOf(before: ExactProgressItem | undefined, after: ExactProgressItem | undefined): ItemChange {
  const item = (after ?? before) as ExactProgressItem;
  const b = before === undefined ? null : snapshot(before);
  const a = after === undefined ? null : snapshot(after);
  const valueChange = b?.value != null && a?.value != null ? a.value.minus(b.value) : null;
  const gapChange = b?.gap != null && a?.gap != null ? a.gap.minus(b.gap) : null;
  return {
    key: item.key,
    kind: item.kind,
    indicator: item.indicator,
    ...(item.stage === undefined ? {} : { stage: item.stage }),
    ...(item.institutionId === undefined ? {} : { institutionId: item.institutionId }),
    ...(item.institutionName === undefined ? {} : { institutionName: item.institutionName }),
    aspect: item.aspect,
    name: item.name,
    comparator: item.comparator,
    counted: before?.counted === true || after?.counted === true,
    before: plainSnapshot(b),
    after: plainSnapshot(a),
    valueChange: figureOf(valueChange),
    gapChange: figureOf(gapChange),
    movement: movementOf(b, a),
    explanation: describe(item, b, a, valueChange),
  };
}

interface UnitState {
  readonly id: string;
  readonly name: string;
  readonly stage: Stage;
  readonly passed: boolean | null;
  readonly metCount: number | null;
}

function unitsOf(assessment: ProgressAssessment): Map<string, UnitState> {
  const units = new Map<string, UnitState>();
  if (isPreschoolAssessment(assessment)) {
    for (const k of assessment.kindergartens) {
      const c = k.compliance.all;
      if (c === 'not-applicable') continue;
      units.set(k.kindergartenId, {
        id: k.kindergartenId,
        name: k.kindergartenName,
        stage: 'kindergarten',
        passed: c === 'compliant' ? true : c === 'non-compliant' ? false : null,
        metCount: null,
      });
    }
  } else {
    for (const s of assessment.sections) {
      if (s.rule === null) continue;
      units.set(`${s.schoolId}:${s.stage}`, {
        id: s.schoolId,
        name: s.schoolName,
        stage: s.stage,
        passed: s.passed,
        metCount: s.metCount,
      });
    }
  }
  return units;
}

const STAGE_ZH: Readonly<Record<Stage, string>> = { primary: '小学', junior: '初中', kindergarten: '幼儿园' };

function passWord(passed: boolean | null | undefined): Label {
  if (passed === true) return { zh: '达标', en: 'passing' };
  if (passed === false) return { zh: '未达标', en: 'failing' };
  if (passed === null) return { zh: '无法判定', en: 'undecided' };
  return { zh: '无此学段', en: 'absent' };
}

function sectionChange(before: UnitState | undefined, after: UnitState | undefined): SectionChange {
  const unit = (after ?? before) as UnitState;
  const movement = after?.passed === true ? 'newly-passing' : 'newly-failing';
  const b = passWord(before?.passed);
  const a = passWord(after?.passed);
  const isKindergarten = unit.stage === 'kindergarten';
  const counts =
    isKindergarten || (before?.metCount == null && after?.metCount == null)
      ? null
      : {
          zh: `资源配置指标达标 ${before?.metCount ?? '—'} 项 → ${after?.metCount ?? '—'} 项，`,
          en: `resource indicators met ${before?.metCount ?? '—'} → ${after?.metCount ?? '—'}, `,
        };
  const where = isKindergarten
    ? { zh: unit.name, en: unit.name }
    : { zh: `${unit.name}（${STAGE_ZH[unit.stage]}）`, en: `${unit.name} (${unit.stage})` };
  return {
    institutionId: unit.id,
    institutionName: unit.name,
    stage: unit.stage,
    before: before === undefined ? null : { passed: before.passed, metCount: before.metCount },
    after: after === undefined ? null : { passed: after.passed, metCount: after.metCount },
    movement,
    explanation: {
      zh: `${where.zh}：${counts?.zh ?? ''}由${b.zh}变为${a.zh}`,
      en: `${where.en}: ${counts?.en ?? ''}from ${b.en} to ${a.en}`,
    },
  };
}

function institutionsOf(assessment: ProgressAssessment): Map<string, string> {
  const all = new Map<string, string>();
  if (isPreschoolAssessment(assessment)) {
    for (const k of assessment.kindergartens) all.set(k.kindergartenId, k.kindergartenName);
  } else {
    for (const s of assessment.schools) all.set(s.schoolId, s.schoolName);
    for (const s of assessment.sections) all.set(s.schoolId, s.schoolName);
    for (const e of assessment.excluded) all.set(e.schoolId, e.schoolName);
  }
  return all;
}

/**
 * Compares from items already extracted with exact figures (what {@link compareAssessments} does
 * after `exactProgressItems`), so that items are built once per assessment.
 * @internal
 * @param before - the earlier assessment
 * @param beforeItems - its items, exact
 * @param after - the later assessment
 * @param afterItems - its items, exact
 * @returns the comparison (the assessments are assumed comparable: see {@link assertComparable})
 * @example
 * ```ts
 * compareItems(a, exactProgressItems(a), b, exactProgressItems(b)).metChange; //=> 3
 * ```
 */
export function compareItems(
  before: ProgressAssessment,
  beforeItems: readonly ExactProgressItem[],
  after: ProgressAssessment,
  afterItems: readonly ExactProgressItem[],
): AssessmentComparison {
  const afterByKey = new Map(afterItems.map((i) => [i.key, i] as const));
  const beforeKeys = new Set(beforeItems.map((i) => i.key));
  const changes: ItemChange[] = [];
  for (const item of beforeItems) changes.push(changeOf(item, afterByKey.get(item.key)));
  for (const item of afterItems) if (!beforeKeys.has(item.key)) changes.push(changeOf(undefined, item));

  const isCountyLevel = (c: ItemChange): boolean => c.counted;
  const newlyMet = changes.filter((c) => isCountyLevel(c) && c.movement === 'newly-met');
  const newlyLost = changes.filter((c) => isCountyLevel(c) && c.movement === 'newly-lost');
  const variation = changes.filter((c) => c.kind === 'variation' || c.kind === 'composite');
  const vetoes = changes.filter((c) => c.kind === 'veto');

  const unitsBefore = unitsOf(before);
  const unitsAfter = unitsOf(after);
  const newlyPassing: SectionChange[] = [];
  const newlyFailing: SectionChange[] = [];
  for (const [key, b] of unitsBefore) {
    const a = unitsAfter.get(key);
    if (b.passed === true && a?.passed !== true) newlyFailing.push(sectionChange(b, a));
    else if (b.passed !== true && a?.passed === true) newlyPassing.push(sectionChange(b, a));
  }
  for (const [key, a] of unitsAfter) {
    if (!unitsBefore.has(key) && a.passed === true) newlyPassing.push(sectionChange(undefined, a));
  }

  const instBefore = institutionsOf(before);
  const instAfter = institutionsOf(after);
  const added = [...instAfter].filter(([id]) => !instBefore.has(id)).map(([id, name]) => ({ id, name }));
  const gone = [...instBefore].filter(([id]) => !instAfter.has(id)).map(([id, name]) => ({ id, name }));

  const readinessBefore = readinessOfItems(before, beforeItems);
  const readinessAfter = readinessOfItems(after, afterItems);
  return {
    set: after.set,
    setVersion: after.setVersion,
    programme: after.programme,
    county: { code: after.county.code, name: after.county.name },
    before: { year: before.year, status: before.status },
    after: { year: after.year, status: after.status },
    readiness: { before: readinessBefore, after: readinessAfter },
    metChange: readinessAfter.indicators.met - readinessBefore.indicators.met,
    changes,
    newlyMet,
    newlyLost,
    variation,
    vetoes,
    sections: { newlyPassing, newlyFailing },
    institutions: { added, gone },
  };
}

/**
 * Compares two assessments of the same county and indicator set (重点指标完成情况): for every
 * indicator and stage (county indicators, each CV, each school section's indicators, vetoes)
 * the change in value and in distance to the threshold (worked out exactly, given as numbers); the counted indicators newly met
 * and newly lost; school sections that newly pass or fail the 6-of-7 rule (kindergartens that
 * newly comply or not); the CVs against their limits; schools added or gone. Every change is
 * explained with both values in Chinese and English.
 *
 * "Newly met" means met now and not met before (unmet, unknown or absent); "newly lost" means
 * met before and not now. So the change in indicators met equals newly met − newly lost.
 *
 * @category Progress
 * @param before - the earlier assessment
 * @param after - the later assessment
 * @param options - `set` for names in the explanations
 * @returns the comparison
 * @throws {@link DudaoError} `different-set` (set id or version differ, or `options.set` is another set) or `different-county`
 * @example
 * ```ts
 * const c = compareAssessments(assessCompulsory(y2021, compulsoryQuality2017), assessCompulsory(y2022, compulsoryQuality2017));
 * c.newlyMet.map((x) => x.key); //=> ['county:teacher-exchange', 'variation:sports-area-per-pupil:primary', …]
 * c.sections.newlyPassing[0]?.institutionId; //=> 's03'
 * ```
 */
export function compareAssessments(
  before: ProgressAssessment,
  after: ProgressAssessment,
  options: ProgressOptions = {},
): AssessmentComparison {
  expectAssessment(before, ['before']);
  expectAssessment(after, ['after']);
  progressOptionsOf(options);
  assertComparable(before, after, [], options);
  return compareItems(before, exactProgressItems(before, options), after, exactProgressItems(after, options));
}

/**
 * {@link compareAssessments} (重点指标完成情况) without throwing: two assessments that cannot be
 * compared come back as `{ success: false, error }` (codes `different-set`, `different-county`).
 *
 * @category Progress
 * @param before - the earlier assessment
 * @param after - the later assessment
 * @param options - `set` for names in the explanations
 * @returns `{ success: true, data }` with the comparison, or `{ success: false, error }`
 * @example
 * ```ts
 * const result = safeCompareAssessments(a2021, { ...a2022, county: { code: '999101', name: '邻县' } });
 * result.success; //=> false
 * if (!result.success) result.error.code; //=> 'different-county'
 * ```
 */
export function safeCompareAssessments(
  before: ProgressAssessment,
  after: ProgressAssessment,
  options: ProgressOptions = {},
): SafeResult<AssessmentComparison> {
  return safely(() => compareAssessments(before, after, options));
}
