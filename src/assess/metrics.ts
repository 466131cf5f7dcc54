/**
 * The metric registry: how each indicator's value is computed from the facts, keyed by metric
 * id. Indicator sets name a metric; provinces change thresholds and wording in data and reuse
 * these computations.
 * @module
 */
import type { Indicator, Label } from '../indicators/types.js';
import { Decimal, toDecimal } from '../numeric/decimal.js';
import type { CountyFact, Quantity, Survey } from '../schema/common.js';
import type { School } from '../schema/compulsory.js';
import { type ExactRatio, HUNDRED, ONE } from './exact.js';
import { pupilsOf } from './exclusion.js';
import { inputsOf, resolveSection } from './inputs.js';
import { DerivedRatioOutcome, PlainRatioOutcome, PlainValueOutcome, plainNumberOf } from './plain-ratio.js';
import { approxOf, type EffectiveSection, type SplitStockField } from './split.js';
import type { DerivedFigure, ExactFraction, InputFigure } from './types.js';

/**
 * What a metric yields: a ratio (kept exact), a plain value, a judgement on evidence, a list of
 * missing figures, or "does not apply here".
 * @category Assessment
 * @example
 * ```ts
 * const outcome: MetricOutcome = { kind: 'missing', missing: ['teachers.keyCountyOrAbove'] };
 * ```
 */
export type MetricOutcome =
  | {
      /** A ratio: value = numerator ÷ denominator × scale. */
      readonly kind: 'ratio';
      /** The numerator shown to people (a derived amount when split). */
      readonly numerator: Decimal;
      /** The denominator shown to people. */
      readonly denominator: Decimal;
      /** The exact ratio the decision uses. */
      readonly exact: ExactRatio;
      /** Figures derived rather than read. */
      readonly derived?: readonly DerivedFigure[];
      /** Figures given as rates or in 万元, turned into counts and yuan. */
      readonly inputs?: readonly InputFigure[];
      /** Where the figures came from. */
      readonly basis: 'schools' | 'fact' | 'survey';
      /**
       * The exact ratio as plain JSON numbers, when the inputs were plain numbers (the same
       * values as `exact`; the CV reads numbers far faster than Decimals).
       */
      readonly plain?: PlainRatio;
      /**
       * The result's figures when the metric has worked them out already and the numbers only
       * approximate the exact figures (a split share): numbers for the result, and the exact
       * fraction in decimal strings, which decisions read.
       */
      readonly figures?: ResultFigures;
    }
  | {
      /** A plain value. */
      readonly kind: 'value';
      /** The value. */
      readonly value: Decimal;
      /** Where it came from. */
      readonly basis: 'schools' | 'fact';
      /** The value as a plain number that stands exactly for it, when it is one (decisions read it instead of the Decimal). */
      readonly plainValue?: number;
    }
  | {
      /** A judgement on evidence, or a veto flag. */
      readonly kind: 'judgement';
      /** Whether it is met (for vetoes: the vetoed thing did not happen). */
      readonly met: boolean;
      /** The evidence note. */
      readonly note?: string;
      /** A judgement or a veto. */
      readonly basis: 'judgement' | 'veto';
    }
  | {
      /** Figures are missing. */
      readonly kind: 'missing';
      /** Which figures, as paths. */
      readonly missing: readonly string[];
    }
  | {
      /** The indicator does not apply here. */
      readonly kind: 'not-applicable';
      /** Why. */
      readonly reason: string;
    };

/**
 * An exact ratio written with plain numbers: numerator ÷ denominator × scale, each number being
 * exactly the decimal it stands for (a JSON number).
 * @category Assessment
 * @example
 * ```ts
 * const r: PlainRatio = { numerator: 21, denominator: 500, scale: 100 };
 * ```
 */
export interface PlainRatio {
  /** The numerator. */
  readonly numerator: number;
  /** The denominator (> 0). */
  readonly denominator: number;
  /** The scale. */
  readonly scale: number;
}

