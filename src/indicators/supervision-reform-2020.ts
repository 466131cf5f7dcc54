/**
 * The county checklist of the 2020 supervision reform (深化新时代教育督导体制机制改革), as data: the
 * supervision committee, the chief inspector, the inspector team and its funding, listed
 * supervision of every school (挂牌督导) and the use of results. Every indicator is county-scope
 * and reads a county fact, so the set is assessed with the existing county metrics
 * (`county-fact-judgement`, `county-fact-value`, `county-fact-ratio`, `county-fact-percent`).
 *
 * In every indicator's `source`, `clause` names the row of dudao's standards file (`§6 rf-…`) and,
 * in brackets, the public sources listed there. Several numbers are national practice documents
 * or one province's 实施方案 (Henan, Shaanxi), so `confidence` is carried per indicator and a note
 * says where a number comes from.
 * @module
 */
import { deepFreeze } from './freeze.js';
import type { IndicatorSet, Label } from './types.js';

const DOCUMENT = '厅字〔2020〕1号《关于深化新时代教育督导体制机制改革的意见》及省级实施方案';
const PROGRAMME = 'supervision-reform';

const SCHOOLS_PER_INSPECTOR: Label = { zh: '所/人', en: 'schools per inspector' };
const VISITS_PER_SCHOOL_MONTH: Label = { zh: '次/校·月', en: 'visits per school per month' };
const SCHOOLS: Label = { zh: '所', en: 'schools' };
const HOURS_PER_YEAR: Label = { zh: '学时/年', en: 'hours per year' };
const PERCENT: Label = { zh: '%', en: '%' };

/**
 * The county checklist of the supervision reform (教育督导体制机制改革, 厅字〔2020〕1号 and the
 * provincial 实施方案), id `supervision-reform-2020`, programme `supervision-reform`.
 *
 * Thirteen county indicators, each read from `countyFacts` (keyed by the id or by the row id of
 * the standards file, e.g. `rf-ratio`):
 * - organisation (机构设置): supervision committee, chief and deputy chief inspector;
 * - team (督学队伍): full-time inspectors, part-time inspectors' allowance, training ≥ 40 hours a
 *   year (Henan);
 * - funding (经费保障): a supervision budget line;
 * - listed supervision (挂牌督导): ≤ 5 schools per inspector, every school listed (100 %), ≥ 1 visit
 *   per school per month, ≤ 20 schools per zone;
 * - school supervision (督学): every principal reviewed at the end of the term (100 %);
 * - use of results (结果运用): the result-use mechanisms in place.
 *
 * A missing fact leaves its indicator unknown, never met. The set is frozen: derive a provincial
 * variant with `customizeIndicatorSet`.
 *
 * @category Indicators
 * @example
 * ```ts
 * supervisionReform2020.indicators.length; //=> 13
 * supervisionReform2020.indicators.find((i) => i.id === 'schools-per-inspector')?.thresholds;
 * //=> { all: '5' }
 * ```
 */
