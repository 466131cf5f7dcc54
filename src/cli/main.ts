/**
 * The `dudao` command: reads files, runs the library, writes reports, and sets exit codes
 * (0 done, 1 invalid input, 2 usage error, 70 internal error). Only `src/cli/` touches `node:*`.
 * @module
 */
import { writeSync } from 'node:fs';
import process from 'node:process';
import { version } from '../../package.json';
import { DudaoError, formatPath } from '../error.js';
import { assessCommand } from './commands/assess.js';
import { cityCommand } from './commands/city.js';
import { demoCommand } from './commands/demo.js';
import { initCommand } from './commands/init.js';
import { ledgerCommand } from './commands/ledger.js';
import { opinionCommand } from './commands/opinion.js';
import { progressCommand } from './commands/progress.js';
import { recheckCommand } from './commands/recheck.js';
import { setsCommand } from './commands/sets.js';
import { surveyCommand } from './commands/survey.js';
import { templateCommand } from './commands/template.js';
import { validateCommand } from './commands/validate.js';
import { errorDocument, exitCodeOf, internalMessage } from './errors.js';
import {
  EXIT_OK,
  EXIT_SOFTWARE,
  EXIT_USAGE,
  parseArgs,
  type SpreadsheetCommand,
  UsageError,
} from './shared.js';

/** Every command, in the order the overview lists them. */
const COMMANDS: readonly SpreadsheetCommand[] = [
  initCommand,
  setsCommand,
  validateCommand,
  assessCommand,
  ledgerCommand,
  recheckCommand,
  progressCommand,
  cityCommand,
  opinionCommand,
  surveyCommand,
  demoCommand,
  templateCommand,
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  dudao ${c.name.padEnd(width)}  ${c.summary}`);
  return `dudao ${version} — China's county-level education supervision standards (督导评估)

Usage:
${lines.join('\n')}

Run "dudao <command> --help" for a command's options, "dudao --version" (-v) for the version.
Options of every command: --help, and --debug (a stack trace for an internal error).
Output: --out FILE writes the format its extension names (.md .json .jsonl .csv .xlsx .html);
a --format that contradicts it is a usage error, and a file whose extension names no format needs
--format. CSV starts with a UTF-8 byte order mark for Excel (--no-bom leaves it out).
Exit codes: 0 done (also when a county does not meet a standard), 1 invalid input, 2 usage error,
70 internal error (a bug in dudao). With --format json, standard output holds exactly one JSON
document, also when the command fails: { "ok": false, "exitCode", "error": { "code", "issues" } }.`;
}

// A command's usage: its synopsis (the first line of its help) and its options.
function usageOf(command: SpreadsheetCommand): string {
  const [synopsis = ''] = command.help.split('\n');
  const at = command.help.indexOf('\nOptions:\n');
  const options = at === -1 ? '' : `\n\n${command.help.slice(at + 1).split('\n\n')[0]}`;
  return `Usage: ${synopsis}${options}\n\nRun "dudao ${command.name} --help" for the whole help.`;
}

// `--format json` as the user typed it, read before the arguments are parsed, so that a usage
// error in the arguments themselves (an unknown option) still gets its JSON error document.
function wantsJson(argv: readonly string[]): boolean {
  return argv.some((arg, i) => arg === '--format=json' || (arg === '--format' && argv[i + 1] === 'json'));
}

function writeError(text: string): void {
  try {
    writeSync(2, text);
  } catch {
    // Standard error is gone: the exit code is all that is left to say it.
  }
}

// An unexpected exception (exit 70): one line, or the stack trace with --debug.
function reportInternal(error: unknown, debug: boolean): void {
  const stack = debug && error instanceof Error && error.stack !== undefined ? `${error.stack}\n` : '';
  const hint = debug ? '' : ' (run again with --debug for the stack trace)';
  writeError(`dudao: internal error: ${internalMessage(error)}${hint}\n${stack}`);
}

/**
 * Runs the command line with the given arguments and returns the exit code: 0 done, 1 invalid
 * input, 2 usage error, 70 internal error. Failures are reported on standard error and, with
 * `--format json`, as one JSON error document on standard output.
 * @example
 * ```ts
 * process.exitCode = await run(['assess', 'compulsory-quality-2017', 'county.json']);
 * ```
 */
export async function run(argv: readonly string[]): Promise<number> {
  const json = wantsJson(argv);
  const debug = argv.includes('--debug');
  // --debug may come anywhere, before the command too.
  const [name, ...rest] = argv.filter((arg) => arg !== '--debug');
  let command: SpreadsheetCommand | undefined;
  try {
    if (name === undefined) {
      process.stderr.write(`${overview()}\n`);
      return EXIT_USAGE;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      // `dudao help assess` is `dudao assess --help`.
      const [topic] = rest;
      const about = topic === undefined ? undefined : COMMANDS.find((c) => c.name === topic);
      if (topic !== undefined && about === undefined) {
        throw new UsageError(`unknown command "${topic}"`, {
          code: 'unknown-command',
          messageZh: `未知命令 "${topic}"`,
        });
      }
      process.stdout.write(`${about === undefined ? overview() : about.help}\n`);
      return EXIT_OK;
    }
    if (name === '--version' || name === '-v') {
      process.stdout.write(`${version}\n`);
      return EXIT_OK;
    }
    command = COMMANDS.find((c) => c.name === name);
    if (command === undefined) {
      throw new UsageError(`unknown command "${name}"`, {
        code: 'unknown-command',
        messageZh: `未知命令 "${name}"`,
      });
    }
    const args = parseArgs(rest, command.options, command.switches);
    if (args.flags.get('help') === true) {
      process.stdout.write(`${command.help}\n`);
      return EXIT_OK;
    }
    // `await` inside the try: a command's rejected promise is handled like a thrown error.
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      writeError(`dudao: ${error.message}\n\n${command === undefined ? overview() : usageOf(command)}\n`);
    } else if (error instanceof DudaoError) {
      writeError(
        error.issues
          .map(
            (issue) => `${formatPath(issue.path)}: ${issue.message} / ${issue.messageZh} [${issue.code}]\n`,
          )
          .join(''),
      );
    } else reportInternal(error, debug);
    if (json && (command === undefined || command.json === true)) {
      try {
        process.stdout.write(`${JSON.stringify(errorDocument(error), null, 2)}\n`);
      } catch {
        // Standard output itself failed (that may be the error): standard error has said it.
      }
    }
    return exitCodeOf(error);
  }
}

const debug = process.argv.includes('--debug');

// A reader that stops early (`dudao demo | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  reportInternal(error, debug);
  process.exit(EXIT_SOFTWARE);
});

// An exception outside the command's own promise (an event handler) is a bug all the same.
process.on('uncaughtException', (error) => {
  reportInternal(error, debug);
  process.exit(EXIT_SOFTWARE);
});

// For the tests of bounded memory: the peak resident set size, reported when the process ends.
if (process.env.DUDAO_DEBUG_MEMORY === '1') {
  process.on('exit', () => writeError(`dudao: maxRSS ${process.resourceUsage().maxRSS} KiB\n`));
}

process.exitCode = await run(process.argv.slice(2));
