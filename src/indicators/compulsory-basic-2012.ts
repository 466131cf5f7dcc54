/**
 * The 2012 national standard for basic balanced compulsory education (县域义务教育基本均衡), as
 * data: the provincial school standards as a precondition, 8 inter-school variation indicators
 * judged by their composite CV, the county government's work score and public satisfaction.
 *
 * In every indicator's `source`, `clause` names the section and row id of dudao's standards file
 * (`standards.md`, e.g. `§2.2 bb-8-indicators`) and, in brackets, the public sources listed there.
 * @module
 */
import { deepFreeze } from './freeze.js';
import { nationalSplitWeights } from './split-weights.js';
import type { IndicatorSet, Label, Stage } from './types.js';

const DOCUMENT = '教督〔2012〕3号《县域义务教育均衡发展督导评估暂行办法》';
const PROGRAMME = 'compulsory-basic';
const BOTH: Stage[] = ['primary', 'junior'];
const VARIATION_SOURCE = {
  document: DOCUMENT,
  clause: '§2.2 bb-8-indicators (S8); §2.1 weighted CV (S5, S6)',
  confidence: 'high',
} as const;

const M2_PER_PUPIL: Label = { zh: '平方米/生', en: 'm² per pupil' };
const TEACHERS_PER_PUPIL: Label = { zh: '人/生', en: 'teachers per pupil' };

const VARIATION_IDS = [
  'teaching-area-per-pupil',
  'sports-area-per-pupil',
  'equipment-value-per-pupil',
  'computers-per-100',
  'books-per-pupil',
  'teachers-per-pupil',
  'qualified-teachers-per-pupil',
  'senior-title-teachers-per-pupil',
];

/**
 * The 2012 basic balance indicator set (县域义务教育均衡发展督导评估暂行办法, 教督〔2012〕3号), id
 * `compulsory-basic-2012`.
 *
 * - Precondition: every school meets the province's basic school standards (办学基本标准).
 * - School variation (校际均衡): 8 indicators with no threshold of their own; the composite CV
 *   (综合差异系数, the mean of the 8 enrolment-weighted CVs) is at most 0.65 (primary) and 0.55
 *   (junior). Teaching points and special-education schools are all left out.
 * - County government work (县级人民政府推进工作) scores at least 85 of 100 (medium-high: a
 *   provincial notice and the Ministry's feedback to Hebei give it); the county gives its score,
 *   the 17 items behind it are not modelled.
 * - Public satisfaction (公众满意度) is reported against 85 % for reference (`advisory`): sources
 *   disagree whether 85 % is a condition or a reference. A province that makes it a condition
 *   switches it with `customizeIndicatorSet(compulsoryBasic2012, { id, advisory:
 *   { 'social-recognition': false } })`.
 *
 * The set is frozen: derive a provincial variant with `customizeIndicatorSet`.
 *
 * @category Indicators
 * @example
 * ```ts
 * compulsoryBasic2012.rules.variation?.method; //=> 'composite'
 * compulsoryBasic2012.rules.variation?.limits; //=> { primary: '0.65', junior: '0.55' }
 * compulsoryBasic2012.rules.variation?.indicators.length; //=> 8
 * ```
 */
