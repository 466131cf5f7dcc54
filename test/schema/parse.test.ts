import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DudaoError } from '../../src/error.js';
import { countSchema } from '../../src/schema/common.js';
import { addDudaoIssue, parseWithSchema, safeParseWithSchema, valueSchema } from '../../src/schema/parse.js';

const CHINESE = /[\u4e00-\u9fff]/;

describe('parseWithSchema', () => {
  it('returns the parsed data', () => {
    expect(parseWithSchema(z.object({ pupils: countSchema }), { pupils: '812' })).toEqual({ pupils: '812' });
  });

  it('throws a DudaoError whose first issue gives code, path and both messages', () => {
    try {
      parseWithSchema(z.object({ pupils: countSchema }), { pupils: 812.5 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DudaoError);
      const dudao = error as DudaoError;
      expect(dudao.code).toBe('not-integer');
      expect(dudao.path).toEqual(['pupils']);
      expect(dudao.message).toBe('pupils: must be a whole number (got 812.5)');
      expect(dudao.messageZh).toBe('pupils: 必须是整数（实际为 812.5）');
    }
  });

  it('prefixes every path with rootPath', () => {
    const result = safeParseWithSchema(z.object({ pupils: countSchema }), { pupils: -1 }, ['datasets', 2]);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.path).toEqual(['datasets', 2, 'pupils']);
  });

  it('reports every issue, each with an English and a Chinese message', () => {
    const schema = z.strictObject({
      name: z.string(),
      kind: z.enum(['primary', 'junior']),
      pupils: countSchema,
    });
    const result = safeParseWithSchema(schema, { name: 1, kind: 'college', pupils: 'many', extra: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid-type', ['name']],
      ['invalid-enum', ['kind']],
      ['not-a-number', ['pupils']],
      ['unknown-key', ['extra']],
    ]);
    for (const issue of result.error.issues) {
      expect(issue.message).not.toMatch(CHINESE);
      expect(issue.messageZh).toMatch(CHINESE);
    }
  });

  it('a missing field is required', () => {
    const result = safeParseWithSchema(z.object({ name: z.string(), pupils: countSchema }), {});
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => [issue.code, issue.path, issue.messageZh])).toEqual([
        ['required', ['name'], '缺少必填项'],
        ['required', ['pupils'], '缺少必填项'],
      ]);
    }
  });

  it('an unknown field suggests the closest known one', () => {
    const schema = z.strictObject({
      pupils: countSchema,
      teachers: z.strictObject({ fullTime: countSchema }),
    });
    const result = safeParseWithSchema(schema, { pupil: 1, teachers: { fulltime: 2 } });
    expect(result.success).toBe(false);
    if (result.success) return;
    const unknown = result.error.issues.filter((issue) => issue.code === 'unknown-key');
    expect(unknown.map((issue) => [issue.path, issue.message, issue.messageZh])).toEqual([
      [
        ['teachers', 'fulltime'],
        'unknown field "fulltime" (did you mean "fullTime"?)',
        '未知字段 "fulltime"（是否应为 "fullTime"？）',
      ],
      [
        ['pupil'],
        'unknown field "pupil" (did you mean "pupils"?)',
        '未知字段 "pupil"（是否应为 "pupils"？）',
      ],
    ]);
  });

  it('messages stay English and Chinese whatever locale the application configured globally', () => {
    z.config(z.locales.fr());
    try {
      const result = safeParseWithSchema(z.object({ name: z.string() }), { name: 1 });
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.issues[0]?.message).toMatch(/expected string/);
        expect(result.error.issues[0]?.messageZh).toMatch(CHINESE);
      }
    } finally {
      z.config(z.locales.en());
    }
  });
});

describe('valueSchema and addDudaoIssue', () => {
  it('a value check reports its own code and messages', () => {
    const even = valueSchema(
      (v): v is number => typeof v === 'number' && v % 2 === 0,
      (v) => ({
        code: 'invalid-value',
        message: `must be even (got ${String(v)})`,
        messageZh: `必须是偶数（实际为 ${String(v)}）`,
      }),
    );
    expect(safeParseWithSchema(even, 4)).toEqual({ success: true, data: 4 });
    const result = safeParseWithSchema(even, 3);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toEqual([
        {
          code: 'invalid-value',
          path: [],
          message: 'must be even (got 3)',
          messageZh: '必须是偶数（实际为 3）',
        },
      ]);
    }
  });

  it('a cross-field rule reports its code at its path', () => {
    const range = z.object({ min: z.number(), max: z.number() }).superRefine((value, ctx) => {
      if (value.min > value.max) {
        addDudaoIssue(ctx, ['max'], {
          code: 'invalid-range',
          message: 'must be ≥ min',
          messageZh: '必须不小于 min',
        });
      }
    });
    const result = safeParseWithSchema(range, { min: 2, max: 1 });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toEqual([
        { code: 'invalid-range', path: ['max'], message: 'must be ≥ min', messageZh: '必须不小于 min' },
      ]);
    }
  });
});
