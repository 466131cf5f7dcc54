/**
 * The Markdown rendering of a supervision-reform checklist assessment (教育督导体制机制改革), in
 * Chinese or English.
 * @module
 */

import { expectIndicatorSet } from '../indicators/guards.js';
import type { IndicatorSet } from '../indicators/types.js';
import { expectReformAssessment } from '../inspection/guards.js';
import type { SupervisionReformAssessment } from '../inspection/reform.js';
import { Decimal } from '../numeric/decimal.js';
import { formatDecimal, type Lang } from './format.js';
import { reportOptionsOf } from './guards.js';
import { STATUS_LABELS } from './labels.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * Renders a supervision-reform checklist assessment as Markdown: the verdict, its reasons, and a
 * table of every checklist item with its value, threshold and result.
 * @category Reports
 * @param assessment - from `assessSupervisionReform`
 * @param set - the set it was made with (for names)
 * @param options - `lang`: `zh` (default) or `en`
 * @returns a Markdown document
 * @example
 * ```ts
 * const md = renderSupervisionReformMarkdown(assessSupervisionReform(data, supervisionReform2020), supervisionReform2020);
 * md.startsWith('# '); //=> true
 * ```
 */
export function renderSupervisionReformMarkdown(
  assessment: SupervisionReformAssessment,
  set: IndicatorSet,
  options: { readonly lang?: Lang } = {},
): string {
  expectReformAssessment(assessment);
  expectIndicatorSet(set);
  const lang = reportOptionsOf(options).lang;
  const zh = lang === 'zh';
  const name = (id: string): string => set.indicators.find((i) => i.id === id)?.name[lang] ?? id;
  const out: string[] = [];
  out.push(
    zh
      ? `# ${assessment.county.name}（${assessment.county.code}）${set.name.zh}`
      : `# ${assessment.county.name} (${assessment.county.code}) — ${set.name.en}`,
  );
  out.push('');
  out.push(`**${zh ? '结论：' : 'Verdict: '}${STATUS_LABELS[assessment.status][lang]}**`);
  out.push('');
  if (assessment.reasons.length > 0) {
    out.push(zh ? '## 未达到评估标准或无法判定的原因' : '## Reasons');
    out.push('');
    for (const reason of assessment.reasons) out.push(`- ${zh ? reason.zh : reason.en}`);
    out.push('');
  }
  out.push(zh ? '## 清单' : '## Checklist');
  out.push('');
  out.push(zh ? '| 事项 | 值 | 标准 | 结果 |' : '| Item | Value | Threshold | Result |');
  out.push('|---|---|---|---|');
  for (const r of assessment.countyIndicators) {
    const value = r.value === null ? '' : formatDecimal(r.value, 2);
    // The threshold as the set writes it, never in exponent form.
    const threshold = r.threshold === null ? '' : new Decimal(r.threshold).toString();
    out.push(`| ${cell(name(r.indicator))} | ${value} | ${threshold} | ${STATUS_LABELS[r.status][lang]} |`);
  }
  out.push('');
  if (assessment.unusedFacts.length > 0) {
    out.push(
      zh
        ? `未使用的材料键（可能拼写有误）：${assessment.unusedFacts.join('、')}`
        : `Facts no item reads (perhaps misspelt): ${assessment.unusedFacts.join(', ')}`,
    );
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
