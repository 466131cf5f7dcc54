/**
 * `dudao survey plan|assess|rules`: the social-recognition survey (社会认可度调查) of a county: the
 * sample to draw, the survey a county drew assessed, and the rules both follow.
 */
import { assessSurvey, parseRecognitionSurvey, type SurveyPlan, surveyPlan } from '../../assess/survey.js';
import { SURVEY_RULES } from '../../indicators/survey-rules.js';
import { workbookTableToCsv } from '../../report/csv.js';
import { toJsonDocument } from '../../report/json.js';
import {
  renderSurveyAssessmentMarkdown,
  renderSurveyPlanMarkdown,
  surveyPlanTable,
} from '../../report/survey-markdown.js';
import type { SurveyFrame, SurveyRules } from '../../schema/survey.js';
import {
  type Command,
  choice,
  EXIT_OK,
  jsonText,
  outputFormat,
  type ParsedArgs,
  readJson,
  UsageError,
  withBom,
  writeOutput,
} from '../shared.js';

const FRAME_FLAGS = ['population', 'urban', 'town', 'rural'] as const;

// A count given on the command line: the text as written (the library's schema checks it).
function countFlag(args: ParsedArgs, flag: string): number | string | undefined {
  const value = args.flags.get(flag);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') {
    throw new UsageError(`--${flag} needs a number`, {
      code: 'missing-value',
      messageZh: `--${flag} 需要一个数`,
    });
  }
  return /^\d+$/.test(value) ? Number(value) : value;
}

// The frame: from --population/--urban/--town/--rural, or from a file holding a frame or a survey.
function frameOf(args: ParsedArgs, file: string | undefined): unknown {
  const given = FRAME_FLAGS.filter((flag) => args.flags.has(flag));
  if (file !== undefined) {
    if (given.length > 0) {
      throw new UsageError(`survey plan takes a file or --${given[0]}, not both`, {
        messageZh: `survey plan 只能给出文件或 --${given[0]} 之一`,
      });
    }
    const document = readJson(file);
    return typeof document === 'object' && document !== null && 'frame' in document
      ? (document as { frame: unknown }).frame
      : document;
  }
  const missing = FRAME_FLAGS.filter((flag) => !args.flags.has(flag));
  if (missing.length > 0) {
    throw new UsageError(
      `survey plan needs a file (a survey or its frame) or --population, --urban, --town and --rural (missing --${missing.join(', --')})`,
      {
        code: 'missing-option',
        messageZh: `survey plan 需要一个文件（调查数据或抽样框），或 --population、--urban、--town 和 --rural（缺少 --${missing.join('、--')}）`,
      },
    );
  }
  return {
    population: countFlag(args, 'population'),
    areas: {
      urban: countFlag(args, 'urban'),
      town: countFlag(args, 'town'),
      rural: countFlag(args, 'rural'),
    },
  };
}

// The rules: --rules <file> (a whole rules document, e.g. a province's), else the national defaults.
function rulesOf(args: ParsedArgs): SurveyRules {
  const file = args.flags.get('rules');
  if (file === undefined) return SURVEY_RULES;
  if (typeof file !== 'string') throw new UsageError('--rules needs a file');
  return readJson(file) as SurveyRules;
}

function plan(args: ParsedArgs, file: string | undefined): number {
  const format = outputFormat(args, 'survey plan', ['md', 'json', 'csv'] as const, 'md');
  const lang = choice(args, 'lang', ['zh', 'en'] as const, 'zh');
  const result: SurveyPlan = surveyPlan(frameOf(args, file) as SurveyFrame, rulesOf(args));
  const out = args.flags.get('out');
  if (format === 'json') writeOutput(jsonText(toJsonDocument(result)), out);
  else if (format === 'csv')
    writeOutput(workbookTableToCsv(surveyPlanTable(result, lang), { bom: withBom(args) }), out);
  else writeOutput(renderSurveyPlanMarkdown(result, { lang }), out);
  return EXIT_OK;
}

