/**
 * The county workbook as data: the template generated from an indicator set, and the reader of
 * the filled sheets (county facts, vetoes, survey, 万元 converted exactly), with every bad cell
 * placed at its sheet, row and column.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPULSORY_CSV_COLUMNS,
  compulsoryBasic2012,
  compulsoryDatasetFromCsv,
  compulsoryDatasetFromWorkbook,
  compulsoryQuality2017,
  countyWorkbookTemplate,
  DudaoError,
  PRESCHOOL_COLUMNS,
  preschool2020,
  preschoolDatasetFromWorkbook,
  type SheetRows,
  supervisionReform2020,
} from '../../src/index.js';
import { shiftDecimal } from '../../src/io/compulsory-reader.js';
import { columnLetter } from '../../src/io/sheet-header.js';
import { Decimal } from '../../src/numeric/decimal.js';

const OPTIONS = { county: { code: '610328', name: '示例县' }, year: 2021 } as const;
const HEADER = ['学校代码', '学校名称', '学校类型', '办学性质', '学段', '在校生数', '班级数'];
const schools = (money: string, value: string | number): SheetRows => ({
  name: '学校数据',
  rows: [
    [...HEADER, money],
    ['s01', '城关小学', '小学', '公办', '小学', 812, 18, value],
  ],
});
const county = (...rows: (string | number | null)[][]): SheetRows => ({
  name: '县级指标',
  rows: [['指标代码', '指标名称', '数值', '达到/未达到', '佐证说明'], ...rows],
});

function issuesOf(run: () => unknown): [string, string][] {
  try {
    run();
  } catch (error) {
    if (!(error instanceof DudaoError)) throw error;
    return error.issues.map((i) => [i.code, i.path.join('|')]);
  }
  throw new Error('expected a DudaoError');
}

describe('countyWorkbookTemplate', () => {
  it('lists every county-level indicator of the set once, generated from the set', () => {
    for (const set of [compulsoryQuality2017, compulsoryBasic2012]) {
      const { tables } = countyWorkbookTemplate(set);
      const sheet = tables.find((t) => t.name === '县级指标');
      const expected = set.indicators
        .filter((i) => i.scope === 'county' && i.metric !== 'veto-flag' && i.metric !== 'survey-satisfaction')
        .map((i) => i.id);
      expect(sheet?.rows.map((r) => r[0])).toEqual(expected);
    }
    // 2012 has no vetoes: no veto sheet.
    expect(countyWorkbookTemplate(compulsoryBasic2012).tables.map((t) => t.name)).toEqual([
      '学校数据',
      '县级指标',
      '社会认可度',
      '填表说明',
    ]);
  });

  it('states the standard, the unit and how to fill each row', () => {
    const sheet = countyWorkbookTemplate(compulsoryQuality2017).tables[1];
    const row = (id: string) => sheet?.rows.find((r) => r[0] === id);
    expect(row('special-education-funding')?.slice(5, 8)).toEqual([
      '元/生·年',
      '≥ 6000',
      '填数值，或填达到/未达到',
    ]);
    expect(row('quality-monitoring-difference')?.[6]).toBe('< 0.15');
    expect(row('school-layout')?.slice(6, 8)).toEqual(['达到', '填达到/未达到']);
    expect(row('certified-teachers')?.[7]).toBe('可空（由学校数据计算）；或填数值，或填达到/未达到');
  });

  it('the money header and its explanation follow moneyUnit', () => {
    const yuan = countyWorkbookTemplate(compulsoryQuality2017).tables[0]?.columns;
    const wan = countyWorkbookTemplate(compulsoryQuality2017, { moneyUnit: '万元' }).tables[0]?.columns;
    expect(yuan).toEqual(COMPULSORY_CSV_COLUMNS.map((c) => c.zh));
    expect(wan?.filter((h, i) => h !== yuan?.[i])).toEqual(['教学仪器设备值(万元)']);
    const en = countyWorkbookTemplate(compulsoryQuality2017, { lang: 'en', moneyUnit: '万元' });
    expect(en.tables[0]?.columns).toContain('equipment value (10k yuan)');
  });

  it('refuses a supervision-reform set and an unknown money unit', () => {
    expect(issuesOf(() => countyWorkbookTemplate(supervisionReform2020))).toEqual([
      ['wrong-programme', 'set|programme'],
    ]);
    expect(
      issuesOf(() => countyWorkbookTemplate(compulsoryQuality2017, { moneyUnit: 'dollar' as '元' })),
    ).toEqual([['invalid-enum', 'options|moneyUnit']]);
  });
});

describe('compulsoryDatasetFromWorkbook', () => {
  it('reads county facts, vetoes and the survey; empty rows are not given', () => {
    const dataset = compulsoryDatasetFromWorkbook(
      [
        schools('教学仪器设备值(元)', 1800000),
        county(
          ['teacher-exchange', '每年交流轮岗教师比例', 12.5, null, null],
          ['school-layout', '学校规划布局合理', null, '达到', '规划已批复'],
          ['curriculum', '课程开齐开足', null, '未达到', null],
          ['teacher-pay', '教师工资', null, null, null],
        ),
        {
          name: '一票否决',
          rows: [
            ['代码', '一票否决情形', '存在/不存在', '说明'],
            ['exam-admission', '以考试方式招生', '不存在', null],
            ['falsified-data', '弄虚作假', '存在', '见通报'],
            ['major-accidents', '重大事故', null, null],
          ],
        },
        {
          name: '社会认可度',
          rows: [
            ['调查人数', '满意人数', '说明'],
            [1200, 1068, null],
          ],
        },
      ],
      { ...OPTIONS, set: compulsoryQuality2017 },
    );
    expect(dataset.countyFacts).toEqual({
      'teacher-exchange': { value: '12.5' },
      'school-layout': { met: true, note: '规划已批复' },
      curriculum: { met: false },
    });
    expect(dataset.vetoes).toEqual({ 'exam-admission': false, 'falsified-data': true });
    expect(dataset.survey).toEqual({ respondents: '1200', satisfied: '1068' });
    expect(dataset.schools[0]?.sections.primary?.stock?.equipmentValue).toBe('1800000');
  });

  it('万元 is converted exactly: 180.00005 万元 is 1800000.5 元', () => {
    const dataset = compulsoryDatasetFromWorkbook([schools('教学仪器设备值(万元)', '180.00005')], OPTIONS);
    expect(dataset.schools[0]?.sections.primary?.stock?.equipmentValue).toBe('1800000.5');
  });

  it('a CSV headed 教学仪器设备值(万元) (or "equipment value (10k yuan)") is converted the same way', () => {
    for (const header of ['教学仪器设备值（万元）', 'Equipment Value (10k Yuan)']) {
      const dataset = compulsoryDatasetFromCsv(
        `${HEADER.join(',')},${header}\ns01,城关小学,小学,公办,小学,812,18,0.0325\n`,
        OPTIONS,
      );
      expect(dataset.schools[0]?.sections.primary?.stock?.equipmentValue).toBe('325');
    }
  });

  it('property: a 万元 workbook reads back to the same dataset as the 元 workbook', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 13n }),
        fc.integer({ min: 0, max: 6 }),
        (units, places) => {
          const yuan = new Decimal(units.toString()).dividedBy(10 ** places).toFixed();
          const wan = new Decimal(yuan).dividedBy(10000).toFixed();
          const a = compulsoryDatasetFromWorkbook([schools('教学仪器设备值(元)', yuan)], OPTIONS);
          const b = compulsoryDatasetFromWorkbook([schools('教学仪器设备值(万元)', wan)], OPTIONS);
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: shiftDecimal(x, 4) is x × 10000 exactly', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.stringMatching(/^\d{0,12}$/),
        fc.stringMatching(/^\d{0,12}$/),
        (negative, whole, fraction) => {
          if (whole === '' && fraction === '') return;
          const text = `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
          const shifted = shiftDecimal(text, 4);
          expect(new Decimal(shifted).eq(new Decimal(text).times(10000))).toBe(true);
          expect(shifted).toBe(new Decimal(text).times(10000).toFixed());
        },
      ),
    );
  });

  it('reports every bad cell at its sheet, row and column', () => {
    const issues = issuesOf(() =>
      compulsoryDatasetFromWorkbook(
        [
          schools('教学仪器设备值(万元)', -1),
          county(
            ['teacher-exchange', null, 'abc', null, null],
            ['special-education-funding', null, -6000, null, null],
            ['school-layout', null, null, '好', null],
            ['unified-standards', null, 1, null, null],
            ['teacher-pay', null, 1.1, '达到', null],
            ['no-such-indicator', null, 1, null, null],
            ['teacher-exchange', null, 12, null, null],
            [null, null, 3, null, null],
            ['curriculum', null, null, null, '只有说明'],
          ),
          {
            name: '一票否决',
            rows: [
              ['代码', '存在/不存在'],
              ['exam-admission', '可能'],
              ['not-a-veto', '存在'],
            ],
          },
          {
            name: '社会认可度',
            rows: [
              ['调查人数', '满意人数'],
              [0, null],
            ],
          },
        ],
        { ...OPTIONS, set: compulsoryQuality2017 },
      ),
    );
    expect(issues).toEqual([
      ['not-a-number', 'sheet|县级指标|row|2|column|数值'],
      ['negative', 'sheet|县级指标|row|3|column|数值'],
      ['unknown-choice', 'sheet|县级指标|row|4|column|达到/未达到'],
      ['judgement-required', 'sheet|县级指标|row|5|column|数值'],
      ['value-and-judgement', 'sheet|县级指标|row|6|column|达到/未达到'],
      ['unknown-indicator', 'sheet|县级指标|row|7|column|指标代码'],
      ['duplicate-id', 'sheet|县级指标|row|8|column|指标代码'],
      ['required', 'sheet|县级指标|row|9|column|指标代码'],
      ['required', 'sheet|县级指标|row|10|column|达到/未达到'],
      ['unknown-choice', 'sheet|一票否决|row|2|column|存在/不存在'],
      ['unknown-indicator', 'sheet|一票否决|row|3|column|代码'],
      ['required', 'sheet|社会认可度|row|2|column|满意人数'],
      ['negative', 'sheet|学校数据|row|2|column|教学仪器设备值(万元)'],
    ]);
  });

  it('every message names the problem in Chinese and English', () => {
    try {
      compulsoryDatasetFromWorkbook(
        [schools('教学仪器设备值(元)', 1), county(['school-layout', null, null, '好', null])],
        OPTIONS,
      );
      expect.unreachable();
    } catch (error) {
      const issue = (error as DudaoError).issues[0];
      expect(issue?.messageZh).toBe('「达到/未达到」只能填达到或未达到（实际为 "好"）');
      expect(issue?.message).toBe('"met / not met" must be 达到 or 未达到 (got "好")');
    }
  });

  it('a survey over its respondents, a missing school sheet, a missing id column', () => {
    expect(
      issuesOf(() =>
        compulsoryDatasetFromWorkbook(
          [
            schools('教学仪器设备值(元)', 1),
            {
              name: '社会认可度',
              rows: [
                ['调查人数', '满意人数'],
                [10, 11],
              ],
            },
          ],
          OPTIONS,
        ),
      ),
    ).toEqual([['satisfied-exceeds-respondents', 'sheet|社会认可度|row|2|column|满意人数']]);
    expect(
      issuesOf(() =>
        compulsoryDatasetFromWorkbook([county(['teacher-exchange', null, 1, null, null])], OPTIONS),
      ),
    ).toEqual([['missing-sheet', 'sheet|学校数据']]);
    expect(
      issuesOf(() =>
        compulsoryDatasetFromWorkbook(
          [schools('教学仪器设备值(元)', 1), { name: '县级指标', rows: [['数值'], [1]] }],
          OPTIONS,
        ),
      ),
    ).toEqual([['missing-column', 'sheet|县级指标|row|1|column|指标代码']]);
  });

  it('does not mutate its input', () => {
    const sheets = [schools('教学仪器设备值(万元)', 180), county(['teacher-exchange', null, 12, null, null])];
    const copy = structuredClone(sheets);
    compulsoryDatasetFromWorkbook(sheets, OPTIONS);
    expect(sheets).toEqual(copy);
  });
});

describe('preschoolDatasetFromWorkbook', () => {
  const KG_HEADER = PRESCHOOL_COLUMNS.map((c) => c.zh);
  const row = (values: Readonly<Record<string, string | number>>): (string | number | null)[] =>
    KG_HEADER.map((h) => values[h] ?? null);
  const K1 = {
    幼儿园代码: 'k1',
    幼儿园名称: '县第一幼儿园',
    办园性质: '普惠性民办',
    在园幼儿数: 83,
    小班各班人数: '25;26',
    混合班各班人数: '32',
    专任教师数: 6,
    持证专任教师数: 5,
    室外游戏场地面积: '332.5',
    规划设计年份: 2016,
    寄宿制: '是',
  };
  const kindergartens = (...rows: (string | number | null)[][]): SheetRows => ({
    name: '幼儿园数据',
    rows: [KG_HEADER, ...rows],
  });
  const population = (value: string | number | null): SheetRows =>
    county(['populationAged3to5', '学前三年适龄人口', value, null, null]);

  it('reads its header as the school sheet does: an unnamed column with data, English names for missing ones', () => {
    const unnamed: SheetRows = {
      name: '幼儿园数据',
      rows: [
        [...KG_HEADER, null],
        [...row(K1), 'x'],
      ],
    };
    expect(issuesOf(() => preschoolDatasetFromWorkbook([unnamed], OPTIONS))).toEqual([
      ['unnamed-column', `sheet|幼儿园数据|row|1|column|${columnLetter(KG_HEADER.length)}`],
    ]);
    const english: SheetRows = {
      name: '幼儿园数据',
      rows: [
        ['kindergarten id', 'children'],
        ['k1', 83],
      ],
    };
    const missing = issuesOf(() => preschoolDatasetFromWorkbook([english], OPTIONS));
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every(([code, path]) => code === 'missing-column' && /column\|[a-z]/.test(path))).toBe(
      true,
    );
  });

  it('the template puts 学前三年适龄人口 first on 县级指标 and asks 达到/未达到 for provincial parameters', () => {
    const { tables, dropDowns } = countyWorkbookTemplate(preschool2020);
    expect(tables.map((t) => t.name)).toEqual([
      '幼儿园数据',
      '县级指标',
      '一票否决',
      '社会认可度',
      '填表说明',
    ]);
    const sheet = tables[1];
    expect(sheet?.rows[0]?.[0]).toBe('populationAged3to5');
    expect(sheet?.rows.find((r) => r[0] === 'public-funding-per-child')?.slice(6, 8)).toEqual([
      '由省级确定',
      '填达到/未达到（阈值由省级确定；用省级指标体系时可填数值）',
    ]);
    expect(dropDowns.find((d) => d.sheet === '县级指标')?.toRow).toBe((sheet?.rows.length ?? 0) + 1);
  });

  it('reads a kindergarten row: classes per type, staff, areas, year, boarding, and the population', () => {
    const dataset = preschoolDatasetFromWorkbook([kindergartens(row(K1)), population(90)], OPTIONS);
    expect(dataset.populationAged3to5).toBe('90');
    expect(dataset.kindergartens).toEqual([
      {
        id: 'k1',
        name: '县第一幼儿园',
        ownership: 'private-inclusive',
        children: '83',
        classes: [
          { type: 'small', children: '25' },
          { type: 'small', children: '26' },
          { type: 'mixed', children: '32' },
        ],
        staff: { fullTimeTeachers: '6', certifiedTeachers: '5' },
        areas: { outdoorPlay: '332.5' },
        plannedYear: 2016,
        boarding: true,
      },
    ]);
  });

  it('reports bad cells at their sheet, row and column; a missing population is not one', () => {
    expect(
      issuesOf(() =>
        preschoolDatasetFromWorkbook(
          [
            kindergartens(
              row({ ...K1, 寄宿制: '有时', 小班各班人数: '25;x' }),
              row({ ...K1, 幼儿园代码: '' }),
            ),
          ],
          OPTIONS,
        ),
      ),
    ).toEqual([
      ['not-a-number', 'sheet|幼儿园数据|row|2|column|小班各班人数'],
      ['unknown-choice', 'sheet|幼儿园数据|row|2|column|寄宿制'],
      ['required', 'sheet|幼儿园数据|row|3|column|幼儿园代码'],
    ]);
    // The population is optional (data contract §2): without it gross enrolment is unknown.
    expect(
      preschoolDatasetFromWorkbook([kindergartens(row(K1))], OPTIONS).populationAged3to5,
    ).toBeUndefined();
    expect(
      issuesOf(() =>
        preschoolDatasetFromWorkbook(
          [kindergartens(row(K1), row({ ...K1, 在园幼儿数: '2.5', 持证专任教师数: 7 })), population(-1)],
          OPTIONS,
        ),
      ),
    ).toEqual([
      ['negative', 'sheet|县级指标|row|2|column|数值'],
      ['not-integer', 'sheet|幼儿园数据|row|3|column|在园幼儿数'],
      ['certified-exceeds-total', 'sheet|幼儿园数据|row|3|column|持证专任教师数'],
      ['duplicate-id', 'sheet|幼儿园数据|row|3|column|幼儿园代码'],
    ]);
  });

  it('a number for a provincial parameter without a threshold in the set is refused (it cannot be decided)', () => {
    const sheets = [
      kindergartens(row(K1)),
      county(
        ['populationAged3to5', null, 90, null, null],
        ['public-funding-per-child', null, 600, null, null],
      ),
    ];
    expect(issuesOf(() => preschoolDatasetFromWorkbook(sheets, { ...OPTIONS, set: preschool2020 }))).toEqual([
      ['judgement-required', 'sheet|县级指标|row|3|column|数值'],
    ]);
    // Without the set the figure is read; a provincial set can then decide it.
    const dataset = preschoolDatasetFromWorkbook(sheets, OPTIONS);
    expect(dataset.countyFacts['public-funding-per-child']).toEqual({ value: '600' });
  });

  it('a compulsory workbook has no 学前三年适龄人口 row and no kindergarten sheet', () => {
    expect(
      issuesOf(() =>
        compulsoryDatasetFromWorkbook([schools('教学仪器设备值(元)', 1), population(90)], OPTIONS),
      ),
    ).toEqual([['unknown-indicator', 'sheet|县级指标|row|2|column|指标代码']]);
    expect(
      issuesOf(() =>
        preschoolDatasetFromWorkbook([schools('教学仪器设备值(元)', 1), population(9)], OPTIONS),
      ),
    ).toEqual([['missing-sheet', 'sheet|幼儿园数据']]);
  });
});
