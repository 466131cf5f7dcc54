/**
 * A deterministic national-scale generator of preschool datasets (data contract section 2): one
 * `PreschoolDataset` per county, about 2 850 counties and 290 000 kindergartens, shaped like
 * county data so that the national benchmark exercises the preschool assessment at scale
 * (public and inclusive shares on both sides of their standards, classes above their size
 * limits, premises planned before and after 2017, missing staff figures, about one county in ten
 * ready for recognition, …). Quantities are written as numbers or decimal strings
 * according to the `strings` option (see `strings.ts`); the values are the same in every mode.
 *
 * Deterministic: the same options give the same datasets, byte for byte (no `Math.random`, no
 * clock); county `i` has its own generator seeded from `(seed, index)`.
 * @module
 */
import type { PreschoolDataset } from '../../src/index.js';
import { createRandom, type Random } from '../random.js';
import {
  countStrings,
  type QuantityVisitor,
  type StringCounts,
  type StringsMode,
  visitCountyQuantities,
  writeQuantities,
} from './strings.js';

/** Options of {@link generatePreschoolCounties}. */
export interface PreschoolNationOptions {
  /** Any integer; equal seeds give equal nations. */
  readonly seed: number;
  /** Number of counties. Default 2 850. */
  readonly counties?: number;
  /** About how many kindergartens in all. Default 290 000. */
  readonly targetKindergartens?: number;
  /** The data year. Default 2022. */
  readonly year?: number;
  /** How quantities are written: numbers only, the national mix (default), or strings only. */
  readonly strings?: StringsMode;
}

const DEFAULT_COUNTIES = 2850;
const DEFAULT_KINDERGARTENS = 290_000;

function mix(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 7919, 0x27d4eb2d)) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const OWNERSHIPS = ['public-education', 'public-other', 'private-inclusive', 'private-other'] as const;
const CLASS_TYPES = ['small', 'middle', 'large'] as const;
/** Standard class sizes (small 25, middle 30, large 35; mixed 30). */
const CLASS_LIMIT = { small: 25, middle: 30, large: 35 } as const;

/** An area in m², to 0.1 m². */
function area(value: number): number {
  return Math.round(Math.max(0, value) * 10) / 10;
}

/** The per-child area norms of `preschool-2020` in m², which generated areas scatter around. */
const AREA_NORMS = { outdoorPlay: 4, activityRooms: 8.17, building: 10.44 } as const;

/** How a county's kindergartens are run. */
interface CountyProfile {
  /** Share of kindergartens run by public bodies. */
  readonly publicBias: number;
  /**
   * A county ready for recognition (about 10 %): enough public and inclusive places, classes
   * within their sizes, certified staff, premises meeting the norms, county facts met.
   */
  readonly model: boolean;
}

function kindergartenOf(
  random: Random,
  county: string,
  i: number,
  profile: CountyProfile,
): Record<string, unknown> {
  const { model, publicBias } = profile;
  const u = random.next();
  const ownership =
    u < publicBias ? OWNERSHIPS[random.next() < 0.85 ? 0 : 1] : OWNERSHIPS[random.next() < 0.7 ? 2 : 3];
  const classCount = Math.max(1, Math.round(random.logNormal(6, 0.55)));
  const classes: { type: string; children: number }[] = [];
  let children = 0;
  for (let c = 0; c < classCount; c++) {
    const mixed = classCount < 3 && random.next() < 0.5;
    const type = mixed ? 'mixed' : (CLASS_TYPES[c % 3] as (typeof CLASS_TYPES)[number]);
    const limit = mixed ? 30 : CLASS_LIMIT[type as (typeof CLASS_TYPES)[number]];
    // Mostly within the limit, some classes above it (none in model counties).
    const size = Math.max(5, Math.round(limit * (0.72 + (model ? 0.26 : 0.32) * random.next())));
    classes.push({ type, children: size });
    children += size;
  }
  const teachers = Math.max(
    1,
    Math.round(classCount * 2 * (model ? 1 + 0.2 * random.next() : 0.75 + 0.4 * random.next())),
  );
  const staff: Record<string, number> = {
    total: teachers + classCount + random.int(1, 4),
    fullTimeTeachers: teachers,
    carers: Math.max(0, Math.round(classCount * (0.6 + 0.5 * random.next()))),
    certifiedTeachers: model
      ? teachers
      : Math.min(teachers, Math.round(teachers * (0.7 + 0.35 * random.next()))),
    directors: 1,
    certifiedDirectors: model || random.next() < 0.9 ? 1 : 0,
  };
  // About one kindergarten in twenty has not reported its staff in full.
  if (!model && random.next() < 0.05) delete staff.carers;
  // Premises per child around the norms; model counties above them.
  const perChild = (norm: number): number =>
    norm * (model ? Math.max(1.02, random.logNormal(1.2, 0.05)) : random.logNormal(1.05, 0.25));
  const kindergarten: Record<string, unknown> = {
    id: `${county}-K${String(i + 1).padStart(4, '0')}`,
    name: `幼儿园 ${i + 1}`,
    ownership,
    children,
    classes,
    staff,
    areas: {
      outdoorPlay: area(children * perChild(AREA_NORMS.outdoorPlay)),
      activityRooms: area(children * perChild(AREA_NORMS.activityRooms)),
      building: area(children * perChild(AREA_NORMS.building)),
    },
  };
  // The year the premises were planned (规划设计): about 3 in 10 in or after 2017; now and then not reported.
  if (model || random.next() < 0.997) {
    kindergarten.plannedYear = random.next() < 0.3 ? random.int(2017, 2022) : random.int(1985, 2016);
  }
  if (random.next() < 0.15) kindergarten.boarding = random.next() < 0.2;
  return kindergarten;
}

