/**
 * The JSON Schemas refuse what the library refuses, wherever JSON Schema can say it (issue 16,
 * item 2). A mutation corpus built from the examples, the sample city and the built-in indicator
 * sets goes through both the library's own parse and an independent validator (Ajv, draft
 * 2020-12, strict mode) with the shipped schemas:
 *
 * - every unmutated document passes both;
 * - whenever the library refuses a mutant and the JSON Schema accepts it, every issue the library
 *   reports is one JSON Schema cannot express: a rule across fields (LIBRARY_ONLY_CODES, listed
 *   and explained in the README) or the decimal places of a tiny binary JSON number;
 * - whenever the JSON Schema refuses a mutant the library accepts, the reason is a decimal string
 *   in exponent notation (the documented way the schemas are stricter): with exponents written
 *   out in plain digits, the mutant passes.
 */

import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type JsonSchema, jsonSchemaFiles } from '../../scripts/json-schemas.js';
import { parseRecognitionSurvey } from '../../src/assess/survey.js';
import { DudaoError, type DudaoIssue, type FieldPath } from '../../src/error.js';
import { builtInIndicatorSets } from '../../src/indicators/built-in.js';
import { safeParseIndicatorSet } from '../../src/indicators/parse.js';
import { loadLedger } from '../../src/ledger/fold.js';
import { sealLedgerDocument } from '../../src/ledger/seal.js';
import { toDecimal } from '../../src/numeric/decimal.js';
import { supervisionOpinionOptionsSchema } from '../../src/report/opinion.js';
import { sampleCity } from '../../src/sample/index.js';
import { safeParseCompulsoryDataset } from '../../src/schema/compulsory.js';
import { safeParseCityDocument, supervisionReformDatasetSchema } from '../../src/schema/inspection.js';
import { safeParseWithSchema } from '../../src/schema/parse.js';
import { safeParsePreschoolDataset } from '../../src/schema/preschool.js';
import { type Json, type Mutation, mutate, ODD_VALUES, type Path, pathsOf } from '../fuzz/mutate.js';

/**
 * The rules only the library checks: each relates two or more values (or events), which JSON
 * Schema has no way to compare. The README lists them with what each means.
 */
const LIBRARY_ONLY_CODES: ReadonlySet<string> = new Set([
  // Unique ids and names within a list.
  'duplicate-id',
  'duplicate-unit',
  'duplicate-institution',
  'duplicate-alias',
  // A school: its kind and its sections, senior pupils and stock.
  'stage-not-allowed',
  'missing-senior-pupils',
  'senior-pupils-not-allowed',
  'stock-reported-twice',
  // Parts and wholes.
  'certified-exceeds-total',
  'satisfied-exceeds-respondents',
  'interviews-sum',
  // Inspections and creation plans.
  'end-before-start',
  'county-not-inspected',
  'stage-out-of-order',
  'revocation-not-allowed',
  'revoked-before-certified',
  'date-goes-backwards',
  // An indicator set's consistency.
  'missing-threshold',
  'missing-limit',
  'unknown-indicator',
  'min-met-too-large',
  // A ledger's history, replayed event by event (loadLedger).
  'unknown-issue',
  'duplicate-issue',
  'before-raised',
  'date-backwards',
  'deadline-before-raised',
  'deadline-not-later',
  'invalid-transition',
  'issue-withdrawn',
  // A survey: cells unique per group and area, answers within the respondents, valid within issued.
  'duplicate-cell',
  'answers-exceed-respondents',
  'valid-exceeds-issued',
]);

// ── The documents ────────────────────────────────────────────────────────────────────────────────

type Outcome = { readonly ok: true } | { readonly ok: false; readonly issues: readonly DudaoIssue[] };

const fromSafe = (result: { success: true } | { success: false; error: DudaoError }): Outcome =>
  result.success ? { ok: true } : { ok: false, issues: result.error.issues };

const thrown = (parse: () => unknown): Outcome => {
  try {
    parse();
    return { ok: true };
  } catch (error) {
    if (error instanceof DudaoError) return { ok: false, issues: error.issues };
    throw error;
  }
};

