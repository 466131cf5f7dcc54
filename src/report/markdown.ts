/**
 * Markdown renderings of assessments, in Chinese or English: what an analyst pastes into a
 * report. Numbers are rounded here and only here.
 * @module
 */
import type { CompulsoryAssessment } from '../assess/county.js';
import { exactValueOf, explainResult } from '../assess/explain.js';
import type { CompulsoryGaps } from '../assess/gap.js';
import { expectCompulsoryAssessment, expectCompulsoryGaps } from '../assess/guards.js';
import type { CountyIndicatorResult, IndicatorResult } from '../assess/types.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import type { IndicatorSet } from '../indicators/types.js';
import {
  comparisonHeadings,
  comparisonTexts,
  INFORMATIONAL_COMPOSITE_HEADING,
  roundingPlaces,
} from './cv-figures.js';
import { floorPercentOf, formatDecimal, type Lang, placesForUnit } from './format.js';
import { reportOptionsOf } from './guards.js';
import { decimalString } from './json.js';
import { rowStatusLabel, STAGE_LABELS, STATUS_LABELS, sectionLabel } from './labels.js';

const STATUS = STATUS_LABELS;
const STAGE = STAGE_LABELS;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function indicatorName(set: IndicatorSet, id: string, lang: Lang): string {
  const indicator = set.indicators.find((i) => i.id === id);
  return indicator === undefined ? id : indicator.name[lang];
}

function unitOf(set: IndicatorSet, id: string): string | undefined {
  return set.indicators.find((i) => i.id === id)?.unit?.en;
}

function valueText(set: IndicatorSet, result: IndicatorResult): string {
  if (result.value === null) return result.basis === 'judgement' || result.basis === 'veto' ? '' : '—';
  // Rounded from the exact value the decision was taken on.
  return formatDecimal(exactValueOf(result), placesForUnit(unitOf(set, result.indicator)));
}

// Why two comparisons: the set's convention decides; the exact one is what dudao gives by default.
function roundingNote(places: number, lang: Lang): string {
  return lang === 'zh'
    ? `注：本指标体系按差异系数保留 ${places} 位小数（四舍五入）后与标准比较，"结果"列据此判定；"精确比较"列为按精确值比较的结果，供与县（区）报表核对。`
    : `Note: this set compares each CV rounded half up to ${places} decimals with its limit, and the Result column follows it; the Exact comparison column is the comparison of the exact CV, to check against the county's own sheet.`;
}

function countyRow(set: IndicatorSet, r: CountyIndicatorResult, lang: Lang, vetoList: boolean): string {
  const threshold = r.threshold === null ? '' : decimalString(r.threshold);
  const detail = explainResult(r)[lang];
  return `| ${cell(indicatorName(set, r.indicator, lang))} | ${valueText(set, r)} | ${threshold} | ${rowStatusLabel(r.status, vetoList)[lang]} | ${cell(detail)} |`;
}

/**
 * Renders a compulsory-education assessment as Markdown: the verdict and its reasons, the CVs,
 * every school section's resource indicators, county indicators, vetoes and exclusions.
 * @category Reports
 * @param assessment - the assessment
 * @param set - the set it was made with (for names and units)
 * @param options - `lang`: `zh` (default) or `en`; `gaps`: what it would take (from `compulsoryGaps`), rendered when given
 * @returns a Markdown document
 * @example
 * ```ts
 * const md = renderCompulsoryMarkdown(assessCompulsory(dataset, compulsoryQuality2017), compulsoryQuality2017, { lang: 'en' });
 * md.startsWith('# '); //=> true
 * ```
 */
