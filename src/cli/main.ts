/**
 * The `dudao` command: reads files, runs the library, writes reports, and sets exit codes
 * (0 done, 1 invalid input, 2 usage error). Only `src/cli/` touches `node:*`.
 * @module
 */
import process from 'node:process';
import { DudaoError, formatPath } from '../error.js';
import { assessCommand } from './commands/assess.js';
import { cityCommand } from './commands/city.js';
import { demoCommand } from './commands/demo.js';
import { ledgerCommand } from './commands/ledger.js';
import { progressCommand } from './commands/progress.js';
import { setsCommand } from './commands/sets.js';
import { templateCommand } from './commands/template.js';
import { validateCommand } from './commands/validate.js';
import {
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  parseArgs,
  type SpreadsheetCommand,
  UsageError,
} from './shared.js';

/** Every command, in the order the overview lists them. */
const COMMANDS: readonly SpreadsheetCommand[] = [
  setsCommand,
  validateCommand,
  assessCommand,
  ledgerCommand,
  progressCommand,
  cityCommand,
  demoCommand,
  templateCommand,
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  dudao ${c.name.padEnd(width)}  ${c.summary}`);
  return `dudao — China's county-level education supervision standards (督导评估)

Usage:
${lines.join('\n')}

Run "dudao <command> --help" for a command's options.
Exit codes: 0 done (also when a county does not meet a standard), 1 invalid input, 2 usage error.`;
}

/** Runs the command line with the given arguments and returns the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  let json = false;
  try {
    if (name === undefined) {
      process.stderr.write(`${overview()}\n`);
      return EXIT_USAGE;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(`${overview()}\n`);
      return EXIT_OK;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (command === undefined) throw new UsageError(`unknown command "${name}"`);
    const args = parseArgs(rest, command.options);
    if (args.flags.get('help') === true) {
      process.stdout.write(`${command.help}\n`);
      return EXIT_OK;
    }
    json = args.flags.get('format') === 'json';
    // `await` inside the try: a command's rejected promise is handled like a thrown error.
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`dudao: ${error.message}\n\n${overview()}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof DudaoError) {
      for (const issue of error.issues) {
        process.stderr.write(
          `${formatPath(issue.path)}: ${issue.message} / ${issue.messageZh} [${issue.code}]\n`,
        );
      }
      if (json) process.stdout.write(`${JSON.stringify({ error: error.toJSON() }, null, 2)}\n`);
      return EXIT_INVALID;
    }
    throw error;
  }
}

// A reader that stops early (`dudao demo | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2));