export const compulsoryBasic2012: IndicatorSet = /* @__PURE__ */ deepFreeze({
  id: 'compulsory-basic-2012',
  version: '1.0.0',
  name: {
    zh: '县域义务教育均衡发展督导评估（教督〔2012〕3号）',
    en: 'County basic balanced compulsory education: supervision and assessment (2012)',
  },
  programme: PROGRAMME,
  source: DOCUMENT,
  rules: {
    variation: {
      method: 'composite',
      indicators: VARIATION_IDS,
      limits: { primary: '0.65', junior: '0.55' },
    },
    excludeKinds: ['special-education'],
    excludeTeachingPointsBelow: 'all',
    splitWeights: nationalSplitWeights,
  },
  indicators: [
    {
      id: 'provincial-basic-standards',
      name: {
        zh: '义务教育学校达到省级办学基本标准',
        en: 'schools meet the provincial basic school standards',
      },
      programme: PROGRAMME,
      aspect: 'precondition',
      scope: 'county',
      stages: BOTH,
      metric: 'county-fact-judgement',
      comparator: 'bool',
      thresholds: {},
      source: { document: DOCUMENT, clause: '§2.2 bb-aspects (1) (S11)', confidence: 'high' },
    },

    // ── 校际均衡: 8 indicators, judged only through the composite CV ──────────────────────────
    {
      id: 'teaching-area-per-pupil',
      name: { zh: '生均教学及辅助用房面积', en: 'teaching and auxiliary floor area per pupil' },
      programme: PROGRAMME,
      aspect: 'school-variation',
      scope: 'institution',
      stages: BOTH,
      metric: 'teaching-area-per-pupil',
      comparator: 'none',
      thresholds: {},
      unit: M2_PER_PUPIL,
      source: VARIATION_SOURCE,
    },
    {
      id: 'sports-area-per-pupil',
      name: { zh: '生均体育运动场馆面积', en: 'sports ground and hall area per pupil' },
      programme: PROGRAMME,
      aspect: 'school-variation',
      scope: 'institution',
      stages: BOTH,
      metric: 'sports-area-per-pupil',
      comparator: 'none',
      thresholds: {},
      unit: M2_PER_PUPIL,
      source: VARIATION_SOURCE,
    },
    {
      id: 'equipment-value-per-pupil',
      name: { zh: '生均教学仪器设备值', en: 'teaching equipment value per pupil' },
      programme: PROGRAMME,
      aspect: 'school-variation',
      scope: 'institution',
      stages: BOTH,
      metric: 'equipment-value-per-pupil',
      comparator: 'none',
      thresholds: {},
      unit: { zh: '元/生', en: 'yuan per pupil' },
      source: VARIATION_SOURCE,
    },
    {
      id: 'computers-per-100',
      name: { zh: '每百名学生拥有计算机台数', en: 'computers per 100 pupils' },
      programme: PROGRAMME,
      aspect: 'school-variation',
      scope: 'institution',
      stages: BOTH,
      metric: 'computers-per-100',
      comparator: 'none',
      thresholds: {},
      unit: { zh: '台/百名学生', en: 'computers per 100 pupils' },
      source: VARIATION_SOURCE,
    },
    {
      id: 'books-per-pupil',
      name: { zh: '生均图书册数', en: 'library books per pupil' },
      programme: PROGRAMME,
      aspect: 'school-variation',
      scope: 'institution',
      stages: BOTH,
      metric: 'books-per-pupil',
      comparator: 'none',
      thresholds: {},
      unit: { zh: '册/生', en: 'books per pupil' },
      source: VARIATION_SOURCE,
    },
    {
      id: 'teachers-per-pupil',
      name: { zh: '师生比', en: 'teacher-pupil ratio' },
      description: {
        zh: '专任教师数 ÷ 在校生数。',
        en: 'Full-time teachers ÷ pupils.',
      },
      programme: PROGRAMME,
      aspect: 'school-variation',
      scope: 'institution',
      stages: BOTH,
      metric: 'teachers-per-pupil',
      comparator: 'none',
      thresholds: {},
      unit: TEACHERS_PER_PUPIL,
      source: VARIATION_SOURCE,
    },
    {
      id: 'qualified-teachers-per-pupil',
      name: {
        zh: '生均高于规定学历教师数',
        en: 'teachers above the required qualification per pupil',
      },
      programme: PROGRAMME,
      aspect: 'school-variation',
      scope: 'institution',
      stages: BOTH,
      metric: 'qualified-teachers-per-pupil',
      comparator: 'none',
      thresholds: {},
      unit: TEACHERS_PER_PUPIL,
      source: VARIATION_SOURCE,
    },
    {
      id: 'senior-title-teachers-per-pupil',
      name: {
        zh: '生均中级及以上专业技术职务教师数',
        en: 'teachers with an intermediate or higher professional title per pupil',
      },
      programme: PROGRAMME,
      aspect: 'school-variation',
      scope: 'institution',
      stages: BOTH,
      metric: 'senior-title-teachers-per-pupil',
      comparator: 'none',
      thresholds: {},
      unit: TEACHERS_PER_PUPIL,
      source: VARIATION_SOURCE,
    },

    // ── County government work and public satisfaction ─────────────────────────────────────
    {
      id: 'government-work-score',
      name: { zh: '县级人民政府推进义务教育均衡发展工作得分', en: 'county government work score' },
      programme: PROGRAMME,
      aspect: 'government-work',
      scope: 'county',
      stages: BOTH,
      metric: 'county-fact-value',
      comparator: 'gte',
      thresholds: { all: '85' },
      unit: { zh: '分', en: 'points of 100' },
      description: {
        zh: '县级人民政府推进义务教育均衡发展工作评估得分（满分100分，由其下各项评估内容合计），在 countyFacts 中以 { value } 给出；dudao 不对各分项评分。',
        en: 'The county government’s work score out of 100 (the sum of the items under it), given in countyFacts as { value }; dudao does not score the items themselves.',
      },
      aliases: ['bb-gov-score'],
      source: {
        document: DOCUMENT,
        clause:
          '§2.2 bb-gov-score; corrections after the item-by-item audit (Guangdong 2016 notice; S11 MOE feedback to Hebei)',
        confidence: 'medium-high',
        note: 'Better attested than the first reading (low-medium): a Guangdong notice of 2016 and the Ministry’s feedback to Hebei (S11) both apply ≥ 85. The 17 items behind the score are not modelled: the county gives the total.',
      },
    },
    {
      id: 'social-recognition',
      name: { zh: '公众满意度', en: 'public satisfaction' },
      description: {
        zh: '调查中表示满意的人数 ÷ 调查人数 × 100。默认作为重要参考（advisory），不作为达标门槛；各地把85%作为达标条件的，以 customizeIndicatorSet 的 advisory: { "social-recognition": false } 切换。',
        en: 'Satisfied respondents ÷ respondents × 100. By default an important reference (advisory), not a pass threshold; where 85 % is a condition, switch it with customizeIndicatorSet’s advisory: { "social-recognition": false }.',
      },
      programme: PROGRAMME,
      aspect: 'social-recognition',
      scope: 'county',
      stages: BOTH,
      metric: 'survey-satisfaction',
      comparator: 'gte',
      thresholds: { all: '85' },
      unit: { zh: '%', en: '%' },
      advisory: true,
      source: {
        document: DOCUMENT,
        clause:
          '§2.2 bb-aspects (4) (S11); §2.2b (V3); corrections after the item-by-item audit (public satisfaction)',
        confidence: 'low-medium',
        note: 'Sources disagree whether ≥ 85 % is a condition or a reference. dudao’s default is a reference (advisory), as the 2012 measures read in V3 (an important reference, not a pass threshold); the switch advisory: { "social-recognition": false } makes it a condition. The 85 % figure is not confirmed verbatim (standards.md §7, question 3).',
      },
    },
  ],
});
