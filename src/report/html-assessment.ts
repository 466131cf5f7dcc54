/**
 * The assessment sections of the HTML report: a compulsory-education county (CVs against their
 * limits, the school × indicator grid, a chart per indicator and stage, the county indicators,
 * gaps and exclusions) and a preschool county (the county indicators, the kindergarten ×
 * indicator grid, a chart per indicator, compliance counts and gaps).
 * @module
 * @internal
 */
import type { CompulsoryAssessment } from '../assess/county.js';
import { comparatorSymbol } from '../assess/exact.js';
import { exactFractionOf, exactValueOf, explainResult } from '../assess/explain.js';
import type { CompulsoryGaps } from '../assess/gap.js';
import type { PreschoolGaps } from '../assess/preschool-gap.js';
import type { ComplianceTally, PreschoolAssessment } from '../assess/preschool-types.js';
import type { CountyIndicatorResult, Figure, IndicatorResult } from '../assess/types.js';
import type { IndicatorSet } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';
import {
  comparisonHeadings,
  comparisonTexts,
  INFORMATIONAL_COMPOSITE_HEADING,
  roundingPlaces,
} from './cv-figures.js';
import { floorPercentOf, formatDecimal, type Lang } from './format.js';
import {
  esc,
  figure,
  indicatorOf,
  list,
  markOf,
  nameOf,
  numberText,
  placesOf,
  statusHtml,
  table,
  thresholdText,
  valueText,
  verdictHtml,
  words,
} from './html-common.js';
import { decimalString } from './json.js';
import { STAGE_LABELS, sectionLabel } from './labels.js';
import {
  type CvRow,
  cvLimitsChart,
  type GridRow,
  indicatorValuesChart,
  type MarkStatus,
  schoolGridChart,
  type ValueBar,
} from './svg/charts.js';

type StageKey = keyof typeof STAGE_LABELS;

/**
 * The county mean of results that carry their fraction: Σ numerators ÷ Σ denominators × scale
 * (the enrolment-weighted mean, as for the CV); null when some result lacks one.
 */
function pooledMean(results: readonly IndicatorResult[]): Decimal | null {
  let num = new Decimal(0);
  let den = new Decimal(0);
  let scale: Decimal | null = null;
  for (const r of results) {
    const fraction = exactFractionOf(r);
    if (fraction === null) return null;
    if (scale === null) scale = fraction.scale;
    else if (!scale.eq(fraction.scale)) return null;
    num = num.plus(fraction.numerator);
    den = den.plus(fraction.denominator);
  }
  if (scale === null || den.lte(0)) return null;
  return num.div(den).times(scale);
}

function countyTable(
  set: IndicatorSet,
  rows: readonly CountyIndicatorResult[],
  lang: Lang,
  vetoList = false,
): string {
  return table(
    [
      words(lang, '指标', 'Indicator'),
      words(lang, '值', 'Value'),
      words(lang, '标准', 'Standard'),
      words(lang, '结果', 'Result'),
      words(lang, '说明', 'Detail'),
    ],
    rows.map((r) => [
      `${esc(nameOf(set, r.indicator, lang))}${r.veto ? words(lang, '（否决项）', ' (veto)') : ''}${r.advisory ? words(lang, '（参考）', ' (advisory)') : ''}`,
      esc(valueText(set, r)),
      esc(thresholdText(set, r)),
      statusHtml(r.status, lang, null, vetoList),
      esc(explainResult(r)[lang]),
    ]),
    [1],
  );
}

function reasonsHtml(
  reasons: readonly {
    /** English. */ readonly en: string;
    /** Chinese. */ readonly zh: string;
  }[],
  lang: Lang,
): string {
  if (reasons.length === 0) return '';
  return `<h4>${words(lang, '未达到评估标准或无法判定的原因', 'Reasons')}</h4>${list(reasons.map((r) => r[lang]))}`;
}

function warningsHtml(
  warnings: readonly {
    /** Where. */ readonly path: readonly (string | number)[];
    /** English. */ readonly en: string;
    /** Chinese. */ readonly zh: string;
  }[],
  lang: Lang,
): string {
  if (warnings.length === 0) return '';
  return `<h3>${words(lang, '数据提示', 'Data warnings')}</h3>${list(warnings.map((w) => `${w.path.join('.')}: ${w[lang]}`))}`;
}

