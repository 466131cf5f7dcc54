/**
 * The summary of a return visit (回访督导 / 复查情况汇总): which earlier issues were due for
 * recheck, which the visit rechecked and with what outcome, the issues it newly found, per county,
 * per school and per responsible unit, and the visit's own rectification rate: the share of the
 * rechecked issues it found rectified (已整改), i.e. verified by the visit itself. Plain data: the
 * rates are numbers, each the double nearest its exact fraction of counts, and
 * {@link returnVisitSummaryToJSON} writes those fractions as decimal strings.
 *
 * Decisions:
 * - due for recheck (应复查): every issue of the visit's counties that an earlier inspection fed
 *   back (raised before the visit began, by another inspection) and that was not withdrawn on the
 *   eve of the visit. Closed issues are due too: a return visit (回头看) re-checks the feedback
 *   items one by one, looking for relapse as well (standards.md rl-revisit).
 * - rechecked (已复查): a due issue with a recheck by the visit dated on or before `asOf`; when
 *   the visit rechecked an issue twice, the later recheck is its outcome. Rechecks of issues that
 *   were not due (an issue the visit raised itself and saw fixed on the spot, one raised after the
 *   visit began) are listed in `outside` and left out of the figures.
 * - the visit's rate = rectified outcomes ÷ (rechecked − not applicable): 基本整改 counts as not
 *   rectified (partial rectification is not rectification, standards.md section 0), and an issue
 *   no longer applicable leaves the rate as a withdrawn one does. Null (with a reason) when
 *   nothing is left to rate.
 * - new issues (新发现问题): issues whose source is the visit, raised on or before `asOf`.
 * @module
 */
import type { Figure } from '../assess/types.js';
import { dudaoError, quoteInput } from '../error.js';
import { expectKind } from '../guard.js';
import type { Label } from '../indicators/types.js';
import { dateOfDayNumber, dayNumber } from '../ledger/calendar.js';
import type { KnownInspection } from '../ledger/events.js';
import { expectLedgerState } from '../ledger/guards.js';
import { compareText, issueAsOf } from '../ledger/query.js';
import type { IssueState, IssueStatus, LedgerState, RecheckEntry } from '../ledger/types.js';
import { Decimal, decimalToJSON } from '../numeric/decimal.js';
import type { RecheckOutcome } from '../schema/ledger.js';
import { scopeKey } from './breakdown.js';
import { parseCalendarDate } from './dates.js';
import { expectReturnVisitCounts, expectReturnVisitSummary } from './guards.js';

/**
 * Rechecked issues per outcome (各复查结论问题数).
 *
 * @category Rectification scoring
 * @example
 * ```ts
 * const counts: RecheckOutcomeCounts = { rectified: 27, 'basically-rectified': 9, 'not-rectified': 13, 'not-applicable': 0 };
 * ```
 */
export interface RecheckOutcomeCounts {
  /** 已整改. */
  readonly rectified: number;
  /** 基本整改. */
  readonly 'basically-rectified': number;
  /** 未整改. */
  readonly 'not-rectified': number;
  /** 不再适用. */
  readonly 'not-applicable': number;
}

/**
 * The figures of a return visit, for the whole visit or one group of it.
 *
 * @category Rectification scoring
 * @example
 * ```ts
 * const counts: ReturnVisitCounts = {
 *   due: 54, rechecked: 49, notRechecked: 5,
 *   outcomes: { rectified: 27, 'basically-rectified': 9, 'not-rectified': 13, 'not-applicable': 0 },
 *   newIssues: 24, rated: 49, rate: 27 / 49,
 * };
 * ```
 */
export interface ReturnVisitCounts {
  /** Issues due for recheck (应复查). */
  readonly due: number;
  /** Due issues rechecked by the visit on or before `asOf` (已复查). */
  readonly rechecked: number;
  /** Due issues not rechecked (未复查): due − rechecked. */
  readonly notRechecked: number;
  /** Rechecked issues per outcome; they add up to `rechecked`. */
  readonly outcomes: RecheckOutcomeCounts;
  /** Issues the visit newly found (新发现问题). */
  readonly newIssues: number;
  /** The denominator of the rate: rechecked − not applicable. */
  readonly rated: number;
  /** The visit's rectification rate (复查整改率) = rectified outcomes ÷ rated; null when rated is 0. */
  readonly rate: Figure | null;
}

