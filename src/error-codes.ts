/**
 * The closed list of error codes (错误代码): every value dudao can put in `DudaoError.code` or a
 * `DudaoIssue.code`, as a type and as a runtime list. `dudaoError` and the schema helpers accept
 * only these, so a new code cannot be thrown without being added here (and to docs/errors.md,
 * which a test checks against this list).
 * This module imports nothing.
 * @module
 */

/**
 * Every code a {@link DudaoError} or a {@link DudaoIssue} can carry: a closed union, so that a
 * `switch` over `error.code` can be exhaustive and a typo does not compile. The meaning of each
 * code, with an example message in English and Chinese and an example path, is in the
 * [table of error codes](../docs/errors.md) (docs/errors.md). {@link DUDAO_ERROR_CODES}
 * lists the same codes at run time.
 *
 * A new release may add codes (a minor change); it does not remove or rename one without a
 * major version.
 *
 * @category Errors
 * @example
 * ```ts
 * function hint(code: DudaoErrorCode): string {
 *   return code === 'unknown-key' ? 'check the spelling of the field' : 'see the message';
 * }
 * hint('unknown-key'); //=> 'check the spelling of the field'
 * ```
 */
export type DudaoErrorCode =
  // A value that breaks its schema (any input validated by a zod schema).
  | 'required'
  | 'invalid-type'
  | 'invalid-value'
  | 'invalid-enum'
  | 'invalid-shape'
  | 'invalid-format'
  | 'invalid-element'
  | 'not-multiple-of'
  | 'unknown-key'
  | 'too-small'
  | 'too-big'
  | 'too-long'
  | 'too-precise'
  | 'not-integer'
  | 'negative'
  | 'not-positive'
  | 'not-finite'
  | 'not-a-number'
  | 'out-of-range'
  | 'invalid-date'
  | 'invalid-range'
  | 'invalid-option'
  | 'schema-version'
  | 'invalid'
  // Identifiers that must be unique.
  | 'duplicate-id'
  | 'duplicate-institution'
  | 'duplicate-unit'
  | 'duplicate-group-name'
  | 'duplicate-date'
  // Cross-field rules of the datasets.
  | 'no-sections'
  | 'no-pupils'
  | 'stage-not-allowed'
  | 'stock-reported-twice'
  | 'missing-senior-pupils'
  | 'senior-pupils-not-allowed'
  | 'certified-exceeds-total'
  | 'given-twice'
  | 'parts-exceed-total'
  | 'satisfied-exceeds-respondents'
  // The social-recognition survey and its rules.
  | 'survey-form'
  | 'duplicate-cell'
  | 'answers-exceed-respondents'
  | 'unknown-answer-option'
  | 'shares-not-one'
  | 'min-above-share'
  | 'no-satisfied-option'
  | 'valid-exceeds-issued'
  // Indicator sets.
  | 'unknown-set'
  | 'unknown-indicator'
  | 'duplicate-alias'
  | 'same-id'
  | 'missing-threshold'
  | 'missing-limit'
  | 'min-met-too-large'
  | 'wrong-programme'
  | 'unknown-metric'
  | 'unsupported-metric'
  | 'metric-scope'
  // Inspections, creation plans and the city.
  | 'end-before-start'
  | 'county-not-inspected'
  | 'interviews-sum'
  | 'date-goes-backwards'
  | 'stage-out-of-order'
  | 'revocation-not-allowed'
  | 'revoked-before-certified'
  | 'invalid-share'
  | 'share-above-one'
  | 'invalid-schedule'
  | 'no-institutions'
  | 'invalid-groups'
  // The issue ledger.
  | 'duplicate-issue'
  | 'unknown-issue'
  | 'deadline-before-raised'
  | 'deadline-not-later'
  | 'before-raised'
  | 'date-backwards'
  | 'issue-withdrawn'
  | 'invalid-transition'
  | 'invalid-hash'
  | 'invalid-count'
  | 'not-canonical'
  | 'invalid-signature'
  | 'unknown-inspection'
  | 'level-mismatch'
  | 'before-inspection'
  // Statistics.
  | 'empty'
  | 'not-a-list'
  | 'length-mismatch'
  | 'zero-denominator'
  | 'zero-total-weight'
  | 'zero-mean'
  | 'invalid-accumulator'
  // Progress across assessments.
  | 'different-set'
  | 'different-county'
  | 'empty-trajectory'
  | 'invalid-window'
  | 'dates-not-increasing'
  // School tables (CSV, spreadsheet rows).
  | 'empty-file'
  | 'csv-unclosed-quote'
  | 'unnamed-column'
  | 'unknown-column'
  | 'duplicate-column'
  | 'missing-column'
  | 'wrong-cell-count'
  | 'unknown-school-kind'
  | 'unknown-ownership'
  | 'unknown-stage'
  | 'duplicate-section'
  | 'conflicting-rows'
  // The county workbook (县级指标, 一票否决, 社会认可度 sheets).
  | 'missing-sheet'
  | 'unknown-choice'
  | 'value-and-judgement'
  | 'judgement-required'
  | 'invalid-encoding'
  | 'unsupported-encoding'
  // An optional package a format needs (the docx writer).
  | 'missing-dependency'
  // The command line (usage errors and internal errors in its JSON error document).
  | 'invalid-json'
  | 'invalid-xlsx'
  | 'usage'
  | 'unknown-command'
  | 'unknown-option'
  | 'missing-option'
  | 'missing-value'
  | 'missing-argument'
  | 'invalid-option-value'
  | 'cannot-read'
  | 'cannot-write'
  | 'file-exists'
  | 'format-mismatch'
  | 'unknown-extension'
  | 'unsupported-format'
  | 'internal-error';

