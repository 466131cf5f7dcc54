/**
 * National-scale assessment, measured against reading the data. A generated nation (2 850
 * counties: about 200 000 school sections, see `generate.ts`, and 290 000 kindergartens, see
 * `generate-preschool.ts`) is written as one JSON text per county, as a national collection of
 * per-county files is, and kept in memory as an array of strings. For each programme
 * (compulsory: `assessCompulsory` with `compulsoryQuality2017`; preschool: `assessPreschool` with
 * `preschool2020`) and each way of writing quantities (numbers only; the national mix of numbers
 * and decimal strings, see `strings.ts`), it measures:
 *
 * - the floor: `JSON.parse` of every county's text, one by one: what any consumer pays to read
 *   the data (warm; one floor pass runs beside every measured pass and the median is taken);
 * - (a) assessing validated datasets: each text is parsed and validated with the public parse
 *   function (`parseCompulsoryDataset(JSON.parse(text))`) outside the timing, then the
 *   assessment of every county is timed;
 * - (b) the whole pipeline from JSON text: `JSON.parse`, validation and assessment of every
 *   county (see {@link compulsoryFromText});
 * - peak memory: the RSS high-water mark (Linux `VmHWM`), reset after each generation, over the
 *   whole run.
 *
 * Goals: (a) ≤ 2.5× and (b) ≤ 5× the floor, with numbers and with decimal strings; peak RSS
 * < 2 GiB. Times are wall clock; the process CPU time (user + system, GC threads included) is
 * printed beside them. Only the public API (`src/index.ts`) is used.
 *
 * Knobs: `NATIONAL_COUNTIES` (default 2 850; sections and kindergartens scale with it),
 * `NATIONAL_STRINGS` (`0`, `mix` or `all`, or a comma list; default `0,mix`: both variants),
 * `NATIONAL_PRESCHOOL=0` (compulsory only), `NATIONAL_PASSES` (most measured passes of (a) and of
 * (b), default 3), `NATIONAL_BUDGET_S` (no new pass of (a) or (b) starts after this many seconds,
 * default 15), `NATIONAL_PIPELINE` (`assess` or `parse`: how (b) reads a text, see
 * {@link choosePipeline}).
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  assessCompulsory,
  assessPreschool,
  type CompulsoryAssessment,
  compulsoryQuality2017,
  DudaoError,
  formatPath,
  type PreschoolAssessment,
  parseCompulsoryDataset,
  parsePreschoolDataset,
  preschool2020,
} from '../../src/index.js';
import { countCounty, emptyCounts, generateCounties, generateNation } from './generate.js';
import { countPreschoolStrings, generatePreschoolCounties } from './generate-preschool.js';
import { describeStrings, emptyStringCounts, type StringsMode, stringsModeOf } from './strings.js';

const SEED = 20_170_506;
const COUNTIES = Number(process.env.NATIONAL_COUNTIES ?? 2850);
const TARGET_SECTIONS = Math.round((200_000 * COUNTIES) / 2850);
const TARGET_KINDERGARTENS = Math.round((290_000 * COUNTIES) / 2850);
const VARIANTS: readonly StringsMode[] = (process.env.NATIONAL_STRINGS ?? '0,mix')
  .split(',')
  .map((mode) => stringsModeOf(mode.trim()));
const WITH_PRESCHOOL = process.env.NATIONAL_PRESCHOOL !== '0';
const MAX_PASSES = Number(process.env.NATIONAL_PASSES ?? 3);
/** No new pass of (a) or (b) starts after this long, so that the whole bench takes a few minutes. */
const BUDGET_MS = 1000 * Number(process.env.NATIONAL_BUDGET_S ?? 15);
/** The floor is the median of at least this many passes. */
const MIN_FLOOR_PASSES = 3;
const WARM_UP_COUNTIES = 100;
const GOAL_A = 2.5;
const GOAL_B = 5;
const RSS_GOAL = 2 * 1024 ** 3;
const MiB = 1024 ** 2;

const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => {});

// ── Memory ───────────────────────────────────────────────────────────────────────────────────

/** The RSS high-water mark in bytes (Linux), or null elsewhere. */
function highWaterMark(): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match === null ? null : Number(match[1]) * 1024;
  } catch {
    return null;
  }
}

/** Resets the RSS high-water mark to the current RSS (Linux ≥ 4.0); false when not possible. */
function resetHighWaterMark(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** The highest RSS sampled between passes (where VmHWM is not available). */
class RssSamples {
  peak = 0;
  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peak) this.peak = rss;
  }
}

