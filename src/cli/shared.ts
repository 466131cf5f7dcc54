/**
 * What every command of the `dudao` command line shares: argument parsing, file reading,
 * output, and the exit codes of the data contract (0 done, 1 invalid input, 2 usage error).
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { DudaoError } from '../error.js';

/** Exit code: done (also when a county does not meet a standard). */
export const EXIT_OK = 0;
/** Exit code: invalid input, every problem printed with its path. */
export const EXIT_INVALID = 1;
/** Exit code: usage error. */
export const EXIT_USAGE = 2;

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {}

/** Parsed command-line arguments. */
export interface ParsedArgs {
  /** Arguments that are not options. */
  readonly positional: string[];
  /** Options by name (`--format md` → `format: 'md'`; `--help` → `help: true`). */
  readonly flags: Map<string, string | true>;
}

/** One command of the command line. */
export interface Command {
  /** The command word, e.g. `assess`. */
  readonly name: string;
  /** One line for the overview. */
  readonly summary: string;
  /** The full help text of the command. */
  readonly help: string;
  /** Options that take a value. */
  readonly options: readonly string[];
  /** Runs the command and returns its exit code. */
  readonly run: (args: ParsedArgs) => number;
}

/** Parses `argv` into positional arguments and options; unknown options are usage errors. */
export function parseArgs(argv: readonly string[], valued: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      flags.set('help', true);
    } else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (!valued.includes(name)) throw new UsageError(`unknown option --${name}`);
      const value = inline ?? argv[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new UsageError(`option --${name} needs a value`);
      }
      if (inline === undefined) i += 1;
      flags.set(name, value);
    } else positional.push(arg);
  }
  return { positional, flags };
}

/** Reads and parses a JSON file; unreadable files are usage errors, malformed JSON is invalid input. */
export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
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

/** Writes text to `--out` or to standard output. */
export function writeOutput(text: string, out: string | true | undefined): void {
  if (typeof out === 'string') writeFileSync(out, text);
  else process.stdout.write(text);
}

/** Reads an option restricted to a list of values, with a default. */
export function choice<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = args.flags.get(name);
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** Serialises a result as the one JSON document `--format json` prints (Decimals as strings). */
export function toJsonDocument(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
