/**
 * Worked examples of bad arguments: each is a DudaoError with the code, the path and the messages
 * a reader can check, where a TypeError (or a RangeError, or a stack overflow) escaped before.
 */
import { describe, expect, it } from 'vitest';
import {
  assessCompulsory,
  cityReport,
  compulsoryQuality2017,
  coverageOf,
  DudaoError,
  formatDecimal,
  planTeams,
  renderCompulsoryMarkdown,
  replayLedger,
  sampleCity,
  summarizeIssues,
  toDecimal,
  toJsonDocument,
} from '../../src/index.js';

function errorOf(fn: () => unknown): DudaoError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DudaoError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('bad arguments are DudaoErrors with a path', () => {
  it('cityReport({ counties: [] }) lacks plans and inspections: both reported at once', () => {
    const error = errorOf(() => cityReport({ counties: [] } as never, { asOf: '2024-12-31' }));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['required', ['plans']],
      ['required', ['inspections']],
    ]);
    expect(error.message).toBe('plans: is required but missing (and 1 more)');
  });

  it('a missing assessment is named by its parameter and what it must be', () => {
    const error = errorOf(() => renderCompulsoryMarkdown(undefined as never, compulsoryQuality2017));
    expect([error.code, error.path]).toEqual(['required', ['assessment']]);
    expect(error.message).toBe(
      'assessment: must be a compulsory-education assessment (from assessCompulsory) (got undefined)',
    );
    expect(error.messageZh).toBe(
      'assessment: 必须是义务教育评估结果（由 assessCompulsory 得到）（实际为 undefined）',
    );
  });

  it('options that are not an object, and a language other than zh or en', () => {
    expect(errorOf(() => toDecimal('1', null as never)).path).toEqual(['options']);
    const assessment = assessCompulsory(sampleCity.counties[0]?.compulsory, compulsoryQuality2017);
    const lang = errorOf(() =>
      renderCompulsoryMarkdown(assessment, compulsoryQuality2017, { lang: 'fr' as never }),
    );
    expect([lang.code, lang.path, lang.issues[0]?.message]).toEqual([
      'invalid-enum',
      ['options', 'lang'],
      'must be one of zh, en (got "fr")',
    ]);
  });

  it('an element of a sparse array is checked like any other (forEach would skip it)', () => {
    const entries: never[] = [];
    entries.length = 2;
    const error = errorOf(() => coverageOf(entries, '990101', 'preschool'));
    expect([error.code, error.path]).toEqual(['required', ['entries', 0]]);
  });

  it('toJsonDocument: a bigint, a cycle and 300 levels of nesting, each at its path', () => {
    expect(errorOf(() => toJsonDocument({ pupils: [1n] })).issues[0]).toEqual({
      code: 'invalid-type',
      path: ['pupils', 0],
      message: 'a bigint has no JSON form (give a number or a decimal string)',
      messageZh: 'bigint 无法写成 JSON（请使用数字或十进制数字字符串）',
    });
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    expect(errorOf(() => toJsonDocument(cycle)).code).toBe('invalid-value');
    let deep: unknown = 0;
    for (let i = 0; i < 300; i++) deep = [deep];
    expect(errorOf(() => toJsonDocument(deep)).code).toBe('too-big');
  });

  it('sizes that would build huge strings or arrays are bounded', () => {
    expect(errorOf(() => formatDecimal(1, 2 ** 31)).issues[0]?.message).toBe(
      'must be a whole number from 0 to 1000 (got 2147483648)',
    );
    const institutions = [{ county: '990101', programme: 'preschool', id: 'k1', inScope: true }];
    expect(errorOf(() => planTeams(institutions, { groups: 2 ** 53, by: 'none' })).code).toBe(
      'invalid-groups',
    );
  });

  it("the caller's own exception (a getter that throws) reaches the caller unchanged", () => {
    const thrown = new Error('getter');
    const state = replayLedger(sampleCity.ledger.events);
    const issue = Object.defineProperty({ ...state.issues[0] }, 'status', {
      get: () => {
        throw thrown;
      },
    });
    expect(() => summarizeIssues([issue as never], { asOf: sampleCity.asOf })).toThrow(thrown);
  });
});