/**
 * The preschool dataset of county `index`: about `kindergartens` kindergartens, its population
 * aged 3–5 chosen so that gross enrolment scatters around the 85 % standard.
 */
export function generatePreschoolCounty(
  options: PreschoolNationOptions,
  index: number,
  kindergartens: number,
): PreschoolDataset {
  const random = createRandom(mix(options.seed, index));
  const code = `P${String(index).padStart(5, '0')}`;
  const model = random.next() < 0.1;
  const profile: CountyProfile = {
    model,
    publicBias: model ? 0.6 + 0.2 * random.next() : 0.35 + 0.3 * random.next(),
  };
  const list: Record<string, unknown>[] = [];
  let children = 0;
  for (let i = 0; i < kindergartens; i++) {
    const k = kindergartenOf(random, code, i, profile);
    children += k.children as number;
    list.push(k);
  }
  const facts: Record<string, unknown> = {
    'party-leadership': { met: true },
    'development-plan': { met: model || random.next() < 0.9 },
    'township-central-kindergartens': { numerator: model ? 12 : random.int(6, 12), denominator: 12 },
    'estate-kindergartens': { numerator: model ? 5 : random.int(2, 5), denominator: 5 },
    'public-funding-per-child': { value: Math.round((model ? 550 : 400) + 600 * random.next()) },
    'inclusive-subsidy-per-child': { value: Math.round((model ? 520 : 300) + 500 * random.next()) },
    'reasonable-fees': { met: true },
    'non-established-teacher-pay': { numerator: random.int(model ? 3700 : 2800, 4800), denominator: 4800 },
    'safety-risk-system': { met: true },
    'regulatory-system': { met: true },
    'conditions-improved': { met: true },
    'science-based-care': { met: true },
    'no-primary-schooling': { met: model || random.next() < 0.9 },
  };
  const respondents = random.int(400, 2000);
  const enrolment = model ? 0.88 + 0.11 * random.next() : 0.8 + 0.2 * random.next();
  const satisfaction = model ? 0.88 + 0.1 * random.next() : 0.8 + 0.18 * random.next();
  const dataset = {
    schemaVersion: 1,
    county: { code, name: `县 ${index + 1}` },
    year: options.year ?? 2022,
    populationAged3to5: Math.max(1, Math.round(children / enrolment)),
    kindergartens: list,
    countyFacts: facts,
    vetoes: { 'major-accidents': false, 'falsified-data': !model && random.next() < 0.01 },
    survey: { respondents, satisfied: Math.round(respondents * satisfaction) },
  } as unknown as PreschoolDataset;
  writeQuantities(options.strings ?? 'mix', options.seed, index + 0x10000, (visitor) =>
    visitPreschoolQuantities(dataset, visitor),
  );
  return dataset;
}

/**
 * Visits every quantity of a preschool dataset: the population aged 3–5, children, class sizes,
 * staff counts and areas of each kindergarten, county facts, survey.
 * @param dataset - a generated county
 * @param visit - the visitor
 */
export function visitPreschoolQuantities(dataset: PreschoolDataset, visit: QuantityVisitor): void {
  visit(dataset, 'populationAged3to5', 'count');
  for (const kindergarten of dataset.kindergartens) {
    visit(kindergarten, 'children', 'count');
    for (const kindergartenClass of kindergarten.classes) visit(kindergartenClass, 'children', 'count');
    for (const key of Object.keys(kindergarten.staff)) visit(kindergarten.staff, key, 'count');
    const areas = kindergarten.areas;
    if (areas !== undefined) for (const key of Object.keys(areas)) visit(areas, key, 'decimal');
  }
  visitCountyQuantities(dataset.countyFacts, dataset.survey, visit);
}

/**
 * Adds the quantities of one county to the counts of numbers and strings.
 * @param counts - the running counts
 * @param dataset - a generated county
 */
export function countPreschoolStrings(counts: StringCounts, dataset: PreschoolDataset): void {
  countStrings(counts, (visitor) => visitPreschoolQuantities(dataset, visitor));
}

/**
 * Every county's preschool dataset, one at a time (so that a caller can serialise them without
 * holding the whole nation as objects).
 */
export function* generatePreschoolCounties(options: PreschoolNationOptions): Generator<PreschoolDataset> {
  const counties = options.counties ?? DEFAULT_COUNTIES;
  const mean = (options.targetKindergartens ?? DEFAULT_KINDERGARTENS) / counties;
  const plan = createRandom(mix(options.seed, 0x3fffffff));
  for (let i = 0; i < counties; i++) {
    const size = Math.max(5, Math.round(mean * plan.logNormal(1, 0.45) * 0.905));
    yield generatePreschoolCounty(options, i, size);
  }
}
