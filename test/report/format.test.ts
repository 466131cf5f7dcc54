/**
 * Display rounding (report/format.ts): half up on the decimal form of a figure, for numbers and
 * Decimals alike, never on the binary value of a double.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/numeric/decimal.js';
import { formatDecimal, placesForUnit } from '../../src/report/format.js';

describe('formatDecimal rounds half up on the decimal form', () => {
  it('rounds 1.005 to 1.01, where Number#toFixed rounds the binary value down to 1.00', () => {
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(formatDecimal(1.005, 2)).toBe('1.01');
    expect(formatDecimal(0.0005, 3)).toBe('0.001');
    expect(formatDecimal(2.675, 2)).toBe('2.68');
  });

  it('writes the decimals asked for, padding with zeros', () => {
    expect(formatDecimal(4.2, 2)).toBe('4.20');
    expect(formatDecimal(0.515258, 3)).toBe('0.515');
    expect(formatDecimal(1800000, 0)).toBe('1800000');
    expect(formatDecimal(1e-7, 2)).toBe('0.00');
    expect(formatDecimal(1e21, 0)).toBe('1000000000000000000000');
  });

  it('rounds negative halves away from zero (half up on the magnitude)', () => {
    expect(formatDecimal(-3.125, 2)).toBe('-3.13');
    expect(formatDecimal(-0, 2)).toBe('0.00');
  });

  it('takes Decimals, rounding on all their digits', () => {
    expect(formatDecimal(new Decimal('0.5155'), 3)).toBe('0.516');
    expect(formatDecimal(new Decimal(2).div(3), 3)).toBe('0.667');
  });

  it('writes — for a missing value', () => {
    expect(formatDecimal(null, 3)).toBe('—');
    expect(formatDecimal(undefined, 2)).toBe('—');
  });

  it('gives for a number what it gives for the Decimal of its shortest decimal', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 6 }),
        (x, places) => {
          expect(formatDecimal(x, places)).toBe(formatDecimal(new Decimal(String(x)), places));
        },
      ),
    );
  });
});

describe('placesForUnit', () => {
  it('shows counts and yuan whole, other units with 2 decimals', () => {
    expect(placesForUnit('yuan per pupil')).toBe(0);
    expect(placesForUnit('pupils')).toBe(0);
    expect(placesForUnit('m² per pupil')).toBe(2);
    expect(placesForUnit(undefined)).toBe(2);
  });
});
