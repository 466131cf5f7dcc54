/**
 * The social-recognition survey (社会认可度调查) in words and tables, for `dudao survey`: the sample
 * plan of a county (how many questionnaires, by group and area), and an assessed survey (the
 * sample checks, satisfaction overall and by group, area and question, and the decision).
 * Numbers are rounded here and only here: percentages and shares to 2 decimals.
 * @module
 */
import type { SurveyAssessment, SurveyPlan, SurveyRate, SurveySampleCheck } from '../assess/survey.js';
import type { Label } from '../indicators/types.js';
import type { WorkbookTable } from '../io/table.js';
import { SURVEY_AREAS } from '../schema/survey.js';
import { formatDecimal, type Lang } from './format.js';

const percent = (share: number | null): string =>
  share === null ? '—' : `${formatDecimal(share * 100, 2)}%`;

const cell = (text: string): string => text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

const AREA_NAMES: Readonly<Record<(typeof SURVEY_AREAS)[number], Label>> = {
  urban: { zh: '城区', en: 'urban' },
  town: { zh: '镇区', en: 'town' },
  rural: { zh: '乡村', en: 'rural' },
};

/**
 * The plan as Markdown: the total and how it is reached, then questionnaires by group and area.
 * @example
 * ```ts
 * renderSurveyPlanMarkdown(surveyPlan(frame), { lang: 'en' }).split('\n')[0]; //=> '# Survey plan'
 * ```
 */
export function renderSurveyPlanMarkdown(plan: SurveyPlan, options: { readonly lang?: Lang } = {}): string {
  const lang = options.lang ?? 'zh';
  const zh = lang === 'zh';
  const rate = `${formatDecimal(plan.rate * 1000, 2)}‰`;
  const max = plan.maximum === null ? '' : zh ? `，至多 ${plan.maximum}` : `, at most ${plan.maximum}`;
  const lines = [
    zh ? '# 社会认可度调查样本方案' : '# Survey plan',
    '',
    zh
      ? `常住人口 ${plan.population} 人，按 ${rate} 抽样为 ${plan.byRate} 份，不少于 ${plan.minimum} 份${max}：应收集有效问卷 **${plan.total}** 份（规则：${plan.rules}）。`
      : `Resident population ${plan.population}: ${rate} of it is ${plan.byRate} questionnaires, at least ${plan.minimum}${max}, so **${plan.total}** valid questionnaires are to be collected (rules: ${plan.rules}).`,
    '',
    zh ? '## 各类调查对象' : '## By group',
    '',
    table(
      zh
        ? ['调查对象', '计划比例', '最低比例', '问卷数', ...SURVEY_AREAS.map((a) => AREA_NAMES[a].zh)]
        : ['group', 'planned share', 'minimum share', 'questionnaires', ...SURVEY_AREAS],
      plan.groups.map((g) => [
        g.name[lang],
        percent(g.share),
        percent(g.minShare),
        String(g.size),
        ...SURVEY_AREAS.map((area) =>
          String(plan.cells.find((c) => c.group === g.group && c.area === area)?.size ?? 0),
        ),
      ]),
    ),
    '',
    zh ? '## 城乡分布' : '## By area',
    '',
    table(
      zh
        ? ['区域', '常住人口', '人口比例', '问卷数']
        : ['area', 'residents', 'share of population', 'questionnaires'],
      plan.areas.map((a) => [a.name[lang], String(a.population), percent(a.share), String(a.size)]),
    ),
    '',
  ];
  return lines.join('\n');
}

/**
 * The plan's questionnaires per group and area as a table (one row per cell), for CSV.
 * @example
 * ```ts
 * surveyPlanTable(surveyPlan(frame), 'en').columns; //=> ['group', 'area', 'questionnaires']
 * ```
 */
export function surveyPlanTable(plan: SurveyPlan, lang: Lang = 'zh'): WorkbookTable {
  const zh = lang === 'zh';
  const groupName = new Map(plan.groups.map((g) => [g.group, g.name[lang]]));
  return {
    name: zh ? '调查样本方案' : 'Survey plan',
    columns: zh ? ['调查对象', '区域', '问卷数'] : ['group', 'area', 'questionnaires'],
    rows: plan.cells.map((c) => [
      groupName.get(c.group) ?? c.group,
      AREA_NAMES[c.area][lang],
      { value: c.size, text: String(c.size), places: 0 },
    ]),
  };
}

