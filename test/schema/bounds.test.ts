import { readFileSync } from 'node:fs';
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DudaoError, type DudaoIssue } from '../../src/error.js';
import { safeParseIndicatorSet } from '../../src/indicators/parse.js';
import { Decimal, toDecimal } from '../../src/numeric/decimal.js';
import {
  areaSchema,
  countSchema,
  countyFactSchema,
  moneySchema,
  QUANTITY_LIMITS,
} from '../../src/schema/common.js';
import { safeParseCompulsoryDataset } from '../../src/schema/compulsory.js';
import { safeParseLedgerDocument } from '../../src/schema/ledger.js';
import { safeParseWithSchema } from '../../src/schema/parse.js';
import { safeParsePreschoolDataset } from '../../src/schema/preschool.js';

// biome-ignore lint/suspicious/noExplicitAny: documents are edited as untyped JSON on purpose
type Json = any;

const example = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));

function firstIssue(schema: z.core.$ZodType, input: unknown): DudaoIssue {
  const result = safeParseWithSchema(schema, input);
  if (result.success) return expect.unreachable(`expected ${label(input)} to be refused`);
  return result.error.issues[0] as DudaoIssue;
}

// A short name for a test value (String() of a Decimal would write out all its digits).
const label = (value: unknown): string =>
  value instanceof DecimalJs ? `Decimal ${value.toExponential()}` : JSON.stringify(value);

const HUGE: readonly unknown[] = [
  1e42,
  1e308,
  '1e999999999',
  '1e10001',
  '1e42',
  new Decimal('1e999999999'),
  Number.MAX_SAFE_INTEGER + 2,
  '1e99999999999999999',
];

describe('the documented limits', () => {
  it('are the figures the README gives', () => {
    expect(QUANTITY_LIMITS).toEqual({
      count: 100_000_000,
      area: 1_000_000_000,
      money: 10_000_000_000_000,
      value: 10_000_000_000_000,
      decimalPlaces: 20,
      stringLength: 40,
    });
  });
});

describe('counts (计数) are safe integers of at most 100,000,000', () => {
  it('the limit itself is accepted, in every form', () => {
    for (const value of [100_000_000, '100000000', '1e8', '1.00000000e8', new Decimal('1e8')]) {
      expect(safeParseWithSchema(countSchema, value).success, label(value)).toBe(true);
    }
  });

  it('one more, and huge numbers in any form, are too-big; the message quotes the input, shortened', () => {
    for (const value of [100_000_001, '100000001', '1.00000001e8', ...HUGE]) {
      const issue = firstIssue(countSchema, value);
      expect(issue.code, label(value)).toBe('too-big');
      expect(issue.message).toMatch(/^must be at most 100000000 \(got .{1,45}\)$/);
      expect(issue.messageZh).toMatch(/^不能大于 100000000（实际为 .{1,45}）$/);
    }
    expect(firstIssue(countSchema, '1e999999999').message).toBe(
      'must be at most 100000000 (got "1e999999999")',
    );
  });

  it('a tiny exponent is not-integer, and the message does not expand it', () => {
    const issue = firstIssue(countSchema, '1e-999999999');
    expect(issue.code).toBe('not-integer');
    expect(issue.message).toBe('must be a whole number (got "1e-999999999")');
  });
});

describe('areas, money and county values: magnitude and decimal places', () => {
  it('areas up to 1e9 m², money and values up to 1e13 yuan', () => {
    expect(safeParseWithSchema(areaSchema, 1e9).success).toBe(true);
    expect(firstIssue(areaSchema, 1e9 + 0.5).code).toBe('too-big');
    expect(firstIssue(areaSchema, '1000000000.00000000000000000001').code).toBe('too-big');
    expect(safeParseWithSchema(moneySchema, '1e13').success).toBe(true);
    expect(firstIssue(moneySchema, '10000000000001').code).toBe('too-big');
    expect(firstIssue(moneySchema, 1e308).message).toBe('must be at most 10000000000000 (got 1e+308)');
    expect(firstIssue(countyFactSchema, { value: '1e10001' }).path).toEqual(['value']);
  });

  it('at most 20 decimal places, counted on the value', () => {
    for (const value of ['0.00000000000000000001', 1e-20, '1.000000000000000000000', 0.1, 3900.5]) {
      expect(safeParseWithSchema(areaSchema, value).success, label(value)).toBe(true);
    }
    for (const value of ['0.000000000000000000001', 1e-21, 5e-324, '1e-999999999', new Decimal('1e-21')]) {
      const issue = firstIssue(areaSchema, value);
      expect(issue.code, label(value)).toBe('too-precise');
      expect(issue.message.length).toBeLessThan(100);
    }
    expect(firstIssue(areaSchema, '1e-999999999').message).toBe(
      'must have at most 20 decimal places (got "1e-999999999")',
    );
  });

  it('decimal strings have at most 40 characters; a 1 MB string is quoted by a 40-character prefix', () => {
    expect(safeParseWithSchema(areaSchema, `1.${'0'.repeat(38)}`).success).toBe(true);
    expect(firstIssue(areaSchema, `1.${'0'.repeat(39)}`).code).toBe('too-long');
    const issue = firstIssue(areaSchema, '9'.repeat(1_000_000));
    expect(issue.code).toBe('too-long');
    expect(issue.message).toBe(
      `must be a decimal string of at most 40 characters (got "${'9'.repeat(40)}…")`,
    );
    expect(issue.messageZh.length).toBeLessThan(100);
  });

  it('Decimals of any size are quoted shortened, never expanded', () => {
    for (const value of [
      new Decimal('-1e999999999'),
      new DecimalJs('1e999999999'),
      new Decimal('1e-99999999'),
    ]) {
      const issue = firstIssue(countSchema, value);
      expect(issue.message.length, issue.code).toBeLessThan(120);
    }
  });
});

