/**
 * dudao (督导): China's county-level education supervision standards as exact, explained, pure
 * functions.
 *
 * This file is the public API: an explicit list of what `import … from 'dudao'` offers, in
 * sections by task. Each `// @category` line names the section of the API reference that the
 * exports below it belong to. Anything not listed here is internal and may change in any release.
 * `api/dudao.api.md` records the list; `npm run api:update` rewrites it after a change.
 *
 * @module dudao
 * @categoryDescription Getting data in
 * Validate the documents dudao reads (a county's compulsory-education or preschool dataset, a
 * supervision-reform checklist) with their zod schemas, or read a school sheet (CSV, spreadsheet
 * rows) into a dataset. `parse…` throws a {@link DudaoError}, `safeParse…` returns it.
 * @categoryDescription Indicator sets
 * The published standards as data (指标体系), and provincial variants derived from them or read
 * from JSON.
 * @categoryDescription Assessing compulsory education
 * 县域义务教育优质均衡 (2017) and 基本均衡 (2012): a county assessed school section by school
 * section, with the inter-school coefficients of variation, the verdict and what it takes to meet
 * every unmet indicator.
 * @categoryDescription Assessing preschool education
 * 县域学前教育普及普惠 (2020): kindergartens, county indicators, the verdict and the gaps.
 * @categoryDescription Social recognition survey
 * 社会认可度调查: the sample a county must draw (1.5 ‰ of residents, parents at least half,
 * urban/town/rural in proportion), whether the sample it drew is valid, satisfaction overall and
 * by group, area and question, and the `survey` field the sets' recognition indicator reads.
 * The sampling rules are data with their sources; provinces derive their own.
 * @categoryDescription Following progress
 * Two or more assessments of one county compared: readiness, items newly met or lost,
 * trajectories towards the target year.
 * @categoryDescription Issue ledger
 * 整改台账 as an append-only event history: commands that validate each step, replay, queries,
 * a tamper-evident seal, and the bridge from an assessment's unmet indicators to issues.
 * @categoryDescription Rectification scoring
 * 整改率 and the figures derived from a ledger on a given day: summaries, breakdowns, overdue
 * lists, weighted scores, series and projections.
 * @categoryDescription Inspection and city
 * Inspections (督导活动), coverage, creation plans and their stages, inspection teams, the
 * supervision-reform checklist, and a city's view of its counties.
 * @categoryDescription Reports
 * Markdown, CSV, spreadsheet tables and self-contained HTML, in Chinese or English, and the
 * labels they use.
 * @categoryDescription Numbers and statistics
 * dudao's own Decimal, exact conversion of inputs, the JSON form of results, and the
 * enrolment-weighted coefficient of variation (差异系数), also computed piece by piece.
 * @categoryDescription Errors
 * {@link DudaoError}: a code (one of {@link DudaoErrorCode}), the field path and an English and
 * a Chinese message for every problem found; {@link isDudaoError} recognises one from any copy of
 * dudao, and {@link safely} turns any call into a result instead of a throw.
 * @categoryDescription Sample data
 * A synthetic city (示例数据) to try everything on.
 */

// @category Getting data in