/** One chart per indicator of results grouped by institution. */
function valueCharts(
  set: IndicatorSet,
  groups: readonly { readonly label: string; readonly results: readonly IndicatorResult[] }[],
  indicatorIds: readonly string[],
  prefix: string,
  meanOf: (id: string) => Figure | null,
  lang: Lang,
): string[] {
  const out: string[] = [];
  for (const id of indicatorIds) {
    const indicator = indicatorOf(set, id);
    const bars: ValueBar[] = [];
    const shown: IndicatorResult[] = [];
    for (const g of groups) {
      const r = g.results.find((x) => x.indicator === id);
      if (r === undefined || r.status === 'not-applicable') continue;
      if (r.value === null && r.status !== 'unknown') continue;
      // The exact value, so that the bar's label rounds what the decision was taken on.
      bars.push({ label: g.label, value: exactValueOf(r), status: markOf(r) });
      shown.push(r);
    }
    if (bars.length === 0) continue;
    const withThreshold = shown.find((r) => r.threshold !== null);
    const threshold = withThreshold?.threshold ?? null;
    const floorRatio = set.rules.floorRatio;
    const floor =
      threshold !== null &&
      floorRatio !== undefined &&
      indicator?.countsTowardsMinMet === true &&
      withThreshold?.comparator === 'gte'
        ? new Decimal(threshold).times(floorRatio)
        : null;
    const valued = shown.filter((r) => r.value !== null);
    const mean = meanOf(id) ?? (valued.length === 0 ? null : pooledMean(valued));
    const name = nameOf(set, id, lang);
    const title = `${prefix}${name}`;
    out.push(
      figure(
        title,
        indicatorValuesChart(
          {
            title,
            unit: indicator?.unit?.[lang] ?? '',
            places: placesOf(set, id),
            comparator: withThreshold === undefined ? '' : comparatorSymbol(withThreshold.comparator),
            threshold,
            floor,
            mean,
            bars,
          },
          lang,
        ),
      ),
    );
  }
  return out;
}

function stageWords(stage: StageKey, lang: Lang): string {
  return STAGE_LABELS[stage][lang];
}

function rowLabel(name: string, stage: StageKey, lang: Lang): string {
  return lang === 'zh' ? `${name}（${stageWords(stage, lang)}）` : `${name} (${stageWords(stage, lang)})`;
}

/**
 * The section of one compulsory-education county.
 * @internal
 */