const LISTED = [
  'required',
  'invalid-type',
  'invalid-value',
  'invalid-enum',
  'invalid-shape',
  'invalid-format',
  'invalid-element',
  'not-multiple-of',
  'unknown-key',
  'too-small',
  'too-big',
  'too-long',
  'too-precise',
  'not-integer',
  'negative',
  'not-positive',
  'not-finite',
  'not-a-number',
  'out-of-range',
  'invalid-date',
  'invalid-range',
  'invalid-option',
  'schema-version',
  'invalid',
  'duplicate-id',
  'duplicate-institution',
  'duplicate-unit',
  'duplicate-group-name',
  'duplicate-date',
  'no-sections',
  'no-pupils',
  'stage-not-allowed',
  'stock-reported-twice',
  'missing-senior-pupils',
  'senior-pupils-not-allowed',
  'certified-exceeds-total',
  'given-twice',
  'parts-exceed-total',
  'satisfied-exceeds-respondents',
  'survey-form',
  'duplicate-cell',
  'answers-exceed-respondents',
  'unknown-answer-option',
  'shares-not-one',
  'min-above-share',
  'no-satisfied-option',
  'valid-exceeds-issued',
  'unknown-set',
  'unknown-indicator',
  'duplicate-alias',
  'same-id',
  'missing-threshold',
  'missing-limit',
  'min-met-too-large',
  'wrong-programme',
  'unknown-metric',
  'unsupported-metric',
  'metric-scope',
  'end-before-start',
  'county-not-inspected',
  'interviews-sum',
  'date-goes-backwards',
  'stage-out-of-order',
  'revocation-not-allowed',
  'revoked-before-certified',
  'invalid-share',
  'share-above-one',
  'invalid-schedule',
  'no-institutions',
  'invalid-groups',
  'duplicate-issue',
  'unknown-issue',
  'deadline-before-raised',
  'deadline-not-later',
  'before-raised',
  'date-backwards',
  'issue-withdrawn',
  'invalid-transition',
  'invalid-hash',
  'invalid-count',
  'not-canonical',
  'invalid-signature',
  'unknown-inspection',
  'level-mismatch',
  'before-inspection',
  'empty',
  'not-a-list',
  'length-mismatch',
  'zero-denominator',
  'zero-total-weight',
  'zero-mean',
  'invalid-accumulator',
  'different-set',
  'different-county',
  'empty-trajectory',
  'invalid-window',
  'dates-not-increasing',
  'empty-file',
  'csv-unclosed-quote',
  'unnamed-column',
  'unknown-column',
  'duplicate-column',
  'missing-column',
  'wrong-cell-count',
  'unknown-school-kind',
  'unknown-ownership',
  'unknown-stage',
  'duplicate-section',
  'conflicting-rows',
  'missing-sheet',
  'unknown-choice',
  'value-and-judgement',
  'judgement-required',
  'invalid-encoding',
  'unsupported-encoding',
  'missing-dependency',
  'invalid-json',
  'invalid-xlsx',
  'usage',
  'unknown-command',
  'unknown-option',
  'missing-option',
  'missing-value',
  'missing-argument',
  'invalid-option-value',
  'cannot-read',
  'cannot-write',
  'file-exists',
  'format-mismatch',
  'unknown-extension',
  'unsupported-format',
  'internal-error',
] as const satisfies readonly DudaoErrorCode[];

/**
 * The codes of {@link DUDAO_ERROR_CODES}, from the list itself: a test checks that it is
 * {@link DudaoErrorCode} exactly (the list cannot miss a code of the union).
 * @internal
 */
export type ListedErrorCode = (typeof LISTED)[number];

/**
 * Every {@link DudaoErrorCode}, at run time, in the order of the
 * [table of error codes](../docs/errors.md): for a form that maps codes to its own texts,
 * or a test that every code is handled. Frozen.
 *
 * @category Errors
 * @example
 * ```ts
 * DUDAO_ERROR_CODES.includes('unknown-key'); //=> true
 * ```
 */
export const DUDAO_ERROR_CODES: readonly DudaoErrorCode[] = /* @__PURE__ */ Object.freeze(LISTED);