export type { CompulsoryCsvColumn, CompulsoryCsvColumnType } from './io/compulsory-columns.js';
export { COMPULSORY_CSV_COLUMNS } from './io/compulsory-columns.js';
export type { CompulsoryCsvReadOptions } from './io/compulsory-csv.js';
export { compulsoryCsvTemplate, compulsoryDatasetFromCsv } from './io/compulsory-csv.js';
export type {
  CompulsoryCsvOptions,
  CompulsoryTable,
  SheetRows,
  TableCell,
  TableRow,
  TableSource,
} from './io/compulsory-reader.js';
export { compulsoryDatasetFromSheet, compulsoryDatasetFromTable } from './io/compulsory-reader.js';
export { compulsoryTemplateWorkbook } from './io/compulsory-template.js';
export type {
  CountyWorkbookOptions,
  CountyWorkbookTemplate,
  DropDownList,
} from './io/county-workbook.js';
export {
  COUNTY_WORKBOOK_SHEETS,
  compulsoryDatasetFromWorkbook,
  countyWorkbookTemplate,
  preschoolDatasetFromWorkbook,
} from './io/county-workbook.js';
export type { DecodedText, DecodeTextOptions, TextEncodingChoice, TextEncodingName } from './io/encoding.js';
export { decodeText, ENCODING_LABELS, TEXT_ENCODING_CHOICES } from './io/encoding.js';
export type { PreschoolColumn, PreschoolColumnType } from './io/preschool-sheet.js';
export { PRESCHOOL_COLUMNS } from './io/preschool-sheet.js';
export type { SheetColumn } from './io/sheet-column.js';
export type { County, CountyFact, MoneyUnit, Quantity, Rate, Survey } from './schema/common.js';
export {
  countyFactSchema,
  countySchema,
  moneyUnitSchema,
  QUANTITY_LIMITS,
  rateSchema,
  surveySchema,
  TEXT_LIMITS,
} from './schema/common.js';
export type {
  CompulsoryDataset,
  School,
  SchoolKind,
  SchoolSection,
  SchoolStock,
  SectionRates,
  TeacherCounts,
  ValidCompulsoryDataset,
} from './schema/compulsory.js';
export {
  compulsoryDatasetSchema,
  parseCompulsoryDataset,
  safeParseCompulsoryDataset,
  schoolKindSchema,
  schoolSchema,
  schoolSectionSchema,
  schoolStockSchema,
  sectionRatesSchema,
  teacherCountsSchema,
} from './schema/compulsory.js';
export type { SupervisionReformDataset } from './schema/inspection.js';
export { supervisionReformDatasetSchema } from './schema/inspection.js';
export { parseWithSchema, safeParseWithSchema } from './schema/parse.js';
export type {
  AttachedClass,
  Kindergarten,
  KindergartenClass,
  KindergartenOwnership,
  PreschoolDataset,
  TeacherPay,
  ValidPreschoolDataset,
} from './schema/preschool.js';
export {
  attachedClassSchema,
  kindergartenClassSchema,
  kindergartenOwnershipSchema,
  kindergartenSchema,
  parsePreschoolDataset,
  preschoolDatasetSchema,
  safeParsePreschoolDataset,
  teacherPaySchema,
} from './schema/preschool.js';
export type { Validated, ValidatedKind } from './schema/validated.js';

// @category Indicator sets

export { builtInIndicatorSets, getIndicatorSet } from './indicators/built-in.js';
export { compulsoryBasic2012 } from './indicators/compulsory-basic-2012.js';
export { compulsoryQuality2017 } from './indicators/compulsory-quality-2017.js';
export type { IndicatorSetChanges, IndicatorSetRuleChanges } from './indicators/customize.js';
export { customizeIndicatorSet } from './indicators/customize.js';
export { parseIndicatorSet, safeParseIndicatorSet } from './indicators/parse.js';
export { preschool2020, preschool2020Henan } from './indicators/preschool-2020.js';
export { nationalSplitWeights } from './indicators/split-weights.js';
export { supervisionReform2020 } from './indicators/supervision-reform-2020.js';
export type {
  Comparator,
  Customization,
  Indicator,
  IndicatorSet,
  IndicatorSetRules,
  Label,
  Programme,
  Scope,
  Stage,
  Thresholds,
  VariationRule,
} from './indicators/types.js';
export {
  comparatorSchema,
  customizationSchema,
  indicatorSchema,
  indicatorSetRulesSchema,
  indicatorSetSchema,
  labelSchema,
  programmeSchema,
  scopeSchema,
  stageSchema,
  thresholdsSchema,
  variationRuleSchema,
} from './schema/indicator-set.js';

// @category Assessing compulsory education