function assess(args: ParsedArgs, file: string | undefined): number {
  if (file === undefined) {
    throw new UsageError('survey assess needs a survey file', {
      code: 'missing-argument',
      messageZh: 'survey assess 需要一个调查数据文件',
    });
  }
  const format = outputFormat(args, 'survey assess', ['md', 'json'] as const, 'md');
  const lang = choice(args, 'lang', ['zh', 'en'] as const, 'zh');
  const result = assessSurvey(parseRecognitionSurvey(readJson(file)), rulesOf(args));
  const out = args.flags.get('out');
  if (format === 'json') writeOutput(jsonText(toJsonDocument(result)), out);
  else writeOutput(renderSurveyAssessmentMarkdown(result, { lang }), out);
  return EXIT_OK;
}

function rules(args: ParsedArgs): number {
  outputFormat(args, 'survey rules', ['json'] as const, 'json');
  writeOutput(jsonText(SURVEY_RULES), args.flags.get('out'));
  return EXIT_OK;
}

export const surveyCommand: Command = {
  name: 'survey',
  summary: 'the social-recognition survey (社会认可度调查): plan the sample, assess a survey',
  help: `dudao survey plan <file> | --population N --urban N --town N --rural N [options]
dudao survey assess <survey.json> [options]
dudao survey rules [--out FILE]

The social-recognition survey (社会认可度调查) of a county, a pass/fail condition of 优质均衡 2017
and 普及普惠 2020 (≥ 85 %).

  plan    the sample to draw (调查样本方案): how many valid questionnaires (about 1.5 ‰ of the
          residents, at least 600), by group (parents at least half) and by urban, town and rural
          area in proportion to their residents. The frame comes from a file (a survey document,
          whose "frame" is used, or the frame alone: { "population", "areas": { "urban", "town",
          "rural" } }) or from the four options.
  assess  a survey a county drew (dudao/schemas/recognition-survey.json: the frame and the
          answers, as counts per group × area × question or one record per questionnaire): the
          sample checks (size, valid returns, parents' share, area proportions), satisfaction
          overall and by group, area and question, and the decision (met, unmet, or unknown when
          the sample is not valid). Exit 0 whatever the decision: it is a result.
  rules   the national default rules as JSON: a starting point for a province's --rules file.

Options:
  --population <N>        resident population (常住人口), for plan without a file
  --urban <N>             residents of urban areas (城区)
  --town <N>              residents of towns (镇区)
  --rural <N>             residents of rural areas (乡村)
  --rules <file>          survey rules (JSON, as "dudao survey rules" prints them; default: the
                          national defaults)
  --format md|json|csv    output format (default md, or the one the extension of --out names);
                          csv (plan only) is one row per group and area; json prints exactly
                          one JSON document
  --lang zh|en            language for md and csv (default zh)
  --out <file>            write to a file instead of standard output
  --no-bom                CSV without the UTF-8 byte order mark

Examples:
  dudao survey plan --population 400000 --urban 160000 --town 80000 --rural 160000
  dudao survey assess dudao-examples/survey.json --format json`,
  json: true,
  options: [...FRAME_FLAGS, 'rules', 'format', 'lang', 'out'],
  switches: ['no-bom'],
  run: (args) => {
    const [sub, file, ...rest] = args.positional;
    if (rest.length > 0) throw new UsageError(`survey ${sub} reads one file`);
    if (sub === 'plan') return plan(args, file);
    if (sub === 'assess') return assess(args, file);
    if (sub === 'rules') {
      if (file !== undefined) throw new UsageError('survey rules reads no file');
      return rules(args);
    }
    throw new UsageError(
      sub === undefined
        ? 'survey needs plan, assess or rules'
        : `unknown survey command "${sub}": plan, assess or rules`,
      {
        code: sub === undefined ? 'missing-argument' : 'unknown-command',
        messageZh:
          sub === undefined
            ? 'survey 需要子命令 plan、assess 或 rules'
            : `未知的 survey 子命令 "${sub}"：可用 plan、assess 或 rules`,
      },
    );
  },
};
