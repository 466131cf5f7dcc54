/**
 * docs/errors.md lists every error code with what it means, the path and the English and Chinese
 * messages of a real error: the table is written from the errors that the calls of catalogue.ts
 * throw (the command line's codes from its JSON error documents), so it cannot drift from
 * DUDAO_ERROR_CODES or from the messages. The test fails when a code is missing from the table,
 * when the table lists a code that does not exist, when a call does not provoke its code, or when
 * a message changed; `DUDAO_UPDATE_DOCS=1 npx vitest run test/errors/error-table.test.ts`
 * rewrites the table (between its two markers) after a change, for review.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DUDAO_ERROR_CODES,
  type DudaoErrorCode,
  type DudaoIssue,
  formatPath,
  isDudaoError,
} from '../../src/index.js';
import { ROOT, runCli, useCli } from '../cli/run.js';
import { CATALOGUE, type Provocation } from './catalogue.js';

const PAGE = join(ROOT, 'docs', 'errors.md');
const START = '<!-- error-table:start (written by test/errors/error-table.test.ts) -->';
const END = '<!-- error-table:end -->';

const cli = useCli('dudao-error-table-');

interface Example {
  readonly code: DudaoErrorCode;
  readonly issue: DudaoIssue;
}

// A file named .xlsx that is not a workbook (`invalid-xlsx`), a .json file that is not JSON
// (`invalid-json`).
function scratchFiles(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'schools.xlsx'), 'school id,school name\n');
  writeFileSync(join(dir, 'county.json'), '# not JSON');
}

async function issuesOf(example: Provocation): Promise<readonly DudaoIssue[]> {
  if ('cli' in example) {
    scratchFiles(cli.dir);
    const args = example.cli.map((arg) => arg.replace('{dir}', cli.dir));
    const run = await runCli(cli.script, args);
    const document = JSON.parse(run.stdout) as { error: { issues: DudaoIssue[] } };
    // The scratch folder is shown as if the file were in the working directory.
    const tidy = (text: string): string => text.replaceAll(`${cli.dir}/`, '');
    return document.error.issues.map((issue) => ({
      ...issue,
      message: tidy(issue.message),
      messageZh: tidy(issue.messageZh),
    }));
  }
  try {
    const result = await example.call();
    const failed = result as { success?: unknown; ok?: unknown; error?: { issues?: DudaoIssue[] } };
    if ((failed.success === false || failed.ok === false) && failed.error?.issues !== undefined) {
      return failed.error.issues;
    }
  } catch (error) {
    if (isDudaoError(error)) return error.issues;
    throw error;
  }
  throw new Error('the call did not fail');
}

async function examples(): Promise<Example[]> {
  const out: Example[] = [];
  const problems: string[] = [];
  for (const code of DUDAO_ERROR_CODES) {
    let issues: readonly DudaoIssue[];
    try {
      issues = await issuesOf(CATALOGUE[code].example);
    } catch (error) {
      problems.push(`the example of ${code} threw ${String(error)}`);
      continue;
    }
    const issue = issues.find((i) => i.code === code);
    if (issue === undefined) {
      problems.push(`the example of ${code} gave ${issues.map((i) => i.code).join(', ')} instead`);
    } else out.push({ code, issue });
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return out;
}

const cell = (text: string): string => text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');

function table(rows: readonly Example[]): string {
  const lines = [
    '| Code | Meaning | Example path | Example message (English) | Example message (中文) |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const { code, issue } of rows) {
    lines.push(
      `| \`${code}\` | ${cell(CATALOGUE[code].meaning)} | \`${cell(formatPath(issue.path))}\` | ${cell(issue.message)} | ${cell(issue.messageZh)} |`,
    );
  }
  return lines.join('\n');
}

function committedTable(page: string): string {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${PAGE} lacks the table markers`);
  return page.slice(start + START.length, end).trim();
}

describe('docs/errors.md', () => {
  it('lists every code of DUDAO_ERROR_CODES once, and no other', () => {
    const page = readFileSync(PAGE, 'utf8').replace(/\r\n/g, '\n');
    const listed = [...committedTable(page).matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual([...DUDAO_ERROR_CODES]);
  });

  it("has each code's meaning, path and messages as the calls of catalogue.ts really give them", async () => {
    const generated = table(await examples());
    const page = readFileSync(PAGE, 'utf8').replace(/\r\n/g, '\n');
    if (process.env.DUDAO_UPDATE_DOCS === '1') {
      const start = page.indexOf(START) + START.length;
      writeFileSync(PAGE, `${page.slice(0, start)}\n\n${generated}\n\n${page.slice(page.indexOf(END))}`);
      return;
    }
    expect(
      committedTable(page),
      'run DUDAO_UPDATE_DOCS=1 npx vitest run test/errors/error-table.test.ts',
    ).toBe(generated);
  }, 120_000);
});
