/**
 * The county workbook end to end through the built command line: `dudao template compulsory
 * --format xlsx` writes it, the test fills it as a county would (school sheet, 县级指标, 一票否决,
 * 社会认可度) and saves it with a spreadsheet library, then `dudao assess` reads it back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { COMPULSORY_CSV_COLUMNS } from '../../src/io/compulsory-columns.js';
import { passingCounty2017 } from '../fixtures/county-2017.js';
import { runCli, useCli } from './run.js';

const cli = useCli('dudao-county-workbook-');
const run = (...args: string[]) => runCli(cli.script, args);
const COUNTY = ['--county-code', '999001', '--county-name', '示例县', '--year', '2023'];

type Value = string | number | null;
/** A value for the 数值 column, 达到 / 未达到, or anything else for the 达到/未达到 column. */
type Answer = Value | { readonly judgement: string };

// The county's answers on 县级指标, written by hand from the synthetic county's facts (ratios
// given as the percentages they stand for): each a value or 达到 / 未达到.
const COUNTY_ANSWERS: Readonly<Record<string, Answer>> = {
  'basic-balance-3-years': '达到',
  'school-layout': '达到',
  'unified-standards': '达到',
  'small-school-funding': '达到',
  'special-education-funding': 6000,
  'teacher-pay': 1.0155,
  'teacher-training-360': 100,
  'staffing-county-management': '达到',
  'teacher-exchange': 10.5,
  'teacher-exchange-key': 22.95,
  'nearby-enrolment-primary': 100,
  'nearby-enrolment-junior': 96.5,
  'high-school-quota': 52,
  'migrant-children': 86,
  'junior-retention': 97,
  'disabled-enrolment': 96,
  // certified-teachers is left empty: the assessment computes it from the school sheet.
  'school-charter-it': '达到',
  'training-funds': 5.5,
  'it-use': '达到',
  'moral-culture': '达到',
  curriculum: '达到',
  'no-overload': '达到',
  'quality-monitoring-level': '达到',
  'quality-monitoring-difference': '0.12',
};

// The school sheet's rows for the synthetic county that passes (its nine-year school s05 reports
// its stock for the whole school, which the sheet has no columns for, so it is left out).
function schoolRows(headers: readonly string[], moneyScale: number): Value[][] {
  const county = passingCounty2017();
  const rows: Value[][] = [];
  for (const school of county.schools) {
    if ('sharedStock' in school) continue;
    for (const [stage, section] of Object.entries(school.sections) as [string, Record<string, unknown>][]) {
      rows.push(
        headers.map((header) => {
          const column = COMPULSORY_CSV_COLUMNS.find(
            (c) => c.zh === header || c.zh.replace('(元)', '(万元)') === header,
          );
          if (column === undefined) throw new Error(`no column ${header}`);
          if (column.field === 'stage') return stage === 'primary' ? '小学' : '初中';
          if (column.field === 'kind')
            return (
              { primary: '小学', junior: '初中', 'teaching-point': '教学点' }[school.kind as 'primary'] ??
              school.kind
            );
          if (column.field === 'ownership') return '公办';
          let value: unknown;
          if (column.field.startsWith('sections.<stage>.')) {
            const parts = column.field.slice('sections.<stage>.'.length).split('.');
            value = parts.reduce<unknown>(
              (at, key) => (at as Record<string, unknown> | undefined)?.[key],
              section,
            );
          } else value = (school as Record<string, unknown>)[column.field];
          if (value === undefined) return null;
          if (Array.isArray(value)) return value.join(';');
          if (column.type === 'money') return Number(value) / moneyScale;
          return value as Value;
        }),
      );
    }
  }
  return rows;
}

interface Filled {
  readonly moneyUnit: 'yuan' | 'wan-yuan';
  readonly answers?: Readonly<Record<string, Answer>>;
  readonly vetoes?: Readonly<Record<string, Value>>;
  readonly survey?: readonly [Value, Value];
}

const cellOf = (value: Value): Cell =>
  value === null ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String };