export function compulsorySection(
  id: string,
  assessment: CompulsoryAssessment,
  set: IndicatorSet,
  gaps: CompulsoryGaps | undefined,
  lang: Lang,
): string {
  const zh = lang === 'zh';
  const out: string[] = [];
  out.push(
    `<section id="${esc(id)}" class="report-section"><h2>${esc(zh ? `${assessment.county.name}（${assessment.county.code}）${set.name.zh}` : `${assessment.county.name} (${assessment.county.code}) — ${set.name.en}`)}</h2>`,
  );
  out.push(
    `<p class="meta">${esc(
      zh
        ? `评估年度：${assessment.year}　指标体系：${assessment.set}（${assessment.setVersion}）　学校（学段）${assessment.sections.length} 个，未纳入计算 ${assessment.excluded.length} 所`
        : `Year: ${assessment.year} · Indicator set: ${assessment.set} (${assessment.setVersion}) · ${assessment.sections.length} school sections, ${assessment.excluded.length} schools left out`,
    )}</p>`,
  );
  out.push(verdictHtml(assessment.status, lang), reasonsHtml(assessment.reasons, lang));

  // Coefficients of variation.
  const cvRows: CvRow[] = assessment.variation.map((v) => ({
    label: `${stageWords(v.stage, lang)} ${nameOf(set, v.indicator, lang)}`,
    cv: v.cv,
    limit: v.limit,
    status:
      v.status === 'met'
        ? 'met'
        : v.status === 'unmet'
          ? 'unmet'
          : v.status === 'unknown'
            ? 'unknown'
            : 'measured',
  }));
  for (const c of assessment.composite ?? []) {
    cvRows.push({
      label: `${stageWords(c.stage, lang)} ${words(lang, '综合差异系数', 'composite CV')}`,
      cv: c.cv,
      limit: c.limit,
      status: c.status === 'met' ? 'met' : c.status === 'unmet' ? 'unmet' : 'unknown',
    });
  }
  if (cvRows.length > 0) {
    const title = words(
      lang,
      '校际差异系数与标准',
      'Inter-school coefficients of variation against their limits',
    );
    out.push(`<h3>${esc(title)}</h3>`, figure(title, cvLimitsChart(title, cvRows, lang)));
    const places = roundingPlaces(assessment);
    const both = (e: Parameters<typeof comparisonTexts>[0]): string[] =>
      places === null ? [] : comparisonTexts(e, lang).map(esc);
    out.push(
      `<details${places === null ? '' : ' open'}><summary>${words(lang, '差异系数表', 'Table of CVs')}</summary>${table(
        [
          words(lang, '学段', 'Stage'),
          words(lang, '指标', 'Indicator'),
          words(lang, '差异系数', 'CV'),
          words(lang, '均值', 'Mean'),
          words(lang, '标准', 'Limit'),
          words(lang, '结果', 'Result'),
          ...(places === null ? [] : comparisonHeadings(places, lang).map(esc)),
        ],
        [
          ...assessment.variation.map((v) => [
            esc(stageWords(v.stage, lang)),
            esc(nameOf(set, v.indicator, lang)),
            formatDecimal(v.cv, 3),
            esc(numberText(v.mean, placesOf(set, v.indicator))),
            v.limit === null ? '' : `≤ ${formatDecimal(v.limit, 2)}`,
            statusHtml(v.status, lang),
            ...both(v),
          ]),
          ...(assessment.composite ?? []).map((c) => [
            esc(stageWords(c.stage, lang)),
            words(lang, '综合差异系数', 'composite CV'),
            formatDecimal(c.cv, 3),
            '',
            `≤ ${formatDecimal(c.limit, 2)}`,
            statusHtml(c.status, lang),
            ...both(c),
          ]),
        ],
        [2, 3],
      )}${
        places === null
          ? ''
          : `<p class="note">${esc(
              words(
                lang,
                `本指标体系按差异系数保留 ${places} 位小数（四舍五入）后与标准比较，"结果"列据此判定；"精确比较"列为按精确值比较的结果。`,
                `This set compares each CV rounded half up to ${places} decimals; the Result column follows it, and the Exact comparison column compares the exact CV.`,
              ),
            )}</p>`
      }</details>`,
    );
  }
  const informational = assessment.informationalComposite ?? [];
  if (informational.length > 0) {
    out.push(
      `<h3>${esc(INFORMATIONAL_COMPOSITE_HEADING[lang])}</h3>`,
      table(
        [
          words(lang, '学段', 'Stage'),
          words(lang, '综合差异系数', 'Composite CV'),
          words(lang, '计入的差异系数', 'CVs averaged'),
          words(lang, '说明', 'Note'),
        ],
        informational.map((c) => [
          esc(stageWords(c.stage, lang)),
          formatDecimal(c.cv, 3),
          String(c.components.length),
          esc(words(lang, '仅供参考，不作判定依据', 'for information only; no verdict')),
        ]),
        [1, 2],
      ),
      `<p class="note">${esc(informational[0]?.note[lang] ?? '')}</p>`,
    );
  }

  // The school × indicator grid.
  const columns = set.indicators.filter(
    (i) =>
      i.scope === 'institution' &&
      assessment.sections.some((s) => s.results.some((r) => r.indicator === i.id)),
  );
  if (assessment.sections.length > 0 || assessment.excluded.length > 0) {
    const rows: GridRow[] = assessment.sections.map((s) => ({
      label: rowLabel(s.schoolName, s.stage, lang),
      cells: columns.map((c) => {
        const r = s.results.find((x) => x.indicator === c.id);
        if (r === undefined) return { status: 'excluded' as const, text: '' };
        return { status: markOf(r), text: `${valueText(set, r)} (${thresholdText(set, r)})` };
      }),
      summary:
        s.rule === null
          ? s.passed === null
            ? '—'
            : sectionLabel(s.passed)[lang]
          : `${s.metCount}/${s.rule.counted} ${s.passed === null ? '?' : s.passed ? '✓' : '✗'}`,
      status: s.passed === false ? 'unmet' : s.passed === null ? 'unknown' : 'met',
    }));
    for (const e of assessment.excluded) {
      rows.push({
        label: e.schoolName,
        cells: columns.map(() => ({ status: 'excluded' as const, text: e.explanation[lang] })),
        summary: words(lang, '未纳入', 'left out'),
        status: 'excluded',
      });
    }
    const title = words(lang, '学校 × 指标达标情况', 'Schools × indicators');
    out.push(
      `<h3>${esc(title)}</h3>`,
      figure(
        title,
        schoolGridChart(
          title,
          columns.map((c) => c.name[lang]),
          rows,
          lang,
        ),
      ),
    );
    if (set.rules.minMet !== undefined) {
      out.push(
        `<p class="note">${esc(
          zh
            ? `每所学校（学段）至少 ${set.rules.minMet} 项达标，且未达标的指标不低于标准的 ${floorPercentOf(set)}%。`
            : `Each school section meets at least ${set.rules.minMet} indicators, and every unmet one reaches at least ${floorPercentOf(set)} % of its standard.`,
        )}</p>`,
      );
    }
    const valueRows = assessment.sections.map((s) => [
      esc(s.schoolName),
      esc(stageWords(s.stage, lang)),
      ...columns.map((c) => {
        const r = s.results.find((x) => x.indicator === c.id);
        if (r === undefined) return '';
        const mark =
          r.status === 'unmet' ? (r.aboveFloor === true ? ' △' : ' ✗') : r.status === 'unknown' ? ' ?' : '';
        return `${esc(valueText(set, r))}${mark}`;
      }),
      s.rule === null ? '' : `${s.metCount}/${s.rule.counted}`,
      s.passed === null ? '—' : statusHtml(s.passed ? 'passed' : 'failed', lang),
    ]);
    out.push(
      `<details><summary>${words(lang, '各校指标值（表）', 'Values per school (table)')}</summary>${table(
        [
          words(lang, '学校', 'School'),
          words(lang, '学段', 'Stage'),
          ...columns.map((c) => esc(`${c.name[lang]}${c.unit === undefined ? '' : ` (${c.unit[lang]})`}`)),
          words(lang, '达标项数', 'Met'),
          words(lang, '结果', 'Result'),
        ],
        valueRows,
        columns.map((_, i) => i + 2),
      )}<p class="note">${words(lang, `✗ 未达标；△ 未达标但不低于标准的${floorPercentOf(set)}%；? 缺少数据`, `✗ not met; △ not met but at least ${floorPercentOf(set)} % of the standard; ? missing data`)}</p></details>`,
    );
  }

  // One chart per indicator and stage, then per school-level indicator.
  const charts: string[] = [];
  for (const stage of ['primary', 'junior'] as const) {
    const sections = assessment.sections.filter((s) => s.stage === stage);
    if (sections.length === 0) continue;
    charts.push(
      ...valueCharts(
        set,
        sections.map((s) => ({ label: s.schoolName, results: s.results })),
        columns.map((c) => c.id),
        `${stageWords(stage, lang)} · `,
        (indicator) =>
          assessment.variation.find((v) => v.indicator === indicator && v.stage === stage)?.mean ?? null,
        lang,
      ),
    );
  }
  const schoolIndicators = set.indicators
    .filter(
      (i) =>
        i.scope === 'institution' &&
        !columns.includes(i) &&
        assessment.schools.some((s) => s.results.some((r) => r.indicator === i.id)),
    )
    .map((i) => i.id);
  charts.push(
    ...valueCharts(
      set,
      assessment.schools.map((s) => ({ label: s.schoolName, results: s.results })),
      schoolIndicators,
      words(lang, '全校 · ', 'whole school · '),
      () => null,
      lang,
    ),
  );
  if (charts.length > 0) {
    out.push(
      `<h3>${words(lang, '各指标学校分布', 'Schools per indicator')}</h3><div class="charts">${charts.join('')}</div>`,
    );
  }

  const groups: [readonly CountyIndicatorResult[], string][] = [
    [assessment.preconditions, words(lang, '申报条件', 'Preconditions')],
    [
      assessment.countyIndicators,
      words(
        lang,
        '县级指标（政府保障程度、教育质量等）',
        'County indicators (government guarantee, quality, …)',
      ),
    ],
    [
      assessment.socialRecognition === null ? [] : [assessment.socialRecognition],
      words(lang, '社会认可度', 'Social recognition'),
    ],
    [assessment.vetoes, words(lang, '一票否决（不予认定）情形', 'Vetoes')],
  ];
  for (const [rows, title] of groups) {
    if (rows.length > 0)
      out.push(`<h3>${esc(title)}</h3>`, countyTable(set, rows, lang, rows === assessment.vetoes));
  }

  if (gaps !== undefined) {
    const schoolName = (sid: string): string =>
      assessment.sections.find((x) => x.schoolId === sid)?.schoolName ?? sid;
    const lines: string[] = [];
    for (const fix of gaps.sections) {
      const items = fix.fixes
        .map(
          (f) =>
            `${nameOf(set, f.indicator, lang)} ${zh ? (f.target === 'floor' ? `达到标准的${floorPercentOf(set)}%` : '达标') : f.target === 'floor' ? `to ${floorPercentOf(set)} % of the standard` : 'to the standard'}（+${formatDecimal(f.change, 2)}）`,
        )
        .join(zh ? '；' : '; ');
      lines.push(
        `${schoolName(fix.schoolId)}（${stageWords(fix.stage, lang)}）${zh ? '最低整改方案' : ' cheapest fix'}：${items}`,
      );
    }
    for (const gap of gaps.indicators) {
      const stage =
        gap.stage === 'primary' || gap.stage === 'junior' ? `（${stageWords(gap.stage, lang)}）` : '';
      lines.push(
        `${schoolName(gap.schoolId)}${stage} ${nameOf(set, gap.indicator, lang)}：${gap.explanation[lang]}`,
      );
    }
    for (const plan of gaps.levelling) {
      lines.push(
        zh
          ? `${stageWords(plan.stage, lang)}${nameOf(set, plan.indicator, lang)}差异系数 ${formatDecimal(plan.cvBefore, 3)}：将低于 ${formatDecimal(plan.floor, 4)} 的 ${plan.additions.length} 所学校补足到该水平，共需 ${formatDecimal(plan.totalAddition, 2)}，差异系数降至 ${formatDecimal(plan.cvAfter, 3)}`
          : `${stageWords(plan.stage, lang)} ${nameOf(set, plan.indicator, lang)} CV ${formatDecimal(plan.cvBefore, 3)}: raising the ${plan.additions.length} schools below ${formatDecimal(plan.floor, 4)} to that level takes ${formatDecimal(plan.totalAddition, 2)} in all and brings the CV to ${formatDecimal(plan.cvAfter, 3)}`,
      );
    }
    if (lines.length > 0)
      out.push(`<h3>${words(lang, '达标差距测算', 'What it would take')}</h3>`, list(lines));
  }

  if (assessment.excluded.length > 0) {
    out.push(
      `<h3>${words(lang, '未纳入计算的学校', 'Schools left out')}</h3>`,
      list(assessment.excluded.map((e) => `${e.schoolName}（${e.schoolId}）：${e.explanation[lang]}`)),
    );
  }
  out.push(warningsHtml(assessment.warnings, lang), '</section>');
  return out.join('');
}