export type { CompulsoryAssessment, CompulsoryAssessOptions } from './assess/county.js';
export { assessCompulsory, safeAssessCompulsory } from './assess/county.js';
export type { ExclusionOptions } from './assess/exclusion.js';
export { compulsoryPupils, schoolExclusion } from './assess/exclusion.js';
export type { ExactDecimalFraction } from './assess/explain.js';
export { exactFractionOf, exactValueOf, explainResult } from './assess/explain.js';
export type { CompulsoryGaps, IndicatorGap, LevellingPlan, SectionFix } from './assess/gap.js';
export { compulsoryGaps } from './assess/gap.js';
export type { AssessmentHeader, VerdictStatus } from './assess/header.js';
export type { MetricQuantity } from './assess/metrics.js';
export type {
  CompositeEntry,
  CountyIndicatorResult,
  DataWarning,
  DerivedFigure,
  ExactFraction,
  Exclusion,
  Figure,
  IndicatorResult,
  IndicatorStatus,
  InformationalComposite,
  InputFigure,
  RoundedComparison,
  SchoolAssessment,
  SectionAssessment,
  VariationEntry,
  VerdictReason,
} from './assess/types.js';

// @category Assessing preschool education

export { assessPreschool, safeAssessPreschool } from './assess/preschool.js';
export type {
  ClassSplitGap,
  ConversionGap,
  EnrolmentGap,
  PremisesGap,
  PreschoolGaps,
  TeacherGap,
} from './assess/preschool-gap.js';
export { preschoolGaps } from './assess/preschool-gap.js';
export type {
  ClassSizeCheck,
  ComplianceStatus,
  ComplianceTally,
  KindergartenAssessment,
  KindergartenCountShare,
  KindergartenFlag,
  PreschoolAssessment,
  PreschoolAssessOptions,
  PreschoolCompliance,
  PreschoolTotals,
  TownshipSummary,
} from './assess/preschool-types.js';

// @category Social recognition survey

export type {
  SurveyAssessment,
  SurveyPlan,
  SurveyRate,
  SurveyRecognition,
  SurveySampleCheck,
} from './assess/survey.js';
export {
  assessSurvey,
  customizeSurveyRules,
  parseRecognitionSurvey,
  recognitionFromSurvey,
  safeAssessSurvey,
  surveyPlan,
} from './assess/survey.js';
export { SURVEY_RULES } from './indicators/survey-rules.js';
export type {
  RecognitionSurvey,
  SurveyArea,
  SurveyCell,
  SurveyFrame,
  SurveyGroup,
  SurveyRespondent,
  SurveyRules,
  SurveyRulesOverride,
} from './schema/survey.js';
export {
  recognitionSurveySchema,
  SURVEY_AREAS,
  SURVEY_GROUPS,
  SURVEY_LIMITS,
  surveyCellSchema,
  surveyFrameSchema,
  surveyRespondentSchema,
  surveyRulesOverrideSchema,
  surveyRulesSchema,
} from './schema/survey.js';

// @category Following progress

export type {
  AssessmentComparison,
  InstitutionRef,
  ItemChange,
  ItemMovement,
  ItemSnapshot,
  SectionChange,
} from './progress/compare.js';
export { compareAssessments, safeCompareAssessments } from './progress/compare.js';
export type {
  ProgressAssessment,
  ProgressItem,
  ProgressItemKind,
  ProgressOptions,
} from './progress/items.js';
export { progressItems } from './progress/items.js';
export type {
  AspectReadiness,
  DistanceTerm,
  InstitutionReadiness,
  Readiness,
  ReadinessShare,
} from './progress/readiness.js';
export { readiness } from './progress/readiness.js';
export type {
  DatedAssessment,
  ItemSeries,
  Projection,
  ProjectionStatus,
  SeriesValue,
  Trajectory,
  TrajectoryOptions,
} from './progress/trajectory.js';
export { safeTrajectory, trajectory } from './progress/trajectory.js';

// @category Issue ledger

