/**
 * The plans of the sample city's schools (示例数据, synthetic): three invented counties of the
 * invented 示例市, each telling its own story under 教督〔2017〕6号 and 教督〔2012〕3号.
 *
 * - 东湖县 meets the 2017 standard in full. Some figures sit exactly on a threshold (4.2 qualified
 *   teachers per 100 pupils, 4.5 m², 5.8 m² and 2500 yuan per pupil, a class of 45 and one of 50,
 *   a primary school of 2000 pupils, teachers rotated exactly 10 %), and they meet it.
 * - 西山县 keeps its 2012 basic balance but misses 2017: three crowded urban sections fail the
 *   6-of-7 rule (one by the 85 % floor) and rural schools with large playgrounds push the
 *   sports-area CV over 0.50 (primary) and 0.45 (junior).
 * - 南川区 also keeps basic balance but fails 2017 more clearly: five sections fail, two classes
 *   exceed the caps, a music room is too small, some teachers have no certificate, too few
 *   teachers rotate, special-education funding is short, junior nearby enrolment is below 95 %,
 *   and the veto on unfilled posts is not reported at all (unknown).
 * @module
 */
import type { CompulsoryDataset } from '../schema/compulsory.js';
import type { CompulsoryPlan, SchoolPlan, SectionPlan } from './compulsory.js';

/** The year of the sample datasets (统计年度). */
export const SAMPLE_YEAR = 2025;

/** Codes of the sample counties: province 99 does not exist, so no real county has them. */
export const COUNTY_CODES = { donghu: '990101', xishan: '990102', nanchuan: '990103' } as const;

const PROVINCE = '示例省';
const CITY = '示例市';

type Options = Partial<Omit<SchoolPlan, 'id' | 'name' | 'kind' | 'township' | 'primary' | 'junior'>>;

function section(pupils: number, classSize: number, extra: Partial<SectionPlan> = {}): SectionPlan {
  return { pupils, classSize, ...extra };
}

function primary(
  id: string,
  name: string,
  township: string,
  plan: SectionPlan,
  options: Options = {},
): SchoolPlan {
  return { id, name, kind: 'primary', township, primary: plan, ...options };
}

function junior(
  id: string,
  name: string,
  township: string,
  plan: SectionPlan,
  options: Options = {},
): SchoolPlan {
  return { id, name, kind: 'junior', township, junior: plan, ...options };
}

// Nine-year schools report their stock for the whole school, so the weighted split is exercised.
function nineYear(
  id: string,
  name: string,
  township: string,
  primaryPlan: SectionPlan,
  juniorPlan: SectionPlan,
  options: Options = {},
): SchoolPlan {
  return {
    id,
    name,
    kind: 'nine-year',
    township,
    primary: primaryPlan,
    junior: juniorPlan,
    shared: true,
    ...options,
  };
}

function teachingPoint(
  id: string,
  name: string,
  township: string,
  pupils: number,
  classSize: number,
): SchoolPlan {
  return { id, name, kind: 'teaching-point', township, primary: section(pupils, classSize) };
}

function special(
  id: string,
  name: string,
  township: string,
  primaryPupils: number,
  juniorPupils: number,
): SchoolPlan {
  return {
    id,
    name,
    kind: 'special-education',
    township,
    primary: section(primaryPupils, 10),
    junior: section(juniorPupils, 10),
  };
}

