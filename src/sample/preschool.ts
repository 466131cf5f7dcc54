/**
 * The preschool datasets (学前教育数据集) of the sample city (示例数据, synthetic), one per county,
 * generated from a plan of each kindergarten (ownership, township, classes by type, planning year,
 * whether its premises meet the per-child norms) with children, staff and areas drawn by a seeded
 * generator. The stories under 教督〔2020〕1号:
 *
 * - 东湖县 passes: gross enrolment above 85 %, public share above 50 %, inclusive coverage above
 *   80 %, every kindergarten planned since 2017 meets the premises norms and more than half of the
 *   older ones do; the pay of non-established teachers is exactly 75 % of the established ones'
 *   (a provincial parameter: the county states it met on evidence).
 * - 西山县 fails the public share (公办园在园幼儿占比 below 50 %) although inclusive coverage is
 *   high; gross enrolment is exactly 85 % and exactly half of the older kindergartens meet the
 *   building norm, both enough.
 * - 南川区 fails gross enrolment (below 85 %) and certified teachers (some teachers of private
 *   kindergartens have no certificate).
 *
 * Pure data: nothing here imports a schema or an indicator set.
 * @module
 */
import type { Kindergarten, PreschoolDataset } from '../schema/preschool.js';
import { COUNTY_CODES, SAMPLE_YEAR } from './compulsory-plans.js';
import { createRandom, type Random } from './random.js';

type ClassType = Kindergarten['classes'][number]['type'];

/**
 * The plan of one sample kindergarten.
 *
 * @category Sample data
 * @example
 * ```ts
 * const plan: KindergartenPlan = {
 *   id: 'DK01', name: '东湖县第一幼儿园', ownership: 'public-education', township: '城关镇',
 *   classes: { small: 4, middle: 4, large: 4 }, plannedYear: 2018,
 * };
 * ```
 */
export interface KindergartenPlan {
  /** 幼儿园编号. */
  readonly id: string;
  /** 幼儿园名称. */
  readonly name: string;
  /** 办园性质. */
  readonly ownership: Kindergarten['ownership'];
  /** 乡镇. */
  readonly township: string;
  /** Classes by type (班级数). */
  readonly classes: Readonly<Partial<Record<ClassType, number>>>;
  /** Year the premises were planned. */
  readonly plannedYear: number;
  /** Premises below the per-child norms (old buildings). */
  readonly poor?: boolean;
  /** Classes over the cap of their type (超班额). */
  readonly over?: number;
  /** Full-time teachers without a certificate. */
  readonly uncertified?: number;
  /** 寄宿制. */
  readonly boarding?: boolean;
}

/**
 * The plan of a county's preschool dataset.
 *
 * @category Sample data
 * @example
 * ```ts
 * const plan: PreschoolPlan = { seed: 1, code: '990101', name: '东湖县', grossEnrolment: 91, kindergartens: [], countyFacts: {}, survey: { respondents: 900, satisfied: 812 } };
 * ```
 */
export interface PreschoolPlan {
  /** Seed of the generator. */
  readonly seed: number;
  /** County code. */
  readonly code: string;
  /** County name. */
  readonly name: string;
  /**
   * Target gross enrolment in percent: the resident population aged 3 to 5 is the children
   * enrolled ÷ this × 100, rounded. `85` exactly is reached by topping up classes until the
   * children are a multiple of 17 (85 % = 17 / 20).
   */
  readonly grossEnrolment: number;
  /** The kindergartens. */
  readonly kindergartens: readonly KindergartenPlan[];
  /** County facts beyond the common ones. */
  readonly countyFacts: PreschoolDataset['countyFacts'];
  /** 社会认可度调查. */
  readonly survey: NonNullable<PreschoolDataset['survey']>;
}

const CAP: Readonly<Record<ClassType, number>> = { small: 25, middle: 30, large: 35, mixed: 30 };
const LOW: Readonly<Record<ClassType, number>> = { small: 20, middle: 25, large: 29, mixed: 18 };
const TYPES: readonly ClassType[] = ['small', 'middle', 'large', 'mixed'];

// Per-child norms (m²): outdoor play 4, activity rooms 8.17, building 10.44.
const GOOD = { outdoorPlay: [4.3, 7], activityRooms: [8.3, 10.2], building: [10.6, 13.8] } as const;
const POOR = { outdoorPlay: [2.8, 3.9], activityRooms: [6.2, 8], building: [7.6, 10.3] } as const;

