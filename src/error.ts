/**
 * The one error type dudao throws. Errors are data (a code, a field path, an English and a
 * Chinese message) so that an app can show them, translate them or map them to form fields.
 * This module imports nothing but the list of codes: every layer may use it.
 * @module
 */
import type { DudaoErrorCode } from './error-codes.js';

export type { DudaoErrorCode } from './error-codes.js';

// The brand every DudaoError carries as an own property, in the global symbol registry so that
// each copy of dudao (the ESM and the CommonJS build, two installed versions) uses the same key.
// Its value is the version of the error's shape: a later dudao whose DudaoError differs in shape
// uses 2, and its errors are then not taken for this one's.
const BRAND: unique symbol = Symbol.for('dudao.error') as never;
const SHAPE_VERSION = 1;

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
  /** A stable, machine-readable rule name such as `not-integer` or `duplicate-id` (see {@link DudaoErrorCode}). */
  readonly code: DudaoErrorCode;
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
  if (!Array.isArray(path) || !path.every((key) => typeof key === 'string' || typeof key === 'number')) {
    throw dudaoError(
      'invalid-type',
      ['path'],
      `must be a field path, an array of names and indexes (got ${quoteInput(path)})`,
      `必须是字段路径，即由字段名和序号组成的数组（实际为 ${quoteInput(path)}）`,
    );
  }
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
  readonly code: DudaoErrorCode;
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
 * Every DudaoError carries a brand (an own property keyed `Symbol.for('dudao.error')`), so
 * {@link isDudaoError} and `instanceof DudaoError` recognise one thrown by any copy of dudao: the
 * ESM and the CommonJS build loaded in one process, or two installed copies. `instanceof` is
 * answered by the brand and the shape, not by the prototype chain (a subclass of DudaoError
 * keeps the ordinary `instanceof`).
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
  readonly code: DudaoErrorCode;
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
    Object.defineProperty(this, BRAND, { value: SHAPE_VERSION });
  }

  /**
   * Makes `value instanceof DudaoError` true for a DudaoError of any copy or build of dudao (see
   * {@link isDudaoError}); for a subclass, `instanceof` follows the prototype chain as usual.
   * @param value - anything
   * @returns whether `value` is a DudaoError
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class on the right of `instanceof`: a subclass keeps the prototype check.
    // biome-ignore lint/complexity/noThisInStatic: the subclass is what is asked about
    if (this !== DudaoError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return isDudaoError(value);
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
export function dudaoError(
  code: DudaoErrorCode,
  path: FieldPath,
  message: string,
  messageZh: string,
): DudaoError {
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
 * Tells whether `value` is a {@link DudaoError}, thrown by this copy of dudao or by any other (the
 * ESM and the CommonJS build in one process, two installed versions with the same error shape):
 * it checks the brand `Symbol.for('dudao.error')` and the fields (`code`, `path`, `message`,
 * `messageZh`, `issues`), not the prototype. Never throws: a value whose properties cannot be read
 * (a Proxy that throws) is not a DudaoError. The plain-data form ({@link DudaoErrorJSON}) is not
 * an error either.
 *
 * @category Errors
 * @param value - anything, typically what a `catch` caught
 * @returns `true` when `value` is a DudaoError
 * @example
 * ```ts
 * try {
 *   toDecimal('abc');
 * } catch (error) {
 *   isDudaoError(error); //=> true
 * }
 * isDudaoError(new Error('x')); //=> false
 * ```
 */
export function isDudaoError(value: unknown): value is DudaoError {
  if (typeof value !== 'object' || value === null) return false;
  try {
    if (Object.getOwnPropertyDescriptor(value, BRAND)?.value !== SHAPE_VERSION) return false;
    const { code, path, message, messageZh, issues } = value as Partial<Record<string, unknown>>;
    return (
      typeof code === 'string' &&
      Array.isArray(path) &&
      typeof message === 'string' &&
      typeof messageZh === 'string' &&
      Array.isArray(issues) &&
      issues.length > 0
    );
  } catch {
    return false;
  }
}

/**
 * Runs an asynchronous `fn` (`signLedgerDocument`, `verifySignedLedgerDocument`) and returns a
 * promise of its result as data: `{ success: true, data }`, or `{ success: false, error }` when it
 * throws or rejects with a {@link DudaoError}. Any other exception or rejection is rethrown, as by
 * the synchronous form below.
 *
 * @category Errors
 * @param fn - the asynchronous computation
 * @returns a promise of its result as a {@link SafeResult}
 * @example
 * ```ts
 * const result = await safely(() => Promise.resolve(42));
 * result.success; //=> true
 * ```
 */
export function safely<T>(fn: () => PromiseLike<T>): Promise<SafeResult<T>>;
/**
 * Runs `fn` and returns its result as data: `{ success: true, data }`, or `{ success: false,
 * error }` when it throws a {@link DudaoError} (of any copy of dudao; see {@link isDudaoError}).
 * Any other exception is a bug, or was thrown by your own code (a callback, a getter), and is
 * rethrown. This is the result-returning form of every dudao function:
 * `safely(() => replayLedger(events))`, `safely(() => cityReport(input, { asOf }))`.
 *
 * @category Errors
 * @param fn - the throwing computation
 * @returns its result as a {@link SafeResult}
 * @example
 * ```ts
 * safely(() => toDecimal('x')).success; //=> false
 * safely(() => toDecimal('1.5')).success; //=> true
 * ```
 */
export function safely<T>(fn: () => T): SafeResult<T>;
export function safely<T>(fn: () => T | PromiseLike<T>): SafeResult<T> | Promise<SafeResult<T>> {
  if (typeof fn !== 'function') {
    return failure(
      dudaoError(
        'invalid-type',
        ['fn'],
        `safely needs a function to run (got ${quoteInput(fn)})`,
        `safely 需要一个函数（实际为 ${quoteInput(fn)}）`,
      ),
    );
  }
  let data: T | PromiseLike<T>;
  try {
    data = fn();
  } catch (error) {
    return failure(error);
  }
  if (isThenable(data)) {
    return Promise.resolve(data).then((value): SafeResult<T> => ({ success: true, data: value }), failure);
  }
  return { success: true, data };
}

function failure(error: unknown): { readonly success: false; readonly error: DudaoError } {
  if (isDudaoError(error)) return { success: false, error };
  throw error;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/**
 * Runs one part of a larger document, reporting the DudaoError it throws at that part's place:
 * every issue's path gets `prefix` in front (`['counties', 2, 'compulsory', …]`). Anything else
 * it throws passes through unchanged.
 * @internal
 */
export function withinPath<T>(prefix: FieldPath, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof DudaoError)) throw error;
    const [first, ...rest] = error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
    throw new DudaoError([first as DudaoIssue, ...rest]);
  }
}
