/**
 * The 2020 national standard for universal and inclusive preschool education
 * (县域学前教育普及普惠), as data: the 3 access indicators, the 11 government-guarantee items, the
 * 6 care-quality items (with the premises, class-size and staffing norms they rest on), social
 * recognition and the vetoes; and Henan's variant as a documented example of customisation. How
 * each value is computed lives in the preschool metric registry (`assess/preschool-metrics.ts`).
 *
 * In every indicator's `source`, `clause` names the section and row id of dudao's standards file
 * (`standards.md`, e.g. `§3.2 pp-gross-enrolment`) and, in brackets, the public sources listed
 * there (S#, "3P-code" = third-party systems used only as a cross-check). The official full text
 * of 教督〔2020〕1号 was not available, so `confidence` is carried per indicator and every medium or
 * low one says why in `note`.
 * @module
 */
import { customizeIndicatorSet } from './customize.js';
import { deepFreeze } from './freeze.js';
import type { Indicator, IndicatorSet, Label, Stage } from './types.js';

const DOCUMENT = '教督〔2020〕1号《县域学前教育普及普惠督导评估办法》';
const PROGRAMME = 'preschool';
const KINDERGARTEN: Stage[] = ['kindergarten'];

const PERCENT: Label = { zh: '%', en: '%' };
const M2_PER_CHILD: Label = { zh: '平方米/生', en: 'm² per child' };
const CHILDREN: Label = { zh: '人', en: 'children' };
const CHILDREN_PER_TEACHER: Label = { zh: '人/专任教师', en: 'children per full-time teacher' };
const YUAN_PER_CHILD_YEAR: Label = { zh: '元/生·年', en: 'yuan per child per year' };
const ACCIDENTS: Label = { zh: '起', en: 'accidents' };

const NAMES_ONLY =
  'The item exists (S16: three aspects); its name and wording come from third-party systems (3P-code) and may differ from the official text.';

function judgement(
  id: string,
  name: Label,
  alias: string,
  clause: string,
  confidence: 'medium' | 'low',
  aspect: 'government-guarantee' | 'care-quality',
  note: string = NAMES_ONLY,
): Indicator {
  return {
    id,
    name,
    programme: PROGRAMME,
    aspect,
    item: id,
    scope: 'county',
    stages: KINDERGARTEN,
    metric: 'county-fact-judgement',
    comparator: 'bool',
    thresholds: {},
    aliases: [alias],
    source: { document: DOCUMENT, clause, confidence, note },
  };
}

const AREA_NOTE =
  'From one county’s data table labelled "national standard" (S15); probably from 《幼儿园建设标准》建标175-2016, effective 2017, which would explain the 2017 cut-off (not verified).';

function areaNorm(id: string, name: Label, metric: string, threshold: string, alias: string): Indicator {
  return {
    id,
    name,
    programme: PROGRAMME,
    aspect: 'care-quality',
    item: 'premises',
    scope: 'institution',
    stages: KINDERGARTEN,
    metric,
    comparator: 'gte',
    thresholds: { all: threshold },
    unit: M2_PER_CHILD,
    aliases: [alias],
    source: { document: DOCUMENT, clause: `§3.5 ${alias} (S15)`, confidence: 'medium', note: AREA_NOTE },
  };
}

function areaShare(
  id: string,
  norm: Label,
  metric: string,
  cohort: 'from-2017' | 'before-2017',
  alias: string,
): Indicator {
  const fromCutoff = cohort === 'from-2017';
  return {
    id,
    name: fromCutoff
      ? {
          zh: `2017年及以后规划设计的幼儿园${norm.zh}达标比例`,
          en: `kindergartens planned in or after 2017 meeting the ${norm.en} norm`,
        }
      : {
          zh: `2017年以前规划设计的幼儿园${norm.zh}达标比例`,
          en: `kindergartens planned before 2017 meeting the ${norm.en} norm`,
        },
    description: {
      zh: `${fromCutoff ? '2017年及以后' : '2017年以前'}规划设计（plannedYear ${fromCutoff ? '≥' : '<'} 2017）且有在园幼儿的幼儿园中，${norm.zh}达到生均标准的幼儿园所占比例（按幼儿园计）。`,
      en: `Among kindergartens with children whose premises were planned ${fromCutoff ? 'in or after' : 'before'} 2017 (plannedYear ${fromCutoff ? '≥' : '<'} 2017), the share that meet the per-child ${norm.en} norm (by kindergartens).`,
    },
    programme: PROGRAMME,
    aspect: 'care-quality',
    item: 'premises',
    scope: 'county',
    stages: KINDERGARTEN,
    metric,
    comparator: 'gte',
    thresholds: { all: fromCutoff ? '100' : '50' },
    unit: PERCENT,
    source: {
      document: DOCUMENT,
      clause: `§3.4 pq-conditions; §3.5 ${alias} (S15)`,
      confidence: 'medium',
      note: `Pass rule of one county’s table (S15): 100 % of kindergartens planned in or after 2017 meet each norm, at least 50 % of those planned before. ${AREA_NOTE}`,
    },
  };
}

