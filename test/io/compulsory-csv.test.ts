/**
 * CSV input of the compulsory-education dataset: the RFC 4180 reader, the exact dataset a known
 * table becomes (Chinese and English headers), and every problem reported at its line and column.
 */
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { DudaoError, type DudaoIssue } from '../../src/error.js';
import { builtInIndicatorSets } from '../../src/indicators/built-in.js';
import {
  COMPULSORY_CSV_COLUMNS,
  compulsoryCsvTemplate,
  compulsoryDatasetFromCsv,
  parseCsvRecords,
} from '../../src/io/compulsory-csv.js';

const OPTIONS = { county: { code: '610328', name: '示例县' }, year: 2021 };

function issuesOf(text: string): DudaoIssue[] {
  try {
    compulsoryDatasetFromCsv(text, OPTIONS);
  } catch (error) {
    expect(error).toBeInstanceOf(DudaoError);
    return [...(error as DudaoError).issues];
  }
  throw new Error('expected a DudaoError');
}

const brief = (issues: DudaoIssue[]) => issues.map((i) => ({ code: i.code, path: i.path }));

describe('parseCsvRecords (RFC 4180)', () => {
  it('reads quotes, doubled quotes, CRLF and LF, a BOM, and line breaks inside quotes', () => {
    const text = '\uFEFFa,"b,""c"""\r\n1,"x\ny"\n\n3,\n';
    expect(parseCsvRecords(text)).toEqual([
      { line: 1, cells: ['a', 'b,"c"'] },
      { line: 2, cells: ['1', 'x\ny'] },
      { line: 4, cells: [''] },
      { line: 5, cells: ['3', ''] },
    ]);
  });

  it('keeps a last record without a line break, and rejects an unclosed quote', () => {
    expect(parseCsvRecords('a,b')).toEqual([{ line: 1, cells: ['a', 'b'] }]);
    expect(() => parseCsvRecords('a\n"b,c\n')).toThrow(
      expect.objectContaining({ code: 'csv-unclosed-quote', path: ['csv', 'row', 2] }),
    );
  });
});

const ZH = [
  '学校代码,学校名称,学校类型,办学性质,乡镇,学段,在校生数,班级数,各班人数,专任教师数,高于规定学历教师数,县级以上骨干教师数,体育教师数,音乐教师数,美术教师数,教学及辅助用房面积,体育运动场馆面积,教学仪器设备值(元),网络多媒体教室数,音乐专用教室面积,美术专用教室面积,高中在校生数',
  's01,城关小学,小学,公办,城关镇,小学,90,2,45;45,6,5,1,1,1,1,3900.5,6500,1800000,2,96;100,90,',
  's02,"东风九年一贯制学校",九年一贯制,公办,东风镇,小学,120,4,,8,,,,,,,,,,,,',
  's02,"东风九年一贯制学校",九年一贯制,公办,东风镇,初中,60.0,2,,7,,,,,,,,,,,,',
  's03,民办实验中学,初中,民办,,初中,300,6,,20,18,3,2,1,1,,,,,,,',
].join('\r\n');

const EXPECTED = {
  schemaVersion: 1,
  county: { code: '610328', name: '示例县' },
  year: 2021,
  schools: [
    {
      id: 's01',
      name: '城关小学',
      kind: 'primary',
      ownership: 'public',
      township: '城关镇',
      sections: {
        primary: {
          pupils: '90',
          classes: '2',
          classSizes: ['45', '45'],
          teachers: {
            fullTime: '6',
            aboveRequiredQualification: '5',
            keyCountyOrAbove: '1',
            pe: '1',
            music: '1',
            art: '1',
          },
          stock: {
            teachingAuxiliaryArea: '3900.5',
            sportsArea: '6500',
            equipmentValue: '1800000',
            multimediaClassrooms: '2',
            musicRooms: ['96', '100'],
            artRooms: ['90'],
          },
        },
      },
    },
    {
      id: 's02',
      name: '东风九年一贯制学校',
      kind: 'nine-year',
      ownership: 'public',
      township: '东风镇',
      sections: {
        primary: { pupils: '120', classes: '4', teachers: { fullTime: '8' } },
        junior: { pupils: '60.0', classes: '2', teachers: { fullTime: '7' } },
      },
    },
    {
      id: 's03',
      name: '民办实验中学',
      kind: 'junior',
      ownership: 'private',
      sections: {
        junior: {
          pupils: '300',
          classes: '6',
          teachers: {
            fullTime: '20',
            aboveRequiredQualification: '18',
            keyCountyOrAbove: '3',
            pe: '2',
            music: '1',
            art: '1',
          },
        },
      },
    },
  ],
  countyFacts: {},
  vetoes: {},
};