/**
 * The figures of a ratio result as the metric worked them out: numbers, and the exact fraction
 * (value = numerator ÷ denominator × scale) in decimal strings.
 * @internal
 */
export interface ResultFigures extends PlainRatio {
  /** The exact fraction. */
  readonly exact: ExactFraction;
}

/**
 * The kind of quantity a metric's numerator counts, which decides the natural unit of a gap:
 * whole `persons`, `rooms` and `items`, or decimal `area` (m²) and `money` (yuan).
 * @category Assessment
 * @example
 * ```ts
 * const q: MetricQuantity = 'persons';
 * ```
 */
export type MetricQuantity = 'persons' | 'rooms' | 'items' | 'area' | 'money' | 'pupils' | 'other';

/**
 * A metric computed for each school section.
 * @category Assessment
 * @example
 * ```ts
 * compulsoryMetrics['key-teachers-per-100']?.level; //=> 'section'
 * ```
 */
export interface SectionMetric {
  /** Computed per section. */
  readonly level: 'section';
  /** What the numerator counts. */
  readonly quantity: MetricQuantity;
  /** The figures it reads, for messages. */
  readonly reads: Label;
  /** Computes the outcome for one section. */
  readonly compute: (section: EffectiveSection) => MetricOutcome;
}

/**
 * A metric computed once per school (rooms per 12 classes, school size).
 * @category Assessment
 * @example
 * ```ts
 * compulsoryMetrics['school-enrolment']?.level; //=> 'school'
 * ```
 */
export interface SchoolMetric {
  /** Computed per school. */
  readonly level: 'school';
  /** What the numerator counts. */
  readonly quantity: MetricQuantity;
  /** The figures it reads, for messages. */
  readonly reads: Label;
  /** Computes the outcome for one school. */
  readonly compute: (school: School) => MetricOutcome;
}

/**
 * What a county metric can see: the facts keyed by indicator id, the vetoes, the survey, and the
 * schools (all of them, in scope or not).
 * @category Assessment
 * @example
 * ```ts
 * const context: CountyContext = { facts: {}, vetoes: {}, survey: undefined, schools: [] };
 * ```
 */
export interface CountyContext {
  /** `countyFacts` of the dataset. */
  readonly facts: Readonly<Record<string, CountyFact>>;
  /** `vetoes` of the dataset. */
  readonly vetoes: Readonly<Record<string, boolean>>;
  /** `survey` of the dataset. */
  readonly survey: Survey | undefined;
  /** Every school of the dataset. */
  readonly schools: readonly School[];
}

/**
 * A metric computed once for the county.
 * @category Assessment
 * @example
 * ```ts
 * compulsoryMetrics['county-fact-percent']?.level; //=> 'county'
 * ```
 */
export interface CountyMetric {
  /** Computed once for the county. */
  readonly level: 'county';
  /** What the numerator counts. */
  readonly quantity: MetricQuantity;
  /** The figures it reads, for messages. */
  readonly reads: Label;
  /** Computes the outcome for the county and one indicator (facts are keyed by indicator id). */
  readonly compute: (context: CountyContext, indicator: Indicator) => MetricOutcome;
}

/**
 * Any metric of the registry.
 * @category Assessment
 * @example
 * ```ts
 * const metric: Metric | undefined = compulsoryMetrics['books-per-pupil'];
 * ```
 */
export type Metric = SectionMetric | SchoolMetric | CountyMetric;

// toDecimal, with its common case (a finite non-zero JSON number) inlined: same value, no checks to
// repeat and no options object.
const d = (q: Quantity): Decimal =>
  typeof q === 'number' && q !== 0 && Number.isFinite(q) ? new Decimal(q) : toDecimal(q);
const TWELVE = new Decimal(12);

// The teacher counts a per-100-pupils ratio may read.
type TeacherRatioField =
  | 'aboveRequiredQualification'
  | 'keyCountyOrAbove'
  | 'pe'
  | 'music'
  | 'art'
  | 'fullTime'
  | 'seniorTitle';