// County facts every sample county reports, with the values of 东湖县; the others override some.
function countyFacts(
  overrides: CompulsoryDataset['countyFacts'],
  layoutNote: string,
): CompulsoryDataset['countyFacts'] {
  return {
    'basic-balance-3-years': { met: true, note: '已通过国家义务教育基本均衡发展认定三年以上' },
    'provincial-basic-standards': { met: true, note: '全县学校均达到省定义务教育学校办学基本标准' },
    'government-work-score': { value: 92 },
    'school-layout': { met: true, note: layoutNote },
    'unified-standards': {
      met: true,
      note: '城乡学校建设、教师编制、生均公用经费基准定额、基本装备配置标准统一',
    },
    'small-school-funding': { met: true, note: '不足100名学生的村小学和教学点按100名学生核定公用经费' },
    'special-education-funding': { value: 7000 },
    'teacher-pay': { numerator: '112400', denominator: '108600' },
    'teacher-training-360': { numerator: 1548, denominator: 1548 },
    'staffing-county-management': { met: true, note: '实行"县管校聘"，编制岗位由县统筹' },
    'teacher-exchange': { numerator: 58, denominator: 580 },
    'teacher-exchange-key': { numerator: 14, denominator: 58 },
    'nearby-enrolment-primary': { numerator: 9130, denominator: 9130 },
    'nearby-enrolment-junior': { numerator: 5402, denominator: 5586 },
    'high-school-quota': { numerator: 1160, denominator: 2200 },
    'migrant-children': { numerator: 1236, denominator: 1342 },
    'junior-retention': { numerator: 1968, denominator: 2031 },
    'disabled-enrolment': { numerator: 196, denominator: 203 },
    'school-charter-it': { met: true },
    'training-funds': { value: '5.6' }, // the lowest school's share: the rule holds school by school
    'it-use': { met: true },
    'moral-culture': { met: true },
    curriculum: { met: true },
    'no-overload': { met: true },
    'quality-monitoring-level': { met: true, note: '2024年国家义务教育质量监测各学科均达到Ⅲ级以上' },
    'quality-monitoring-difference': { value: '0.11' },
    ...overrides,
  };
}

const NO_VETO = {
  'exam-admission': false,
  'illegal-school-choice': false,
  'key-schools-or-classes': false,
  'unfilled-posts': false,
  'major-accidents': false,
  'falsified-data': false,
} as const;