function classCap(id: string, name: Label, metric: string, cap: string, alias: string): Indicator {
  return {
    id,
    name,
    description: {
      zh: `幼儿园中该类班级的最大班额。寄宿制幼儿园班额应酌情减少（规程未给出人数），dudao 按普通标准检查并予以提示。`,
      en: 'The largest class of this type in a kindergarten. Boarding kindergartens should have smaller classes (no number is given): dudao checks them against the ordinary cap and flags them.',
    },
    programme: PROGRAMME,
    aspect: 'care-quality',
    item: 'class-size',
    scope: 'institution',
    stages: KINDERGARTEN,
    metric,
    comparator: 'lte',
    thresholds: { all: cap },
    unit: CHILDREN,
    aliases: [alias],
    source: {
      document: DOCUMENT,
      clause: `§3.6 ${alias} (S20: 《幼儿园工作规程》第十一条)`,
      confidence: 'high',
      note: 'The cap is national (幼儿园工作规程 art. 11), outside the 办法; the 办法 item (pq-class-size) refers to it.',
    },
  };
}

/**
 * The 2020 universal-and-inclusive preschool indicator set (县域学前教育普及普惠督导评估办法,
 * 教督〔2020〕1号), id `preschool-2020`.
 *
 * - Access (普及普惠水平, aspect `access`), all measured **by children**: `gross-enrolment`
 *   (学前三年毛入园率 = Σ children ÷ populationAged3to5 × 100 ≥ 85), `inclusive-coverage`
 *   (普惠性幼儿园覆盖率 = children in public-education, public-other and private-inclusive
 *   kindergartens ÷ all children × 100 ≥ 80) and `public-share` (公办园在园幼儿占比 = children in
 *   public-education and public-other kindergartens ÷ all children × 100 ≥ 50).
 * - Government guarantee (政府保障情况, aspect `government-guarantee`): 11 items, read from
 *   `countyFacts` (judgements on evidence, or figures: one public central kindergarten per rural
 *   township, residential-estate kindergartens). Funding per child and the pay of
 *   non-established teachers have no national figure: they are provincial parameters (the 500
 *   yuan and 75 % of one county page are in the example of docs/differences.md), so a figure
 *   stays unknown until a provincial set supplies the threshold, and `{ met }` decides them on
 *   evidence. "Conditions improved" and "no major accident" rest on third-party labels only and
 *   are reported for reference (`advisory`).
 * - Care quality (幼儿园保教质量保障情况, aspect `care-quality`): 6 items; premises norms per child
 *   (outdoor play ≥ 4 m², activity rooms ≥ 8.17 m², building ≥ 10.44 m²: 100 % of kindergartens
 *   planned in or after 2017 and ≥ 50 % of the older ones meet each), class sizes (small 25, middle
 *   30, large 35, mixed 30; ≥ 85 % of classes within), `children-per-teacher` ≤ 15, certified
 *   directors and teachers 100 %, and two judgements (science-based care, no primary-school-style
 *   teaching).
 * - Social recognition (社会认可度) ≥ 85 % from the survey, the veto `falsified-data` and the
 *   advisory veto `major-accidents`, reported but not failing the county (only a third-party label
 *   supports it for preschool) (`vetoes[id] === true` means it happened).
 *
 * The per-kindergarten norms (premises per child, class caps) are `institution` indicators: they
 * are reported per kindergarten and decide the county shares, which carry the verdict. Computed
 * county indicators read `countyFacts[id]` (or an alias) first when it is given, e.g. a gross
 * enrolment reported by the statistics office as `{ numerator, denominator }`; the result then
 * says `basis: 'fact'`. Ids of the standards file (`pp-gross-enrolment`, `pg-network`,
 * `pq-class-size`, …) are kept as `aliases`. The set is frozen: derive a provincial variant with
 * `customizeIndicatorSet` (see {@link preschool2020Henan}).
 *
 * @category Indicators
 * @example
 * ```ts
 * preschool2020.programme; //=> 'preschool'
 * preschool2020.indicators.find((i) => i.id === 'gross-enrolment')?.thresholds; //=> { all: '85' }
 * preschool2020.indicators.find((i) => i.id === 'children-per-teacher')?.comparator; //=> 'lte'
 * ```
 */