function teacherRatio(
  fields: readonly TeacherRatioField[],
  scale: Decimal,
): (s: EffectiveSection) => MetricOutcome {
  const scaleApprox = scale.toNumber();
  const compute = teacherRatioOf(fields, scale, scaleApprox);
  return (s) => withInputs(compute(s), inputsOf(s.inputs, fields));
}

// A ratio outcome with the figures it read that were derived (rates, 万元): only sections given in
// those forms pay for the copy.
function withInputs(outcome: MetricOutcome, inputs: readonly InputFigure[] | undefined): MetricOutcome {
  if (inputs === undefined || outcome.kind !== 'ratio') return outcome;
  return {
    kind: 'ratio',
    numerator: outcome.numerator,
    denominator: outcome.denominator,
    exact: outcome.exact,
    basis: outcome.basis,
    inputs,
    ...(outcome.derived === undefined ? {} : { derived: outcome.derived }),
    ...(outcome.plain === undefined ? {} : { plain: outcome.plain }),
    ...(outcome.figures === undefined ? {} : { figures: outcome.figures }),
  };
}

function teacherRatioOf(
  fields: readonly TeacherRatioField[],
  scale: Decimal,
  scaleApprox: number,
): (s: EffectiveSection) => MetricOutcome {
  return (s) => {
    const teachers = s.section.teachers;
    const pupils = s.pupilsPlain;
    if (teachers !== undefined && pupils !== undefined && pupils > 0) {
      // Every field a plain number, and whole numbers when summed: no Decimal until read.
      let total = 0;
      let plain = true;
      for (const field of fields) {
        const given = teachers[field];
        const value = given === undefined ? undefined : plainNumberOf(given);
        if (value === undefined || (fields.length > 1 && !Number.isSafeInteger(value))) {
          plain = false;
          break;
        }
        total += value;
      }
      if (plain && (fields.length === 1 || Number.isSafeInteger(total))) {
        return new PlainRatioOutcome(total, pupils, scale, scaleApprox);
      }
    }
    let sum: Decimal | undefined;
    let approx = 0;
    let missing: string[] | undefined;
    // Whether the float sum is exactly the decimal sum: one plain number, or whole numbers whose
    // sum stays below 2⁵³.
    let plainSum = true;
    for (const field of fields) {
      const value = teachers?.[field];
      if (value === undefined) {
        missing ??= [];
        missing.push(`teachers.${field}`);
      } else {
        sum = sum === undefined ? d(value) : sum.plus(d(value));
        if (typeof value !== 'number' || (fields.length > 1 && !Number.isSafeInteger(value)))
          plainSum = false;
        approx += approxOf(value);
      }
    }
    if (missing !== undefined || sum === undefined) return { kind: 'missing', missing: missing ?? [] };
    const plain =
      plainSum &&
      typeof pupils === 'number' &&
      pupils > 0 &&
      (fields.length === 1 || Number.isSafeInteger(approx))
        ? { numerator: approx, denominator: pupils, scale: scaleApprox }
        : undefined;
    return {
      kind: 'ratio',
      numerator: sum,
      denominator: s.pupils,
      exact: { numerator: sum, denominator: s.pupils, scale },
      basis: 'schools',
      ...(plain === undefined ? {} : { plain }),
    };
  };
}

function stockRatio(field: SplitStockField, scale: Decimal): (s: EffectiveSection) => MetricOutcome {
  const compute = stockRatioOf(field, scale);
  const fields = [field];
  return (s) => withInputs(compute(s), inputsOf(s.inputs, fields));
}

