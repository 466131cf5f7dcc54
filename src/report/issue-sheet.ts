/**
 * The issue sheet (问题整改台账) in the layout supervision offices exchange: one row per issue with
 * 序号, 问题来源, 县（区）, 学校/单位, 问题类别, 共性/个性, 问题描述, 整改措施, 牵头单位, 配合单位,
 * 责任人, 整改时限, 整改进展, 佐证材料, 当前状态 and 销号日期, as the ledger stands at the end of a
 * day. A workbook table, so CSV and XLSX write it as they write the other tables; names (counties,
 * schools, inspections) come from the caller, ids otherwise.
 * @module
 */

import { langOf, optionsOf } from '../guard.js';
import { labelled } from '../indicators/label.js';
import type { Label } from '../indicators/types.js';
import type { WorkbookTable } from '../io/table.js';
import { issueCategoryLabel } from '../ledger/categories.js';
import { expectLedgerState } from '../ledger/guards.js';
import { issueAsOf } from '../ledger/query.js';
import { ISSUE_STATUS_LABELS, type LedgerState } from '../ledger/types.js';
import { dateSchema } from '../schema/common.js';
import { parseWithSchema } from '../schema/parse.js';
import type { Lang } from './format.js';
import {
  countyName,
  hasInspectionName,
  inspectionName,
  institutionName,
  namesOption,
  type ReportNames,
} from './names.js';

/**
 * Options of {@link issueSheet}: the day, the language, and the names to print for ids.
 *
 * @category Reports
 * @example
 * ```ts
 * const options: IssueSheetOptions = {
 *   asOf: '2026-03-31',
 *   names: { counties: { '990102': '西山县' }, institutions: { XS01: '西山县城关第一小学' } },
 * };
 * ```
 */
export interface IssueSheetOptions {
  /** The day (YYYY-MM-DD): events after it are not counted, issues raised after it not listed. */
  readonly asOf: string;
  /** Column headings and words: `zh` (default) or `en`. */
  readonly lang?: Lang | undefined;
  /** Names to print instead of ids (counties, schools and kindergartens, inspections). */
  readonly names?: ReportNames | undefined;
}

const COLUMNS = {
  zh: [
    '序号',
    '问题来源',
    '县（区）',
    '学校/单位',
    '问题类别',
    '共性/个性',
    '问题描述',
    '整改措施',
    '牵头单位',
    '配合单位',
    '责任人',
    '整改时限',
    '整改进展',
    '佐证材料',
    '当前状态',
    '销号日期',
  ],
  en: [
    'No.',
    'Source',
    'County',
    'School or unit',
    'Category',
    'Common/individual',
    'Problem',
    'Measures',
    'Lead units',
    'Supporting units',
    'Persons responsible',
    'Deadline',
    'Progress',
    'Evidence',
    'Status',
    'Closed on',
  ],
} as const;

const LEVELS: Readonly<Record<string, Label>> = {
  national: { zh: '国家级', en: 'national' },
  provincial: { zh: '省级', en: 'provincial' },
  municipal: { zh: '市级', en: 'municipal' },
  county: { zh: '县级', en: 'county' },
};

/**
 * The issue sheet (问题整改台账) of a ledger on a day, in the layout offices exchange: one row per
 * issue raised on or before `asOf`, in the order raised, with 序号, 问题来源 (the inspection's title
 * and level), 县（区）, 学校/单位, 问题类别 (in Chinese), 共性/个性, 问题描述, 整改措施, 牵头单位,
 * 配合单位, 责任人, 整改时限 (in force on the day), 整改进展 (the latest progress report),
 * 佐证材料, 当前状态 and 销号日期. Withdrawn issues are listed with their status (已撤回). Names are
 * taken from `names` (county, school or kindergarten, inspection), ids otherwise.
 *
 * @category Reports
 * @param state - a replayed ledger
 * @param options - `asOf`, `lang`, `names`
 * @returns a workbook table (write it with the CSV or XLSX writers)
 * @example
 * ```ts
 * const sheet = issueSheet(loadLedger(sampleCity.ledger).state, { asOf: sampleCity.asOf });
 * sheet.columns[1]; //=> '问题来源'
 * sheet.rows.length; //=> 80
 * ```
 */
export function issueSheet(state: LedgerState, options: IssueSheetOptions): WorkbookTable {
  expectLedgerState(state);
  const o = optionsOf(options, { asOf: 'string', lang: 'string', names: 'object' }) as IssueSheetOptions;
  const asOf = parseWithSchema(dateSchema, o.asOf, ['asOf']);
  const lang = langOf(o.lang);
  const names = namesOption(o.names, ['names']);
  const zh = lang === 'zh';
  const join = (items: readonly string[]) => (items.length === 0 ? '' : items.join(zh ? '；' : '; '));
  const rows: string[][] = [];
  for (const issue of state.issues) {
    const now = issueAsOf(issue, asOf);
    if (now === null) continue;
    const i = issue.issue;
    const scope = i.scope;
    const where =
      scope.kind === 'county'
        ? zh
          ? '县域'
          : 'county-wide'
        : scope.kind === 'department'
          ? scope.unit
          : institutionName(names, scope.kind === 'school' ? scope.schoolId : scope.kindergartenId, lang);
    const level = labelled(i.source.level, LEVELS);
    // A title names the level already (省级过程督导); an id alone gets it added.
    const source = hasInspectionName(names, i.source.inspection)
      ? inspectionName(names, i.source.inspection, lang)
      : zh
        ? `${i.source.inspection}（${level.zh}）`
        : `${i.source.inspection} (${level.en})`;
    const persons = i.responsible
      .filter((u) => u.person !== undefined)
      .map((u) => `${u.unit}${zh ? '：' : ': '}${u.person}`);
    const progress = issue.progress.filter((p) => p.at <= asOf);
    const latest = progress[progress.length - 1];
    const evidence = issue.rectifications
      .filter((r) => r.at <= asOf)
      .flatMap((r) => r.evidence.map((e) => e.title));
    const closedOn =
      now.status === 'closed'
        ? (issue.transitions.filter((t) => t.to === 'closed' && t.at <= asOf).pop()?.at ?? '')
        : '';
    rows.push([
      String(rows.length + 1),
      source,
      countyName(names, i.county, lang),
      where,
      issueCategoryLabel(i.category)[lang],
      i.commonality === 'common' ? (zh ? '共性' : 'common') : zh ? '个性' : 'individual',
      i.description,
      join(issue.measures.filter((m) => m.at <= asOf).map((m) => m.text)),
      join(issue.lead),
      join(issue.supporting),
      join(persons),
      now.deadline,
      latest === undefined ? '' : `${latest.at} ${latest.text}`,
      join([...new Set(evidence)]),
      ISSUE_STATUS_LABELS[now.status][lang],
      closedOn,
    ]);
  }
  return { name: zh ? '问题整改台账' : 'Issue sheet', columns: [...COLUMNS[lang]], rows };
}
