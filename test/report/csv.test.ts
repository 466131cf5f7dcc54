/**
 * CSV renderings (data contract section 4: `--format csv`): RFC 4180 quoting, CRLF line ends, an
 * optional byte order mark, Chinese or English headers, and numbers rounded for display only
 * (percentages 2 decimals, CVs 3, areas 2, money 0).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import { csvField, formatCsv } from '../../src/io/csv.js';
import { loadLedger } from '../../src/ledger/fold.js';
import {
  renderCompulsoryCsv,
  renderLedgerCsv,
  renderPreschoolCsv,
  renderVariationCsv,
} from '../../src/report/csv.js';
import { ledgerReport } from '../../src/scoring/report.js';
import { HAND_AS_OF, handLedgerDocument } from '../fixtures/ledger-hand.js';

const example = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../examples', name), 'utf8'));

/** The lines of a CSV text, without the final CRLF. */
const lines = (csv: string): string[] => csv.replace(/\r\n$/, '').split('\r\n');

describe('csvField quotes as RFC 4180 requires', () => {
  it('leaves plain text, Chinese included, as it is', () => {
    expect(csvField('城关第一小学')).toBe('城关第一小学');
    expect(csvField('4.44')).toBe('4.44');
  });

  it('wraps a field holding a comma, a double quote or a line break in quotes, doubling inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('keeps leading and trailing spaces by quoting them', () => {
    expect(csvField(' x')).toBe('" x"');
  });
});