export function renderCompulsoryMarkdown(
  assessment: CompulsoryAssessment,
  set: IndicatorSet,
  options: { readonly lang?: Lang; readonly gaps?: CompulsoryGaps } = {},
): string {
  expectCompulsoryAssessment(assessment);
  expectIndicatorSet(set);
  if (options?.gaps !== undefined) expectCompulsoryGaps(options.gaps);
  const lang = reportOptionsOf(options, { gaps: 'object' }).lang;
  const zh = lang === 'zh';
  const out: string[] = [];
  out.push(
    zh
      ? `# ${assessment.county.name}（${assessment.county.code}）${set.name.zh}`
      : `# ${assessment.county.name} (${assessment.county.code}) — ${set.name.en}`,
  );
  out.push('');
  out.push(
    zh
      ? `评估年度：${assessment.year}　指标体系：${assessment.set}（${assessment.setVersion}）`
      : `Year: ${assessment.year} · Indicator set: ${assessment.set} (${assessment.setVersion})`,
  );
  out.push('');
  out.push(`**${zh ? '结论：' : 'Verdict: '}${STATUS[assessment.status][lang]}**`);
  out.push('');
  if (assessment.reasons.length > 0) {
    out.push(zh ? '## 未达到评估标准或无法判定的原因' : '## Reasons');
    out.push('');
    for (const reason of assessment.reasons) out.push(`- ${zh ? reason.zh : reason.en}`);
    out.push('');
  }

  const places = roundingPlaces(assessment);
  const [roundedHead, exactHead] = places === null ? ['', ''] : comparisonHeadings(places, lang);
  const extraHead = places === null ? '' : ` ${roundedHead} | ${exactHead} |`;
  const extraRule = places === null ? '' : '---|---|';
  const extraCells = (e: Parameters<typeof comparisonTexts>[0]): string => {
    if (places === null) return '';
    const [rounded, exact] = comparisonTexts(e, lang);
    return ` ${rounded} | ${exact} |`;
  };
  if (assessment.variation.length > 0) {
    out.push(zh ? '## 校际差异系数' : '## Inter-school coefficients of variation');
    out.push('');
    out.push(
      (zh
        ? '| 学段 | 指标 | 差异系数 | 均值 | 标准 | 结果 |'
        : '| Stage | Indicator | CV | Mean | Limit | Result |') + extraHead,
    );
    out.push(`|---|---|---|---|---|---|${extraRule}`);
    for (const v of assessment.variation) {
      out.push(
        `| ${STAGE[v.stage][lang]} | ${cell(indicatorName(set, v.indicator, lang))} | ${formatDecimal(v.cv, 3)} | ${formatDecimal(v.mean, placesForUnit(unitOf(set, v.indicator)))} | ${v.limit === null ? '' : `≤ ${formatDecimal(v.limit, 2)}`} | ${STATUS[v.status][lang]} |${extraCells(v)}`,
      );
    }
    out.push('');
    if (places !== null) {
      out.push(roundingNote(places, lang));
      out.push('');
    }
  }
  if (assessment.composite !== undefined && assessment.composite.length > 0) {
    out.push(zh ? '## 综合差异系数' : '## Composite CV');
    out.push('');
    out.push(
      (zh ? '| 学段 | 综合差异系数 | 标准 | 结果 |' : '| Stage | Composite CV | Limit | Result |') +
        extraHead,
    );
    out.push(`|---|---|---|---|${extraRule}`);
    for (const c of assessment.composite) {
      out.push(
        `| ${STAGE[c.stage][lang]} | ${formatDecimal(c.cv, 3)} | ≤ ${formatDecimal(c.limit, 2)} | ${STATUS[c.status][lang]} |${extraCells(c)}`,
      );
    }
    out.push('');
  }
  const informational = assessment.informationalComposite ?? [];
  if (informational.length > 0) {
    out.push(`## ${INFORMATIONAL_COMPOSITE_HEADING[lang]}`);
    out.push('');
    out.push(
      zh
        ? '| 学段 | 综合差异系数 | 计入的差异系数 | 说明 |'
        : '| Stage | Composite CV | CVs averaged | Note |',
    );
    out.push('|---|---|---|---|');
    for (const c of informational) {
      out.push(
        `| ${STAGE[c.stage][lang]} | ${formatDecimal(c.cv, 3)} | ${c.components.length} | ${zh ? '仅供参考，不作判定依据' : 'for information only; no verdict'} |`,
      );
    }
    out.push('');
    out.push(`${informational[0]?.note[lang] ?? ''}`);
    out.push('');
  }

  if (assessment.sections.length > 0) {
    const counted = set.indicators.filter(
      (i) => i.scope === 'institution' && (i.countsTowardsMinMet === true || i.comparator === 'none'),
    );
    out.push(zh ? '## 学校资源配置' : '## School resources');
    out.push('');
    out.push(
      `| ${zh ? '学校' : 'School'} | ${zh ? '学段' : 'Stage'} | ${counted.map((i) => cell(i.name[lang])).join(' | ')} | ${zh ? '达标项数' : 'Met'} | ${zh ? '结果' : 'Result'} |`,
    );
    out.push(`|---|---|${counted.map(() => '---').join('|')}|---|---|`);
    for (const s of assessment.sections) {
      const cells = counted.map((i) => {
        const r = s.results.find((x) => x.indicator === i.id);
        if (r === undefined) return '';
        const mark =
          r.status === 'unmet' ? (r.aboveFloor === true ? ' △' : ' ✗') : r.status === 'unknown' ? ' ?' : '';
        return `${valueText(set, r)}${mark}`;
      });
      const result = s.passed === null ? '—' : sectionLabel(s.passed)[lang];
      out.push(
        `| ${cell(s.schoolName)} | ${STAGE[s.stage][lang]} | ${cells.join(' | ')} | ${s.rule === null ? '' : `${s.metCount}/${s.rule.counted}`} | ${result} |`,
      );
    }
    out.push('');
    out.push(
      zh
        ? `✗ 未达标；△ 未达标但不低于标准的${floorPercentOf(set)}%；? 缺少数据`
        : `✗ not met; △ not met but at least ${floorPercentOf(set)} % of the standard; ? missing data`,
    );
    out.push('');
  }

  const groups: [string, readonly CountyIndicatorResult[], { zh: string; en: string }][] = [
    ['preconditions', assessment.preconditions, { zh: '申报条件', en: 'Preconditions' }],
    [
      'county',
      assessment.countyIndicators,
      {
        zh: '县级指标（政府保障程度、教育质量等）',
        en: 'County indicators (government guarantee, quality, …)',
      },
    ],
    [
      'social',
      assessment.socialRecognition === null ? [] : [assessment.socialRecognition],
      { zh: '社会认可度', en: 'Social recognition' },
    ],
    ['vetoes', assessment.vetoes, { zh: '一票否决（不予认定）情形', en: 'Vetoes' }],
  ];
  for (const [group, rows, title] of groups) {
    if (rows.length === 0) continue;
    out.push(`## ${title[lang]}`);
    out.push('');
    out.push(
      zh ? '| 指标 | 值 | 标准 | 结果 | 说明 |' : '| Indicator | Value | Threshold | Result | Detail |',
    );
    out.push('|---|---|---|---|---|');
    for (const r of rows) out.push(countyRow(set, r, lang, group === 'vetoes'));
    out.push('');
  }

  const gaps = options.gaps;
  if (
    gaps !== undefined &&
    (gaps.indicators.length > 0 || gaps.levelling.length > 0 || gaps.sections.length > 0)
  ) {
    out.push(zh ? '## 达标差距测算' : '## What it would take');
    out.push('');
    const schoolName = (id: string): string =>
      assessment.sections.find((x) => x.schoolId === id)?.schoolName ?? id;
    for (const fix of gaps.sections) {
      const items = fix.fixes
        .map(
          (f) =>
            `${indicatorName(set, f.indicator, lang)} ${zh ? (f.target === 'floor' ? `达到标准的${floorPercentOf(set)}%` : '达标') : f.target === 'floor' ? `to ${floorPercentOf(set)} % of the standard` : 'to the standard'}${zh ? '（+' : ' (+'}${formatDecimal(f.change, 2)}${zh ? '）' : ')'}`,
        )
        .join(zh ? '；' : '; ');
      out.push(
        zh
          ? `- ${cell(schoolName(fix.schoolId))}（${STAGE[fix.stage][lang]}）最低整改方案：${items}`
          : `- ${cell(schoolName(fix.schoolId))} (${STAGE[fix.stage][lang]}) cheapest fix: ${items}`,
      );
    }
    for (const gap of gaps.indicators) {
      out.push(
        `- ${cell(schoolName(gap.schoolId))}${gap.stage === undefined ? '' : zh ? `（${STAGE[gap.stage as 'primary' | 'junior'][lang]}）` : ` (${STAGE[gap.stage as 'primary' | 'junior'][lang]})`} ${indicatorName(set, gap.indicator, lang)}${zh ? '：' : ': '}${zh ? gap.explanation.zh : gap.explanation.en}`,
      );
    }
    for (const plan of gaps.levelling) {
      out.push(
        zh
          ? `- ${STAGE[plan.stage].zh}${indicatorName(set, plan.indicator, lang)}差异系数 ${formatDecimal(plan.cvBefore, 3)}：将低于 ${formatDecimal(plan.floor, 4)} 的 ${plan.additions.length} 所学校补足到该水平，共需 ${formatDecimal(plan.totalAddition, 2)}，差异系数降至 ${formatDecimal(plan.cvAfter, 3)}`
          : `- ${STAGE[plan.stage].en} ${indicatorName(set, plan.indicator, lang)} CV ${formatDecimal(plan.cvBefore, 3)}: raising the ${plan.additions.length} schools below ${formatDecimal(plan.floor, 4)} to that level takes ${formatDecimal(plan.totalAddition, 2)} in all and brings the CV to ${formatDecimal(plan.cvAfter, 3)}`,
      );
    }
    out.push('');
  }

  if (assessment.excluded.length > 0) {
    out.push(zh ? '## 未纳入计算的学校' : '## Schools left out');
    out.push('');
    for (const e of assessment.excluded)
      out.push(
        zh
          ? `- ${cell(e.schoolName)}（${e.schoolId}）：${e.explanation.zh}`
          : `- ${cell(e.schoolName)} (${e.schoolId}): ${e.explanation.en}`,
      );
    out.push('');
  }
  if (assessment.warnings.length > 0) {
    out.push(zh ? '## 数据提示' : '## Data warnings');
    out.push('');
    for (const w of assessment.warnings) out.push(`- ${w.path.join('.')}: ${zh ? w.zh : w.en}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
