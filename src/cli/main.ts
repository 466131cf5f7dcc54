/**
 * The `dudao` command: reads files, runs the library, writes reports, and sets exit codes
 * (0 done, 1 invalid input, 2 usage error). Only this folder touches `node:*`.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { DudaoError, formatPath } from '../error.js';
import {
  assessCompulsory,
  builtInIndicatorSets,
  compulsoryGaps,
  parseCompulsoryDataset,
  parseIndicatorSet,
  parsePreschoolDataset,
  renderCompulsoryMarkdown,
} from '../index.js';
import type { IndicatorSet } from '../indicators/types.js';

const EXIT_OK = 0;
const EXIT_INVALID = 1;
const EXIT_USAGE = 2;

const USAGE = `dudao — China's county-level education supervision standards (督导评估)

Usage:
  dudao sets                                  list the built-in indicator sets (指标体系)
  dudao validate <file>                       check a dataset (数据校验); print every problem with its path
  dudao assess <set-id> <file> [options]      assess a county dataset (督导评估)

Options for assess:
  --set <custom.json>     use an indicator set from a JSON file instead of a built-in one
  --format md|json        output format (default md)
  --lang zh|en            report language for md (default zh)
  --out <file>            write to a file instead of standard output

Exit codes: 0 done (also when a county does not meet a standard), 1 invalid input, 2 usage error.`;

class UsageError extends Error {}

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: readonly string[], valued: readonly string[]): Parsed {
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

function readJson(file: string): unknown {
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

function write(text: string, out: string | undefined): void {
  if (out === undefined) process.stdout.write(text);
  else writeFileSync(out, text);
}

function printInvalid(error: DudaoError, json: boolean): void {
  for (const issue of error.issues) {
    process.stderr.write(
      `${formatPath(issue.path)}: ${issue.message} / ${issue.messageZh} [${issue.code}]\n`,
    );
  }
  if (json) process.stdout.write(`${JSON.stringify({ error: error.toJSON() }, null, 2)}\n`);
}

function choice<T extends string>(
  flags: Parsed['flags'],
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = flags.get(name);
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function commandSets(): number {
  for (const set of Object.values(builtInIndicatorSets)) {
    process.stdout.write(`${set.id}\t${set.version}\t${set.name.zh} / ${set.name.en}\n`);
  }
  return EXIT_OK;
}

function commandValidate(args: Parsed): number {
  const [file] = args.positional;
  if (file === undefined) throw new UsageError('validate needs a file');
  const data = readJson(file) as Record<string, unknown> | null;
  if (data !== null && typeof data === 'object' && 'kindergartens' in data) parsePreschoolDataset(data);
  else parseCompulsoryDataset(data);
  process.stdout.write(`${file}: valid / 校验通过\n`);
  return EXIT_OK;
}

function commandAssess(args: Parsed): number {
  const [setId, file] = args.positional;
  if (setId === undefined || file === undefined) throw new UsageError('assess needs <set-id> and <file>');
  const format = choice(args.flags, 'format', ['md', 'json'] as const, 'md');
  const lang = choice(args.flags, 'lang', ['zh', 'en'] as const, 'zh');
  const out = args.flags.get('out');
  const custom = args.flags.get('set');
  let set: IndicatorSet;
  if (typeof custom === 'string') set = parseIndicatorSet(readJson(custom));
  else {
    const builtIn = builtInIndicatorSets[setId];
    if (builtIn === undefined) {
      throw new UsageError(`unknown set "${setId}"; known: ${Object.keys(builtInIndicatorSets).join(', ')}`);
    }
    set = builtIn;
  }
  if (set.programme !== 'compulsory-basic' && set.programme !== 'compulsory-quality') {
    throw new UsageError(`assessing ${set.programme} sets is not available in this version`);
  }
  const assessment = assessCompulsory(readJson(file), set);
  const gaps = compulsoryGaps(assessment, set);
  if (format === 'json') {
    write(`${JSON.stringify({ ...assessment, gaps }, null, 2)}\n`, typeof out === 'string' ? out : undefined);
  } else {
    write(
      renderCompulsoryMarkdown(assessment, set, { lang, gaps }),
      typeof out === 'string' ? out : undefined,
    );
  }
  return EXIT_OK;
}

/**
 * Runs the command line with the given arguments and returns the exit code.
 * @internal
 */
export function run(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  let json = false;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    }
    const args = parseArgs(rest, command === 'assess' ? ['format', 'lang', 'out', 'set'] : []);
    json = args.flags.get('format') === 'json';
    if (args.flags.get('help') === true) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT_OK;
    }
    switch (command) {
      case 'sets':
        return commandSets();
      case 'validate':
        return commandValidate(args);
      case 'assess':
        return commandAssess(args);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`dudao: ${error.message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof DudaoError) {
      printInvalid(error, json);
      return EXIT_INVALID;
    }
    throw error;
  }
}

process.exitCode = run(process.argv.slice(2));