interface Kind {
  readonly file: string;
  readonly parse: (input: unknown) => Outcome;
}

const KINDS = {
  compulsory: { file: 'compulsory-dataset.json', parse: (d) => fromSafe(safeParseCompulsoryDataset(d)) },
  preschool: { file: 'preschool-dataset.json', parse: (d) => fromSafe(safeParsePreschoolDataset(d)) },
  reform: {
    file: 'supervision-reform-dataset.json',
    parse: (d) => fromSafe(safeParseWithSchema(supervisionReformDatasetSchema, d)),
  },
  ledger: {
    file: 'ledger-document.json',
    // The whole of what the library checks: the document, then its history replayed.
    parse: (d) => {
      try {
        loadLedger(d);
        return { ok: true };
      } catch (error) {
        if (error instanceof DudaoError) return { ok: false, issues: error.issues };
        throw error;
      }
    },
  },
  indicatorSet: { file: 'indicator-set.json', parse: (d) => fromSafe(safeParseIndicatorSet(d)) },
  city: { file: 'city-document.json', parse: (d) => fromSafe(safeParseCityDocument(d)) },
  survey: { file: 'recognition-survey.json', parse: (d) => thrown(() => parseRecognitionSurvey(d)) },
  opinionOptions: {
    file: 'supervision-opinion-options.json',
    parse: (d) => fromSafe(safeParseWithSchema(supervisionOpinionOptionsSchema, d)),
  },
} satisfies Record<string, Kind>;

type KindName = keyof typeof KINDS;

const plain = (value: unknown): Json => JSON.parse(JSON.stringify(value));
const example = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));

// The sample city's document with the optional parts it leaves out, so they are mutated too.
const fullCity: Json = {
  ...plain(sampleCity.city),
  ledgerSummaries: [
    { county: '990101', programme: 'compulsory-quality', rate: '0.825', overdue: 2 },
    { county: '990102', programme: 'preschool', rate: null, overdue: '0' },
  ],
  assessments: [{ county: { code: '990101' }, programme: 'preschool', year: 2025, status: 'passed' }],
  institutions: [{ county: '990101', programme: 'preschool', id: 'k01', inScope: true, reason: '公办园' }],
};

interface Base {
  readonly name: string;
  readonly kind: KindName;
  readonly document: Json;
  /** Random mutants of this document, one or two mutations each. */
  readonly runs: number;
  /** Whether every place of the document (one per array position) gets every SWEEP value. */
  readonly sweep?: boolean;
}

// The first events of the example ledger: a valid history (a prefix of one), quicker to replay.
const ledgerExample = example('ledger.json');
const shortLedger: Json = { ...ledgerExample, events: ledgerExample.events.slice(0, 24) };

// A copy that keeps, in each list, only the items that add a place the earlier ones lack: the
// same shape in a smaller document, quicker to parse for the sweep.
function trimmed(document: Json): Json {
  const shapes = (value: unknown): Set<string> =>
    new Set(pathsOf(value).map((path) => path.map((key) => (typeof key === 'number' ? '*' : key)).join('.')));
  if (Array.isArray(document)) {
    const seen = new Set<string>();
    return document
      .filter((item) => {
        const added = [...shapes(item)].filter((shape) => !seen.has(shape));
        for (const shape of added) seen.add(shape);
        return added.length > 0;
      })
      .map(trimmed);
  }
  if (typeof document === 'object' && document !== null)
    return Object.fromEntries(Object.entries(document).map(([key, value]) => [key, trimmed(value)]));
  return document;
}

