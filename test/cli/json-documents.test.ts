/**
 * The JSON documents of the command line keep the data contract now that results hold numbers
 * (plain results, issue #13): every figure a plain decimal string, every count a JSON number (the
 * COUNT_KEYS of report/json.ts), every indicator result with its explanation, and the same shape
 * as before the change. `test/fixtures/json-documents.json` holds, for each document below, the
 * JSON types at every path of the document printed by the command line before plain results
 * (main at effeac9), a sample of its counts and decimal strings, and a digest of its verdicts.
 *
 * To write the fixture again from another build: `DUDAO_CLI=<that build>/dist/cli.js
 * DUDAO_WRITE_JSON_FIXTURE=1 npx vitest run test/cli/json-documents.test.ts`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { institutionsFromCompulsory, institutionsFromPreschool } from '../../src/inspection/coverage.js';
import { COUNT_KEYS } from '../../src/report/json.js';
import { sampleCity } from '../../src/sample/index.js';
import { ROOT, runCli, scratchFile, useCli } from './run.js';

const cli = useCli('dudao-json-documents-');
const FIXTURE = join(ROOT, 'test/fixtures/json-documents.json');
const DECIMAL = /^-?\d+(\.\d+)?$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const example = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8'));

/** The example county a year on: two more teachers and one more key teacher per section, seven more pupils. */
function yearOn(): unknown {
  const next = structuredClone(example('county-compulsory.json')) as {
    year: number;
    schools: { sections?: Record<string, { pupils?: number; teachers?: Record<string, number> }> }[];
  };
  next.year += 1;
  for (const school of next.schools) {
    for (const section of Object.values(school.sections ?? {})) {
      if (section.teachers?.fullTime !== undefined) section.teachers.fullTime += 2;
      if (section.teachers?.keyCountyOrAbove !== undefined) section.teachers.keyCountyOrAbove += 1;
      if (section.pupils !== undefined) section.pupils += 7;
    }
  }
  return next;
}

/** The sample city's document with rectification summaries (one rate of 40 digits), verdicts and institutions. */
function cityDocument(): unknown {
  const [a, b, c] = sampleCity.counties;
  return {
    ...sampleCity.city,
    ledgerSummaries: [
      { county: a?.code, programme: 'compulsory-quality', rate: '0.825', overdue: 2 },
      { county: b?.code, programme: 'compulsory-quality', rate: `0.${'3'.repeat(40)}`, overdue: 0 },
      { county: c?.code, programme: 'preschool', rate: null, overdue: 0 },
    ],
    assessments: sampleCity.counties.map((county) => ({
      county: { code: county.code },
      programme: 'compulsory-quality',
      year: county.compulsory.year,
      status: 'failed',
    })),
    institutions: sampleCity.counties.flatMap((county) => [
      ...institutionsFromCompulsory(county.compulsory, compulsoryQuality2017),
      ...institutionsFromPreschool(county.preschool),
    ]),
  };
}

/** Every document checked, by name: the command line's arguments (files in the scratch folder by name). */
const DOCUMENTS: Readonly<Record<string, readonly string[]>> = {
  'assess compulsory-quality-2017': ['assess', 'compulsory-quality-2017', 'examples/county-compulsory.json'],
  'assess compulsory-basic-2012': ['assess', 'compulsory-basic-2012', 'examples/county-compulsory.json'],
  'assess preschool-2020': ['assess', 'preschool-2020', 'examples/county-preschool.json'],
  'assess supervision-reform-2020': [
    'assess',
    'supervision-reform-2020',
    'examples/county-supervision-reform.json',
  ],
  ledger: ['ledger', 'examples/ledger.json', '--as-of', '2021-12-10'],
  progress: [
    'progress',
    'compulsory-quality-2017',
    'examples/county-compulsory.json',
    '@year-on.json',
    '--target-year',
    '2025',
  ],
  city: ['city', '@city.json', '--as-of', sampleCity.asOf],
};

