/**
 * Progress in words for the return-visit report (回访督导报告): one paragraph per pair of
 * assessments, and a Markdown document with readiness over time and projections. Numbers are
 * rounded here and only here: CVs to 3 decimals by default (2 on request, as in many published
 * reports), other values and percentages to 2.
 * @module
 */
import type { Figure } from '../assess/types.js';
import { dudaoError, quoteInput } from '../error.js';
import { eachOf, expectShape } from '../guard.js';
import { labelled } from '../indicators/label.js';
import type { Label } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';
import type { AssessmentComparison, ItemChange } from '../progress/compare.js';
import { expectComparison, expectTrajectory } from '../progress/guards.js';
import type { Readiness } from '../progress/readiness.js';
import type { Trajectory } from '../progress/trajectory.js';
import { formatDecimal, type Lang } from './format.js';
import { reportOptionsOf } from './guards.js';
import { STATUS_LABELS } from './labels.js';

/**
 * What the verdict of an assessment rests on, counted as the assessment decides it: every
 * county-level requirement (preconditions, county indicators, social recognition, each CV and
 * composite CV), every school section under a per-section rule (the 6-of-7 rule of 2017), and
 * every veto condition (met when it did not occur). `unmet` + `unknown` is the number of reasons
 * the assessment gives, so a county with a requirement not met never reads as complete.
 * Kindergartens are not counted: the preschool verdict rests on the county indicators.
 */
interface Requirements {
  readonly met: number;
  readonly unmet: number;
  readonly unknown: number;
  readonly counted: number;
}

function requirementsOf(r: Readiness): Requirements {
  const sections = r.sections.unit === 'section' ? r.sections : { passing: 0, failing: 0, unknown: 0 };
  const occurred = r.vetoes.triggered.length;
  const undecided = r.vetoes.unknown.length;
  const met = r.indicators.met + sections.passing + (r.vetoes.total - occurred - undecided);
  const unmet = r.indicators.unmet + sections.failing + occurred;
  const unknown = r.indicators.unknown + sections.unknown + undecided;
  return { met, unmet, unknown, counted: met + unmet + unknown };
}

// The verdict and the requirements met, with the parts they are made of.
function verdictClause(r: Readiness, change: number | null, lang: Lang): string {
  const q = requirementsOf(r);
  const zh = lang === 'zh';
  const verdict = STATUS_LABELS[r.status][lang];
  const moved =
    change === null
      ? ''
      : zh
        ? `，较上次${change > 0 ? `增加 ${change} 项` : change < 0 ? `减少 ${-change} 项` : '持平'}`
        : `, ${change > 0 ? `${change} more than last time` : change < 0 ? `${-change} fewer than last time` : 'as many as last time'}`;
  const i = r.indicators;
  const s = r.sections;
  const occurred = r.vetoes.triggered.length;
  const undecided = r.vetoes.unknown.length;
  const parts = zh
    ? [
        `县级指标 ${i.met}/${i.counted} 项`,
        ...(s.unit === 'section' && s.counted > 0 ? [`学校学段 ${s.passing}/${s.counted} 个`] : []),
        `一票否决情形出现 ${occurred} 项${undecided > 0 ? `、无法判定 ${undecided} 项` : ''}`,
      ]
    : [
        `county indicators ${i.met} of ${i.counted}`,
        ...(s.unit === 'section' && s.counted > 0 ? [`school sections ${s.passing} of ${s.counted}`] : []),
        `veto conditions occurred ${occurred}${undecided > 0 ? `, undecided ${undecided}` : ''}`,
      ];
  return zh
    ? `结论：${verdict}；评估要求达标 ${q.met}/${q.counted} 项${moved}（${parts.join('，')}）`
    : `Verdict: ${verdict}; ${q.met} of ${q.counted} requirements met${moved} (${parts.join(', ')})`;
}

/**
 * Options of {@link progressParagraph}.
 * @category Reports
 * @example
 * ```ts
 * const options: ProgressParagraphOptions = { lang: 'zh', cvPlaces: 2 };
 * ```
 */
