// Runs one fuzz case at a time through dudao's public entry points, in a worker thread so that the
// test can terminate a case that hangs. Bundled by esbuild when the fuzz test starts.
import { parentPort } from 'node:worker_threads';
import { safeAssessCompulsory } from '../../src/assess/county.js';
import { safeAssessPreschool } from '../../src/assess/preschool.js';
import { DudaoError, type SafeResult } from '../../src/error.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { safeParseIndicatorSet } from '../../src/indicators/parse.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import type { IndicatorSet } from '../../src/indicators/types.js';
import { assessCity } from '../../src/inspection/assess-city.js';
import { loadLedger } from '../../src/ledger/fold.js';
import type { CityInput } from '../../src/schema/inspection.js';
import { ledgerReport } from '../../src/scoring/report.js';
import { returnVisitSummary } from '../../src/scoring/return-visit.js';
import { problemsOf } from './sanity.js';

export type FuzzKind = 'compulsory' | 'preschool' | 'ledger' | 'return-visit' | 'indicator-set' | 'city';

export interface FuzzCase {
  readonly kind: FuzzKind;
  readonly input: unknown;
  /** A valid dataset the indicator-set case assesses with the mutated set. */
  readonly dataset?: unknown;
  /** The report day of the city case. */
  readonly asOf?: string;
}

/** What happened, as plain data the test can check. */
export type FuzzOutcome =
  | {
      readonly status: 'refused';
      /** Paths of the issues, relative to the mutated input. */
      readonly paths: readonly (readonly (string | number)[])[];
      readonly codes: readonly string[];
      readonly longestMessage: number;
    }
  | {
      readonly status: 'accepted';
      /** Problems found in the result: NaN, Infinity, undefined, a verdict that is not boolean or null. */
      readonly problems: readonly string[];
    }
  | { readonly status: 'crashed'; readonly error: string };

function refused(error: DudaoError, strip: readonly (string | number)[] = []): FuzzOutcome {
  return {
    status: 'refused',
    paths: error.issues.map((issue) =>
      strip.every((key, i) => issue.path[i] === key) ? issue.path.slice(strip.length) : issue.path,
    ),
    codes: error.issues.map((issue) => issue.code),
    longestMessage: Math.max(
      ...error.issues.flatMap((issue) => [issue.message.length, issue.messageZh.length]),
    ),
  };
}

function outcome<T>(result: SafeResult<T>, verdicts: (data: T) => readonly unknown[]): FuzzOutcome {
  return result.success
    ? { status: 'accepted', problems: problemsOf(result.data, verdicts(result.data)) }
    : refused(result.error);
}

function run(fuzz: FuzzCase): FuzzOutcome {
  switch (fuzz.kind) {
    case 'compulsory':
      return outcome(safeAssessCompulsory(fuzz.input, compulsoryQuality2017), (a) => [a.passed]);
    case 'preschool':
      return outcome(safeAssessPreschool(fuzz.input, preschool2020), (a) => [a.passed]);
    case 'ledger': {
      try {
        const { state } = loadLedger(fuzz.input);
        const report = ledgerReport(state, { asOf: '2021-12-10' });
        return { status: 'accepted', problems: problemsOf({ state, report }, []) };
      } catch (error) {
        if (error instanceof DudaoError) return refused(error);
        throw error;
      }
    }
    case 'return-visit': {
      // A mutation may remove every trace of the visit: then the summary refuses the id given
      // here (a path of the call, not of the document), which is a sane answer too.
      let state: ReturnType<typeof loadLedger>['state'];
      try {
        state = loadLedger(fuzz.input).state;
      } catch (error) {
        if (error instanceof DudaoError) return refused(error);
        throw error;
      }
      try {
        const summary = returnVisitSummary(state, { inspection: 'M-2024-11-return', asOf: '2024-11-30' });
        const o = summary.outcomes;
        const sane =
          o.rectified + o['basically-rectified'] + o['not-rectified'] + o['not-applicable'] ===
            summary.rechecked && summary.rechecked <= summary.due;
        return {
          status: 'accepted',
          problems: [...problemsOf({ state, summary }, []), ...(sane ? [] : ['outcomes do not add up'])],
        };
      } catch (error) {
        if (error instanceof DudaoError && error.code === 'unknown-inspection') {
          return { status: 'accepted', problems: [] };
        }
        throw error;
      }
    }
    case 'indicator-set': {
      const parsed = safeParseIndicatorSet(fuzz.input);
      if (!parsed.success) return refused(parsed.error);
      const set: IndicatorSet = parsed.data;
      const result =
        set.programme === 'preschool'
          ? safeAssessPreschool(fuzz.dataset, set)
          : safeAssessCompulsory(fuzz.dataset, set);
      // Problems of the set found by the assessment are reported at ['set', …].
      if (!result.success) return refused(result.error, ['set']);
      return { status: 'accepted', problems: problemsOf(result.data, [result.data.passed]) };
    }
    case 'city': {
      try {
        const city = assessCity(fuzz.input as CityInput, { asOf: fuzz.asOf ?? '2026-03-31' });
        return {
          status: 'accepted',
          problems: problemsOf(
            city,
            city.counties.flatMap((c) => [
              c.compulsory?.assessment.passed ?? null,
              c.preschool?.assessment.passed ?? null,
            ]),
          ),
        };
      } catch (error) {
        if (error instanceof DudaoError) return refused(error);
        throw error;
      }
    }
  }
}

parentPort?.on('message', (fuzz: FuzzCase) => {
  let result: FuzzOutcome;
  try {
    result = run(fuzz);
  } catch (error) {
    result = {
      status: 'crashed',
      error: error instanceof Error ? `${error.name}: ${error.message.slice(0, 500)}` : String(error),
    };
  }
  parentPort?.postMessage(result);
});