/**
 * One group of a return visit (a county, a school or kindergarten, a responsible unit) and its
 * figures.
 *
 * @category Rectification scoring
 * @example
 * ```ts
 * const row: ReturnVisitGroup = { key: '990101', ...counts };
 * ```
 */
export interface ReturnVisitGroup extends ReturnVisitCounts {
  /** The group's key: a county code, `school:<id>` / `kindergarten:<id>`, or a unit. */
  readonly key: string;
}

/**
 * One issue due for recheck (应复查问题) and what the visit made of it.
 *
 * @category Rectification scoring
 * @example
 * ```ts
 * const item: ReturnVisitItem = {
 *   issueId: 'DH-2505-12', county: '990101', scope: 'kindergarten:DK09', lead: ['教育局'],
 *   description: '…园舍建筑面积和户外场地生均面积不足', source: 'SL-2025-05-process',
 *   before: 'in-progress', recheck: null, status: 'in-progress',
 * };
 * ```
 */
export interface ReturnVisitItem {
  /** The issue's id. */
  readonly issueId: string;
  /** Its county code. */
  readonly county: string;
  /** Its scope key (`county`, `school:<id>`, `kindergarten:<id>`, `department:<unit>`). */
  readonly scope: string;
  /** Its lead units (牵头单位). */
  readonly lead: readonly string[];
  /** Its description (问题描述). */
  readonly description: string;
  /** The inspection that raised it (问题来源). */
  readonly source: string;
  /** Its status at the end of the eve of the visit. */
  readonly before: IssueStatus;
  /** The visit's recheck (the later one, if two) dated on or before `asOf`; null when not rechecked. */
  readonly recheck: RecheckEntry | null;
  /** Its status at the end of `asOf`. */
  readonly status: IssueStatus;
}

/**
 * An issue the visit newly found (新发现问题).
 *
 * @category Rectification scoring
 * @example
 * ```ts
 * const found: ReturnVisitNewIssue = {
 *   issueId: 'DH-2511-01', county: '990101', scope: 'school:DH25', lead: ['教育局'],
 *   description: '…', raisedAt: '2025-11-28', deadline: '2026-01-31', status: 'verified',
 * };
 * ```
 */
export interface ReturnVisitNewIssue {
  /** The issue's id. */
  readonly issueId: string;
  /** Its county code. */
  readonly county: string;
  /** Its scope key. */
  readonly scope: string;
  /** Its lead units. */
  readonly lead: readonly string[];
  /** Its description. */
  readonly description: string;
  /** The day it was raised. */
  readonly raisedAt: string;
  /** Its deadline in force at the end of `asOf`. */
  readonly deadline: string;
  /** Its status at the end of `asOf`. */
  readonly status: IssueStatus;
}

/**
 * The summary of a return visit (回访督导复查情况). See the module notes for each rule.
 *
 * @category Rectification scoring
 * @example
 * ```ts
 * const s: ReturnVisitSummary = returnVisitSummary(state, { inspection: 'SL-2025-11-return', asOf: '2026-03-31' });
 * s.sentence.zh; //=> '复查问题 49 个：已整改 27 个，基本整改 9 个，未整改 13 个；新发现问题 24 个；另有 5 个应复查问题未复查'
 * ```
 */
export interface ReturnVisitSummary extends ReturnVisitCounts {
  /** The visit's inspection id. */
  readonly inspection: string;
  /** The day of the summary: events dated after it are not counted. */
  readonly asOf: string;
  /** The visit's first day: the inspection's `dates.start` when given, else its earliest recheck or new issue; null when neither is known. */
  readonly start: string | null;
  /** The county codes of the visit: the inspection's `counties` when given, else those of the issues it rechecked or raised. */
  readonly counties: readonly string[];
  /** Why the rate is null (nothing rechecked, or only issues no longer applicable); null when it is given. */
  readonly rateNote: Label | null;
  /** Per county (key: the county code). */
  readonly byCounty: readonly ReturnVisitGroup[];
  /** Per school and kindergarten (key `school:<id>` or `kindergarten:<id>`); county-wide and department issues are not in it. */
  readonly bySchool: readonly ReturnVisitGroup[];
  /** Per responsible unit: lead units (牵头单位), or every unit named with `responsible: 'all'`. */
  readonly byUnit: readonly ReturnVisitGroup[];
  /** Every issue due for recheck, in the order raised. */
  readonly items: readonly ReturnVisitItem[];
  /** Every issue the visit newly found, in the order raised. */
  readonly found: readonly ReturnVisitNewIssue[];
  /** Issues the visit rechecked that were not due (left out of the figures). */
  readonly outside: readonly string[];
  /** One sentence, e.g. 复查问题 49 个：已整改 27 个，基本整改 9 个，未整改 13 个；新发现问题 24 个. */
  readonly sentence: Label;
}

