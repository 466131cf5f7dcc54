// The command line as a user meets it: pack dudao, install the tarball in a fresh directory
// outside the repository (offline, as check-consumers.mjs does), then run every command of the
// first `sh` block of the README's "Command line" section there, in order, as written: it starts
// with `npx dudao init`, which writes the example files the other commands read. Each must exit
// 0 without an error message, and what it writes must be what it says: the file `--out` names
// in the format of its extension, else standard output in the `--format` given (Markdown by
// default), checked by its bytes. The install adds the packages the section's
// `npm install dudao …` names (docx, an optional peer dependency); then the Word file is asked
// for once more without docx, which must be a usage error saying what to install.
//
//   node scripts/check-installed.mjs          after `npm run build`
//   node scripts/check-installed.mjs --keep   keeps the directory and prints where it is
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CheckFailure, fail, installPacked, root } from './packed-install.mjs';

const keep = process.argv.includes('--keep');

/** The README's "Command line" section. */
function commandLineSection() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Command line\n');
  if (start === -1) fail('README.md has no "## Command line" section');
  return readme.slice(start + 1, readme.indexOf('\n## ', start + 1));
}

/**
 * The packages besides dudao that the section's first `npm install dudao …` installs (optional
 * peer dependencies such as docx), so that the check installs what the README tells a user to.
 */
function readmeExtraPackages() {
  const install = /`npm install dudao((?: [a-z@][\w@./-]*)*)`/.exec(commandLineSection());
  if (install === null) fail('the "Command line" section of README.md does not say `npm install dudao …`');
  return install[1].split(' ').filter((name) => name !== '');
}

/** The commands of the first `sh` block of the README's "Command line" section. */
function readmeCommands() {
  const section = commandLineSection();
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  if (block === null) fail('the "Command line" section of README.md has no sh block');
  const commands = block[1]
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '');
  const stray = commands.find((line) => !line.startsWith('npx dudao'));
  if (stray !== undefined)
    fail(`the README's command block has a line that is not \`npx dudao …\`: ${stray}`);
  if (commands[0] !== 'npx dudao init') fail("the README's command block must start with `npx dudao init`");
  return commands;
}

/** The arguments of a command line (no quoting is used in the README block). */
function argsOf(line) {
  return line.split(/\s+/).slice(2);
}

function optionOf(args, name) {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
}

const EXTENSIONS = {
  md: 'md',
  json: 'json',
  jsonl: 'jsonl',
  csv: 'csv',
  xlsx: 'xlsx',
  html: 'html',
  docx: 'docx',
};

/** Why the bytes are not in the format, or '' when they are. */
function notFormat(format, bytes) {
  const text = bytes.toString('utf8');
  switch (format) {
    case 'json':
      try {
        JSON.parse(text);
        return '';
      } catch (error) {
        return `not JSON (${error.message})`;
      }
    case 'jsonl':
      return text.endsWith('\n') &&
        text
          .trimEnd()
          .split('\n')
          .every((line) => {
            try {
              JSON.parse(line);
              return true;
            } catch {
              return false;
            }
          })
        ? ''
        : 'not JSON Lines';
    case 'csv':
      return text.startsWith('\uFEFF') && text.includes('\r\n') ? '' : 'not CSV with a byte order mark';
    case 'xlsx':
      return bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) &&
        bytes.includes('xl/workbook.xml')
        ? ''
        : 'not an .xlsx workbook';
    case 'docx':
      return bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) &&
        bytes.includes('word/document.xml')
        ? ''
        : 'not a .docx document';
    case 'html':
      return text.startsWith('<!doctype html>') ? '' : 'not an HTML page';
    case 'md':
      return text.startsWith('#') ? '' : 'not a Markdown document';
    default:
      return `unknown format ${format}`;
  }
}

/** What a command's output must be, checked after it ran; '' when it is. */
function checkOutput(line, stdout, work, version) {
  const args = argsOf(line);
  const [command] = args;
  const out = optionOf(args, 'out');
  if (out !== undefined) {
    if (stdout !== '') return 'printed something although --out was given';
    const file = join(work, out);
    if (!existsSync(file)) return `did not write ${out}`;
    const extension = out.slice(out.lastIndexOf('.') + 1).toLowerCase();
    const format = EXTENSIONS[extension];
    return format === undefined ? '' : notFormat(format, readFileSync(file));
  }
  if (command === 'init') return stdout.includes('wrote ') ? '' : 'wrote nothing';
  if (command === '--version' || command === '-v') {
    return stdout === `${version}\n` ? '' : `printed ${JSON.stringify(stdout)}, not ${version}`;
  }
  if (command === 'sets') return stdout.includes('compulsory-quality-2017\t') ? '' : 'no set listed';
  return notFormat(optionOf(args, 'format') ?? 'md', Buffer.from(stdout, 'utf8'));
}

const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'dudao-installed-'));
let failed = false;
try {
  if (!existsSync(join(root, 'dist', 'cli.js'))) fail('dist/cli.js is missing: run `npm run build` first');
  const commands = readmeCommands();
  const extra = readmeExtraPackages();
  installPacked(work, { name: 'dudao-installed', alsoFromDev: extra });
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // npx must find the installed package, never ask the registry.
  const env = { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' };
  for (const line of commands) {
    // `npx dudao assess …` as the README writes it; no argument of the block needs quoting.
    const ran = spawnSync('npx', line.split(/\s+/).slice(1), { cwd: work, encoding: 'utf8', env });
    if (ran.error) throw ran.error;
    const problem =
      ran.status !== 0
        ? `exit ${ran.status}: ${ran.stderr.trim().slice(0, 400)}`
        : /^dudao:/m.test(ran.stderr)
          ? `error message: ${ran.stderr.trim().slice(0, 400)}`
          : checkOutput(line, ran.stdout, work, version);
    if (problem !== '') {
      failed = true;
      console.error(`check-installed: ${line}: ${problem}`);
    } else console.log(`check-installed: ${line}: ok`);
  }
  // docx is an optional peer dependency: without it, the Word file is a usage error that says
  // what to install, and nothing is written.
  const docxLine = commands.find((line) => optionOf(argsOf(line), 'out')?.endsWith('.docx'));
  if (extra.includes('docx') && docxLine !== undefined) {
    const hidden = join(work, 'node_modules', '.docx-hidden');
    renameSync(join(work, 'node_modules', 'docx'), hidden);
    try {
      const out = optionOf(argsOf(docxLine), 'out');
      rmSync(join(work, out), { force: true });
      const ran = spawnSync('npx', docxLine.split(/\s+/).slice(1), { cwd: work, encoding: 'utf8', env });
      if (ran.error) throw ran.error;
      const said = ran.stderr.includes('DOCX output needs the docx package: npm install docx');
      if (ran.status !== 2 || !said || existsSync(join(work, out))) {
        failed = true;
        console.error(
          `check-installed: without docx, ${docxLine}: exit ${ran.status}, ${said ? '' : 'no hint to install docx, '}${existsSync(join(work, out)) ? 'wrote the file' : ''}: ${ran.stderr.trim().slice(0, 400)}`,
        );
      } else
        console.log('check-installed: without docx, the Word file is a usage error naming the package: ok');
    } finally {
      renameSync(hidden, join(work, 'node_modules', 'docx'));
    }
  }
} catch (error) {
  if (!(error instanceof CheckFailure)) throw error;
  failed = true;
  console.error(`check-installed: ${error.message}`);
} finally {
  if (keep) console.log(`check-installed: kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(
  `check-installed: ${failed ? 'failed' : 'done'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failed ? 1 : 0);