function teachersPerClass(random: Random, ownership: Kindergarten['ownership']): number {
  if (ownership === 'private-other') return random.between(1.7, 1.9);
  if (ownership === 'private-inclusive') return random.between(1.9, 2.1);
  return random.between(2, 2.3);
}

function buildKindergarten(random: Random, plan: KindergartenPlan): Kindergarten {
  const classes: { type: ClassType; children: number }[] = [];
  let over = plan.over ?? 0;
  for (const type of TYPES) {
    for (let i = 0; i < (plan.classes[type] ?? 0); i++) {
      const drawn = random.int(LOW[type], CAP[type]);
      const children = over > 0 ? CAP[type] + random.int(2, 5) : drawn;
      if (over > 0) over -= 1;
      classes.push({ type, children });
    }
  }
  const children = classes.reduce((sum, c) => sum + c.children, 0);
  const fullTimeTeachers = Math.round(classes.length * teachersPerClass(random, plan.ownership));
  const carers = plan.ownership.startsWith('public') ? classes.length : Math.ceil(classes.length * 0.8);
  const directors = classes.length < 6 ? 1 : classes.length < 10 ? 2 : 3;
  const others = Math.ceil(classes.length * random.between(0.4, 0.7));
  const norms = plan.poor === true ? POOR : GOOD;
  // Good premises are rounded up and poor ones down, so neither crosses its norm by rounding.
  const area = (range: readonly [number, number]): number => {
    const perChild = random.between(range[0], range[1]);
    const total = perChild * children;
    return plan.poor === true ? Math.floor(total) : Math.ceil(total);
  };
  return {
    id: plan.id,
    name: plan.name,
    ownership: plan.ownership,
    children,
    classes,
    staff: {
      total: fullTimeTeachers + carers + directors + others,
      fullTimeTeachers,
      carers,
      certifiedTeachers: fullTimeTeachers - (plan.uncertified ?? 0),
      directors,
      certifiedDirectors: directors,
    },
    areas: {
      outdoorPlay: area(norms.outdoorPlay),
      activityRooms: area(norms.activityRooms),
      building: area(norms.building),
    },
    plannedYear: plan.plannedYear,
    ...(plan.boarding === true ? { boarding: true } : {}),
    township: plan.township,
  };
}

// Adds one child at a time to classes below their cap, from the first kindergarten on, until the
// children are a multiple of `multiple`. Areas are not changed: good premises keep a margin.
function topUp(kindergartens: Kindergarten[], multiple: number): void {
  let total = kindergartens.reduce((sum, k) => sum + (k.children as number), 0);
  for (const kindergarten of kindergartens) {
    for (const group of kindergarten.classes) {
      if (total % multiple === 0) return;
      if ((group.children as number) < CAP[group.type]) {
        group.children = (group.children as number) + 1;
        kindergarten.children = (kindergarten.children as number) + 1;
        total += 1;
      }
    }
  }
}

function commonFacts(townships: number): PreschoolDataset['countyFacts'] {
  return {
    'party-leadership': { met: true, note: '县委常委会每年专题研究学前教育工作' },
    'development-plan': { met: true, note: '第四期学前教育行动计划及幼儿园布局规划已印发' },
    'township-central-kindergartens': { numerator: townships, denominator: townships },
    'estate-kindergartens': { numerator: 5, denominator: 5 },
    // Funding per child and the pay ratio are provincial parameters (no national figure): the
    // sample's province judges them on evidence.
    'public-funding-per-child': { met: true, note: '公办园生均公用经费 800 元/年，达到省定标准' },
    'inclusive-subsidy-per-child': { met: true, note: '普惠性民办园生均补助 600 元/年，达到省定标准' },
    'reasonable-fees': { met: true, note: '公办园和普惠性民办园收费标准经发展改革部门核定' },
    'non-established-teacher-pay': {
      met: true,
      note: '非在编教师平均工资为在编教师的 81.25%（3900 ÷ 4800），达到省定比例',
    },
    'safety-risk-system': { met: true },
    'regulatory-system': { met: true, note: '幼儿园年检和责任督学挂牌督导全覆盖' },
    'conditions-improved': { met: true },
    'science-based-care': { met: true },
    'no-primary-schooling': { met: true, note: '专项治理"小学化"，无使用小学教材现象' },
  };
}

