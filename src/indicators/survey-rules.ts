/**
 * The national default rules of the social-recognition survey (社会认可度调查), as data with their
 * sources. No national text fixing the sample was retrieved: the 1.5 ‰ rate, the 600 minimum and
 * the parents' 50 % come from a provincial plan that cites 教督〔2012〕3号 and agree with a 2024
 * county notice; the rest are dudao's documented defaults. A province changes them with
 * `customizeSurveyRules`.
 * @module
 */
import type { SurveyRules } from '../schema/survey.js';
import { deepFreeze } from './freeze.js';

const GANSU =
  '甘肃省县域义务教育均衡发展公众满意度调查方案 (provincial plan, two public copies), citing 教督〔2012〕3号';

/**
 * The national default rules of the social-recognition survey (社会认可度调查规则, `national-default`):
 *
 * - sample: 1.5 ‰ of the resident population (常住人口), at least 600 questionnaires, no maximum;
 * - groups: parents (学生家长) 50 % planned and at least 50 % checked; students, teachers,
 *   principals, deputies and CPPCC members, and other residents 10 % each, planned but not checked;
 * - areas: urban, town and rural respondents in proportion to the population, each area's share
 *   within 5 percentage points of its population share;
 * - answers: 满意 and 比较满意 count as satisfied; 基本满意/一般, 不满意 and 不了解 do not (every
 *   answer stays in the denominator);
 * - valid questionnaires: at least 70 % of those issued, when the survey says how many were issued;
 * - threshold: 85 % (the recognition threshold of the 2017 and 2020 standards);
 * - overall figure: every question pooled (satisfied answers ÷ answers).
 *
 * Each rule's source and how well it is attested are in `sources`. What is attested: the 85 %
 * threshold (high); 1.5 ‰, 600 and parents ≥ 50 % (medium: a provincial plan citing the national
 * 2012 document, and a 2024 county notice; one third-party system says 1 ‰); urban/town/rural in
 * proportion and separate questionnaires per group (medium: the 2024 notice). dudao's own
 * defaults, to be replaced by the province's figures: the other groups' equal shares (the
 * provincial plan says only "roughly equal"), the 5-point tolerance, and the answer scale.
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * SURVEY_RULES.sampling; //=> { rate: '0.0015', minimum: 600, maximum: null }
 * SURVEY_RULES.groups.parents; //=> { share: '0.5', minShare: '0.5' }
 * ```
 */
export const SURVEY_RULES: SurveyRules = /* @__PURE__ */ deepFreeze({
  id: 'national-default',
  name: { zh: '社会认可度调查（全国默认规则）', en: 'Social recognition survey (national defaults)' },
  sampling: { rate: '0.0015', minimum: 600, maximum: null },
  groups: {
    parents: { share: '0.5', minShare: '0.5' },
    students: { share: '0.1', minShare: null },
    teachers: { share: '0.1', minShare: null },
    principals: { share: '0.1', minShare: null },
    deputies: { share: '0.1', minShare: null },
    residents: { share: '0.1', minShare: null },
  },
  areaTolerance: '0.05',
  minReturnRate: '0.7',
  options: [
    { id: 'satisfied', name: { zh: '满意', en: 'satisfied' }, counts: 'satisfied' },
    { id: 'fairly-satisfied', name: { zh: '比较满意', en: 'fairly satisfied' }, counts: 'satisfied' },
    { id: 'neutral', name: { zh: '基本满意/一般', en: 'neutral' }, counts: 'not-satisfied' },
    { id: 'dissatisfied', name: { zh: '不满意', en: 'dissatisfied' }, counts: 'not-satisfied' },
    { id: 'unknown', name: { zh: '不了解', en: "don't know" }, counts: 'not-satisfied' },
  ],
  threshold: '85',
  overallQuestion: null,
  sources: [
    {
      rule: 'threshold',
      source: '教督〔2017〕6号 (优质均衡) and 教督〔2020〕1号 (学前普及普惠): social recognition ≥ 85 %',
      confidence: 'high',
    },
    {
      rule: 'sampling.rate',
      source: `${GANSU}; a 2024 county notice (about 1.5 ‰ of residents)`,
      confidence: 'medium',
      note: 'The national text was not retrieved. One third-party system says 1 ‰; a 2022 preschool survey plan (济源) uses 1 ‰ in population bands (200 to 1,000 questionnaires): provincial practice, set it with customizeSurveyRules.',
    },
    {
      rule: 'sampling.minimum',
      source: `${GANSU}: counties under 400,000 residents sample 600`,
      confidence: 'medium',
      note: '600 = 1.5 ‰ × 400,000, so the minimum and the rate agree at the boundary.',
    },
    {
      rule: 'groups.parents',
      source: `${GANSU}: parents not below 50 %; a 2024 county notice: parents at least half`,
      confidence: 'medium',
    },
    {
      rule: 'groups (others)',
      source: `${GANSU}: the other groups roughly equal; standards.md sr-respondents: students, parents, teachers, principals, deputies, CPPCC members, residents`,
      confidence: 'low',
      note: 'Equal 10 % shares are dudao’s reading of "roughly equal"; they are planned, not checked (minShare null). Provinces publish fixed tables (济源 2022 preschool: parents 70 %, teachers 20 %, directors 5 %, deputies 5 %).',
    },
    {
      rule: 'minReturnRate',
      source: `${GANSU}: valid questionnaires at least 70 % of those issued`,
      confidence: 'medium',
      note: 'Checked only when the survey gives the number issued; online questionnaires (QR codes) usually have none.',
    },
    {
      rule: 'areaTolerance',
      source: 'a 2024 county notice: urban, town and rural respondents in proportion',
      confidence: 'low',
      note: 'Proportional sampling is attested (medium); no source gives a tolerance: 5 percentage points is dudao’s default.',
    },
    {
      rule: 'options',
      source:
        'questionnaire practice (a 5-option scale 满意, 比较满意, 基本满意, 不满意, 不了解 is described for provincial satisfaction surveys)',
      confidence: 'low',
      note: 'Which options count as satisfied is not fixed nationally; dudao counts 满意 and 比较满意 and keeps every answer in the denominator.',
    },
  ],
});