// ── Formatting and statistics ────────────────────────────────────────────────────────────────

function mib(bytes: number): string {
  return `${(bytes / MiB).toFixed(0)} MiB`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function times(ratio: number): string {
  return `${ratio.toFixed(1)}×`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Wall-clock and process CPU times (ms) of the passes of one measurement. */
interface Timing {
  readonly wall: number[];
  readonly cpu: number[];
}

function emptyTiming(): Timing {
  return { wall: [], cpu: [] };
}

/** Runs `pass` once after a full GC and adds its wall-clock and CPU time to `into`. */
function timePass(into: Timing, pass: () => void): void {
  gc();
  const cpu = process.cpuUsage();
  const start = performance.now();
  pass();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  into.wall.push(wall);
  into.cpu.push((used.user + used.system) / 1000);
}

function describeTiming(timing: Timing): string {
  return (
    `median ${seconds(median(timing.wall))} of ${timing.wall.map(seconds).join(', ')} ` +
    `(CPU ${seconds(median(timing.cpu))})`
  );
}

/** Wall-clock and CPU ratios of two timings' medians. */
function ratioOf(timing: Timing, floor: Timing): { wall: number; cpu: number } {
  return {
    wall: median(timing.wall) / median(floor.wall),
    cpu: median(timing.cpu) / median(floor.cpu),
  };
}

function verdict(ratio: number, goal: number): string {
  return ratio <= goal ? 'OK' : 'ABOVE GOAL';
}

// ── What is measured ─────────────────────────────────────────────────────────────────────────

/** Counts of verdicts and results, to check that every path gives the same answers. */
type Tally = Record<string, number>;

function add(into: Tally, key: string, n = 1): void {
  into[key] = (into[key] ?? 0) + n;
}

function tallyCompulsory(into: Tally, assessment: CompulsoryAssessment): void {
  add(into, assessment.status);
  add(into, 'sections', assessment.sections.length);
  for (const section of assessment.sections) if (section.passed === true) add(into, 'sectionsPassed');
  add(into, 'excluded', assessment.excluded.length);
  for (const entry of assessment.variation) add(into, `cv-${entry.status}`);
}

function describeCompulsory(tally: Tally): string {
  const sections = tally.sections ?? 0;
  const cvMet = tally['cv-met'] ?? 0;
  const cvTotal = Object.entries(tally)
    .filter(([key]) => key.startsWith('cv-'))
    .reduce((sum, [, n]) => sum + n, 0);
  return (
    `verdicts: ${tally.passed ?? 0} passed, ${tally.failed ?? 0} failed, ${tally.incomplete ?? 0} incomplete; ` +
    `sections in scope ${sections} (${((100 * (tally.sectionsPassed ?? 0)) / sections).toFixed(1)} % pass 6-of-7), ` +
    `excluded schools ${tally.excluded ?? 0}; CVs within limit ${((100 * cvMet) / cvTotal).toFixed(1)} %`
  );
}

function tallyPreschool(into: Tally, assessment: PreschoolAssessment): void {
  add(into, assessment.status);
  for (const result of assessment.countyIndicators) add(into, `indicator-${result.status}`);
}

function describePreschool(tally: Tally): string {
  const indicators = Object.entries(tally)
    .filter(([key]) => key.startsWith('indicator-'))
    .reduce((sum, [, n]) => sum + n, 0);
  return (
    `verdicts: ${tally.passed ?? 0} passed, ${tally.failed ?? 0} failed, ${tally.incomplete ?? 0} incomplete; ` +
    `county indicators met ${((100 * (tally['indicator-met'] ?? 0)) / indicators).toFixed(1)} %`
  );
}

/**
 * How (b) reads a county's JSON text. `assess`: `assessCompulsory(JSON.parse(text), set)`, the
 * assessment validating its input itself; `parse`: `assessCompulsory(parseCompulsoryDataset(
 * JSON.parse(text)), set)`, validation by the public parse function first, as an API whose
 * assessments take only validated datasets requires. {@link choosePipeline} picks the one the
 * API in hand makes the honest whole pipeline; `NATIONAL_PIPELINE` overrides it.
 */
type Pipeline = 'assess' | 'parse';

type ValidCompulsory = ReturnType<typeof parseCompulsoryDataset>;
type ValidPreschool = ReturnType<typeof parsePreschoolDataset>;

/** (b) for compulsory education: the whole pipeline from one county's JSON text. */
function compulsoryFromText(text: string, pipeline: Pipeline): CompulsoryAssessment {
  return pipeline === 'assess'
    ? assessCompulsory(JSON.parse(text), compulsoryQuality2017)
    : assessCompulsory(parseCompulsoryDataset(JSON.parse(text)), compulsoryQuality2017);
}

/** (b) for preschool education: the whole pipeline from one county's JSON text. */
function preschoolFromText(text: string, pipeline: Pipeline): PreschoolAssessment {
  return pipeline === 'assess'
    ? assessPreschool(JSON.parse(text), preschool2020)
    : assessPreschool(parsePreschoolDataset(JSON.parse(text)), preschool2020);
}

/** One programme of the bench: how its nation is generated, validated and assessed. */
interface Programme<Valid> {
  readonly name: string;
  /** Names of the public functions, for the report. */
  readonly assessName: string;
  readonly parseName: string;
  /** The nation's texts, one JSON text per county, with lines describing the nation. */
  generate(strings: StringsMode): { texts: string[]; lines: string[] };
  /** The public parse function. */
  parse(input: unknown): Valid;
  /** (a): assesses one validated dataset. */
  assessValid(dataset: Valid, into: Tally): void;
  /** (b): assesses one county from its JSON text. */
  fromText(text: string, pipeline: Pipeline, into: Tally): void;
  /** Assesses whatever it is given, for {@link choosePipeline}. */
  assessInput(input: unknown): void;
  /** A valid and an invalid county (negative children or pupils), plain JSON values. */
  probes(): { valid: unknown; invalid: unknown };
  describe(tally: Tally): string;
}

function utf8Bytes(texts: readonly string[]): number {
  let bytes = 0;
  for (const text of texts) bytes += Buffer.byteLength(text, 'utf8');
  return bytes;
}

const compulsory: Programme<ValidCompulsory> = {
  name: 'compulsory',
  assessName: 'assessCompulsory',
  parseName: 'parseCompulsoryDataset',
  generate(strings) {
    const counts = emptyCounts();
    const texts: string[] = [];
    for (const county of generateCounties({
      seed: SEED,
      counties: COUNTIES,
      targetSections: TARGET_SECTIONS,
      strings,
    })) {
      countCounty(counts, county);
      texts.push(JSON.stringify(county));
    }
    const kinds = Object.entries(counts.kinds)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
    return {
      texts,
      lines: [
        `${counts.counties} counties, ${counts.schools} schools, ${counts.sections} sections, ` +
          `${(counts.pupils / 1e6).toFixed(1)} M pupils; kinds: ${kinds}`,
        `teaching points below 50 pupils: ${counts.teachingPointsBelow50}; schools with sharedStock: ${counts.sharedStock}`,
        describeStrings(counts.strings),
      ],
    };
  },
  parse: parseCompulsoryDataset,
  assessValid: (dataset, into) => tallyCompulsory(into, assessCompulsory(dataset, compulsoryQuality2017)),
  fromText: (text, pipeline, into) => tallyCompulsory(into, compulsoryFromText(text, pipeline)),
  assessInput: (input) => {
    assessCompulsory(input as ValidCompulsory, compulsoryQuality2017);
  },
  probes() {
    const [county] = generateNation({ seed: SEED, counties: 1, targetSections: 60, strings: 'none' });
    const valid = JSON.parse(JSON.stringify(county));
    const invalid = JSON.parse(JSON.stringify(county));
    const school = invalid.schools[invalid.schools.length - 1];
    (school.sections.primary ?? school.sections.junior).pupils = -1;
    return { valid, invalid };
  },
  describe: describeCompulsory,
};

const preschool: Programme<ValidPreschool> = {
  name: 'preschool',
  assessName: 'assessPreschool',
  parseName: 'parsePreschoolDataset',
  generate(strings) {
    const counts = emptyStringCounts();
    const texts: string[] = [];
    let kindergartens = 0;
    let children = 0;
    for (const county of generatePreschoolCounties({
      seed: SEED,
      counties: COUNTIES,
      targetKindergartens: TARGET_KINDERGARTENS,
      strings,
    })) {
      kindergartens += county.kindergartens.length;
      for (const kindergarten of county.kindergartens) children += Number(kindergarten.children);
      countPreschoolStrings(counts, county);
      texts.push(JSON.stringify(county));
    }
    return {
      texts,
      lines: [
        `${texts.length} counties, ${kindergartens} kindergartens, ${(children / 1e6).toFixed(1)} M children`,
        describeStrings(counts),
      ],
    };
  },
  parse: parsePreschoolDataset,
  assessValid: (dataset, into) => tallyPreschool(into, assessPreschool(dataset, preschool2020)),
  fromText: (text, pipeline, into) => tallyPreschool(into, preschoolFromText(text, pipeline)),
  assessInput: (input) => {
    assessPreschool(input as ValidPreschool, preschool2020);
  },
  probes() {
    const [county] = generatePreschoolCounties({
      seed: SEED,
      counties: 1,
      targetKindergartens: 20,
      strings: 'none',
    });
    const valid = JSON.parse(JSON.stringify(county));
    const invalid = JSON.parse(JSON.stringify(county));
    invalid.kindergartens[invalid.kindergartens.length - 1].children = -1;
    return { valid, invalid };
  },
  describe: describePreschool,
};

/**
 * Picks how (b) reads a text. Passing `JSON.parse(text)` straight to the assessment is the whole
 * pipeline only if the assessment validates what it is given: it must assess a valid county
 * given as plain JSON values and refuse an invalid one with a `DudaoError`. Otherwise (an API
 * whose assessments trust a validated, branded dataset) the public parse function comes first.
 */
function choosePipeline(programme: Pick<Programme<unknown>, 'probes' | 'assessInput'>): Pipeline {
  const forced = process.env.NATIONAL_PIPELINE;
  if (forced === 'assess' || forced === 'parse') return forced;
  if (forced !== undefined) throw new RangeError('NATIONAL_PIPELINE: expected assess or parse');
  const { valid, invalid } = programme.probes();
  try {
    programme.assessInput(valid);
  } catch {
    return 'parse';
  }
  try {
    programme.assessInput(invalid);
    return 'parse';
  } catch (error) {
    if (error instanceof DudaoError) return 'assess';
    throw error;
  }
}

// ── Self-check ───────────────────────────────────────────────────────────────────────────────

/**
 * A quick check of the generators: 3 counties of each programme, in every way of writing
 * quantities, must pass validation and come out identical when generated again; compulsory
 * counties must assess without data warnings (class sizes add up, no count above the full-time
 * teachers); and the same counties written with numbers and with strings must get the same
 * verdicts. Throws on a generator regression.
 */
function selfCheck(): void {
  const modes: StringsMode[] = ['none', 'mix', 'all'];
  const fingerprints = new Map<string, string>();
  for (const strings of modes) {
    const options = { seed: SEED, counties: 3, targetSections: 210, strings };
    const counties = generateNation(options);
    const tally: Tally = {};
    counties.forEach((county, i) => {
      let valid: ValidCompulsory;
      try {
        valid = parseCompulsoryDataset(county);
      } catch (error) {
        if (!(error instanceof DudaoError)) throw error;
        const issues = error.issues.slice(0, 5).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
        throw new Error(
          `generator regression: county ${i} (${county.county.code}, strings ${strings}) is invalid:\n  ${issues.join('\n  ')}`,
        );
      }
      const assessment = assessCompulsory(valid, compulsoryQuality2017);
      if (assessment.warnings.length > 0) {
        throw new Error(
          `generator regression: county ${i} has data warnings: ${assessment.warnings[0]?.en ?? ''}`,
        );
      }
      tallyCompulsory(tally, assessment);
    });
    if (JSON.stringify(counties) !== JSON.stringify(generateNation(options))) {
      throw new Error(`generator regression: the same seed gave different datasets (strings ${strings})`);
    }
    fingerprints.set(`compulsory ${strings}`, JSON.stringify(tally));

    const preschoolOptions = { seed: SEED, counties: 3, targetKindergartens: 300, strings };
    const preschoolCounties = [...generatePreschoolCounties(preschoolOptions)];
    const preschoolTally: Tally = {};
    for (const county of preschoolCounties) {
      tallyPreschool(preschoolTally, assessPreschool(parsePreschoolDataset(county), preschool2020));
    }
    if (
      JSON.stringify(preschoolCounties) !== JSON.stringify([...generatePreschoolCounties(preschoolOptions)])
    ) {
      throw new Error(
        `generator regression: the same seed gave different preschool datasets (strings ${strings})`,
      );
    }
    fingerprints.set(`preschool ${strings}`, JSON.stringify(preschoolTally));
  }
  for (const name of ['compulsory', 'preschool']) {
    for (const strings of modes) {
      if (fingerprints.get(`${name} ${strings}`) !== fingerprints.get(`${name} none`)) {
        throw new Error(
          `${name}: counties written with strings (${strings}) got other verdicts than with numbers`,
        );
      }
    }
  }
  console.log(
    'self-check: generated counties are valid, warning-free, deterministic, and get the same verdicts with numbers and strings',
  );
}

// ── The bench ────────────────────────────────────────────────────────────────────────────────

/** The measurements of one programme in one way of writing quantities. */
interface Row {
  readonly programme: string;
  readonly strings: StringsMode;
  readonly floor: Timing;
  readonly a: Timing;
  readonly b: Timing;
  /** Peak RSS from the end of generation to the end of the measurement. */
  readonly peakRss: number;
}

const STRINGS_LABEL: Readonly<Record<StringsMode, string>> = {
  none: 'numbers only',
  mix: 'numbers and decimal strings',
  all: 'decimal strings only',
};

/** JSON.parse of every text, one by one: the floor. */
function parseEvery(texts: readonly string[]): number {
  let schemaVersions = 0;
  for (const text of texts) schemaVersions += (JSON.parse(text) as { schemaVersion: number }).schemaVersion;
  return schemaVersions;
}

/**
 * Measures `pass` (every county, once per pass) after a warm-up on the first counties, with one
 * floor pass beside each measured pass, until `MAX_PASSES` passes or the time budget is spent.
 */
function measure(
  texts: readonly string[],
  floor: Timing,
  memory: RssSamples,
  pass: (counties: number) => void,
): Timing {
  pass(Math.min(WARM_UP_COUNTIES, texts.length));
  const timing = emptyTiming();
  const start = performance.now();
  for (let i = 0; i < MAX_PASSES; i++) {
    timePass(floor, () => parseEvery(texts));
    timePass(timing, () => pass(texts.length));
    memory.sample();
    if (performance.now() - start > BUDGET_MS) break;
  }
  return timing;
}

function benchVariant<Valid>(
  programme: Programme<Valid>,
  strings: StringsMode,
  pipeline: Pipeline,
): { row: Row; tally: string } {
  const startGenerate = performance.now();
  const generated = programme.generate(strings);
  const all = generated.texts;
  console.log(
    `\n${programme.name} · ${STRINGS_LABEL[strings]} (NATIONAL_STRINGS=${strings === 'none' ? '0' : strings}): ` +
      `${(utf8Bytes(all) / 1e6).toFixed(1)} MB of JSON in ${all.length} texts, generated in ` +
      `${seconds(performance.now() - startGenerate)}`,
  );
  for (const line of generated.lines) console.log(`  ${line}`);

  gc();
  const hwmAvailable = resetHighWaterMark();
  const memory = new RssSamples();
  memory.sample();

  // The floor: a warm-up pass here, then one pass beside every measured pass of (a) and (b).
  const floor = emptyTiming();
  parseEvery(all);

  // (b) the whole pipeline from JSON text.
  let tallyB: Tally = {};
  const b = measure(all, floor, memory, (counties) => {
    tallyB = {};
    for (let i = 0; i < counties; i++) programme.fromText(all[i] as string, pipeline, tallyB);
  });

  // (a) validated datasets: parsed and validated outside the timing, then assessed.
  const validation = emptyTiming();
  let valid: Valid[] = [];
  timePass(validation, () => {
    valid = all.map((text) => programme.parse(JSON.parse(text)));
  });
  memory.sample();
  let tallyA: Tally = {};
  const a = measure(all, floor, memory, (counties) => {
    tallyA = {};
    for (let i = 0; i < counties; i++) programme.assessValid(valid[i] as Valid, tallyA);
  });
  valid = [];
  while (floor.wall.length < MIN_FLOOR_PASSES) timePass(floor, () => parseEvery(all));
  memory.sample();
  const peakRss = Math.max((hwmAvailable ? highWaterMark() : null) ?? 0, memory.peak);

  const ratioA = ratioOf(a, floor);
  const ratioB = ratioOf(b, floor);
  console.log(`  floor: JSON.parse of each county's text: ${describeTiming(floor)}`);
  console.log(
    `  (a) ${programme.assessName}(valid, set) per county: ${describeTiming(a)}: ` +
      `${times(ratioA.wall)} the floor (CPU ${times(ratioA.cpu)}; goal ≤ ${GOAL_A}×) ${verdict(ratioA.wall, GOAL_A)}`,
  );
  const how =
    pipeline === 'assess'
      ? `${programme.assessName}(JSON.parse(text), set)`
      : `${programme.assessName}(${programme.parseName}(JSON.parse(text)), set)`;
  console.log(
    `  (b) ${how} per county: ${describeTiming(b)}: ` +
      `${times(ratioB.wall)} the floor (CPU ${times(ratioB.cpu)}; goal ≤ ${GOAL_B}×) ${verdict(ratioB.wall, GOAL_B)}`,
  );
  console.log(
    `  for reference: ${programme.parseName}(JSON.parse(text)) per county, 1 pass (the input of (a)): ` +
      `${seconds(median(validation.wall))}: ${times(median(validation.wall) / median(floor.wall))} the floor`,
  );
  console.log(`  ${programme.describe(tallyB)}`);
  if (JSON.stringify(tallyA) !== JSON.stringify(tallyB)) {
    console.log(`  MISMATCH: (a) gave other results than (b): ${programme.describe(tallyA)}`);
  }
  console.log(
    `  peak RSS ${mib(peakRss)} (${hwmAvailable ? 'VmHWM since generation' : 'sampled between passes'}; texts and, during (a), every validated dataset held)`,
  );
  return {
    row: { programme: programme.name, strings, floor, a, b, peakRss },
    tally: JSON.stringify(tallyB),
  };
}

/** Every variant of one programme; checks that they got the same verdicts (the same nation). */
function benchProgramme<Valid>(programme: Programme<Valid>): Row[] {
  const pipeline = choosePipeline(programme);
  const rows: Row[] = [];
  const tallies = new Set<string>();
  for (const strings of VARIANTS) {
    const { row, tally } = benchVariant(programme, strings, pipeline);
    rows.push(row);
    tallies.add(tally);
  }
  if (tallies.size > 1) {
    console.log(`MISMATCH: ${programme.name}: the variants of the same nation got different verdicts`);
  }
  return rows;
}

/** Runs the national benchmark and prints times, ratios to the floor and peak memory. */
export async function run(): Promise<void> {
  const startRun = performance.now();
  const cpuRun = process.cpuUsage();
  selfCheck();
  const rows = benchProgramme(compulsory);
  if (WITH_PRESCHOOL) rows.push(...benchProgramme(preschool));

  const peak = Math.max(...rows.map((row) => row.peakRss));
  console.log(
    `\nsummary: ${COUNTIES} counties; each time ÷ the floor (JSON.parse of every county's text, one by one), ` +
      'wall clock (process CPU time):',
  );
  console.log(
    `  ${'programme'.padEnd(11)} ${'quantities'.padEnd(28)} ${'floor'.padStart(8)}   ` +
      `${`(a) goal ≤ ${GOAL_A}×`.padEnd(18)} ${`(b) goal ≤ ${GOAL_B}×`.padEnd(18)} peak RSS`,
  );
  for (const row of rows) {
    const a = ratioOf(row.a, row.floor);
    const b = ratioOf(row.b, row.floor);
    console.log(
      `  ${row.programme.padEnd(11)} ${STRINGS_LABEL[row.strings].padEnd(28)} ` +
        `${seconds(median(row.floor.wall)).padStart(8)}   ` +
        `${`${times(a.wall)} (${times(a.cpu)})`.padEnd(18)} ${`${times(b.wall)} (${times(b.cpu)})`.padEnd(18)} ` +
        `${mib(row.peakRss)}`,
    );
  }
  const missed = rows.filter(
    (row) => ratioOf(row.a, row.floor).wall > GOAL_A || ratioOf(row.b, row.floor).wall > GOAL_B,
  ).length;
  console.log(
    `  goals: (a) ≤ ${GOAL_A}×, (b) ≤ ${GOAL_B}×: ${missed === 0 ? 'OK' : `ABOVE GOAL in ${missed} of ${rows.length} rows`}; ` +
      `peak RSS of the run ${mib(peak)} (goal < ${mib(RSS_GOAL)}) ${peak < RSS_GOAL ? 'OK' : 'ABOVE GOAL'}`,
  );
  const cpu = process.cpuUsage(cpuRun);
  console.log(
    `  the national bench took ${seconds(performance.now() - startRun)} ` +
      `(CPU ${seconds((cpu.user + cpu.system) / 1000)})`,
  );
}
