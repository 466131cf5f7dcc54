import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import {
  customizeIndicatorSet,
  namesFromCity,
  parseCompulsoryDataset,
  parsePreschoolDataset,
  preschool2020,
  safeParseWithSchema,
  sampleCity,
} from '../../src/index.js';
import { vetoesSchema } from '../../src/schema/common.js';

const county = sampleCity.counties[0];
if (county === undefined) throw new Error('the sample city has counties');
const compulsoryDataset = () => JSON.parse(JSON.stringify(county.compulsory));
const preschoolDataset = () => JSON.parse(JSON.stringify(county.preschool));

// [code, path joined by |] of every issue of the DudaoError a call throws.
function issuesOf(call: () => unknown): [string, string][] {
  try {
    call();
  } catch (error) {
    if (error instanceof DudaoError) return error.issues.map((i) => [i.code, i.path.join('|')]);
    throw error;
  }
  throw new Error('expected a DudaoError');
}

// JSON.parse makes an own `__proto__` key; zod's records leave it out of their copy. dudao's
// records refuse it as an unknown field, as its strict objects do, instead of dropping it unseen.
// biome-ignore lint/suspicious/noExplicitAny: hostile JSON handed to typed functions on purpose
const withPrototypeKey = (json: string): any => JSON.parse(json);

describe('an own __proto__ key in a record is refused, not dropped', () => {
  it('in countyFacts and vetoes of a compulsory dataset, with its path', () => {
    const dataset = {
      ...compulsoryDataset(),
      countyFacts: withPrototypeKey('{"__proto__": -0.5}'),
    };
    expect(issuesOf(() => parseCompulsoryDataset(dataset))).toContainEqual([
      'unknown-key',
      'countyFacts|__proto__',
    ]);
    const vetoes = { ...compulsoryDataset(), vetoes: withPrototypeKey('{"__proto__": true}') };
    expect(issuesOf(() => parseCompulsoryDataset(vetoes))).toContainEqual([
      'unknown-key',
      'vetoes|__proto__',
    ]);
  });

  it('in a preschool dataset', () => {
    const dataset = { ...preschoolDataset(), countyFacts: withPrototypeKey('{"__proto__": {"met": true}}') };
    expect(issuesOf(() => parsePreschoolDataset(dataset))).toContainEqual([
      'unknown-key',
      'countyFacts|__proto__',
    ]);
  });

  it('in a customisation and in report names', () => {
    expect(
      issuesOf(() =>
        customizeIndicatorSet(preschool2020, { id: 'p', advisory: withPrototypeKey('{"__proto__": true}') }),
      ).map(([code]) => code),
    ).toContain('unknown-key');
    expect(() => namesFromCity(withPrototypeKey('{"__proto__": 1}'))).toThrow();
  });

  it('other keys still pass, and the parse gives a plain copy', () => {
    const parsed = safeParseWithSchema(vetoesSchema, withPrototypeKey('{"v1": false}'));
    expect(parsed).toEqual({ success: true, data: { v1: false } });
    expect(safeParseWithSchema(vetoesSchema, withPrototypeKey('{"__proto__": false}')).success).toBe(false);
  });
});
