/**
 * The one error type dudao throws. Errors are data (a code, a field path, an English and a
 * Chinese message) so that an app can show them, translate them or map them to form fields.
 * This module imports nothing: every layer may use it.
 * @module
 */

/**
 * A path to a field inside an input, as zod reports it: `['schools', 3, 'sections', 'primary', 'pupils']`.
 * @category Errors
 */
export type FieldPath = readonly (string | number)[];

/**
 * One problem found in an input: what rule it broke (`code`), where (`path`) and why, in English
 * and in Chinese.
 *
 * @category Errors
 * @example
 * ```ts
 * const issue: DudaoIssue = {
 *   code: 'negative',
 *   path: ['schools', 0, 'sections', 'primary', 'pupils'],
 *   message: 'must not be negative (got -3)',
 *   messageZh: '不能为负数（实际为 -3）',
 * };
 * ```
 */
export interface DudaoIssue {
  /** A stable, machine-readable rule name such as `not-integer` or `duplicate-id`. */
  readonly code: string;
  /** Where the problem is, from the root of the input. Empty for the input as a whole. */
  readonly path: FieldPath;
  /** English message, without the path. */
  readonly message: string;
  /** Chinese (zh-CN) message, without the path. */
  readonly messageZh: string;
}

/**
 * Formats a field path the way a reader writes it: `schools[3].sections.primary.pupils`.
 *
 * @category Errors
 * @param path - the path, as in {@link DudaoIssue.path}
 * @returns the dotted form; `(root)` for an empty path. A key longer than 40 characters is
 *   shown by its first 40 and `…` (the issue's `path` keeps it whole).
 * @example
 * ```ts
 * formatPath(['schools', 3, 'sections', 'primary', 'pupils']);
 * //=> 'schools[3].sections.primary.pupils'
 * ```
 */
export function formatPath(path: FieldPath): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    // A key is input too: one of a megabyte is shown by its first characters.
    const shown = typeof key === 'string' ? shortKey(key) : key;
    if (typeof shown === 'number') out += `[${shown}]`;
    else out += out === '' ? shown : `.${shown}`;
  }
  return out;
}

// The most characters (code points) of one key that a written path shows.
const PATH_KEY_MAX = 40;

function shortKey(key: string): string {
  // 2 × (PATH_KEY_MAX + 1) UTF-16 units hold at least PATH_KEY_MAX + 1 code points of a longer
  // key, enough to tell that it is longer.
  const chars = [...key.slice(0, 2 * (PATH_KEY_MAX + 1))];
  return chars.length > PATH_KEY_MAX ? `${chars.slice(0, PATH_KEY_MAX).join('')}…` : key;
}

/**
 * Quotes a piece of input for an error message (错误信息中的输入摘录): a string as JSON text, cut
 * after its first `max` characters (code points; default 40) with `…` appended, so that a message
 * never repeats an unbounded input (an id of a megabyte is shown by its first 40 characters).
 * Numbers, booleans, `null` and `undefined` are written as they are (also cut); an array or an
 * object is named by its kind, never serialised.
 *
 * @category Errors
 * @param value - what was given
 * @param max - the most characters of it to show; default 40
 * @returns the text to put in a message
 * @example
 * ```ts
 * quoteInput('QY-2021-001'); //=> '"QY-2021-001"'
 * quoteInput('x'.repeat(1_000_000)).length; //=> 43
 * quoteInput({ id: 1 }); //=> 'an object'
 * ```
 */
export function quoteInput(value: unknown, max = 40): string {
  if (typeof value === 'string') return JSON.stringify(cut(value, max));
  if (value === null || value === undefined || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol'
      ? `a ${typeof value}`
      : cut(String(value), max);
  }
  return Array.isArray(value) ? 'an array' : 'an object';
}

// The first `max` code points of `text`, followed by `…` when something was cut off.
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (let n = 0; n < max && end < text.length; n++) {
    end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  }
  return end >= text.length ? text : `${text.slice(0, end)}…`;
}

/**
 * The plain-data form of a {@link DudaoError}, as `JSON.stringify` writes it.
 *
 * @category Errors
 * @example
 * ```ts
 * const json: DudaoErrorJSON = JSON.parse(JSON.stringify(error));
 * json.issues[0]?.path; //=> ['schools', 3, 'sections', 'primary', 'pupils']
 * ```
 */
