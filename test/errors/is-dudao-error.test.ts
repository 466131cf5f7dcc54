/**
 * isDudaoError and `instanceof DudaoError` recognise a DudaoError by its brand and shape, and
 * safely turns a thrown (or rejected) DudaoError into data and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { DudaoError, dudaoError, isDudaoError, safely } from '../../src/error.js';
import { toDecimal } from '../../src/numeric/decimal.js';

const issue = {
  code: 'negative',
  path: ['pupils'],
  message: 'must not be negative',
  messageZh: '不能为负数',
} as const;

// What a DudaoError of another copy of dudao looks like: another class, the same brand and shape.
function foreignError(brand: unknown = 1): Error {
  class DudaoError extends Error {
    override readonly name = 'DudaoError';
    readonly code = issue.code;
    readonly path = issue.path;
    readonly messageZh = issue.messageZh;
    readonly issues = [issue];
    constructor() {
      super(issue.message);
      Object.defineProperty(this, Symbol.for('dudao.error'), { value: brand });
    }
  }
  return new DudaoError();
}

describe('isDudaoError', () => {
  it('is true for a DudaoError, whether built by the class or by dudaoError', () => {
    expect(isDudaoError(new DudaoError([issue]))).toBe(true);
    expect(isDudaoError(dudaoError('negative', ['pupils'], 'x', '不'))).toBe(true);
    let caught: unknown;
    try {
      toDecimal('abc');
    } catch (error) {
      caught = error;
    }
    expect(isDudaoError(caught)).toBe(true);
  });

  it('is true for a DudaoError of another copy of dudao (same brand, same shape)', () => {
    const other = foreignError();
    expect(Object.getPrototypeOf(other)).not.toBe(DudaoError.prototype);
    expect(isDudaoError(other)).toBe(true);
    expect(other instanceof DudaoError).toBe(true);
  });

  it('is false for a look-alike without the brand, with another shape version, or without issues', () => {
    const plain = Object.assign(new Error('x'), { name: 'DudaoError', ...issue, issues: [issue] });
    expect(isDudaoError(plain)).toBe(false);
    expect(plain instanceof DudaoError).toBe(false);
    expect(isDudaoError(foreignError(2))).toBe(false);
    expect(isDudaoError(foreignError(true))).toBe(false);
    const empty = new DudaoError([issue]);
    Object.defineProperty(empty, 'issues', { value: [] });
    expect(isDudaoError(empty)).toBe(false);
  });

  it('is false for the JSON form of an error, for errors of other kinds and for non-objects', () => {
    const error = new DudaoError([issue]);
    expect(isDudaoError(JSON.parse(JSON.stringify(error)))).toBe(false);
    expect(isDudaoError(error.toJSON())).toBe(false);
    for (const value of [
      new TypeError('x'),
      undefined,
      null,
      0,
      'DudaoError',
      Symbol('x'),
      () => 1,
      {},
      [],
    ]) {
      expect(isDudaoError(value)).toBe(false);
      expect(value instanceof DudaoError).toBe(false);
    }
  });

  it('the brand is not inherited: an object whose prototype is a DudaoError is not one', () => {
    expect(isDudaoError(Object.create(new DudaoError([issue])))).toBe(false);
  });

  it('never throws, even for a Proxy whose every trap throws', () => {
    const trap = (): never => {
      throw new Error('trap');
    };
    const hostile = new Proxy(
      {},
      { get: trap, getOwnPropertyDescriptor: trap, has: trap, ownKeys: trap, getPrototypeOf: trap },
    );
    expect(isDudaoError(hostile)).toBe(false);
    expect(hostile instanceof DudaoError).toBe(false);
    const { proxy, revoke } = Proxy.revocable(new DudaoError([issue]), {});
    expect(isDudaoError(proxy)).toBe(true);
    revoke();
    expect(isDudaoError(proxy)).toBe(false);
  });

  it('a subclass keeps the ordinary instanceof', () => {
    class FormError extends DudaoError {}
    const sub = new FormError([issue]);
    expect(sub instanceof FormError).toBe(true);
    expect(sub instanceof DudaoError).toBe(true);
    expect(isDudaoError(sub)).toBe(true);
    expect(new DudaoError([issue]) instanceof FormError).toBe(false);
    expect(foreignError() instanceof FormError).toBe(false);
  });

  it('the brand is invisible: not enumerable, not in JSON', () => {
    const error = new DudaoError([issue]);
    expect(Object.keys(error)).not.toContain(Symbol.for('dudao.error'));
    expect(Object.getOwnPropertyDescriptor(error, Symbol.for('dudao.error'))?.enumerable).toBe(false);
    expect(JSON.stringify(error)).toBe(JSON.stringify(error.toJSON()));
  });
});

describe('safely', () => {
  it('returns the data, or the DudaoError as data', () => {
    expect(safely(() => 42)).toEqual({ success: true, data: 42 });
    const failed = safely(() => toDecimal('abc'));
    expect(failed.success).toBe(false);
    if (!failed.success) expect(failed.error.code).toBe('not-a-number');
  });

  it('catches a DudaoError of another copy of dudao too', () => {
    const other = foreignError();
    const result = safely(() => {
      throw other;
    });
    expect(result).toEqual({ success: false, error: other });
  });

  it('rethrows anything else unchanged (a bug, or an exception of the caller)', () => {
    const bug = new TypeError('x is undefined');
    expect(() =>
      safely(() => {
        throw bug;
      }),
    ).toThrow(bug);
    const thrown = { not: 'an error' };
    let caught: unknown;
    try {
      safely(() => {
        throw thrown;
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(thrown);
  });

  it('awaits a promise: a rejection with a DudaoError is data, any other rejection is rethrown', async () => {
    await expect(safely(() => Promise.resolve('signed'))).resolves.toEqual({ success: true, data: 'signed' });
    const error = new DudaoError([issue]);
    await expect(safely(() => Promise.reject(error))).resolves.toEqual({ success: false, error });
    const bug = new RangeError('x');
    await expect(safely(() => Promise.reject(bug))).rejects.toBe(bug);
  });

  it('given something that is not a function, returns an invalid-type error at ["fn"]', () => {
    const result = safely(42 as unknown as () => number);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('invalid-type');
      expect(result.error.path).toEqual(['fn']);
      expect(result.error.messageZh).toBe('fn: safely 需要一个函数（实际为 42）');
    }
  });
});
