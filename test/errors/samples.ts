/**
 * A valid call of every exported function of dudao, built from the bundled sample city: the
 * hostile-input test replaces one argument at a time with something hostile and keeps the others
 * valid, so that each argument is reached. The type of {@link SAMPLES} lists every exported
 * function that is not excluded (with its reason) in {@link EXCLUDED}: a new export does not
 * compile here until it has a sample or a reason.
 */
import { readFileSync } from 'node:fs';
import * as dudao from '../../src/index.js';

const {
  assessCity,
  assessCompulsory,
  assessPreschool,
  assessSupervisionReform,
  compareAssessments,
  compulsoryBasic2012,
  compulsoryQuality2017,
  coverage,
  createVariationAccumulator,
  addToVariation,
  cityReportFromDocument,
  findingsFromAssessment,
  institutionsFromCompulsory,
  institutionsFromPreschool,
  ledgerReport,
  preschool2020,
  progressSeries,
  rectificationSummary,
  replayLedger,
  sampleCity,
  sealLedger,
  sealLedgerDocument,
  supervisionReform2020,
  toDecimal,
  trajectory,
  variationAccumulatorToJSON,
} = dudao;

/** The runtime exports that are functions (classes and schemas are not). */
export type FunctionName = {
  [K in keyof typeof dudao]: (typeof dudao)[K] extends (...args: never[]) => unknown ? K : never;
}[keyof typeof dudao];

/**
 * Exported functions the hostile-input test does not call, and why. Every other exported
 * function has a sample.
 */
export const EXCLUDED = {
  Decimal:
    "decimal.js's Decimal class (dudao's private clone), a constructor whose errors are decimal.js's own; untrusted numbers go through toDecimal",
} as const satisfies Partial<Record<FunctionName, string>>;

type Sampled = Exclude<FunctionName, keyof typeof EXCLUDED>;

/**
 * Argument positions that take a value dudao itself produced (an assessment, a ledger state, a
 * report, an indicator set, a zod schema): the function checks its kind and main fields, and
 * trusts what is nested in it. The test replaces such an argument whole, never one of its
 * fields. Every other argument is external input, checked in full.
 */
export const TRUSTED: Readonly<Partial<Record<Sampled, readonly number[]>>> = {
  // Indicator sets
  customizeIndicatorSet: [0],
  countyWorkbookTemplate: [0],
  assessCompulsory: [1],
  safeAssessCompulsory: [1],
  assessPreschool: [1],
  safeAssessPreschool: [1],
  assessSupervisionReform: [1],
  safeAssessSupervisionReform: [1],
  schoolExclusion: [1],
  institutionsFromCompulsory: [1],
  // Assessments and their results
  exactFractionOf: [0],
  exactValueOf: [0],
  explainResult: [0],
  compulsoryGaps: [0, 1],
  preschoolGaps: [0, 1],
  compareAssessments: [0, 1],
  safeCompareAssessments: [0, 1],
  progressItems: [0],
  readiness: [0],
  findingsFromAssessment: [0],
  metSinceFindings: [1],
  // Ledger states and issues
  raiseIssue: [0],
  addMeasure: [0],
  reportProgress: [0],
  reportRectification: [0],
  passVerification: [0],
  failVerification: [0],
  extendDeadline: [0],
  reopenIssue: [0],
  withdrawIssue: [0],
  closeIssue: [0],
  recordRecheck: [0],
  returnVisitSummary: [0],
  recheckSuggestions: [0, 1],
  returnVisitSummaryToJSON: [0],
  renderReturnVisitMarkdown: [0],
  returnVisitWorkbook: [0],
  findIssue: [0],
  isIssueOverdue: [0],
  issueAsOf: [0],
  issuesFromInspection: [0],
  issuesOfSchool: [0],
  issuesOfUnit: [0],
  issuesWithStatus: [0],
  overdueIssues: [0],
  rectificationBreakdown: [0],
  overdueList: [0],
  ledgerReport: [0],
  rectificationSummary: [0],
  weightedScore: [0],
  // Reports, series, coverage, comparisons
  ledgerReportToJSON: [0],
  projectClearance: [0],
  coverageOf: [0],
  renderCityAssessmentHtml: [0],
  renderCityAssessmentMarkdown: [0],
  citySummarySentence: [0],
  renderCityMarkdown: [0],
  renderCompulsoryCsv: [0, 1],
  renderLedgerCsv: [0],
  renderPreschoolCsv: [0, 1],
  renderVariationCsv: [0, 1],
  renderLedgerMarkdown: [0],
  renderCompulsoryMarkdown: [0, 1],
  renderPreschoolMarkdown: [0, 1],
  progressParagraph: [0],
  renderProgressMarkdown: [0],
  renderSupervisionReformMarkdown: [0, 1],
  issueSheet: [0],
  compulsoryWorkbook: [0, 1],
  ledgerWorkbook: [0],
  preschoolWorkbook: [0, 1],
  // A survey assessment
  recognitionFromSurvey: [0],
  // A zod schema
  parseWithSchema: [0],
  safeParseWithSchema: [0],
};

