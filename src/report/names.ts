/**
 * Names, not ids, in reports (名称对照): a ledger knows counties by code, schools and
 * kindergartens by id and inspections by id; the people who read a report know them by name.
 * One shape, {@link ReportNames}, carries the names every renderer prints, and
 * {@link namesFromCity} builds it from a city's documents. An id without a name prints as
 * written, so nothing is lost when a name is missing.
 * @module
 */
import * as z from 'zod/mini';
import type { FieldPath } from '../error.js';
import type { Label } from '../indicators/types.js';
import { TEXT_LIMITS } from '../schema/common.js';
import { type CityInput, cityInputSchema, type Inspection, inspectionsSchema } from '../schema/inspection.js';
import { parseWithSchema } from '../schema/parse.js';
import { recordOf } from '../schema/refine.js';
import type { Lang } from './format.js';

/**
 * A name to print for an id: one text (a school's name as its dataset writes it) or a name in
 * Chinese and English (a county's, an inspection's title).
 *
 * @category Reports
 * @example
 * ```ts
 * const county: ReportName = { zh: '东湖县', en: 'Donghu County' };
 * const school: ReportName = '东湖县城关第一小学';
 * ```
 */
export type ReportName = string | Label;

/**
 * The names a report prints instead of ids (名称对照): counties by code, schools and
 * kindergartens by id, inspections by id. Every part is optional; an id with no name prints
 * as written. Build one from a city's documents with {@link namesFromCity}, or write it by hand.
 *
 * @category Reports
 * @example
 * ```ts
 * const names: ReportNames = {
 *   counties: { '990102': { zh: '西山县', en: 'Xishan County' } },
 *   institutions: { XS01: '西山县城关第一小学' },
 *   inspections: { 'SL-2025-11-return': '市级回访督导（2025-11-10至2025-11-21）' },
 * };
 * ```
 */
export interface ReportNames {
  /** County names by county code. */
  readonly counties?: Readonly<Record<string, ReportName>> | undefined;
  /** School and kindergarten names by id. */
  readonly institutions?: Readonly<Record<string, ReportName>> | undefined;
  /** Inspection titles by id. */
  readonly inspections?: Readonly<Record<string, ReportName>> | undefined;
}

// ── Inspections by their titles ─────────────────────────────────────────────────────────────────

/** Kinds of inspection in words. @internal */
export const KIND_LABELS: Readonly<Record<Inspection['kind'], Label>> = {
  process: { zh: '过程督导', en: 'process supervision' },
  'return-visit': { zh: '回访督导', en: 'return visit' },
  'provincial-assessment': { zh: '省级评估', en: 'provincial assessment' },
  'national-check': { zh: '国家认定核查', en: 'national certification check' },
  'spot-check': { zh: '专项抽查', en: 'spot check' },
};

/** Levels of inspection in words. @internal */
export const LEVEL_LABELS: Readonly<Record<Inspection['level'], Label>> = {
  national: { zh: '国家级', en: 'national' },
  provincial: { zh: '省级', en: 'provincial' },
  municipal: { zh: '市级', en: 'municipal' },
  county: { zh: '县级', en: 'county' },
};

/**
 * The title of an inspection made from its level, kind and dates, e.g.
 * 市级回访督导（2025-11-10至2025-11-21）, for the documents that name an inspection.
 * @internal
 */
export function inspectionTitle(inspection: Pick<Inspection, 'kind' | 'level' | 'dates'>): Label {
  const kind = KIND_LABELS[inspection.kind];
  const level = LEVEL_LABELS[inspection.level];
  const { start, end } = inspection.dates;
  const own = inspection.kind === 'provincial-assessment' || inspection.kind === 'national-check';
  return {
    zh: `${own ? '' : level.zh}${kind.zh}（${start}至${end}）`,
    en: `${level.en} ${kind.en}, ${start} to ${end}`,
  };
}

const textSchema = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.name));
const nameMap = /* @__PURE__ */ recordOf(
  z.string().check(z.maxLength(TEXT_LIMITS.id)),
  z.union([textSchema, z.strictObject({ zh: textSchema, en: textSchema })]),
);
const namesSchema = /* @__PURE__ */ z.optional(
  z.strictObject({
    counties: z.optional(nameMap),
    institutions: z.optional(nameMap),
    inspections: z.optional(nameMap),
  }),
);

/**
 * Reads a renderer's `names` option: `undefined` is none; anything else must be a
 * {@link ReportNames}.
 * @internal
 */