export type { FindingCheck, FindingsAssessment, FindingsOptions } from './assess/findings.js';
export { findingsFromAssessment, metSinceFindings } from './assess/findings.js';
export { ISSUE_CATEGORY_LABELS, issueCategoryLabel } from './ledger/categories.js';
export type { EventInput, InspectionCheckOptions, KnownInspection } from './ledger/events.js';
export {
  addMeasure,
  closeIssue,
  extendDeadline,
  failVerification,
  ledgerInspectionProblems,
  passVerification,
  raiseIssue,
  recordRecheck,
  reopenIssue,
  reportProgress,
  reportRectification,
  withdrawIssue,
} from './ledger/events.js';
export { loadLedger, replayLedger } from './ledger/fold.js';
export type { IssueSnapshot } from './ledger/query.js';
export {
  findIssue,
  isIssueOverdue,
  issueAsOf,
  issuesFromInspection,
  issuesOfSchool,
  issuesOfUnit,
  issuesWithStatus,
  overdueIssues,
} from './ledger/query.js';
export type {
  LedgerVerification,
  SealedEvent,
  SealedLedgerDocument,
} from './ledger/seal.js';
export {
  canonicalJson,
  ledgerSealBytes,
  sealLedger,
  sealLedgerDocument,
  signLedgerDocument,
  verifyLedger,
  verifyLedgerDocument,
  verifySignedLedgerDocument,
} from './ledger/seal.js';
export type {
  ClosureEntry,
  DeadlineEntry,
  IssueState,
  IssueStatus,
  LedgerState,
  NoteEntry,
  ReasonEntry,
  RecheckEntry,
  RectificationEntry,
  TransitionEntry,
  VerificationEntry,
} from './ledger/types.js';
export {
  EMPTY_LEDGER_STATE,
  ISSUE_STATUS_LABELS,
  ISSUE_STATUSES,
  isRectifiedStatus,
  RECHECK_OUTCOME_LABELS,
  RECHECK_OUTCOMES,
} from './ledger/types.js';
export type {
  DeadlineExtendedEvent,
  Evidence,
  InspectionLevel,
  Issue,
  IssueClosedEvent,
  IssueRaisedEvent,
  IssueRecheckedEvent,
  IssueReopenedEvent,
  IssueScope,
  IssueSource,
  IssueWithdrawnEvent,
  LedgerDocument,
  LedgerEvent,
  LedgerEventType,
  LedgerSeal,
  MeasureAddedEvent,
  ProgressReportedEvent,
  RecheckOutcome,
  RectificationReportedEvent,
  ResponsibleUnit,
  VerificationFailedEvent,
  VerificationPassedEvent,
} from './schema/ledger.js';
export {
  deadlineExtendedEventSchema,
  evidenceSchema,
  inspectionLevelSchema,
  issueClosedEventSchema,
  issueRaisedEventSchema,
  issueRecheckedEventSchema,
  issueReopenedEventSchema,
  issueSchema,
  issueScopeSchema,
  issueSourceSchema,
  issueWithdrawnEventSchema,
  LEDGER_EVENT_TYPES,
  ledgerDocumentSchema,
  ledgerEventSchema,
  ledgerSealSchema,
  measureAddedEventSchema,
  parseLedgerDocument,
  progressReportedEventSchema,
  recheckOutcomeSchema,
  rectificationReportedEventSchema,
  responsibleUnitSchema,
  safeParseLedgerDocument,
  verificationFailedEventSchema,
  verificationPassedEventSchema,
} from './schema/ledger.js';

// @category Rectification scoring

