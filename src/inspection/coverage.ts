/**
 * How much of a county's schools and kindergartens the inspections have seen (督导覆盖面): per
 * county and programme, per inspection and cumulatively, the in-scope institutions visited (a
 * count of a count, and their share) and the ones still missing. Out-of-scope institutions (special-education schools and
 * small teaching points under 优质均衡) never count against coverage; every kindergarten of a
 * preschool dataset is in scope.
 * @module
 */
import { type ExclusionOptions, exclusionOf, exclusionOptionsOf } from '../assess/exclusion.js';
import type { Figure } from '../assess/types.js';
import { dudaoError, quoteInput } from '../error.js';
import { eachOf, expectKind, expectShape } from '../guard.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import type { IndicatorSet, Programme } from '../indicators/types.js';
import { parseCompulsoryDataset } from '../schema/compulsory.js';
import {
  type Inspection,
  inspectionsSchema,
  type ScopedInstitution,
  scopedInstitutionsSchema,
} from '../schema/inspection.js';
import { parseWithSchema } from '../schema/parse.js';
import { parsePreschoolDataset } from '../schema/preschool.js';

/**
 * Options of {@link institutionsFromCompulsory}.
 *
 * @category Inspections
 * @example
 * ```ts
 * const options: InstitutionsFromCompulsoryOptions = { excludeTeachingPointsBelow: 30, ownership: 'public' };
 * ```
 */
export type InstitutionsFromCompulsoryOptions = ExclusionOptions;

/**
 * The schools of a compulsory-education dataset as institutions to cover (督导对象), in or out of
 * the set's scope by the same rules as `assessCompulsory`: kinds listed in `excludeKinds`
 * (special-education schools) and teaching points below the cut-off (50 pupils for 2017, every
 * teaching point for 2012) are out of scope, with the reason; with `ownership: 'public'`, private
 * schools too.
 *
 * @category Inspections
 * @param input - a `CompulsoryDataset` (validated here)
 * @param set - the indicator set whose exclusion rules apply, e.g. {@link compulsoryQuality2017}
 * @param options - a different teaching-point cut-off
 * @returns one institution per school, in the dataset's order
 * @throws {@link DudaoError} when the dataset is invalid
 * @example
 * ```ts
 * institutionsFromCompulsory(dataset, compulsoryQuality2017).filter((i) => !i.inScope).map((i) => i.reason);
 * //=> ['special-education', 'teaching-point-below-50']
 * ```
 */
export function institutionsFromCompulsory(
  input: unknown,
  set: IndicatorSet,
  options: InstitutionsFromCompulsoryOptions = {},
): ScopedInstitution[] {
  expectIndicatorSet(set);
  const checked = exclusionOptionsOf(options);
  const dataset = parseCompulsoryDataset(input);
  return dataset.schools.map((school) => {
    // The assessment's own rule, so coverage and assessment never disagree on who is in scope.
    const reason = exclusionOf(school, set, checked)?.reason;
    return {
      county: dataset.county.code,
      programme: set.programme,
      id: school.id,
      inScope: reason === undefined,
      name: school.name,
      ...(school.township === undefined ? {} : { township: school.township }),
      kind: 'school' as const,
      ...(reason === undefined ? {} : { reason }),
    };
  });
}

/**
 * The kindergartens of a preschool dataset as institutions to cover (督导对象) for the `preschool`
 * programme. Every kindergarten is in scope: 教督〔2020〕1号 (县域学前教育普及普惠督导评估办法)
 * assesses every kindergarten of the county, public and private, with no exclusion like the
 * special-education schools and teaching points of the compulsory sets.
 *
 * @category Inspections
 * @param input - a `PreschoolDataset` (validated here)
 * @returns one institution per kindergarten, in the dataset's order, each `inScope: true`
 * @throws {@link DudaoError} when the dataset is invalid
 * @example
 * ```ts
 * institutionsFromPreschool(dataset)[0];
 * //=> { county: '999503', programme: 'preschool', id: 'k01', inScope: true, name: '县第一幼儿园', kind: 'kindergarten' }
 * ```
 */