export function namesOption(value: unknown, path: FieldPath = ['options', 'names']): ReportNames | undefined {
  return parseWithSchema(namesSchema, value, path) as ReportNames | undefined;
}

function pick(map: Readonly<Record<string, ReportName>> | undefined, id: string, lang: Lang): string {
  if (map === undefined || !Object.hasOwn(map, id)) return id;
  const name = map[id] as ReportName;
  return typeof name === 'string' ? name : name[lang];
}

/**
 * A county's name, or its code when no name is known.
 * @internal
 */
export function countyName(names: ReportNames | undefined, code: string, lang: Lang): string {
  return pick(names?.counties, code, lang);
}

/**
 * A school's or kindergarten's name, or its id when no name is known.
 * @internal
 */
export function institutionName(names: ReportNames | undefined, id: string, lang: Lang): string {
  return pick(names?.institutions, id, lang);
}

/**
 * An inspection's title, or its id when no title is known.
 * @internal
 */
export function inspectionName(names: ReportNames | undefined, id: string, lang: Lang): string {
  return pick(names?.inspections, id, lang);
}

/** Whether `names` has a title for inspection `id`. @internal */
export function hasInspectionName(names: ReportNames | undefined, id: string): boolean {
  return names?.inspections !== undefined && Object.hasOwn(names.inspections, id);
}

const SCOPE_KIND: Readonly<Record<string, Label>> = {
  school: { zh: '学校', en: 'school' },
  kindergarten: { zh: '幼儿园', en: 'kindergarten' },
  department: { zh: '部门', en: 'department' },
};

/**
 * A scope key of a breakdown or a return visit (`county`, `school:<id>`, `kindergarten:<id>`,
 * `department:<unit>`) for reading: 县域, the school's or kindergarten's name (with its kind
 * when no name is known), the department.
 * @internal
 */
export function scopeName(names: ReportNames | undefined, key: string, lang: Lang): string {
  if (key === 'county') return lang === 'zh' ? '县域' : 'county';
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const rest = key.slice(colon + 1);
  if (colon < 0 || !Object.hasOwn(SCOPE_KIND, kind)) return key;
  if (kind !== 'department' && names?.institutions !== undefined && Object.hasOwn(names.institutions, rest))
    return institutionName(names, rest, lang);
  return `${(SCOPE_KIND[kind] as Label)[lang]} ${rest}`;
}

/**
 * The names in a city's documents (what `assessCity` takes; `sampleCity` is one), for the
 * reports of its ledger: every county's name by code, every school and kindergarten of its
 * datasets by id, and every inspection's title (its level, kind and dates, e.g.
 * 市级回访督导（2025-11-10至2025-11-21）) by id.
 *
 * @category Reports
 * @param city - the city's documents (validated here: the county list and the inspections;
 *   the datasets are read for their names only)
 * @returns the names
 * @throws {@link DudaoError} for a city document or an inspection that does not follow its schema
 * @example
 * ```ts
 * const names = namesFromCity(sampleCity);
 * names.counties?.['990101']; //=> { zh: '东湖县', en: 'Donghu County' }
 * renderLedgerMarkdown(ledgerReport(state, { asOf: sampleCity.asOf }), { names });
 * ```
 */
export function namesFromCity(city: CityInput): ReportNames {
  const input = parseWithSchema(cityInputSchema, city, ['city']);
  const counties: Record<string, ReportName> = {};
  const institutions: Record<string, ReportName> = {};
  const inspections: Record<string, ReportName> = {};
  for (const county of input.counties) {
    counties[county.code] =
      typeof county.name === 'string' ? county.name : { zh: county.name.zh, en: county.name.en };
    const data = county as { compulsory?: { schools?: unknown }; preschool?: { kindergartens?: unknown } };
    for (const list of [data.compulsory?.schools, data.preschool?.kindergartens]) {
      if (!Array.isArray(list)) continue;
      for (const item of list as unknown[]) {
        if (typeof item !== 'object' || item === null) continue;
        const { id, name } = item as { id?: unknown; name?: unknown };
        if (typeof id === 'string' && typeof name === 'string' && name !== '') institutions[id] = name;
      }
    }
  }
  const listed = parseWithSchema(inspectionsSchema, input.inspections ?? [], ['city', 'inspections']);
  for (const inspection of listed) inspections[inspection.id] = inspectionTitle(inspection);
  return { counties, institutions, inspections };
}