describe('compulsoryDatasetFromCsv', () => {
  it('turns a known table (a nine-year school on two rows) into the exact dataset', () => {
    expect(compulsoryDatasetFromCsv(ZH, OPTIONS)).toEqual(EXPECTED);
  });

  it('reads English headers (any case) and English values the same way', () => {
    const header = ZH.split('\r\n')[0] as string;
    const english = header
      .split(',')
      .map((zh) => COMPULSORY_CSV_COLUMNS.find((c) => c.zh === zh)?.en.toUpperCase())
      .join(',');
    const rows = ZH.split('\r\n')
      .slice(1)
      .map((row) =>
        row
          .replace('小学,公办', 'primary,public')
          .replace('九年一贯制,公办', 'nine-year,public')
          .replace('初中,民办', 'junior,private')
          .replace(/,小学,/, ',primary,')
          .replace(/,初中,/, ',junior,'),
      );
    expect(compulsoryDatasetFromCsv([english, ...rows].join('\n'), OPTIONS)).toEqual(EXPECTED);
  });

  it('passes county facts, vetoes and survey through', () => {
    const dataset = compulsoryDatasetFromCsv(ZH, {
      ...OPTIONS,
      countyFacts: { 'teacher-exchange': { numerator: 61, denominator: 580 } },
      vetoes: { 'exam-admission': false },
      survey: { respondents: 1200, satisfied: 1068 },
    });
    expect(dataset.countyFacts).toEqual({ 'teacher-exchange': { numerator: 61, denominator: 580 } });
    expect(dataset.vetoes).toEqual({ 'exam-admission': false });
    expect(dataset.survey).toEqual({ respondents: 1200, satisfied: 1068 });
  });
});

const HEAD = '学校代码,学校名称,学校类型,办学性质,学段,在校生数,班级数';

describe('compulsoryDatasetFromCsv reports every bad cell at its line and column', () => {
  it('an empty file, or a header without rows', () => {
    expect(brief(issuesOf(''))).toEqual([{ code: 'empty-file', path: ['csv'] }]);
    expect(brief(issuesOf('\uFEFF\r\n\r\n'))).toEqual([{ code: 'empty-file', path: ['csv'] }]);
    expect(brief(issuesOf(`${HEAD}\r\n`))).toEqual([{ code: 'empty-file', path: ['csv'] }]);
  });

  it('unknown, duplicate and missing headers', () => {
    const issues = issuesOf(
      '学校代码,学校名称,学校类别,办学性质,学段,在校生数,在校生数\ns01,a,小学,公办,小学,1,1\n',
    );
    expect(brief(issues)).toEqual([
      { code: 'unknown-column', path: ['csv', 'row', 1, 'column', '学校类别'] },
      { code: 'duplicate-column', path: ['csv', 'row', 1, 'column', '在校生数'] },
      { code: 'missing-column', path: ['csv', 'row', 1, 'column', '学校类型'] },
      { code: 'missing-column', path: ['csv', 'row', 1, 'column', '班级数'] },
    ]);
    expect(issues[0]?.messageZh).toBe('未知的列 "学校类别"');
    expect(brief(issuesOf('school id,school name,stage,pupils,classes,ownership\n'))).toEqual([
      { code: 'missing-column', path: ['csv', 'row', 1, 'column', 'school kind'] },
    ]);
  });

  it('text in a number cell, unknown kinds, ownerships and stages, empty required cells, wrong cell counts', () => {
    const text = [
      `${HEAD},各班人数`,
      's01,a,小学,公办,小学,八十,2,45;4x',
      's02,b,职业高中,国有,高中,80,2,',
      ',c,小学,公办,小学,,2,',
      's04,d,小学,公办,小学,80',
    ].join('\n');
    const issues = issuesOf(text);
    expect(brief(issues)).toEqual([
      { code: 'not-a-number', path: ['csv', 'row', 2, 'column', '在校生数'] },
      { code: 'not-a-number', path: ['csv', 'row', 2, 'column', '各班人数'] },
      { code: 'unknown-school-kind', path: ['csv', 'row', 3, 'column', '学校类型'] },
      { code: 'unknown-ownership', path: ['csv', 'row', 3, 'column', '办学性质'] },
      { code: 'unknown-stage', path: ['csv', 'row', 3, 'column', '学段'] },
      { code: 'required', path: ['csv', 'row', 4, 'column', '学校代码'] },
      { code: 'required', path: ['csv', 'row', 4, 'column', '在校生数'] },
      { code: 'wrong-cell-count', path: ['csv', 'row', 5] },
    ]);
    expect(issues[0]?.message).toBe('"pupils" must be a number (got "八十")');
    expect(issues[0]?.messageZh).toBe('「在校生数」必须是数字（实际为 "八十"）');
  });

  it('conflicting rows for one school, and a stage reported twice', () => {
    const text = [
      `${HEAD},乡镇`,
      's02,东风学校,九年一贯制,公办,小学,120,4,东风镇',
      's02,东风中学,九年一贯制,民办,初中,60,2,东风镇',
      's02,东风学校,九年一贯制,公办,小学,10,1,东风镇',
    ].join('\n');
    const issues = issuesOf(text);
    expect(brief(issues)).toEqual([
      { code: 'conflicting-rows', path: ['csv', 'row', 3, 'column', '学校名称'] },
      { code: 'conflicting-rows', path: ['csv', 'row', 3, 'column', '办学性质'] },
      { code: 'duplicate-section', path: ['csv', 'row', 4, 'column', '学段'] },
    ]);
    expect(issues[0]?.messageZh).toBe('学校 "s02" 此处为 "东风中学"，第 2 行为 "东风学校"');
  });

  it('maps the contract rules back to the row and column', () => {
    const text = [
      `${HEAD},专任教师数,音乐专用教室面积`,
      's01,a,小学,公办,小学,0,2.5,-1,96',
      's02,b,小学,公办,初中,80,2,5,',
      's03,c,十二年一贯制,公办,小学,80,2,5,',
    ].join('\r\n');
    expect(brief(issuesOf(text))).toEqual([
      { code: 'not-integer', path: ['csv', 'row', 2, 'column', '班级数'] },
      { code: 'negative', path: ['csv', 'row', 2, 'column', '专任教师数'] },
      { code: 'no-pupils', path: ['csv', 'row', 2, 'column', '在校生数'] },
      { code: 'stage-not-allowed', path: ['csv', 'row', 3, 'column', '学段'] },
      { code: 'missing-senior-pupils', path: ['csv', 'row', 4, 'column', '高中在校生数'] },
    ]);
  });
});

