/**
 * National-scale assessment: every county of a generated nation (about 2 850 counties, 200 000
 * school sections, see `generate.ts`) serialised to one JSON string, then
 *
 * (a) `JSON.parse` of that string: the floor, what any consumer pays to read the data;
 * (b) `assessCompulsory(county, compulsoryQuality2017)` for every county, from the parsed objects
 *     (validation included), keeping only a summary of each assessment as a national run would;
 * (c) peak memory: the RSS high-water mark (Linux `VmHWM`, reset after generation) and heapUsed
 *     sampled between counties, after a `gc()` (the runner passes `--expose-gc`).
 *
 * Goals: (b) ÷ (a) ≤ 5 and peak RSS < 2 GiB. Times are wall clock; the process CPU time (user +
 * system, GC threads included) is printed beside them, since it is steadier on a busy machine. Informational: validation alone
 * (the fast check the assessment runs, and zod's full `parseCompulsoryDataset`), to show how (b)
 * divides between validating and assessing.
 *
 * The kindergartens of the same nation (about 290 000, `generate-preschool.ts`) follow, once the
 * schools are released: (a') `JSON.parse` of their JSON and (b') `assessPreschool(county,
 * preschool2020)` for every county; the goal holds for both programmes together, (b + b') ÷
 * (a + a') ≤ 5. `NATIONAL_PRESCHOOL=0` leaves them out.
 *
 * Environment knobs (for profiling): `NATIONAL_COUNTIES` (default 2 850; sections scale with it)
 * and `NATIONAL_PASSES` (most measured passes of (b), default 3).
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
  parseCompulsoryDataset,
  preschool2020,
} from '../../src/index.js';
import { readCompulsoryDataset } from '../../src/schema/read.js';
import { countCounty, emptyCounts, generateCounties, generateNation } from './generate.js';
import { generatePreschoolCounties } from './generate-preschool.js';
import { describeStrings } from './strings.js';

const SEED = 20_170_506;
const COUNTIES = Number(process.env.NATIONAL_COUNTIES ?? 2850);
const TARGET_SECTIONS = Math.round((200_000 * COUNTIES) / 2850);
const MAX_PASSES = Number(process.env.NATIONAL_PASSES ?? 3);
/** Kindergartens of the nation (issue "Preschool": about 290 000); `NATIONAL_PRESCHOOL=0` leaves them out. */
const WITH_PRESCHOOL = process.env.NATIONAL_PRESCHOOL !== '0';
const TARGET_KINDERGARTENS = Math.round((290_000 * COUNTIES) / 2850);
const PARSE_RUNS = 3;
/** Stop measuring (b) after this much time, so that the bench stays within a few minutes. */
const ASSESS_BUDGET_MS = 80_000;
const RATIO_GOAL = 5;
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

/** Peak memory seen by sampling (between counties, before and after each parse). */
class MemoryPeak {
  rss = 0;
  heapUsed = 0;
  sample(): void {
    const usage = process.memoryUsage();
    if (usage.rss > this.rss) this.rss = usage.rss;
    if (usage.heapUsed > this.heapUsed) this.heapUsed = usage.heapUsed;
  }
}

