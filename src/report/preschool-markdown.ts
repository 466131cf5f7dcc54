/**
 * The Markdown rendering of a preschool assessment (学前教育普及普惠督导评估报告), in Chinese or
 * English. Numbers are rounded here and only here: percentages to 2 decimals.
 * @module
 */

import { comparatorSymbol } from '../assess/exact.js';
import { exactValueOf, explainResult } from '../assess/explain.js';
import { expectPreschoolAssessment, expectPreschoolGaps } from '../assess/guards.js';
import type { PreschoolGaps } from '../assess/preschool-gap.js';
import type {
  ComplianceTally,
  KindergartenAssessment,
  KindergartenCountShare,
  PreschoolAssessment,
} from '../assess/preschool-types.js';
import type { CountyIndicatorResult, Figure, IndicatorResult } from '../assess/types.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import type { IndicatorSet } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';
import type { KindergartenOwnership } from '../schema/preschool.js';
import { formatDecimal, type Lang, placesForUnit } from './format.js';
import { reportOptionsOf } from './guards.js';
import { decimalString } from './json.js';
import { rowStatusLabel, STATUS_LABELS } from './labels.js';

const STATUS = STATUS_LABELS;

const OWNERSHIP: Record<KindergartenOwnership, { zh: string; en: string }> = {
  'public-education': { zh: '教育部门办', en: 'public (education dept.)' },
  'public-other': { zh: '其他公办性质', en: 'public (other body)' },
  'private-inclusive': { zh: '普惠性民办', en: 'inclusive private' },
  'private-other': { zh: '非普惠性民办', en: 'other private' },
};

const ASPECTS: readonly [string, { zh: string; en: string }][] = [
  ['access', { zh: '普及普惠水平', en: 'Access (universal and inclusive)' }],
  ['government-guarantee', { zh: '政府保障情况', en: 'Government guarantee' }],
  ['care-quality', { zh: '幼儿园保教质量保障情况', en: 'Care and education quality' }],
];

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function name(set: IndicatorSet, id: string, lang: Lang): string {
  return set.indicators.find((i) => i.id === id)?.name[lang] ?? id;
}

function number(value: Figure | Decimal | null | undefined, places: number): string {
  if (value !== null && value !== undefined && !new Decimal(value).isFinite()) return '∞';
  return formatDecimal(value, places);
}

// A percentage from its exact fraction of counts, to 2 decimals; — when nothing is counted.
function percentOf(part: number, whole: number): string {
  return whole === 0 ? '—' : `${formatDecimal(new Decimal(part).times(100).div(whole), 2)}%`;
}

function share(s: KindergartenCountShare): string {
  return s.value === null ? '—' : percentOf(s.numerator, s.denominator);
}

function placesOf(set: IndicatorSet, id: string): number {
  return placesForUnit(set.indicators.find((i) => i.id === id)?.unit?.en);
}

function valueText(set: IndicatorSet, r: IndicatorResult): string {
  if (r.value === null) return r.basis === 'judgement' || r.basis === 'veto' ? '' : '—';
  // Rounded from the exact value the decision was taken on.
  return number(exactValueOf(r), placesOf(set, r.indicator));
}

function thresholdText(r: IndicatorResult): string {
  return r.threshold === null ? '' : `${comparatorSymbol(r.comparator)} ${decimalString(r.threshold)}`.trim();
}

function countyRows(
  set: IndicatorSet,
  rows: readonly CountyIndicatorResult[],
  lang: Lang,
  vetoList = false,
): string[] {
  const out = [
    lang === 'zh'
      ? '| 指标 | 值 | 标准 | 结果 | 说明 |'
      : '| Indicator | Value | Standard | Result | Detail |',
    '|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const basis = r.basis === 'fact' ? (lang === 'zh' ? '（县级材料）' : ' (county fact)') : '';
    out.push(
      `| ${cell(name(set, r.indicator, lang))} | ${valueText(set, r)} | ${thresholdText(r)} | ${rowStatusLabel(r.status, vetoList)[lang]} | ${cell(explainResult(r)[lang])}${basis} |`,
    );
  }
  return out;
}

