/**
 * Issue ledger at national scale: a generated ledger of 100 000 issues and 1 000 000 events
 * (every issue has exactly 10: raised, measures, progress, reports, verifications failed and
 * passed, extensions, close-outs, reopenings, withdrawals), in date order, serialised to one JSON
 * string. Measured in the same run, in alternating rounds so that load hits every task alike:
 *
 * (a) `JSON.parse` of that string: the floor, what any consumer pays to read the history;
 * (b) `replayLedger(events)`: the whole state, every issue with its dated steps;
 * (c) `progressSeries(events, weekly over 2021–2022)`: 105 summaries, one pass.
 *
 * Goals: (b) ÷ (a) ≤ 3 and (c) ÷ (a) ≤ 3 (median of the per-round ratios).
 * @module
 */
import { replayLedger } from '../src/ledger/fold.js';
import type { LedgerEvent } from '../src/schema/ledger.js';
import { progressSeries } from '../src/scoring/series.js';
import { rectificationSummary } from '../src/scoring/summary.js';
import { createRandom, type Random } from './random.js';

const ISSUES = Number(process.env.LEDGER_ISSUES ?? 100_000);
const SEED = 20_211_210;
const ROUNDS = 5;
const GOAL = 3;
const START = Date.UTC(2021, 0, 1);
const DAY = 86_400_000;
const UNITS = ['教育局', '财政局', '编办', '人社局', '自然资源局', '住建局', '发改局'] as const;
const CATEGORIES = [
  'large-classes',
  'sports-area',
  'equipment',
  'teacher-staffing',
  'teacher-pay',
  'books',
] as const;

const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => {});

function dateOf(day: number): string {
  return new Date(START + day * DAY).toISOString().slice(0, 10);
}

// Ten-event stories: the step codes after the raise (m measure, p progress, x extension,
// r report, v verified, f failed, c closed, o reopened, w withdrawn).
const STORIES: readonly string[] = [
  'mpprvcopp', // closed, then reopened and in progress again
  'mxpprfprv', // extended, failed verification, reported again, verified
  'mppppppr' + 'w', // rectified, then withdrawn (merged)
  'mprrvcorv', // supplementary report, closed, reopened, reported, verified
  'mpppxpppp', // still in progress after an extension
  'mprvcoprv', // reopened and verified again
  'pppppppmp', // never rectified
];

interface Pending {
  readonly day: number;
  readonly seq: number;
  readonly event: LedgerEvent;
}

function storyEvents(random: Random, n: number, out: Pending[]): void {
  const id = `QY-${String(n).padStart(6, '0')}`;
  let day = random.int(0, 540);
  let deadline = day + random.int(30, 240);
  const lead = random.pick(UNITS);
  const support = random.pick(UNITS);
  const raisedAt = dateOf(day);
  let seq = 0;
  const push = (event: LedgerEvent): void => {
    out.push({ day, seq: n * 16 + seq, event });
    seq += 1;
  };
  push({
    type: 'issue-raised',
    at: raisedAt,
    issue: {
      id,
      county: String(610_000 + random.int(301, 399)),
      programme: random.next() < 0.7 ? 'compulsory-quality' : 'preschool',
      source: {
        inspection: `insp-${random.int(1, 40)}`,
        level: random.next() < 0.5 ? 'provincial' : 'municipal',
      },
      category: random.pick(CATEGORIES),
      scope:
        random.next() < 0.6 ? { kind: 'school', schoolId: `s${random.int(1, 300)}` } : { kind: 'county' },
      commonality: random.next() < 0.4 ? 'common' : 'individual',
      description: '生成的问题描述',
      severity: random.next() < 0.3 ? 'major' : 'minor',
      mode: 'deadline',
      deadline: dateOf(deadline),
      responsible:
        lead === support ? [{ unit: lead, lead: true }] : [{ unit: lead, lead: true }, { unit: support }],
    },
  });
  const story = random.pick(STORIES);
  for (const step of story) {
    day += random.int(0, 12);
    const at = dateOf(day);
    switch (step) {
      case 'm':
        push({ type: 'measure-added', at, issueId: id, text: '整改措施' });
        break;
      case 'p':
        push({ type: 'progress-reported', at, issueId: id, text: '整改进展' });
        break;
      case 'x':
        deadline += random.int(30, 120);
        push({ type: 'deadline-extended', at, issueId: id, deadline: dateOf(deadline), reason: '延期' });
        break;
      case 'r':
        push({
          type: 'rectification-reported',
          at,
          issueId: id,
          evidence: [{ title: '佐证材料', ref: `docs/${id}.pdf` }],
        });
        break;
      case 'v':
        push({ type: 'verification-passed', at, issueId: id, by: '市督导组' });
        break;
      case 'f':
        push({ type: 'verification-failed', at, issueId: id, reason: '未整改到位' });
        break;
      case 'c':
        push({ type: 'issue-closed', at, issueId: id });
        break;
      case 'o':
        push({ type: 'issue-reopened', at, issueId: id, reason: '问题反弹' });
        break;
      case 'w':
        push({ type: 'issue-withdrawn', at, issueId: id, reason: '合并' });
        break;
    }
  }
}

