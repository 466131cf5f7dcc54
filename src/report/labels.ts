/**
 * The words reports use for statuses and stages, in Chinese and English, written once so that
 * every renderer (Markdown, CSV, HTML) says the same thing.
 * @module
 */
import type { IndicatorStatus } from '../assess/types.js';
import type { Label } from '../indicators/types.js';

/**
 * Labels of indicator statuses (达标 / 未达标 / 无法判定 …) and of verdicts (通过 / 未通过 …).
 * @category Reports
 * @example
 * ```ts
 * STATUS_LABELS.unknown.zh; //=> '无法判定'
 * STATUS_LABELS.passed.en; //=> 'passed'
 * ```
 */
export const STATUS_LABELS: Readonly<Record<IndicatorStatus | 'passed' | 'failed' | 'incomplete', Label>> = {
  met: { zh: '达标', en: 'met' },
  unmet: { zh: '未达标', en: 'not met' },
  unknown: { zh: '无法判定', en: 'unknown' },
  'not-applicable': { zh: '不适用', en: 'n/a' },
  measured: { zh: '—', en: '—' },
  passed: { zh: '通过', en: 'passed' },
  failed: { zh: '未通过', en: 'not passed' },
  incomplete: { zh: '数据不全，无法判定', en: 'incomplete (missing data)' },
};

/**
 * Labels of the stages (学段).
 * @category Reports
 * @example
 * ```ts
 * STAGE_LABELS.junior.zh; //=> '初中'
 * ```
 */
export const STAGE_LABELS: Readonly<Record<'primary' | 'junior' | 'kindergarten', Label>> = {
  primary: { zh: '小学', en: 'primary' },
  junior: { zh: '初中', en: 'junior' },
  kindergarten: { zh: '幼儿园', en: 'kindergarten' },
};