function tallyText(t: ComplianceTally, lang: Lang): string {
  const share = t.share === null ? '—' : percentOf(t.compliant, t.applicable);
  return lang === 'zh'
    ? `${t.compliant} / ${t.applicable}（${share}）${t.unknown > 0 ? `，${t.unknown} 所缺少数据` : ''}`
    : `${t.compliant} of ${t.applicable} (${share})${t.unknown > 0 ? `, ${t.unknown} missing data` : ''}`;
}

function kgValue(set: IndicatorSet, k: KindergartenAssessment, metric: string): string {
  const indicator = set.indicators.find((i) => i.metric === metric);
  const r = indicator === undefined ? undefined : k.results.find((x) => x.indicator === indicator.id);
  if (r === undefined || r.status === 'not-applicable') return '';
  if (r.status === 'unknown') return '?';
  return `${valueText(set, r)}${r.status === 'unmet' ? ' ✗' : ''}`;
}

/**
 * Renders a preschool assessment as Markdown (学前教育督导评估报告): the verdict and its reasons,
 * the access, government-guarantee and care-quality indicators, social recognition, vetoes, every
 * kindergarten, the counts of compliant kindergartens and classes, the gaps (when given), flags
 * and data warnings. Percentages are shown to 2 decimals; the by-kindergarten shares are labelled
 * as such.
 * @category Reports
 * @param assessment - the assessment, from `assessPreschool`
 * @param set - the set it was made with (for names and units)
 * @param options - `lang`: `zh` (default) or `en`; `gaps`: what it would take (from `preschoolGaps`), rendered when given
 * @returns a Markdown document
 * @example
 * ```ts
 * const md = renderPreschoolMarkdown(assessPreschool(dataset, preschool2020), preschool2020, { lang: 'en' });
 * md.startsWith('# 示例县'); //=> true
 * md.includes('| share of children in public kindergartens | 41.02 | ≥ 50 | not met |'); //=> true
 * ```
 */