/** The generated history, in date order (events of one day in generation order). */
export function generateLedger(issues: number, seed: number): LedgerEvent[] {
  const random = createRandom(seed);
  const pending: Pending[] = [];
  for (let n = 1; n <= issues; n++) storyEvents(random, n, pending);
  pending.sort((a, b) => a.day - b.day || a.seq - b.seq);
  return pending.map((p) => p.event);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(run: () => unknown): number {
  gc();
  const start = performance.now();
  run();
  return performance.now() - start;
}

const OPTIONS = { from: '2021-01-01', to: '2022-12-31', every: 'week' } as const;

// The generated history as JSON text; the objects are dropped so that only the text stays in memory.
function generatedText(): string {
  const events = generateLedger(ISSUES, SEED);
  console.log(`${ISSUES} issues, ${events.length} events, ${events[0]?.at} … ${events.at(-1)?.at}`);
  return JSON.stringify(events);
}

// The generated history is possible, and the last weekly point equals a summary of the replay.
function selfCheck(text: string): void {
  const parsed = JSON.parse(text) as LedgerEvent[];
  const series = progressSeries(parsed, OPTIONS);
  const last = series.points.at(-1);
  const direct = rectificationSummary(replayLedger(parsed), { asOf: last?.asOf ?? OPTIONS.to });
  if (JSON.stringify(last) !== JSON.stringify(direct)) throw new Error('series and replay disagree');
  console.log(
    `self-check on ${direct.asOf}: ${direct.total} issues, rate ${direct.rate?.toFixed(4)}, ` +
      `strict ${direct.strictRate?.toFixed(4)}, overdue ${direct.overdue}, ${series.points.length} weekly points ` +
      '(the series equals a replay)',
  );
}

/** Runs the benchmark and prints the times and the ratios to JSON.parse. */
export async function run(): Promise<void> {
  const text = generatedText();
  console.log(`${(text.length / 1024 ** 2).toFixed(0)} MiB of JSON`);
  selfCheck(text);
  const options = OPTIONS;

  const rounds: { parse: number; replay: number; series: number }[] = [];
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let input: LedgerEvent[] = [];
    const parse = time(() => {
      input = JSON.parse(text) as LedgerEvent[];
    });
    const replay = time(() => {
      sink += replayLedger(input).issues.length;
    });
    const weekly = time(() => {
      sink += progressSeries(input, options).points.length;
    });
    rounds.push({ parse, replay, series: weekly });
  }
  const ms = (v: number): string => v.toFixed(0);
  console.table(
    (['parse', 'replay', 'series'] as const).map((task) => ({
      task: { parse: 'JSON.parse', replay: 'replayLedger', series: 'progressSeries (weekly, 2 years)' }[task],
      'median (ms)': ms(median(rounds.map((r) => r[task]))),
      'per round (ms)': rounds.map((r) => ms(r[task])).join(' '),
    })),
  );
  for (const task of ['replay', 'series'] as const) {
    const ratios = rounds.map((r) => r[task] / r.parse);
    const ratio = median(ratios);
    console.log(
      `ratio ${task === 'replay' ? 'replayLedger' : 'progressSeries'} / JSON.parse: ${ratio.toFixed(2)} ` +
        `(median of ${ROUNDS} rounds; per round ${ratios.map((r) => r.toFixed(2)).join(' ')}) ` +
        `goal ≤ ${GOAL}: ${ratio <= GOAL ? 'OK' : 'ABOVE GOAL'}`,
    );
  }
  if (sink === Number.POSITIVE_INFINITY) console.log(sink);
}