export function institutionsFromPreschool(input: unknown): ScopedInstitution[] {
  const dataset = parsePreschoolDataset(input);
  return dataset.kindergartens.map((kindergarten) => ({
    county: dataset.county.code,
    programme: 'preschool' as const,
    id: kindergarten.id,
    inScope: true,
    name: kindergarten.name,
    ...(kindergarten.township === undefined ? {} : { township: kindergarten.township }),
    kind: 'kindergarten' as const,
  }));
}

/**
 * Coverage figures (覆盖情况) of one county and programme at one point: visited, total, the
 * share, whether it is full, and who is missing.
 *
 * @category Inspections
 * @example
 * ```ts
 * const figures: CoverageFigures = { visited: 3, total: 4, share: 0.75, full: false, missing: ['s04'] };
 * ```
 */
export interface CoverageFigures {
  /** In-scope institutions visited (each once, however often visited). */
  readonly visited: number;
  /** In-scope institutions. */
  readonly total: number;
  /** visited ÷ total, the nearest double (`visited` and `total` hold the exact fraction); null when nothing is in scope. */
  readonly share: Figure | null;
  /** Every in-scope institution visited (false when nothing is in scope: nothing to cover is not coverage). */
  readonly full: boolean;
  /** Ids of in-scope institutions not visited, in the institutions' order. */
  readonly missing: readonly string[];
}

/**
 * What one inspection added to a county's coverage, and the coverage after it.
 *
 * @category Inspections
 * @example
 * ```ts
 * entry.steps[1]?.cumulative.share; //=> 1
 * ```
 */
export interface CoverageStep {
  /** The inspection's id. */
  readonly inspection: string;
  /** Its first day. */
  readonly start: string;
  /** Its last day. */
  readonly end: string;
  /** This inspection alone. */
  readonly own: CoverageFigures;
  /** Every inspection up to and including this one. */
  readonly cumulative: CoverageFigures;
}

/**
 * The coverage of one county and programme (督导覆盖面): the in-scope institutions, what each
 * inspection visited, and the cumulative result.
 *
 * @category Inspections
 * @example
 * ```ts
 * const [entry] = coverage(inspections, institutions);
 * entry?.cumulative.full; //=> true
 * ```
 */
export interface CoverageEntry {
  /** County code. */
  readonly county: string;
  /** Programme. */
  readonly programme: Programme;
  /** Institutions listed but out of scope (never counted). */
  readonly outOfScope: readonly string[];
  /** One step per inspection of this county and programme, by start date then id. */
  readonly steps: readonly CoverageStep[];
  /** After every inspection. */
  readonly cumulative: CoverageFigures;
  /** Ids visited in this county that are not among its listed institutions of any programme. */
  readonly unlisted: readonly string[];
}

function figures(inScope: readonly string[], visited: ReadonlySet<string>): CoverageFigures {
  const missing = inScope.filter((id) => !visited.has(id));
  const count = inScope.length - missing.length;
  const total = inScope.length;
  return {
    visited: count,
    total,
    // A quotient of two safe integers in floating point is the double nearest the exact fraction.
    share: total === 0 ? null : count / total,
    full: total > 0 && missing.length === 0,
    missing,
  };
}

/**
 * Measures how far inspections cover a county's schools and kindergartens (督导覆盖面), per county
 * and programme: an inspection counts for a county and programme when it lists both; its visits
 * there count once per institution, however many times or inspections visited it; institutions
 * with `inScope: false` are neither counted nor missing.
 *
 * Entries come in order of county, then programme; steps in order of start date, then id.
 *
 * @category Inspections
 * @param inspections - the inspections (validated here; ids unique)
 * @param institutions - the institutions to cover, e.g. from {@link institutionsFromCompulsory}
 * @returns one entry per county and programme that has institutions
 * @throws {@link DudaoError} when an inspection or an institution is invalid, or one is listed twice
 * @example
 * ```ts
 * // s01–s04 in scope; t09 a teaching point of 12 pupils (out of scope).
 * // April visits s01, s02 and t09; June visits s02 and s03.
 * const [entry] = coverage([april, june], institutions);
 * entry?.steps.map((s) => s.cumulative.share); //=> [0.5, 0.75]
 * entry?.cumulative.missing; //=> ['s04']
 * ```
 */
