/** `dudao progress <set-id> <before.json> <after.json> [more.json …]`: progress across assessments. */
import { assessCompulsory } from '../../assess/county.js';
import { assessPreschool } from '../../assess/preschool.js';
import { type AssessmentComparison, compareAssessments } from '../../progress/compare.js';
import type { ProgressAssessment } from '../../progress/items.js';
import { trajectory } from '../../progress/trajectory.js';
import { toJsonDocument } from '../../report/json.js';
import { renderProgressMarkdown } from '../../report/progress-markdown.js';
import {
  type Command,
  choice,
  EXIT_OK,
  indicatorSetOf,
  jsonText,
  outputFormat,
  readJson,
  UsageError,
  writeOutput,
} from '../shared.js';

function integerOption(value: string | true | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value))
    throw new UsageError(`--${name} must be a whole number`);
  return Number(value);
}

export const progressCommand: Command = {
  name: 'progress',
  summary: 'compare assessments over time (重点指标完成情况)',
  help: `dudao progress <set-id> <before.json> <after.json> [more.json …] [options]

Assess each county dataset with the set, compare consecutive ones (indicators newly met and newly
lost, CV movements, school sections newly passing or failing) and follow them as a trajectory
(readiness over time, projected year for each unmet indicator). A dataset's date is the last day
of its data year (YYYY-12-31) unless --dates gives the dates.

Options:
  --set <custom.json>        use an indicator set from a JSON file (e.g. a provincial variant);
                             <set-id> may also name a set file
  --dates <d1,d2,…>          one YYYY-MM-DD date per dataset, strictly increasing
  --target-year <year>       projections after this year are marked not-before-target
  --window <n>               latest assessments the trend is fitted to (default 3)
  --cv-places 2|3            decimals shown for CVs in md (default 3)
  --format md|json           output format (default md, or the one the extension of --out
                             names: .md or .json); json prints exactly one JSON document
  --lang zh|en               report language for md (default zh)
  --out <file>               write to a file instead of standard output`,
  json: true,
  options: ['format', 'lang', 'out', 'set', 'dates', 'target-year', 'window', 'cv-places'],
  run: (args) => {
    const [setId, ...files] = args.positional;
    if (setId === undefined || files.length < 2) {
      throw new UsageError('progress needs <set-id> and at least two dataset files');
    }
    const format = outputFormat(args, 'progress', ['md', 'json'] as const, 'md');
    const lang = choice(args, 'lang', ['zh', 'en'] as const, 'zh');
    const cvPlaces = choice(args, 'cv-places', ['2', '3'] as const, '3') === '2' ? 2 : 3;
    const custom = args.flags.get('set');
    const set = indicatorSetOf(typeof custom === 'string' ? custom : setId);
    const datesFlag = args.flags.get('dates');
    const dates = typeof datesFlag === 'string' ? datesFlag.split(',').map((d) => d.trim()) : undefined;
    if (dates !== undefined && dates.length !== files.length) {
      throw new UsageError(`--dates gives ${dates.length} dates for ${files.length} datasets`);
    }
    const targetYear = integerOption(args.flags.get('target-year'), 'target-year');
    const window = integerOption(args.flags.get('window'), 'window');
    const assess = (input: unknown): ProgressAssessment => {
      if (set.programme === 'preschool') return assessPreschool(input, set);
      if (set.programme === 'compulsory-basic' || set.programme === 'compulsory-quality') {
        return assessCompulsory(input, set);
      }
      throw new UsageError(`progress for ${set.programme} sets is not available`);
    };
    const assessments = files.map((file) => assess(readJson(file)));
    const points = assessments.map((assessment, i) => ({
      date: dates?.[i] ?? `${assessment.year}-12-31`,
      assessment,
    }));
    const options = {
      set,
      ...(targetYear === undefined ? {} : { targetYear }),
      ...(window === undefined ? {} : { window }),
    };
    const path = trajectory(points, options);
    const comparisons: AssessmentComparison[] = [];
    for (let i = 1; i < assessments.length; i += 1) {
      comparisons.push(
        compareAssessments(assessments[i - 1] as ProgressAssessment, assessments[i] as ProgressAssessment, {
          set,
        }),
      );
    }
    const out = args.flags.get('out');
    if (format === 'json') writeOutput(jsonText(toJsonDocument({ comparisons, trajectory: path })), out);
    else writeOutput(renderProgressMarkdown({ comparisons, trajectory: path }, { lang, cvPlaces }), out);
    return EXIT_OK;
  },
};
