/**
 * What every command of the `dudao` command line shares: argument parsing, file reading,
 * output, and the exit codes of the data contract (0 done, 1 invalid input, 2 usage error), plus
 * 70 for an internal error (a bug: an exception nobody expected).
 * @module
 */
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { DudaoError, type DudaoErrorCode } from '../error.js';

/**
 * Exit code: done (also when a county does not meet a standard).
 * @example
 * ```ts
 * return EXIT_OK; // 0
 * ```
 */
export const EXIT_OK = 0;
/**
 * Exit code: invalid input, every problem printed with its path.
 * @example
 * ```ts
 * exitCodeOf(new DudaoError([issue])) === EXIT_INVALID; //=> true
 * ```
 */
export const EXIT_INVALID = 1;
/**
 * Exit code: usage error.
 * @example
 * ```ts
 * exitCodeOf(new UsageError('validate needs a file')) === EXIT_USAGE; //=> true
 * ```
 */
export const EXIT_USAGE = 2;
/**
 * Exit code: internal error, an exception nobody expected (`EX_SOFTWARE` of BSD's sysexits.h).
 * @example
 * ```ts
 * process.exitCode = EXIT_SOFTWARE; // 70
 * ```
 */
export const EXIT_SOFTWARE = 70;

/**
 * A mistake in how the command was called (exit code 2): a missing or unreadable file, an
 * unknown option, a value an option does not take. It has a stable `code` and a Chinese message
 * beside the English one, like a {@link DudaoError}'s issues.
 * @example
 * ```ts
 * throw new UsageError('unknown option --colour', {
 *   code: 'unknown-option',
 *   messageZh: '未知选项 --colour',
 * });
 * ```
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** What kind of mistake it is, e.g. `unknown-option`; `usage` when nothing more precise. */
  readonly code: DudaoErrorCode;
  /** The Chinese (zh-CN) message. */
  readonly messageZh: string;

  /**
   * @param message - the English message
   * @param options - `code` (default `usage`) and `messageZh` (default: 用法错误 and the English)
   */
  constructor(
    message: string,
    options: { readonly code?: DudaoErrorCode; readonly messageZh?: string } = {},
  ) {
    super(message);
    this.code = options.code ?? 'usage';
    this.messageZh = options.messageZh ?? `用法错误：${message}`;
  }
}

/**
 * Parsed command-line arguments.
 * @example
 * ```ts
 * const args: ParsedArgs = { positional: ['county.json'], flags: new Map([['format', 'json']]) };
 * ```
 */
export interface ParsedArgs {
  /** Arguments that are not options. */
  readonly positional: string[];
  /** Options by name (`--format md` → `format: 'md'`; `--help` → `help: true`). */
  readonly flags: Map<string, string | true>;
}

/**
 * One command of the command line. `Result` is what `run` returns: the exit code (`number`, the
 * default), or `number | Promise<number>` for a command that may read or write a spreadsheet
 * (the XLSX libraries are asynchronous; see {@link SpreadsheetCommand}).
 * @example
 * ```ts
 * const hello: Command = { name: 'hello', summary: 'say hello', help: 'dudao hello', options: [], run: () => EXIT_OK };
 * ```
 */
export interface Command<Result extends number | Promise<number> = number> {
  /** The command word, e.g. `assess`. */
  readonly name: string;
  /** One line for the overview. */
  readonly summary: string;
  /** The full help text of the command. */
  readonly help: string;
  /** Options that take a value. */
  readonly options: readonly string[];
  /**
   * True when the command has `--format json`: then a failure with `--format json` prints the
   * JSON error document on standard output as well (see `CliErrorDocument` in `errors.ts`).
   */
  readonly json?: boolean;
  /**
   * Runs the command and returns its exit code, or a promise of it. A promise rejects with the
   * same errors a synchronous run throws (`UsageError`, `DudaoError`).
   */
  readonly run: (args: ParsedArgs) => Result;
}

/**
 * A command whose run may be asynchronous (it reads or writes `.xlsx` files). Every `Command`
 * is one, so the command list of `main.ts` is `readonly SpreadsheetCommand[]` and awaits `run`.
 * @example
 * ```ts
 * const commands: readonly SpreadsheetCommand[] = [setsCommand, assessCommand];
 * ```
 */
export type SpreadsheetCommand = Command<number | Promise<number>>;

/**
 * Parses `argv` into positional arguments and options; unknown options are usage errors.
 * `--help` (`-h`) and `--debug` take no value.
 * @example
 * ```ts
 * parseArgs(['a.json', '--format=json', '--debug'], ['format']).flags;
 * //=> Map { 'format' => 'json', 'debug' => true }
 * ```
 */