// Each document is printed once and read by every test of it.
const printed = new Map<string, Promise<Json>>();
function documentOf(name: string): Promise<Json> {
  const known = printed.get(name);
  if (known !== undefined) return known;
  const doc = print(name);
  printed.set(name, doc);
  return doc;
}

async function print(name: string): Promise<Json> {
  const args = (DOCUMENTS[name] ?? []).map((arg) => {
    if (arg === '@year-on.json') return scratchFile(cli.dir, 'year-on.json', JSON.stringify(yearOn()));
    if (arg === '@city.json') return scratchFile(cli.dir, 'city.json', JSON.stringify(cityDocument()));
    return arg;
  });
  const { stdout, stderr, status } = await runCli(cli.script, [...args, '--format', 'json']);
  expect(stderr).toBe('');
  expect(status).toBe(0);
  return JSON.parse(stdout) as Json;
}

const typeOf = (v: Json): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Every value of a document with its path (`$.sections[3].metCount`), its key and the key of the object holding it. */
function* entries(v: Json, path = '$', key = '', parent = ''): Generator<[string, Json, string, string]> {
  yield [path, v, key, parent];
  if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* entries(x, `${path}[${i}]`, key, parent);
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) yield* entries(x, `${path}.${k}`, k, key);
}

/** The JSON types at every path of a document, array indices written []. */
function shapeOf(doc: Json): Record<string, string> {
  const types = new Map<string, Set<string>>();
  for (const [path, v] of entries(doc)) {
    const generic = path.replace(/\[\d+\]/g, '[]');
    const seen = types.get(generic) ?? new Set<string>();
    seen.add(typeOf(v));
    types.set(generic, seen);
  }
  return Object.fromEntries(
    [...types].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, set]) => [path, [...set].sort().join('|')]),
  );
}

/** Every 1 in `step` of the values a document holds of one kind, by path: at most about 40 of them. */
function sample(doc: Json, keep: (v: Json) => boolean): Record<string, Json> {
  const all = [...entries(doc)].filter(([, v]) => keep(v));
  const step = Math.max(1, Math.ceil(all.length / 40));
  return Object.fromEntries(all.filter((_, i) => i % step === 0).map(([path, v]) => [path, v]));
}

interface Reference {
  readonly shape: Record<string, string>;
  readonly counts: Record<string, Json>;
  readonly decimals: Record<string, Json>;
  /** SHA-256 of every `passed`, `status` and `met` that is not a count, with its path. */
  readonly verdicts: string;
}

function verdictsOf(doc: Json): string {
  const verdicts = [...entries(doc)]
    .filter(([, v, key]) => (key === 'passed' || key === 'status' || key === 'met') && typeOf(v) !== 'number')
    .map(([path, v]) => [path, v]);
  return createHash('sha256').update(JSON.stringify(verdicts)).digest('hex');
}

function referenceOf(doc: Json): Reference {
  return {
    shape: shapeOf(doc),
    counts: sample(doc, (v) => typeof v === 'number'),
    decimals: sample(doc, (v) => typeof v === 'string' && DECIMAL.test(v)),
    verdicts: verdictsOf(doc),
  };
}

/** Paths the plain results added to the documents (fields of the core's result types). */
const ADDED = [
  /\.results\[\]\.reason$/, // why an indicator does not apply
  /\.derived\[\]\.(weighted|weightedTotal|exact|exact\.numerator|exact\.denominator|exact\.scale)$/, // a split figure's exact fraction
  /\.countyIndicators\[\]\.(applicable|bySection)$/, // aggregated school-level indicators
  /^\$\.informationalComposite(\[\]|$)/, // the 2017 "综合差异系数" counties print, for information (issue #17)
  /^\$\.city\.institutionVisits$/, // visits (所次) beside the distinct institutions (所), issue #14
  /^\$\.totals\.attachedClasses(\.[a-zA-Z]+)?$/, // preschool classes attached to primary schools (issue #17)
];