/**
 * A return visit as {@link returnVisitSummary} reads it: its id and, when known, its counties,
 * dates and programmes (an `Inspection` of a city document is one).
 *
 * @category Rectification scoring
 * @example
 * ```ts
 * const visit: ReturnVisitInspection = { id: 'SL-2025-11-return', counties: ['990101'], dates: { start: '2025-11-10' } };
 * ```
 */
export interface ReturnVisitInspection extends KnownInspection {
  /** The programmes it covered; when given, issues of other programmes are not due. */
  readonly programmes?: readonly string[] | undefined;
}

/**
 * Options of {@link returnVisitSummary}.
 *
 * @category Rectification scoring
 * @example
 * ```ts
 * const options: ReturnVisitOptions = { inspection: 'SL-2025-11-return', asOf: '2026-03-31' };
 * ```
 */
export interface ReturnVisitOptions {
  /** The visit: its inspection id, or the inspection itself (then its counties and start day decide what was due). */
  readonly inspection: string | ReturnVisitInspection;
  /** The day, `YYYY-MM-DD`. Default: the ledger's latest event. */
  readonly asOf?: string | undefined;
  /** Units: `lead` (default) counts an issue under its lead units, `all` under every unit it names. */
  readonly responsible?: 'lead' | 'all' | undefined;
}

const NOTHING_TO_RATE: Label = {
  en: 'no rechecked issue to rate: none rechecked, or every one no longer applicable (rechecked − not applicable = 0)',
  zh: '无可计算复查整改率的问题：未复查问题或复查问题均不再适用（已复查数 − 不再适用数 = 0）',
};

interface Counter {
  due: number;
  rechecked: number;
  outcomes: Record<RecheckOutcome, number>;
  newIssues: number;
}

function counter(): Counter {
  return {
    due: 0,
    rechecked: 0,
    outcomes: { rectified: 0, 'basically-rectified': 0, 'not-rectified': 0, 'not-applicable': 0 },
    newIssues: 0,
  };
}

function countsOf(c: Counter): ReturnVisitCounts {
  const o = c.outcomes;
  const rated = c.rechecked - o['not-applicable'];
  return {
    due: c.due,
    rechecked: c.rechecked,
    notRechecked: c.due - c.rechecked,
    outcomes: {
      rectified: o.rectified,
      'basically-rectified': o['basically-rectified'],
      'not-rectified': o['not-rectified'],
      'not-applicable': o['not-applicable'],
    },
    newIssues: c.newIssues,
    rated,
    // A quotient of two safe integers in floating point is the double nearest the exact fraction.
    rate: rated > 0 ? o.rectified / rated : null,
  };
}

// The rechecks of an issue by one inspection (a state saved before rechecks existed has none).
function rechecksBy(issue: IssueState, inspection: string): RecheckEntry[] {
  const list = (issue as { rechecks?: readonly RecheckEntry[] }).rechecks ?? [];
  return list.filter((r) => r.inspection === inspection);
}

function unitsOf(issue: IssueState, responsible: 'lead' | 'all'): readonly string[] {
  return responsible === 'lead' ? issue.lead : [...new Set([...issue.lead, ...issue.supporting])];
}

function groupKeys(
  issue: IssueState,
  responsible: 'lead' | 'all',
): { county: string; school: string | null; units: readonly string[] } {
  const kind = issue.issue.scope.kind;
  return {
    county: issue.issue.county,
    school: kind === 'school' || kind === 'kindergarten' ? scopeKey(issue.issue.scope) : null,
    units: unitsOf(issue, responsible),
  };
}