export type { BreakdownDimension, BreakdownOptions, BreakdownRow } from './scoring/breakdown.js';
export { BREAKDOWN_DIMENSIONS, rectificationBreakdown, scopeKey } from './scoring/breakdown.js';
export type { SeriesStep } from './scoring/dates.js';
export { daysOverdue, daysToDeadline, isOverdue } from './scoring/dates.js';
export type { OverdueEntry } from './scoring/overdue.js';
export { overdueList } from './scoring/overdue.js';
export type { ClearanceOptions, ClearanceProjection } from './scoring/projection.js';
export { projectClearance } from './scoring/projection.js';
export type { LedgerReport, LedgerReportJSON } from './scoring/report.js';
export { ledgerReport, ledgerReportToJSON } from './scoring/report.js';
export type {
  RecheckOutcomeCounts,
  ReturnVisitCounts,
  ReturnVisitCountsJSON,
  ReturnVisitGroup,
  ReturnVisitGroupJSON,
  ReturnVisitInspection,
  ReturnVisitItem,
  ReturnVisitNewIssue,
  ReturnVisitOptions,
  ReturnVisitSummary,
  ReturnVisitSummaryJSON,
} from './scoring/return-visit.js';
export {
  returnVisitSentence,
  returnVisitSummary,
  returnVisitSummaryToJSON,
} from './scoring/return-visit.js';
export type { ProgressSeries, ProgressSeriesOptions } from './scoring/series.js';
export { progressSeries } from './scoring/series.js';
export type { RectificationSummary, RectificationSummaryJSON, StatusCounts } from './scoring/summary.js';
export { rectificationSummary, rectificationSummaryToJSON, summarizeIssues } from './scoring/summary.js';
export type { ScoreWeights, WeightedScore } from './scoring/weighted.js';
export { DEFAULT_SCORE_WEIGHTS, weightedScore } from './scoring/weighted.js';

// @category Inspection and city

export type { AssessCityOptions, CityAssessment, CityCountyAssessment } from './inspection/assess-city.js';
export { assessCity } from './inspection/assess-city.js';
export type {
  CityAssessmentVerdict,
  CityCountyRow,
  CityLedgerSummary,
  CityReport,
  CityReportInput,
  CityTotals,
} from './inspection/city.js';
export { cityReport, cityReportFromDocument } from './inspection/city.js';
export type {
  CoverageEntry,
  CoverageFigures,
  CoverageStep,
  InstitutionsFromCompulsoryOptions,
} from './inspection/coverage.js';
export {
  coverage,
  coverageOf,
  institutionsFromCompulsory,
  institutionsFromPreschool,
} from './inspection/coverage.js';
export type {
  AssessmentReasons,
  CreationSchedule,
  PlanStatus,
  PlanStatusOptions,
  StageDeadline,
} from './inspection/plan.js';
export { DEFAULT_CREATION_SCHEDULE, planStatus } from './inspection/plan.js';
export type { RecheckSuggestion } from './inspection/recheck-suggestions.js';
export { recheckSuggestions } from './inspection/recheck-suggestions.js';
export type { SupervisionReformAssessment } from './inspection/reform.js';
export { assessSupervisionReform, safeAssessSupervisionReform } from './inspection/reform.js';
export type { PlanTeamsOptions, TeamAssignment, TeamGroupPlan, TeamPlan } from './inspection/teams.js';
export { planTeams } from './inspection/teams.js';
export type {
  CityDocument,
  CityInput,
  CreationPlan,
  CreationStage,
  Inspection,
  InspectionKind,
  ScopedInstitution,
} from './schema/inspection.js';
export {
  CREATION_STAGE_LABELS,
  CREATION_STAGES,
  cityDocumentSchema,
  cityInputSchema,
  creationPlanSchema,
  inspectionKindSchema,
  inspectionSchema,
  inspectionsSchema,
  parseCityDocument,
  parseCreationPlan,
  parseInspection,
  parseInspections,
  REVOCABLE_PROGRAMMES,
  safeParseCityDocument,
  safeParseCreationPlan,
  safeParseInspection,
  safeParseInspections,
  scopedInstitutionSchema,
} from './schema/inspection.js';

// @category Reports

