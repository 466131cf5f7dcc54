/**
 * `dudao survey plan|assess|rules` end to end through the bundled command line. Figures worked by
 * hand from the national default rules (1.5 ‰ of the residents, at least 600; parents half, the
 * other five groups a tenth each; areas in proportion to their residents) and the survey that
 * `dudao init` writes (西山县: 1,200 respondents, 1,020 satisfied, 1,300 issued).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFiles } from '../../src/cli/commands/init.js';
import { SURVEY_RULES } from '../../src/indicators/survey-rules.js';
import { runCli, scratchFile, useCli } from './run.js';

const cli = useCli('dudao-survey-');
const run = (...args: string[]) => runCli(cli.script, args);
const FRAME = ['--population', '400000', '--urban', '160000', '--town', '80000', '--rural', '160000'];
// Written once (synchronously) and then only read: the tests run side by side.
let written: string | undefined;
const surveyFile = (): string => {
  if (written !== undefined) return written;
  const file = exampleFiles().find((f) => f.name === 'survey.json');
  if (file === undefined) throw new Error('dudao init writes no survey.json');
  written = scratchFile(cli.dir, 'survey.json', file.text);
  return written;
};

describe.concurrent('dudao survey plan', () => {
  it('400,000 residents: 600 questionnaires (1.5 ‰), parents 300, urban 40 % of each group', async () => {
    const { status, stdout, stderr } = await run('survey', 'plan', ...FRAME, '--format', 'json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.total).toBe(600);
    const size = (group: string) => plan.groups.find((g: { group: string }) => g.group === group).size;
    expect(size('parents')).toBe(300);
    expect(size('students')).toBe(60);
    const cell = (group: string, area: string) =>
      plan.cells.find((c: { group: string; area: string }) => c.group === group && c.area === area).size;
    // 160,000 of 400,000 residents are urban: 40 % of the parents' 300.
    expect([cell('parents', 'urban'), cell('parents', 'town'), cell('parents', 'rural')]).toEqual([
      120, 60, 120,
    ]);
  });

  it('reads the frame of a survey file: 620,000 residents, 930 questionnaires (620,000 × 1.5 ‰)', async () => {
    const { status, stdout } = await run('survey', 'plan', surveyFile(), '--lang', 'en');
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toBe('# Survey plan');
    expect(stdout).toContain('**930** valid questionnaires');
  });

  it('writes one CSV row per group and area, with a byte order mark', async () => {
    const out = join(cli.dir, 'plan.csv');
    const { status, stdout } = await run('survey', 'plan', ...FRAME, '--out', out);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF调查对象,区域,问卷数\r\n')).toBe(true);
    const rows = text.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 6 * 3);
    expect(rows[1]).toBe('学生家长,城区,120');
  });

  it('refuses a population of 0 (exit 1, the path and both languages)', async () => {
    const { status, stderr } = await run(
      'survey',
      'plan',
      '--population',
      '0',
      '--urban',
      '1',
      '--town',
      '1',
      '--rural',
      '1',
    );
    expect(status).toBe(1);
    expect(stderr).toContain('frame.population: the resident population must be greater than 0');
    expect(stderr).toContain('常住人口必须大于 0');
  });

  it('usage errors (exit 2): a missing area, a file and options at once, an unknown subcommand', async () => {
    const missing = await run('survey', 'plan', '--population', '400000', '--format', 'json');
    expect(missing.status).toBe(2);
    expect(JSON.parse(missing.stdout).error.code).toBe('missing-option');
    const both = await run('survey', 'plan', surveyFile(), '--population', '400000');
    expect(both.status).toBe(2);
    const unknown = await run('survey', 'sample');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown survey command "sample"');
    const none = await run('survey');
    expect(none.status).toBe(2);
  });
});

describe.concurrent('dudao survey assess', () => {
  it('the example survey: 1,020 of 1,200 satisfied is 85 %, meeting ≥ 85 % exactly; the sample is valid', async () => {
    const { status, stdout, stderr } = await run('survey', 'assess', surveyFile(), '--format', 'json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.recognition.status).toBe('met');
    // Figures of a JSON document are exact decimal strings (toJsonDocument).
    expect([result.recognition.numerator, result.recognition.denominator].map(Number)).toEqual([1020, 1200]);
    expect(Number(result.recognition.value)).toBe(85);
    expect(result.sample.valid).toBe(true);
    // Parents: 155 + 100 + 265 satisfied of 600.
    const parents = result.groups.find((g: { group: string }) => g.group === 'parents');
    expect([parents.rate.satisfied, parents.rate.answered].map(Number)).toEqual([520, 600]);
  });

  it('Markdown: the decision first, then the sample checks and the rates', async () => {
    const { status, stdout } = await run('survey', 'assess', surveyFile());
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toBe('# 社会认可度调查结果');
    expect(stdout).toContain('社会认可度 85.00%（1020/1200），标准 ≥ 85%，**达标**');
    expect(stdout).toContain('| 有效回收率 | 92.31% (1200/1300) | ≥ 70.00% | 符合 |');
  });

  it("with a province's stricter rules (≥ 90 %) the same survey is unmet, still exit 0", async () => {
    const rules = scratchFile(
      cli.dir,
      'rules.json',
      JSON.stringify({ ...SURVEY_RULES, id: 'strict', threshold: '90' }),
    );
    const { status, stdout } = await run(
      'survey',
      'assess',
      surveyFile(),
      '--rules',
      rules,
      '--format',
      'json',
    );
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.recognition.status).toBe('unmet');
    expect(result.plan.rules).toBe('strict');
  });

  it('an invalid survey is exit 1 with its path; csv is not a format of assess (exit 2)', async () => {
    const bad = scratchFile(
      cli.dir,
      'bad-survey.json',
      JSON.stringify({
        schemaVersion: 1,
        county: { code: '1', name: 'x' },
        frame: { population: 10, areas: { urban: 1, town: 1, rural: 1 } },
      }),
    );
    const invalid = await run('survey', 'assess', bad, '--format', 'json');
    expect(invalid.status).toBe(1);
    expect(JSON.parse(invalid.stdout).error.code).toBe('survey-form');
    const csv = await run('survey', 'assess', surveyFile(), '--format', 'csv');
    expect(csv.status).toBe(2);
  });
});

describe('dudao survey rules', () => {
  it('prints the national default rules as JSON, a starting point for --rules', async () => {
    const { status, stdout } = await run('survey', 'rules');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(SURVEY_RULES);
  });
});

describe('dudao validate', () => {
  it('recognises a survey by its frame: the county, year and respondents, or every problem with its path', async () => {
    const valid = await run('validate', surveyFile(), '--format', 'json');
    expect(valid.status).toBe(0);
    expect(JSON.parse(valid.stdout)).toMatchObject({
      ok: true,
      kind: 'survey',
      county: { code: '990102', name: '西山县' },
      year: 2025,
      respondents: 1200,
    });
    const bad = scratchFile(
      cli.dir,
      'no-answers.json',
      JSON.stringify({
        schemaVersion: 1,
        county: { code: '1', name: 'x' },
        frame: { population: 10, areas: { urban: 1, town: 1, rural: 1 } },
      }),
    );
    const invalid = await run('validate', bad);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('[survey-form]');
  });
});
