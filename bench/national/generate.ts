/**
 * A deterministic national-scale generator of compulsory-education datasets (data contract
 * section 1): one `CompulsoryDataset` per county, about 2 850 counties and 200 000 school
 * sections, shaped like real county data so that a national benchmark exercises every path of
 * the assessment (sections that fail the 6-of-7 rule, CVs on both sides of their limits, shared
 * stock split by weighted pupils, teaching points below 50 pupils, …). Quantities are written as
 * numbers or decimal strings according to the `strings` option (see `strings.ts`); the values are
 * the same in every mode.
 *
 * Deterministic: the same options give the same datasets, byte for byte (no `Math.random`, no
 * clock). Every county has its own generator seeded from `(seed, index)`, so county `i` can be
 * generated alone with {@link generateCounty}.
 * @module
 */
import type {
  CompulsoryDataset,
  CountyFact,
  School,
  SchoolKind,
  SchoolSection,
  SchoolStock,
  TeacherCounts,
} from '../../src/index.js';
import { createRandom, type Random } from '../random.js';
import {
  countStrings,
  emptyStringCounts,
  type QuantityVisitor,
  type StringCounts,
  type StringsMode,
  visitCountyQuantities,
  writeQuantities,
} from './strings.js';

/** Options of {@link generateNation}. */
export interface NationOptions {
  /** Any integer; equal seeds give equal nations. */
  readonly seed: number;
  /** Number of counties (县). Default 2 850, about China's county-level divisions. */
  readonly counties?: number;
  /** About how many school sections (学段) in all. Default 200 000. */
  readonly targetSections?: number;
  /** The data year of every dataset. Default 2022. */
  readonly year?: number;
  /** How quantities are written: numbers only, the national mix (default), or strings only. */
  readonly strings?: StringsMode;
}

/** The plan of one county, fixed before any county is generated. */
export interface CountyPlan {
  /** Position of the county in the nation (0-based). */
  readonly index: number;
  /** Number of schools of the county. */
  readonly schools: number;
}

type Stage = 'primary' | 'junior';

const DEFAULT_COUNTIES = 2850;
const DEFAULT_SECTIONS = 200_000;
const DEFAULT_YEAR = 2022;
const MIN_SCHOOLS = 20;
const MAX_SCHOOLS = 300;
// Expected sections per school for the kind mix below (nine- and twelve-year schools and some
// special-education schools have two): used to turn the target of sections into schools.
const SECTIONS_PER_SCHOOL = 1.065;

// ── Deterministic helpers ────────────────────────────────────────────────────────────────────