export const supervisionReform2020: IndicatorSet = /* @__PURE__ */ deepFreeze({
  id: 'supervision-reform-2020',
  version: '1.0.0',
  name: {
    zh: '深化新时代教育督导体制机制改革县级任务清单（厅字〔2020〕1号）',
    en: 'Supervision reform of the new era: county checklist (2020)',
  },
  programme: PROGRAMME,
  source: DOCUMENT,
  rules: {},
  indicators: [
    // ── 机构设置 ─────────────────────────────────────────────────────────────────────────────
    {
      id: 'supervision-committee',
      name: {
        zh: '县级教育督导委员会及其办公室设立',
        en: 'county supervision committee and its office set up',
      },
      description: {
        zh: '县级人民政府设立教育督导委员会及其办公室，由政府分管负责同志担任主任。',
        en: 'The county government has set up an education supervision committee and its office, chaired by the government leader in charge.',
      },
      programme: PROGRAMME,
      aspect: 'organisation',
      scope: 'county',
      stages: [],
      metric: 'county-fact-judgement',
      comparator: 'bool',
      thresholds: {},
      aliases: ['rf-committee'],
      source: { document: DOCUMENT, clause: '§6 rf-committee (S31, S45)', confidence: 'high' },
    },
    {
      id: 'chief-inspector',
      name: { zh: '政府教育总督学配备', en: 'government chief education inspector appointed' },
      programme: PROGRAMME,
      aspect: 'organisation',
      scope: 'county',
      stages: [],
      metric: 'county-fact-judgement',
      comparator: 'bool',
      thresholds: {},
      aliases: ['rf-chief-inspector'],
      source: {
        document: DOCUMENT,
        clause: '§6 rf-chief-inspector (S31)',
        confidence: 'high',
        note: 'Shaanxi 实施方案 lists the 政府教育总督学 as a vice-chair of the committee.',
      },
    },
    {
      id: 'deputy-chief-inspector',
      name: { zh: '副总督学配备', en: 'deputy chief inspector appointed' },
      programme: PROGRAMME,
      aspect: 'organisation',
      scope: 'county',
      stages: [],
      metric: 'county-fact-judgement',
      comparator: 'bool',
      thresholds: {},
      aliases: ['rf-deputy-chief'],
      source: {
        document: DOCUMENT,
        clause: '§6 rf-deputy-chief (recollection)',
        confidence: 'low',
        note: 'No source retrieved; kept because provincial 实施方案 are recalled to require it.',
      },
    },

    // ── 督学队伍 ─────────────────────────────────────────────────────────────────────────────
    {
      id: 'full-time-inspectors',
      name: { zh: '专职督学配备达到省定比例', en: 'full-time inspectors appointed to the provincial ratio' },
      description: {
        zh: '按省定比例配备专职督学；河南：有条件的市县逐步提高专职督学比例。',
        en: 'Full-time inspectors appointed to the provincial ratio; Henan: counties that can raise the full-time share step by step.',
      },
      programme: PROGRAMME,
      aspect: 'team',
      scope: 'county',
      stages: [],
      metric: 'county-fact-judgement',
      comparator: 'bool',
      thresholds: {},
      aliases: ['rf-fulltime'],
      source: {
        document: DOCUMENT,
        clause: '§6 rf-fulltime (S46)',
        confidence: 'medium',
        note: 'No national ratio: judged against the province’s own; a province with a number can customise this into a value.',
      },
    },
    {
      id: 'part-time-allowance',
      name: { zh: '兼职督学工作补助发放', en: 'part-time inspectors’ work allowance paid' },
      programme: PROGRAMME,
      aspect: 'team',
      scope: 'county',
      stages: [],
      metric: 'county-fact-judgement',
      comparator: 'bool',
      thresholds: {},
      aliases: ['rf-parttime-allowance'],
      source: { document: DOCUMENT, clause: '§6 rf-parttime-allowance (not retrieved)', confidence: 'low' },
    },
    {
      id: 'inspector-training-hours',
      name: { zh: '督学年度培训学时', en: 'inspector training hours per year' },
      description: {
        zh: '每名督学每年参加培训不少于40学时。取值为培训学时最少的督学的学时数；以比值填报时为总学时 ÷ 督学人数（平均值，较宽松）。',
        en: 'Each inspector receives at least 40 hours of training a year. The value is the hours of the inspector with the fewest; a ratio (total hours ÷ inspectors) gives the mean, which is weaker.',
      },
      programme: PROGRAMME,
      aspect: 'team',
      scope: 'county',
      stages: [],
      metric: 'county-fact-ratio',
      comparator: 'gte',
      thresholds: { all: '40' },
      unit: HOURS_PER_YEAR,
      aliases: ['rf-training'],
      source: {
        document: DOCUMENT,
        clause: '§6 rf-training (S46)',
        confidence: 'medium',
        note: 'Henan 实施意见 (provincial); no national number found.',
      },
    },

    // ── 经费保障 ─────────────────────────────────────────────────────────────────────────────
    {
      id: 'supervision-budget',
      name: { zh: '教育督导工作经费纳入本级财政预算', en: 'supervision funding in the county budget' },
      programme: PROGRAMME,
      aspect: 'funding',
      scope: 'county',
      stages: [],
      metric: 'county-fact-judgement',
      comparator: 'bool',
      thresholds: {},
      aliases: ['rf-budget'],
      source: {
        document: DOCUMENT,
        clause: '§6 rf-budget (S46)',
        confidence: 'medium',
        note: 'High for Henan (实施意见), medium as a national requirement.',
      },
    },

    // ── 挂牌督导 ─────────────────────────────────────────────────────────────────────────────
    {
      id: 'schools-per-inspector',
      name: { zh: '督学与学校配比（每名督学负责学校数）', en: 'schools per inspector' },
      description: {
        zh: '督学与学校比例不低于 1∶5，即每名督学负责不超过 5 所学校（河南：大规模学校 1∶1）。填报学校数 ÷ 督学人数。',
        en: 'At least 1 inspector per 5 schools, i.e. at most 5 schools per inspector (Henan: 1 : 1 for large schools). Report schools ÷ inspectors.',
      },
      programme: PROGRAMME,
      aspect: 'listed-supervision',
      scope: 'county',
      stages: [],
      metric: 'county-fact-ratio',
      comparator: 'lte',
      thresholds: { all: '5' },
      unit: SCHOOLS_PER_INSPECTOR,
      aliases: ['rf-ratio'],
      source: {
        document: DOCUMENT,
        clause: '§6 rf-ratio (S47, S46)',
        confidence: 'high',
        note: '2013 挂牌督导办法 (≈ 5 schools per inspector) and Henan 实施意见 (1 : 5).',
      },
    },
    {
      id: 'listed-supervision-coverage',
      name: { zh: '责任督学挂牌督导覆盖率', en: 'schools with a listed responsible inspector' },
      description: {
        zh: '挂牌学校数 ÷ 学校总数 × 100；每所学校挂牌公示责任督学姓名、照片、联系方式和督导事项。',
        en: 'Listed schools ÷ all schools × 100; each school’s plaque shows the inspector’s name, photo, contact and duties.',
      },
      programme: PROGRAMME,
      aspect: 'listed-supervision',
      scope: 'county',
      stages: [],
      metric: 'county-fact-percent',
      comparator: 'gte',
      thresholds: { all: '100' },
      unit: PERCENT,
      aliases: ['rf-listing'],
      source: { document: DOCUMENT, clause: '§6 rf-listing (S47)', confidence: 'high' },
    },
    {
      id: 'visits-per-school-per-month',
      name: { zh: '责任督学经常性督导频次', en: 'responsible inspector visits per school per month' },
      description: {
        zh: '每校每月至少 1 次。填报督导次数 ÷（学校数 × 月数）。',
        en: 'At least 1 visit per school per month. Report visits ÷ (schools × months).',
      },
      programme: PROGRAMME,
      aspect: 'listed-supervision',
      scope: 'county',
      stages: [],
      metric: 'county-fact-ratio',
      comparator: 'gte',
      thresholds: { all: '1' },
      unit: VISITS_PER_SCHOOL_MONTH,
      aliases: ['rf-visit-frequency'],
      source: {
        document: DOCUMENT,
        clause: '§6 rf-visit-frequency (S48)',
        confidence: 'medium',
        note: 'Shanghai practice; no national number found.',
      },
    },
    {
      id: 'schools-per-zone',
      name: { zh: '督学责任区学校数', en: 'schools per supervision zone' },
      description: {
        zh: '每个督学责任区不超过 20 所学校。取值为学校数最多的责任区的学校数；以比值填报时为平均数（较宽松）。',
        en: 'At most 20 schools per zone. The value is the school count of the largest zone; a ratio (schools ÷ zones) gives the mean, which is weaker.',
      },
      programme: PROGRAMME,
      aspect: 'listed-supervision',
      scope: 'county',
      stages: [],
      metric: 'county-fact-ratio',
      comparator: 'lte',
      thresholds: { all: '20' },
      unit: SCHOOLS,
      aliases: ['rf-zone'],
      source: { document: DOCUMENT, clause: '§6 rf-zone (S49: 教督〔2012〕7号)', confidence: 'high' },
    },

    // ── 督学 ────────────────────────────────────────────────────────────────────────────────
    {
      id: 'principal-term-review',
      name: { zh: '校（园）长任期结束综合督导', en: 'principals reviewed at the end of their term' },
      description: {
        zh: '任期结束的校（园）长中接受综合督导的比例：已督导人数 ÷ 任期结束人数 × 100。',
        en: 'Share of principals and directors whose term ended who received a comprehensive review: reviewed ÷ terms ended × 100.',
      },
      programme: PROGRAMME,
      aspect: 'school-supervision',
      scope: 'county',
      stages: [],
      metric: 'county-fact-percent',
      comparator: 'gte',
      thresholds: { all: '100' },
      unit: PERCENT,
      aliases: ['rf-head-term'],
      source: { document: DOCUMENT, clause: '§6 rf-head-term (S46)', confidence: 'medium' },
    },

    // ── 结果运用 ─────────────────────────────────────────────────────────────────────────────
    {
      id: 'result-use-mechanisms',
      name: { zh: '督导结果运用机制', en: 'mechanisms for using supervision results' },
      description: {
        zh: '报告、反馈、整改、复查、激励、约谈、通报、问责 8 项机制均已建立。',
        en: 'All 8 mechanisms in place: reports, feedback, rectification, re-check, incentives, interviews (约谈), public notice (通报), accountability (问责).',
      },
      programme: PROGRAMME,
      aspect: 'result-use',
      scope: 'county',
      stages: [],
      metric: 'county-fact-judgement',
      comparator: 'bool',
      thresholds: {},
      aliases: ['rf-results-use'],
      source: { document: DOCUMENT, clause: '§6 rf-results-use (S41, recollection)', confidence: 'medium' },
    },
  ],
});
