/**
 * The words reports use for statuses and stages, in Chinese and English, written once so that
 * every renderer (Markdown, CSV, HTML) says the same thing.
 * @module
 */
import type { IndicatorStatus } from '../assess/types.js';
import type { Label } from '../indicators/types.js';

/**
 * Labels of indicator statuses (达标 / 未达标 / 无法判定 …) and of verdicts (达到评估标准 / 未达到评估标准 …: a county's own
 * measurement, not a recognition).
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
  passed: { zh: '达到评估标准', en: 'passed' },
  failed: { zh: '未达到评估标准', en: 'not passed' },
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

// A veto row (一票否决情形) says whether the situation exists: met means it does not.
const VETO_ZH: Partial<Record<IndicatorStatus, string>> = { met: '不存在', unmet: '存在' };

/**
 * The label of a county indicator's status; a row of the veto list reads 存在 / 不存在 in Chinese.
 * @internal
 */
export function rowStatusLabel(status: IndicatorStatus, vetoList: boolean): Label {
  const zh = vetoList ? VETO_ZH[status] : undefined;
  return zh === undefined ? STATUS_LABELS[status] : { zh, en: STATUS_LABELS[status].en };
}

/**
 * The label of a school section's result: 达标 / 未达标 in Chinese (评估标准 is the county's), passed /
 * not passed in English.
 * @internal
 */
export function sectionLabel(passed: boolean): Label {
  return passed ? { zh: '达标', en: 'passed' } : { zh: '未达标', en: 'not passed' };
}