function mib(bytes: number): string {
  return `${(bytes / MiB).toFixed(0)} MiB`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Process CPU time (user + system) in ms since `since`. */
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

// ── Self-check ───────────────────────────────────────────────────────────────────────────────

/**
 * A quick check of the generator: 3 counties must pass validation, assess without data warnings
 * (class sizes add up, no count above the full-time teachers), and come out identical when
 * generated again (determinism). Throws on a generator regression.
 */
function selfCheck(): void {
  const options = { seed: SEED, counties: 3, targetSections: 210 };
  const counties = generateNation(options);
  counties.forEach((county, i) => {
    try {
      parseCompulsoryDataset(county);
    } catch (error) {
      if (!(error instanceof DudaoError)) throw error;
      const issues = error.issues.slice(0, 5).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
      throw new Error(
        `generator regression: county ${i} (${county.county.code}) is invalid:\n  ${issues.join('\n  ')}`,
      );
    }
    const warnings = assessCompulsory(county, compulsoryQuality2017).warnings;
    if (warnings.length > 0) {
      throw new Error(`generator regression: county ${i} has data warnings: ${warnings[0]?.en ?? ''}`);
    }
  });
  if (JSON.stringify(counties) !== JSON.stringify(generateNation(options))) {
    throw new Error('generator regression: the same seed gave different datasets');
  }
  console.log('self-check: 3 generated counties are valid, warning-free and deterministic');
}

// ── The bench ────────────────────────────────────────────────────────────────────────────────

interface Tally {
  passed: number;
  failed: number;
  incomplete: number;
  sections: number;
  sectionsPassed: number;
  excluded: number;
  cvMet: number;
  cvTotal: number;
}

function tally(into: Tally, assessment: CompulsoryAssessment): void {
  into[assessment.status] += 1;
  into.sections += assessment.sections.length;
  for (const section of assessment.sections) if (section.passed === true) into.sectionsPassed += 1;
  into.excluded += assessment.excluded.length;
  for (const entry of assessment.variation) {
    into.cvTotal += 1;
    if (entry.status === 'met') into.cvMet += 1;
  }
}

function emptyTally(): Tally {
  return {
    passed: 0,
    failed: 0,
    incomplete: 0,
    sections: 0,
    sectionsPassed: 0,
    excluded: 0,
    cvMet: 0,
    cvTotal: 0,
  };
}

/** Runs the national benchmark and prints counts, times, the ratio and peak memory. */
export async function run(): Promise<void> {
  selfCheck();

  // Generate and serialise county by county (not timed as part of the measurement), so that the
  // whole nation is never held as objects: only its JSON string stays.
  const startGenerate = performance.now();
  const counts = emptyCounts();
  let parts: string[] | null = [];
  for (const county of generateCounties({
    seed: SEED,
    counties: COUNTIES,
    targetSections: TARGET_SECTIONS,
  })) {
    countCounty(counts, county);
    parts.push(JSON.stringify(county));
  }
  let json: string | null = `[${parts.join(',')}]`;
  parts = null;
  const generateMs = performance.now() - startGenerate;
  const utf8Bytes = Buffer.byteLength(json, 'utf8');
  const kinds = Object.entries(counts.kinds)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  console.log(
    `nation (seed ${SEED}): ${counts.counties} counties, ${counts.schools} schools, ${counts.sections} sections, ` +
      `${(counts.pupils / 1e6).toFixed(1)} M pupils; generated and serialised in ${seconds(generateMs)}`,
  );
  console.log(`  kinds: ${kinds}`);
  console.log(
    `  teaching points below 50 pupils: ${counts.teachingPointsBelow50}; schools with sharedStock: ${counts.sharedStock}; ` +
      describeStrings(counts.strings),
  );
  console.log(
    `  JSON: ${(utf8Bytes / 1e6).toFixed(1)} MB UTF-8 (${(utf8Bytes / MiB).toFixed(1)} MiB), ${json.length} UTF-16 code units`,
  );

  gc();
  const hwmAvailable = resetHighWaterMark();
  const peak = new MemoryPeak();
  peak.sample();
  const baseline = process.memoryUsage();
  console.log(
    `memory before parsing (JSON string held): rss ${mib(baseline.rss)}, heapUsed ${mib(baseline.heapUsed)}`,
  );

  // (a) JSON.parse: one warm-up, then PARSE_RUNS timed runs; the last result is kept.
  const parseTimes: number[] = [];
  const parseCpu: number[] = [];
  let nation: unknown[] = [];
  for (let run = 0; run <= PARSE_RUNS; run++) {
    nation = [];
    gc();
    peak.sample();
    const cpu = process.cpuUsage();
    const start = performance.now();
    nation = JSON.parse(json) as unknown[];
    const elapsed = performance.now() - start;
    const elapsedCpu = cpuMs(cpu);
    peak.sample();
    if (run > 0) {
      parseTimes.push(elapsed);
      parseCpu.push(elapsedCpu);
    }
  }
  json = null; // a national run reads the data once; the string is not needed any more
  gc();
  const afterParse = process.memoryUsage();
  console.log(
    `(a) JSON.parse: median ${seconds(median(parseTimes))} of ${parseTimes.map(seconds).join(', ')} ` +
      `(CPU ${seconds(median(parseCpu))}); ` +
      `parsed nation held: rss ${mib(afterParse.rss)}, heapUsed ${mib(afterParse.heapUsed)}`,
  );

  // (b) assess every county. Warm-up on the first 100 counties, then full passes.
  for (const county of nation.slice(0, 100)) assessCompulsory(county, compulsoryQuality2017);

  gc();
  const assessTimes: number[] = [];
  const assessCpu: number[] = [];
  let result = emptyTally();
  const budgetStart = performance.now();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const passTally = emptyTally();
    gc();
    peak.sample();
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (let i = 0; i < nation.length; i++) {
      tally(passTally, assessCompulsory(nation[i], compulsoryQuality2017));
      if ((i & 7) === 0) peak.sample();
    }
    assessTimes.push(performance.now() - start);
    assessCpu.push(cpuMs(cpu));
    peak.sample();
    result = passTally;
    if (performance.now() - budgetStart > ASSESS_BUDGET_MS) break;
  }
  const assessMs = median(assessTimes);

  console.log(
    `(b) assessCompulsory × ${nation.length} counties (validation included): median ${seconds(assessMs)} of ` +
      `${assessTimes.map(seconds).join(', ')} (CPU ${seconds(median(assessCpu))}); ` +
      `${((1000 * assessMs) / result.sections).toFixed(1)} µs per assessed section`,
  );
  console.log(
    `    verdicts: ${result.passed} passed, ${result.failed} failed, ${result.incomplete} incomplete; ` +
      `sections in scope ${result.sections} (${((100 * result.sectionsPassed) / result.sections).toFixed(1)} % pass 6-of-7), ` +
      `excluded schools ${result.excluded}; CVs within limit ${((100 * result.cvMet) / result.cvTotal).toFixed(1)} %`,
  );

  // Informational: validation alone, one pass each: the check the assessment runs (the fast check
  // derived from the schema, every county valid) and zod's full parse, which builds a copy.
  gc();
  const startValidate = performance.now();
  for (const county of nation) readCompulsoryDataset(county);
  const validateMs = performance.now() - startValidate;
  gc();
  const startParse = performance.now();
  for (const county of nation) parseCompulsoryDataset(county);
  const zodMs = performance.now() - startParse;
  console.log(
    `    of which validation (the fast check derived from the schema, 1 pass): ${seconds(validateMs)} ` +
      `(${((100 * validateMs) / assessMs).toFixed(0)} % of (b)); zod's full parse for comparison: ${seconds(zodMs)}`,
  );

  // The kindergartens of the same nation (issue "Preschool"), after the schools are released so
  // that both nations are never held at once: generated and serialised (not timed), then (a')
  // JSON.parse and (b') assessPreschool, measured as (a) and (b).
  nation = [];
  gc();
  let kindergartens = 0;
  const preschoolParseTimes: number[] = [];
  const preschoolParseCpu: number[] = [];
  let preschoolNation: unknown[] = [];
  if (WITH_PRESCHOOL) {
    const preschoolParts: string[] = [];
    for (const county of generatePreschoolCounties({
      seed: SEED,
      counties: COUNTIES,
      targetKindergartens: TARGET_KINDERGARTENS,
    })) {
      kindergartens += county.kindergartens.length;
      preschoolParts.push(JSON.stringify(county));
    }
    let preschoolJson: string | null = `[${preschoolParts.join(',')}]`;
    preschoolParts.length = 0;
    console.log(
      `preschool: ${kindergartens} kindergartens; JSON ${(Buffer.byteLength(preschoolJson, 'utf8') / 1e6).toFixed(1)} MB UTF-8`,
    );
    for (let run = 0; run <= PARSE_RUNS; run++) {
      preschoolNation = [];
      gc();
      peak.sample();
      const cpu = process.cpuUsage();
      const start = performance.now();
      preschoolNation = JSON.parse(preschoolJson) as unknown[];
      const elapsed = performance.now() - start;
      const elapsedCpu = cpuMs(cpu);
      peak.sample();
      if (run > 0) {
        preschoolParseTimes.push(elapsed);
        preschoolParseCpu.push(elapsedCpu);
      }
    }
    preschoolJson = null;
    console.log(
      `(a') JSON.parse of the kindergartens: median ${seconds(median(preschoolParseTimes))} ` +
        `(CPU ${seconds(median(preschoolParseCpu))})`,
    );
  }
  // (b') the kindergartens: assessPreschool for every county, same budget rule.
  const preschoolTimes: number[] = [];
  const preschoolCpu: number[] = [];
  const preschoolStatus = { passed: 0, failed: 0, incomplete: 0 };
  if (WITH_PRESCHOOL) {
    for (const county of preschoolNation.slice(0, 100)) assessPreschool(county, preschool2020);
    const preschoolStart = performance.now();
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const status = { passed: 0, failed: 0, incomplete: 0 };
      gc();
      peak.sample();
      const cpu = process.cpuUsage();
      const start = performance.now();
      for (let i = 0; i < preschoolNation.length; i++) {
        status[assessPreschool(preschoolNation[i], preschool2020).status] += 1;
        if ((i & 7) === 0) peak.sample();
      }
      preschoolTimes.push(performance.now() - start);
      preschoolCpu.push(cpuMs(cpu));
      peak.sample();
      Object.assign(preschoolStatus, status);
      if (performance.now() - preschoolStart > ASSESS_BUDGET_MS) break;
    }
  }

  if (preschoolTimes.length > 0) {
    console.log(
      `(b') assessPreschool × ${preschoolNation.length} counties (validation included): median ` +
        `${seconds(median(preschoolTimes))} of ${preschoolTimes.map(seconds).join(', ')} ` +
        `(CPU ${seconds(median(preschoolCpu))}); verdicts: ${preschoolStatus.passed} passed, ` +
        `${preschoolStatus.failed} failed, ${preschoolStatus.incomplete} incomplete`,
    );
  }

  // (c) peak memory.
  peak.sample();
  const hwm = hwmAvailable ? highWaterMark() : null;
  const peakRss = Math.max(hwm ?? 0, peak.rss);
  const parseMs = median(parseTimes);
  const ratio = assessMs / parseMs;
  const cpuRatio = median(assessCpu) / median(parseCpu);
  console.log(
    `(c) peak RSS ${mib(peakRss)} (${hwm === null ? 'sampled' : 'VmHWM since generation'}; sampled ${mib(peak.rss)}), ` +
      `peak heapUsed ${mib(peak.heapUsed)} (sampled)`,
  );
  if (preschoolTimes.length > 0) {
    const bothMs = assessMs + median(preschoolTimes);
    const bothParseMs = parseMs + median(preschoolParseTimes);
    const bothCpu = median(assessCpu) + median(preschoolCpu);
    const bothParseCpu = median(parseCpu) + median(preschoolParseCpu);
    console.log(
      `both programmes: ratio (b + b') / (a, all data): ${(bothMs / bothParseMs).toFixed(1)} ` +
        `(CPU time: ${(bothCpu / bothParseCpu).toFixed(1)}) (goal ≤ ${RATIO_GOAL}) ` +
        `${bothMs / bothParseMs <= RATIO_GOAL ? 'OK' : 'ABOVE GOAL'}; kindergartens alone: ` +
        `${(median(preschoolTimes) / median(preschoolParseTimes)).toFixed(1)} ` +
        `(CPU ${(median(preschoolCpu) / median(preschoolParseCpu)).toFixed(1)})`,
    );
  }
  console.log(
    `ratio (b) / (a): ${ratio.toFixed(1)} (CPU time: ${cpuRatio.toFixed(1)}) (goal ≤ ${RATIO_GOAL}) ` +
      `${ratio <= RATIO_GOAL ? 'OK' : 'ABOVE GOAL'}; ` +
      `peak RSS ${mib(peakRss)} (goal < ${mib(RSS_GOAL)}) ${peakRss < RSS_GOAL ? 'OK' : 'ABOVE GOAL'}`,
  );
}
