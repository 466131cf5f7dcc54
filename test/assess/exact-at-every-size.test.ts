// Exact means exact at every size validation accepts (issue 18): teaching areas written with as
// many digits as a decimal string may have (QUANTITY_LIMITS: 40 characters, 20 decimal places,
// at most 10⁹ m²), placed on, just below and just above 4.5 m² per primary pupil, decided as an
// independent BigInt reference decides, for a section's own figure and for a nine-year school's
// whole-school figure split by weighted pupils (primary 1, junior 1.1).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { QUANTITY_LIMITS } from '../../src/schema/common.js';
import { dataset, primaryMeetingAll, school, section2017 } from '../fixtures/compulsory-builders.js';

// A decimal string for m × 10^-k (m ≥ 0).
function show(m: bigint, k: number): string {
  const digits = m.toString().padStart(k + 1, '0');
  return k === 0 ? digits : `${digits.slice(0, -k)}.${digits.slice(-k)}`;
}

// The longest area string the contract accepts near `boundary` × 10^-scale (in units of
// 10^-20 m²), moved by `k` units of its last place.
function areaNear(boundary: bigint, scale: number, k: number): { text: string; units: bigint } | null {
  const units = boundary * 10n ** BigInt(20 - scale) + BigInt(k);
  if (units < 0n) return null;
  let places = 20;
  let text = show(units, places);
  // Drop trailing decimals only when the string would be too long (it then loses the shift).
  while (text.length > QUANTITY_LIMITS.stringLength && places > 0) {
    places -= 1;
    if (units % 10n ** BigInt(20 - places) !== 0n) return null;
    text = show(units / 10n ** BigInt(20 - places), places);
  }
  return text.length <= QUANTITY_LIMITS.stringLength ? { text, units } : null;
}

function teachingArea(assessment: ReturnType<typeof assessCompulsory>, id: string): boolean | null {
  const section = assessment.sections.find((s) => s.schoolId === id && s.stage === 'primary');
  return section?.results.find((r) => r.indicator === 'teaching-area-per-pupil')?.met ?? null;
}

describe('decisions are exact at every accepted size', () => {
  it('property: a section’s own teaching area on, below and above 4.5 m² × pupils', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: -3, max: 3 }), (pupils, k) => {
        // 4.5 × pupils = 45 × pupils × 10⁻¹.
        const area = areaNear(45n * BigInt(pupils), 1, k);
        if (area === null) return;
        const resources = { ...primaryMeetingAll(100), teaching: area.text };
        const county = dataset([school('a', 'primary', section2017(pupils, resources))]);
        // Reference: area ≥ 4.5 × pupils, in units of 10⁻²⁰ m².
        const expected = area.units >= 45n * BigInt(pupils) * 10n ** 19n;
        expect(teachingArea(assessCompulsory(county, compulsoryQuality2017), 'a')).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('property: a nine-year school’s whole-school area split by weighted pupils', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000 }),
        fc.integer({ min: 1, max: 50_000 }),
        fc.integer({ min: -3, max: 3 }),
        (primary, junior, k) => {
          // The primary share is area × P ÷ (P + 1.1 J); per pupil, area ÷ (P + 1.1 J) ≥ 4.5
          // ⇔ area ≥ 4.5 × (P + 1.1 J) = (45 P + 49.5 J) ÷ 10 = (450 P + 495 J) × 10⁻².
          const boundary = 450n * BigInt(primary) + 495n * BigInt(junior);
          const area = areaNear(boundary, 2, k);
          if (area === null) return;
          const p = section2017(primary, primaryMeetingAll(100));
          const j = section2017(junior, primaryMeetingAll(100));
          const { teachingAuxiliaryArea: _p, ...primaryStock } = p.stock as Record<string, unknown>;
          const { teachingAuxiliaryArea: _j, ...juniorStock } = j.stock as Record<string, unknown>;
          const nineYear = {
            id: 'n',
            name: '九年一贯制学校',
            kind: 'nine-year',
            ownership: 'public',
            sections: { primary: { ...p, stock: primaryStock }, junior: { ...j, stock: juniorStock } },
            sharedStock: { teachingAuxiliaryArea: area.text },
          };
          const county = dataset([nineYear as never]);
          const expected = area.units >= boundary * 10n ** 18n;
          expect(teachingArea(assessCompulsory(county, compulsoryQuality2017), 'n')).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