// The survey of the README in both forms, and the options of the README's opinion.
const frame = { population: 400000, areas: { urban: 160000, town: 80000, rural: 160000 } };
const surveyCells: Json = {
  schemaVersion: 1,
  county: { code: '610328', name: '示例县' },
  year: 2025,
  frame,
  issued: 700,
  cells: [
    {
      group: 'parents',
      area: 'urban',
      respondents: 120,
      answers: { overall: { satisfied: 110, neutral: 10 } },
    },
    {
      group: 'teachers',
      area: 'rural',
      respondents: '60',
      answers: { overall: { satisfied: 50, unknown: 10 } },
    },
  ],
};
const surveyRespondents: Json = {
  schemaVersion: 1,
  county: { code: '610328', name: '示例县' },
  frame,
  respondents: [
    { id: 'q1', group: 'parents', area: 'urban', answers: { overall: 'satisfied', q2: 'neutral' } },
    { group: 'residents', area: 'town', answers: { overall: 'dissatisfied' } },
  ],
};
const opinionOptions: Json = {
  inspection: 'SL-2025-11-return',
  county: '990102',
  asOf: '2025-12-05',
  issuer: '示例市人民政府教育督导室',
  recipient: '西山县人民政府',
  deadline: '2026-03-31',
  documentNumber: '示督〔2025〕12号',
  title: '回访督导',
};

const BASES: readonly Base[] = [
  {
    name: 'examples/county-compulsory.json',
    kind: 'compulsory',
    document: example('county-compulsory.json'),
    runs: 250,
  },
  {
    name: 'examples/county-compulsory.json, trimmed',
    kind: 'compulsory',
    document: trimmed(example('county-compulsory.json')),
    runs: 0,
    sweep: true,
  },
  {
    name: 'examples/county-preschool.json',
    kind: 'preschool',
    document: example('county-preschool.json'),
    runs: 250,
  },
  {
    name: 'examples/county-preschool.json, trimmed',
    kind: 'preschool',
    document: trimmed(example('county-preschool.json')),
    runs: 0,
    sweep: true,
  },
  {
    name: 'examples/county-supervision-reform.json',
    kind: 'reform',
    document: example('county-supervision-reform.json'),
    runs: 100,
    sweep: true,
  },
  { name: 'examples/ledger.json (24 events)', kind: 'ledger', document: shortLedger, runs: 300, sweep: true },
  {
    name: 'examples/ledger.json (24 events), sealed',
    kind: 'ledger',
    document: plain(sealLedgerDocument(shortLedger)),
    runs: 60,
  },
  { name: 'examples/ledger.json', kind: 'ledger', document: ledgerExample, runs: 20 },
  ...sampleCity.counties.flatMap((county): Base[] => [
    {
      name: `sample ${county.code} compulsory`,
      kind: 'compulsory',
      document: plain(county.compulsory),
      runs: 40,
    },
    {
      name: `sample ${county.code} preschool`,
      kind: 'preschool',
      document: plain(county.preschool),
      runs: 40,
    },
  ]),
  { name: 'sample ledger', kind: 'ledger', document: plain(sampleCity.ledger), runs: 5 },
  { name: 'sample city document', kind: 'city', document: fullCity, runs: 300 },
  { name: 'sample city document, trimmed', kind: 'city', document: trimmed(fullCity), runs: 0, sweep: true },
  { name: 'survey, cells', kind: 'survey', document: surveyCells, runs: 200, sweep: true },
  { name: 'survey, respondents', kind: 'survey', document: surveyRespondents, runs: 100, sweep: true },
  { name: 'opinion options', kind: 'opinionOptions', document: opinionOptions, runs: 200, sweep: true },
  ...Object.values(builtInIndicatorSets).map(
    (set): Base => ({
      name: `indicator set ${set.id}`,
      kind: 'indicatorSet',
      document: plain(set),
      runs: 120,
      sweep: set.id === 'compulsory-quality-2017',
    }),
  ),
];

// ── The mutations ────────────────────────────────────────────────────────────────────────────────