function stockRatioOf(field: SplitStockField, scale: Decimal): (s: EffectiveSection) => MetricOutcome {
  const scaleApprox = scale.toNumber();
  return (s) => {
    const figure = s.stock[field];
    if (figure === undefined) return { kind: 'missing', missing: [`stock.${field}`] };
    const derived = figure.derived;
    const perPupil = figure.perPupil;
    if (derived === undefined || perPupil === undefined) {
      const pupils = s.pupilsPlain;
      const plain = figure.plain;
      if (plain !== undefined && pupils !== undefined && pupils > 0) {
        return new PlainRatioOutcome(plain, pupils, scale, scaleApprox);
      }
      return {
        kind: 'ratio',
        numerator: figure.numerator,
        denominator: s.pupils,
        exact: { numerator: figure.numerator, denominator: s.pupils, scale },
        basis: 'schools',
      };
    }
    return new DerivedRatioOutcome(
      figure,
      derived,
      perPupil,
      s.pupils,
      s.pupilsPlain ?? s.pupils.toNumber(),
      scale,
      scaleApprox,
    );
  };
}

function section(
  quantity: MetricQuantity,
  reads: Label,
  compute: (s: EffectiveSection) => MetricOutcome,
): SectionMetric {
  return { level: 'section', quantity, reads, compute };
}

function roomsOf(school: School, kind: 'musicRooms' | 'artRooms'): Quantity[] | undefined {
  const shared = school.sharedStock?.[kind];
  const primary = school.sections.primary?.stock?.[kind];
  const junior = school.sections.junior?.stock?.[kind];
  // One list reported (the common case): use it as it is.
  if (primary === undefined && junior === undefined) return shared;
  if (shared === undefined && junior === undefined) return primary;
  if (shared === undefined && primary === undefined) return junior;
  const rooms: Quantity[] = [];
  for (const list of [shared, primary, junior])
    if (list !== undefined) for (const room of list) rooms.push(room);
  return rooms;
}

/** How many rooms of a kind the school reports, or undefined when no list is reported. */
function roomCount(school: School, kind: 'musicRooms' | 'artRooms'): number | undefined {
  const shared = school.sharedStock?.[kind];
  const primary = school.sections.primary?.stock?.[kind];
  const junior = school.sections.junior?.stock?.[kind];
  if (shared === undefined && primary === undefined && junior === undefined) return undefined;
  return (shared?.length ?? 0) + (primary?.length ?? 0) + (junior?.length ?? 0);
}

function smallestRoom(kind: 'musicRooms' | 'artRooms'): (school: School) => MetricOutcome {
  return (school) => {
    const rooms = roomsOf(school, kind);
    if (rooms === undefined) return { kind: 'missing', missing: [`stock.${kind}`] };
    if (rooms.length === 0) return { kind: 'not-applicable', reason: 'no-rooms' };
    // Plain numbers (and strings that stand exactly for one) compare as their floats: convert
    // only the smallest. Anything else is compared in Decimal.
    let plainSmallest: number | undefined;
    for (const room of rooms) {
      const area = plainNumberOf(room);
      if (area === undefined) {
        plainSmallest = undefined;
        break;
      }
      if (plainSmallest === undefined || area < plainSmallest) plainSmallest = area;
    }
    if (plainSmallest !== undefined) return new PlainValueOutcome(plainSmallest);
    let smallest = d(rooms[0] as Quantity);
    for (const room of rooms) {
      const area = d(room);
      if (area.lt(smallest)) smallest = area;
    }
    return { kind: 'value', value: smallest, basis: 'schools' };
  };
}

function findFact(context: CountyContext, indicator: Indicator): CountyFact | undefined {
  const direct = context.facts[indicator.id];
  if (direct !== undefined) return direct;
  for (const alias of indicator.aliases ?? []) {
    const fact = context.facts[alias];
    if (fact !== undefined) return fact;
  }
  return undefined;
}