export interface DudaoErrorJSON {
  /** Always `DudaoError`. */
  readonly name: 'DudaoError';
  /** The first issue's code. */
  readonly code: string;
  /** The first issue's path. */
  readonly path: FieldPath;
  /** The English message. */
  readonly message: string;
  /** The Chinese message. */
  readonly messageZh: string;
  /** Every issue. */
  readonly issues: readonly DudaoIssue[];
}

/**
 * The error dudao throws for invalid input (never for a county that fails a standard: that is a
 * result). It carries every problem found, so a whole file can be fixed in one go.
 *
 * `code`, `path`, `message` and `messageZh` describe the first issue; `issues` lists them all.
 *
 * @category Errors
 * @example
 * ```ts
 * try {
 *   toDecimal('abc', { path: ['survey', 'respondents'] });
 * } catch (error) {
 *   if (error instanceof DudaoError) {
 *     error.code; //=> 'not-a-number'
 *     error.path; //=> ['survey', 'respondents']
 *     error.message; //=> 'survey.respondents: must be a decimal number (got "abc")'
 *   }
 * }
 * ```
 */
export class DudaoError extends Error {
  /** Always `DudaoError`. */
  override readonly name = 'DudaoError';
  /** The rule broken by the first issue. */
  readonly code: string;
  /** Where the first issue is. */
  readonly path: FieldPath;
  /** The first issue's Chinese message, prefixed by its path. */
  readonly messageZh: string;
  /** Every issue found (at least one). */
  readonly issues: readonly DudaoIssue[];

  /**
   * @param issues - the problems found; must not be empty
   */
  constructor(issues: readonly [DudaoIssue, ...DudaoIssue[]]) {
    const first = issues[0];
    const where = first.path.length > 0 ? `${formatPath(first.path)}: ` : '';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    const moreZh = issues.length > 1 ? `（另有 ${issues.length - 1} 处问题）` : '';
    super(`${where}${first.message}${more}`);
    this.code = first.code;
    this.path = first.path;
    this.messageZh = `${where}${first.messageZh}${moreZh}`;
    this.issues = issues;
  }

  /**
   * The plain-data form of this error, for logs and JSON output.
   * @returns `{ name, code, path, message, messageZh, issues }`
   */
  toJSON(): DudaoErrorJSON {
    return {
      name: this.name,
      code: this.code,
      path: this.path,
      message: this.message,
      messageZh: this.messageZh,
      issues: this.issues,
    };
  }
}

/**
 * Builds a {@link DudaoError} with a single issue.
 *
 * @category Errors
 * @param code - the rule broken
 * @param path - where
 * @param message - English message
 * @param messageZh - Chinese message
 * @returns the error, ready to throw
 * @example
 * ```ts
 * throw dudaoError('duplicate-id', ['schools', 4, 'id'], 'duplicate id "s01"', '重复的编号 "s01"');
 * ```
 */
export function dudaoError(code: string, path: FieldPath, message: string, messageZh: string): DudaoError {
  return new DudaoError([{ code, path, message, messageZh }]);
}

/**
 * The result shape of dudao's `safe…` functions: either the data or the error, never a throw.
 *
 * @category Errors
 * @example
 * ```ts
 * const result: SafeResult<number> = { success: true, data: 42 };
 * if (result.success) result.data; //=> 42
 * ```
 */
export type SafeResult<T> =
  | {
      /** The computation succeeded. */
      readonly success: true;
      /** Its result. */
      readonly data: T;
    }
  | {
      /** The input was invalid. */
      readonly success: false;
      /** Every problem found. */
      readonly error: DudaoError;
    };

/**
 * Runs `fn` and turns a thrown {@link DudaoError} into `{ success: false, error }`. Any other
 * exception is a bug and is rethrown.
 *
 * @category Errors
 * @param fn - the throwing computation
 * @returns its result as a {@link SafeResult}
 * @example
 * ```ts
 * safely(() => toDecimal('x')).success; //=> false
 * ```
 */
export function safely<T>(fn: () => T): SafeResult<T> {
  try {
    return { success: true, data: fn() };
  } catch (error) {
    if (error instanceof DudaoError) return { success: false, error };
    throw error;
  }
}