export { csvCell, csvField, formatCsv } from './io/csv.js';
export type { CityAssessmentReportOptions } from './report/city-assessment.js';
export { renderCityAssessmentHtml, renderCityAssessmentMarkdown } from './report/city-assessment.js';
export { citySummarySentence, renderCityMarkdown } from './report/city-markdown.js';
export type { CsvOptions, LedgerCsvOptions } from './report/csv.js';
export {
  renderCompulsoryCsv,
  renderLedgerCsv,
  renderPreschoolCsv,
  renderVariationCsv,
} from './report/csv.js';
export type { Lang } from './report/format.js';
export { formatDecimal } from './report/format.js';
export type {
  HtmlCompulsoryEntry,
  HtmlLedgerEntry,
  HtmlPreschoolEntry,
  HtmlReportInput,
  HtmlReportOptions,
} from './report/html.js';
export { renderHtmlReport } from './report/html.js';
export type { IssueSheetOptions } from './report/issue-sheet.js';
export { issueSheet } from './report/issue-sheet.js';
export { COUNT_KEYS, toJsonDocument } from './report/json.js';
export { STAGE_LABELS, STATUS_LABELS } from './report/labels.js';
export { ledgerSentence, renderLedgerMarkdown } from './report/ledger-markdown.js';
export { renderCompulsoryMarkdown } from './report/markdown.js';
export type { ReportName, ReportNames } from './report/names.js';
export { namesFromCity } from './report/names.js';
export type {
  OpinionBlock,
  OpinionHeading,
  OpinionIssue,
  OpinionList,
  OpinionParagraph,
  OpinionSection,
  OpinionSectionId,
  OpinionTable,
  SupervisionOpinion,
  SupervisionOpinionOptions,
} from './report/opinion.js';
export { supervisionOpinion } from './report/opinion.js';
export { renderSupervisionOpinionDocx } from './report/opinion-docx.js';
export { renderSupervisionOpinionHtml } from './report/opinion-html.js';
export type { OpinionRenderOptions } from './report/opinion-markdown.js';
export { renderSupervisionOpinionMarkdown } from './report/opinion-markdown.js';
export { renderPreschoolMarkdown } from './report/preschool-markdown.js';
export type { ProgressParagraphOptions } from './report/progress-markdown.js';
export { progressParagraph, renderProgressMarkdown } from './report/progress-markdown.js';
export { renderSupervisionReformMarkdown } from './report/reform-markdown.js';
export type { ReturnVisitReportOptions } from './report/return-visit.js';
export { renderReturnVisitMarkdown, returnVisitWorkbook } from './report/return-visit.js';
export type {
  LedgerWorkbookOptions,
  WorkbookCell,
  WorkbookNumber,
  WorkbookOptions,
  WorkbookTable,
} from './report/workbook.js';
export { compulsoryWorkbook, ledgerWorkbook, preschoolWorkbook } from './report/workbook.js';

// @category Numbers and statistics

export type { DecimalInput, ToDecimalOptions } from './numeric/decimal.js';
export { Decimal, decimalToJSON, roundForDisplay, toDecimal } from './numeric/decimal.js';
export {
  addToVariation,
  compositeFromAccumulators,
  createVariationAccumulator,
  mergeVariation,
  variationAccumulatorFromJSON,
  variationAccumulatorToJSON,
  variationResult,
} from './numeric/variation/accumulator.js';
export { coefficientOfVariation, compositeCoefficientOfVariation } from './numeric/variation/index.js';
export type {
  CoefficientOfVariationOptions,
  CompositeVariationResult,
  Ratio,
  VariationAccumulator,
  VariationAccumulatorJSON,
  VariationLimitOptions,
  VariationReason,
  VariationResult,
  VariationValue,
} from './numeric/variation/types.js';

// @category Errors

export type { DudaoErrorJSON, DudaoIssue, FieldPath, SafeResult } from './error.js';
export { DudaoError, formatPath, isDudaoError, safely } from './error.js';
export type { DudaoErrorCode } from './error-codes.js';
export { DUDAO_ERROR_CODES } from './error-codes.js';

// @category Sample data

export type { SampleCity, SampleCounty } from './sample/index.js';
export { sampleCity } from './sample/index.js';
