// The built binary, as a user runs it after `npm install dudao`: `node dist/cli.js` with the
// package's dependencies left external (tsup's build), on the bundled sample and the examples.
// The end-to-end tests run the CLI bundled from source; this checks what is published.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'dudao-check-cli-'));
const cli = 'dist/cli.js';
let failed = false;

function check(name, args, expectStatus, test) {
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  const problem =
    run.status !== expectStatus
      ? `exit ${run.status}, expected ${expectStatus}: ${run.stderr.slice(0, 300)}`
      : test(run.stdout, run.stderr);
  if (problem) {
    failed = true;
    console.error(`built CLI: ${name}: ${problem}`);
  } else console.log(`built CLI: ${name}: ok`);
}

check('--help', ['--help'], 0, (out) => (out.includes('dudao demo') ? '' : 'no command list'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
check('--version', ['--version'], 0, (out) => (out === `${version}\n` ? '' : `not the version ${version}`));
check('demo (md)', ['demo'], 0, (out) =>
  out.startsWith('# dudao 演示：示例市') && out.includes('问题整改率') ? '' : 'unexpected Markdown',
);
const html = join(dir, 'report.html');
check('demo --format html', ['demo', '--format', 'html', '--out', html], 0, () =>
  readFileSync(html, 'utf8').includes('data-chart="school-grid"') ? '' : 'no charts in the page',
);
const template = join(dir, 'template.xlsx');
check(
  'template compulsory --format xlsx',
  ['template', 'compulsory', '--format', 'xlsx', '--out', template],
  0,
  () => (statSync(template).size > 1000 ? '' : 'the workbook is empty'),
);
const preschoolTemplate = join(dir, 'preschool-template.xlsx');
check('template preschool', ['template', 'preschool', '--out', preschoolTemplate], 0, () =>
  statSync(preschoolTemplate).size > 1000 ? '' : 'the workbook is empty',
);
const workbook = join(dir, 'assessment.xlsx');
check(
  'assess --out x.xlsx',
  ['assess', 'compulsory-quality-2017', 'examples/county-compulsory.json', '--out', workbook],
  0,
  () => (statSync(workbook).size > 1000 ? '' : 'the workbook is empty'),
);
check(
  'assess --format json',
  ['assess', 'preschool-2020', 'examples/county-preschool.json', '--format', 'json'],
  0,
  (out) => (JSON.parse(out).set === 'preschool-2020' ? '' : 'not the preschool assessment'),
);
const counties = join(dir, 'counties.jsonl');
const county = JSON.stringify(JSON.parse(readFileSync('examples/county-preschool.json', 'utf8')));
writeFileSync(counties, `${county}\n${county}\n`);
check(
  'assess .jsonl --format jsonl',
  ['assess', 'preschool-2020', counties, '--format', 'jsonl'],
  0,
  (out) =>
    out
      .trimEnd()
      .split('\n')
      .every((line) => JSON.parse(line).set === 'preschool-2020')
      ? ''
      : 'not one assessment per line',
);
check('invalid input', ['validate', 'package.json'], 1, (_out, err) => (err.length > 0 ? '' : 'no message'));
check('usage error', ['assess'], 2, () => '');
check('usage error --format json', ['validate', 'no-such-file.json', '--format', 'json'], 2, (out) =>
  JSON.parse(out).error?.code === 'cannot-read' ? '' : 'no JSON error document',
);

rmSync(dir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