function sentenceOf(c: ReturnVisitCounts): Label {
  const o = c.outcomes;
  const na = o['not-applicable'];
  const zh =
    `复查问题 ${c.rechecked} 个：已整改 ${o.rectified} 个，基本整改 ${o['basically-rectified']} 个，` +
    `未整改 ${o['not-rectified']} 个${na > 0 ? `，不再适用 ${na} 个` : ''}；新发现问题 ${c.newIssues} 个` +
    (c.notRechecked > 0 ? `；另有 ${c.notRechecked} 个应复查问题未复查` : '');
  const en =
    `${c.rechecked} issues rechecked: ${o.rectified} rectified, ${o['basically-rectified']} basically rectified, ` +
    `${o['not-rectified']} not rectified${na > 0 ? `, ${na} no longer applicable` : ''}; ` +
    `${c.newIssues} new issues found` +
    (c.notRechecked > 0 ? `; ${c.notRechecked} issues due for recheck not rechecked` : '');
  return { zh, en };
}

// The inspections a ledger names (sources and rechecks), for the message of an unknown one.
function inspectionsNamed(state: LedgerState): string[] {
  const ids = new Set<string>();
  for (const issue of state.issues) {
    ids.add(issue.issue.source.inspection);
    for (const r of (issue as { rechecks?: readonly RecheckEntry[] }).rechecks ?? []) ids.add(r.inspection);
  }
  return [...ids].sort(compareText);
}

/**
 * The summary of a return visit (回访督导复查情况汇总): how many earlier issues were due for
 * recheck, how many the visit rechecked (已复查) and with what outcome (已整改, 基本整改, 未整改,
 * 不再适用), the issues it newly found (新发现问题), the same per county, per school and
 * kindergarten and per responsible unit, the visit's own rectification rate (rectified outcomes ÷
 * rechecked issues still applicable, i.e. verified by the visit), every due issue with its
 * outcome, and a sentence in Chinese and English such as
 * "复查问题 49 个：已整改 27 个，基本整改 9 个，未整改 13 个；新发现问题 24 个".
 *
 * The visit is an inspection id, or the inspection itself: with its `counties` and `dates.start`
 * the summary knows exactly which issues were due, also in a county where the visit recorded
 * nothing. With the id alone the ledger tells: the counties of the issues the visit rechecked or
 * raised, and the day of its first recheck or new issue. See the module notes for each rule.
 *
 * @category Rectification scoring
 * @param state - a replayed ledger
 * @param options - `inspection` (id or inspection), `asOf` (default: the latest event), `responsible`
 * @returns the summary
 * @throws {@link DudaoError} `unknown-inspection` at `['inspection']` for an id the ledger never
 *   names as a source or a recheck; `invalid-date` at `['asOf']`
 * @example
 * ```ts
 * const s = returnVisitSummary(state, { inspection: 'SL-2025-11-return', asOf: '2026-03-31' });
 * s.rechecked; //=> 49
 * s.outcomes.rectified; //=> 27
 * s.rate; //=> 0.5510204081632653 (27 ÷ 49)
 * ```
 */