/** A 32-bit hash of (seed, index), so that every county has an independent stream. */
function mix(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** A non-negative decimal with 0 up to `maxDecimals` decimals (areas and money are reported either way). */
function decimalQuantity(random: Random, value: number, maxDecimals: number): number {
  return Math.max(0, roundTo(value, random.int(0, maxDecimals)));
}

/** A non-negative whole number. */
function wholeQuantity(value: number): number {
  return Math.max(0, Math.round(value));
}

// ── Names ────────────────────────────────────────────────────────────────────────────────────

const PROVINCES: readonly (readonly [string, string])[] = [
  ['11', '北京市'],
  ['12', '天津市'],
  ['13', '河北省'],
  ['14', '山西省'],
  ['15', '内蒙古自治区'],
  ['21', '辽宁省'],
  ['22', '吉林省'],
  ['23', '黑龙江省'],
  ['31', '上海市'],
  ['32', '江苏省'],
  ['33', '浙江省'],
  ['34', '安徽省'],
  ['35', '福建省'],
  ['36', '江西省'],
  ['37', '山东省'],
  ['41', '河南省'],
  ['42', '湖北省'],
  ['43', '湖南省'],
  ['44', '广东省'],
  ['45', '广西壮族自治区'],
  ['46', '海南省'],
  ['50', '重庆市'],
  ['51', '四川省'],
  ['52', '贵州省'],
  ['53', '云南省'],
  ['54', '西藏自治区'],
  ['61', '陕西省'],
  ['62', '甘肃省'],
  ['63', '青海省'],
  ['64', '宁夏回族自治区'],
  ['65', '新疆维吾尔自治区'],
];

const SYLLABLES = [
  ...'安宝昌城德东丰福阜高光广海和河华怀黄嘉建江金京靖康乐临隆泸罗洛茂梅南宁平浦青清庆泉仁山商韶石寿顺松太泰桃天通威文武西仙祥新兴宣阳永玉元云长镇中遵',
];

function placeName(random: Random, syllables = 2): string {
  let name = '';
  for (let i = 0; i < syllables; i++) name += random.pick(SYLLABLES);
  return name;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function numeral(n: number): string {
  return NUMERALS[(n - 1) % NUMERALS.length] as string;
}

/**
 * The 6-digit administrative division code (行政区划代码) of county `index`: province, city and
 * county digits, unique for up to 31 × 1 188 counties.
 */
function countyCode(index: number, counties: number): { code: string; province: string } {
  const perProvince = Math.ceil(counties / PROVINCES.length);
  const provinceIndex = Math.floor(index / perProvince);
  const within = index % perProvince;
  const province = PROVINCES[provinceIndex];
  if (province === undefined || within >= 99 * 12) throw new RangeError(`too many counties (${counties})`);
  const city = 1 + Math.floor(within / 12);
  const county = 21 + (within % 12);
  return { code: `${province[0]}${pad(city, 2)}${pad(county, 2)}`, province: province[1] };
}

// ── The county plan ──────────────────────────────────────────────────────────────────────────

/**
 * How many schools each county has: right-skewed (median about 55, from 20 up to 300), scaled so
 * that the nation has about `targetSections` school sections.
 * @param options - the nation's options
 * @returns one plan per county
 */
export function planNation(options: NationOptions): CountyPlan[] {
  const counties = options.counties ?? DEFAULT_COUNTIES;
  const targetSchools = (options.targetSections ?? DEFAULT_SECTIONS) / SECTIONS_PER_SCHOOL;
  const random = createRandom(mix(options.seed, 0x7fffffff));
  const raw: number[] = [];
  for (let i = 0; i < counties; i++) raw.push(random.logNormal(1, 0.65));
  const rawTotal = raw.reduce((sum, w) => sum + w, 0);
  let scale = targetSchools / rawTotal;
  let sizes: number[] = [];
  // The clamps move the total; a few rounds of rescaling bring it back to the target.
  for (let round = 0; round < 12; round++) {
    sizes = raw.map((w) => clamp(Math.round(w * scale), MIN_SCHOOLS, MAX_SCHOOLS));
    const total = sizes.reduce((sum, n) => sum + n, 0);
    if (Math.abs(total - targetSchools) < 1) break;
    scale *= targetSchools / total;
  }
  return sizes.map((schools, index) => ({ index, schools }));
}

// ── Standards the generated values scatter around (compulsory-quality-2017) ──────────────────

interface StageNorms {
  /** Teachers above the required qualification per 100 pupils. */
  readonly qualified: number;
  readonly key: number;
  readonly peArt: number;
  readonly teachingArea: number;
  readonly sportsArea: number;
  readonly equipment: number;
  readonly multimedia: number;
  /** Pupils per full-time teacher (typical). */
  readonly pupilsPerTeacher: number;
  /** Typical class size. */
  readonly classSize: number;
  readonly computersPerPupil: number;
  readonly booksPerPupil: number;
}

const NORMS: Readonly<Record<Stage, StageNorms>> = {
  primary: {
    qualified: 4.2,
    key: 1,
    peArt: 0.9,
    teachingArea: 4.5,
    sportsArea: 7.5,
    equipment: 2000,
    multimedia: 2.3,
    pupilsPerTeacher: 16.5,
    classSize: 38,
    computersPerPupil: 0.12,
    booksPerPupil: 25,
  },
  junior: {
    qualified: 5.3,
    key: 1,
    peArt: 0.9,
    teachingArea: 5.8,
    sportsArea: 10.2,
    equipment: 2500,
    multimedia: 2.4,
    pupilsPerTeacher: 12.5,
    classSize: 43,
    computersPerPupil: 0.15,
    booksPerPupil: 35,
  },
};

const RESOURCES = [
  'qualified',
  'key',
  'peArt',
  'teachingArea',
  'sportsArea',
  'equipment',
  'multimedia',
] as const;
type Resource = (typeof RESOURCES)[number];

/** How well a county is equipped: the median multiple of each standard and the spread between its schools. */
interface CountyProfile {
  readonly level: Readonly<Record<Resource, number>>;
  /** σ of the logarithm between schools: about 0.2 (CV ≈ 0.2) to 0.58 (CV ≈ 0.63). */
  readonly sigma: number;
  /** Multiplies school enrolments (town counties have larger schools). */
  readonly size: number;
  /**
   * A county ready for recognition (about 8 %): every school well above the standards, classes
   * within the limits, complete data, every county fact met, so that some counties pass.
   */
  readonly model: boolean;
}

function countyProfile(random: Random): CountyProfile {
  const model = random.next() < 0.08;
  const base = model ? random.logNormal(1.75, 0.04) : random.logNormal(1.3, 0.1);
  const level = {} as Record<Resource, number>;
  for (const resource of RESOURCES) level[resource] = base * random.logNormal(1, model ? 0.03 : 0.08);
  const sigma = model ? 0.1 + 0.08 * random.next() : 0.2 + 0.38 * random.next();
  return { level, sigma, size: random.logNormal(1, 0.3), model };
}

/** A school's multiples of each standard: a shared "wealth" of the school plus noise per resource. */
function schoolFactors(random: Random, profile: CountyProfile): Record<Resource, number> {
  const wealth = random.normal();
  const factors = {} as Record<Resource, number>;
  for (const resource of RESOURCES) {
    factors[resource] =
      profile.level[resource] * Math.exp(profile.sigma * (0.75 * wealth + 0.66 * random.normal()));
  }
  return factors;
}

// ── Sections ─────────────────────────────────────────────────────────────────────────────────

/** The largest class a county has: 60 (a sanity bound), 45 / 50 (the standard) in model counties. */
function classCap(stage: Stage, model: boolean): number {
  return model ? (stage === 'primary' ? 45 : 50) : 60;
}

/** Class sizes (每班人数) summing to `pupils`, each between 1 and `cap`, with some uneven classes. */
function classSizesOf(random: Random, pupils: number, classes: number, cap: number): number[] {
  const base = Math.floor(pupils / classes);
  const extra = pupils % classes;
  const sizes: number[] = [];
  for (let i = 0; i < classes; i++) sizes.push(base + (i < extra ? 1 : 0));
  // Move a few pupils between classes; the sum stays, and every class stays within [1, cap].
  for (let k = 0; k < classes; k++) {
    const from = random.int(0, classes - 1);
    const to = random.int(0, classes - 1);
    const moved = random.int(0, 5);
    const a = sizes[from] as number;
    const b = sizes[to] as number;
    if (from === to || a - moved < 1 || b + moved > cap) continue;
    sizes[from] = a - moved;
    sizes[to] = b + moved;
  }
  return sizes;
}

function classesOf(
  random: Random,
  stage: Stage,
  pupils: number,
  teachingPoint: boolean,
  model: boolean,
): number {
  const least = Math.max(1, Math.ceil(pupils / classCap(stage, model)));
  if (teachingPoint) return clamp(Math.round(pupils / random.logNormal(14, 0.35)), least, Math.max(least, 6));
  const typical = NORMS[stage].classSize * (model ? 0.9 : 1);
  return Math.max(least, Math.round(pupils / random.logNormal(typical, 0.12)));
}

function teachersOf(
  random: Random,
  stage: Stage,
  pupils: number,
  factors: Record<Resource, number>,
  teachingPoint: boolean,
  model: boolean,
): TeacherCounts {
  const norms = NORMS[stage];
  const perTeacher = teachingPoint
    ? random.logNormal(9, 0.3)
    : random.logNormal(norms.pupilsPerTeacher * (model ? 0.9 : 1), model ? 0.06 : 0.18);
  const fullTime = Math.max(1, Math.round(pupils / perTeacher));
  // Model counties round small counts up: a teaching point of 60 pupils still has its PE teacher.
  const whole = model ? Math.ceil : Math.round;
  const per100 = (threshold: number, factor: number): number => whole((pupils * threshold * factor) / 100);
  const peArt = (pupils * norms.peArt * factors.peArt) / 100;
  // Now and then a figure is missing from the forms: the indicator becomes "unknown".
  const keyMissing = !model && random.next() < 0.0015;
  return {
    fullTime,
    aboveRequiredQualification: Math.min(fullTime, per100(norms.qualified, factors.qualified)),
    ...(keyMissing ? {} : { keyCountyOrAbove: Math.min(fullTime, per100(norms.key, factors.key)) }),
    pe: whole(peArt * 0.45),
    music: whole(peArt * 0.28),
    art: whole(peArt * 0.27),
    seniorTitle: Math.round(fullTime * (0.3 + 0.4 * random.next())),
    certified: Math.max(0, fullTime - (!model && random.next() < 0.08 ? random.int(1, 2) : 0)),
  };
}

/** Stock amounts of one section (or of a senior stage) before they are written out. */
interface StockAmounts {
  teachingAuxiliaryArea: number;
  sportsArea: number;
  equipmentValue: number;
  multimediaClassrooms: number;
  computers: number;
  books: number;
}

function stockAmountsOf(
  random: Random,
  stage: Stage,
  pupils: number,
  factors: Record<Resource, number>,
  model: boolean,
): StockAmounts {
  const norms = NORMS[stage];
  const whole = model ? Math.ceil : Math.round;
  return {
    teachingAuxiliaryArea: pupils * norms.teachingArea * factors.teachingArea,
    sportsArea: pupils * norms.sportsArea * factors.sportsArea,
    equipmentValue: pupils * norms.equipment * factors.equipment,
    multimediaClassrooms: whole((pupils * norms.multimedia * factors.multimedia) / 100),
    computers: Math.round(pupils * norms.computersPerPupil * random.logNormal(1.1, 0.3)),
    books: Math.round(pupils * norms.booksPerPupil * random.logNormal(1.1, 0.3)),
  };
}

function addAmounts(a: StockAmounts, b: StockAmounts): StockAmounts {
  return {
    teachingAuxiliaryArea: a.teachingAuxiliaryArea + b.teachingAuxiliaryArea,
    sportsArea: a.sportsArea + b.sportsArea,
    equipmentValue: a.equipmentValue + b.equipmentValue,
    multimediaClassrooms: a.multimediaClassrooms + b.multimediaClassrooms,
    computers: a.computers + b.computers,
    books: a.books + b.books,
  };
}

interface Rooms {
  readonly musicRooms?: number[];
  readonly artRooms?: number[];
}

/**
 * Music and art rooms of a school: about one of each per 12 classes, areas around 96 and 90 m²
 * (model counties: enough rooms, none below the standard area).
 */
function roomsOf(random: Random, classes: number, teachingPoint: boolean, model: boolean): Rooms {
  const count = (): number => {
    if (model) return clamp(Math.ceil(classes / 12), 1, 12);
    if (teachingPoint) return random.next() < 0.55 ? 0 : 1;
    return clamp(Math.round((classes / 12) * random.logNormal(1.05, 0.3)), 1, 12);
  };
  const areas = (n: number, standard: number): number[] => {
    const list: number[] = [];
    for (let i = 0; i < n; i++) {
      const area = model
        ? Math.ceil(standard * random.logNormal(1.1, 0.03))
        : standard * random.logNormal(1.04, 0.07);
      list.push(decimalQuantity(random, area, 1));
    }
    return list;
  };
  const musicRooms = areas(count(), 96);
  const artRooms = areas(count(), 90);
  if (!model && random.next() < 0.001) return { musicRooms }; // art rooms not reported
  return { musicRooms, artRooms };
}

function writeStock(random: Random, amounts: StockAmounts, rooms: Rooms | undefined): SchoolStock {
  const stock: SchoolStock = {
    teachingAuxiliaryArea: decimalQuantity(random, amounts.teachingAuxiliaryArea, 1),
    sportsArea: decimalQuantity(random, amounts.sportsArea, 1),
    equipmentValue: decimalQuantity(random, amounts.equipmentValue, 2),
    multimediaClassrooms: wholeQuantity(amounts.multimediaClassrooms),
    computers: wholeQuantity(amounts.computers),
    books: wholeQuantity(amounts.books),
  };
  if (rooms?.musicRooms !== undefined) stock.musicRooms = rooms.musicRooms;
  if (rooms?.artRooms !== undefined) stock.artRooms = rooms.artRooms;
  return stock;
}

interface DraftSection {
  readonly stage: Stage;
  readonly pupils: number;
  readonly classes: number;
  readonly section: SchoolSection;
  readonly amounts: StockAmounts;
}

function draftSection(
  random: Random,
  stage: Stage,
  pupils: number,
  factors: Record<Resource, number>,
  teachingPoint: boolean,
  model: boolean,
): DraftSection {
  const classes = classesOf(random, stage, pupils, teachingPoint, model);
  const section: SchoolSection = {
    pupils,
    classes,
    teachers: teachersOf(random, stage, pupils, factors, teachingPoint, model),
  };
  // Class sizes are reported for most sections (always in model counties: the class-size rule needs them).
  if (model || random.next() < 0.85) {
    section.classSizes = classSizesOf(random, pupils, classes, classCap(stage, model));
  }
  return { stage, pupils, classes, section, amounts: stockAmountsOf(random, stage, pupils, factors, model) };
}

// ── Schools ──────────────────────────────────────────────────────────────────────────────────

/** Kinds other than special education, with their share of schools. */
const KIND_SHARES: readonly (readonly [SchoolKind, number])[] = [
  ['teaching-point', 0.08],
  ['nine-year', 0.05],
  ['twelve-year', 0.01],
  ['complete-secondary', 0.03],
  ['junior', 0.13],
  ['primary', 0.7],
];

function kindOf(random: Random): SchoolKind {
  let u = random.next();
  for (const [kind, share] of KIND_SHARES) {
    if (u < share) return kind;
    u -= share;
  }
  return 'primary';
}

interface CountyNames {
  readonly county: string;
  readonly townships: readonly string[];
}

function schoolOf(
  random: Random,
  kind: SchoolKind,
  id: string,
  profile: CountyProfile,
  names: CountyNames,
): School {
  const { size, model } = profile;
  const factors = schoolFactors(random, profile);
  const township = random.pick(names.townships);
  const isPrivate = (kind === 'primary' || kind === 'junior' || kind === 'nine-year') && random.next() < 0.05;
  // Model counties keep schools within the size limits (2 000 pupils, 2 500 for combined schools).
  const enrolment = (median: number, sigma: number, min: number, max: number): number =>
    clamp(Math.round(random.logNormal(median, sigma)), min, model ? Math.min(max, 1200) : max);
  const section = (stage: Stage, pupils: number, teachingPoint = false): DraftSection =>
    draftSection(random, stage, pupils, factors, teachingPoint, model);
  const drafts: DraftSection[] = [];
  let seniorPupils: number | undefined;
  let shared = false;
  let name: string;
  switch (kind) {
    case 'teaching-point':
      drafts.push(section('primary', enrolment(38, 0.55, 10, 120), true));
      name = `${township}${placeName(random)}村教学点`;
      break;
    case 'primary':
      drafts.push(section('primary', enrolment(420 * size, 0.75, 100, 2500)));
      name = `${township}${random.next() < 0.3 ? '中心' : placeName(random)}小学`;
      break;
    case 'junior':
      drafts.push(section('junior', enrolment(750 * size, 0.6, 200, 2500)));
      name =
        random.next() < 0.5
          ? `${township}初级中学`
          : `${names.county}第${numeral(random.int(1, 10))}初级中学`;
      break;
    case 'nine-year':
      drafts.push(section('primary', enrolment(260 * size, 0.7, 30, 1800)));
      if (random.next() < 0.95) drafts.push(section('junior', enrolment(220 * size, 0.7, 30, 1500)));
      shared = true;
      name = `${township}九年制学校`;
      break;
    case 'twelve-year':
      drafts.push(section('primary', enrolment(600 * size, 0.5, 100, 2000)));
      if (random.next() < 0.95) drafts.push(section('junior', enrolment(550 * size, 0.5, 100, 2000)));
      seniorPupils = enrolment(700 * size, 0.5, 100, 2500);
      shared = true;
      name = `${names.county}${placeName(random)}实验学校`;
      break;
    case 'complete-secondary':
      drafts.push(section('junior', enrolment(900 * size, 0.5, 200, 2500)));
      seniorPupils = enrolment(1000 * size, 0.5, 150, 3000);
      shared = random.next() < 0.5;
      name = `${names.county}第${numeral(random.int(1, 10))}中学`;
      break;
    case 'special-education':
      drafts.push(section('primary', enrolment(60, 0.6, 8, 250)));
      if (random.next() < 0.6) drafts.push(section('junior', enrolment(35, 0.6, 5, 150)));
      if (random.next() < 0.3) seniorPupils = random.int(5, 60);
      name = `${names.county}特殊教育学校`;
      break;
  }

  const classes = drafts.reduce((sum, draft) => sum + draft.classes, 0);
  const rooms = roomsOf(random, classes, kind === 'teaching-point', model);
  const school: School = {
    id,
    name,
    kind,
    ownership: isPrivate ? 'private' : 'public',
    sections: {},
  };
  if (random.next() < 0.9) school.township = township;
  if (shared) {
    // Stock reported for the whole school, senior stage included; split by weighted pupils.
    let total = drafts.map((draft) => draft.amounts).reduce(addAmounts);
    if (seniorPupils !== undefined) {
      total = addAmounts(
        total,
        stockAmountsOf(random, 'junior', Math.round(seniorPupils * 1.3), factors, model),
      );
    }
    school.sharedStock = writeStock(random, total, rooms);
  }
  drafts.forEach((draft, i) => {
    if (!shared) draft.section.stock = writeStock(random, draft.amounts, i === 0 ? rooms : undefined);
    school.sections[draft.stage] = draft.section;
  });
  if (seniorPupils !== undefined) school.seniorPupils = seniorPupils;
  return school;
}

// ── County facts, vetoes, survey ─────────────────────────────────────────────────────────────

const JUDGEMENTS = [
  'basic-balance-3-years',
  'school-layout',
  'unified-standards',
  'small-school-funding',
  'staffing-county-management',
  'school-charter-it',
  'it-use',
  'moral-culture',
  'curriculum',
  'no-overload',
  'quality-monitoring-level',
];

/** Percentages (numerator ÷ denominator × 100) and their standard in %. */
const PERCENTS: readonly (readonly [string, number])[] = [
  ['teacher-training-360', 100],
  ['teacher-exchange', 10],
  ['teacher-exchange-key', 20],
  ['nearby-enrolment-primary', 100],
  ['nearby-enrolment-junior', 95],
  ['high-school-quota', 50],
  ['migrant-children', 85],
  ['junior-retention', 95],
  ['disabled-enrolment', 95],
  ['training-funds', 5],
];

const VETOES = [
  'exam-admission',
  'illegal-school-choice',
  'key-schools-or-classes',
  'unfilled-posts',
  'major-accidents',
  'falsified-data',
];

function countyFactsOf(
  random: Random,
  schools: readonly School[],
  model: boolean,
): Record<string, CountyFact> {
  let teachers = 0;
  for (const school of schools) {
    for (const section of [school.sections.primary, school.sections.junior]) {
      const fullTime = section?.teachers.fullTime;
      if (typeof fullTime === 'number') teachers += fullTime;
    }
  }
  const facts: Record<string, CountyFact> = {};
  for (const id of JUDGEMENTS) {
    const met = model || random.next() < 0.93;
    facts[id] = random.next() < 0.3 ? { met, note: met ? '佐证材料齐全' : '整改中' } : { met };
  }
  for (const [id, standard] of PERCENTS) {
    const denominator =
      id === 'training-funds'
        ? Math.round(random.logNormal(4e7, 0.5)) // public funds of the schools, yuan
        : id.startsWith('teacher')
          ? Math.max(
              1,
              Math.round(
                teachers * (id === 'teacher-exchange' ? 0.45 : id === 'teacher-training-360' ? 1 : 0.08),
              ),
            )
          : random.int(200, 20_000);
    // Around the standard: comfortably above in most counties, a little short in some.
    const [bias, spread] = model ? [1.25, 0.03] : standard >= 95 ? [1.01, 0.02] : [1.15, 0.15];
    const share = Math.min(1, (standard / 100) * random.logNormal(bias, spread));
    facts[id] = { numerator: wholeQuantity(Math.floor(denominator * share)), denominator };
  }
  // 教督〔2017〕6号 holds training funds school by school: a county reports its lowest school's share.
  const training = facts['training-funds'];
  if (training !== undefined && 'numerator' in training)
    facts['training-funds'] = {
      value: roundTo((Number(training.numerator) / Number(training.denominator)) * 100, 2),
    };
  const funding = random.logNormal(model ? 7200 : 6600, model ? 0.04 : 0.12);
  facts['special-education-funding'] = { value: wholeQuantity(funding) };
  const difference = random.logNormal(model ? 0.08 : 0.11, model ? 0.1 : 0.3);
  facts['quality-monitoring-difference'] = { value: roundTo(difference, 3) };
  const civilServantPay = Math.round(random.logNormal(95_000, 0.15));
  facts['teacher-pay'] = {
    numerator: Math.round(civilServantPay * random.logNormal(model ? 1.06 : 1.03, model ? 0.01 : 0.03)),
    denominator: civilServantPay,
  };
  return facts;
}

// ── Counties ─────────────────────────────────────────────────────────────────────────────────

/**
 * Generates county `plan.index` of a nation (the same dataset as `generateNation(options)[index]`).
 * @param options - the nation's options (seed, number of counties, year)
 * @param plan - the county's plan, from {@link planNation}
 * @returns the county's dataset, in the contract format
 */
export function generateCounty(options: NationOptions, plan: CountyPlan): CompulsoryDataset {
  const counties = options.counties ?? DEFAULT_COUNTIES;
  const random = createRandom(mix(options.seed, plan.index));
  const { code, province } = countyCode(plan.index, counties);
  const countyName = `${placeName(random)}${random.next() < 0.8 ? '县' : random.next() < 0.5 ? '区' : '市'}`;
  const townshipCount = clamp(Math.round(plan.schools / 6), 5, 30);
  const townships = ['城关镇'];
  while (townships.length < townshipCount)
    townships.push(`${placeName(random)}${random.next() < 0.6 ? '镇' : '乡'}`);
  const names: CountyNames = { county: countyName, townships };
  const profile = countyProfile(random);

  const special = plan.schools > 200 ? 2 : 1;
  const schools: School[] = [];
  for (let k = 0; k < plan.schools; k++) {
    const kind: SchoolKind = k < special ? 'special-education' : kindOf(random);
    schools.push(schoolOf(random, kind, `${code}${pad(k + 1, 4)}`, profile, names));
  }

  const respondents = random.int(400, 3000);
  const satisfaction = random.logNormal(profile.model ? 0.93 : 0.9, profile.model ? 0.01 : 0.04);
  const satisfied = Math.min(respondents, Math.round(respondents * satisfaction));
  const vetoes: Record<string, boolean> = {};
  for (const id of VETOES) vetoes[id] = !profile.model && random.next() < 0.01;

  const dataset: CompulsoryDataset = {
    schemaVersion: 1,
    county: { code, name: countyName, province, city: `${placeName(random)}市` },
    year: options.year ?? DEFAULT_YEAR,
    schools,
    countyFacts: countyFactsOf(random, schools, profile.model),
    vetoes,
    survey: { respondents, satisfied },
  };
  writeQuantities(options.strings ?? 'mix', options.seed, plan.index, (visitor) =>
    visitCompulsoryQuantities(dataset, visitor),
  );
  return dataset;
}

function visitStock(stock: SchoolStock, visit: QuantityVisitor): void {
  for (const key of ['teachingAuxiliaryArea', 'sportsArea', 'equipmentValue'] as const) {
    if (stock[key] !== undefined) visit(stock, key, 'decimal');
  }
  for (const key of ['multimediaClassrooms', 'computers', 'books'] as const) {
    if (stock[key] !== undefined) visit(stock, key, 'count');
  }
  for (const rooms of [stock.musicRooms, stock.artRooms]) {
    if (rooms !== undefined) for (let i = 0; i < rooms.length; i++) visit(rooms, i, 'decimal');
  }
}

/**
 * Visits every quantity of a compulsory-education dataset: section counts, teacher counts, class
 * sizes and stock (areas, money, rooms, computers, books), senior pupils, county facts, survey.
 * @param dataset - a generated county
 * @param visit - the visitor
 */
export function visitCompulsoryQuantities(dataset: CompulsoryDataset, visit: QuantityVisitor): void {
  for (const school of dataset.schools) {
    for (const section of [school.sections.primary, school.sections.junior]) {
      if (section === undefined) continue;
      visit(section, 'pupils', 'count');
      visit(section, 'classes', 'count');
      const sizes = section.classSizes;
      if (sizes !== undefined) for (let i = 0; i < sizes.length; i++) visit(sizes, i, 'count');
      for (const key of Object.keys(section.teachers)) visit(section.teachers, key, 'count');
      if (section.stock !== undefined) visitStock(section.stock, visit);
    }
    if (school.sharedStock !== undefined) visitStock(school.sharedStock, visit);
    if (school.seniorPupils !== undefined) visit(school, 'seniorPupils', 'count');
  }
  visitCountyQuantities(dataset.countyFacts, dataset.survey, visit);
}

/**
 * The nation's counties one at a time, so a caller can serialise them without holding every
 * dataset at once.
 * @param options - seed, number of counties, target of sections, year
 */
export function* generateCounties(options: NationOptions): Generator<CompulsoryDataset> {
  for (const plan of planNation(options)) yield generateCounty(options, plan);
}

/**
 * A whole nation of compulsory-education datasets, one per county, deterministic for a seed.
 * @param options - seed, number of counties (default 2 850), target of sections (default 200 000)
 * @returns one `CompulsoryDataset` per county
 * @example
 * ```ts
 * const nation = generateNation({ seed: 1, counties: 3, targetSections: 210 });
 * nation.length; //=> 3
 * ```
 */
export function generateNation(options: NationOptions): CompulsoryDataset[] {
  return Array.from(generateCounties(options));
}

/** Counts of a generated nation, for the report. */
export interface NationCounts {
  counties: number;
  schools: number;
  sections: number;
  pupils: number;
  readonly kinds: Record<string, number>;
  teachingPointsBelow50: number;
  sharedStock: number;
  /** Quantities written as numbers and as decimal strings. */
  readonly strings: StringCounts;
}

/** Empty counts, to add counties to with {@link countCounty}. */
export function emptyCounts(): NationCounts {
  return {
    counties: 0,
    schools: 0,
    sections: 0,
    pupils: 0,
    kinds: {},
    teachingPointsBelow50: 0,
    sharedStock: 0,
    strings: emptyStringCounts(),
  };
}

/**
 * Adds one county to the counts.
 * @param counts - the running counts
 * @param dataset - a generated county
 */
export function countCounty(counts: NationCounts, dataset: CompulsoryDataset): void {
  counts.counties += 1;
  for (const school of dataset.schools) {
    counts.schools += 1;
    counts.kinds[school.kind] = (counts.kinds[school.kind] ?? 0) + 1;
    if (school.sharedStock !== undefined) counts.sharedStock += 1;
    let pupils = 0;
    for (const section of [school.sections.primary, school.sections.junior]) {
      if (section === undefined) continue;
      counts.sections += 1;
      pupils += Number(section.pupils);
    }
    counts.pupils += pupils;
    if (school.kind === 'teaching-point' && pupils < 50) counts.teachingPointsBelow50 += 1;
  }
  countStrings(counts.strings, (visitor) => visitCompulsoryQuantities(dataset, visitor));
}