/**
 * Builds a county's preschool dataset from its plan. Deterministic.
 *
 * @category Sample data
 * @param plan - the county's plan
 * @returns a dataset in the shape of [data contract, section 2](../../docs/data-contract.md#2-preschool-dataset)
 * @example
 * ```ts
 * buildPreschool(plan).kindergartens.length; //=> plan.kindergartens.length
 * ```
 */
export function buildPreschool(plan: PreschoolPlan): PreschoolDataset {
  const random = createRandom(plan.seed);
  const kindergartens = plan.kindergartens.map((k) => buildKindergarten(random, k));
  if (plan.grossEnrolment === 85) topUp(kindergartens, 17);
  const children = kindergartens.reduce((sum, k) => sum + (k.children as number), 0);
  const townships = new Set(plan.kindergartens.map((k) => k.township)).size;
  return {
    schemaVersion: 1,
    county: { code: plan.code, name: plan.name, province: '示例省', city: '示例市' },
    year: SAMPLE_YEAR,
    populationAged3to5: Math.round((children * 100) / plan.grossEnrolment),
    kindergartens,
    countyFacts: { ...commonFacts(townships), ...plan.countyFacts },
    vetoes: { 'major-accidents': false, 'falsified-data': false },
    survey: plan.survey,
  };
}

type Row = readonly [
  id: string,
  name: string,
  ownership: Kindergarten['ownership'],
  township: string,
  classes: Readonly<Partial<Record<ClassType, number>>>,
  plannedYear: number,
  extra?: Partial<KindergartenPlan>,
];

function rows(list: readonly Row[]): KindergartenPlan[] {
  return list.map(([id, name, ownership, township, classes, plannedYear, extra]) => ({
    id,
    name,
    ownership,
    township,
    classes,
    plannedYear,
    ...extra,
  }));
}

const C15 = { small: 5, middle: 5, large: 5 };
const C12 = { small: 4, middle: 4, large: 4 };
const C9 = { small: 3, middle: 3, large: 3 };
const C3 = { small: 1, middle: 1, large: 1 };
const POOR_PREMISES = { poor: true } as const;

function donghu(): PreschoolPlan {
  return {
    seed: 20250201,
    code: COUNTY_CODES.donghu,
    name: '东湖县',
    grossEnrolment: 91.4,
    kindergartens: rows([
      ['DK01', '东湖县第一幼儿园', 'public-education', '城关镇', C15, 2018],
      ['DK02', '东湖县第二幼儿园', 'public-education', '城关镇', C15, 2019],
      ['DK03', '东湖县第三幼儿园', 'public-education', '城关镇', C12, 2021],
      ['DK04', '东湖县湖滨镇中心幼儿园', 'public-education', '湖滨镇', C12, 2017],
      ['DK05', '东湖县青石镇中心幼儿园', 'public-education', '青石镇', C9, 2012],
      ['DK06', '东湖县白鹭镇中心幼儿园', 'public-education', '白鹭镇', C12, 2014, { over: 1 }],
      ['DK07', '东湖县龙潭镇中心幼儿园', 'public-education', '龙潭镇', C9, 2019],
      ['DK08', '东湖县柳湾乡中心幼儿园', 'public-education', '柳湾乡', C3, 2015],
      ['DK09', '东湖县杏林乡中心幼儿园', 'public-education', '杏林乡', C3, 2016, POOR_PREMISES],
      ['DK10', '东湖县桃源乡中心幼儿园', 'public-education', '桃源乡', C3, 2018],
      ['DK11', '东湖县机关幼儿园', 'public-other', '城关镇', C12, 2010],
      ['DK12', '东湖县电力公司幼儿园', 'public-other', '城关镇', C3, 2008, POOR_PREMISES],
      ['DK13', '东湖县湖滨镇新港村幼儿园', 'public-education', '湖滨镇', { mixed: 2 }, 2016, POOR_PREMISES],
      ['DK14', '东湖县桃源乡溪口村幼儿园', 'public-education', '桃源乡', { mixed: 1 }, 2013, POOR_PREMISES],
      ['DK15', '东湖县小太阳幼儿园', 'private-inclusive', '城关镇', C12, 2015],
      ['DK16', '东湖县童心幼儿园', 'private-inclusive', '城关镇', C12, 2018],
      ['DK17', '东湖县蓝天幼儿园', 'private-inclusive', '城关镇', C9, 2011, POOR_PREMISES],
      ['DK18', '东湖县湖滨镇金色摇篮幼儿园', 'private-inclusive', '湖滨镇', C9, 2016],
      ['DK19', '东湖县青石镇春苗幼儿园', 'private-inclusive', '青石镇', C3, 2012, POOR_PREMISES],
      ['DK20', '东湖县白鹭镇七彩幼儿园', 'private-inclusive', '白鹭镇', C3, 2019],
      ['DK21', '东湖县龙潭镇博爱幼儿园', 'private-inclusive', '龙潭镇', C3, 2014],
      ['DK22', '东湖县贝乐双语幼儿园', 'private-other', '城关镇', C9, 2016, { over: 1 }],
      ['DK23', '东湖县启蒙艺术幼儿园', 'private-other', '城关镇', C3, 2013, POOR_PREMISES],
      ['DK24', '东湖县新世纪幼儿园', 'private-other', '城关镇', C3, 2017],
    ]),
    // 3600 ÷ 4800 × 100 = 75: exactly the provincial 75 % (a provincial parameter, judged on evidence).
    countyFacts: {
      'non-established-teacher-pay': {
        met: true,
        note: '非在编教师平均工资为在编教师的 75%（3600 ÷ 4800），达到省定比例',
      },
    },
    survey: { respondents: 900, satisfied: 812 },
  };
}

