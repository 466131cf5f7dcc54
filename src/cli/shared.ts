/**
 * What every command of the `dudao` command line shares: argument parsing, file reading,
 * output, and the exit codes of the data contract (0 done, 1 invalid input, 2 usage error), plus
 * 70 for an internal error (a bug: an exception nobody expected).
 * @module
 */
import { closeSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { DudaoError, type DudaoErrorCode } from '../error.js';
import { builtInIndicatorSets } from '../indicators/built-in.js';
import { parseIndicatorSet } from '../indicators/parse.js';
import type { IndicatorSet } from '../indicators/types.js';
import { dayNumber } from '../ledger/calendar.js';

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
  /** Options that take no value (`--no-bom`, `--force`): `true` in the flags when given. */
  readonly switches?: readonly string[];
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
 * `--help` (`-h`), `--debug` and the given switches take no value.
 * @example
 * ```ts
 * parseArgs(['a.json', '--format=json', '--debug', '--no-bom'], ['format'], ['no-bom']).flags;
 * //=> Map { 'format' => 'json', 'debug' => true, 'no-bom' => true }
 * ```
 */
export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  switches: readonly string[] = [],
): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      flags.set('help', true);
    } else if (arg === '--debug') {
      flags.set('debug', true);
    } else if (arg.startsWith('--') && switches.includes(arg.slice(2))) {
      flags.set(arg.slice(2), true);
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
export function writeOutput(text: string | Uint8Array, out: string | true | undefined): void {
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
 * The output formats of the command line, and the file extensions that name them.
 * @example
 * ```ts
 * const format: OutputFormat = 'csv';
 * ```
 */
export type OutputFormat = 'md' | 'json' | 'jsonl' | 'csv' | 'xlsx' | 'html' | 'docx';

const FORMAT_OF_EXTENSION: Readonly<Record<string, OutputFormat>> = {
  md: 'md',
  markdown: 'md',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  xlsx: 'xlsx',
  html: 'html',
  htm: 'html',
  docx: 'docx',
};

/**
 * The extension of a file name, lower case and without the dot; `''` when it has none.
 * @example
 * ```ts
 * extensionOf('out/评估.CSV'); //=> 'csv'
 * extensionOf('/dev/stdout'); //=> ''
 * ```
 */
export function extensionOf(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * The format a file's extension names (`.md`, `.json`, `.jsonl`, `.csv`, `.xlsx`, `.html`, `.docx`), or
 * undefined.
 * @example
 * ```ts
 * formatOfFile('report.html'); //=> 'html'
 * formatOfFile('report.txt'); //=> undefined
 * ```
 */
export function formatOfFile(file: string): OutputFormat | undefined {
  const extension = extensionOf(file);
  return Object.hasOwn(FORMAT_OF_EXTENSION, extension) ? FORMAT_OF_EXTENSION[extension] : undefined;
}

// A device or a pipe (`--out /dev/stdout`) has no file type: its name says nothing of the format.
function isSpecialFile(file: string): boolean {
  try {
    const stat = statSync(file);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}

/**
 * The output format of a command, so that a file never holds another format than its name says:
 * `--format` when given; else the format the `--out` file's extension names; else the fallback.
 * Usage errors: a `--format` the command does not write (`invalid-option-value`), a `--format`
 * that contradicts the extension of `--out` (`format-mismatch`, naming both), an `--out` file
 * whose extension names no format, without `--format` (`unknown-extension`), and an extension
 * that names a format the command does not write (`unsupported-format`). A device or a pipe as
 * `--out` (`/dev/stdout`) takes the format from `--format` or the fallback.
 * @param args - the parsed arguments (`format`, `out`)
 * @param command - the command's name, for messages
 * @param allowed - the formats the command writes
 * @param fallback - the format without `--format` and without an `--out` extension
 * @returns the format
 * @example
 * ```ts
 * outputFormat(parseArgs(['--out', 'a.csv'], ['out']), 'ledger', ['md', 'csv'] as const, 'md'); //=> 'csv'
 * outputFormat(parseArgs(['--out', 'a.csv', '--format', 'md'], ['out', 'format']), 'ledger', ['md', 'csv'] as const, 'md');
 * // throws UsageError: --format md contradicts --out a.csv, a .csv file
 * ```
 */
export function outputFormat<T extends OutputFormat>(
  args: ParsedArgs,
  command: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const given = args.flags.has('format') ? choice(args, 'format', allowed, fallback) : undefined;
  const out = args.flags.get('out');
  if (typeof out !== 'string' || isSpecialFile(out)) return given ?? fallback;
  const extension = extensionOf(out);
  const named = formatOfFile(out);
  if (given !== undefined) {
    if (named !== undefined && named !== given) {
      throw new UsageError(
        `--format ${given} contradicts --out ${out}, a .${extension} file (${named}); give one or make them agree`,
        {
          code: 'format-mismatch',
          messageZh: `--format ${given} 与 --out ${out}（.${extension} 文件，即 ${named} 格式）矛盾；请只给一个，或使二者一致`,
        },
      );
    }
    return given;
  }
  const extensions = allowed.map((format) => `.${format}`).join(', ');
  if (named === undefined) {
    const what = extension === '' ? 'has no extension' : `ends in .${extension}`;
    const whatZh = extension === '' ? '没有扩展名' : `的扩展名 .${extension} 不对应任何格式`;
    throw new UsageError(
      `--out ${out} ${what}, which names no format: end it in ${extensions}, or give --format`,
      {
        code: 'unknown-extension',
        messageZh: `--out ${out} ${whatZh}：请以 ${extensions.replaceAll(', ', '、')} 结尾，或给出 --format`,
      },
    );
  }
  if (!(allowed as readonly string[]).includes(named)) {
    throw new UsageError(
      `${command} does not write ${named} (--out ${out}); it writes ${allowed.join(', ')}`,
      {
        code: 'unsupported-format',
        messageZh: `${command} 不能输出 ${named} 格式（--out ${out}）；可用格式：${allowed.join('、')}`,
      },
    );
  }
  return named as T;
}

/**
 * Whether CSV output starts with a UTF-8 byte order mark: yes, so that Excel reads the Chinese
 * text as UTF-8, unless `--no-bom` is given.
 * @example
 * ```ts
 * withBom(parseArgs(['--no-bom'], [], ['no-bom'])); //=> false
 * ```
 */
export function withBom(args: ParsedArgs): boolean {
  return args.flags.get('no-bom') !== true;
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

/**
 * The day a command reports on (`--as-of YYYY-MM-DD`): required, since there is no hidden clock,
 * and a real calendar date. Usage errors `missing-option` and `invalid-date`.
 * @param args - the parsed arguments
 * @param command - the command's name, for the message
 * @returns the date as written
 * @example
 * ```ts
 * requireAsOf(parseArgs(['--as-of', '2021-12-10'], ['as-of']), 'ledger'); //=> '2021-12-10'
 * ```
 */
export function requireAsOf(args: ParsedArgs, command: string): string {
  const asOf = args.flags.get('as-of');
  if (typeof asOf !== 'string') {
    throw new UsageError(`${command} needs --as-of YYYY-MM-DD (the day to report on)`, {
      code: 'missing-option',
      messageZh: `${command} 需要 --as-of YYYY-MM-DD（报告所针对的日期）`,
    });
  }
  if (Number.isNaN(dayNumber(asOf))) {
    throw new UsageError(`--as-of must be a calendar date written YYYY-MM-DD (got "${asOf}")`, {
      code: 'invalid-date',
      messageZh: `--as-of 必须是 YYYY-MM-DD 格式的有效日期（实际为 "${asOf}"）`,
    });
  }
  return asOf;
}

/**
 * The indicator set a command names (指标体系), by one rule for every command: a built-in set's
 * id, else a JSON file holding a custom set (a provincial variant, `.json`), read and checked.
 *
 * @param name - a built-in set id (`compulsory-quality-2017`) or a file (`province.json`)
 * @returns the set
 * @throws {@link UsageError} `unknown-set` for anything else; the set file's problems as a
 *   `DudaoError`
 * @example
 * ```ts
 * indicatorSetOf('preschool-2020').id; //=> 'preschool-2020'
 * indicatorSetOf('henan.json'); // a custom set from its file
 * ```
 */
export function indicatorSetOf(name: string): IndicatorSet {
  if (Object.hasOwn(builtInIndicatorSets, name)) return builtInIndicatorSets[name] as IndicatorSet;
  if (/\.json$/i.test(name)) return parseIndicatorSet(readJson(name));
  const known = Object.keys(builtInIndicatorSets).join(', ');
  throw new UsageError(`unknown set "${name}"; known: ${known}, or a custom set file (.json)`, {
    code: 'unknown-set',
    messageZh: `未知的指标体系 "${name}"；可用：${known}，或自定义指标体系文件（.json）`,
  });
}