// A provincial parameter that the national text does not fix (preschool funding per child,
// Henan's 40 training hours) has no threshold in a national set: a figure alone cannot decide it
// until a provincial set supplies the threshold, whereas a judgement on evidence ({ met }) does.
/** @internal */
export function lacksThreshold(indicator: Indicator): boolean {
  if (indicator.provincialThreshold !== true) return false;
  const t = indicator.thresholds;
  return (
    t.all === undefined && t.primary === undefined && t.junior === undefined && t.kindergarten === undefined
  );
}

function factMetric(scale: Decimal | null): CountyMetric {
  return {
    level: 'county',
    quantity: 'other',
    reads: { en: 'countyFacts', zh: '县级材料（countyFacts）' },
    compute: (context, indicator) => {
      const fact = findFact(context, indicator);
      if (fact !== undefined && !('met' in fact) && lacksThreshold(indicator))
        return { kind: 'missing', missing: [`thresholds.${indicator.id} (provincial parameter)`] };
      return factOutcome(fact, indicator, scale);
    },
  };
}

function factOutcome(
  fact: CountyFact | undefined,
  indicator: Indicator,
  scale: Decimal | null,
): MetricOutcome {
  if (fact === undefined) return { kind: 'missing', missing: [`countyFacts.${indicator.id}`] };
  if ('met' in fact) {
    return fact.note === undefined
      ? { kind: 'judgement', met: fact.met, basis: 'judgement' }
      : { kind: 'judgement', met: fact.met, note: fact.note, basis: 'judgement' };
  }
  if ('value' in fact) return { kind: 'value', value: d(fact.value), basis: 'fact' };
  const numerator = d(fact.numerator);
  const denominator = d(fact.denominator);
  return {
    kind: 'ratio',
    numerator,
    denominator,
    exact: { numerator, denominator, scale: scale ?? ONE },
    basis: 'fact',
  };
}

const judgementMetric: CountyMetric = {
  level: 'county',
  quantity: 'other',
  reads: { en: 'countyFacts (judgement on evidence)', zh: '县级佐证材料判定' },
  compute: (context, indicator) => {
    const fact = findFact(context, indicator);
    if (fact === undefined) return { kind: 'missing', missing: [`countyFacts.${indicator.id}`] };
    if (!('met' in fact)) return { kind: 'missing', missing: [`countyFacts.${indicator.id}.met`] };
    return factOutcome(fact, indicator, null);
  },
};

// A rule that holds school by school (教督〔2017〕6号: "所有学校教师培训经费……不低于5%"), read
// from countyFacts: the lowest school's percentage as { value }, or a judgement on evidence
// { met }. County totals { numerator, denominator } give a county share, which cannot show that
// every school meets the rule, so they leave the indicator unknown.
const lowestSchoolMetric: CountyMetric = {
  level: 'county',
  quantity: 'other',
  reads: {
    en: 'countyFacts: the lowest school’s percentage (school by school)',
    zh: '县级材料：各校中最低的比例（逐校）',
  },
  compute: (context, indicator) => {
    const fact = findFact(context, indicator);
    if (fact === undefined) return { kind: 'missing', missing: [`countyFacts.${indicator.id}`] };
    if (!('met' in fact) && !('value' in fact))
      return { kind: 'missing', missing: [`countyFacts.${indicator.id}.value (lowest school)`] };
    return factOutcome(fact, indicator, null);
  },
};

/**
 * The built-in metrics of the compulsory-education sets (2012 and 2017), keyed by metric id.
 *
 * Section metrics divide a section's resource by its pupils (× 100 for "per 100 pupils"); stock
 * reported for the whole school is split first (see {@link schoolSections}). County metrics
 * read `countyFacts` (a ratio, a value or a judgement), the survey or the vetoes, or compute
 * from the schools when the data allows (`certified-teachers-share`).
 *
 * @category Assessment
 * @example
 * ```ts
 * Object.keys(compulsoryMetrics).includes('multimedia-rooms-per-100'); //=> true
 * ```
 */
