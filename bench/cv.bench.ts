/**
 * Coefficient of variation at national scale: dudao's exact-deciding `coefficientOfVariation`
 * against a plain two-pass Float64Array loop over the same 200 000 schools. Goal: at most 3×.
 * @module
 */
import { Bench } from 'tinybench';
import { coefficientOfVariation } from '../src/numeric/variation/index.js';
import { createRandom, schoolEnrolment, schoolStock } from './random.js';

const SCHOOLS = 200_000;
const SEED = 20_170_506;
const GOAL = 3;
const ROUNDS = 7;
const PLAIN = 'plain Float64Array two-pass';
const DUDAO = 'dudao coefficientOfVariation (limit 0.50)';

let sink = 0;

function plainCoefficientOfVariation(xs: Float64Array, ws: Float64Array): number {
  const n = xs.length;
  let total = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const w = ws[i] as number;
    total += w;
    sum += w * (xs[i] as number);
  }
  const mean = sum / total;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = (xs[i] as number) - mean;
    squares += (ws[i] as number) * d * d;
  }
  return Math.sqrt(squares / total) / mean;
}

function medianOf(bench: Bench, name: string): number {
  const result = bench.getTask(name)?.result;
  if (result === undefined || !('latency' in result)) throw new Error(`${name}: no result`);
  return result.latency.p50;
}

function ms(value: number): string {
  return value.toFixed(3);
}

/** Runs the benchmark and prints its table and the dudao / plain ratio. */
export async function run(): Promise<void> {
  const random = createRandom(SEED);
  const values: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < SCHOOLS; i++) {
    const pupils = schoolEnrolment(random);
    weights.push(pupils);
    values.push(schoolStock(random, pupils, 25) / pupils); // books per pupil, as plain numbers
  }
  const xs = Float64Array.from(values);
  const ws = Float64Array.from(weights);

  const check = coefficientOfVariation(values, weights, { limit: '0.50' });
  const plain = plainCoefficientOfVariation(xs, ws);
  console.log(
    `${SCHOOLS} schools: cv = ${check.cv?.toFixed(6)} (plain float ${plain.toFixed(6)}), ` +
      `within 0.50: ${String(check.withinLimit)}`,
  );

  // The two tasks run in alternating short rounds and each round gives a ratio, so that load from
  // other processes hits both sides alike; the report shows the best median per task and the
  // median of the per-round ratios.
  const rounds: { plain: number; dudao: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({
      name: `coefficient of variation, ${SCHOOLS} weighted values, round ${round + 1}`,
      time: 400,
      warmupTime: 100,
      setup: () => (globalThis as { gc?: () => void }).gc?.(),
    });
    bench
      .add(PLAIN, () => {
        sink += plainCoefficientOfVariation(xs, ws);
      })
      .add(DUDAO, () => {
        const result = coefficientOfVariation(values, weights, { limit: '0.50' });
        sink += result.withinLimit === true ? 1 : 0;
      });
    await bench.run();
    rounds.push({ plain: medianOf(bench, PLAIN), dudao: medianOf(bench, DUDAO) });
  }

  const best = (key: 'plain' | 'dudao') => Math.min(...rounds.map((r) => r[key]));
  const ratios = rounds.map((r) => r.dudao / r.plain).sort((p, q) => p - q);
  const ratio = ratios[Math.floor(ratios.length / 2)] ?? Number.NaN;
  console.table([
    {
      task: PLAIN,
      'best median (ms)': ms(best('plain')),
      'medians per round (ms)': rounds.map((r) => ms(r.plain)).join(' '),
    },
    {
      task: DUDAO,
      'best median (ms)': ms(best('dudao')),
      'medians per round (ms)': rounds.map((r) => ms(r.dudao)).join(' '),
    },
  ]);
  console.log(
    `ratio dudao / plain: ${ratio.toFixed(2)} (median of ${ROUNDS} rounds; per round ${ratios.map((r) => r.toFixed(2)).join(' ')}) ` +
      `goal ≤ ${GOAL}: ${ratio <= GOAL ? 'OK' : 'ABOVE GOAL'}`,
  );
  if (sink === Number.POSITIVE_INFINITY) console.log(sink);
}
