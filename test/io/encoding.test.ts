/**
 * CSV as Excel writes it: UTF-8 with and without a byte order mark, GB18030/GBK (Excel's
 * "CSV (逗号分隔)" on a Chinese Windows system) and UTF-16 with its mark, detected as decodeText
 * says; the same school table saved as GBK gives the same dataset and the same assessment as the
 * UTF-8 one; and when the headers cannot be read, the error names the encoding used.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { DudaoError, type DudaoIssue } from '../../src/error.js';
import { getIndicatorSet } from '../../src/indicators/built-in.js';
import { COMPULSORY_CSV_COLUMNS } from '../../src/io/compulsory-columns.js';
import { compulsoryDatasetFromCsv } from '../../src/io/compulsory-csv.js';
import { decodeText } from '../../src/io/encoding.js';
import { GBK, gbk } from '../fixtures/gbk.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

describe('decodeText', () => {
  it('reads GBK bytes of 学校代码 (D1 A7 D0 A3 B4 FA C2 EB, GB 2312) as GB18030, detected', () => {
    const bytes = new Uint8Array([0xd1, 0xa7, 0xd0, 0xa3, 0xb4, 0xfa, 0xc2, 0xeb]);
    expect(gbk('学校代码')).toEqual(bytes);
    expect(decodeText(bytes)).toEqual({ text: '学校代码', encoding: 'gb18030', bom: false, detected: true });
  });

  it('detects every Chinese column header of the template, written alone as GBK', () => {
    for (const column of COMPULSORY_CSV_COLUMNS) {
      expect(decodeText(gbk(column.zh)), column.zh).toMatchObject({ text: column.zh, encoding: 'gb18030' });
    }
  });

  it('reads bytes that are valid UTF-8 as UTF-8, as the rule says, even when they were GBK: D1 A7 D0 A3 (学校) is ѧУ', () => {
    // The limit of detection, and why --encoding exists: two GBK characters can happen to be
    // valid UTF-8. A header row is never that short: the whole row decides.
    expect(decodeText(gbk('学校'))).toMatchObject({ text: 'ѧУ', encoding: 'utf-8' });
    expect(decodeText(gbk('学校'), { encoding: 'gbk' }).text).toBe('学校');
  });

  it('reads UTF-8 with and without a byte order mark, dropping the mark', () => {
    expect(decodeText(utf8('学校代码'))).toEqual({
      text: '学校代码',
      encoding: 'utf-8',
      bom: false,
      detected: true,
    });
    expect(decodeText(concat(BOM, utf8('学校代码')))).toEqual({
      text: '学校代码',
      encoding: 'utf-8',
      bom: true,
      detected: true,
    });
  });

  it('reads UTF-16 by its byte order mark (Excel\'s "Unicode text")', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x66, 0x5b, 0x21, 0x68]))).toEqual({
      text: '学校',
      encoding: 'utf-16le',
      bom: true,
      detected: true,
    });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x5b, 0x66, 0x68, 0x21])).text).toBe('学校');
  });

  it('reads an encoding given as given: gbk as GB18030; bytes that are not UTF-8 when utf-8 is given are an error', () => {
    expect(decodeText(gbk('办学性质'), { encoding: 'gbk' })).toEqual({
      text: '办学性质',
      encoding: 'gb18030',
      bom: false,
      detected: false,
    });
    // ASCII is the same in both: given gb18030, read as gb18030.
    expect(decodeText(utf8('a,b'), { encoding: 'gb18030' }).encoding).toBe('gb18030');
    let error: unknown;
    try {
      decodeText(gbk('学校代码'), { encoding: 'utf-8' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DudaoError);
    expect((error as DudaoError).issues[0]).toMatchObject({ code: 'invalid-encoding', path: ['encoding'] });
    expect((error as DudaoError).issues[0]?.messageZh).toContain('GB18030');
  });

  it('refuses what is not bytes and encodings it does not know', () => {
    expect(() => decodeText('学校' as never)).toThrow(expect.objectContaining({ code: 'invalid-type' }));
    expect(() => decodeText(utf8('a'), { encoding: 'big5' as never })).toThrow(
      expect.objectContaining({ code: 'invalid-enum', path: ['options', 'encoding'] }),
    );
  });

  it('detects Chinese text of 8 characters or more written as GBK as GB18030, and as UTF-8 when written as UTF-8 (fast-check)', () => {
    // The 3,755 characters of GB 2312 level 1 (leads B0–D7): the everyday characters of names and headers.
    const chars = [...GBK]
      .filter(([, [lead, trail]]) => lead >= 0xb0 && lead <= 0xd7 && trail >= 0xa1)
      .map(([c]) => c);
    expect(chars.length).toBeGreaterThan(3700);
    const chinese = fc
      .array(fc.constantFrom(...chars), { minLength: 8, maxLength: 40 })
      .map((list) => list.join(''));
    const text = fc.tuple(
      chinese,
      fc.string({ maxLength: 10 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
    );
    fc.assert(
      fc.property(text, ([zh, ascii]) => {
        const value = `${ascii}${zh},${ascii}`;
        expect(decodeText(gbk(value))).toMatchObject({ text: value, encoding: 'gb18030' });
        expect(decodeText(utf8(value))).toMatchObject({ text: value, encoding: 'utf-8' });
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});

const compulsoryQuality2017 = getIndicatorSet('compulsory-quality-2017');
const OPTIONS = { county: { code: '610328', name: '示例县' }, year: 2021 };
const TABLE = [
  '学校代码,学校名称,学校类型,办学性质,乡镇,学段,在校生数,班级数,各班人数,专任教师数,高于规定学历教师数,县级以上骨干教师数,体育教师数,音乐教师数,美术教师数,教学及辅助用房面积,体育运动场馆面积,教学仪器设备值(元),网络多媒体教室数,音乐专用教室面积,美术专用教室面积,高中在校生数',
  's01,城关小学,小学,公办,城关镇,小学,90,2,45;45,6,5,1,1,1,1,3900.5,6500,1800000,2,96;100,90,',
  's02,"东风九年一贯制学校",九年一贯制,公办,东风镇,小学,120,4,,8,,,,,,,,,,,,',
  's02,"东风九年一贯制学校",九年一贯制,公办,东风镇,初中,60,2,,7,,,,,,,,,,,,',
].join('\r\n');

function issuesOf(run: () => unknown): readonly DudaoIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DudaoError) return error.issues;
    throw error;
  }
  return expect.unreachable('expected a DudaoError');
}

describe('compulsoryDatasetFromCsv given the bytes of a file', () => {
  const fromText = compulsoryDatasetFromCsv(TABLE, OPTIONS);

  it('gives the same dataset and assessment from GBK, UTF-8 and UTF-8 with a byte order mark', () => {
    for (const bytes of [gbk(TABLE), utf8(TABLE), concat(BOM, utf8(TABLE))]) {
      const dataset = compulsoryDatasetFromCsv(bytes, OPTIONS);
      expect(dataset).toEqual(fromText);
      expect(assessCompulsory(dataset, compulsoryQuality2017)).toEqual(
        assessCompulsory(fromText, compulsoryQuality2017),
      );
    }
    expect(compulsoryDatasetFromCsv(gbk(TABLE), { ...OPTIONS, encoding: 'gb18030' })).toEqual(fromText);
  });

  it('says which encoding it read when the headers cannot be read', () => {
    // A GBK file read as GB18030 by mistake would not happen; a UTF-8 file forced to GB18030 does:
    // its headers become mojibake and are unknown, and the message says how the file was read.
    const issues = issuesOf(() => compulsoryDatasetFromCsv(utf8(TABLE), { ...OPTIONS, encoding: 'gb18030' }));
    expect(issues.some((i) => i.code === 'missing-column')).toBe(true);
    for (const issue of issues.filter((i) => i.code === 'missing-column' || i.code === 'unknown-column')) {
      expect(issue.message).toContain(
        '(read as GB18030 (GBK), as given; if the headers look garbled, try encoding auto)',
      );
      expect(issue.messageZh).toContain('（按指定的GB18030（GBK）读取；');
    }
    // Detected: a file whose header row is not the template's, read as GBK because it is not UTF-8.
    const wrong = gbk(`学校,名称\r\ns01,城关小学`);
    const detected = issuesOf(() => compulsoryDatasetFromCsv(wrong, OPTIONS));
    const missing = detected.find((i) => i.code === 'missing-column');
    expect(missing?.message).toContain(
      '(read as GB18030 (GBK): the file is not valid UTF-8; give the encoding to read it otherwise)',
    );
    expect(missing?.messageZh).toContain('（按GB18030（GBK）读取：文件不是有效的 UTF-8；');
    // Text is taken as text: no word about an encoding.
    const plain = issuesOf(() => compulsoryDatasetFromCsv('学校,名称\r\ns01,城关小学', OPTIONS));
    expect(plain.find((i) => i.code === 'missing-column')?.message).not.toContain('read as');
  });

  it('refuses bytes that are not UTF-8 when UTF-8 is given, and what is neither text nor bytes', () => {
    expect(issuesOf(() => compulsoryDatasetFromCsv(gbk(TABLE), { ...OPTIONS, encoding: 'utf-8' }))).toEqual([
      expect.objectContaining({ code: 'invalid-encoding' }),
    ]);
    expect(issuesOf(() => compulsoryDatasetFromCsv(42 as never, OPTIONS))).toEqual([
      expect.objectContaining({ code: 'invalid-type', path: ['file'] }),
    ]);
  });
});