describe('formatCsv', () => {
  it('ends every line with CRLF', () => {
    expect(
      formatCsv([
        ['id', 'name'],
        ['s01', 'a,b'],
      ]),
    ).toBe('id,name\r\ns01,"a,b"\r\n');
  });

  it('starts with a UTF-8 byte order mark only when asked', () => {
    expect(formatCsv([['学校']], { bom: true })).toBe('\uFEFF学校\r\n');
    expect(formatCsv([['学校']]).charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe('renderCompulsoryCsv: one row per school section and indicator', () => {
  const assessment = assessCompulsory(example('county-compulsory.json'), compulsoryQuality2017);

  it('zh: rounded values (per-100 2 decimals, areas 2, money 0), exact thresholds, 是/否', () => {
    // 72 ÷ 1620 × 100 = 4.444…; 7452.5 ÷ 1620 = 4.6003…; 3402000 ÷ 1620 = 2100 yuan.
    expect(lines(renderCompulsoryCsv(assessment, compulsoryQuality2017)).slice(0, 9)).toMatchInlineSnapshot(`
      [
        "学校代码,学校名称,学段,指标编号,指标,值,标准,是否达标,分子,分母",
        "S01,城关第一小学,小学,qualified-teachers-per-100,每百名学生拥有高于规定学历教师数,4.44,4.2,是,72,1620",
        "S01,城关第一小学,小学,key-teachers-per-100,每百名学生拥有县级以上骨干教师数,1.11,1,是,18,1620",
        "S01,城关第一小学,小学,pe-art-teachers-per-100,每百名学生拥有体育、艺术（美术、音乐）专任教师数,1.17,0.9,是,19,1620",
        "S01,城关第一小学,小学,teaching-area-per-pupil,生均教学及辅助用房面积,4.60,4.5,是,7452.50,1620",
        "S01,城关第一小学,小学,sports-area-per-pupil,生均体育运动场馆面积,8.00,7.5,是,12960,1620",
        "S01,城关第一小学,小学,equipment-value-per-pupil,生均教学仪器设备值,2100,2000,是,3402000,1620",
        "S01,城关第一小学,小学,multimedia-rooms-per-100,每百名学生拥有网络多媒体教室数,2.41,2.3,是,39,1620",
        "S01,城关第一小学,小学,class-size,班级学生数,45,45,是,,",
      ]
    `);
  });

  it('en: English headers and labels', () => {
    expect(
      lines(renderCompulsoryCsv(assessment, compulsoryQuality2017, { lang: 'en' })).slice(0, 2),
    ).toMatchInlineSnapshot(`
      [
        "school id,school name,stage,indicator id,indicator,value,threshold,met,numerator,denominator",
        "S01,城关第一小学,primary,qualified-teachers-per-100,teachers above the required qualification per 100 pupils,4.44,4.2,yes,72,1620",
      ]
    `);
  });

  it('a school name with a comma is quoted, and the BOM comes first', () => {
    const county = example('county-compulsory.json') as { schools: { name: string }[] };
    (county.schools[0] as { name: string }).name = '城关第一小学, 东校区';
    const csv = renderCompulsoryCsv(assessCompulsory(county, compulsoryQuality2017), compulsoryQuality2017, {
      bom: true,
    });
    expect(csv.startsWith('\uFEFF学校代码,')).toBe(true);
    expect(lines(csv)[1]).toMatch(/^S01,"城关第一小学, 东校区",小学,/);
  });

  it('does not mutate the assessment', () => {
    const before = JSON.stringify(assessment);
    renderCompulsoryCsv(assessment, compulsoryQuality2017);
    expect(JSON.stringify(assessment)).toBe(before);
  });
});

describe('renderVariationCsv: one row per stage and indicator, CVs to 3 decimals', () => {
  it('compulsory-quality-2017: limits 0.50 (primary) and 0.45 (junior)', () => {
    const assessment = assessCompulsory(example('county-compulsory.json'), compulsoryQuality2017);
    const rows = lines(renderVariationCsv(assessment, compulsoryQuality2017));
    expect(rows.slice(0, 2)).toMatchInlineSnapshot(`
      [
        "学段,指标编号,指标,差异系数,均值,标准（≤）,是否达标",
        "小学,qualified-teachers-per-100,每百名学生拥有高于规定学历教师数,0.034,4.34,0.50,是",
      ]
    `);
    // 14 CVs (7 per stage), then the composite CV counties print, one per stage, informational.
    expect(rows).toHaveLength(1 + 14 + 2);
    expect(rows.slice(-2).map((row) => row.split(',').slice(0, 3).join(','))).toEqual([
      '小学,informational-composite,综合差异系数（仅供参考，不作判定依据）',
      '初中,informational-composite,综合差异系数（仅供参考，不作判定依据）',
    ]);
  });

  it('compulsory-basic-2012: the composite CV of each stage follows, with the id `composite`', () => {
    const assessment = assessCompulsory(example('county-compulsory.json'), compulsoryBasic2012);
    const rows = lines(renderVariationCsv(assessment, compulsoryBasic2012, { lang: 'en' }));
    expect(rows.filter((row) => row.split(',')[1] === 'composite')).toMatchInlineSnapshot(`
      [
        "primary,composite,composite CV,0.067,,0.65,yes",
        "junior,composite,composite CV,0.097,,0.55,yes",
      ]
    `);
  });
});

describe('renderPreschoolCsv: the county indicators, social recognition and vetoes', () => {
  it('zh: percentages to 2 decimals with numerator and denominator', () => {
    const assessment = assessPreschool(example('county-preschool.json'), preschool2020);
    const rows = lines(renderPreschoolCsv(assessment, preschool2020));
    // 862 ÷ 1000 = 86.2 %; 746 ÷ 862 = 86.54 %; 414 ÷ 862 = 48.03 % (< 50: 否).
    expect(rows.slice(0, 4)).toMatchInlineSnapshot(`
      [
        "方面,指标编号,指标,值,标准,是否达标,分子,分母",
        "access,gross-enrolment,学前三年毛入园率,86.20,85,是,862,1000",
        "access,inclusive-coverage,普惠性幼儿园覆盖率,86.54,80,是,746,862",
        "access,public-share,公办园在园幼儿占比,48.03,50,否,414,862",
      ]
    `);
    expect(rows.at(-1)).toMatchInlineSnapshot(`"veto,falsified-data,弄虚作假,,,是,,"`);
  });
});

describe('renderLedgerCsv: the summary and breakdown table, then the overdue list', () => {
  const report = ledgerReport(loadLedger(handLedgerDocument).state, { asOf: HAND_AS_OF });

  it('zh: 33 of 40 rectified = 82.50 %, 26 of 40 verified or closed = 65.00 %, 3 overdue', () => {
    const [summary, overdue] = renderLedgerCsv(report).split('\r\n\r\n') as [string, string];
    expect(lines(summary).slice(0, 5)).toMatchInlineSnapshot(`
      [
        "分类维度,分组,问题总数,撤回,计入整改率,未整改,正在整改,已整改,核查通过,已销号,已撤回,已整改合计,整改率（%）,核查确认整改率（%）,逾期未整改,是否清零",
        "全部,,41,1,40,2,5,7,5,21,1,33,82.50,65.00,3,否",
        "县（区）,610323,20,0,20,1,2,4,2,11,0,17,85.00,65.00,1,否",
        "县（区）,610328,11,1,10,0,2,2,1,5,1,8,80.00,60.00,1,否",
        "县（区）,610330,10,0,10,1,1,1,2,5,0,8,80.00,70.00,1,否",
      ]
    `);
    expect(lines(overdue)).toMatchInlineSnapshot(`
      [
        "问题编号,县（区）,问题描述,状态,整改时限,逾期天数,严重程度,牵头单位,配合单位",
        "B02,610328,操场被占用,正在整改,2021-08-31,101,重大,自然资源局,教育局",
        "A08,610323,新建小区配套学校未同步建设,正在整改,2021-10-31,40,重大,住建局,自然资源局、教育局",
        "C04,610330,教职工编制缺口,正在整改,2021-10-31,40,重大,编办,",
      ]
    `);
  });

  it('en: one row per group of every breakdown dimension', () => {
    const [summary] = renderLedgerCsv(report, { lang: 'en' }).split('\r\n\r\n') as [string];
    const rows = lines(summary);
    expect(rows[0]).toMatchInlineSnapshot(
      `"dimension,key,total,withdrawn,counted,status: open,status: in progress,status: rectified (reported),status: verified,status: closed,status: withdrawn,rectified,rate (%),strict rate (%),overdue,cleared"`,
    );
    expect(rows.filter((row) => row.startsWith('severity,'))).toMatchInlineSnapshot(`
      [
        "severity,major,19,1,18,2,4,0,3,9,1,12,66.67,66.67,3,no",
        "severity,minor,22,0,22,0,1,7,2,12,0,21,95.45,63.64,0,no",
      ]
    `);
  });
});