/** Writes the template through the CLI, fills it as a county would and saves it under `name`. */
async function filledWorkbook(name: string, filled: Filled): Promise<string> {
  const template = join(cli.dir, `template-${name}`);
  const result = await run(
    'template',
    'compulsory',
    '--format',
    'xlsx',
    '--money-unit',
    filled.moneyUnit,
    '--out',
    template,
  );
  expect(result).toMatchObject({ status: 0, stderr: '' });
  const sheets = await readXlsxFile(template);
  const answers = filled.answers ?? COUNTY_ANSWERS;
  const out = sheets.map(({ sheet, data }) => {
    const header = data[0] as string[];
    let rows: Value[][] = data.slice(1) as Value[][];
    if (sheet === '学校数据') rows = schoolRows(header, filled.moneyUnit === 'wan-yuan' ? 10000 : 1);
    if (sheet === '县级指标') {
      rows = rows.map((row) => {
        const answer = answers[row[0] as string] ?? null;
        const copy = [...row];
        if (typeof answer === 'object' && answer !== null) copy[3] = answer.judgement;
        else if (typeof answer === 'string' && answer.includes('达到')) copy[3] = answer;
        else copy[2] = answer;
        return copy;
      });
    }
    if (sheet === '一票否决') {
      rows = rows.map((row) => {
        const copy = [...row];
        copy[2] = filled.vetoes?.[row[0] as string] ?? '不存在';
        return copy;
      });
    }
    if (sheet === '社会认可度') rows = [[...(filled.survey ?? [1200, 1068]), null]];
    return { sheet, data: [header, ...rows].map((row) => row.map((v) => cellOf(v as Value))) };
  });
  const file = join(cli.dir, name);
  writeFileSync(file, await writeXlsxFile(out).toBuffer());
  return file;
}