// Values a form or a file may put where it should not: wrong types, signs, fractions, sizes,
// precisions, lengths, notations, dates and enum members. Only JSON values (no NaN, no Infinity):
// a JSON Schema validates JSON.
const VALUES: readonly unknown[] = [
  ...ODD_VALUES.filter((value) => JSON.stringify([value]) === JSON.stringify(plain([value]))),
  '五百',
  -0.5,
  0.5,
  5e-324,
  1e-21,
  1.5e-20,
  0.0001,
  '1E+3',
  '1.5e1',
  '0e999999999',
  '-1',
  '+5',
  '5.',
  '.5',
  '-0.0',
  ' 812',
  '0x10',
  '1_000',
  'Infinity',
  'NaN',
  '100000000',
  '100000000.0',
  '100000001',
  1_000_000_000,
  1_000_000_000.5,
  '1000000000.5',
  1e13,
  10_000_000_000_001,
  2 ** 53,
  '9'.repeat(41),
  `0.${'1'.repeat(20)}`,
  `0.${'1'.repeat(21)}`,
  '1'.repeat(16),
  '1.00000000000001',
  '1.000000000000001',
  '0.85',
  '1.5',
  '-0.5',
  '٣',
  'x'.repeat(201),
  'x'.repeat(501),
  'x'.repeat(10_001),
  '𠀀'.repeat(101),
  '𠀀'.repeat(251),
  '2024-02-29',
  '2023-02-29',
  '1900-02-29',
  '2000-02-29',
  '2021-4-1',
  '２０２１-04-01',
  'a'.repeat(64),
  'A'.repeat(64),
  0.825,
  '0.825',
  1.2,
  '82.5',
  false,
  { zh: '名称', en: 'name' },
  'all',
  'junior',
  'school',
  'kindergarten',
  'compulsory-basic',
  'revoked',
  'nationally-certified',
  2021,
  1899,
  2101,
  2021.5,
  '2021',
  2,
  ' ',
];

const KEYS: readonly string[] = [
  'extra',
  'pupil',
  '__proto__',
  'id',
  'junior',
  'primary',
  'x'.repeat(201),
  '$schema',
];

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('set' as const), value: fc.constantFrom(...VALUES) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'delete' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add-key' as const),
      key: fc.constantFrom(...KEYS),
      value: fc.constantFrom(...VALUES),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'copy-sibling' as const }) },
);

// The values every place of a swept document is set to, one at a time (and each place deleted).
const SWEEP: readonly unknown[] = ['五百', -1, 1.5, '1e3', 1e42, null, 'x'.repeat(201), {}];

interface Mutant {
  readonly base: Base;
  readonly steps: readonly { readonly path: Path; readonly mutation: Mutation }[];
  readonly document: unknown;
}

function randomMutants(base: Base, seed: number): Mutant[] {
  if (base.runs === 0) return [];
  const paths = pathsOf(base.document);
  const step = fc.record({ at: fc.nat({ max: paths.length - 1 }), mutation: mutationArbitrary });
  const cases = fc.sample(fc.array(step, { minLength: 1, maxLength: 2 }), { numRuns: base.runs, seed });
  return cases.map((steps) => {
    let document: unknown = base.document;
    const applied = steps.map(({ at, mutation }) => ({ path: paths[at] ?? [], mutation }));
    // A second step may name a path the first removed; the mutation then changes nothing there.
    for (const { path, mutation } of applied) document = safeMutate(document, path, mutation);
    return { base, steps: applied, document };
  });
}

function safeMutate(document: unknown, path: Path, mutation: Mutation): unknown {
  try {
    return mutate(document, path, mutation);
  } catch {
    return document;
  }
}

// One path per place of the document's shape: `schools.0.name` stands for every school's name.
function placesOf(document: unknown): Path[] {
  const seen = new Set<string>();
  return pathsOf(document).filter((path) => {
    const shape = path.map((key) => (typeof key === 'number' ? '*' : key)).join('\u0000');
    if (path.length === 0 || seen.has(shape)) return false;
    seen.add(shape);
    return true;
  });
}

function sweepMutants(base: Base): Mutant[] {
  const mutants: Mutant[] = [];
  for (const path of placesOf(base.document)) {
    for (const mutation of [
      ...SWEEP.map((value): Mutation => ({ kind: 'set', value })),
      { kind: 'delete' } as const,
    ]) {
      mutants.push({ base, steps: [{ path, mutation }], document: mutate(base.document, path, mutation) });
    }
  }
  return mutants;
}