export const preschool2020: IndicatorSet = /* @__PURE__ */ deepFreeze({
  id: 'preschool-2020',
  version: '1.0.0',
  name: {
    zh: '县域学前教育普及普惠督导评估（教督〔2020〕1号）',
    en: 'County universal and inclusive preschool education: supervision and assessment (2020)',
  },
  programme: PROGRAMME,
  source: DOCUMENT,
  rules: {},
  indicators: [
    // ── 普及普惠水平: 3 indicators, by children ─────────────────────────────────────────────
    {
      id: 'gross-enrolment',
      name: { zh: '学前三年毛入园率', en: 'three-year gross preschool enrolment rate' },
      description: {
        zh: '在园幼儿数 ÷ 学前三年适龄（3–5周岁）常住人口 × 100。countyFacts 中给出本指标（如统计部门公布的 { numerator, denominator }）时以其为准。',
        en: 'Children enrolled ÷ resident population aged 3 to 5 × 100. A figure given in countyFacts (e.g. the statistics office’s { numerator, denominator }) takes precedence.',
      },
      programme: PROGRAMME,
      aspect: 'access',
      scope: 'county',
      stages: KINDERGARTEN,
      metric: 'preschool-gross-enrolment',
      comparator: 'gte',
      thresholds: { all: '85' },
      unit: PERCENT,
      aliases: ['pp-gross-enrolment'],
      source: {
        document: DOCUMENT,
        clause: '§3.2 pp-gross-enrolment (S15, S17, S18; definition S24, S24b)',
        confidence: 'high',
      },
    },
    {
      id: 'inclusive-coverage',
      name: { zh: '普惠性幼儿园覆盖率', en: 'inclusive kindergarten coverage' },
      description: {
        zh: '（公办园 + 普惠性民办园）在园幼儿数 ÷ 全部在园幼儿数 × 100，按幼儿计（不是按幼儿园数）。',
        en: 'Children in public and inclusive private kindergartens ÷ all children enrolled × 100: by children, not by kindergartens.',
      },
      programme: PROGRAMME,
      aspect: 'access',
      scope: 'county',
      stages: KINDERGARTEN,
      metric: 'preschool-inclusive-coverage',
      comparator: 'gte',
      thresholds: { all: '80' },
      unit: PERCENT,
      aliases: ['pp-inclusive-coverage'],
      source: {
        document: DOCUMENT,
        clause: '§3.2 pp-inclusive-coverage (S15, S17, S18; by children: S25)',
        confidence: 'high',
      },
    },
    {
      id: 'public-share',
      name: { zh: '公办园在园幼儿占比', en: 'share of children in public kindergartens' },
      description: {
        zh: '（教育部门办园 + 其他公办性质园）在园幼儿数 ÷ 全部在园幼儿数 × 100。标准为“原则上”达到50%。',
        en: 'Children in kindergartens run by education departments or other public bodies ÷ all children × 100. The standard is 50 % "in principle" (原则上).',
      },
      programme: PROGRAMME,
      aspect: 'access',
      scope: 'county',
      stages: KINDERGARTEN,
      metric: 'preschool-public-share',
      comparator: 'gte',
      thresholds: { all: '50' },
      unit: PERCENT,
      aliases: ['pp-public-share'],
      source: {
        document: DOCUMENT,
        clause: '§3.2 pp-public-share (S15, S17, S18; 公办园 definition S23)',
        confidence: 'high',
        note: 'That 公办性质园 run by other public bodies count as public is medium-high (S23). dudao applies the 50 % as a hard threshold although the text says "in principle".',
      },
    },

    // ── 政府保障情况: 11 items ────────────────────────────────────────────────────────────────
    judgement(
      'party-leadership',
      { zh: '党的领导坚强有力', en: 'strong party leadership' },
      'pg-party',
      '§3.3 pg-party (3P-code)',
      'medium',
      'government-guarantee',
    ),
    judgement(
      'development-plan',
      { zh: '发展规划科学合理', en: 'sound preschool development and layout plan' },
      'pg-planning',
      '§3.3 pg-planning (3P-code)',
      'medium',
      'government-guarantee',
    ),
    {
      id: 'township-central-kindergartens',
      name: {
        zh: '每个乡镇至少办好一所公办中心园',
        en: 'at least one public central kindergarten in every township',
      },
      description: {
        zh: '有公办中心幼儿园的乡镇数 ÷ 乡镇数 × 100，在 countyFacts 中以 { numerator, denominator }、{ value }（百分比）或 { met } 给出。',
        en: 'Townships with a public central kindergarten ÷ townships × 100, given in countyFacts as { numerator, denominator }, { value } (a percentage) or { met }.',
      },
      programme: PROGRAMME,
      aspect: 'government-guarantee',
      item: 'township-central-kindergartens',
      scope: 'county',
      stages: KINDERGARTEN,
      metric: 'county-fact-percent',
      comparator: 'gte',
      thresholds: { all: '100' },
      unit: PERCENT,
      aliases: ['pg-network'],
      source: {
        document: DOCUMENT,
        clause: '§3.3 pg-network (S18 Henan, 3P-code)',
        confidence: 'high',
        note: 'The dataset cannot tell a central kindergarten from another nor list townships without a kindergarten, so the figure is a county fact; the assessment lists, as information, townships named in the data that have no public kindergarten.',
      },
    },
    {
      id: 'estate-kindergartens',
      name: {
        zh: '小区配套幼儿园建设使用规范',
        en: 'residential-estate kindergartens planned, built, handed over and run as public or inclusive',
      },
      description: {
        zh: '规范建设、移交并办成公办园或普惠性民办园的小区配套幼儿园 ÷ 应配建的小区配套幼儿园 × 100。',
        en: 'Residential-estate kindergartens built, handed over and run as public or inclusive ÷ those the estates require × 100.',
      },
      programme: PROGRAMME,
      aspect: 'government-guarantee',
      item: 'estate-kindergartens',
      scope: 'county',
      stages: KINDERGARTEN,
      metric: 'county-fact-percent',
      comparator: 'gte',
      thresholds: { all: '100' },
      unit: PERCENT,
      aliases: ['pg-estate-kg'],
      source: {
        document: DOCUMENT,
        clause: '§3.3 pg-estate-kg (S18, 3P-code)',
        confidence: 'medium',
        note: 'The item is sourced (S18); reading it as "100 % of estate kindergartens compliant" is dudao’s interpretation.',
      },
    },
    {
      id: 'public-funding-per-child',
      name: {
        zh: '公办园生均公用经费（生均财政拨款）标准',
        en: 'public kindergartens: per-child funding standard',
      },
      programme: PROGRAMME,
      aspect: 'government-guarantee',
      item: 'funding',
      scope: 'county',
      stages: KINDERGARTEN,
      description: {
        zh: '公办园生均公用经费（或生均财政拨款）标准达到省定标准。国家办法未规定金额：以 { value } 填报的金额须由省级指标体系给出标准后才能判定；也可按佐证材料以 { met } 认定。',
        en: 'Public kindergartens’ per-child funding standard reaches the provincial standard. The national measures fix no amount: an amount given as { value } is decided only once a provincial set supplies the standard; { met } decides it on evidence.',
      },
      metric: 'county-fact-value',
      comparator: 'gte',
      thresholds: {},
      provincialThreshold: true,
      unit: YUAN_PER_CHILD_YEAR,
      aliases: ['pg-funding'],
      source: {
        document: DOCUMENT,
        clause: '§3.3 pg-funding (S15); corrections after the item-by-item audit (preschool)',
        confidence: 'low-medium',
        note: 'No national figure: the 500 yuan per child comes from one county page (S15, 南江县, Sichuan, 2024) that calls it the national standard, and is a provincial parameter (corrections after the item-by-item audit). The national set carries no threshold: a figure given as { value } is unknown until a provincial set supplies one (docs/differences.md shows the call with 500), and a judgement { met } on evidence decides it.',
      },
    },
    {
      id: 'inclusive-subsidy-per-child',
      name: {
        zh: '普惠性民办园生均补助标准',
        en: 'inclusive private kindergartens: per-child subsidy standard',
      },
      programme: PROGRAMME,
      aspect: 'government-guarantee',
      item: 'funding',
      scope: 'county',
      stages: KINDERGARTEN,
      description: {
        zh: '普惠性民办园生均补助标准达到省定标准。国家办法未规定金额：以 { value } 填报的金额须由省级指标体系给出标准后才能判定；也可按佐证材料以 { met } 认定。',
        en: 'Inclusive private kindergartens’ per-child subsidy reaches the provincial standard. The national measures fix no amount: an amount given as { value } is decided only once a provincial set supplies the standard; { met } decides it on evidence.',
      },
      metric: 'county-fact-value',
      comparator: 'gte',
      thresholds: {},
      provincialThreshold: true,
      unit: YUAN_PER_CHILD_YEAR,
      source: {
        document: DOCUMENT,
        clause: '§3.3 pg-funding (S15); corrections after the item-by-item audit (preschool)',
        confidence: 'low-medium',
        note: 'No national figure: the 500 yuan per child comes from one county page (S15, 南江县, Sichuan, 2024) that calls it the national standard, and is a provincial parameter (corrections after the item-by-item audit). The national set carries no threshold: a figure given as { value } is unknown until a provincial set supplies one (docs/differences.md shows the call with 500), and a judgement { met } on evidence decides it.',
      },
    },
    judgement(
      'reasonable-fees',
      { zh: '收费合理', en: 'reasonable fees' },
      'pg-fees',
      '§3.3 pg-fees (3P-code)',
      'medium',
      'government-guarantee',
    ),
    {
      id: 'non-established-teacher-pay',
      name: {
        zh: '公办园非在编教师平均工资达到在编教师的比例',
        en: 'public kindergartens: non-established teachers’ average pay as a share of established teachers’',
      },
      description: {
        zh: '非在编教师平均工资 ÷ 在编教师平均工资 × 100，在 countyFacts 中以 { numerator, denominator } 或 { value }（百分比）给出；未给出时按公办园的在编、非在编专任教师数（staff.establishedTeachers、staff.nonEstablishedTeachers）和工资总额（teacherPay）计算。国家办法未规定比例：须由省级指标体系给出标准后才能判定；也可按佐证材料以 { met } 认定。',
        en: 'Non-established teachers’ average pay ÷ established teachers’ average pay × 100, given in countyFacts as { numerator, denominator } or { value } (a percentage), or else computed from the public kindergartens’ established and non-established teachers (staff.establishedTeachers, staff.nonEstablishedTeachers) and their pay (teacherPay). The national measures fix no ratio: a figure is decided only once a provincial set supplies it; { met } decides it on evidence.',
      },
      programme: PROGRAMME,
      aspect: 'government-guarantee',
      item: 'teacher-pay',
      scope: 'county',
      stages: KINDERGARTEN,
      metric: 'preschool-non-established-teacher-pay',
      comparator: 'gte',
      thresholds: {},
      provincialThreshold: true,
      unit: PERCENT,
      aliases: ['pg-teacher-pay'],
      source: {
        document: DOCUMENT,
        clause: '§3.3 pg-teacher-pay (S15); corrections after the item-by-item audit (preschool)',
        confidence: 'low-medium',
        note: 'No national figure: the 75 % comes from one county page (S15, 南江县, Sichuan, 2024) that calls it national, and is a provincial parameter (corrections after the item-by-item audit). The national set carries no threshold: a figure is unknown until a provincial set supplies one (docs/differences.md shows the call with 75), and a judgement { met } on evidence decides it.',
      },
    },
    judgement(
      'safety-risk-system',
      { zh: '安全风险防控机制健全', en: 'sound safety risk prevention system' },
      'pg-safety',
      '§3.3 pg-safety (3P-code)',
      'medium',
      'government-guarantee',
    ),
    judgement(
      'regulatory-system',
      { zh: '监管制度比较完善', en: 'fairly complete regulatory system' },
      'pg-supervision',
      '§3.3 pg-supervision (3P-code)',
      'medium',
      'government-guarantee',
    ),
    {
      ...judgement(
        'conditions-improved',
        { zh: '办园条件改善', en: 'kindergarten conditions improved' },
        'pg-conditions',
        '§3.3 pg-conditions (3P-code label); corrections after the item-by-item audit (preschool)',
        'low',
        'government-guarantee',
        'Only a third-party label (3P-code); the official item may be worded differently or not exist as such. Reported for reference (advisory), not scored: a province that scores it switches it with customizeIndicatorSet(…, { advisory: { "conditions-improved": false } }).',
      ),
      advisory: true,
    },
    {
      id: 'no-major-accident',
      name: { zh: '无重大安全责任事故', en: 'no major safety-liability accident' },
      description: {
        zh: '重大安全责任事故起数，countyFacts 中以 { value } 或 { met } 给出；未给出时读取一票否决事项 major-accidents。',
        en: 'Major safety-liability accidents, given in countyFacts as { value } or { met }; when absent, the veto flag major-accidents is read.',
      },
      programme: PROGRAMME,
      aspect: 'government-guarantee',
      item: 'no-major-accident',
      scope: 'county',
      stages: KINDERGARTEN,
      metric: 'preschool-major-accidents',
      comparator: 'lte',
      thresholds: { all: '0' },
      unit: ACCIDENTS,
      aliases: ['pg-no-accident'],
      advisory: true,
      source: {
        document: DOCUMENT,
        clause: '§3.3 pg-no-accident (3P-code label); corrections after the item-by-item audit (preschool)',
        confidence: 'low',
        note: 'Only a third-party label (3P-code). It records the same event as the veto major-accidents, which it falls back on. Reported for reference (advisory), not scored; a province switches it with { advisory: { "no-major-accident": false } }.',
      },
    },

    // ── 幼儿园保教质量保障情况: 6 items ───────────────────────────────────────────────────────
    // pq-conditions: per-child premises norms per kindergarten, and the county shares by planning year.
    areaNorm(
      'outdoor-play-area-per-child',
      { zh: '生均室外游戏场地面积', en: 'outdoor play area per child' },
      'kindergarten-outdoor-play-area-per-child',
      '4',
      'pk-outdoor-area',
    ),
    areaNorm(
      'activity-room-area-per-child',
      { zh: '生均幼儿活动用房建筑面积', en: 'activity room floor area per child' },
      'kindergarten-activity-room-area-per-child',
      '8.17',
      'pk-activity-area',
    ),
    areaNorm(
      'building-area-per-child',
      { zh: '生均园舍建筑面积', en: 'building floor area per child' },
      'kindergarten-building-area-per-child',
      '10.44',
      'pk-building-area',
    ),
    areaShare(
      'outdoor-play-area-share-from-2017',
      { zh: '生均室外游戏场地面积', en: 'outdoor play area' },
      'preschool-outdoor-play-area-share-from-2017',
      'from-2017',
      'pk-outdoor-area',
    ),
    areaShare(
      'outdoor-play-area-share-before-2017',
      { zh: '生均室外游戏场地面积', en: 'outdoor play area' },
      'preschool-outdoor-play-area-share-before-2017',
      'before-2017',
      'pk-outdoor-area',
    ),
    areaShare(
      'activity-room-area-share-from-2017',
      { zh: '生均幼儿活动用房面积', en: 'activity room area' },
      'preschool-activity-room-area-share-from-2017',
      'from-2017',
      'pk-activity-area',
    ),
    areaShare(
      'activity-room-area-share-before-2017',
      { zh: '生均幼儿活动用房面积', en: 'activity room area' },
      'preschool-activity-room-area-share-before-2017',
      'before-2017',
      'pk-activity-area',
    ),
    areaShare(
      'building-area-share-from-2017',
      { zh: '生均园舍建筑面积', en: 'building area' },
      'preschool-building-area-share-from-2017',
      'from-2017',
      'pk-building-area',
    ),
    areaShare(
      'building-area-share-before-2017',
      { zh: '生均园舍建筑面积', en: 'building area' },
      'preschool-building-area-share-before-2017',
      'before-2017',
      'pk-building-area',
    ),

    // pq-class-size: caps per class type, and the county share of classes within them.
    classCap(
      'class-size-small',
      { zh: '小班班额', en: 'small class (age 3–4) size' },
      'kindergarten-largest-small-class',
      '25',
      'kg-class-small',
    ),
    classCap(
      'class-size-middle',
      { zh: '中班班额', en: 'middle class (age 4–5) size' },
      'kindergarten-largest-middle-class',
      '30',
      'kg-class-middle',
    ),
    classCap(
      'class-size-large',
      { zh: '大班班额', en: 'large class (age 5–6) size' },
      'kindergarten-largest-large-class',
      '35',
      'kg-class-large',
    ),
    classCap(
      'class-size-mixed',
      { zh: '混合班班额', en: 'mixed-age class size' },
      'kindergarten-largest-mixed-class',
      '30',
      'kg-class-mixed',
    ),
    {
      id: 'classes-within-size',
      name: { zh: '班额达标班级比例', en: 'share of classes within the class-size standard' },
      description: {
        zh: '班额不超过本类班级标准（小班25、中班30、大班35、混合班30人）的班级数 ÷ 班级总数 × 100。',
        en: 'Classes within the cap of their type (small 25, middle 30, large 35, mixed 30) ÷ all classes × 100.',
      },
      programme: PROGRAMME,
      aspect: 'care-quality',
      item: 'class-size',
      scope: 'county',
      stages: KINDERGARTEN,
      metric: 'preschool-classes-within-size',
      comparator: 'gte',
      thresholds: { all: '85' },
      unit: PERCENT,
      aliases: ['pq-class-size'],
      source: {
        document: DOCUMENT,
        clause: '§3.4 pq-class-size (S15); caps §3.6 (S20)',
        confidence: 'medium',
        note: 'The 85 % share comes from one county’s table (S15) for "班额普遍/基本达标"; the caps themselves are national (high).',
      },
    },

    // pq-teacher-ratio
    {
      id: 'children-per-teacher',
      name: { zh: '在园幼儿与专任教师比', en: 'children per full-time teacher' },
      description: {
        zh: '在园幼儿数 ÷ 专任教师数（专任教师 : 在园幼儿 ≥ 1 : 15）。',
        en: 'Children enrolled ÷ full-time teachers (at least 1 teacher per 15 children).',
      },
      programme: PROGRAMME,
      aspect: 'care-quality',
      item: 'teacher-ratio',
      scope: 'county',
      stages: KINDERGARTEN,
      metric: 'preschool-children-per-teacher',
      comparator: 'lte',
      thresholds: { all: '15' },
      unit: CHILDREN_PER_TEACHER,
      aliases: ['pq-teacher-ratio'],
      source: { document: DOCUMENT, clause: '§3.4 pq-teacher-ratio (S15, S18)', confidence: 'high' },
    },

    // pq-certified
    {
      id: 'certified-teachers',
      name: { zh: '专任教师持证上岗率', en: 'full-time teachers holding a teacher certificate' },
      description: {
        zh: '持教师资格证的专任教师数 ÷ 专任教师数 × 100。',
        en: 'Certified full-time teachers ÷ full-time teachers × 100.',
      },
      programme: PROGRAMME,
      aspect: 'care-quality',
      item: 'certified-staff',
      scope: 'county',
      stages: KINDERGARTEN,
      metric: 'preschool-certified-teachers',
      comparator: 'gte',
      thresholds: { all: '100' },
      unit: PERCENT,
      aliases: ['pq-certified'],
      source: {
        document: DOCUMENT,
        clause: '§3.4 pq-certified (S15)',
        confidence: 'medium',
        note: 'One county’s table (S15) reads the item "strict teacher management" as 100 % certified directors and teachers.',
      },
    },
    {
      id: 'certified-directors',
      name: { zh: '园长持证上岗率', en: 'directors holding a director’s certificate' },
      description: {
        zh: '持园长资格（任职资格）证的园长数 ÷ 园长数 × 100。',
        en: 'Certified directors ÷ directors × 100.',
      },
      programme: PROGRAMME,
      aspect: 'care-quality',
      item: 'certified-staff',
      scope: 'county',
      stages: KINDERGARTEN,
      metric: 'preschool-certified-directors',
      comparator: 'gte',
      thresholds: { all: '100' },
      unit: PERCENT,
      source: {
        document: DOCUMENT,
        clause: '§3.4 pq-certified (S15)',
        confidence: 'medium',
        note: 'One county’s table (S15) reads the item "strict teacher management" as 100 % certified directors and teachers.',
      },
    },
    judgement(
      'science-based-care',
      { zh: '落实科学保教要求', en: 'science-based, play-centred care and education' },
      'pq-science-care',
      '§3.4 pq-science-care (3P-code; V6)',
      'medium',
      'care-quality',
    ),
    judgement(
      'no-primary-schooling',
      { zh: '无“小学化”现象', en: 'no primary-school-style teaching' },
      'pq-no-primary',
      '§3.4 pq-no-primary (3P-code; V6)',
      'medium',
      'care-quality',
    ),

    // ── 社会认可度 ────────────────────────────────────────────────────────────────────────────
    {
      id: 'social-recognition',
      name: { zh: '社会认可度', en: 'social recognition' },
      description: {
        zh: '调查中表示满意的人数 ÷ 调查人数 × 100。',
        en: 'Satisfied respondents ÷ respondents × 100.',
      },
      programme: PROGRAMME,
      aspect: 'social-recognition',
      scope: 'county',
      stages: KINDERGARTEN,
      metric: 'survey-satisfaction',
      comparator: 'gte',
      thresholds: { all: '85' },
      unit: PERCENT,
      source: {
        document: DOCUMENT,
        clause: '§3.1 pp-aspects (S16, S17, S18)',
        confidence: 'high',
        note: 'Sampling (sample size, respondent mix) is not specified in the sources (standards.md §7, question 8).',
      },
    },

    // ── 一票否决: `vetoes[id] === true` means it happened, and the county fails ────────────────
    {
      id: 'major-accidents',
      name: {
        zh: '发生重大安全责任事故',
        en: 'major safety-liability accidents',
      },
      programme: PROGRAMME,
      aspect: 'veto',
      scope: 'county',
      stages: KINDERGARTEN,
      metric: 'veto-flag',
      comparator: 'bool',
      thresholds: {},
      veto: true,
      advisory: true,
      aliases: ['veto-accidents'],
      source: {
        document: DOCUMENT,
        clause: '§3.3 pg-no-accident (3P-code label); corrections after the item-by-item audit (preschool)',
        confidence: 'low',
        note: 'The 2017 compulsory measures have this veto; for preschool only a third-party label supports it, so it is reported for reference (advisory) and does not fail the county. A province whose text has the veto switches it with { advisory: { "major-accidents": false } }.',
      },
    },
    {
      id: 'falsified-data',
      name: { zh: '弄虚作假', en: 'falsified data' },
      programme: PROGRAMME,
      aspect: 'veto',
      scope: 'county',
      stages: KINDERGARTEN,
      metric: 'veto-flag',
      comparator: 'bool',
      thresholds: {},
      veto: true,
      aliases: ['veto-fraud'],
      source: {
        document: DOCUMENT,
        clause: '§3.1 pp-national-sampling (S16, S17)',
        confidence: 'high',
      },
    },
  ],
});

