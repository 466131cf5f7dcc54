/**
 * The Chinese and English names of issue categories (问题类别). An issue's `category` is free text
 * or a known id; reports print the name, and an unknown category shows as it was written, so the
 * list stays open.
 * @module
 */
import { expectKind } from '../guard.js';
import { labelled } from '../indicators/label.js';
import type { Label } from '../indicators/types.js';

/**
 * Names of the known issue categories (问题类别): the aspects of the indicator sets
 * (`resource-allocation` 资源配置, `government-guarantee` 政府保障, …) and the topics supervision
 * offices use (`large-classes` 大班额, `campus-safety` 校园安全, …). An open list: a category not
 * in it is printed as written (see {@link issueCategoryLabel}).
 *
 * @category Ledger
 * @example
 * ```ts
 * ISSUE_CATEGORY_LABELS['large-classes']?.zh; //=> '大班额'
 * ```
 */
export const ISSUE_CATEGORY_LABELS: Readonly<Record<string, Label>> = /* @__PURE__ */ Object.freeze({
  'resource-allocation': { zh: '资源配置', en: 'resource allocation' },
  'school-variation': { zh: '校际差异', en: 'variation between schools' },
  variation: { zh: '校际差异', en: 'variation between schools' },
  'government-guarantee': { zh: '政府保障', en: 'government guarantee' },
  'education-quality': { zh: '教育质量', en: 'education quality' },
  'social-recognition': { zh: '社会认可度', en: 'social recognition' },
  teachers: { zh: '教师队伍', en: 'teachers' },
  funding: { zh: '经费保障', en: 'funding' },
  'large-classes': { zh: '大班额', en: 'large classes' },
  'class-size': { zh: '班额', en: 'class size' },
  'school-management': { zh: '学校管理', en: 'school management' },
  'campus-safety': { zh: '校园安全', en: 'campus safety' },
  access: { zh: '普及普惠水平', en: 'access (universal and inclusive)' },
  'care-quality': { zh: '保教质量', en: 'care and education quality' },
  premises: { zh: '园舍场地', en: 'premises' },
  kindergarten: { zh: '幼儿园办园条件', en: 'kindergarten conditions' },
  veto: { zh: '一票否决（不予认定）情形', en: 'veto' },
  precondition: { zh: '申报条件', en: 'precondition' },
  organisation: { zh: '督导机构', en: 'supervision bodies' },
  team: { zh: '督学队伍', en: 'inspectors' },
  'listed-supervision': { zh: '挂牌督导', en: 'listed supervision' },
  'government-work': { zh: '政府履职', en: "the government's duties" },
  'result-use': { zh: '督导结果运用', en: 'use of results' },
  'school-supervision': { zh: '学校督导', en: 'school supervision' },
});

/**
 * The name of an issue category (问题类别) in both languages: the known name, or the category as
 * written (both languages) when it is not a known id.
 *
 * @category Ledger
 * @param category - an issue's `category`
 * @returns its name in Chinese and English
 * @example
 * ```ts
 * issueCategoryLabel('teachers'); //=> { zh: '教师队伍', en: 'teachers' }
 * issueCategoryLabel('食堂管理'); //=> { zh: '食堂管理', en: '食堂管理' }
 * ```
 */
export function issueCategoryLabel(category: string): Label {
  expectKind(category, 'string', ['category']);
  return labelled(category, ISSUE_CATEGORY_LABELS);
}
