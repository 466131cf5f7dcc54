/**
 * The assessment workbook through the built command line and read back: one sheet each for the
 * verdict, the county indicators, the school sections, the CVs and the gaps; the verdict row and
 * every reason as the JSON document has them; numbers stored at full precision under a number
 * format (a CV under `0.000`, a percentage as its share under `0.00%`), not as rounded values.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { compulsoryRoundedExample } from '../fixtures/provincial-examples.js';
import { runCli, useCli } from './run.js';

const cli = useCli('dudao-xlsx-report-');
const run = (...args: string[]) => runCli(cli.script, args);

/** The number format of cell `ref` on sheet `index` (1-based), read from the workbook's XML. */
function formatOf(file: string, index: number, ref: string): string | undefined {
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  const part = (name: string): string => strFromU8(parts[name] ?? new Uint8Array());
  const style = new RegExp(`<c r="${ref}"(?: [^>]*)? s="(\\d+)"`).exec(
    part(`xl/worksheets/sheet${index}.xml`),
  );
  if (style === null) return undefined;
  const styles = part('xl/styles.xml');
  const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g)];
  const id = /numFmtId="(\d+)"/.exec(xfs[Number(style[1])]?.[0] ?? '')?.[1];
  return new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]*)"`).exec(styles)?.[1];
}

interface Document {
  readonly status: string;
  readonly reasons: readonly { readonly code: string; readonly zh: string; readonly en: string }[];
  readonly variation: readonly { readonly indicator: string; readonly stage: string; readonly cv: string }[];
  readonly countyIndicators: readonly { readonly indicator: string; readonly value: string | null }[];
}

