/**
 * The compulsory-education datasets (义务教育数据集) of the sample city (示例数据, synthetic): one
 * per county, generated from a plan of each school (kind, township, pupils, usual class size)
 * and, for the resource indicators, a level relative to the 2017 standard (1 = exactly the
 * standard, 0.9 = 90 % of it). Levels not written in a plan are drawn from a seeded generator
 * within the county's range, so the figures look like a real county's while the verdicts are
 * fixed by the plan. Pure data: nothing here imports a schema or an indicator set (the standards
 * are repeated as plain numbers below, for generation only).
 * @module
 */
import type { County } from '../schema/common.js';
import type { CompulsoryDataset, School, SchoolSection, SchoolStock } from '../schema/compulsory.js';
import { createRandom, type Random } from './random.js';

type Stage = 'primary' | 'junior';

/** The seven resource indicators of 教督〔2017〕6号, by a short key. */
type Resource = 'qualified' | 'key' | 'peArt' | 'teaching' | 'sports' | 'equipment' | 'multimedia';

/**
 * Levels of the resource indicators of a section, as multiples of the 2017 standard.
 *
 * @category Sample data
 * @example
 * ```ts
 * const crowded: Levels = { teaching: 0.9, sports: 0.88 }; // 5 of 7 met: the section fails
 * ```
 */
export type Levels = Readonly<Partial<Record<Resource, number>>>;

// The 2017 standards (教督〔2017〕6号), repeated here so that the sample imports no indicator set.
const STANDARD: Readonly<Record<Stage, Readonly<Record<Resource, number>>>> = {
  primary: {
    qualified: 4.2,
    key: 1,
    peArt: 0.9,
    teaching: 4.5,
    sports: 7.5,
    equipment: 2000,
    multimedia: 2.3,
  },
  junior: {
    qualified: 5.3,
    key: 1,
    peArt: 0.9,
    teaching: 5.8,
    sports: 10.2,
    equipment: 2500,
    multimedia: 2.4,
  },
};

// Weighted pupils for stock shared by a nine-year school (primary 1, junior 1.1).
const JUNIOR_WEIGHT = 1.1;

/**
 * The plan of one section (学段) of a sample school.
 *
 * @category Sample data
 * @example
 * ```ts
 * const section: SectionPlan = { pupils: 500, classSize: 42, exact: { aboveRequiredQualification: 21 } };
 * ```
 */
export interface SectionPlan {
  /** 在校生数. */
  readonly pupils: number;
  /** The usual largest class (班额); classes are as even as the pupils allow. */
  readonly classSize: number;
  /** One class of this size (大班额); the others share the remaining pupils. */
  readonly largestClass?: number;
  /** Resource levels written by hand; the others are drawn. */
  readonly levels?: Levels;
  /** Full-time teachers without a teaching certificate (无教师资格证). */
  readonly uncertified?: number;
  /** Figures placed by hand, e.g. exactly on a threshold. */
  readonly exact?: Readonly<Partial<Pick<SchoolStock, 'teachingAuxiliaryArea' | 'equipmentValue'>>> & {
    /** 高于规定学历教师数. */
    readonly aboveRequiredQualification?: number;
  };
}

/**
 * The plan of one sample school.
 *
 * @category Sample data
 * @example
 * ```ts
 * const school: SchoolPlan = {
 *   id: 'DH01', name: '东湖县城关第一小学', kind: 'primary', township: '城关镇',
 *   primary: { pupils: 1680, classSize: 43 },
 * };
 * ```
 */
export interface SchoolPlan {
  /** 学校编号. */
  readonly id: string;
  /** 学校名称. */
  readonly name: string;
  /** 学校类型. */
  readonly kind: School['kind'];
  /** 乡镇. */
  readonly township: string;
  /** 民办 when set; 公办 otherwise. */
  readonly private?: boolean;
  /** 小学学段. */
  readonly primary?: SectionPlan;
  /** 初中学段. */
  readonly junior?: SectionPlan;
  /** Report the stock for the whole school (`sharedStock`), split by weighted pupils. */
  readonly shared?: boolean;
  /** Area of the smallest music room (音乐专用教室), when it is below the norm. */
  readonly smallMusicRoom?: number;
}

/**
 * The plan of a county's compulsory-education dataset.
 *
 * @category Sample data
 * @example
 * ```ts
 * const plan: CompulsoryPlan = { seed: 1, county, year: 2025, range: [1.06, 1.5], schools: [], countyFacts: {}, vetoes: {} };
 * ```
 */