describe('refused at the input’s own path', () => {
  it.each(HUGE.map((value) => [label(value), value]))('compulsory: teachers.pe = %s', (_, value) => {
    const document = example('county-compulsory.json');
    document.schools[3].sections.primary.teachers.pe = value;
    const result = safeParseCompulsoryDataset(document);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([
        ['too-big', ['schools', 3, 'sections', 'primary', 'teachers', 'pe']],
      ]);
    }
  });

  it('compulsory: a stock figure with a huge or tiny exponent, a county fact, the survey', () => {
    const document = example('county-compulsory.json');
    document.schools[0].sections.primary.stock.teachingAuxiliaryArea = '1e999999999';
    document.schools[1].sections.primary.stock.equipmentValue = '1e-999999999';
    document.countyFacts['teacher-exchange'] = { numerator: '1e10001', denominator: 580 };
    document.survey.respondents = 1e42;
    const result = safeParseCompulsoryDataset(document);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([
        ['too-big', ['schools', 0, 'sections', 'primary', 'stock', 'teachingAuxiliaryArea']],
        ['too-precise', ['schools', 1, 'sections', 'primary', 'stock', 'equipmentValue']],
        ['too-big', ['countyFacts', 'teacher-exchange', 'numerator']],
        ['too-big', ['survey', 'respondents']],
      ]);
    }
  });

  it('preschool: children 1e42 and populationAged3to5 1e308', () => {
    const document = example('county-preschool.json');
    document.kindergartens[0].children = 1e42;
    document.populationAged3to5 = 1e308;
    const result = safeParsePreschoolDataset(document);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([
        ['too-big', ['populationAged3to5']],
        ['too-big', ['kindergartens', 0, 'children']],
      ]);
    }
  });
});

describe('texts have generous length limits', () => {
  it('ids, names and keys of a dataset', () => {
    const document = example('county-compulsory.json');
    document.schools[0].id = 's'.repeat(201);
    document.schools[1].name = '校'.repeat(501);
    document.vetoes['x'.repeat(201)] = false;
    const result = safeParseCompulsoryDataset(document);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => [i.code, i.path.slice(0, 3)])).toEqual([
        ['too-big', ['schools', 0, 'id']],
        ['too-big', ['schools', 1, 'name']],
        ['too-big', ['vetoes', 'x'.repeat(201)]],
      ]);
      for (const issue of result.error.issues) expect(issue.message.length).toBeLessThan(120);
    }
  });

  it('ledger ids and descriptions, and a 1 MB unknown issue id', () => {
    const ledger = example('ledger.json');
    ledger.events[0].issue.description = '述'.repeat(10_001);
    const withIssueId = ledger.events.findIndex((event: Json) => event.issueId !== undefined);
    ledger.events[withIssueId].issueId = 'x'.repeat(1_000_000);
    const result = safeParseLedgerDocument(ledger);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([
        ['too-big', ['events', 0, 'issue', 'description']],
        ['too-big', ['events', withIssueId, 'issueId']],
      ]);
      expect(JSON.stringify(result.error).length).toBeLessThan(2_000);
    }
  });

  it('indicator-set ids, names and thresholds', async () => {
    const { compulsoryQuality2017 } = await import('../../src/indicators/compulsory-quality-2017.js');
    const set: Json = structuredClone(compulsoryQuality2017);
    set.indicators[0].name.zh = '指'.repeat(501);
    set.indicators[1].thresholds.all = `1${'0'.repeat(40)}`;
    const result = safeParseIndicatorSet(set);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => i.path)).toEqual([
        ['indicators', 0, 'name', 'zh'],
        ['indicators', 1, 'thresholds', 'all'],
      ]);
    }
  });
});

describe('toDecimal quotes its input shortened', () => {
  it('never expands a huge or tiny exponent into its message', () => {
    const cases: [unknown, Parameters<typeof toDecimal>[1]][] = [
      ['-1e999999999', { nonNegative: true }],
      ['1e-99999999', { integer: true }],
      [new Decimal('-1e999999999'), { nonNegative: true }],
      [`-${'9'.repeat(100_000)}`, { nonNegative: true }],
    ];
    for (const [input, options] of cases) {
      try {
        toDecimal(input, options);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(DudaoError);
        expect((error as DudaoError).message.length).toBeLessThan(120);
        expect((error as DudaoError).messageZh.length).toBeLessThan(120);
      }
    }
    try {
      toDecimal('-1e999999999', { nonNegative: true, path: ['x'] });
    } catch (error) {
      expect((error as DudaoError).message).toBe('x: must not be negative (got "-1e999999999")');
    }
  });
});