describe('compulsoryCsvTemplate', () => {
  it('writes every header in the chosen language and explains every column', () => {
    const zh = compulsoryCsvTemplate();
    expect(zh.csv).toBe(`${COMPULSORY_CSV_COLUMNS.map((c) => c.zh).join(',')}\r\n`);
    const en = compulsoryCsvTemplate({ lang: 'en' });
    expect(en.csv.startsWith('school id,school name,school kind,ownership,')).toBe(true);
    for (const column of COMPULSORY_CSV_COLUMNS) {
      expect(zh.explanation).toContain(`| ${column.zh} | ${column.en} |`);
      expect(en.explanation).toContain(`| ${column.en} | ${column.zh} |`);
    }
  });

  it('round trip: template → filled → dataset → assessed', () => {
    const { csv } = compulsoryCsvTemplate({ lang: 'zh' });
    const headers = csv.trim().split(',');
    const row = (values: Record<string, string>) => headers.map((h) => values[h] ?? '').join(',');
    const filled = [
      csv.trim(),
      row({
        学校代码: 's01',
        学校名称: '城关小学',
        学校类型: '小学',
        办学性质: '公办',
        学段: '小学',
        在校生数: '812',
        班级数: '18',
        专任教师数: '48',
      }),
      row({
        学校代码: 's02',
        学校名称: '东风学校',
        学校类型: '九年一贯制',
        办学性质: '公办',
        学段: '小学',
        在校生数: '300',
        班级数: '8',
        专任教师数: '20',
      }),
      row({
        学校代码: 's02',
        学校名称: '东风学校',
        学校类型: '九年一贯制',
        办学性质: '公办',
        学段: '初中',
        在校生数: '200',
        班级数: '5',
        专任教师数: '18',
      }),
    ].join('\r\n');
    const dataset = compulsoryDatasetFromCsv(filled, OPTIONS);
    const set = builtInIndicatorSets['compulsory-quality-2017'];
    if (set === undefined) throw new Error('missing set');
    const assessment = assessCompulsory(dataset, set);
    expect(assessment.sections.map((s) => [s.schoolId, s.stage])).toEqual([
      ['s01', 'primary'],
      ['s02', 'primary'],
      ['s02', 'junior'],
    ]);
  });
});