describe.concurrent('the county workbook (dudao template compulsory --format xlsx)', () => {
  it('has the school sheet, 县级指标, 一票否决, 社会认可度 and 填表说明', async () => {
    const out = join(cli.dir, 'sheets.xlsx');
    expect((await run('template', 'compulsory', '--format', 'xlsx', '--out', out)).status).toBe(0);
    const sheets = await readXlsxFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual([
      '学校数据',
      '县级指标',
      '一票否决',
      '社会认可度',
      '填表说明',
    ]);
    const [schools, county, vetoes, survey, guide] = sheets.map((s) => s.data);
    expect(schools).toEqual([COMPULSORY_CSV_COLUMNS.map((c) => c.zh)]);
    // 25 county-level indicators of the 2017 set (the survey and the 6 vetoes have their own sheets).
    expect(county?.[0]).toEqual([
      '指标代码',
      '指标名称',
      '数值',
      '达到/未达到',
      '佐证说明',
      '单位',
      '标准',
      '填写方式',
      '依据',
    ]);
    expect(county).toHaveLength(26);
    expect(county?.find((r) => r[0] === 'teacher-exchange')?.slice(0, 7)).toEqual([
      'teacher-exchange',
      '每年交流轮岗教师比例',
      null,
      null,
      null,
      '%',
      '≥ 10',
    ]);
    expect(vetoes?.map((r) => r[0])).toEqual([
      '代码',
      'exam-admission',
      'illegal-school-choice',
      'key-schools-or-classes',
      'unfilled-posts',
      'major-accidents',
      'falsified-data',
    ]);
    expect(survey).toEqual([['调查人数', '满意人数', '说明']]);
    // One explanation row per column of every sheet.
    const columns = (schools?.[0]?.length ?? 0) + 9 + 5 + 3;
    expect(guide).toHaveLength(columns + 1);
    expect(guide?.filter((r) => r[0] === '县级指标').map((r) => r[1])).toEqual(county?.[0]);
  });

  it('coded columns carry drop-down lists (<dataValidation> in the sheet XML)', async () => {
    const out = join(cli.dir, 'dropdowns.xlsx');
    expect((await run('template', 'compulsory', '--format', 'xlsx', '--out', out)).status).toBe(0);
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    const sheet = (n: number) => strFromU8(parts[`xl/worksheets/sheet${n}.xml`] as Uint8Array);
    const lists = (xml: string) =>
      [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*><formula1>([^<]*)<\/formula1>/g)].map(
        (m) => [m[1], m[2]],
      );
    // 学校类型 is column C, 办学性质 D, 学段 F.
    expect(lists(sheet(1))).toEqual([
      ['C2:C5000', '"小学,初中,九年一贯制,十二年一贯制,完全中学,教学点,特殊教育学校"'],
      ['D2:D5000', '"公办,民办"'],
      ['F2:F5000', '"小学,初中"'],
    ]);
    expect(lists(sheet(2))).toEqual([['D2:D26', '"达到,未达到"']]);
    expect(lists(sheet(3))).toEqual([['C2:C7', '"存在,不存在"']]);
    expect(sheet(4)).not.toContain('<dataValidation');
    // The element stands after the cells, where the schema orders it.
    expect(sheet(1).indexOf('<dataValidations')).toBeGreaterThan(sheet(1).indexOf('</sheetData>'));
  });

  it('--money-unit wan-yuan states 万元 in the money header', async () => {
    const out = join(cli.dir, 'wan.xlsx');
    expect(
      (await run('template', 'compulsory', '--format', 'xlsx', '--money-unit', 'wan-yuan', '--out', out))
        .status,
    ).toBe(0);
    const [schools] = await readXlsxFile(out);
    expect(schools?.data[0]).toContain('教学仪器设备值(万元)');
    expect(schools?.data[0]).not.toContain('教学仪器设备值(元)');
  });

  it('a filled workbook that meets every standard: 达到评估标准', async () => {
    const file = await filledWorkbook('met.xlsx', { moneyUnit: 'yuan' });
    const result = await run('assess', 'compulsory-quality-2017', file, ...COUNTY, '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.reasons).toEqual([]);
    expect(json.status).toBe('passed');
    const md = await run('assess', 'compulsory-quality-2017', file, ...COUNTY);
    expect(md.stdout).toContain('达到评估标准');
    expect(md.stdout).not.toContain('未达到评估标准');
  });

  it('one county indicator unmet: 未达到评估标准, the reason in Chinese, no field paths', async () => {
    const file = await filledWorkbook('unmet.xlsx', {
      moneyUnit: 'yuan',
      answers: { ...COUNTY_ANSWERS, 'teacher-exchange': 8 },
    });
    const json = JSON.parse(
      (await run('assess', 'compulsory-quality-2017', file, ...COUNTY, '--format', 'json')).stdout,
    );
    expect(json.status).toBe('failed');
    expect(json.reasons.map((r: { indicator: string }) => r.indicator)).toEqual(['teacher-exchange']);
    const md = (await run('assess', 'compulsory-quality-2017', file, ...COUNTY)).stdout;
    expect(md).toContain('未达到评估标准');
    expect(md).toContain('每年交流轮岗教师比例：未达标');
    expect(md).not.toMatch(/countyFacts|schools\[|sections\./);
  });

  it('an empty county row is "not given": the indicator is unknown and the verdict incomplete', async () => {
    const answers = { ...COUNTY_ANSWERS };
    delete (answers as Record<string, Answer>)['teacher-pay'];
    const file = await filledWorkbook('empty-row.xlsx', { moneyUnit: 'yuan', answers });
    const json = JSON.parse(
      (await run('assess', 'compulsory-quality-2017', file, ...COUNTY, '--format', 'json')).stdout,
    );
    expect(json.status).toBe('incomplete');
    expect(json.reasons.map((r: { indicator: string; code: string }) => [r.indicator, r.code])).toEqual([
      ['teacher-pay', 'unknown'],
    ]);
  });

  it('a veto that occurred (存在) fails the county', async () => {
    const file = await filledWorkbook('veto.xlsx', {
      moneyUnit: 'yuan',
      vetoes: { 'exam-admission': '存在' },
    });
    const json = JSON.parse(
      (await run('assess', 'compulsory-quality-2017', file, ...COUNTY, '--format', 'json')).stdout,
    );
    expect(json.status).toBe('failed');
    expect(json.reasons.map((r: { code: string; indicator: string }) => [r.code, r.indicator])).toEqual([
      ['veto', 'exam-admission'],
    ]);
  });

  it('元 and 万元 workbooks of the same county read back to the same dataset and assessment', async () => {
    const [yuan, wan] = await Promise.all([
      filledWorkbook('same-yuan.xlsx', { moneyUnit: 'yuan' }),
      filledWorkbook('same-wan.xlsx', { moneyUnit: 'wan-yuan' }),
    ]);
    const [a, b] = await Promise.all([
      run('assess', 'compulsory-quality-2017', yuan, ...COUNTY, '--format', 'json'),
      run('assess', 'compulsory-quality-2017', wan, ...COUNTY, '--format', 'json'),
    ]);
    expect(a.status).toBe(0);
    expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
    // s01's equipment, 1 000 000 元, is 100 万元 in the second workbook.
    const [wanSheet] = await readXlsxFile(wan);
    const equipment = wanSheet?.data[0]?.indexOf('教学仪器设备值(万元)') ?? -1;
    expect(wanSheet?.data[1]?.[equipment]).toBe(100);
  });

  it('validate accepts the filled workbook', async () => {
    const file = await filledWorkbook('validate.xlsx', { moneyUnit: 'wan-yuan' });
    const result = await run('validate', file, ...COUNTY, '--format', 'json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true });
  });

  it('bad cells are reported with sheet, row and column', async () => {
    const answers = {
      ...COUNTY_ANSWERS,
      'teacher-pay': 'high',
      'teacher-exchange': -3,
      'school-layout': { judgement: '好' },
    };
    const file = await filledWorkbook('bad.xlsx', {
      moneyUnit: 'yuan',
      answers,
      vetoes: { 'exam-admission': '也许' },
      survey: [100, 120],
    });
    const result = await run('validate', file, ...COUNTY, '--format', 'json');
    expect(result.status).toBe(1);
    const issues = JSON.parse(result.stdout).error.issues as { code: string; path: (string | number)[] }[];
    // 县级指标 rows: 2 basic-balance-3-years, 3 school-layout, 4 unified-standards, … 7 teacher-pay,
    // 10 teacher-exchange.
    expect(issues.map((i) => [i.code, i.path.join('|')])).toEqual([
      ['unknown-choice', 'sheet|县级指标|row|3|column|达到/未达到'],
      ['not-a-number', 'sheet|县级指标|row|7|column|数值'],
      ['negative', 'sheet|县级指标|row|10|column|数值'],
      ['unknown-choice', 'sheet|一票否决|row|2|column|存在/不存在'],
      ['satisfied-exceeds-respondents', 'sheet|社会认可度|row|2|column|满意人数'],
    ]);
  });

  it('validate --set checks the rows as assess does; --set with a JSON file is a usage error', async () => {
    const file = await filledWorkbook('validate-set.xlsx', {
      moneyUnit: 'yuan',
      answers: { ...COUNTY_ANSWERS, 'unified-standards': 7 },
    });
    expect((await run('validate', file, ...COUNTY)).status).toBe(0);
    const checked = await run(
      'validate',
      file,
      ...COUNTY,
      '--set',
      'compulsory-quality-2017',
      '--format',
      'json',
    );
    expect(checked.status).toBe(1);
    expect(JSON.parse(checked.stdout).error.issues.map((i: { code: string }) => i.code)).toEqual([
      'judgement-required',
    ]);
    // Against the 2012 set, the 2017 rows are not its indicators.
    const other = await run(
      'validate',
      file,
      ...COUNTY,
      '--set',
      'compulsory-basic-2012',
      '--format',
      'json',
    );
    expect(JSON.parse(other.stdout).error.issues[0].code).toBe('unknown-indicator');
    expect(
      (await run('validate', 'examples/county-compulsory.json', '--set', 'compulsory-quality-2017')).status,
    ).toBe(2);
  });

  it('assess checks the rows against its set: a number where 达到/未达到 is asked is refused', async () => {
    const file = await filledWorkbook('judgement.xlsx', {
      moneyUnit: 'yuan',
      answers: { ...COUNTY_ANSWERS, 'unified-standards': 7 },
    });
    const result = await run('assess', 'compulsory-quality-2017', file, ...COUNTY, '--format', 'json');
    expect(result.status).toBe(1);
    const issues = JSON.parse(result.stdout).error.issues as { code: string; path: (string | number)[] }[];
    expect(issues.map((i) => [i.code, i.path.join('|')])).toEqual([
      ['judgement-required', 'sheet|县级指标|row|4|column|数值'],
    ]);
  });
});

// ── The preschool workbook ──────────────────────────────────────────────────────────────────────

const PRESCHOOL_COUNTY = ['--county-code', '999002', '--county-name', '示例县', '--year', '2021'];

// One kindergarten of 150 children in six small classes of 25, 10 certified teachers (15
// children per teacher), areas at 4 / 9 / 11 m² per child, planned in 2018; 160 children aged 3
// to 5 (gross enrolment 93.75 %). The provincial-parameter rows (funding, pay) are judged 达到.
const KINDERGARTEN: Readonly<Record<string, Value>> = {
  幼儿园代码: 'k1',
  幼儿园名称: '县第一幼儿园',
  办园性质: '教育部门办',
  乡镇: '城关镇',
  在园幼儿数: 150,
  小班各班人数: '25;25;25;25;25;25',
  专任教师数: 10,
  持证专任教师数: 10,
  园长数: 1,
  持证园长数: 1,
  室外游戏场地面积: 600,
  幼儿活动用房面积: 1350,
  园舍建筑面积: 1650,
  规划设计年份: 2018,
  寄宿制: '否',
};
const PRESCHOOL_ANSWERS: Readonly<Record<string, Answer>> = {
  populationAged3to5: 160,
  'party-leadership': '达到',
  'development-plan': '达到',
  'township-central-kindergartens': 100,
  'estate-kindergartens': 100,
  'public-funding-per-child': '达到',
  'inclusive-subsidy-per-child': '达到',
  'reasonable-fees': '达到',
  'non-established-teacher-pay': '达到',
  'safety-risk-system': '达到',
  'regulatory-system': '达到',
  'conditions-improved': '达到',
  'science-based-care': '达到',
  'no-primary-schooling': '达到',
};

async function filledPreschool(
  name: string,
  answers: Readonly<Record<string, Answer>>,
  kindergarten: Readonly<Record<string, Value>> = KINDERGARTEN,
): Promise<string> {
  const template = join(cli.dir, `template-${name}`);
  expect((await run('template', 'preschool', '--out', template)).status).toBe(0);
  const sheets = await readXlsxFile(template);
  const out = sheets.map(({ sheet, data }) => {
    const header = data[0] as string[];
    let rows: Value[][] = data.slice(1) as Value[][];
    if (sheet === '幼儿园数据') rows = [header.map((h) => kindergarten[h] ?? null)];
    if (sheet === '县级指标') {
      rows = rows.map((row) => {
        const answer = answers[row[0] as string] ?? null;
        const copy = [...row];
        if (typeof answer === 'object' && answer !== null) copy[3] = answer.judgement;
        else if (typeof answer === 'string' && answer.includes('达到')) copy[3] = answer;
        else copy[2] = answer;
        return copy;
      });
    }
    if (sheet === '一票否决')
      rows = rows.map((row) => [row[0] ?? null, row[1] ?? null, '不存在', null, null]);
    if (sheet === '社会认可度') rows = [[900, 783, null]];
    return { sheet, data: [header, ...rows].map((row) => row.map((v) => cellOf(v as Value))) };
  });
  const file = join(cli.dir, name);
  writeFileSync(file, await writeXlsxFile(out).toBuffer());
  return file;
}

describe.concurrent('the preschool county workbook (dudao template preschool)', () => {
  it('has the kindergarten sheet with drop-downs, and 学前三年适龄人口 first on 县级指标', async () => {
    const out = join(cli.dir, 'preschool-template.xlsx');
    expect((await run('template', 'preschool', '--out', out)).status).toBe(0);
    const sheets = await readXlsxFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual([
      '幼儿园数据',
      '县级指标',
      '一票否决',
      '社会认可度',
      '填表说明',
    ]);
    expect(sheets[0]?.data[0]?.slice(0, 5)).toEqual([
      '幼儿园代码',
      '幼儿园名称',
      '办园性质',
      '乡镇',
      '在园幼儿数',
    ]);
    expect(sheets[1]?.data[1]?.[0]).toBe('populationAged3to5');
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    const xml = strFromU8(parts['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(xml).toContain(
      'sqref="C2:C5000"><formula1>"教育部门办,其他部门办,普惠性民办,其他民办"</formula1>',
    );
    expect(xml).toContain('<formula1>"是,否"</formula1>');
  });

  it('a filled workbook that meets every standard: 达到评估标准', async () => {
    const file = await filledPreschool('preschool-met.xlsx', PRESCHOOL_ANSWERS);
    const result = await run('assess', 'preschool-2020', file, ...PRESCHOOL_COUNTY, '--format', 'json');
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout);
    expect(json.reasons).toEqual([]);
    expect(json.status).toBe('passed');
    expect((await run('validate', file, ...PRESCHOOL_COUNTY)).status).toBe(0);
  });

  it('one county indicator unmet: not met, the reason in Chinese, no field paths', async () => {
    const file = await filledPreschool('preschool-unmet.xlsx', {
      ...PRESCHOOL_ANSWERS,
      'estate-kindergartens': 90,
    });
    const json = JSON.parse(
      (await run('assess', 'preschool-2020', file, ...PRESCHOOL_COUNTY, '--format', 'json')).stdout,
    );
    expect(json.status).toBe('failed');
    expect(json.reasons.map((r: { indicator: string }) => r.indicator)).toEqual(['estate-kindergartens']);
    const md = (await run('assess', 'preschool-2020', file, ...PRESCHOOL_COUNTY)).stdout;
    expect(md).toContain('未达到评估标准');
    expect(md).toContain('小区配套幼儿园建设使用规范');
    expect(md).not.toMatch(/countyFacts|kindergartens\[|populationAged3to5/);
  });

  it('bad cells of the kindergarten sheet are reported with sheet, row and column', async () => {
    const file = await filledPreschool('preschool-bad.xlsx', PRESCHOOL_ANSWERS, {
      ...KINDERGARTEN,
      办园性质: '公立',
      持证专任教师数: 12,
      规划设计年份: 'soon',
    });
    const result = await run('validate', file, ...PRESCHOOL_COUNTY, '--format', 'json');
    expect(result.status).toBe(1);
    const issues = JSON.parse(result.stdout).error.issues as { code: string; path: (string | number)[] }[];
    expect(issues.map((i) => [i.code, i.path.join('|')])).toEqual([
      ['unknown-ownership', 'sheet|幼儿园数据|row|2|column|办园性质'],
      ['not-a-number', 'sheet|幼儿园数据|row|2|column|规划设计年份'],
    ]);
    const exceeds = await filledPreschool('preschool-exceeds.xlsx', PRESCHOOL_ANSWERS, {
      ...KINDERGARTEN,
      持证专任教师数: 12,
    });
    const second = JSON.parse(
      (await run('validate', exceeds, ...PRESCHOOL_COUNTY, '--format', 'json')).stdout,
    );
    expect(
      second.error.issues.map((i: { code: string; path: string[] }) => [i.code, i.path.join('|')]),
    ).toEqual([['certified-exceeds-total', 'sheet|幼儿园数据|row|2|column|持证专任教师数']]);
  });
});