/** 东湖县: meets the 2017 standard in full, some figures exactly on their thresholds. */
function donghu(): CompulsoryPlan {
  return {
    seed: 20250101,
    county: { code: COUNTY_CODES.donghu, name: '东湖县', province: PROVINCE, city: CITY },
    year: SAMPLE_YEAR,
    range: [1.06, 1.5],
    schools: [
      primary('DH01', '东湖县城关第一小学', '城关镇', section(1680, 45)),
      primary('DH02', '东湖县城关第二小学', '城关镇', section(1420, 44)),
      primary('DH03', '东湖县城关第三小学', '城关镇', section(1150, 43)),
      primary('DH04', '东湖县湖滨路小学', '城关镇', section(960, 42)),
      // 2000 pupils: the largest school allowed (≤ 2000); its largest class has exactly 45.
      primary('DH05', '东湖县实验小学', '城关镇', section(2000, 45)),
      // 1520 pupils in 31 classes: the largest has exactly 50 (≤ 50).
      junior('DH06', '东湖县第一初级中学', '城关镇', section(1520, 50)),
      junior('DH07', '东湖县第二初级中学', '城关镇', section(1280, 48)),
      junior('DH08', '东湖县城关初级中学', '城关镇', section(980, 46)),
      nineYear('DH09', '东湖县实验学校', '城关镇', section(820, 42), section(610, 46)),
      nineYear('DH10', '东湖县湖滨镇九年制学校', '湖滨镇', section(460, 40), section(300, 45)),
      nineYear('DH11', '东湖县龙潭镇九年制学校', '龙潭镇', section(380, 38), section(260, 44)),
      primary('DH12', '东湖县湖滨镇中心小学', '湖滨镇', section(620, 40)),
      primary('DH13', '东湖县青石镇中心小学', '青石镇', section(540, 40)),
      primary('DH14', '东湖县白鹭镇中心小学', '白鹭镇', section(580, 40)),
      // 21 ÷ 500 × 100 = 4.2 and 2250 ÷ 500 = 4.5: both exactly on the standard.
      primary(
        'DH15',
        '东湖县龙潭镇中心小学',
        '龙潭镇',
        section(500, 42, { exact: { aboveRequiredQualification: 21, teachingAuxiliaryArea: 2250 } }),
      ),
      primary('DH16', '东湖县柳湾乡中心小学', '柳湾乡', section(360, 36)),
      primary('DH17', '东湖县杏林乡中心小学', '杏林乡', section(340, 36)),
      primary('DH18', '东湖县桃源乡中心小学', '桃源乡', section(300, 35)),
      junior('DH19', '东湖县青石镇初级中学', '青石镇', section(640, 46)),
      // 1 500 000 ÷ 600 = 2500 yuan and "3480.0" ÷ 600 = 5.8 m²: exactly on the standard.
      junior(
        'DH20',
        '东湖县白鹭镇初级中学',
        '白鹭镇',
        section(600, 45, { exact: { equipmentValue: 1_500_000, teachingAuxiliaryArea: '3480.0' } }),
      ),
      junior('DH21', '东湖县柳湾乡初级中学', '柳湾乡', section(420, 44)),
      junior('DH22', '东湖县杏林乡初级中学', '杏林乡', section(380, 43)),
      junior('DH23', '东湖县桃源乡初级中学', '桃源乡', section(350, 42)),
      primary('DH24', '东湖县湖滨镇新港村小学', '湖滨镇', section(210, 30)),
      primary('DH25', '东湖县青石镇石门村小学', '青石镇', section(180, 30)),
      primary('DH26', '东湖县白鹭镇鹭岛村小学', '白鹭镇', section(160, 28)),
      primary('DH27', '东湖县龙潭镇潭口村小学', '龙潭镇', section(140, 24)),
      primary('DH28', '东湖县柳湾乡河湾村小学', '柳湾乡', section(120, 22)),
      primary('DH29', '东湖县桃源乡溪口村小学', '桃源乡', section(150, 25)),
      teachingPoint('DH30', '东湖县杏林乡杏花教学点', '杏林乡', 68, 18),
      teachingPoint('DH31', '东湖县桃源乡云岭教学点', '桃源乡', 24, 8),
      teachingPoint('DH32', '东湖县柳湾乡上湾教学点', '柳湾乡', 41, 12),
      special('DH33', '东湖县特殊教育学校', '城关镇', 76, 34),
      primary('DH34', '东湖县启明民办小学', '城关镇', section(780, 42), { private: true }),
    ],
    countyFacts: countyFacts({}, '《东湖县中小学布局专项规划（2021—2030年）》已经县政府批复'),
    vetoes: NO_VETO,
    survey: { respondents: 1200, satisfied: 1104 },
  };
}