function xishan(): PreschoolPlan {
  return {
    seed: 20250202,
    code: COUNTY_CODES.xishan,
    name: '西山县',
    grossEnrolment: 85,
    kindergartens: rows([
      ['XK01', '西山县第一幼儿园', 'public-education', '城关镇', C15, 2017],
      ['XK02', '西山县第二幼儿园', 'public-education', '城关镇', C15, 2020],
      ['XK03', '西山县松岭镇中心幼儿园', 'public-education', '松岭镇', C12, 2015],
      ['XK04', '西山县峡口镇中心幼儿园', 'public-education', '峡口镇', C9, 2013, POOR_PREMISES],
      ['XK05', '西山县云台镇中心幼儿园', 'public-education', '云台镇', C9, 2018],
      ['XK06', '西山县枫林乡中心幼儿园', 'public-education', '枫林乡', C3, 2014],
      ['XK07', '西山县石桥乡中心幼儿园', 'public-education', '石桥乡', C3, 2012, POOR_PREMISES],
      ['XK08', '西山县双河乡中心幼儿园', 'public-education', '双河乡', C3, 2019],
      ['XK09', '西山县机关幼儿园', 'public-other', '城关镇', C9, 2009],
      ['XK10', '西山县峡口镇龙湾村幼儿园', 'public-education', '峡口镇', { mixed: 2 }, 2015, POOR_PREMISES],
      ['XK11', '西山县云台镇云中村幼儿园', 'public-education', '云台镇', { mixed: 1 }, 2016],
      ['XK12', '西山县阳光幼儿园', 'private-inclusive', '城关镇', C15, 2016, { over: 2 }],
      ['XK13', '西山县育苗幼儿园', 'private-inclusive', '城关镇', C12, 2018],
      ['XK14', '西山县快乐宝贝幼儿园', 'private-inclusive', '城关镇', C9, 2014],
      ['XK15', '西山县明德幼儿园', 'private-inclusive', '城关镇', C12, 2011, POOR_PREMISES],
      ['XK16', '西山县小天使幼儿园', 'private-inclusive', '城关镇', C9, 2019],
      ['XK17', '西山县星星幼儿园', 'private-inclusive', '城关镇', C9, 2010, POOR_PREMISES],
      ['XK18', '西山县松岭镇启智幼儿园', 'private-inclusive', '松岭镇', C9, 2013],
      ['XK19', '西山县峡口镇红黄蓝幼儿园', 'private-inclusive', '峡口镇', C3, 2012, POOR_PREMISES],
      ['XK20', '西山县云台镇童乐幼儿园', 'private-inclusive', '云台镇', C3, 2017],
      ['XK21', '西山县枫林乡爱心幼儿园', 'private-inclusive', '枫林乡', { mixed: 3 }, 2015, POOR_PREMISES],
      ['XK22', '西山县石桥乡乐乐幼儿园', 'private-inclusive', '石桥乡', { mixed: 2 }, 2016],
      ['XK23', '西山县双河乡蒲公英幼儿园', 'private-inclusive', '双河乡', { mixed: 2 }, 2014, POOR_PREMISES],
      ['XK24', '西山县第三幼儿园', 'public-education', '城关镇', C9, 2021],
      ['XK25', '西山县剑桥双语幼儿园', 'private-other', '城关镇', C12, 2016, { over: 1 }],
      ['XK26', '西山县蒙特梭利幼儿园', 'private-other', '城关镇', C9, 2018],
      ['XK27', '西山县艺术幼儿园', 'private-other', '城关镇', C3, 2013, POOR_PREMISES],
      ['XK28', '西山县峡口镇金苹果幼儿园', 'private-other', '峡口镇', C3, 2011, POOR_PREMISES],
      ['XK29', '西山县松岭镇智慧树幼儿园', 'private-other', '松岭镇', C3, 2016],
      ['XK30', '西山县供电公司幼儿园', 'public-other', '城关镇', C3, 2020],
    ]),
    countyFacts: {},
    survey: { respondents: 900, satisfied: 789 },
  };
}