export interface ProgressParagraphOptions {
  /** `zh` (default) or `en`. */
  readonly lang?: Lang;
  /** Decimals shown for CVs: 3 (default) or 2. When two different CVs round alike, more decimals are shown (up to 6) so that the movement stays visible. */
  readonly cvPlaces?: 2 | 3;
}

function cvPair(before: Figure, after: Figure, places: number): [string, string] {
  let p = places;
  while (p < 6 && before !== after && formatDecimal(before, p) === formatDecimal(after, p)) p += 1;
  return [formatDecimal(before, p), formatDecimal(after, p)];
}

function cvSentence(change: ItemChange, lang: Lang, places: number): string | null {
  const b = change.before;
  const a = change.after;
  if (a === null || a.value === null) return null;
  const limit = a.threshold === null ? '' : formatDecimal(a.threshold, 2);
  if (b === null || b.value === null) {
    const at = formatDecimal(a.value, places);
    if (lang === 'zh')
      return `${change.name.zh}为 ${at}，${a.met === true ? '达标' : `未达标（限值 ${limit}）`}`;
    return `${change.name.en} is ${at}, ${a.met === true ? 'met' : `not met (limit ${limit})`}`;
  }
  const [from, to] = cvPair(b.value, a.value, places);
  // The change was worked out exactly before rounding: its sign is the true direction.
  const cmp = Math.sign(change.valueChange ?? 0);
  const verdictZh =
    change.movement === 'newly-met'
      ? '已达标'
      : change.movement === 'newly-lost'
        ? `不再达标（限值 ${limit}）`
        : a.met === true
          ? '仍达标'
          : `仍未达标（限值 ${limit}）`;
  const verdictEn =
    change.movement === 'newly-met'
      ? 'now met'
      : change.movement === 'newly-lost'
        ? `no longer met (limit ${limit})`
        : a.met === true
          ? 'still met'
          : `still not met (limit ${limit})`;
  if (lang === 'zh') {
    const move = cmp < 0 ? `由 ${from} 降至 ${to}` : cmp > 0 ? `由 ${from} 升至 ${to}` : `保持 ${to}`;
    return `${change.name.zh}${move}，${verdictZh}`;
  }
  const move =
    cmp < 0 ? `fell from ${from} to ${to}` : cmp > 0 ? `rose from ${from} to ${to}` : `stayed at ${to}`;
  return `${change.name.en} ${move}, ${verdictEn}`;
}

function valuePair(change: ItemChange): string {
  const b = change.before?.value ?? null;
  const a = change.after?.value ?? null;
  if (b === null && a === null) return '';
  return `${formatDecimal(b, 2)} → ${formatDecimal(a, 2)}`;
}

function named(changes: readonly ItemChange[], lang: Lang): string {
  return changes
    .map((c) => {
      const values = valuePair(c);
      const name = lang === 'zh' ? c.name.zh : c.name.en;
      return values === '' ? name : lang === 'zh' ? `${name}（${values}）` : `${name} (${values})`;
    })
    .join(lang === 'zh' ? '、' : ', ');
}

/**
 * The paragraph on one county's progress for a return-visit report (重点指标完成情况), in
 * Chinese or English, e.g. "结论：未达到评估标准；评估要求达标 45/46 项，较上次增加 5 项（县级指标 37/38 项，
 * 学校学段 2/2 个，一票否决情形出现 0 项）；小学生均体育运动场馆面积差异系数由 0.515 降至 0.455，已达标；…".
 *
 * In order: the verdict and the requirements met, counted as the assessment decides: every
 * county-level requirement counted by {@link readiness}, every school section under the 6-of-7
 * rule and every veto condition (met when it did not occur), so a county that fails never reads
 * as complete; the change in requirements met; every CV
 * that moved in or out of its limit or is still over it; other indicators newly met and newly
 * lost, and those still unmet (values to 2 decimals); school sections that changed (or
 * kindergartens fully compliant, which the preschool verdict does not rest on);
 * veto conditions that occurred, were cleared or persist; indicators left undecided by missing
 * data. Rounding happens only here: CVs to `cvPlaces` decimals (3 by default; 2 reproduces the
 * style of many published reports), everything else to 2.
 *
 * @category Reports
 * @param comparison - from {@link compareAssessments}
 * @param options - `lang` (`zh` default) and `cvPlaces`
 * @returns one paragraph, ending with 。 or .
 * @example
 * ```ts
 * progressParagraph(compareAssessments(a2021, a2022, { set: compulsoryQuality2017 }), { cvPlaces: 2 });
 * //=> '重点指标完成 37/38 项，较上次增加 3 项；小学生均体育运动场馆面积差异系数由 0.52 降至 0.45，已达标；…。'
 * ```
 */