export function renderPreschoolMarkdown(
  assessment: PreschoolAssessment,
  set: IndicatorSet,
  options: {
    /** Report language: `zh` (default) or `en`. */
    readonly lang?: Lang;
    /** The gaps from `preschoolGaps`, rendered when given. */
    readonly gaps?: PreschoolGaps;
  } = {},
): string {
  expectPreschoolAssessment(assessment);
  expectIndicatorSet(set);
  if (options?.gaps !== undefined) expectPreschoolGaps(options.gaps);
  const lang = reportOptionsOf(options, { gaps: 'object' }).lang;
  const zh = lang === 'zh';
  const out: string[] = [];
  out.push(
    zh
      ? `# ${assessment.county.name}（${assessment.county.code}）${set.name.zh}`
      : `# ${assessment.county.name} (${assessment.county.code}) — ${set.name.en}`,
  );
  out.push('');
  const t = assessment.totals;
  out.push(
    zh
      ? `评估年度：${assessment.year}　指标体系：${assessment.set}（${assessment.setVersion}）　幼儿园 ${t.kindergartens} 所，在园幼儿 ${decimalString(t.children)} 人，学前三年适龄人口 ${t.populationAged3to5 === null ? '未提供' : `${decimalString(t.populationAged3to5)} 人`}${t.attachedClasses.count > 0 ? `，小学附设幼儿班 ${t.attachedClasses.count} 个（幼儿 ${decimalString(t.attachedClasses.children)} 人）` : ''}`
      : `Year: ${assessment.year} · Indicator set: ${assessment.set} (${assessment.setVersion}) · ${t.kindergartens} kindergartens, ${decimalString(t.children)} children, population aged 3–5: ${t.populationAged3to5 === null ? 'not given' : decimalString(t.populationAged3to5)}${t.attachedClasses.count > 0 ? ` · ${t.attachedClasses.count} preschool classes attached to primary schools (${decimalString(t.attachedClasses.children)} children)` : ''}`,
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

  for (const [aspect, title] of ASPECTS) {
    const rows = assessment.countyIndicators.filter((r) => r.aspect === aspect);
    if (rows.length === 0) continue;
    out.push(`## ${title[lang]}`);
    out.push('');
    out.push(...countyRows(set, rows, lang));
    out.push('');
    if (aspect === 'access') {
      const { inclusiveCoverage, publicShare } = assessment.byKindergarten;
      out.push(
        zh
          ? `参考（按幼儿园数计，非官方口径；官方指标按在园幼儿数计）：普惠性幼儿园占比 ${share(inclusiveCoverage)}（${decimalString(inclusiveCoverage.numerator)}/${decimalString(inclusiveCoverage.denominator)}），公办园占比 ${share(publicShare)}（${decimalString(publicShare.numerator)}/${decimalString(publicShare.denominator)}）。`
          : `For reference, by kindergartens (not the official measure, which counts children): inclusive ${share(inclusiveCoverage)} (${decimalString(inclusiveCoverage.numerator)}/${decimalString(inclusiveCoverage.denominator)}), public ${share(publicShare)} (${decimalString(publicShare.numerator)}/${decimalString(publicShare.denominator)}).`,
      );
      out.push('');
    }
  }
  const others = assessment.countyIndicators.filter((r) => !ASPECTS.some(([a]) => a === r.aspect));
  if (others.length > 0) {
    out.push(zh ? '## 其他指标' : '## Other indicators');
    out.push('');
    out.push(...countyRows(set, others, lang));
    out.push('');
  }
  if (assessment.socialRecognition !== null) {
    out.push(zh ? '## 社会认可度' : '## Social recognition');
    out.push('');
    out.push(...countyRows(set, [assessment.socialRecognition], lang));
    out.push('');
  }
  if (assessment.vetoes.length > 0) {
    out.push(zh ? '## 一票否决（不予认定）情形' : '## Vetoes');
    out.push('');
    out.push(...countyRows(set, assessment.vetoes, lang, true));
    out.push('');
  }

  if (assessment.kindergartens.length > 0) {
    out.push(zh ? '## 幼儿园' : '## Kindergartens');
    out.push('');
    out.push(
      zh
        ? '| 幼儿园 | 办园性质 | 在园幼儿 | 班额达标班级 | 生均室外游戏场地 | 生均活动用房 | 生均园舍 | 生师比 | 规划年份 | 结果 |'
        : '| Kindergarten | Ownership | Children | Classes within cap | Outdoor m²/child | Activity m²/child | Building m²/child | Children/teacher | Planned | Result |',
    );
    out.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const k of assessment.kindergartens) {
      const ratio = kgValue(set, k, 'preschool-children-per-teacher');
      const classes =
        k.classCount.total === 0 ? '—' : `${k.classCount.within}/${k.classCount.within + k.classCount.over}`;
      const boarding = k.boarding ? (zh ? '（寄宿）' : ' (boarding)') : '';
      const result =
        k.compliance.all === 'compliant'
          ? STATUS.met[lang]
          : k.compliance.all === 'non-compliant'
            ? STATUS.unmet[lang]
            : STATUS[k.compliance.all][lang];
      out.push(
        `| ${cell(k.kindergartenName)}${boarding} | ${OWNERSHIP[k.ownership][lang]} | ${decimalString(k.children)} | ${classes} | ${kgValue(set, k, 'kindergarten-outdoor-play-area-per-child')} | ${kgValue(set, k, 'kindergarten-activity-room-area-per-child')} | ${kgValue(set, k, 'kindergarten-building-area-per-child')} | ${ratio} | ${k.plannedYear ?? '—'} | ${result} |`,
      );
    }
    out.push('');
    out.push(zh ? '✗ 未达标；? 缺少数据' : '✗ not met; ? missing data');
    out.push('');

    const c = assessment.compliance;
    out.push(zh ? '## 达标幼儿园与班级' : '## Compliant kindergartens and classes');
    out.push('');
    out.push(
      zh
        ? `- 园舍生均面积全部达标：${tallyText(c.premises, lang)}`
        : `- Premises norms all met: ${tallyText(c.premises, lang)}`,
    );
    out.push(
      zh
        ? `- 班额全部达标：${tallyText(c.classSizes, lang)}`
        : `- Every class within its cap: ${tallyText(c.classSizes, lang)}`,
    );
    out.push(
      zh
        ? `- 生师比达标：${tallyText(c.staffing, lang)}`
        : `- Children per teacher within the limit: ${tallyText(c.staffing, lang)}`,
    );
    out.push(
      zh
        ? `- 园长、专任教师全部持证：${tallyText(c.certified, lang)}`
        : `- Directors and teachers all certified: ${tallyText(c.certified, lang)}`,
    );
    out.push(zh ? `- 以上全部达标：${tallyText(c.all, lang)}` : `- All of these: ${tallyText(c.all, lang)}`);
    const share =
      c.classes.share === null ? '—' : percentOf(c.classes.within, c.classes.within + c.classes.over);
    out.push(
      zh
        ? `- 班级：共 ${c.classes.total} 个，班额达标 ${c.classes.within} 个，超额 ${c.classes.over} 个（达标比例 ${share}）`
        : `- Classes: ${c.classes.total} in all, ${c.classes.within} within their cap, ${c.classes.over} over (${share} within)`,
    );
    out.push('');
  }

  const lonely = assessment.townships.filter((x) => x.publicKindergartens === 0);
  if (lonely.length > 0) {
    out.push(zh ? '## 乡镇公办园' : '## Public kindergartens by township');
    out.push('');
    out.push(
      zh
        ? `数据中以下乡镇没有公办幼儿园（因而没有公办中心园）：${lonely.map((x) => x.township).join('、')}`
        : `These townships named in the data have no public kindergarten (so no public central kindergarten): ${lonely.map((x) => x.township).join(', ')}`,
    );
    out.push('');
  }

  const gaps = options.gaps;
  const colon = zh ? '：' : ': ';
  if (gaps !== undefined) {
    const lines: string[] = [];
    for (const gap of [gaps.grossEnrolment, gaps.publicShare, gaps.inclusiveCoverage, gaps.teachers]) {
      if (gap !== null) lines.push(`- ${name(set, gap.indicator, lang)}${colon}${gap.explanation[lang]}`);
    }
    if (gaps.classes !== null)
      lines.push(`- ${zh ? '班额' : 'Class sizes'}${colon}${gaps.classes.explanation[lang]}`);
    if (gaps.certification !== null) {
      lines.push(
        zh
          ? `- 持证上岗：未持证专任教师 ${decimalString(gaps.certification.teachers)} 人，未持证园长 ${decimalString(gaps.certification.directors)} 人`
          : `- Certification: ${decimalString(gaps.certification.teachers)} ${gaps.certification.teachers === 1 ? 'teacher' : 'teachers'} and ${decimalString(gaps.certification.directors)} ${gaps.certification.directors === 1 ? 'director' : 'directors'} without a certificate`,
      );
    }
    for (const p of gaps.premises) {
      const planning = zh
        ? p.planning === 'from-2017'
          ? '2017年及以后规划'
          : p.planning === 'before-2017'
            ? '2017年以前规划'
            : '规划年份不详'
        : p.planning === 'from-2017'
          ? 'planned in or after 2017'
          : p.planning === 'before-2017'
            ? 'planned before 2017'
            : 'planning year unknown';
      lines.push(
        zh
          ? `- ${p.kindergartenId}（${planning}）${name(set, p.indicator, lang)}：缺 ${formatDecimal(p.shortfall, 2)} 平方米（需 ${formatDecimal(p.required, 2)}，现有 ${formatDecimal(p.area, 2)}）`
          : `- ${p.kindergartenId} (${planning}) ${name(set, p.indicator, lang)}: ${formatDecimal(p.shortfall, 2)} m² short (needs ${formatDecimal(p.required, 2)}, has ${formatDecimal(p.area, 2)})`,
      );
    }
    if (lines.length > 0) {
      out.push(zh ? '## 达标差距测算' : '## What it would take');
      out.push('');
      out.push(...lines);
      out.push('');
    }
  }

  if (assessment.flags.length > 0) {
    out.push(zh ? '## 提示' : '## Flags');
    out.push('');
    for (const f of assessment.flags) out.push(`- ${zh ? f.zh : f.en}`);
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