describe('assess --format xlsx: the assessment workbook', () => {
  it('has the verdict, county indicators, school table, CVs and gaps; numbers unrounded with a format', async () => {
    const out = join(cli.dir, 'report.xlsx');
    const args = ['assess', 'compulsory-quality-2017', 'examples/county-compulsory.json'];
    const [written, json] = await Promise.all([run(...args, '--out', out), run(...args, '--format', 'json')]);
    expect(written).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const doc = JSON.parse(json.stdout) as Document;
    const sheets = await readXlsxFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['结论', '县级指标', '学校学段指标', '校际差异系数', '差距']);

    // the verdict row, then one row per reason, in the JSON's order
    const verdict = sheets[0]?.data ?? [];
    expect(doc.status).toBe('failed');
    expect(verdict.find((row) => row[0] === '结论')?.slice(0, 2)).toEqual(['结论', '未达到评估标准']);
    const reasons = verdict.filter((row) => row[0] === '原因');
    expect(reasons.map((row) => [row[1], row[2]])).toEqual(doc.reasons.map((r) => [r.zh, r.code]));
    expect(reasons.length).toBeGreaterThan(0);

    // the first CV (D2 on the fourth sheet): the number itself, shown with 3 decimals
    const cvRow = sheets[3]?.data[1] ?? [];
    const first = doc.variation[0];
    expect(cvRow[1]).toBe(first?.indicator);
    const cv = cvRow[3] as number;
    expect(cv).toBe(Number(first?.cv));
    expect(cv).not.toBe(Number(cv.toFixed(3)));
    expect(formatOf(out, 4, 'D2')).toBe('0.000');

    // the set compares exactly: the usual seven columns, no comparison columns; the 2017
    // composite CV counties print is a row of its own, a number under 0.000, marked informational
    const cvSheet = sheets[3]?.data ?? [];
    expect(cvSheet[0]).toEqual(['学段', '指标编号', '指标', '差异系数', '均值', '标准（≤）', '是否达标']);
    const informational = cvSheet.findIndex((row) => row[1] === 'informational-composite');
    expect(informational).toBeGreaterThan(doc.variation.length);
    expect(cvSheet[informational]?.[2]).toBe('综合差异系数（仅供参考，不作判定依据）');
    expect(cvSheet[informational]?.[3]).toEqual(expect.any(Number));
    expect(cvSheet[informational]?.[6]).toBe('仅供参考，不作判定依据');
    expect(formatOf(out, 4, `D${informational + 1}`)).toBe('0.000');

    // the gaps sheet has a row for every unmet school indicator the JSON lists
    const gaps = JSON.parse(json.stdout).gaps as { indicators: unknown[] };
    expect((sheets[4]?.data ?? []).filter((row) => row[0] === '学校指标')).toHaveLength(
      gaps.indicators.length,
    );
  });

  it('a set that compares rounded CVs (--set file): both comparisons beside each CV, as text', async () => {
    const setFile = join(cli.dir, 'rounded-set.json');
    writeFileSync(setFile, JSON.stringify(compulsoryRoundedExample));
    const out = join(cli.dir, 'rounded.xlsx');
    // With --set, <set-id> may be left out; both forms give the same document.
    const args = ['assess', 'examples/county-compulsory.json', '--set', setFile];
    const [written, json, withId, missing] = await Promise.all([
      run(...args, '--out', out),
      run(...args, '--format', 'json'),
      run(
        'assess',
        'compulsory-quality-2017',
        'examples/county-compulsory.json',
        '--set',
        setFile,
        '--format',
        'json',
      ),
      run('assess', 'examples/county-compulsory.json'),
    ]);
    expect(written).toMatchObject({ status: 0, stderr: '' });
    expect(withId.stdout).toBe(json.stdout);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('assess needs <set-id> and <file>');
    const doc = JSON.parse(json.stdout) as Document;
    const cvSheet = (await readXlsxFile(out))[3]?.data ?? [];
    expect(cvSheet[0]?.slice(7)).toEqual(['修约比较（保留 2 位小数）', '精确比较']);
    let compared = 0;
    for (const v of doc.variation) {
      const row = cvSheet.find(
        (r) => r[0] === { primary: '小学', junior: '初中' }[v.stage] && r[1] === v.indicator,
      );
      expect(row?.[3]).toBe(Number(v.cv)); // the CV unrounded
      if (row?.[7] === null || row?.[7] === undefined) continue;
      compared += 1;
      // the rounded CV with 2 decimals, the exact one with 6, each against the limit
      expect(row[7]).toMatch(/^\d+\.\d{2} [≤>] \d+\.\d{2} (达标|未达标)$/);
      expect(row[8]).toMatch(new RegExp(`^${Number(v.cv).toFixed(6).replace('.', '\\.')} [≤>] `));
    }
    expect(compared).toBeGreaterThan(0);
    const informational = cvSheet.find((row) => row[1] === 'informational-composite');
    expect(informational?.slice(6)).toEqual(['仅供参考，不作判定依据', null, null]);
  });

  it('a preschool percentage is stored as its share under 0.00%; English labels with --lang en', async () => {
    const out = join(cli.dir, 'preschool.xlsx');
    const args = ['assess', 'preschool-2020', 'examples/county-preschool.json'];
    const [written, json] = await Promise.all([
      run(...args, '--out', out, '--lang', 'en'),
      run(...args, '--format', 'json'),
    ]);
    expect(written.status).toBe(0);
    const doc = JSON.parse(json.stdout) as Document;
    const sheets = await readXlsxFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['Verdict', 'County indicators', 'Gaps']);
    const verdict = sheets[0]?.data ?? [];
    expect(verdict.find((row) => row[0] === 'verdict')?.[1]).toBe(
      { passed: 'passed', failed: 'not passed', incomplete: 'incomplete (missing data)' }[doc.status],
    );
    expect(verdict.filter((row) => row[0] === 'reason').map((row) => row[1])).toEqual(
      doc.reasons.map((r) => r.en),
    );
    // inclusive coverage, 746 ÷ 862 = 86.54…%: stored as the share 0.8654…, shown as 86.54%
    const rows = sheets[1]?.data ?? [];
    const at = rows.findIndex((row) => row[1] === 'inclusive-coverage');
    expect(at).toBeGreaterThan(0);
    const expected = doc.countyIndicators.find((r) => r.indicator === 'inclusive-coverage')?.value;
    expect(rows[at]?.[3]).toBeCloseTo(Number(expected) / 100, 12);
    expect(rows[at]?.[3]).toBeCloseTo(746 / 862, 12);
    expect(rows[at]?.[3]).not.toBe(0.8654);
    expect(formatOf(out, 2, `D${at + 1}`)).toBe('0.00%');
  });
});
