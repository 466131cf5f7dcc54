/**
 * How the command line reports a failure: one exit code per kind of failure (1 invalid input,
 * 2 usage error, 70 internal error) and, with `--format json`, one JSON error document on
 * standard output whose `error` has the shape of a {@link DudaoError}'s JSON form, whatever the
 * kind, so that a script reads every failure the same way.
 * @module
 */
import { DudaoError, type DudaoErrorJSON, type DudaoIssue, type FieldPath } from '../error.js';
import { EXIT_INVALID, EXIT_SOFTWARE, EXIT_USAGE, UsageError } from './shared.js';

/**
 * What `--format json` prints on standard output when a command fails: `ok` is false, `exitCode`
 * repeats the process's exit code, and `error` lists every problem found (`issues`, each with a
 * code, a field path and an English and a Chinese message). `error.name` says the kind:
 * `DudaoError` (invalid input, exit 1), `UsageError` (exit 2) or `InternalError` (exit 70).
 * @example
 * ```ts
 * const doc: CliErrorDocument = {
 *   ok: false,
 *   exitCode: 2,
 *   error: {
 *     name: 'UsageError',
 *     code: 'unknown-option',
 *     path: [],
 *     message: 'unknown option --colour',
 *     messageZh: '未知选项 --colour',
 *     issues: [{ code: 'unknown-option', path: [], message: 'unknown option --colour', messageZh: '未知选项 --colour' }],
 *   },
 * };
 * ```
 */
export interface CliErrorDocument {
  /** Always false: the command did not do its work. */
  readonly ok: false;
  /** The exit code: 1 invalid input, 2 usage error, 70 internal error. */
  readonly exitCode: number;
  /** The failure, in the JSON form of a `DudaoError` (`name` tells the kind). */
  readonly error: Omit<DudaoErrorJSON, 'name'> & {
    /** `DudaoError` (invalid input), `UsageError` or `InternalError`. */
    readonly name: 'DudaoError' | 'UsageError' | 'InternalError';
  };
}

/**
 * The exit code for a failure: 1 for invalid input (a `DudaoError`), 2 for a usage error, 70
 * (`EX_SOFTWARE`) for anything else, which is a bug.
 * @example
 * ```ts
 * exitCodeOf(new UsageError('assess needs <set-id> and <file>')); //=> 2
 * exitCodeOf(new RangeError('Invalid string length')); //=> 70
 * ```
 */
export function exitCodeOf(error: unknown): number {
  if (error instanceof DudaoError) return EXIT_INVALID;
  if (error instanceof UsageError) return EXIT_USAGE;
  return EXIT_SOFTWARE;
}

/**
 * The message of an unexpected exception on one line (a stack trace is for `--debug`).
 * @example
 * ```ts
 * internalMessage(new RangeError('Invalid string length')); //=> 'RangeError: Invalid string length'
 * ```
 */
export function internalMessage(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : `uncaught value ${String(error)}`;
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function single(name: 'UsageError' | 'InternalError', issue: DudaoIssue, exitCode: number): CliErrorDocument {
  const { code, path, message, messageZh } = issue;
  return { ok: false, exitCode, error: { name, code, path, message, messageZh, issues: [issue] } };
}

/**
 * The JSON error document of a failure (see {@link CliErrorDocument}).
 * @example
 * ```ts
 * errorDocument(new UsageError('validate needs a file')).error.issues[0]?.message;
 * //=> 'validate needs a file'
 * ```
 */
export function errorDocument(error: unknown): CliErrorDocument {
  if (error instanceof DudaoError) {
    return { ok: false, exitCode: EXIT_INVALID, error: error.toJSON() };
  }
  const root: FieldPath = [];
  if (error instanceof UsageError) {
    return single(
      'UsageError',
      { code: error.code, path: root, message: error.message, messageZh: error.messageZh },
      EXIT_USAGE,
    );
  }
  const message = internalMessage(error);
  return single(
    'InternalError',
    {
      code: 'internal-error',
      path: root,
      message: `internal error: ${message}`,
      messageZh: `内部错误：${message}`,
    },
    EXIT_SOFTWARE,
  );
}
