// The built binary, as a user runs it after `npm install dudao`: `node dist/cli.js` with the
// package's dependencies left external (tsup's build), on the bundled sample and the examples.
// The end-to-end tests run the CLI bundled from source; this checks what is published.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
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
check('invalid input', ['validate', 'package.json'], 1, (_out, err) => (err.length > 0 ? '' : 'no message'));
check('usage error', ['assess'], 2, () => '');

rmSync(dir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
