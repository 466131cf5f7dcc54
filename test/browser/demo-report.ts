/**
 * The input of the demo HTML report: the same bundled sample county as `dudao demo` (the 2017
 * compulsory-education assessment, the 2020 preschool assessment and the ledger on 2021-12-10),
 * plus the ledger's weekly progress series for the rate-over-time chart.
 */
import compulsoryExample from '../../examples/county-compulsory.json' with { type: 'json' };
import preschoolExample from '../../examples/county-preschool.json' with { type: 'json' };
import ledgerExample from '../../examples/ledger.json' with { type: 'json' };
import { assessCompulsory } from '../../src/assess/county.js';
import { compulsoryGaps } from '../../src/assess/gap.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import { preschoolGaps } from '../../src/assess/preschool-gap.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import { loadLedger } from '../../src/ledger/fold.js';
import type { HtmlReportInput } from '../../src/report/html.js';
import { ledgerReport } from '../../src/scoring/report.js';
import { progressSeries } from '../../src/scoring/series.js';

/** The day the example ledger is reported on (as in `dudao demo`). */
export const DEMO_AS_OF = '2021-12-10';

/** Builds the demo report's input from the bundled examples. */
export function demoReportInput(): HtmlReportInput {
  const compulsory = assessCompulsory(compulsoryExample, compulsoryQuality2017);
  const preschool = assessPreschool(preschoolExample, preschool2020);
  const { document, state } = loadLedger(ledgerExample);
  return {
    title: { zh: 'dudao 演示：示例县督导评估报告', en: 'dudao demo: a sample county' },
    notice: {
      zh: '示例数据：本报告由随包附带的虚构数据计算得出，非真实县域。',
      en: 'Synthetic data (示例数据): computed from the bundled made-up sample, not a real county.',
    },
    compulsory: [
      {
        assessment: compulsory,
        set: compulsoryQuality2017,
        gaps: compulsoryGaps(compulsory, compulsoryQuality2017),
      },
    ],
    preschool: [{ assessment: preschool, set: preschool2020, gaps: preschoolGaps(preschool, preschool2020) }],
    ledger: {
      report: ledgerReport(state, { asOf: DEMO_AS_OF }),
      series: progressSeries(document.events, { from: '2021-04-20', to: DEMO_AS_OF, every: 'week' }),
      target: { rate: 1 },
    },
  };
}
