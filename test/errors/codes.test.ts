/**
 * DudaoErrorCode is a closed list: the type, the runtime list DUDAO_ERROR_CODES and what the
 * functions that build errors accept are one and the same set of codes.
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/shared.js';
import { type DudaoIssue, dudaoError } from '../../src/error.js';
import { DUDAO_ERROR_CODES, type DudaoErrorCode, type ListedErrorCode } from '../../src/error-codes.js';
import type { BilingualProblem } from '../../src/schema/parse.js';

// Compile-time: the runtime list has every code of the union and nothing else.
type Listed = ListedErrorCode;
type Unlisted = Exclude<DudaoErrorCode, Listed>;
type Unknown = Exclude<Listed, DudaoErrorCode>;
const everyCodeListed: [Unlisted] extends [never] ? true : Unlisted = true;
const nothingElseListed: [Unknown] extends [never] ? true : Unknown = true;

describe('DudaoErrorCode and DUDAO_ERROR_CODES', () => {
  it('the runtime list has each code once, in kebab case, and is frozen', () => {
    expect(everyCodeListed && nothingElseListed).toBe(true);
    expect(new Set(DUDAO_ERROR_CODES).size).toBe(DUDAO_ERROR_CODES.length);
    for (const code of DUDAO_ERROR_CODES) expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(Object.isFrozen(DUDAO_ERROR_CODES)).toBe(true);
  });

  it('an error or an issue with a code outside the list does not compile', () => {
    // @ts-expect-error 'not-a-code' is not a DudaoErrorCode
    const error = dudaoError('not-a-code', [], 'message', '信息');
    // @ts-expect-error the code of an issue is a DudaoErrorCode, not any string
    const issue: DudaoIssue = { code: 'not-a-code', path: [], message: 'message', messageZh: '信息' };
    // @ts-expect-error what valueSchema and addDudaoIssue report has a DudaoErrorCode too
    const problem: BilingualProblem = { code: 'not-a-code', message: 'message', messageZh: '信息' };
    // @ts-expect-error so has a usage error of the command line
    const usage = new UsageError('message', { code: 'not-a-code' });
    const codes: string[] = [error.code, issue.code, problem.code, usage.code];
    expect(codes).toEqual(['not-a-code', 'not-a-code', 'not-a-code', 'not-a-code']);
  });
});