/** Builds fresh valid arguments for one exported function. */
export type Sample<K extends Sampled> = () => Parameters<(typeof dudao)[K]>;

// ── Shared valid values ─────────────────────────────────────────────────────────────────────────

const asOf = sampleCity.asOf;
const county = sampleCity.counties[0] as (typeof sampleCity.counties)[number];
const other = sampleCity.counties[1] as (typeof sampleCity.counties)[number];
const events = sampleCity.ledger.events;
const state = replayLedger(events);
const firstIssue = state.issues[0] as (typeof state.issues)[number];
// An issue in one of the statuses a command needs, and a day after every event of the sample.
const issueIn = (...statuses: string[]): string => {
  const found = state.issues.find((issue) => statuses.includes(issue.status));
  if (found === undefined) throw new Error(`the sample ledger has no issue in ${statuses.join(', ')}`);
  return found.id;
};
const later = '2029-12-31';
const compulsory = assessCompulsory(county.compulsory, compulsoryQuality2017);
const compulsoryOther = assessCompulsory(other.compulsory, compulsoryQuality2017);
const preschool = assessPreschool(county.preschool, preschool2020);
const reformInput: unknown = JSON.parse(
  readFileSync(new URL('../../examples/county-supervision-reform.json', import.meta.url), 'utf8'),
);
const reform = assessSupervisionReform(reformInput, supervisionReform2020);
const report = ledgerReport(state, { asOf });
const summary = rectificationSummary(state, { asOf });
const series = progressSeries(events, { from: '2024-01-01', to: asOf, every: 'month' });
const city = cityReportFromDocument(sampleCity.city, { asOf });
// A smaller city and ledger for the calls whose cost grows with them (each is made hundreds of
// times): one county, and the first 30 events (a prefix of a history is a history).
const ledger = { ...sampleCity.ledger, events: events.slice(0, 30) };
const smallCity = { ...sampleCity, counties: sampleCity.counties.slice(0, 1), ledger };
const cityAssessment = assessCity(smallCity, { asOf });
const sealedLedger = sealLedgerDocument(ledger);
const comparison = compareAssessments(compulsory, compulsory);
const institutions = institutionsFromCompulsory(county.compulsory, compulsoryQuality2017);
const coverageEntries = coverage(sampleCity.inspections, [
  ...sampleCity.counties.flatMap((c) => institutionsFromCompulsory(c.compulsory, compulsoryQuality2017)),
  ...sampleCity.counties.flatMap((c) => institutionsFromPreschool(c.preschool)),
]);
const firstEntry = coverageEntries[0] as (typeof coverageEntries)[number];
const accumulator = addToVariation(createVariationAccumulator(), '4.5', '812');
const findings = findingsFromAssessment(compulsoryOther, {
  inspection: { id: 'hostile-test', level: 'municipal' },
  at: asOf,
  deadline: '2026-06-30',
});
const school = county.compulsory.schools[0] as (typeof county.compulsory.schools)[number];
const sealed = sealLedger(events);
const dated = [
  { date: '2023-12-31', assessment: compulsoryOther },
  { date: '2024-12-31', assessment: compulsoryOther },
];
const traced = trajectory(dated);
const indicatorResult = compulsory.sections[0]?.results[0];
const countyResult = compulsory.countyIndicators[0];
// A return visit (回访督导): the example ledger whose later inspection rechecks earlier issues.
const visitLedger = JSON.parse(
  readFileSync(new URL('../../examples/return-visit.json', import.meta.url), 'utf8'),
) as { readonly events: dudao.LedgerEvent[] };
const visit = 'M-2024-11-return';
const firstRecheck = visitLedger.events.findIndex((e) => e.type === 'issue-rechecked');
const beforeRecheck = dudao.replayLedger(visitLedger.events.slice(0, firstRecheck));
const { type: _recheckType, ...recheckInput } = visitLedger.events[firstRecheck] as dudao.IssueRecheckedEvent;
const visitState = dudao.replayLedger(visitLedger.events);
const visitSummary = dudao.returnVisitSummary(visitState, { inspection: visit });
// A social-recognition survey: one group and area, enough to reach every field.
const surveyFrame = { population: 400000, areas: { urban: 160000, town: 80000, rural: 160000 } };
const surveyDocument = (): dudao.RecognitionSurvey => ({
  schemaVersion: 1,
  county: { code: '610328', name: '示例县' },
  year: 2024,
  frame: surveyFrame,
  cells: [
    {
      group: 'parents',
      area: 'urban',
      respondents: 300,
      answers: { overall: { satisfied: 280, neutral: 20 } },
    },
    {
      group: 'teachers',
      area: 'rural',
      respondents: 300,
      answers: { overall: { satisfied: 250, neutral: 50 } },
    },
  ],
});
// A supervision opinion (督导意见书) of the municipal return visit, for one county of the small city.
const opinionOptions = {
  inspection: 'SL-2025-11-return',
  county: '990101',
  asOf,
  issuer: '示例市人民政府教育督导室',
  recipient: '东湖县人民政府',
  deadline: '2026-06-30',
};
const opinion = dudao.supervisionOpinion(smallCity, opinionOptions);
const fix = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('the sample city lacks a value the samples need');
  return value;
};