// Rules a random mutation seldom reaches, each set once on purpose.
const FOCUS: readonly { readonly base: string; readonly path: Path; readonly value: unknown }[] = [
  {
    base: 'examples/county-compulsory.json',
    path: ['schools', 0, 'sections', 'primary', 'pupils'],
    value: 0,
  },
  {
    base: 'examples/county-compulsory.json',
    path: ['schools', 0, 'sections', 'primary', 'pupils'],
    value: '0.0',
  },
  { base: 'examples/county-compulsory.json', path: ['schools', 0, 'sections'], value: {} },
  { base: 'examples/county-compulsory.json', path: ['survey', 'respondents'], value: '-0' },
  { base: 'examples/county-compulsory.json', path: ['countyFacts', 'teacher-pay', 'denominator'], value: 0 },
  {
    base: 'examples/county-compulsory.json',
    path: ['countyFacts', 'teacher-pay', 'denominator'],
    value: '.000',
  },
  { base: 'examples/county-compulsory.json', path: ['year'], value: 2021.5 },
  // Lengths are counted in characters by both: 𠀀 (two UTF-16 units) counts once.
  { base: 'examples/county-compulsory.json', path: ['county', 'code'], value: '𠀀'.repeat(201) },
  // What JSON Schema cannot say: the decimal places of a binary number between 10⁻²⁰ and 0.001.
  {
    base: 'examples/county-compulsory.json',
    path: ['schools', 0, 'sections', 'primary', 'stock', 'sportsArea'],
    value: 1.5e-20,
  },
  { base: 'examples/county-preschool.json', path: ['survey', 'respondents'], value: 0 },
  { base: 'indicator set compulsory-quality-2017', path: ['rules', 'floorRatio'], value: '1.5' },
  { base: 'indicator set compulsory-quality-2017', path: ['rules', 'floorRatio'], value: '-0.5' },
  {
    base: 'indicator set compulsory-quality-2017',
    path: ['rules', 'floorRatio'],
    value: '0.1234567890123456',
  },
  { base: 'indicator set compulsory-quality-2017', path: ['rules', 'minMet'], value: 6.5 },
  { base: 'examples/ledger.json (24 events), sealed', path: ['seal', 'head'], value: 'A'.repeat(64) },
  { base: 'examples/ledger.json (24 events), sealed', path: ['seal', 'count'], value: -1 },
  { base: 'examples/ledger.json (24 events), sealed', path: ['seal', 'count'], value: '24' },
  { base: 'survey, cells', path: ['frame', 'population'], value: 0 },
  { base: 'survey, cells', path: ['respondents'], value: [] },
  { base: 'survey, cells', path: ['cells', 0, 'respondents'], value: 1_000_001 },
  { base: 'opinion options', path: ['deadline'], value: '2026-02-30' },
  { base: 'sample city document', path: ['ledgerSummaries', 0, 'rate'], value: 1.2 },
  { base: 'sample city document', path: ['ledgerSummaries', 0, 'rate'], value: '82.5' },
  { base: 'sample city document', path: ['ledgerSummaries', 0, 'rate'], value: '八成' },
  { base: 'sample city document', path: ['ledgerSummaries', 0, 'rate'], value: `0.${'3'.repeat(61)}` },
];

function focusMutants(): Mutant[] {
  return FOCUS.map(({ base: name, path, value }) => {
    const base = BASES.find((candidate) => candidate.name === name);
    if (base === undefined) throw new Error(`no base ${name}`);
    const mutation: Mutation = { kind: 'set', value };
    return { base, steps: [{ path, mutation }], document: mutate(base.document, path, mutation) };
  });
}

// ── Judging a refusal ────────────────────────────────────────────────────────────────────────────

