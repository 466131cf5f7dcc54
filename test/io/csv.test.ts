/**
 * CSV cells that are safe in a spreadsheet (issue #18, item 5): a text cell beginning with `=`,
 * `+`, `-`, `@`, a tab or a carriage return is neutralised as OWASP's CSV-injection guidance
 * says (a single quote `'` in front, then RFC 4180 quoting where the cell needs it); a number
 * cell dudao wrote (`-3.5`) is left as it is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/io/compulsory-csv.js';
import { csvCell, csvField, formatCsv } from '../../src/io/csv.js';

const ATTACKS: readonly [string, string][] = [
  ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ['+1', "'+1"],
  ['-1+2', "'-1+2"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\tx', `"'\tx"`],
  ['\rx', `"'\rx"`],
];

/** The one cell a CSV field reads back as. */
const readBack = (field: string): string => {
  const records = parseCsvRecords(`${field}\r\n`);
  expect(records).toHaveLength(1);
  expect(records[0]?.cells).toHaveLength(1);
  return records[0]?.cells[0] as string;
};

describe('csvField: a text cell', () => {
  it.each(ATTACKS)('%j is written %s: a quote in front, quoted as CSV requires', (text, written) => {
    expect(csvField(text)).toBe(written);
    expect(readBack(written)).toBe(`'${text}`);
  });

  it('text that only looks like a number is text: "-3.5" as a school name is neutralised too', () => {
    expect(csvField('-3.5')).toBe("'-3.5");
  });

  it('leaves other text as it was, quoting only what RFC 4180 needs', () => {
    expect(csvField('城关第一小学')).toBe('城关第一小学');
    expect(csvField('a = b')).toBe('a = b');
    expect(csvField("'quoted")).toBe("'quoted");
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField(' =1')).toBe('" =1"');
    expect(csvField('x\ty')).toBe('"x\ty"');
  });

  it('property: no text reads back beginning with = + - @ tab or CR, and nothing but the quote is added', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 30 }),
          fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string()).map(([a, b]) => a + b),
        ),
        (text) => {
          const cell = readBack(csvField(text));
          expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          expect(cell === text || cell === `'${text}`).toBe(true);
          expect(cell === `'${text}`).toBe(/^[=+\-@\t\r]/.test(text));
        },
      ),
    );
  });
});

describe('csvCell: text neutralised, numbers as dudao wrote them', () => {
  it('a number cell keeps its sign: -3.5 stays -3.5', () => {
    expect(csvCell({ value: -3.5, text: '-3.5', places: 1 })).toBe('-3.5');
    expect(csvCell({ value: 4.9, text: '4.90', places: 2 })).toBe('4.90');
    expect(csvCell('-3.5')).toBe("'-3.5");
    expect(csvCell(null)).toBe('');
  });

  it('a number cell whose text is not a plain decimal is treated as text', () => {
    expect(csvCell({ value: 0, text: '=1+2', places: 0 })).toBe("'=1+2");
    expect(csvCell({ value: 0, text: '-1+2', places: 0 })).toBe("'-1+2");
  });
});

describe('formatCsv: rows of typed cells', () => {
  it('neutralises the text cells of every row and keeps the numbers', () => {
    expect(
      formatCsv([
        ['school', 'shortfall'],
        ['=HYPERLINK("http://x","y")', { value: -3.5, text: '-3.5', places: 1 }],
        ['@SUM(A1)', null],
      ]),
    ).toBe(`school,shortfall\r\n"'=HYPERLINK(""http://x"",""y"")",-3.5\r\n'@SUM(A1),\r\n`);
  });
});