export interface CompulsoryPlan {
  /** Seed of the generator (a county's figures depend on nothing else). */
  readonly seed: number;
  /** 县. */
  readonly county: County;
  /** 年度. */
  readonly year: number;
  /** Range of the drawn levels, as multiples of the standard. */
  readonly range: readonly [number, number];
  /** The schools. */
  readonly schools: readonly SchoolPlan[];
  /** 县级指标事实. */
  readonly countyFacts: CompulsoryDataset['countyFacts'];
  /** 一票否决. */
  readonly vetoes: CompulsoryDataset['vetoes'];
  /** 社会认可度调查. */
  readonly survey?: NonNullable<CompulsoryDataset['survey']>;
}

const RESOURCES: readonly Resource[] = [
  'qualified',
  'key',
  'peArt',
  'teaching',
  'sports',
  'equipment',
  'multimedia',
];

// A figure rounded up to a step of 0.1, 1 or 100 (so a drawn level ≥ 1 always meets its
// standard), with a guard against float noise such as 4.5 × 500 = 2250.0000000001.
function up(value: number, step: 0.1 | 1 | 100 = 1): number {
  if (step === 0.1) return Math.ceil(value * 10 - 1e-6) / 10;
  return Math.ceil(value / step - 1e-9) * step;
}

// The levels of a section: those written in its plan, the others drawn within `range`. Every
// level is drawn even when written, so a plan's overrides do not shift the later draws.
function drawLevels(
  random: Random,
  range: readonly [number, number],
  given: Levels | undefined,
): Record<Resource, number> {
  const levels = {} as Record<Resource, number>;
  for (const resource of RESOURCES) {
    const drawn = random.between(range[0], range[1]);
    levels[resource] = given?.[resource] ?? drawn;
  }
  return levels;
}

function classSizesOf(plan: SectionPlan): number[] {
  const { pupils, classSize, largestClass } = plan;
  const big = largestClass === undefined ? [] : [largestClass];
  const rest = pupils - (largestClass ?? 0);
  const classes = Math.max(1, Math.ceil(rest / classSize));
  const base = Math.floor(rest / classes);
  const extra = rest - base * classes;
  const sizes = Array.from({ length: classes }, (_, i) => (i < extra ? base + 1 : base));
  return [...big, ...sizes];
}

function teachersOf(
  random: Random,
  stage: Stage,
  plan: SectionPlan,
  levels: Record<Resource, number>,
  classes: number,
): SchoolSection['teachers'] {
  const { pupils } = plan;
  const standard = STANDARD[stage];
  const qualified =
    plan.exact?.aboveRequiredQualification ?? up((standard.qualified * levels.qualified * pupils) / 100);
  const key = up((standard.key * levels.key * pupils) / 100);
  const peArt = up((standard.peArt * levels.peArt * pupils) / 100);
  const pe = Math.ceil(peArt * 0.45);
  const music = Math.floor((peArt - pe) / 2);
  const art = peArt - pe - music;
  // Pupils per teacher about 16 (primary) or 12 (junior), and enough for the subjects of every class.
  const ratio = stage === 'primary' ? random.between(15.5, 17.5) : random.between(11.5, 13);
  const perClass = stage === 'primary' ? 1.6 : 2.6;
  const fullTime = Math.max(
    Math.ceil(pupils / ratio),
    Math.ceil(classes * perClass),
    Math.ceil(qualified / 0.92),
    key + peArt,
  );
  const seniorTitle = Math.round(fullTime * random.between(0.42, 0.6));
  return {
    fullTime,
    aboveRequiredQualification: qualified,
    keyCountyOrAbove: key,
    pe,
    music,
    art,
    seniorTitle,
    certified: fullTime - (plan.uncertified ?? 0),
  };
}