export const compulsoryMetrics: Readonly<Record<string, Metric>> = {
  'qualified-teachers-per-100': section(
    'persons',
    { en: 'teachers.aboveRequiredQualification ÷ pupils × 100', zh: '高于规定学历教师数 ÷ 在校生数 × 100' },
    teacherRatio(['aboveRequiredQualification'], HUNDRED),
  ),
  'key-teachers-per-100': section(
    'persons',
    { en: 'teachers.keyCountyOrAbove ÷ pupils × 100', zh: '县级以上骨干教师数 ÷ 在校生数 × 100' },
    teacherRatio(['keyCountyOrAbove'], HUNDRED),
  ),
  'pe-art-teachers-per-100': section(
    'persons',
    {
      en: '(teachers.pe + music + art) ÷ pupils × 100',
      zh: '（体育 + 音乐 + 美术专任教师数）÷ 在校生数 × 100',
    },
    teacherRatio(['pe', 'music', 'art'], HUNDRED),
  ),
  'teaching-area-per-pupil': section(
    'area',
    { en: 'stock.teachingAuxiliaryArea ÷ pupils', zh: '教学及辅助用房面积 ÷ 在校生数' },
    stockRatio('teachingAuxiliaryArea', ONE),
  ),
  'sports-area-per-pupil': section(
    'area',
    { en: 'stock.sportsArea ÷ pupils', zh: '体育运动场馆面积 ÷ 在校生数' },
    stockRatio('sportsArea', ONE),
  ),
  'equipment-value-per-pupil': section(
    'money',
    { en: 'stock.equipmentValue ÷ pupils', zh: '教学仪器设备值 ÷ 在校生数' },
    stockRatio('equipmentValue', ONE),
  ),
  'multimedia-rooms-per-100': section(
    'rooms',
    { en: 'stock.multimediaClassrooms ÷ pupils × 100', zh: '网络多媒体教室数 ÷ 在校生数 × 100' },
    stockRatio('multimediaClassrooms', HUNDRED),
  ),
  'computers-per-100': section(
    'items',
    { en: 'stock.computers ÷ pupils × 100', zh: '教学用计算机台数 ÷ 在校生数 × 100' },
    stockRatio('computers', HUNDRED),
  ),
  'books-per-pupil': section(
    'items',
    { en: 'stock.books ÷ pupils', zh: '图书册数 ÷ 在校生数' },
    stockRatio('books', ONE),
  ),
  'teachers-per-pupil': section(
    'persons',
    { en: 'teachers.fullTime ÷ pupils', zh: '专任教师数 ÷ 在校生数' },
    teacherRatio(['fullTime'], ONE),
  ),
  'qualified-teachers-per-pupil': section(
    'persons',
    { en: 'teachers.aboveRequiredQualification ÷ pupils', zh: '高于规定学历教师数 ÷ 在校生数' },
    teacherRatio(['aboveRequiredQualification'], ONE),
  ),
  'senior-title-teachers-per-pupil': section(
    'persons',
    { en: 'teachers.seniorTitle ÷ pupils', zh: '中级及以上专业技术职务教师数 ÷ 在校生数' },
    teacherRatio(['seniorTitle'], ONE),
  ),
  'largest-class-size': section('pupils', { en: 'the largest of classSizes', zh: '最大班额' }, (s) => {
    const sizes = s.section.classSizes;
    if (sizes === undefined || sizes.length === 0) return { kind: 'missing', missing: ['classSizes'] };
    // Class sizes are whole numbers: compare them as numbers, convert only the largest.
    let largest = sizes[0] as Quantity;
    let largestApprox = approxOf(largest);
    for (const size of sizes) {
      const n = approxOf(size);
      if (n > largestApprox) {
        largest = size;
        largestApprox = n;
      }
    }
    return typeof largest === 'number'
      ? { kind: 'value', value: d(largest), basis: 'schools', plainValue: largest }
      : { kind: 'value', value: d(largest), basis: 'schools' };
  }),
  'music-art-rooms-per-12-classes': {
    level: 'school',
    quantity: 'rooms',
    reads: {
      en: '12 × min(music rooms, art rooms) ÷ classes',
      zh: '12 × min(音乐专用教室数, 美术专用教室数) ÷ 班级数',
    },
    compute: (school) => {
      const music = roomCount(school, 'musicRooms');
      const art = roomCount(school, 'artRooms');
      if (music === undefined || art === undefined) {
        const missing: string[] = [];
        if (music === undefined) missing.push('stock.musicRooms');
        if (art === undefined) missing.push('stock.artRooms');
        return { kind: 'missing', missing };
      }
      const primaryClasses = school.sections.primary?.classes;
      const juniorClasses = school.sections.junior?.classes;
      if (typeof (primaryClasses ?? 0) === 'number' && typeof (juniorClasses ?? 0) === 'number') {
        // Plain class counts (whole numbers): no Decimal until one is read.
        const count =
          ((primaryClasses as number | undefined) ?? 0) + ((juniorClasses as number | undefined) ?? 0);
        if (count === 0) return { kind: 'not-applicable', reason: 'no-classes' };
        const rooms = Math.min(music, art);
        if (Number.isSafeInteger(count)) return new PlainRatioOutcome(rooms, count, TWELVE, 12);
      }
      let classes = new Decimal(0);
      if (school.sections.primary !== undefined) classes = classes.plus(d(school.sections.primary.classes));
      if (school.sections.junior !== undefined) classes = classes.plus(d(school.sections.junior.classes));
      if (classes.isZero()) return { kind: 'not-applicable', reason: 'no-classes' };
      const rooms = new Decimal(Math.min(music, art));
      return {
        kind: 'ratio',
        numerator: rooms,
        denominator: classes,
        exact: { numerator: rooms, denominator: classes, scale: TWELVE },
        basis: 'schools',
      };
    },
  },
  'smallest-music-room-area': {
    level: 'school',
    quantity: 'area',
    reads: { en: 'the smallest music room', zh: '最小音乐专用教室面积' },
    compute: smallestRoom('musicRooms'),
  },
  'smallest-art-room-area': {
    level: 'school',
    quantity: 'area',
    reads: { en: 'the smallest art room', zh: '最小美术专用教室面积' },
    compute: smallestRoom('artRooms'),
  },
  'school-enrolment': {
    level: 'school',
    quantity: 'pupils',
    reads: { en: 'compulsory pupils of the school', zh: '学校义务教育阶段在校生数' },
    compute: (school) =>
      school.kind === 'nine-year' || school.kind === 'twelve-year' || school.kind === 'special-education'
        ? { kind: 'not-applicable', reason: 'combined-school' }
        : {
            kind: 'value',
            value: pupilsOf(school),
            basis: 'schools',
          },
  },
  // 教督〔2017〕6号 caps 小学 and 初中 at 2000 pupils; complete secondary schools and teaching points
  // are not named (the combined schools have their own cap, `school-enrolment-combined`).
  'primary-junior-school-enrolment': {
    level: 'school',
    quantity: 'pupils',
    reads: { en: 'pupils of a primary or junior school', zh: '小学、初中在校生数' },
    compute: (school) =>
      school.kind === 'primary' || school.kind === 'junior'
        ? { kind: 'value', value: pupilsOf(school), basis: 'schools' }
        : {
            kind: 'not-applicable',
            reason:
              school.kind === 'nine-year' || school.kind === 'twelve-year'
                ? 'combined-school'
                : 'not-a-primary-or-junior-school',
          },
  },
  'school-enrolment-combined': {
    level: 'school',
    quantity: 'pupils',
    reads: { en: 'compulsory pupils of the school', zh: '学校义务教育阶段在校生数' },
    compute: (school) =>
      school.kind === 'nine-year' || school.kind === 'twelve-year'
        ? {
            kind: 'value',
            value: pupilsOf(school),
            basis: 'schools',
          }
        : { kind: 'not-applicable', reason: 'not-a-combined-school' },
  },
  'county-fact-judgement': judgementMetric,
  'county-fact-value': factMetric(null),
  'county-fact-ratio': factMetric(ONE),
  'county-fact-percent': factMetric(HUNDRED),
  'lowest-school-percent': lowestSchoolMetric,
  'certified-teachers-share': {
    level: 'county',
    quantity: 'persons',
    reads: {
      en: 'Σ teachers.certified ÷ Σ teachers.fullTime × 100 (or countyFacts)',
      zh: '持证专任教师数之和 ÷ 专任教师数之和 × 100（或县级材料）',
    },
    compute: (context, indicator) => {
      const fact = findFact(context, indicator);
      if (fact !== undefined) return factOutcome(fact, indicator, HUNDRED);
      let certified = new Decimal(0);
      let fullTime = new Decimal(0);
      // Whole JSON numbers are summed as such while the sums stay safe integers (exact); the
      // rest in Decimal. Both sums are exact, so their total is the same in any order.
      let certifiedWhole = 0;
      let fullTimeWhole = 0;
      const missing: string[] = [];
      context.schools.forEach((school, i) => {
        for (const stage of ['primary', 'junior'] as const) {
          const given = school.sections[stage];
          if (given === undefined) continue;
          // Counts given as rates are read as the counts they derive.
          const teachers =
            given.rates === undefined ? given.teachers : resolveSection(given)?.section.teachers;
          const c = teachers?.certified;
          const f = teachers?.fullTime;
          if (c === undefined || f === undefined) {
            missing.push(`schools[${i}].sections.${stage}.teachers.certified`);
            continue;
          }
          if (
            typeof c === 'number' &&
            typeof f === 'number' &&
            Number.isSafeInteger(c) &&
            Number.isSafeInteger(f) &&
            Number.isSafeInteger(certifiedWhole + c) &&
            Number.isSafeInteger(fullTimeWhole + f)
          ) {
            certifiedWhole += c;
            fullTimeWhole += f;
          } else {
            certified = certified.plus(d(c));
            fullTime = fullTime.plus(d(f));
          }
        }
      });
      if (missing.length > 0) return { kind: 'missing', missing };
      certified = certified.plus(certifiedWhole);
      fullTime = fullTime.plus(fullTimeWhole);
      if (fullTime.isZero()) return { kind: 'missing', missing: ['teachers.fullTime'] };
      return {
        kind: 'ratio',
        numerator: certified,
        denominator: fullTime,
        exact: { numerator: certified, denominator: fullTime, scale: HUNDRED },
        basis: 'schools',
      };
    },
  },
  'survey-satisfaction': {
    level: 'county',
    quantity: 'other',
    reads: { en: 'survey.satisfied ÷ survey.respondents × 100', zh: '满意人数 ÷ 调查人数 × 100' },
    compute: (context) => {
      if (context.survey === undefined) return { kind: 'missing', missing: ['survey'] };
      const numerator = d(context.survey.satisfied);
      const denominator = d(context.survey.respondents);
      if (denominator.isZero()) return { kind: 'missing', missing: ['survey.respondents'] };
      return {
        kind: 'ratio',
        numerator,
        denominator,
        exact: { numerator, denominator, scale: HUNDRED },
        basis: 'survey',
      };
    },
  },
  'veto-flag': {
    level: 'county',
    quantity: 'other',
    reads: { en: 'vetoes', zh: '一票否决事项' },
    compute: (context, indicator) => {
      let flag: boolean | undefined = context.vetoes[indicator.id];
      for (const alias of indicator.aliases ?? []) flag ??= context.vetoes[alias];
      if (flag === undefined) return { kind: 'missing', missing: [`vetoes.${indicator.id}`] };
      // `true` means the vetoed thing happened, so the indicator is not met.
      return { kind: 'judgement', met: !flag, basis: 'veto' };
    },
  },
};
