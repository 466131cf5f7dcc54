/**
 * How the national generators write quantities: as JSON numbers, or as decimal strings the way
 * spreadsheets deliver them (`"3900.50"`, `"1800000"`, `"96.5"`, counts such as `"812"`). The
 * generators first build every county with numbers; {@link writeQuantities} then rewrites the
 * fields the data contract allows as strings (counts, areas, money, county figures: `number |
 * decimal string`), drawing its choices from a random stream of its own. The values stay the
 * same in every mode, so the numbers-only and the mixed-strings nations of a seed are the same
 * nation and must come out with the same verdicts.
 * @module
 */
import { createRandom } from '../random.js';

/**
 * `none`: numbers only. `mix` (the default): a mix of counties, as a national collection
 * gathers them: half of them report in numbers (a few area or money cells typed as text), about
 * a third export their stock figures (areas, money, room areas) as decimal strings, and about one
 * in seven writes every quantity as a string, counts included. `all`: every quantity a string.
 */
export type StringsMode = 'none' | 'mix' | 'all';

/**
 * Reads the `NATIONAL_STRINGS` knob: `0` (or `none`), `mix` or `all`.
 * @param value - the knob's text
 */
export function stringsModeOf(value: string): StringsMode {
  if (value === '0' || value === 'none') return 'none';
  if (value === 'mix' || value === 'all') return value;
  throw new RangeError(`NATIONAL_STRINGS: expected 0, mix or all (got ${JSON.stringify(value)})`);
}

/**
 * What a quantity measures: an area in m² or money in yuan (`decimal`), a count (`count`), or a
 * county-level figure (`figure`: numerators, denominators and values of county facts).
 */
export type QuantityKind = 'decimal' | 'count' | 'figure';

/** An object or array holding a quantity at `key`. */
export type Holder = object;

/** Called for every quantity of a dataset, with the object holding it. */
export type QuantityVisitor = (holder: Holder, key: string | number, kind: QuantityKind) => void;

function read(holder: Holder, key: string | number): unknown {
  return (holder as Record<string | number, unknown>)[key];
}

function mixHash(seed: number, index: number): number {
  let h = (seed ^ 0x2c1b3c6d ^ Math.imul(index + 104_729, 0x165667b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Rewrites the quantities of one county as its source would deliver them.
 * @param mode - numbers only, the national mix, or strings only
 * @param seed - the nation's seed
 * @param index - the county's position (each county has its own stream)
 * @param visit - walks the county's quantities (e.g. `visitCompulsoryQuantities` bound to a dataset)
 */
export function writeQuantities(
  mode: StringsMode,
  seed: number,
  index: number,
  visit: (visitor: QuantityVisitor) => void,
): void {
  if (mode === 'none') return;
  const random = createRandom(mixHash(seed, index));
  // Share of area and money cells written as strings, and of counts and county figures.
  let decimals = 1;
  let counts = 1;
  if (mode === 'mix') {
    const source = random.next();
    if (source < 0.5) [decimals, counts] = [0.03, 0];
    else if (source < 0.85) [decimals, counts] = [1, 0];
  }
  // A county's export writes areas and money either with two decimals ("3900.50", "1800000.00")
  // or in their shortest form ("3900.5", "1800000").
  const fixed = random.next() < 0.5;
  const chosen = (share: number): boolean => share >= 1 || (share > 0 && random.next() < share);
  visit((holder, key, kind) => {
    const value = read(holder, key);
    if (typeof value !== 'number') return;
    let text: string | undefined;
    if (kind === 'decimal') {
      if (chosen(decimals)) text = fixed ? value.toFixed(2) : String(value);
    } else if (chosen(counts)) {
      text = String(value);
    }
    if (text !== undefined) (holder as Record<string | number, unknown>)[key] = text;
  });
}

/** How many quantities of each kind a nation has, and how many of them are strings. */
export interface StringCounts {
  decimals: number;
  decimalStrings: number;
  counts: number;
  countStrings: number;
}

/** Empty counts. */
export function emptyStringCounts(): StringCounts {
  return { decimals: 0, decimalStrings: 0, counts: 0, countStrings: 0 };
}

/**
 * Adds the quantities of one county to the counts (county figures count as counts).
 * @param into - the running counts
 * @param visit - walks the county's quantities
 */
export function countStrings(into: StringCounts, visit: (visitor: QuantityVisitor) => void): void {
  visit((holder, key, kind) => {
    const isString = typeof read(holder, key) === 'string';
    if (kind === 'decimal') {
      into.decimals += 1;
      if (isString) into.decimalStrings += 1;
    } else {
      into.counts += 1;
      if (isString) into.countStrings += 1;
    }
  });
}

/**
 * One line for the report: the share of strings among areas and money, and among counts.
 * @param counts - a nation's counts
 */
export function describeStrings(counts: StringCounts): string {
  const share = (part: number, whole: number): string =>
    whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
  return (
    `decimal strings: ${share(counts.decimalStrings, counts.decimals)} of ${counts.decimals} areas and amounts, ` +
    `${share(counts.countStrings, counts.counts)} of ${counts.counts} counts and county figures`
  );
}

/**
 * Visits the numeric fields of county facts (`numerator`, `denominator`, `value`) and of the survey.
 * @param facts - the county facts of a dataset
 * @param survey - the survey, if any
 * @param visit - the visitor
 */
export function visitCountyQuantities(
  facts: Record<string, unknown>,
  survey: Record<string, unknown> | undefined,
  visit: QuantityVisitor,
): void {
  for (const fact of Object.values(facts)) {
    const holder = fact as Record<string, unknown>;
    for (const key of ['numerator', 'denominator', 'value']) {
      if (key in holder) visit(holder, key, 'figure');
    }
  }
  if (survey !== undefined) {
    visit(survey, 'respondents', 'count');
    visit(survey, 'satisfied', 'count');
  }
}