/**
 * Henan's variant of the preschool set (河南省县域学前教育普及普惠督导评估), id
 * `preschool-2020-henan`: a documented example of `customizeIndicatorSet`. Henan raises the
 * three-year gross enrolment rate to 90 % and keeps the other national figures (inclusive coverage
 * 80 %, public share 50 %, 1 : 15, a public central kindergarten per township, estate
 * kindergartens, recognition 85 %), as reported by S18 (a 2021 news report; the provincial text was
 * not retrieved). `changes` lists the one change.
 *
 * @category Indicators
 * @example
 * ```ts
 * preschool2020Henan.basedOn; //=> { id: 'preschool-2020', version: '1.0.0' }
 * preschool2020Henan.changes;
 * //=> [
 * //   { kind: 'name', target: '(set)', from: { zh: '县域学前教育普及普惠督导评估（教督〔2020〕1号）', en: '…' }, to: { zh: '河南省县域学前教育普及普惠督导评估', en: '…' } },
 * //   { kind: 'threshold', target: 'gross-enrolment', from: { all: '85' }, to: { all: '90' } },
 * // ]
 * ```
 */
export const preschool2020Henan: IndicatorSet = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ customizeIndicatorSet(preschool2020, {
    id: 'preschool-2020-henan',
    name: {
      zh: '河南省县域学前教育普及普惠督导评估',
      en: 'Henan: county universal and inclusive preschool education (gross enrolment 90 %)',
    },
    source:
      '教督〔2020〕1号《县域学前教育普及普惠督导评估办法》; 河南省实施要求 (S18: m.b4dc4.cn/yaowen/2021/1029/90641.html)',
    thresholds: { 'gross-enrolment': { all: '90' } },
  }),
);