export function coverage(inspections: unknown, institutions: unknown): CoverageEntry[] {
  const list = parseWithSchema(inspectionsSchema, inspections, ['inspections']);
  const scoped = parseWithSchema(scopedInstitutionsSchema, institutions, ['institutions']);
  const groups = new Map<string, { county: string; programme: Programme; items: ScopedInstitution[] }>();
  const idsByCounty = new Map<string, Set<string>>();
  for (const institution of scoped) {
    const key = `${institution.county}\u0000${institution.programme}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { county: institution.county, programme: institution.programme, items: [] };
      groups.set(key, group);
    }
    group.items.push(institution);
    let ids = idsByCounty.get(institution.county);
    if (ids === undefined) {
      ids = new Set();
      idsByCounty.set(institution.county, ids);
    }
    ids.add(institution.id);
  }
  const ordered = [...list].sort(byStartThenId);
  const entries = [...groups.values()].sort((a, b) =>
    a.county === b.county ? compareText(a.programme, b.programme) : compareText(a.county, b.county),
  );
  return entries.map(({ county, programme, items }) => {
    const inScope = items.filter((i) => i.inScope).map((i) => i.id);
    const listed = idsByCounty.get(county) ?? new Set<string>();
    const seen = new Set<string>();
    const unlisted = new Set<string>();
    const steps: CoverageStep[] = [];
    for (const inspection of ordered) {
      if (!inspection.counties.includes(county) || !inspection.programmes.includes(programme)) continue;
      const own = new Set<string>();
      for (const visit of inspection.institutionsVisited) {
        if (visit.county !== county) continue;
        own.add(visit.id);
        seen.add(visit.id);
        if (!listed.has(visit.id)) unlisted.add(visit.id);
      }
      steps.push({
        inspection: inspection.id,
        start: inspection.dates.start,
        end: inspection.dates.end,
        own: figures(inScope, own),
        cumulative: figures(inScope, seen),
      });
    }
    return {
      county,
      programme,
      outOfScope: items.filter((i) => !i.inScope).map((i) => i.id),
      steps,
      cumulative: figures(inScope, seen),
      unlisted: [...unlisted].sort(compareText),
    };
  });
}

/**
 * The coverage entry of one county and programme, or a {@link DudaoError} `no-institutions` when
 * no institution of that county and programme was given.
 *
 * @category Inspections
 * @param entries - the result of {@link coverage}
 * @param county - county code
 * @param programme - programme
 * @returns the entry
 * @throws {@link DudaoError} `no-institutions` when there is no such entry
 * @example
 * ```ts
 * coverageOf(coverage(inspections, institutions), '999301', 'compulsory-quality').cumulative.visited; //=> 4
 * ```
 */
export function coverageOf(
  entries: readonly CoverageEntry[],
  county: string,
  programme: Programme,
): CoverageEntry {
  expectKind(entries, 'array', ['entries'], {
    en: 'the coverage entries (from coverage)',
    zh: '覆盖情况（由 coverage 得到）',
  });
  eachOf(entries, (entry, i) => {
    expectShape(
      entry,
      ['entries', i],
      { en: 'a coverage entry', zh: '覆盖情况条目' },
      { county: 'string', programme: 'string' },
    );
  });
  expectKind(county, 'string', ['county']);
  expectKind(programme, 'string', ['programme']);
  const entry = entries.find((e) => e.county === county && e.programme === programme);
  if (entry !== undefined) return entry;
  throw dudaoError(
    'no-institutions',
    ['county'],
    `no institutions of county ${quoteInput(county)} for ${quoteInput(programme)}`,
    `没有县 ${quoteInput(county)}（${quoteInput(programme)}）的督导对象`,
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byStartThenId(a: Inspection, b: Inspection): number {
  return a.dates.start === b.dates.start
    ? compareText(a.id, b.id)
    : compareText(a.dates.start, b.dates.start);
}