// ── One valid call per function ─────────────────────────────────────────────────────────────────

export const SAMPLES: { readonly [K in Sampled]: Sample<K> } = {
  // Getting data in
  compulsoryCsvTemplate: () => [{ lang: 'en' }],
  decodeText: () => [new Uint8Array([0xd1, 0xa7, 0xd0, 0xa3, 0xb4, 0xfa, 0xc2, 0xeb]), { encoding: 'auto' }],
  compulsoryDatasetFromCsv: () => [
    'school id,school name,school kind,ownership,stage,pupils,classes\ns01,City Primary,primary,public,primary,812,18\n',
    { county: { code: '610328', name: '示例县' }, year: 2021 },
  ],
  compulsoryDatasetFromSheet: () => [
    {
      name: '学校数据',
      rows: [
        ['学校代码', '学校名称', '学校类型', '办学性质', '学段', '在校生数', '班级数'],
        ['s01', '城关小学', '小学', '公办', '小学', 812, 18],
      ],
    },
    { county: { code: '610328', name: '示例县' }, year: 2021 },
  ],
  compulsoryDatasetFromTable: () => [
    {
      source: { path: ['grid'], name: { zh: '表格', en: 'the grid' }, fixedWidth: false },
      rows: [
        { row: 1, cells: ['学校代码', '学校名称', '学校类型', '办学性质', '学段', '在校生数', '班级数'] },
        { row: 2, cells: ['s01', '城关小学', '小学', '公办', '小学', 812, 18] },
      ],
    },
    { county: { code: '610328', name: '示例县' }, year: 2021 },
  ],
  compulsoryTemplateWorkbook: () => [{ lang: 'zh' }],
  countyWorkbookTemplate: () => [compulsoryQuality2017, { lang: 'zh', moneyUnit: '万元' }],
  preschoolDatasetFromWorkbook: () => [
    [
      {
        name: '幼儿园数据',
        rows: [
          ['幼儿园代码', '幼儿园名称', '办园性质', '在园幼儿数', '小班各班人数', '专任教师数', '寄宿制'],
          ['k01', '县第一幼儿园', '教育部门办', 50, '25;25', 4, '否'],
        ],
      },
      {
        name: '县级指标',
        rows: [
          ['指标代码', '数值', '达到/未达到', '佐证说明'],
          ['populationAged3to5', 60, null, null],
          ['party-leadership', null, '达到', '材料齐全'],
        ],
      },
      {
        name: '一票否决',
        rows: [
          ['代码', '存在/不存在'],
          ['falsified-data', '不存在'],
        ],
      },
      {
        name: '社会认可度',
        rows: [
          ['调查人数', '满意人数'],
          [900, 783],
        ],
      },
    ],
    { county: { code: '610323', name: '示例县' }, year: 2021, set: preschool2020 },
  ],
  compulsoryDatasetFromWorkbook: () => [
    [
      {
        name: '学校数据',
        rows: [
          [
            '学校代码',
            '学校名称',
            '学校类型',
            '办学性质',
            '学段',
            '在校生数',
            '班级数',
            '教学仪器设备值(万元)',
          ],
          ['s01', '城关小学', '小学', '公办', '小学', 812, 18, 180.5],
        ],
      },
      {
        name: '县级指标',
        rows: [
          ['指标代码', '数值', '达到/未达到', '佐证说明'],
          ['teacher-exchange', 12.5, null, null],
        ],
      },
      {
        name: '一票否决',
        rows: [
          ['代码', '存在/不存在'],
          ['exam-admission', '不存在'],
        ],
      },
      {
        name: '社会认可度',
        rows: [
          ['调查人数', '满意人数'],
          [1200, 1068],
        ],
      },
    ],
    { county: { code: '610328', name: '示例县' }, year: 2021, set: compulsoryQuality2017 },
  ],
  parseCompulsoryDataset: () => [county.compulsory],
  safeParseCompulsoryDataset: () => [county.compulsory],
  parseWithSchema: () => [dudao.teacherCountsSchema, { fullTime: 48, pe: 3 }, ['teachers']],
  safeParseWithSchema: () => [dudao.teacherCountsSchema, { fullTime: 48, pe: 3 }, ['teachers']],
  parsePreschoolDataset: () => [county.preschool],
  safeParsePreschoolDataset: () => [county.preschool],

  // Indicator sets
  getIndicatorSet: () => ['compulsory-quality-2017'],
  customizeIndicatorSet: () => [
    compulsoryQuality2017,
    { id: 'province', thresholds: { 'class-size': { primary: '40' } } },
  ],
  parseIndicatorSet: () => [JSON.parse(JSON.stringify(compulsoryBasic2012))],
  safeParseIndicatorSet: () => [JSON.parse(JSON.stringify(compulsoryBasic2012))],

  // Social recognition survey
  surveyPlan: () => [surveyFrame, dudao.SURVEY_RULES],
  assessSurvey: () => [surveyDocument(), dudao.SURVEY_RULES],
  safeAssessSurvey: () => [surveyDocument(), dudao.SURVEY_RULES],
  parseRecognitionSurvey: () => [surveyDocument()],
  customizeSurveyRules: () => [
    dudao.SURVEY_RULES,
    { id: 'province', name: { zh: '某省', en: 'a province' }, sampling: { rate: '0.001' } },
  ],
  recognitionFromSurvey: () => [dudao.assessSurvey(surveyDocument())],

  // Assessing
  assessCompulsory: () => [county.compulsory, compulsoryQuality2017, {}],
  safeAssessCompulsory: () => [county.compulsory, compulsoryQuality2017, {}],
  compulsoryPupils: () => [school],
  schoolExclusion: () => [school, compulsoryQuality2017, {}],
  exactFractionOf: () => [fix(indicatorResult)],
  exactValueOf: () => [fix(indicatorResult)],
  explainResult: () => [fix(countyResult)],
  compulsoryGaps: () => [compulsoryOther, compulsoryQuality2017],
  assessPreschool: () => [county.preschool, preschool2020, {}],
  safeAssessPreschool: () => [county.preschool, preschool2020, {}],
  preschoolGaps: () => [preschool, preschool2020],

  // Progress
  compareAssessments: () => [compulsoryOther, compulsoryOther, {}],
  safeCompareAssessments: () => [compulsoryOther, compulsoryOther, {}],
  progressItems: () => [compulsoryOther, {}],
  readiness: () => [compulsoryOther, {}],
  trajectory: () => [dated, { targetYear: 2026 }],
  safeTrajectory: () => [dated, { targetYear: 2026 }],

  // Ledger
  findingsFromAssessment: () => [
    compulsoryOther,
    { inspection: { id: 'hostile-test', level: 'municipal' }, at: asOf, deadline: '2026-06-30' },
  ],
  metSinceFindings: () => [findings, compulsory],
  raiseIssue: () => [
    state,
    { at: later, issue: { ...fix(findings[0]).issue, id: 'hostile-new', deadline: '2030-06-30' } },
  ],
  addMeasure: () => [state, { at: later, issueId: issueIn('open', 'in-progress'), text: 'a measure' }],
  reportProgress: () => [state, { at: later, issueId: issueIn('open', 'in-progress'), text: 'progress' }],
  reportRectification: () => [
    state,
    { at: later, issueId: issueIn('in-progress'), evidence: [{ title: 'photos' }] },
  ],
  passVerification: () => [state, { at: later, issueId: issueIn('rectified'), by: 'city' }],
  failVerification: () => [state, { at: later, issueId: issueIn('rectified'), reason: 'not done' }],
  extendDeadline: () => [
    state,
    { at: later, issueId: issueIn('open', 'in-progress'), deadline: '2030-12-31', reason: 'works' },
  ],
  reopenIssue: () => [state, { at: later, issueId: issueIn('closed'), reason: 'found again' }],
  withdrawIssue: () => [state, { at: later, issueId: issueIn('open'), reason: 'duplicate' }],
  closeIssue: () => [state, { at: later, issueId: issueIn('verified') }],
  recordRecheck: () => [beforeRecheck, recheckInput],
  ledgerInspectionProblems: () => [visitLedger.events, [{ id: visit, level: 'municipal' }]],
  returnVisitSummary: () => [visitState, { inspection: visit, asOf: '2024-12-31' }],
  returnVisitSentence: () => [visitSummary],
  returnVisitSummaryToJSON: () => [visitSummary],
  recheckSuggestions: () => [visitState, visitSummary, compulsory],
  renderReturnVisitMarkdown: () => [visitSummary, { lang: 'en' }],
  returnVisitWorkbook: () => [visitSummary, {}],
  loadLedger: () => [ledger],
  replayLedger: () => [events, undefined],
  findIssue: () => [state, firstIssue.id],
  isIssueOverdue: () => [firstIssue, asOf],
  issueAsOf: () => [firstIssue, asOf],
  issuesFromInspection: () => [state, fix(sampleCity.inspections[0]).id],
  issuesOfSchool: () => [state, school.id],
  issuesOfUnit: () => [state, 'county education bureau', { role: 'any' }],
  issuesWithStatus: () => [state, 'open', { asOf }],
  overdueIssues: () => [state, { asOf }],
  canonicalJson: () => [{ b: [1, '2'], a: null }],
  ledgerSealBytes: () => [{ head: fix(sealed.at(-1)).hash, count: sealed.length }],
  sealLedger: () => [events, {}],
  sealLedgerDocument: () => [ledger],
  signLedgerDocument: () => [ledger, () => 'signature'],
  verifyLedger: () => [sealed, {}],
  verifyLedgerDocument: () => [sealedLedger, {}],
  verifySignedLedgerDocument: () => [sealedLedger, () => true],
  isRectifiedStatus: () => ['verified'],
  parseLedgerDocument: () => [ledger],
  safeParseLedgerDocument: () => [ledger],

  // Rectification scoring
  rectificationBreakdown: () => [state, { asOf, by: 'county' }],
  scopeKey: () => [{ kind: 'school', schoolId: 's01' }],
  daysOverdue: () => ['2024-06-30', asOf],
  daysToDeadline: () => ['2024-06-30', asOf],
  isOverdue: () => ['2024-06-30', asOf],
  overdueList: () => [state, { asOf }],
  projectClearance: () => [series, { target: '2026-12-31' }],
  ledgerReport: () => [state, { asOf }],
  ledgerReportToJSON: () => [report],
  progressSeries: () => [events, { from: '2024-01-01', to: asOf, every: 'month' }],
  rectificationSummary: () => [state, { asOf }],
  rectificationSummaryToJSON: () => [summary],
  summarizeIssues: () => [state.issues, { asOf }],
  weightedScore: () => [state, { asOf }],

  // Inspection and city
  assessCity: () => [smallCity, { asOf }],
  cityReport: () => [
    {
      counties: sampleCity.city.counties,
      plans: sampleCity.city.plans,
      inspections: sampleCity.city.inspections,
    },
    { asOf },
  ],
  cityReportFromDocument: () => [sampleCity.city, { asOf }],
  coverage: () => [sampleCity.inspections, institutions],
  coverageOf: () => [coverageEntries, firstEntry.county, firstEntry.programme],
  institutionsFromCompulsory: () => [county.compulsory, compulsoryQuality2017, {}],
  institutionsFromPreschool: () => [county.preschool],
  planStatus: () => [fix(sampleCity.plans[0]), { asOf }],
  assessSupervisionReform: () => [reformInput, supervisionReform2020],
  safeAssessSupervisionReform: () => [reformInput, supervisionReform2020],
  planTeams: () => [institutions, { groups: 2, by: 'township' }],
  parseCityDocument: () => [sampleCity.city],
  parseCreationPlan: () => [fix(sampleCity.plans[0])],
  parseInspection: () => [fix(sampleCity.inspections[0])],
  parseInspections: () => [sampleCity.inspections],
  safeParseCityDocument: () => [sampleCity.city],
  safeParseCreationPlan: () => [fix(sampleCity.plans[0])],
  safeParseInspection: () => [fix(sampleCity.inspections[0])],
  safeParseInspections: () => [sampleCity.inspections],

  // Reports
  csvCell: () => [{ value: 4.9, text: '4.90', places: 2 }],
  csvField: () => ['a,"b"'],
  formatCsv: () => [[['a', { value: 812, text: '812', places: 0 }, null]], { bom: true }],
  renderCityAssessmentHtml: () => [cityAssessment, {}],
  renderCityAssessmentMarkdown: () => [cityAssessment, {}],
  citySummarySentence: () => [city, 'en'],
  renderCityMarkdown: () => [city, { lang: 'en' }],
  supervisionOpinion: () => [smallCity, opinionOptions],
  renderSupervisionOpinionMarkdown: () => [opinion, { lang: 'en' }],
  renderSupervisionOpinionHtml: () => [opinion, { lang: 'en' }],
  renderSupervisionOpinionDocx: () => [opinion, { lang: 'en' }],
  issueCategoryLabel: () => ['teachers'],
  namesFromCity: () => [smallCity],
  issueSheet: () => [
    dudao.replayLedger(ledger.events),
    { asOf, lang: 'en', names: { counties: { '990101': '东湖县' }, institutions: {}, inspections: {} } },
  ],
  renderCompulsoryCsv: () => [compulsory, compulsoryQuality2017, {}],
  renderLedgerCsv: () => [report, {}],
  renderPreschoolCsv: () => [preschool, preschool2020, {}],
  renderVariationCsv: () => [compulsory, compulsoryQuality2017, {}],
  formatDecimal: () => [toDecimal('1.2345'), 2],
  renderHtmlReport: () => [
    {
      title: '示例县',
      notice: '示例数据',
      compulsory: [{ assessment: compulsory, set: compulsoryQuality2017 }],
    },
    { lang: 'zh' },
  ],
  toJsonDocument: () => [{ assessment: compulsory }],
  ledgerSentence: () => [summary, 'zh'],
  renderLedgerMarkdown: () => [report, { lang: 'en' }],
  renderCompulsoryMarkdown: () => [compulsory, compulsoryQuality2017, {}],
  renderPreschoolMarkdown: () => [preschool, preschool2020, {}],
  progressParagraph: () => [comparison, {}],
  renderProgressMarkdown: () => [{ comparisons: [comparison], trajectory: traced }, {}],
  renderSupervisionReformMarkdown: () => [reform, supervisionReform2020, {}],
  compulsoryWorkbook: () => [compulsory, compulsoryQuality2017, {}],
  ledgerWorkbook: () => [report, {}],
  preschoolWorkbook: () => [preschool, preschool2020, {}],

  // Numbers and statistics
  decimalToJSON: () => [toDecimal('1.5')],
  roundForDisplay: () => [toDecimal('1.2345'), 2],
  toDecimal: () => ['1.5', { path: ['x'] }],
  addToVariation: () => [createVariationAccumulator(), '4.5', '812', ['schools', 0]],
  compositeFromAccumulators: () => [[accumulator, accumulator], {}],
  createVariationAccumulator: () => [],
  mergeVariation: () => [accumulator, accumulator],
  variationAccumulatorFromJSON: () => [variationAccumulatorToJSON(accumulator), ['acc']],
  variationAccumulatorToJSON: () => [accumulator],
  variationResult: () => [accumulator, {}],
  coefficientOfVariation: () => [['4.5', '5', '6'], [812, 500, 300], {}],
  compositeCoefficientOfVariation: () => [['0.4', '0.5'], {}],

  // Errors
  formatPath: () => [['schools', 3, 'pupils']],
  isDudaoError: () => [new dudao.DudaoError([{ code: 'negative', path: [], message: 'm', messageZh: '负' }])],
  safely: () => [() => 42],

  // Sample data: none is a function.
};
