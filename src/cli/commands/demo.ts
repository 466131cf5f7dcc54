/**
 * `dudao demo`: the bundled sample county (synthetic data, 示例数据) end to end in one Markdown
 * document: the compulsory-education assessment (2017 standard), the preschool assessment (2020
 * standard) and the rectification ledger on a fixed day. The examples are bundled into the CLI
 * so that the command works from an installed package, which does not ship `examples/`.
 */
import compulsoryExample from '../../../examples/county-compulsory.json' with { type: 'json' };
import preschoolExample from '../../../examples/county-preschool.json' with { type: 'json' };
import ledgerExample from '../../../examples/ledger.json' with { type: 'json' };
import { assessCompulsory } from '../../assess/county.js';
import { compulsoryGaps } from '../../assess/gap.js';
import { assessPreschool, preschoolGaps } from '../../assess/preschool.js';
import { compulsoryQuality2017 } from '../../indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../indicators/preschool-2020.js';
import { loadLedger } from '../../ledger/fold.js';
import type { Lang } from '../../report/format.js';
import { renderLedgerMarkdown } from '../../report/ledger-markdown.js';
import { renderCompulsoryMarkdown } from '../../report/markdown.js';
import { renderPreschoolMarkdown } from '../../report/preschool-markdown.js';
import { ledgerReport } from '../../scoring/report.js';
import { type Command, choice, EXIT_OK, UsageError, writeOutput } from '../shared.js';

/** The day the example ledger is reported on: its figures were worked out by hand for it. */
const DEMO_AS_OF = '2021-12-10';

// Each report is a document of its own with a level-1 title; inside the demo it is a section.
function demote(markdown: string): string {
  return markdown.replace(/^(#+) /gm, '#$1 ');
}

/**
 * Renders the demo document: an introduction, then the three reports as sections.
 * @param lang - report language
 * @returns the Markdown document
 */
function renderDemo(lang: Lang): string {
  const zh = lang === 'zh';
  const compulsory = assessCompulsory(compulsoryExample, compulsoryQuality2017);
  const preschool = assessPreschool(preschoolExample, preschool2020);
  const ledger = ledgerReport(loadLedger(ledgerExample).state, { asOf: DEMO_AS_OF });
  const intro = zh
    ? `# dudao 演示：示例县（示例数据，非真实）

以下三份报告由 dudao 对随包附带的示例数据计算得出：县域义务教育优质均衡（教督〔2017〕6号）、
县域学前教育普及普惠（教督〔2020〕1号）督导评估，以及截至 ${DEMO_AS_OF} 的问题整改台账。
数据均为虚构，仅用于演示；用 \`dudao assess\`、\`dudao ledger\` 评估自己的数据。
`
    : `# dudao demo: a sample county (synthetic data, not a real county)

The three reports below are computed by dudao from the bundled sample data: the county
high-quality balanced compulsory education assessment (2017), the universal and inclusive
preschool assessment (2020), and the issue ledger on ${DEMO_AS_OF}. The data is made up for
the demonstration; run \`dudao assess\` and \`dudao ledger\` on your own data.
`;
  return [
    intro,
    demote(
      renderCompulsoryMarkdown(compulsory, compulsoryQuality2017, {
        lang,
        gaps: compulsoryGaps(compulsory, compulsoryQuality2017),
      }),
    ),
    demote(
      renderPreschoolMarkdown(preschool, preschool2020, {
        lang,
        gaps: preschoolGaps(preschool, preschool2020),
      }),
    ),
    demote(renderLedgerMarkdown(ledger, { lang })),
  ].join('\n');
}

/** The `demo` command. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'assess the bundled sample county end to end (示例数据)',
  help: `dudao demo [options]

Assess the bundled sample county (synthetic data, 示例数据) end to end and print one Markdown
document: the compulsory-education assessment (compulsory-quality-2017), the preschool
assessment (preschool-2020) and the issue ledger on ${DEMO_AS_OF}. The same files are in the
repository's examples/ folder, to try \`dudao assess\` and \`dudao ledger\` on.

Options:
  --format md             output format (md, the only one so far)
  --lang zh|en            report language (default zh)
  --out <file>            write to a file instead of standard output`,
  options: ['format', 'lang', 'out'],
  run: (args) => {
    if (args.positional.length > 0) throw new UsageError('demo takes no file: it uses the bundled examples');
    choice(args, 'format', ['md'] as const, 'md');
    const lang = choice(args, 'lang', ['zh', 'en'] as const, 'zh');
    writeOutput(renderDemo(lang), args.flags.get('out'));
    return EXIT_OK;
  },
};