/** 西山县: basic balance kept (2012), 2017 missed on three sections and the sports-area CVs. */
function xishan(): CompulsoryPlan {
  return {
    seed: 20250102,
    county: { code: COUNTY_CODES.xishan, name: '西山县', province: PROVINCE, city: CITY },
    year: SAMPLE_YEAR,
    range: [1.04, 1.45],
    schools: [
      // Two unmet (teaching area 90 %, sports area 88 %): 5 of 7, the section fails.
      primary(
        'XS01',
        '西山县城关第一小学',
        '城关镇',
        section(1960, 45, { levels: { teaching: 0.9, sports: 0.88 } }),
      ),
      // One unmet, but at 70 % of the standard: below the 85 % floor, the section fails.
      primary('XS02', '西山县城关第二小学', '城关镇', section(1780, 45, { levels: { sports: 0.7 } })),
      primary('XS03', '西山县城关第三小学', '城关镇', section(1240, 44, { levels: { sports: 1.02 } })),
      primary('XS04', '西山县实验小学', '城关镇', section(1560, 45, { levels: { sports: 1.05 } })),
      primary('XS05', '西山县新区小学', '城关镇', section(1100, 43, { levels: { sports: 1.08 } })),
      junior('XS06', '西山县第一初级中学', '城关镇', section(1680, 50, { levels: { sports: 1.03 } })),
      // Two unmet (teaching area 92 %, multimedia rooms 95 %): the section fails.
      junior(
        'XS07',
        '西山县第二初级中学',
        '城关镇',
        section(1450, 50, { levels: { teaching: 0.92, multimedia: 0.95 } }),
      ),
      junior('XS08', '西山县城关初级中学', '城关镇', section(1020, 48, { levels: { sports: 1.06 } })),
      nineYear('XS09', '西山县实验学校', '城关镇', section(900, 45), section(720, 50), {}),
      nineYear(
        'XS10',
        '西山县松岭镇九年制学校',
        '松岭镇',
        section(420, 40, { levels: { sports: 3 } }),
        section(310, 45),
      ),
      nineYear(
        'XS11',
        '西山县峡口镇九年制学校',
        '峡口镇',
        section(360, 38, { levels: { sports: 3.5 } }),
        section(240, 42),
      ),
      primary('XS12', '西山县松岭镇中心小学', '松岭镇', section(560, 40, { levels: { sports: 3.2 } })),
      primary('XS13', '西山县峡口镇中心小学', '峡口镇', section(480, 40, { levels: { sports: 3.6 } })),
      primary('XS14', '西山县云台镇中心小学', '云台镇', section(520, 40, { levels: { sports: 3 } })),
      primary('XS15', '西山县枫林乡中心小学', '枫林乡', section(340, 36, { levels: { sports: 4.2 } })),
      primary('XS16', '西山县石桥乡中心小学', '石桥乡', section(320, 35, { levels: { sports: 4.5 } })),
      primary('XS17', '西山县双河乡中心小学', '双河乡', section(300, 35, { levels: { sports: 4 } })),
      junior('XS18', '西山县松岭镇初级中学', '松岭镇', section(620, 46, { levels: { sports: 3 } })),
      junior('XS19', '西山县云台镇初级中学', '云台镇', section(560, 45, { levels: { sports: 3.2 } })),
      junior('XS20', '西山县枫林乡初级中学', '枫林乡', section(400, 44, { levels: { sports: 3.5 } })),
      junior('XS21', '西山县石桥乡初级中学', '石桥乡', section(360, 42, { levels: { sports: 3.8 } })),
      junior('XS22', '西山县双河乡初级中学', '双河乡', section(330, 42, { levels: { sports: 3.6 } })),
      primary('XS23', '西山县松岭镇岭南村小学', '松岭镇', section(200, 30, { levels: { sports: 5.5 } })),
      primary('XS24', '西山县峡口镇峡江村小学', '峡口镇', section(180, 28, { levels: { sports: 6 } })),
      primary('XS25', '西山县云台镇台上村小学', '云台镇', section(170, 28, { levels: { sports: 5 } })),
      primary('XS26', '西山县枫林乡枫坪村小学', '枫林乡', section(150, 25, { levels: { sports: 6.5 } })),
      primary('XS27', '西山县石桥乡石桥村小学', '石桥乡', section(140, 24, { levels: { sports: 6 } })),
      primary('XS28', '西山县双河乡河口村小学', '双河乡', section(130, 24, { levels: { sports: 5.5 } })),
      primary('XS29', '西山县云台镇云中村小学', '云台镇', section(160, 26, { levels: { sports: 5 } })),
      teachingPoint('XS30', '西山县峡口镇龙湾教学点', '峡口镇', 56, 15),
      teachingPoint('XS31', '西山县石桥乡高桥教学点', '石桥乡', 18, 6),
      teachingPoint('XS32', '西山县双河乡新寨教学点', '双河乡', 33, 9),
      special('XS33', '西山县特殊教育学校', '城关镇', 64, 30),
      nineYear('XS34', '西山县明德学校', '城关镇', section(680, 44), section(420, 48), { private: true }),
      primary('XS35', '西山县育英小学', '城关镇', section(560, 42), { private: true }),
      junior('XS36', '西山县峡口镇初级中学', '峡口镇', section(380, 42, { levels: { sports: 3.4 } })),
    ],
    countyFacts: countyFacts(
      {
        'basic-balance-3-years': { met: true, note: '2016年通过国家义务教育基本均衡发展认定' },
        'government-work-score': { value: '88.5' },
        'special-education-funding': { value: 6500 },
        'teacher-pay': { numerator: '104800', denominator: '103900' },
        'teacher-training-360': { numerator: 1636, denominator: 1636 },
        'teacher-exchange': { numerator: 71, denominator: 652 },
        'teacher-exchange-key': { numerator: 16, denominator: 71 },
        'nearby-enrolment-primary': { numerator: 10486, denominator: 10486 },
        'nearby-enrolment-junior': { numerator: 6120, denominator: 6402 },
        'high-school-quota': { numerator: 1250, denominator: 2400 },
        'migrant-children': { numerator: 1580, denominator: 1796 },
        'junior-retention': { numerator: 2205, denominator: 2301 },
        'disabled-enrolment': { numerator: 173, denominator: 180 },
        'training-funds': { value: '5.1' },
        'quality-monitoring-difference': { value: '0.13' },
      },
      '《西山县义务教育学校布局调整规划（2022—2030年）》已经县政府批复',
    ),
    vetoes: NO_VETO,
    // 1020 ÷ 1200 × 100 = 85: exactly the 85 % required.
    survey: { respondents: 1200, satisfied: 1020 },
  };
}