const rateText = (rate: SurveyRate): string =>
  rate.value === null ? '—' : `${formatDecimal(rate.value, 2)}% (${rate.satisfied}/${rate.answered})`;

function checkRow(check: SurveySampleCheck, lang: Lang, groupName: ReadonlyMap<string, string>): string[] {
  const zh = lang === 'zh';
  const met = check.met ? (zh ? '符合' : 'met') : zh ? '不符合' : 'not met';
  switch (check.check) {
    case 'size':
      return [zh ? '样本量' : 'sample size', `${check.respondents}`, `≥ ${check.required}`, met];
    case 'return-rate':
      return [
        zh ? '有效回收率' : 'valid returns',
        `${percent(check.rate)} (${check.respondents}/${check.issued})`,
        `≥ ${percent(check.minRate)}`,
        met,
      ];
    case 'group-share':
      return [
        zh
          ? `${groupName.get(check.group) ?? check.group}比例`
          : `share of ${groupName.get(check.group) ?? check.group}`,
        `${percent(check.share)} (${check.respondents}/${check.total})`,
        `≥ ${percent(check.minShare)}`,
        met,
      ];
    default:
      return [
        zh ? `${AREA_NAMES[check.area].zh}比例` : `share ${check.area}`,
        `${percent(check.share)} (${check.respondents}/${check.total})`,
        `${percent(check.populationShare)} ± ${percent(check.tolerance)}`,
        met,
      ];
  }
}

/**
 * An assessed survey as Markdown: the decision first, then the sample checks (with the reason of
 * each unmet one) and satisfaction overall, by group, by area and by question.
 * @example
 * ```ts
 * renderSurveyAssessmentMarkdown(assessSurvey(survey)).split('\n')[0]; //=> '# 社会认可度调查结果'
 * ```
 */
export function renderSurveyAssessmentMarkdown(
  result: SurveyAssessment,
  options: { readonly lang?: Lang } = {},
): string {
  const lang = options.lang ?? 'zh';
  const zh = lang === 'zh';
  const r = result.recognition;
  const status =
    r.status === 'met'
      ? zh
        ? '达标'
        : 'met'
      : r.status === 'unmet'
        ? zh
          ? '未达标'
          : 'not met'
        : zh
          ? '无法判定'
          : 'unknown';
  const year = result.year === null ? '' : zh ? `（${result.year} 年）` : ` (${result.year})`;
  const value = r.value === null ? '—' : `${formatDecimal(r.value, 2)}%`;
  const lines = [
    zh ? '# 社会认可度调查结果' : '# Social-recognition survey',
    '',
    zh
      ? `${result.county.name}${year}：社会认可度 ${value}（${r.numerator}/${r.denominator}），标准 ≥ ${formatDecimal(r.threshold, 0)}%，**${status}**。`
      : `${result.county.name}${year}: social recognition ${value} (${r.numerator}/${r.denominator}) against ≥ ${formatDecimal(r.threshold, 0)}%: **${status}**.`,
    ...r.reasons.map((reason) => `- ${reason[lang]}`),
    '',
    zh
      ? `## 样本检查：${result.sample.valid ? '有效' : '无效'}`
      : `## Sample checks: ${result.sample.valid ? 'valid' : 'not valid'}`,
    '',
    table(
      zh ? ['检查', '实际', '要求', '结果'] : ['check', 'found', 'required', 'result'],
      result.sample.checks.map((check) =>
        checkRow(check, lang, new Map(result.groups.map((g) => [g.group, g.name[lang]]))),
      ),
    ),
    ...result.sample.checks.flatMap((check) => (check.reason === null ? [] : [`- ${check.reason[lang]}`])),
    '',
    zh ? '## 满意度' : '## Satisfaction',
    '',
    table(
      zh
        ? ['范围', '调查对象', '满意度（满意/作答）']
        : ['scope', 'respondents', 'satisfaction (satisfied/answered)'],
      [
        [zh ? '总体' : 'overall', String(result.respondents), rateText(result.overall)],
        ...result.groups.map((g) => [g.name[lang], String(g.respondents), rateText(g.rate)]),
        ...result.areas.map((a) => [a.name[lang], String(a.respondents), rateText(a.rate)]),
      ],
    ),
    '',
    zh ? '## 各题满意度' : '## By question',
    '',
    table(
      zh ? ['题目', '满意度（满意/作答）'] : ['question', 'satisfaction (satisfied/answered)'],
      result.questions.map((q) => [q.question, rateText(q.rate)]),
    ),
    '',
  ];
  return lines.join('\n');
}