export function returnVisitSummary(state: LedgerState, options: ReturnVisitOptions): ReturnVisitSummary {
  expectLedgerState(state);
  expectKind(options, 'object', ['options'], {
    en: 'an object of options with the inspection',
    zh: '含督导活动（inspection）的选项对象',
  });
  const given = options.inspection;
  const record = typeof given === 'string' ? undefined : given;
  const id = typeof given === 'string' ? given : given?.id;
  if (typeof id !== 'string' || id === '') {
    throw dudaoError(
      'invalid-type',
      ['inspection'],
      `must be an inspection id or an inspection with an id (got ${quoteInput(id)})`,
      `必须是督导活动编号或带编号的督导活动（实际为 ${quoteInput(id)}）`,
    );
  }
  const responsible = options.responsible ?? 'lead';
  if (responsible !== 'lead' && responsible !== 'all') {
    throw dudaoError(
      'invalid-enum',
      ['responsible'],
      `must be one of lead, all (got ${quoteInput(responsible)})`,
      `必须是 lead、all 之一（实际为 ${quoteInput(responsible)}）`,
    );
  }

  // What the whole ledger says of the visit: its first day and its counties.
  let first: string | null = null;
  const touched = new Set<string>();
  for (const issue of state.issues) {
    const own = issue.issue.source.inspection === id;
    const rechecks = rechecksBy(issue, id);
    if (!own && rechecks.length === 0) continue;
    touched.add(issue.issue.county);
    // Rechecks of one issue are in date order: the first is the earliest.
    for (const at of [own ? issue.raisedAt : null, rechecks[0]?.at ?? null]) {
      if (at !== null && (first === null || at < first)) first = at;
    }
  }
  if (record === undefined && touched.size === 0) {
    const named = inspectionsNamed(state);
    const shown = named.slice(0, 10).map((n) => quoteInput(n));
    throw dudaoError(
      'unknown-inspection',
      ['inspection'],
      `the ledger names no inspection ${quoteInput(id)}: no issue was raised or rechecked by it (inspections named: ${shown.join(', ') || 'none'})`,
      `台账中没有督导活动 ${quoteInput(id)}：没有由其提出或复查的问题（台账中的督导活动：${shown.join('、') || '无'}）`,
    );
  }
  const start = record?.dates?.start ?? first;
  if (start !== null) parseCalendarDate(start, ['inspection', 'dates', 'start']);
  const counties = record?.counties !== undefined ? [...record.counties] : [...touched];
  counties.sort(compareText);
  const countySet = new Set(counties);
  const programmes = record?.programmes === undefined ? null : new Set(record.programmes);

  const asOf = options.asOf ?? state.lastEventAt ?? start;
  if (asOf === null || asOf === undefined) {
    throw dudaoError(
      'invalid-date',
      ['asOf'],
      'is needed: the ledger has no event to date the summary by',
      '缺少日期：台账中没有可作为汇总日期的事件',
    );
  }
  parseCalendarDate(asOf, ['asOf']);
  const eve = start === null ? null : dateOfDayNumber(dayNumber(start) - 1);

  const total = counter();
  const byCounty = new Map<string, Counter>();
  const bySchool = new Map<string, Counter>();
  const byUnit = new Map<string, Counter>();
  const groupsOf = (issue: IssueState): Counter[] => {
    const keys = groupKeys(issue, responsible);
    const out: Counter[] = [total, take(byCounty, keys.county)];
    if (keys.school !== null) out.push(take(bySchool, keys.school));
    for (const unit of new Set(keys.units)) out.push(take(byUnit, unit));
    return out;
  };
  const items: ReturnVisitItem[] = [];
  const found: ReturnVisitNewIssue[] = [];
  const outside: string[] = [];

  for (const issue of state.issues) {
    const i = issue.issue;
    const rechecks = rechecksBy(issue, id).filter((r) => r.at <= asOf);
    const latest = rechecks.length === 0 ? null : (rechecks[rechecks.length - 1] as RecheckEntry);
    if (i.source.inspection === id) {
      if (latest !== null) outside.push(issue.id);
      const now = issueAsOf(issue, asOf);
      if (now === null) continue;
      for (const c of groupsOf(issue)) c.newIssues += 1;
      found.push({
        issueId: issue.id,
        county: i.county,
        scope: scopeKey(i.scope),
        lead: issue.lead,
        description: i.description,
        raisedAt: issue.raisedAt,
        deadline: now.deadline,
        status: now.status,
      });
      continue;
    }
    const before = eve === null || start === null || issue.raisedAt >= start ? null : issueAsOf(issue, eve);
    const due =
      before !== null &&
      before.status !== 'withdrawn' &&
      countySet.has(i.county) &&
      (programmes === null || programmes.has(i.programme));
    if (!due) {
      if (latest !== null) outside.push(issue.id);
      continue;
    }
    const groups = groupsOf(issue);
    for (const c of groups) {
      c.due += 1;
      if (latest !== null) {
        c.rechecked += 1;
        c.outcomes[latest.outcome] += 1;
      }
    }
    items.push({
      issueId: issue.id,
      county: i.county,
      scope: scopeKey(i.scope),
      lead: issue.lead,
      description: i.description,
      source: i.source.inspection,
      before: before.status,
      recheck: latest,
      status: issueAsOf(issue, asOf)?.status ?? before.status,
    });
  }

  const rows = (groups: Map<string, Counter>): ReturnVisitGroup[] =>
    [...groups.keys()].sort(compareText).map((key) => ({ key, ...countsOf(groups.get(key) as Counter) }));
  const counts = countsOf(total);
  return {
    inspection: id,
    asOf,
    start,
    counties,
    ...counts,
    rateNote: counts.rate === null ? NOTHING_TO_RATE : null,
    byCounty: rows(byCounty),
    bySchool: rows(bySchool),
    byUnit: rows(byUnit),
    items,
    found,
    outside,
    sentence: sentenceOf(counts),
  };
}