/** 南川区: basic balance kept (2012), 2017 failed on sections, government guarantee and an unknown veto. */
function nanchuan(): CompulsoryPlan {
  return {
    seed: 20250103,
    county: { code: COUNTY_CODES.nanchuan, name: '南川区', province: PROVINCE, city: CITY },
    year: SAMPLE_YEAR,
    range: [1.03, 1.4],
    schools: [
      primary('NC01', '南川区河西小学', '河西街道', section(1620, 45)),
      primary('NC02', '南川区河东小学', '河东街道', section(1480, 45)),
      // A class of 52 (> 45), teaching area 86 % and sports area 80 %: the section fails.
      primary(
        'NC03',
        '南川区实验小学',
        '河西街道',
        section(1850, 45, { largestClass: 52, levels: { teaching: 0.86, sports: 0.8 } }),
      ),
      junior('NC04', '南川区第一初级中学', '河西街道', section(1720, 50)),
      // A class of 56 (> 50), sports area 78 % and equipment 90 %: the section fails.
      junior(
        'NC05',
        '南川区第二初级中学',
        '河东街道',
        section(1620, 50, { largestClass: 56, levels: { sports: 0.78, equipment: 0.9 } }),
      ),
      junior('NC06', '南川区滨江初级中学', '河东街道', section(980, 48)),
      nineYear('NC07', '南川区实验学校', '河西街道', section(760, 44), section(540, 48)),
      nineYear('NC08', '南川区金桥镇九年制学校', '金桥镇', section(420, 40), section(280, 44)),
      nineYear('NC09', '南川区白沙镇九年制学校', '白沙镇', section(350, 38), section(230, 42)),
      primary('NC10', '南川区金桥镇中心小学', '金桥镇', section(580, 42)),
      primary('NC11', '南川区白沙镇中心小学', '白沙镇', section(520, 40)),
      // Qualified teachers at 82 % of the standard (below the floor), and a music room of 80 m².
      primary('NC12', '南川区柏树镇中心小学', '柏树镇', section(460, 40, { levels: { qualified: 0.82 } }), {
        smallMusicRoom: 80,
      }),
      primary('NC13', '南川区青龙乡中心小学', '青龙乡', section(330, 36, { uncertified: 2 })),
      primary('NC14', '南川区石坝乡中心小学', '石坝乡', section(300, 35)),
      junior('NC15', '南川区金桥镇初级中学', '金桥镇', section(560, 46)),
      junior('NC16', '南川区柏树镇初级中学', '柏树镇', section(480, 45, { levels: { sports: 3.2 } })),
      // Key teachers 70 % and PE and art teachers 80 % of the standard: the section fails.
      junior(
        'NC17',
        '南川区青龙乡初级中学',
        '青龙乡',
        section(360, 44, { levels: { key: 0.7, peArt: 0.8, sports: 3.6 }, uncertified: 1 }),
      ),
      junior('NC18', '南川区石坝乡初级中学', '石坝乡', section(320, 42, { levels: { sports: 3.8 } })),
      primary('NC19', '南川区金桥镇双溪村小学', '金桥镇', section(190, 30)),
      primary('NC20', '南川区白沙镇沙坪村小学', '白沙镇', section(170, 28)),
      primary('NC21', '南川区柏树镇柏林村小学', '柏树镇', section(160, 28)),
      primary('NC22', '南川区青龙乡龙泉村小学', '青龙乡', section(140, 24)),
      primary('NC23', '南川区石坝乡坝上村小学', '石坝乡', section(130, 24)),
      // PE and art teachers at 75 % of the standard: one unmet, below the floor.
      primary('NC24', '南川区河东街道桥头小学', '河东街道', section(420, 42, { levels: { peArt: 0.75 } })),
      teachingPoint('NC25', '南川区青龙乡龙头教学点', '青龙乡', 52, 14),
      teachingPoint('NC26', '南川区石坝乡岩口教学点', '石坝乡', 27, 8),
      teachingPoint('NC27', '南川区柏树镇松垭教学点', '柏树镇', 45, 12),
      special('NC28', '南川区特殊教育学校', '河西街道', 58, 26),
      nineYear('NC29', '南川区博雅学校', '河东街道', section(620, 44), section(380, 48), { private: true }),
      junior('NC30', '南川区白沙镇初级中学', '白沙镇', section(420, 44, { levels: { sports: 3.4 } })),
      primary('NC31', '南川区河西街道江北小学', '河西街道', section(880, 44)),
      primary('NC32', '南川区金桥镇金竹村小学', '金桥镇', section(150, 25)),
    ],
    countyFacts: countyFacts(
      {
        'basic-balance-3-years': { met: true, note: '2017年通过国家义务教育基本均衡发展认定' },
        'government-work-score': { value: 86 },
        'special-education-funding': { value: 5000 },
        'teacher-pay': { numerator: '101200', denominator: '100600' },
        'teacher-training-360': { numerator: 1404, denominator: 1404 },
        'teacher-exchange': { numerator: 46, denominator: 582 },
        'teacher-exchange-key': { numerator: 11, denominator: 46 },
        'nearby-enrolment-primary': { numerator: 9874, denominator: 9874 },
        'nearby-enrolment-junior': { numerator: 4980, denominator: 5326 },
        'high-school-quota': { numerator: 1040, denominator: 2050 },
        'migrant-children': { numerator: 2210, denominator: 2530 },
        'junior-retention': { numerator: 1806, denominator: 1880 },
        'disabled-enrolment': { numerator: 141, denominator: 147 },
        'training-funds': { value: '5.2' },
        'quality-monitoring-difference': { value: '0.14' },
      },
      '《南川区中小学校布局规划（2023—2035年）》已经区政府批复',
    ),
    // "unfilled-posts" is not reported: the veto is undecided (unknown), never assumed clear.
    vetoes: {
      'exam-admission': false,
      'illegal-school-choice': false,
      'key-schools-or-classes': false,
      'major-accidents': false,
      'falsified-data': false,
    },
    survey: { respondents: 1200, satisfied: 1034 },
  };
}

/**
 * The plans of the three sample counties, in the order 东湖县, 西山县, 南川区. A function, so that
 * nothing is built when the sample is not used.
 *
 * @category Sample data
 * @returns the plans
 * @example
 * ```ts
 * compulsoryPlans().map((plan) => plan.county.name); //=> ['东湖县', '西山县', '南川区']
 * ```
 */
export function compulsoryPlans(): readonly CompulsoryPlan[] {
  return [donghu(), xishan(), nanchuan()];
}