export function parseArgs(argv: readonly string[], valued: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      flags.set('help', true);
    } else if (arg === '--debug') {
      flags.set('debug', true);
    } else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (!valued.includes(name)) {
        throw new UsageError(`unknown option --${name}`, {
          code: 'unknown-option',
          messageZh: `未知选项 --${name}`,
        });
      }
      const value = inline ?? argv[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new UsageError(`option --${name} needs a value`, {
          code: 'missing-value',
          messageZh: `选项 --${name} 需要一个值`,
        });
      }
      if (inline === undefined) i += 1;
      flags.set(name, value);
    } else positional.push(arg);
  }
  return { positional, flags };
}

/**
 * Reads and parses a JSON file; unreadable files are usage errors, malformed JSON is invalid input.
 * @example
 * ```ts
 * const county = readJson('examples/county-compulsory.json');
 * ```
 */
export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw cannotRead(file, error);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new DudaoError([
      {
        code: 'invalid-json',
        path: [],
        message: `${file} is not valid JSON: ${(error as Error).message}`,
        messageZh: `${file} 不是有效的 JSON：${(error as Error).message}`,
      },
    ]);
  }
}

/**
 * The usage error for a file that cannot be read (`cannot-read`): missing, a folder, no access.
 * @example
 * ```ts
 * throw cannotRead('a.json', new Error('ENOENT: no such file or directory'));
 * ```
 */
export function cannotRead(file: string, error: unknown): UsageError {
  const reason = (error as Error).message;
  return new UsageError(`cannot read ${file}: ${reason}`, {
    code: 'cannot-read',
    messageZh: `无法读取 ${file}：${reason}`,
  });
}

/**
 * Opens the `--out` file for writing (truncating it). A file that cannot be opened (its folder is
 * missing, it is a folder, no access) is a usage error, `cannot-write`; a failure while writing
 * an opened file (a full disk) is not the caller's mistake and stays an internal error.
 * @example
 * ```ts
 * const fd = openOutFile('report.md');
 * ```
 */
export function openOutFile(out: string): number {
  try {
    return openSync(out, 'w');
  } catch (error) {
    const reason = (error as Error).message;
    throw new UsageError(`cannot write ${out}: ${reason}`, {
      code: 'cannot-write',
      messageZh: `无法写入 ${out}：${reason}`,
    });
  }
}

/**
 * Writes text to `--out` or to standard output; a file that cannot be opened is a usage error.
 * @example
 * ```ts
 * writeOutput('# 报告\n', args.flags.get('out'));
 * ```
 */
export function writeOutput(text: string, out: string | true | undefined): void {
  if (typeof out !== 'string') {
    process.stdout.write(text);
    return;
  }
  const fd = openOutFile(out);
  try {
    writeFileSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/**
 * The file `--out` names when the output is binary (`--format xlsx`): a spreadsheet must not go
 * to a terminal, so a missing `--out` is a usage error.
 * @example
 * ```ts
 * requireOutFile(parseArgs(['--out', 'a.xlsx'], ['out']), 'xlsx'); //=> 'a.xlsx'
 * ```
 */
export function requireOutFile(args: ParsedArgs, format: string): string {
  const out = args.flags.get('out');
  if (typeof out !== 'string') {
    throw new UsageError(`--format ${format} writes a binary file: give --out FILE.${format}`, {
      code: 'missing-option',
      messageZh: `--format ${format} 输出二进制文件：请用 --out FILE.${format} 指定文件`,
    });
  }
  return out;
}

/**
 * The default `--format`: `xlsx` when `--out` names an `.xlsx` file, else the given one.
 * @example
 * ```ts
 * defaultFormat(parseArgs(['--out', 'a.xlsx'], ['out']), 'md'); //=> 'xlsx'
 * ```
 */
export function defaultFormat<T extends string>(args: ParsedArgs, fallback: T): T | 'xlsx' {
  const out = args.flags.get('out');
  return typeof out === 'string' && out.toLowerCase().endsWith('.xlsx') ? 'xlsx' : fallback;
}

/**
 * Reads an option restricted to a list of values, with a default; any other value is a usage
 * error (`invalid-option-value`).
 * @example
 * ```ts
 * choice(parseArgs(['--lang', 'en'], ['lang']), 'lang', ['zh', 'en'] as const, 'zh'); //=> 'en'
 * ```
 */
export function choice<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = args.flags.get(name);
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`, {
      code: 'invalid-option-value',
      messageZh: `--${name} 只能是 ${allowed.join('、')} 之一`,
    });
  }
  return value as T;
}

/**
 * The text of one small JSON document as `--format json` prints it: `JSON.stringify(value, null,
 * 2)` and a line break. A result goes through `toJsonDocument` of `report/json.ts` first (figures
 * as decimal strings); big reports are written in pieces by `writeJson` of `output.ts`.
 * @example
 * ```ts
 * jsonText({ ok: true }); //=> '{\n  "ok": true\n}\n'
 * ```
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
