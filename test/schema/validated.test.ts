import { afterEach, describe, expect, it, vi } from 'vitest';
import { assessCompulsory, safeAssessCompulsory } from '../../src/assess/county.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import { DudaoError } from '../../src/error.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import { Decimal } from '../../src/numeric/decimal.js';
import {
  compulsoryDatasetSchema,
  parseCompulsoryDataset,
  safeParseCompulsoryDataset,
} from '../../src/schema/compulsory.js';
import {
  parsePreschoolDataset,
  preschoolDatasetSchema,
  safeParsePreschoolDataset,
} from '../../src/schema/preschool.js';
import { county2017 } from '../fixtures/county-2017.js';
import { preschoolCounty } from '../fixtures/preschool-county.js';

// biome-ignore lint/suspicious/noExplicitAny: documents are edited as untyped JSON on purpose
type Json = any;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a parsed dataset is validated once and assessed as often as one likes', () => {
  it('assessCompulsory and assessPreschool do not validate a parsed dataset again', () => {
    const compulsory = parseCompulsoryDataset(county2017);
    const preschool = parsePreschoolDataset(preschoolCounty);
    const compulsoryParse = vi.spyOn(compulsoryDatasetSchema, 'safeParse');
    const preschoolParse = vi.spyOn(preschoolDatasetSchema, 'safeParse');
    assessCompulsory(compulsory, compulsoryQuality2017);
    assessCompulsory(compulsory, compulsoryQuality2017);
    assessPreschool(preschool, preschool2020);
    expect(compulsoryParse).not.toHaveBeenCalled();
    expect(preschoolParse).not.toHaveBeenCalled();
  });

  it('the safe forms return a dataset the assessments trust as well', () => {
    const compulsory = safeParseCompulsoryDataset(county2017);
    const preschool = safeParsePreschoolDataset(preschoolCounty);
    if (!compulsory.success || !preschool.success) throw new Error('fixtures are valid');
    const parse = vi.spyOn(compulsoryDatasetSchema, 'safeParse');
    expect(safeAssessCompulsory(compulsory.data, compulsoryQuality2017).success).toBe(true);
    assessPreschool(preschool.data, preschool2020);
    expect(parse).not.toHaveBeenCalled();
  });

  it('raw input is parsed with zod, every time', () => {
    const parse = vi.spyOn(compulsoryDatasetSchema, 'safeParse');
    assessCompulsory(county2017, compulsoryQuality2017);
    assessCompulsory(county2017, compulsoryQuality2017);
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('the assessment of a parsed dataset equals the assessment of the raw document', () => {
    const fromRaw = assessCompulsory(county2017, compulsoryQuality2017);
    const fromParsed = assessCompulsory(parseCompulsoryDataset(county2017), compulsoryQuality2017);
    expect(JSON.stringify(fromParsed)).toBe(JSON.stringify(fromRaw));
  });
});

describe('the mark of a validated dataset cannot be made by accident', () => {
  it('copies (spread, Object.assign, structuredClone, JSON) are validated again', () => {
    const valid = parseCompulsoryDataset(county2017);
    const copies: unknown[] = [
      { ...valid },
      Object.assign({}, valid),
      structuredClone(valid),
      JSON.parse(JSON.stringify(valid)),
      Object.create(valid),
      // Every own property, the mark included, on an object that is not frozen.
      Object.defineProperties({}, Object.getOwnPropertyDescriptors(valid)),
    ];
    const parse = vi.spyOn(compulsoryDatasetSchema, 'safeParse');
    for (const copy of copies) {
      try {
        assessCompulsory(copy, compulsoryQuality2017);
      } catch {
        // Object.create(valid) has no own keys: refused, which is what is asked.
      }
    }
    expect(parse).toHaveBeenCalledTimes(copies.length);
  });

  it('a hand-built object, whatever its keys, is validated: an invalid one is refused at its path', () => {
    const forged: Json = structuredClone(county2017);
    forged.schools[0].sections.primary.pupils = -3;
    // A look-alike mark: a symbol with the same description is another symbol.
    for (const symbol of Object.getOwnPropertySymbols(parseCompulsoryDataset(county2017))) {
      Object.defineProperty(forged, Symbol(symbol.description), { value: 'compulsory-dataset' });
    }
    Object.freeze(forged);
    const result = safeAssessCompulsory(forged, compulsoryQuality2017);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.path).toEqual(['schools', 0, 'sections', 'primary', 'pupils']);
  });

  it('a validated preschool dataset is not taken for a compulsory one', () => {
    const preschool = parsePreschoolDataset(preschoolCounty);
    expect(() => assessCompulsory(preschool, compulsoryQuality2017)).toThrow(DudaoError);
  });

  it('a validated dataset is frozen all the way down, so it stays valid', () => {
    const valid: Json = parseCompulsoryDataset(county2017);
    expect(() => {
      valid.schools[0].sections.primary.pupils = -3;
    }).toThrow(TypeError);
    expect(() => {
      valid.schools.push(valid.schools[0]);
    }).toThrow(TypeError);
    expect(() => {
      valid.countyFacts.extra = { value: -1 };
    }).toThrow(TypeError);
    expect(Object.isFrozen(valid.county)).toBe(true);
  });

  it('the mark is not an enumerable key: JSON, spread and Object.keys see the data only', () => {
    const valid = parseCompulsoryDataset(county2017);
    expect(Object.keys(valid)).toEqual(Object.keys(county2017));
    expect(JSON.parse(JSON.stringify(valid))).toEqual(JSON.parse(JSON.stringify(county2017)));
  });

  it('the input is never frozen or marked: only zod’s copy is', () => {
    const input: Json = structuredClone(county2017);
    const decimal = new Decimal(812);
    input.schools[0].sections.primary.pupils = decimal;
    const valid: Json = parseCompulsoryDataset(input);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.schools[0])).toBe(false);
    expect(Object.getOwnPropertySymbols(input)).toEqual([]);
    // A Decimal is the caller's immutable value: passed through, not frozen.
    expect(valid.schools[0].sections.primary.pupils).toBe(decimal);
    expect(Object.isFrozen(decimal)).toBe(false);
  });
});