function nanchuan(): PreschoolPlan {
  return {
    seed: 20250203,
    code: COUNTY_CODES.nanchuan,
    name: '南川区',
    grossEnrolment: 82.6,
    kindergartens: rows([
      ['NK01', '南川区第一幼儿园', 'public-education', '河西街道', C15, 2018],
      ['NK02', '南川区第二幼儿园', 'public-education', '河东街道', C15, 2020],
      ['NK03', '南川区实验幼儿园', 'public-education', '河西街道', C12, 2017],
      ['NK04', '南川区金桥镇中心幼儿园', 'public-education', '金桥镇', C9, 2016],
      ['NK05', '南川区白沙镇中心幼儿园', 'public-education', '白沙镇', C9, 2013, POOR_PREMISES],
      ['NK06', '南川区柏树镇中心幼儿园', 'public-education', '柏树镇', C3, 2019],
      ['NK07', '南川区青龙乡中心幼儿园', 'public-education', '青龙乡', C3, 2015, { boarding: true }],
      ['NK08', '南川区石坝乡中心幼儿园', 'public-education', '石坝乡', C3, 2014, POOR_PREMISES],
      ['NK09', '南川区机关幼儿园', 'public-other', '河西街道', C9, 2011],
      ['NK10', '南川区青龙乡龙泉村幼儿园', 'public-education', '青龙乡', { mixed: 1 }, 2016, POOR_PREMISES],
      ['NK11', '南川区河东街道金太阳幼儿园', 'private-inclusive', '河东街道', C12, 2015, { over: 2 }],
      ['NK12', '南川区河西街道苗苗幼儿园', 'private-inclusive', '河西街道', C12, 2018],
      ['NK13', '南川区金桥镇小白鸽幼儿园', 'private-inclusive', '金桥镇', C9, 2012],
      ['NK14', '南川区白沙镇童话幼儿园', 'private-inclusive', '白沙镇', C3, 2014, POOR_PREMISES],
      ['NK15', '南川区柏树镇向日葵幼儿园', 'private-inclusive', '柏树镇', { mixed: 2 }, 2013],
      ['NK16', '南川区石坝乡春蕾幼儿园', 'private-inclusive', '石坝乡', { mixed: 2 }, 2016, POOR_PREMISES],
      ['NK17', '南川区英才双语幼儿园', 'private-other', '河东街道', C9, 2016, { uncertified: 2, over: 1 }],
      ['NK18', '南川区哈佛摇篮幼儿园', 'private-other', '河西街道', C9, 2014, { uncertified: 1 }],
      ['NK19', '南川区金桥镇开心幼儿园', 'private-other', '金桥镇', C3, 2012, POOR_PREMISES],
      ['NK20', '南川区白沙镇乐贝幼儿园', 'private-other', '白沙镇', C3, 2017],
    ]),
    countyFacts: { 'estate-kindergartens': { numerator: 3, denominator: 3 } },
    survey: { respondents: 800, satisfied: 702 },
  };
}

/**
 * The preschool plans of the three sample counties, in the order 东湖县, 西山县, 南川区.
 *
 * @category Sample data
 * @returns the plans
 * @example
 * ```ts
 * preschoolPlans().map((plan) => plan.kindergartens.length); //=> [24, 30, 20]
 * ```
 */
export function preschoolPlans(): readonly PreschoolPlan[] {
  return [donghu(), xishan(), nanchuan()];
}