function valueAt(document: unknown, path: FieldPath): unknown {
  let node: unknown = document;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Why JSON Schema cannot express an issue, or `undefined` when it can. */
function libraryOnlyReason(issue: DudaoIssue, document: unknown): string | undefined {
  if (LIBRARY_ONLY_CODES.has(issue.code)) return `rule across fields (${issue.code})`;
  // A survey's respondents in all, a sum over its cells.
  if (issue.code === 'too-big' && issue.path.length === 1 && issue.path[0] === 'cells')
    return 'rule across fields (respondents in all)';
  const value = valueAt(document, issue.path);
  // A binary JSON number between 10⁻²⁰ and 0.001 may print with more decimal places than
  // allowed; validators compute `multipleOf` in floating point, so the schemas leave it.
  if (issue.code === 'too-precise' && typeof value === 'number') return 'decimal places of a JSON number';
  return undefined;
}

const EXPONENT_STRING = /^[+-]?(\d+\.?\d*|\.\d+)[eE]([+-]?\d+)$/;

// The mutant as the library reads it, in the forms the JSON Schemas accept: every decimal string
// in exponent notation written out in plain digits.
function asReadByTheLibrary(value: unknown): unknown {
  if (typeof value === 'string') {
    const match = EXPONENT_STRING.exec(value);
    if (match === null) return value;
    if (!/[1-9]/.test(match[1] ?? '')) return '0';
    return Math.abs(Number(match[2])) > 100 ? value : toDecimal(value).toFixed();
  }
  if (Array.isArray(value)) return value.map((item) => asReadByTheLibrary(item));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asReadByTheLibrary(item)]));
  }
  return value;
}

// ── The validator ────────────────────────────────────────────────────────────────────────────────

const files = jsonSchemaFiles();
const ajv = new Ajv2020({ strict: true, allErrors: false });
addFormats(ajv);
const validators = new Map(files.map(({ file, schema }) => [file, ajv.compile(schema as JsonSchema)]));

function jsonSchemaAccepts(kind: KindName, document: unknown): boolean {
  const validate = validators.get(KINDS[kind].file);
  if (validate === undefined) throw new Error(`no schema ${KINDS[kind].file}`);
  return validate(document) === true;
}

function describeMutant(mutant: Mutant): string {
  const steps = mutant.steps.map(({ path, mutation }) => {
    const shown = 'value' in mutation ? JSON.stringify(mutation.value)?.slice(0, 40) : '';
    const key = mutation.kind === 'add-key' ? ` ${JSON.stringify(mutation.key.slice(0, 20))}` : '';
    return `${mutation.kind}${key} ${shown} at ${path.join('.')}`;
  });
  return `${mutant.base.name}: ${steps.join('; ')}`;
}

// ── The run ──────────────────────────────────────────────────────────────────────────────────────

interface Tally {
  mutants: number;
  refusedByLibrary: number;
  refusedByBoth: number;
  libraryOnly: number;
  jsonSchemaOnly: number;
  readonly codesRefusedByBoth: Map<string, number>;
  readonly libraryOnlyCodes: Map<string, number>;
  readonly libraryOnlyReasons: Map<string, number>;
  readonly leaks: string[];
  readonly overRefusals: string[];
}

function run(mutants: readonly Mutant[]): Tally {
  const tally: Tally = {
    mutants: 0,
    refusedByLibrary: 0,
    refusedByBoth: 0,
    libraryOnly: 0,
    jsonSchemaOnly: 0,
    codesRefusedByBoth: new Map(),
    libraryOnlyCodes: new Map(),
    libraryOnlyReasons: new Map(),
    leaks: [],
    overRefusals: [],
  };
  const bump = (map: Map<string, number>, code: string): void => {
    map.set(code, (map.get(code) ?? 0) + 1);
  };
  for (const mutant of mutants) {
    tally.mutants++;
    const { kind } = mutant.base;
    const outcome = KINDS[kind].parse(mutant.document);
    const accepted = jsonSchemaAccepts(kind, mutant.document);
    if (outcome.ok) {
      if (accepted) continue;
      tally.jsonSchemaOnly++;
      if (!jsonSchemaAccepts(kind, asReadByTheLibrary(mutant.document)))
        tally.overRefusals.push(describeMutant(mutant));
      continue;
    }
    tally.refusedByLibrary++;
    if (!accepted) {
      tally.refusedByBoth++;
      for (const issue of outcome.issues) bump(tally.codesRefusedByBoth, issue.code);
      continue;
    }
    tally.libraryOnly++;
    const expressible = outcome.issues.filter(
      (issue) => libraryOnlyReason(issue, mutant.document) === undefined,
    );
    for (const issue of outcome.issues) {
      const reason = libraryOnlyReason(issue, mutant.document);
      if (reason === undefined) continue;
      bump(tally.libraryOnlyCodes, issue.code);
      bump(tally.libraryOnlyReasons, reason.replace(/ \(.*\)$/, ''));
    }
    if (expressible.length > 0) {
      const shown = expressible.map((issue) => `${issue.code} at ${issue.path.join('.')}`).join(', ');
      tally.leaks.push(`${describeMutant(mutant)} → library: ${shown}`);
    }
  }
  return tally;
}