/**
 * Fields renamed with plain results, so that `total` is always a count: a split figure's
 * whole-school amount, a levelling plan's sum of additions, a conversion gap's children.
 */
const RENAMED: readonly (readonly [RegExp, string])[] = [
  [/(\.derived\[\d*\])\.total$/, '$1.schoolTotal'],
  [/(\.levelling\[\d*\])\.total$/, '$1.totalAddition'],
  [/(\.gaps\.(?:publicShare|inclusiveCoverage))\.total$/, '$1.allChildren'],
];

/** The path a field of the old document has now. */
function renamed(path: string): string {
  for (const [pattern, replacement] of RENAMED)
    if (pattern.test(path)) return path.replace(pattern, replacement);
  return path;
}

/** How many significant digits two decimal strings share. */
function agreement(a: string, b: string): number {
  const x = new Decimal(a);
  const y = new Decimal(b);
  if (x.eq(y)) return Number.POSITIVE_INFINITY;
  return -Math.log10(x.minus(y).abs().div(Decimal.max(x.abs(), y.abs())).toNumber());
}

if (process.env.DUDAO_WRITE_JSON_FIXTURE === '1') {
  it('writes the fixture from the command line under test', async () => {
    const out: Record<string, Reference> = {};
    for (const name of Object.keys(DOCUMENTS)) out[name] = referenceOf(await documentOf(name));
    writeFileSync(FIXTURE, `${JSON.stringify(out, null, 1)}\n`);
  });
} else {
  const reference = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, Reference>;

  describe.concurrent.each(Object.keys(DOCUMENTS))('dudao %s --format json', (name) => {
    it('writes figures as plain decimal strings and only counts as JSON numbers', async () => {
      const doc = await documentOf(name);
      for (const [path, v, key, _parent] of entries(doc)) {
        if (typeof v === 'number') {
          expect(COUNT_KEYS.has(key), `${path} = ${v}`).toBe(true);
          expect(Number.isSafeInteger(v), path).toBe(true);
        }
        if (typeof v === 'string' && /^[-+]?\.?\d/.test(v) && /\d[eE][-+]?\d/.test(v))
          expect.fail(`${path}: ${v} has an exponent`);
      }
    });

    it('gives every indicator result its explanation in both languages', async () => {
      const doc = await documentOf(name);
      for (const [path, v] of entries(doc)) {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
        if (!('indicator' in v && 'status' in v && 'comparator' in v)) continue;
        expect(v.explanation, path).toEqual({ en: expect.any(String), zh: expect.any(String) });
      }
    });

    it('has the shape it had before plain results: the same paths with the same JSON types', async () => {
      const shape = shapeOf(await documentOf(name));
      const before = reference[name]?.shape ?? {};
      for (const [path, types] of Object.entries(before)) expect(shape[renamed(path)], path).toBe(types);
      const known = new Set(Object.keys(before).map(renamed));
      const added = Object.keys(shape).filter((path) => !known.has(path));
      expect(added.filter((path) => !ADDED.some((pattern) => pattern.test(path)))).toEqual([]);
    });

    it('keeps its counts, verdicts and, to at least 12 significant digits, its figures', async () => {
      const doc = await documentOf(name);
      const at = new Map([...entries(doc)].map(([path, v]) => [path, v]));
      const before = reference[name] as Reference;
      for (const [path, v] of Object.entries(before.counts)) expect(at.get(renamed(path)), path).toEqual(v);
      expect(verdictsOf(doc)).toBe(before.verdicts);
      for (const [path, v] of Object.entries(before.decimals)) {
        const now = at.get(renamed(path));
        expect(typeof now === 'string' && DECIMAL.test(now), `${path}: ${String(now)}`).toBe(true);
        expect(
          agreement(v as string, now as string),
          `${path}: ${String(v)} → ${String(now)}`,
        ).toBeGreaterThanOrEqual(12);
      }
    });
  });
}