const ASPECTS: readonly [string, string, string][] = [
  ['access', '普及普惠水平', 'Access (universal and inclusive)'],
  ['government-guarantee', '政府保障情况', 'Government guarantee'],
  ['care-quality', '幼儿园保教质量保障情况', 'Care and education quality'],
];

// A percentage from its exact fraction of counts, to 2 decimals; — when nothing is counted.
function percentOf(part: number, whole: number): string {
  return whole === 0 ? '—' : `${formatDecimal(new Decimal(part).times(100).div(whole), 2)}%`;
}

function tallyText(t: ComplianceTally, lang: Lang): string {
  const share = t.share === null ? '—' : percentOf(t.compliant, t.applicable);
  return lang === 'zh'
    ? `${t.compliant} / ${t.applicable}（${share}）${t.unknown > 0 ? `，${t.unknown} 所缺少数据` : ''}`
    : `${t.compliant} of ${t.applicable} (${share})${t.unknown > 0 ? `, ${t.unknown} missing data` : ''}`;
}

/**
 * The section of one preschool county.
 * @internal
 */
export function preschoolSection(
  id: string,
  assessment: PreschoolAssessment,
  set: IndicatorSet,
  gaps: PreschoolGaps | undefined,
  lang: Lang,
): string {
  const zh = lang === 'zh';
  const t = assessment.totals;
  const out: string[] = [];
  out.push(
    `<section id="${esc(id)}" class="report-section"><h2>${esc(zh ? `${assessment.county.name}（${assessment.county.code}）${set.name.zh}` : `${assessment.county.name} (${assessment.county.code}) — ${set.name.en}`)}</h2>`,
    `<p class="meta">${esc(
      zh
        ? `评估年度：${assessment.year}　指标体系：${assessment.set}（${assessment.setVersion}）　幼儿园 ${t.kindergartens} 所，在园幼儿 ${decimalString(t.children)} 人，学前三年适龄人口 ${t.populationAged3to5 === null ? '未提供' : `${decimalString(t.populationAged3to5)} 人`}${t.attachedClasses.count > 0 ? `，小学附设幼儿班 ${t.attachedClasses.count} 个（幼儿 ${decimalString(t.attachedClasses.children)} 人）` : ''}`
        : `Year: ${assessment.year} · Indicator set: ${assessment.set} (${assessment.setVersion}) · ${t.kindergartens} kindergartens, ${decimalString(t.children)} children, population aged 3–5: ${t.populationAged3to5 === null ? 'not given' : decimalString(t.populationAged3to5)}${t.attachedClasses.count > 0 ? ` · ${t.attachedClasses.count} preschool classes attached to primary schools (${decimalString(t.attachedClasses.children)} children)` : ''}`,
    )}</p>`,
    verdictHtml(assessment.status, lang),
    reasonsHtml(assessment.reasons, lang),
  );
  for (const [aspect, titleZh, titleEn] of ASPECTS) {
    const rows = assessment.countyIndicators.filter((r) => r.aspect === aspect);
    if (rows.length > 0) out.push(`<h3>${words(lang, titleZh, titleEn)}</h3>`, countyTable(set, rows, lang));
  }
  const others = assessment.countyIndicators.filter((r) => !ASPECTS.some(([a]) => a === r.aspect));
  if (others.length > 0)
    out.push(`<h3>${words(lang, '其他指标', 'Other indicators')}</h3>`, countyTable(set, others, lang));
  if (assessment.socialRecognition !== null) {
    out.push(
      `<h3>${words(lang, '社会认可度', 'Social recognition')}</h3>`,
      countyTable(set, [assessment.socialRecognition], lang),
    );
  }
  if (assessment.vetoes.length > 0)
    out.push(
      `<h3>${words(lang, '一票否决（不予认定）情形', 'Vetoes')}</h3>`,
      countyTable(set, assessment.vetoes, lang, true),
    );

  if (assessment.kindergartens.length > 0) {
    const ids: string[] = [];
    for (const k of assessment.kindergartens)
      for (const r of k.results)
        if (r.status !== 'not-applicable' && !ids.includes(r.indicator)) ids.push(r.indicator);
    const rows: GridRow[] = assessment.kindergartens.map((k) => ({
      label: k.kindergartenName,
      cells: ids.map((iid) => {
        const r = k.results.find((x) => x.indicator === iid);
        if (r === undefined) return { status: 'excluded' as MarkStatus, text: '' };
        return { status: markOf(r), text: `${valueText(set, r)} (${thresholdText(set, r)})` };
      }),
      summary: k.compliance.all === 'compliant' ? '✓' : k.compliance.all === 'non-compliant' ? '✗' : '?',
      status:
        k.compliance.all === 'non-compliant' ? 'unmet' : k.compliance.all === 'compliant' ? 'met' : 'unknown',
    }));
    const title = words(lang, '幼儿园 × 指标达标情况', 'Kindergartens × indicators');
    out.push(
      `<h3>${esc(title)}</h3>`,
      figure(
        title,
        schoolGridChart(
          title,
          ids.map((iid) => nameOf(set, iid, lang)),
          rows,
          lang,
        ),
      ),
    );
    const charts = valueCharts(
      set,
      assessment.kindergartens.map((k) => ({ label: k.kindergartenName, results: k.results })),
      ids,
      '',
      () => null,
      lang,
    );
    if (charts.length > 0)
      out.push(
        `<h3>${words(lang, '各指标幼儿园分布', 'Kindergartens per indicator')}</h3><div class="charts">${charts.join('')}</div>`,
      );

    const c = assessment.compliance;
    const share =
      c.classes.share === null ? '—' : percentOf(c.classes.within, c.classes.within + c.classes.over);
    out.push(
      `<h3>${words(lang, '达标幼儿园与班级', 'Compliant kindergartens and classes')}</h3>`,
      list([
        `${words(lang, '园舍生均面积全部达标：', 'Premises norms all met: ')}${tallyText(c.premises, lang)}`,
        `${words(lang, '班额全部达标：', 'Every class within its cap: ')}${tallyText(c.classSizes, lang)}`,
        `${words(lang, '生师比达标：', 'Children per teacher within the limit: ')}${tallyText(c.staffing, lang)}`,
        `${words(lang, '园长、专任教师全部持证：', 'Directors and teachers all certified: ')}${tallyText(c.certified, lang)}`,
        `${words(lang, '以上全部达标：', 'All of these: ')}${tallyText(c.all, lang)}`,
        zh
          ? `班级：共 ${c.classes.total} 个，班额达标 ${c.classes.within} 个，超额 ${c.classes.over} 个（达标比例 ${share}）`
          : `Classes: ${c.classes.total} in all, ${c.classes.within} within their cap, ${c.classes.over} over (${share} within)`,
      ]),
    );
  }

  if (gaps !== undefined) {
    const lines: string[] = [];
    const colon = zh ? '：' : ': ';
    for (const gap of [gaps.grossEnrolment, gaps.publicShare, gaps.inclusiveCoverage, gaps.teachers]) {
      if (gap !== null) lines.push(`${nameOf(set, gap.indicator, lang)}${colon}${gap.explanation[lang]}`);
    }
    if (gaps.classes !== null)
      lines.push(`${words(lang, '班额', 'Class sizes')}${colon}${gaps.classes.explanation[lang]}`);
    if (gaps.certification !== null) {
      lines.push(
        zh
          ? `持证上岗：未持证专任教师 ${decimalString(gaps.certification.teachers)} 人，未持证园长 ${decimalString(gaps.certification.directors)} 人`
          : `Certification: ${decimalString(gaps.certification.teachers)} teachers and ${decimalString(gaps.certification.directors)} directors without a certificate`,
      );
    }
    for (const p of gaps.premises) {
      lines.push(
        zh
          ? `${p.kindergartenId} ${nameOf(set, p.indicator, lang)}：缺 ${formatDecimal(p.shortfall, 2)} 平方米（需 ${formatDecimal(p.required, 2)}，现有 ${formatDecimal(p.area, 2)}）`
          : `${p.kindergartenId} ${nameOf(set, p.indicator, lang)}: ${formatDecimal(p.shortfall, 2)} m² short (needs ${formatDecimal(p.required, 2)}, has ${formatDecimal(p.area, 2)})`,
      );
    }
    if (lines.length > 0)
      out.push(`<h3>${words(lang, '达标差距测算', 'What it would take')}</h3>`, list(lines));
  }
  if (assessment.flags.length > 0)
    out.push(`<h3>${words(lang, '提示', 'Flags')}</h3>`, list(assessment.flags.map((f) => f[lang])));
  out.push(warningsHtml(assessment.warnings, lang), '</section>');
  return out.join('');
}