function take(groups: Map<string, Counter>, key: string): Counter {
  let c = groups.get(key);
  if (c === undefined) {
    c = counter();
    groups.set(key, c);
  }
  return c;
}

/**
 * The sentence of a group's figures, e.g. for one county (复查情况摘要): "复查问题 N 个：已整改 a
 * 个，基本整改 b 个，未整改 c 个；新发现问题 d 个", with 不再适用 and the issues not rechecked named
 * when there are any.
 *
 * @category Rectification scoring
 * @param counts - the figures of a summary or of one of its groups
 * @returns the sentence in Chinese and English
 * @example
 * ```ts
 * returnVisitSentence(summary.byCounty[0]!).zh;
 * //=> '复查问题 12 个：已整改 11 个，基本整改 0 个，未整改 1 个；新发现问题 6 个；另有 1 个应复查问题未复查'
 * ```
 */
export function returnVisitSentence(counts: ReturnVisitCounts): Label {
  expectReturnVisitCounts(counts);
  return sentenceOf(counts);
}

/**
 * The JSON form of the figures of a return visit: the same fields, the rate as the decimal string
 * of its exact fraction.
 *
 * @category Rectification scoring
 * @example
 * ```ts
 * const json: ReturnVisitCountsJSON = { ...counts, rate: '0.5510204081632653061224489795918367346939' };
 * ```
 */
export type ReturnVisitCountsJSON = Omit<ReturnVisitCounts, 'rate'> & {
  /** The visit's rectification rate, as a decimal string; null when nothing is rated. */
  readonly rate: string | null;
};

/**
 * The JSON form of one group of a return visit: its key and figures, the rate as a decimal string.
 *
 * @category Rectification scoring
 * @example
 * ```ts
 * const row: ReturnVisitGroupJSON = returnVisitSummaryToJSON(summary).byCounty[0]!;
 * row.rate; //=> '0.9166666666666666666666666666666666666667' (11 ÷ 12, 东湖县)
 * ```
 */
export interface ReturnVisitGroupJSON extends ReturnVisitCountsJSON {
  /** The group's key. */
  readonly key: string;
}

/**
 * The JSON form of a return-visit summary: every rate (the visit's and each group's) as the
 * decimal string of its exact fraction.
 *
 * @category Rectification scoring
 * @example
 * ```ts
 * const json: ReturnVisitSummaryJSON = returnVisitSummaryToJSON(summary);
 * json.rate; //=> '0.5510204081632653061224489795918367346939' (27 ÷ 49)
 * ```
 */
export type ReturnVisitSummaryJSON = Omit<ReturnVisitSummary, 'rate' | 'byCounty' | 'bySchool' | 'byUnit'> & {
  /** The visit's rectification rate, as a decimal string. */
  readonly rate: string | null;
  /** Per county. */
  readonly byCounty: readonly ReturnVisitGroupJSON[];
  /** Per school and kindergarten. */
  readonly bySchool: readonly ReturnVisitGroupJSON[];
  /** Per responsible unit. */
  readonly byUnit: readonly ReturnVisitGroupJSON[];
};

function rateText(c: ReturnVisitCounts): string | null {
  return c.rate === null || c.rated === 0
    ? null
    : decimalToJSON(new Decimal(c.outcomes.rectified).div(c.rated));
}

/**
 * Writes a return-visit summary as JSON data: each rate as the decimal string of its exact
 * fraction of counts (rectified outcomes ÷ rated) to 40 significant digits, not of the rounded
 * number. Pass the result through `toJsonDocument` for the command line's document.
 *
 * @category Rectification scoring
 * @param summary - a summary
 * @returns the JSON form
 * @example
 * ```ts
 * returnVisitSummaryToJSON(returnVisitSummary(state, { inspection: 'SL-2025-11-return' })).rate;
 * //=> '0.5510204081632653061224489795918367346939'
 * ```
 */
export function returnVisitSummaryToJSON(summary: ReturnVisitSummary): ReturnVisitSummaryJSON {
  expectReturnVisitSummary(summary);
  const group = (g: ReturnVisitGroup): ReturnVisitGroupJSON => ({
    ...g,
    rate: rateText(g),
  });
  return {
    ...summary,
    rate: rateText(summary),
    byCounty: summary.byCounty.map(group),
    bySchool: summary.bySchool.map(group),
    byUnit: summary.byUnit.map(group),
  };
}
