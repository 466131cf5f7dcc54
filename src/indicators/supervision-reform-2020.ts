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

// The reprints cite the General Offices of the CPC Central Committee and the State Council
// (中办、国办, February 2020) without a document number, so dudao gives none.
const DOCUMENT =
  '中共中央办公厅、国务院办公厅《关于深化新时代教育督导体制机制改革的意见》（2020年2月）及省级实施方案';
const PROGRAMME = 'supervision-reform';

const SCHOOLS_PER_INSPECTOR: Label = { zh: '所/人', en: 'schools per inspector' };
const VISITS_PER_SCHOOL_MONTH: Label = { zh: '次/校·月', en: 'visits per school per month' };
const SCHOOLS: Label = { zh: '所', en: 'schools' };
const HOURS_PER_YEAR: Label = { zh: '学时/年', en: 'hours per year' };
const PERCENT: Label = { zh: '%', en: '%' };

/**
 * The county checklist of the supervision reform (教育督导体制机制改革: the 意见 of the General
 * Offices of the CPC Central Committee and the State Council, February 2020, and the provincial
 * 实施方案), id `supervision-reform-2020`, programme `supervision-reform`.
 *
 * Thirteen county indicators, each read from `countyFacts` (keyed by the id or by the row id of
 * the standards file, e.g. `rf-ratio`):
 * - organisation (机构设置): supervision committee, chief and deputy chief inspector;
 * - team (督学队伍): full-time inspectors, part-time inspectors' allowance, inspector training
 *   (hours: a provincial parameter, Henan 40 a year);
 * - funding (经费保障): a supervision budget line;
 * - listed supervision (挂牌督导): about 5 schools per responsible inspector (reported against 5
 *   for reference: the 2013 rule allocates, it does not cap), every school listed (100 %), regular
 *   visits (frequency: a provincial parameter, Shanghai monthly), ≤ 20 schools per zone;
 * - school supervision (督学): every principal reviewed at the end of the term (100 %);
 * - use of results (结果运用): the result-use mechanisms in place.
 *
 * A missing fact leaves its indicator unknown, never met; so does a figure for a provincial
 * parameter (training hours, visit frequency) until a provincial set supplies the threshold,
 * while `{ met }` decides it on evidence (docs/differences.md shows a Henan example). The set is frozen: derive a provincial
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
    zh: '深化新时代教育督导体制机制改革县级任务清单（中办、国办，2020年）',
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
        clause: '§6 rf-deputy-chief; corrections after the item-by-item audit (S31)',
        confidence: 'medium',
        note: 'Better attested than the first reading (low): provincial 实施方案 such as Shaanxi’s (S31) set up the chief-inspector posts with deputies, and the reform checklist dudao encodes asks for it.',
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
      source: {
        document: DOCUMENT,
        clause: '§6 rf-parttime-allowance; corrections after the item-by-item audit (S31)',
        confidence: 'medium',
        note: 'Better attested than the first reading (low): provincial 实施方案 (Shaanxi, S31) provide for part-time inspectors’ allowances, and the reform checklist dudao encodes asks for it.',
      },
    },
    {
      id: 'inspector-training-hours',
      name: { zh: '督学年度培训学时', en: 'inspector training hours per year' },
      description: {
        zh: '督学每年参加培训的学时达到省定标准（河南：不少于40学时；国家文件未规定学时数）。取值为培训学时最少的督学的学时数；以比值填报时为总学时 ÷ 督学人数（平均值，较宽松）。学时数须由省级指标体系给出标准后才能判定；也可按佐证材料以 { met } 认定。',
        en: 'Inspectors’ yearly training reaches the provincial standard (Henan: at least 40 hours; no national number). The value is the hours of the inspector with the fewest; a ratio (total hours ÷ inspectors) gives the mean, which is weaker. Hours are decided only once a provincial set supplies the standard; { met } decides it on evidence.',
      },
      programme: PROGRAMME,
      aspect: 'team',
      scope: 'county',
      stages: [],
      metric: 'county-fact-ratio',
      comparator: 'gte',
      thresholds: {},
      provincialThreshold: true,
      unit: HOURS_PER_YEAR,
      aliases: ['rf-training'],
      source: {
        document: DOCUMENT,
        clause: '§6 rf-training (S46); corrections after the item-by-item audit (supervision reform)',
        confidence: 'medium',
        note: 'The 40 hours are Henan’s 实施意见 (S46), provincial practice, not national: the national set carries no threshold (earlier versions of dudao judged ≥ 40 as national). docs/differences.md shows the Henan call.',
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
        zh: '每名责任督学一般负责 5 所左右学校（2013 年《中小学校责任督学挂牌督导办法》）：这是配备原则，不是上限，故仅作参考，不参与判定。河南：一般 1∶5，规模较大的学校 1∶1。填报学校数 ÷ 责任督学人数。',
        en: 'One responsible inspector for about 5 schools (2013 listed-supervision measures): an allocation rule, not a cap, so it is reported for reference and does not decide the verdict. Henan: 1 : 5 in general, 1 : 1 for large schools. Report schools ÷ responsible inspectors.',
      },
      programme: PROGRAMME,
      aspect: 'listed-supervision',
      scope: 'county',
      stages: [],
      metric: 'county-fact-ratio',
      comparator: 'lte',
      thresholds: { all: '5' },
      unit: SCHOOLS_PER_INSPECTOR,
      advisory: true,
      aliases: ['rf-ratio'],
      source: {
        document: DOCUMENT,
        clause: '§6 rf-ratio (S47, S46); corrections after the item-by-item audit (supervision reform)',
        confidence: 'high',
        note: 'The 2013 挂牌督导办法 allocates one 责任督学 for about 5 schools (S47); earlier versions of dudao misstated it as “督学与学校比例不低于1∶5” and judged ≤ 5 as a national cap. Reported for reference (advisory); a province with a cap (Henan 1 : 5, S46) switches it with { advisory: { "schools-per-inspector": false } }.',
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
        zh: '责任督学经常性督导达到省定频次（上海：每校每月至少 1 次；国家文件未规定次数）。填报督导次数 ÷（学校数 × 月数）。频次须由省级指标体系给出标准后才能判定；也可按佐证材料以 { met } 认定。',
        en: 'Responsible inspectors’ regular visits reach the provincial frequency (Shanghai: at least 1 per school per month; no national number). Report visits ÷ (schools × months). A frequency is decided only once a provincial set supplies the standard; { met } decides it on evidence.',
      },
      programme: PROGRAMME,
      aspect: 'listed-supervision',
      scope: 'county',
      stages: [],
      metric: 'county-fact-ratio',
      comparator: 'gte',
      thresholds: {},
      provincialThreshold: true,
      unit: VISITS_PER_SCHOOL_MONTH,
      aliases: ['rf-visit-frequency'],
      source: {
        document: DOCUMENT,
        clause: '§6 rf-visit-frequency (S48); corrections after the item-by-item audit (supervision reform)',
        confidence: 'medium',
        note: 'Monthly visits are Shanghai practice (S48), not national: the national set carries no threshold (earlier versions of dudao judged ≥ 1 a month as national). A province supplies its own with customizeIndicatorSet.',
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