export function progressParagraph(
  comparison: AssessmentComparison,
  options: ProgressParagraphOptions = {},
): string {
  expectComparison(comparison);
  checkCvPlaces(options);
  const lang = reportOptionsOf(options).lang;
  const zh = lang === 'zh';
  const places = options.cvPlaces ?? 3;
  const after = comparison.readiness.after;
  const parts: string[] = [];
  const change = requirementsOf(after).met - requirementsOf(comparison.readiness.before).met;
  parts.push(verdictClause(after, change, lang));
  for (const change of comparison.variation) {
    const moved = change.movement === 'newly-met' || change.movement === 'newly-lost';
    if (!moved && change.after?.status !== 'unmet') continue;
    const sentence = cvSentence(change, lang, places);
    if (sentence !== null) parts.push(sentence);
  }
  const isCv = (c: ItemChange): boolean => c.kind === 'variation' || c.kind === 'composite';
  const met = comparison.newlyMet.filter((c) => !isCv(c));
  const lost = comparison.newlyLost.filter((c) => !isCv(c));
  if (met.length > 0) parts.push(zh ? `新达标：${named(met, lang)}` : `newly met: ${named(met, lang)}`);
  if (lost.length > 0)
    parts.push(zh ? `新出现未达标：${named(lost, lang)}` : `newly not met: ${named(lost, lang)}`);
  const still = comparison.changes.filter(
    (c) => c.counted && !isCv(c) && c.movement === 'still-not-met' && c.after?.status === 'unmet',
  );
  if (still.length > 0)
    parts.push(zh ? `仍未达标：${named(still, lang)}` : `still not met: ${named(still, lang)}`);

  const s = after.sections;
  if (s.counted > 0) {
    const where = (c: { institutionName: string; stage: string }): string =>
      c.stage === 'kindergarten'
        ? c.institutionName
        : zh
          ? `${c.institutionName}（${c.stage === 'primary' ? '小学' : '初中'}）`
          : `${c.institutionName} (${c.stage})`;
    const sep = zh ? '、' : ', ';
    const up = comparison.sections.newlyPassing.map(where).join(sep);
    const down = comparison.sections.newlyFailing.map(where).join(sep);
    if (s.unit === 'kindergarten') {
      // Kindergartens are not requirements of the verdict: their count is told here.
      let text = zh
        ? `全部合规幼儿园 ${s.passing}/${s.counted} 个`
        : `${s.passing} of ${s.counted} kindergartens fully compliant`;
      if (up !== '') text += zh ? `，新达标：${up}` : `; newly passing: ${up}`;
      if (down !== '') text += zh ? `，新未达标：${down}` : `; newly failing: ${down}`;
      parts.push(text);
    } else {
      // The count of school sections is in the verdict clause; here, what changed.
      if (up !== '') parts.push(zh ? `学校学段新达标：${up}` : `school sections newly passing: ${up}`);
      if (down !== '')
        parts.push(zh ? `学校学段新未达标：${down}` : `school sections newly failing: ${down}`);
    }
  }

  const vetoName = (c: ItemChange): string => (zh ? c.name.zh : c.name.en);
  const sep = zh ? '、' : ', ';
  const occurred = comparison.vetoes.filter(
    (c) => c.movement === 'newly-lost' && c.after?.status === 'unmet',
  );
  const cleared = comparison.vetoes.filter((c) => c.movement === 'newly-met');
  const persisting = comparison.vetoes.filter(
    (c) => c.before?.status === 'unmet' && c.after?.status === 'unmet',
  );
  if (occurred.length > 0)
    parts.push(
      zh
        ? `新出现一票否决情形：${occurred.map(vetoName).join(sep)}`
        : `veto condition newly occurred: ${occurred.map(vetoName).join(sep)}`,
    );
  if (persisting.length > 0)
    parts.push(
      zh
        ? `仍存在一票否决情形：${persisting.map(vetoName).join(sep)}`
        : `veto condition still present: ${persisting.map(vetoName).join(sep)}`,
    );
  if (cleared.length > 0)
    parts.push(
      zh
        ? `已消除一票否决情形：${cleared.map(vetoName).join(sep)}`
        : `veto condition cleared: ${cleared.map(vetoName).join(sep)}`,
    );
  if (after.unknown.length > 0) {
    const names = after.unknown.map((u) => (zh ? u.name.zh : u.name.en)).join(sep);
    parts.push(
      zh
        ? `缺少数据无法判定 ${after.unknown.length} 项：${names}`
        : `${after.unknown.length} undecided for missing data: ${names}`,
    );
  }
  return zh ? `${parts.join('；')}。` : `${parts.join('; ')}.`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

// A share from its exact fraction (met of counted), as a percentage.
function pct(met: number, counted: number): string {
  return counted === 0 ? '—' : `${formatDecimal(new Decimal(met).div(counted).times(100), 2)}%`;
}

function readinessRow(date: string, r: Readiness, lang: Lang): string {
  const q = requirementsOf(r);
  const s = r.sections.counted === 0 ? '—' : `${r.sections.passing}/${r.sections.counted}`;
  return `| ${date} | ${STATUS_LABELS[r.status][lang]} | ${q.met}/${q.counted} | ${pct(q.met, q.counted)} | ${r.indicators.met}/${r.indicators.counted} | ${s} | ${r.vetoes.triggered.length} | ${q.unknown} | ${formatDecimal(r.distance.value, 4)} |`;
}

const PROJECTION_STATUS: Readonly<Record<string, Label>> = {
  projected: { zh: '预计达标', en: 'projected' },
  'not-before-target': { zh: '晚于目标年', en: 'after the target year' },
  'no-trend': { zh: '无改善趋势', en: 'no trend' },
  'insufficient-data': { zh: '数据不足', en: 'insufficient data' },
  'not-projectable': { zh: '无法外推', en: 'not projectable' },
};

/**
 * Renders progress as Markdown (重点指标完成情况): a section per pair of assessments with its
 * paragraph and the county-level indicators that changed, then, with a trajectory, readiness
 * over time (the verdict, the requirements met as the assessment counts them, county indicators,
 * school sections or compliant kindergartens, vetoes, missing data, the distance score) and the
 * projected years of the county-level indicators still unmet.
 * @category Reports
 * @param input - the comparisons (consecutive pairs) and, optionally, the trajectory
 * @param options - `lang` and `cvPlaces` as for {@link progressParagraph}
 * @returns a Markdown document
 * @example
 * ```ts
 * renderProgressMarkdown({ comparisons: [compareAssessments(a, b)] }).startsWith('# '); //=> true
 * ```
 */
export function renderProgressMarkdown(
  input: {
    /** Comparisons of consecutive assessments. */
    readonly comparisons: readonly AssessmentComparison[];
    /** The trajectory over all assessments. */
    readonly trajectory?: Trajectory;
  },
  options: ProgressParagraphOptions = {},
): string {
  expectShape(
    input,
    ['input'],
    { en: 'the comparisons and, optionally, the trajectory', zh: '评估比较结果及（可选）发展轨迹' },
    {
      comparisons: 'array',
      trajectory: 'object?',
    },
  );
  eachOf(input.comparisons, (c, i) => {
    expectComparison(c, ['input', 'comparisons', i]);
  });
  if (input.trajectory !== undefined) expectTrajectory(input.trajectory, ['input', 'trajectory']);
  checkCvPlaces(options);
  const lang = reportOptionsOf(options).lang;
  const zh = lang === 'zh';
  const out: string[] = [];
  const first = input.comparisons[0];
  const county = first?.county ?? input.trajectory?.county;
  const set = first?.set ?? input.trajectory?.set ?? '';
  out.push(
    `# ${county?.name ?? ''}（${county?.code ?? ''}）${zh ? '重点指标完成情况' : ' — progress on key indicators'}`,
  );
  out.push('');
  out.push(zh ? `指标体系：${set}` : `Indicator set: ${set}`);
  for (const c of input.comparisons) {
    out.push('');
    out.push(`## ${c.before.year} → ${c.after.year}`);
    out.push('');
    out.push(progressParagraph(c, options));
    const rows = c.changes.filter(
      (x) =>
        x.counted &&
        (x.movement === 'newly-met' || x.movement === 'newly-lost' || x.after?.status === 'unmet'),
    );
    if (rows.length > 0) {
      out.push('');
      out.push(
        zh ? '| 指标 | 上次 | 本次 | 变化 | 情况 |' : '| Indicator | Before | After | Change | Movement |',
      );
      out.push('|---|---|---|---|---|');
      for (const x of rows) {
        const cv = x.kind === 'variation' || x.kind === 'composite';
        const places = cv ? (options.cvPlaces ?? 3) : 2;
        const move = {
          'newly-met': { zh: '新达标', en: 'newly met' },
          'newly-lost': { zh: '新未达标', en: 'newly not met' },
          'still-met': { zh: '仍达标', en: 'still met' },
          'still-not-met': { zh: '仍未达标', en: 'still not met' },
        }[x.movement];
        out.push(
          `| ${cell(zh ? x.name.zh : x.name.en)} | ${formatDecimal(x.before?.value, places)} | ${formatDecimal(x.after?.value, places)} | ${formatDecimal(x.valueChange, places)} | ${move[lang]} |`,
        );
      }
    }
  }
  const t = input.trajectory;
  if (t !== undefined) {
    out.push('');
    out.push(zh ? '## 达标进度' : '## Readiness over time');
    out.push('');
    const kindergartens = t.points[0]?.readiness.sections.unit === 'kindergarten';
    const units = zh
      ? kindergartens
        ? '全部合规幼儿园'
        : '学校学段达标'
      : kindergartens
        ? 'Kindergartens compliant'
        : 'Sections passing';
    out.push(
      zh
        ? `| 日期 | 结论 | 评估要求达标 | 达标比例 | 县级指标达标 | ${units} | 一票否决 | 缺少数据 | 距离分 |`
        : `| Date | Verdict | Requirements met | Share | County indicators met | ${units} | Vetoes | Missing data | Distance |`,
    );
    out.push('|---|---|---|---|---|---|---|---|---|');
    for (const p of t.points) out.push(readinessRow(p.date, p.readiness, lang));
    const county = t.projections.filter((p) => p.kind !== 'section' && p.kind !== 'kindergarten');
    if (county.length > 0) {
      out.push('');
      out.push(
        zh ? '## 预计达标时间（按近期趋势估计）' : '## When unmet indicators would be met (trend estimate)',
      );
      out.push('');
      out.push(zh ? '| 指标 | 结果 | 预计年份 | 说明 |' : '| Indicator | Result | Year | Explanation |');
      out.push('|---|---|---|---|');
      for (const p of county) {
        out.push(
          `| ${cell(zh ? p.name.zh : p.name.en)} | ${labelled(p.status, PROJECTION_STATUS)[lang]} | ${p.year ?? '—'} | ${cell(zh ? p.explanation.zh : p.explanation.en)} |`,
        );
      }
    }
  }
  out.push('');
  return out.join('\n');
}

// The decimals of a CV, when given, are 2 or 3.
function checkCvPlaces(options: ProgressParagraphOptions | undefined): void {
  const { cvPlaces } = reportOptionsOf(options);
  if (cvPlaces !== undefined && cvPlaces !== 2 && cvPlaces !== 3) {
    throw dudaoError(
      'invalid-option',
      ['options', 'cvPlaces'],
      `must be 2 or 3 (got ${quoteInput(cvPlaces)})`,
      `必须是 2 或 3（实际为 ${quoteInput(cvPlaces)}）`,
    );
  }
}