const SEED = 16_2;

describe('the JSON Schemas against the library, on a mutation corpus', () => {
  it('accept every unmutated document, as the library does', () => {
    for (const base of BASES) {
      expect(KINDS[base.kind].parse(base.document), base.name).toEqual({ ok: true });
      expect(jsonSchemaAccepts(base.kind, base.document), base.name).toBe(true);
    }
  });

  let tally: Tally;
  beforeAll(() => {
    const mutants = [
      ...focusMutants(),
      ...BASES.filter((base) => base.sweep === true).flatMap(sweepMutants),
      ...BASES.flatMap((base, i) => randomMutants(base, SEED + i)),
    ];
    tally = run(mutants);
    // DUDAO_SCHEMA_STATS=1 prints what the corpus reached.
    if (process.env.DUDAO_SCHEMA_STATS === undefined) return;
    console.info(
      JSON.stringify(
        {
          ...tally,
          codesRefusedByBoth: Object.fromEntries([...tally.codesRefusedByBoth].sort()),
          libraryOnlyCodes: Object.fromEntries([...tally.libraryOnlyCodes].sort()),
          libraryOnlyReasons: Object.fromEntries(tally.libraryOnlyReasons),
          leaks: tally.leaks.length,
          overRefusals: tally.overRefusals.length,
        },
        null,
        2,
      ),
    );
  }, 120_000);

  it('never accept a mutant the library refuses for a reason JSON Schema can express', () => {
    expect(tally.leaks.slice(0, 20)).toEqual([]);
  });

  it('refuse what the library accepts only for exponent notation', () => {
    expect(tally.overRefusals.slice(0, 20)).toEqual([]);
    expect(tally.jsonSchemaOnly).toBeGreaterThan(0);
  });

  it('exercise every rule of a single value, and the rules across fields are the exceptions', () => {
    expect(tally.mutants).toBeGreaterThan(5_000);
    // Refused by both: the corpus reaches every kind of single-value rule.
    for (const code of [
      'required',
      'invalid-type',
      'not-a-number',
      'negative',
      'not-integer',
      'too-big',
      'too-precise',
      'too-long',
      'too-small',
      'unknown-key',
      'invalid-enum',
      'invalid-format',
      'not-finite',
      'invalid-shape',
      'schema-version',
      'invalid-date',
      'invalid-share',
      'share-above-one',
      'invalid-hash',
      'invalid-count',
      'no-pupils',
      'not-positive',
      'no-sections',
      'out-of-range',
    ]) {
      expect(tally.codesRefusedByBoth.get(code) ?? 0, code).toBeGreaterThan(0);
    }
    // Refused by the library alone: rules across fields, and tiny binary numbers.
    for (const code of tally.libraryOnlyCodes.keys()) {
      // too-big only as a survey's respondents in all, a sum over its cells (libraryOnlyReason).
      expect(LIBRARY_ONLY_CODES.has(code) || code === 'too-precise' || code === 'too-big', code).toBe(true);
    }
    expect(tally.libraryOnlyCodes.get('duplicate-id') ?? 0).toBeGreaterThan(0);
    expect([...tally.libraryOnlyReasons.keys()].sort()).toEqual([
      'decimal places of a JSON number',
      'rule across fields',
    ]);
  });
});