// Stock of one section, or of the whole school when `weighted` (pupils weighted 1 : 1.1) is given.
function stockOf(
  random: Random,
  stages: readonly Stage[],
  pupils: number,
  weighted: number,
  levels: Record<Resource, number>,
  exact: SectionPlan['exact'],
): SchoolStock {
  // The binding standard per weighted pupil: the junior one shrinks by its weight.
  const need = (resource: Resource): number =>
    Math.max(
      ...stages.map(
        (stage) => STANDARD[stage][resource] / (stage === 'junior' && stages.length > 1 ? JUNIOR_WEIGHT : 1),
      ),
    );
  const base = stages.length > 1 ? weighted : pupils;
  const junior = stages.includes('junior');
  const computers = Math.ceil(pupils * random.between(junior ? 0.12 : 0.1, junior ? 0.2 : 0.17));
  const books = Math.ceil(pupils * random.between(junior ? 36 : 26, junior ? 48 : 36));
  const teaching = up(need('teaching') * levels.teaching * base, 0.1);
  return {
    teachingAuxiliaryArea:
      exact?.teachingAuxiliaryArea ?? (Number.isInteger(teaching) ? teaching : teaching.toFixed(1)),
    sportsArea: up(need('sports') * levels.sports * base),
    equipmentValue: exact?.equipmentValue ?? up(need('equipment') * levels.equipment * base, 100),
    multimediaClassrooms: Math.max(1, up((need('multimedia') * levels.multimedia * base) / 100)),
    computers,
    books,
  };
}

function rooms(random: Random, count: number, norm: number, smallest: number | undefined): number[] {
  return Array.from({ length: count }, (_, i) =>
    i === 0 && smallest !== undefined ? smallest : norm + random.int(0, 3) * 4,
  );
}

function buildSchool(random: Random, range: readonly [number, number], plan: SchoolPlan): School {
  const stages = (['primary', 'junior'] as const).filter((stage) => plan[stage] !== undefined);
  const pupilsOf = (stage: Stage): number => plan[stage]?.pupils ?? 0;
  const total = pupilsOf('primary') + pupilsOf('junior');
  const weighted = pupilsOf('primary') + JUNIOR_WEIGHT * pupilsOf('junior');
  // Small schools have whole teachers for few pupils: their levels run higher.
  const sectionRange: readonly [number, number] = total < 200 ? [range[0] + 0.2, range[1] + 0.5] : range;
  const sections: School['sections'] = {};
  let classes = 0;
  const sharedLevels = drawLevels(random, range, plan.primary?.levels ?? plan.junior?.levels);
  for (const stage of stages) {
    const section = plan[stage] as SectionPlan;
    const levels = drawLevels(random, sectionRange, section.levels);
    const classSizes = classSizesOf(section);
    classes += classSizes.length;
    sections[stage] = {
      pupils: section.pupils,
      classes: classSizes.length,
      classSizes,
      teachers: teachersOf(random, stage, section, levels, classSizes.length),
      ...(plan.shared === true
        ? {}
        : { stock: stockOf(random, [stage], section.pupils, section.pupils, levels, section.exact) }),
    };
  }
  const roomCount = Math.max(1, Math.ceil(classes / 12));
  const music = rooms(random, roomCount, 96, plan.smallMusicRoom);
  const art = rooms(random, roomCount, 90, undefined);
  const roomStock = { musicRooms: music, artRooms: art };
  if (plan.shared === true) {
    return {
      id: plan.id,
      name: plan.name,
      kind: plan.kind,
      ownership: plan.private === true ? 'private' : 'public',
      township: plan.township,
      sections,
      sharedStock: { ...stockOf(random, stages, total, weighted, sharedLevels, undefined), ...roomStock },
    };
  }
  // Rooms belong to the school: list them with its first section's stock.
  const first = stages[0] as Stage;
  const firstSection = sections[first] as SchoolSection;
  sections[first] = { ...firstSection, stock: { ...firstSection.stock, ...roomStock } };
  return {
    id: plan.id,
    name: plan.name,
    kind: plan.kind,
    ownership: plan.private === true ? 'private' : 'public',
    township: plan.township,
    sections,
  };
}

/**
 * Builds a county's compulsory-education dataset from its plan. Deterministic: the same plan
 * gives the same dataset.
 *
 * @category Sample data
 * @param plan - the county's plan
 * @returns a dataset in the shape of [data contract, section 1](../../docs/data-contract.md#1-compulsory-education-dataset)
 * @example
 * ```ts
 * buildCompulsory(plan).schools.length; //=> plan.schools.length
 * ```
 */
export function buildCompulsory(plan: CompulsoryPlan): CompulsoryDataset {
  const random = createRandom(plan.seed);
  return {
    schemaVersion: 1,
    county: plan.county,
    year: plan.year,
    schools: plan.schools.map((school) => buildSchool(random, plan.range, school)),
    countyFacts: plan.countyFacts,
    vetoes: plan.vetoes,
    ...(plan.survey === undefined ? {} : { survey: plan.survey }),
  };
}
