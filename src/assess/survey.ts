/**
 * The social-recognition survey (社会认可度调查) planned, checked and scored: the sample a county
 * must draw (by group and area), whether the sample it drew is valid (size, parents' share,
 * urban/town/rural proportions), satisfaction overall and by group, area and question, and the
 * bridge to the `survey` field that the compulsory and preschool sets' recognition indicator
 * reads. Lives in `assess/` because it evaluates facts against rules and feeds an assessment;
 * the rules themselves are data (`indicators/survey-rules.ts`).
 * @module
 */
import { dudaoError, type FieldPath, type SafeResult, safely } from '../error.js';
import { expectShape } from '../guard.js';
import { deepFreeze } from '../indicators/freeze.js';
import { labelled } from '../indicators/label.js';
import { SURVEY_RULES } from '../indicators/survey-rules.js';
import type { Label } from '../indicators/types.js';
import { toDecimal } from '../numeric/decimal.js';
import {
  compareRational,
  type Rational,
  rational,
  rationalFromDecimal,
  rationalToNumber,
} from '../numeric/rational.js';
import type { Quantity, Survey } from '../schema/common.js';
import { parseWithSchema } from '../schema/parse.js';
import {
  type RecognitionSurvey,
  recognitionSurveySchema,
  SURVEY_AREAS,
  SURVEY_GROUPS,
  type SurveyArea,
  type SurveyFrame,
  type SurveyGroup,
  type SurveyRules,
  type SurveyRulesOverride,
  surveyFrameSchema,
  surveyRulesOverrideSchema,
  surveyRulesSchema,
} from '../schema/survey.js';
import type { Figure } from './types.js';

// ── Labels ─────────────────────────────────────────────────────────────────────────────────────

const GROUP_NAMES: Readonly<Record<SurveyGroup, Label>> = {
  parents: { zh: '学生家长', en: 'parents' },
  students: { zh: '学生', en: 'students' },
  teachers: { zh: '教师', en: 'teachers' },
  principals: { zh: '校（园）长', en: 'principals and directors' },
  deputies: { zh: '人大代表、政协委员', en: 'deputies and CPPCC members' },
  residents: { zh: '其他群众', en: 'other residents' },
};

const AREA_NAMES: Readonly<Record<SurveyArea, Label>> = {
  urban: { zh: '城区', en: 'urban' },
  town: { zh: '镇区', en: 'town' },
  rural: { zh: '乡村', en: 'rural' },
};

// ── Result types ───────────────────────────────────────────────────────────────────────────────

/**
 * A survey plan (调查样本方案): how many valid questionnaires a county must collect, and how they
 * divide between respondent groups and urban, town and rural areas. Group sizes follow the
 * planned shares (largest remainders, and never below a group's minimum share); each group's
 * sample divides between areas in proportion to their population (largest remainders).
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * const plan: SurveyPlan = surveyPlan({ population: 400000, areas: { urban: 160000, town: 80000, rural: 160000 } });
 * plan.total; //=> 600
 * ```
 */
export interface SurveyPlan {
  /** The rules' id. */
  readonly rules: string;
  /** Resident population (常住人口). */
  readonly population: number;
  /** The sampling rate (e.g. 0.0015 for 1.5 ‰). */
  readonly rate: Figure;
  /** population × rate, rounded up. */
  readonly byRate: number;
  /** The rules' minimum sample. */
  readonly minimum: number;
  /** The rules' maximum sample, or null. */
  readonly maximum: number | null;
  /** The sample to collect: byRate, at least minimum, at most maximum (more when a group's minimum share needs it). */
  readonly total: number;
  /** One entry per group, in {@link SURVEY_GROUPS} order. */
  readonly groups: readonly {
    /** The group. */
    readonly group: SurveyGroup;
    /** Its name in both languages. */
    readonly name: Label;
    /** Planned share (0–1). */
    readonly share: Figure;
    /** Minimum share checked, or null. */
    readonly minShare: Figure | null;
    /** Questionnaires to collect. */
    readonly size: number;
  }[];
  /** One entry per area, in {@link SURVEY_AREAS} order. */
  readonly areas: readonly {
    /** The area. */
    readonly area: SurveyArea;
    /** Its name in both languages. */
    readonly name: Label;
    /** Resident population of the area. */
    readonly population: number;
    /** Its share of the frame's population (0–1). */
    readonly share: Figure;
    /** Questionnaires to collect there (all groups). */
    readonly size: number;
  }[];
  /** Questionnaires per group and area (groups × areas, group-major). */
  readonly cells: readonly {
    /** The group. */
    readonly group: SurveyGroup;
    /** The area. */
    readonly area: SurveyArea;
    /** Questionnaires to collect. */
    readonly size: number;
  }[];
}

/**
 * A satisfaction rate (满意度): satisfied answers ÷ answers that count (every option that is not
 * `excluded`) × 100. `value` is null when nothing was answered.
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * const rate: SurveyRate = { satisfied: 170, answered: 200, excluded: 0, value: 85 };
 * ```
 */
export interface SurveyRate {
  /** Answers counted as satisfied. */
  readonly satisfied: number;
  /** Answers counted (satisfied + not satisfied). */
  readonly answered: number;
  /** Answers left out (e.g. 不了解 when the rules exclude it). */
  readonly excluded: number;
  /** satisfied ÷ answered × 100, or null when answered is 0. */
  readonly value: Figure | null;
}

/**
 * One check of a survey sample (样本检查): its size against the plan, a group's share against its
 * minimum, or an area's share against its share of the population. `reason` says in both
 * languages why an unmet check fails (null when met). Decisions are exact.
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * const check: SurveySampleCheck = { check: 'size', met: true, respondents: 600, required: 600, reason: null };
 * ```
 */
export type SurveySampleCheck =
  | {
      /** The sample's size against the plan. */
      readonly check: 'size';
      /** Whether the check passes. */
      readonly met: boolean;
      /** Valid questionnaires collected. */
      readonly respondents: number;
      /** The plan's total. */
      readonly required: number;
      /** Why it fails, in both languages; null when met. */
      readonly reason: Label | null;
    }
  | {
      /** Valid questionnaires against those issued. */
      readonly check: 'return-rate';
      /** Whether the check passes. */
      readonly met: boolean;
      /** Valid questionnaires. */
      readonly respondents: number;
      /** Questionnaires issued. */
      readonly issued: number;
      /** respondents ÷ issued (null when none were issued). */
      readonly rate: Figure | null;
      /** The minimum rate. */
      readonly minRate: Figure;
      /** Why it fails, in both languages; null when met. */
      readonly reason: Label | null;
    }
  | {
      /** A group's share against its minimum. */
      readonly check: 'group-share';
      /** The group. */
      readonly group: SurveyGroup;
      /** Whether the check passes. */
      readonly met: boolean;
      /** Respondents of the group. */
      readonly respondents: number;
      /** All respondents. */
      readonly total: number;
      /** respondents ÷ total (null when total is 0). */
      readonly share: Figure | null;
      /** The minimum share. */
      readonly minShare: Figure;
      /** Why it fails, in both languages; null when met. */
      readonly reason: Label | null;
    }
  | {
      /** An area's share against its share of the population. */
      readonly check: 'area-share';
      /** The area. */
      readonly area: SurveyArea;
      /** Whether the check passes. */
      readonly met: boolean;
      /** Respondents living in the area. */
      readonly respondents: number;
      /** All respondents. */
      readonly total: number;
      /** respondents ÷ total (null when total is 0). */
      readonly share: Figure | null;
      /** The area's share of the population. */
      readonly populationShare: Figure;
      /** |share − populationShare| (null when total is 0). */
      readonly difference: Figure | null;
      /** The largest difference allowed. */
      readonly tolerance: Figure;
      /** Why it fails, in both languages; null when met. */
      readonly reason: Label | null;
    };

/**
 * What the survey says about the social-recognition indicator (社会认可度): `met` or `unmet`
 * against the threshold, or `unknown` when the sample is not valid (it cannot be judged: a
 * supervising body would send the county back to survey again) or nothing was answered. The
 * fields mirror an indicator result: value = numerator ÷ denominator × 100, compared exactly.
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * const recognition: SurveyRecognition = {
 *   status: 'met', met: true, value: 90, numerator: 540, denominator: 600, scale: 100,
 *   threshold: 85, comparator: 'gte', shortfall: null, reasons: [],
 * };
 * ```
 */
export interface SurveyRecognition {
  /** The decision: met, unmet, or unknown (an invalid sample, or no answers). */
  readonly status: 'met' | 'unmet' | 'unknown';
  /** The decision, null when unknown. */
  readonly met: boolean | null;
  /** The overall satisfaction, percent (null when nothing was answered). */
  readonly value: Figure | null;
  /** Satisfied answers. */
  readonly numerator: number;
  /** Answers counted. */
  readonly denominator: number;
  /** Always 100: a percentage. */
  readonly scale: Figure;
  /** The threshold, percent. */
  readonly threshold: Figure;
  /** Always `gte`. */
  readonly comparator: 'gte';
  /** threshold − value when unmet, else null. */
  readonly shortfall: Figure | null;
  /** Why the indicator is unmet or unknown, in both languages (empty when met). */
  readonly reasons: readonly Label[];
}

/**
 * A social-recognition survey assessed (社会认可度调查结果): the plan for the county, the sample
 * checks, satisfaction overall and by group, area and question, and the recognition decision.
 * Plain data: every figure a number, every decision exact.
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * const result: SurveyAssessment = assessSurvey(survey);
 * result.sample.valid; //=> true
 * result.recognition.status; //=> 'met'
 * ```
 */
export interface SurveyAssessment {
  /** The county surveyed. */
  readonly county: {
    /** 行政区划代码 */
    readonly code: string;
    /** 县名 */
    readonly name: string;
  };
  /** The survey year, or null. */
  readonly year: number | null;
  /** The rules' id. */
  readonly rules: string;
  /** The plan for the county's frame. */
  readonly plan: SurveyPlan;
  /** Valid questionnaires. */
  readonly respondents: number;
  /** The sample checks; the sample is valid when every one is met. */
  readonly sample: {
    /** Whether every check is met. */
    readonly valid: boolean;
    /** Every check: size, valid returns (when issued is given), groups, areas. */
    readonly checks: readonly SurveySampleCheck[];
  };
  /** Overall satisfaction (the rules' overall question, or every question pooled). */
  readonly overall: SurveyRate;
  /** Per group, in {@link SURVEY_GROUPS} order (on the same questions as `overall`). */
  readonly groups: readonly {
    /** The group. */
    readonly group: SurveyGroup;
    /** Its name in both languages. */
    readonly name: Label;
    /** Its respondents. */
    readonly respondents: number;
    /** Share of all respondents (null when there are none). */
    readonly share: Figure | null;
    /** Its satisfaction. */
    readonly rate: SurveyRate;
  }[];
  /** Per area, in {@link SURVEY_AREAS} order (on the same questions as `overall`). */
  readonly areas: readonly {
    /** The area. */
    readonly area: SurveyArea;
    /** Its name in both languages. */
    readonly name: Label;
    /** Its respondents. */
    readonly respondents: number;
    /** Share of all respondents (null when there are none). */
    readonly share: Figure | null;
    /** Its satisfaction. */
    readonly rate: SurveyRate;
  }[];
  /** Per question, in order of first appearance (all respondents). */
  readonly questions: readonly {
    /** The question id. */
    readonly question: string;
    /** Its satisfaction. */
    readonly rate: SurveyRate;
  }[];
  /** The social-recognition decision. */
  readonly recognition: SurveyRecognition;
}

// ── Rules ──────────────────────────────────────────────────────────────────────────────────────

function rulesOf(rules: unknown, path: FieldPath): SurveyRules {
  if (rules === SURVEY_RULES) return SURVEY_RULES;
  return parseWithSchema(surveyRulesSchema, rules, path);
}

/**
 * Derives a provincial variant of the survey rules (省级调查规则) from a base (usually
 * {@link SURVEY_RULES}): the override is validated by {@link surveyRulesOverrideSchema}, merged
 * (`sampling` and each group field by field, `options` whole, `sources` appended), and the
 * result validated again by {@link surveyRulesSchema}, so a variant whose shares no longer add up
 * to 1 is refused (code `shares-not-one`). Neither argument is changed; the result is frozen.
 *
 * @category Social recognition survey
 * @param base - the rules to start from
 * @param override - the province's changes, with its own `id` and `name`
 * @returns the merged, validated rules
 * @throws {@link DudaoError} when either argument, or the merged rules, are invalid
 * @example
 * ```ts
 * const gansu = customizeSurveyRules(SURVEY_RULES, {
 *   id: 'gs-balance', name: { zh: '甘肃省', en: 'Gansu' },
 *   groups: { parents: { share: '0.6' }, students: { share: '0' } },
 * });
 * gansu.groups.parents; //=> { share: '0.6', minShare: '0.5' }
 * ```
 */
export function customizeSurveyRules(base: SurveyRules, override: SurveyRulesOverride): SurveyRules {
  const from = rulesOf(base, ['base']);
  const change = parseWithSchema(surveyRulesOverrideSchema, override, ['override']);
  const groups = Object.fromEntries(
    SURVEY_GROUPS.map((group) => [group, { ...from.groups[group], ...(change.groups?.[group] ?? {}) }]),
  );
  const merged = {
    ...from,
    id: change.id,
    name: change.name,
    sampling: { ...from.sampling, ...(change.sampling ?? {}) },
    groups,
    ...(change.areaTolerance === undefined ? {} : { areaTolerance: change.areaTolerance }),
    ...(change.options === undefined ? {} : { options: change.options }),
    ...(change.threshold === undefined ? {} : { threshold: change.threshold }),
    ...(change.overallQuestion === undefined ? {} : { overallQuestion: change.overallQuestion }),
    sources: [...from.sources, ...(change.sources ?? [])],
  };
  return deepFreeze(parseWithSchema(surveyRulesSchema, merged, ['override']));
}

// ── Arithmetic ─────────────────────────────────────────────────────────────────────────────────

function countOf(value: Quantity): number {
  return typeof value === 'number' ? value : Number(value.toString());
}

function figureOf(value: Quantity): Figure {
  return typeof value === 'number' ? value : toDecimal(value).toNumber();
}

// Largest-remainder apportionment (最大余数法) of `total` in proportion to `weights` (Σ > 0):
// each part gets the floor of its exact quota, and the units left go to the largest remainders
// (ties to the earlier part).
function apportion(total: number, weights: readonly Rational[]): number[] {
  let sumN = 0n;
  let sumD = 1n;
  for (const w of weights) {
    sumN = sumN * w.d + w.n * sumD;
    sumD *= w.d;
  }
  if (sumN === 0n) return weights.map(() => 0);
  const t = BigInt(total);
  const parts = weights.map((w) => {
    // quota = total × w ÷ Σ = (t · w.n · sumD) / (w.d · sumN)
    const n = t * w.n * sumD;
    const d = w.d * sumN;
    return { floor: n / d, rem: rational(n % d, d) };
  });
  let left = total - parts.reduce((sum, part) => sum + Number(part.floor), 0);
  const order = parts
    .map((_, i) => i)
    .sort((a, b) => {
      const byRem = compareRational(
        (parts[b] as (typeof parts)[number]).rem,
        (parts[a] as (typeof parts)[number]).rem,
      );
      return byRem !== 0 ? byRem : a - b;
    });
  const sizes = parts.map((part) => Number(part.floor));
  for (const i of order) {
    if (left <= 0) break;
    sizes[i] = (sizes[i] as number) + 1;
    left -= 1;
  }
  return sizes;
}

// Rounds the table whose exact cells are rows[g] × cols[a] ÷ total (Σ rows = Σ cols = total)
// to whole numbers with the same row and column totals: floors first, then one more to the
// largest remainders while both the row and the column still need one, and whatever is left by
// the north-west corner rule (which always completes a table with given margins).
function roundTable(rows: readonly number[], cols: readonly number[]): number[][] {
  const total = BigInt(rows.reduce((a, b) => a + b, 0));
  const table = rows.map(() => cols.map(() => 0));
  if (total === 0n) return table;
  const rowLeft = [...rows];
  const colLeft = [...cols];
  const remainders: { g: number; a: number; rem: bigint }[] = [];
  rows.forEach((r, g) => {
    cols.forEach((c, a) => {
      const n = BigInt(r) * BigInt(c);
      const floor = Number(n / total);
      (table[g] as number[])[a] = floor;
      rowLeft[g] = (rowLeft[g] as number) - floor;
      colLeft[a] = (colLeft[a] as number) - floor;
      remainders.push({ g, a, rem: n % total });
    });
  });
  remainders.sort((x, y) => (x.rem === y.rem ? 0 : x.rem > y.rem ? -1 : 1));
  for (const { g, a } of remainders) {
    if ((rowLeft[g] as number) > 0 && (colLeft[a] as number) > 0) {
      (table[g] as number[])[a] = ((table[g] as number[])[a] as number) + 1;
      rowLeft[g] = (rowLeft[g] as number) - 1;
      colLeft[a] = (colLeft[a] as number) - 1;
    }
  }
  let g = 0;
  let a = 0;
  while (g < rows.length && a < cols.length) {
    const m = Math.min(rowLeft[g] as number, colLeft[a] as number);
    (table[g] as number[])[a] = ((table[g] as number[])[a] as number) + m;
    rowLeft[g] = (rowLeft[g] as number) - m;
    colLeft[a] = (colLeft[a] as number) - m;
    if (rowLeft[g] === 0) g += 1;
    else a += 1;
  }
  return table;
}

function ceilTimes(count: number, share: Rational): number {
  const n = BigInt(count) * share.n;
  return Number((n + share.d - 1n) / share.d);
}

function percentText(numerator: number, denominator: number): string {
  if (denominator === 0) return '—';
  return toDecimal(numerator).times(100).div(denominator).toDecimalPlaces(2).toString();
}

function shareText(share: Quantity): string {
  return toDecimal(share).times(100).toString();
}

// ── Plan ───────────────────────────────────────────────────────────────────────────────────────

function planFor(frame: SurveyFrame, rules: SurveyRules): SurveyPlan {
  const population = countOf(frame.population);
  const rate = rationalFromDecimal(rules.sampling.rate);
  const byRate = ceilTimes(population, rate);
  const minimum = countOf(rules.sampling.minimum);
  const maximum = rules.sampling.maximum === null ? null : countOf(rules.sampling.maximum);
  let total = Math.max(byRate, minimum);
  if (maximum !== null) total = Math.min(total, maximum);

  const shares = SURVEY_GROUPS.map((group) => rationalFromDecimal(rules.groups[group].share));
  const sizes = apportion(total, shares);
  // Never below a group's minimum share: take from the groups with most to spare (no minimum
  // counts as 0), and grow the sample only when no group can spare one.
  const floors = SURVEY_GROUPS.map((group) => {
    const min = rules.groups[group].minShare;
    return min === null ? 0 : ceilTimes(total, rationalFromDecimal(min));
  });
  let grown = total;
  SURVEY_GROUPS.forEach((_, g) => {
    while ((sizes[g] as number) < (floors[g] as number)) {
      let donor = -1;
      for (let h = 0; h < sizes.length; h++) {
        if (h === g) continue;
        const spare = (sizes[h] as number) - (floors[h] as number);
        if (spare > 0 && (donor < 0 || spare > (sizes[donor] as number) - (floors[donor] as number)))
          donor = h;
      }
      if (donor >= 0) sizes[donor] = (sizes[donor] as number) - 1;
      else grown += 1;
      sizes[g] = (sizes[g] as number) + 1;
    }
  });

  const areaPopulations = SURVEY_AREAS.map((area) => countOf(frame.areas[area]));
  const areaTotal = areaPopulations.reduce((a, b) => a + b, 0);
  const areaSizes = apportion(
    grown,
    areaPopulations.map((p) => rational(BigInt(p))),
  );
  const table = roundTable(sizes, areaSizes);
  const cells: { group: SurveyGroup; area: SurveyArea; size: number }[] = [];
  SURVEY_GROUPS.forEach((group, g) => {
    SURVEY_AREAS.forEach((area, a) => {
      cells.push({ group, area, size: (table[g] as number[])[a] as number });
    });
  });

  return {
    rules: rules.id,
    population,
    rate: figureOf(rules.sampling.rate),
    byRate,
    minimum,
    maximum,
    total: grown,
    groups: SURVEY_GROUPS.map((group, g) => {
      const rule = rules.groups[group];
      return {
        group,
        name: labelled(group, GROUP_NAMES),
        share: figureOf(rule.share),
        minShare: rule.minShare === null ? null : figureOf(rule.minShare),
        size: sizes[g] as number,
      };
    }),
    areas: SURVEY_AREAS.map((area, a) => ({
      area,
      name: labelled(area, AREA_NAMES),
      population: areaPopulations[a] as number,
      share: (areaPopulations[a] as number) / areaTotal,
      size: areaSizes[a] as number,
    })),
    cells,
  };
}

/**
 * Plans a social-recognition survey (社会认可度调查样本方案): the number of valid questionnaires a
 * county must collect (resident population × the rules' rate, rounded up, at least the minimum:
 * nationally 1.5 ‰ and at least 600) and how they divide between respondent groups (parents at
 * least half) and urban, town and rural areas (in proportion to their population).
 *
 * @category Social recognition survey
 * @param frame - the county's resident population and its urban/town/rural division (untrusted, validated)
 * @param rules - the sampling rules; {@link SURVEY_RULES} when omitted
 * @returns the plan
 * @throws {@link DudaoError} when the frame or the rules are invalid
 * @example
 * ```ts
 * const plan = surveyPlan({ population: 520000, areas: { urban: 208000, town: 104000, rural: 208000 } });
 * plan.total; //=> 780 (520000 × 1.5 ‰)
 * plan.groups[0]; //=> { group: 'parents', name: { zh: '学生家长', en: 'parents' }, share: 0.5, minShare: 0.5, size: 390 }
 * plan.areas.map((a) => a.size); //=> [312, 156, 312]
 * ```
 */
export function surveyPlan(frame: SurveyFrame, rules: SurveyRules = SURVEY_RULES): SurveyPlan {
  const valid = parseWithSchema(surveyFrameSchema, frame, ['frame']);
  return planFor(valid, rulesOf(rules, ['rules']));
}

// ── Tally ──────────────────────────────────────────────────────────────────────────────────────

// One group × area: respondents and, per question, per option, the count.
interface Tally {
  respondents: number;
  readonly answers: Map<string, Map<string, number>>;
}

function tallyOf(survey: RecognitionSurvey, rules: SurveyRules): { cells: Tally[][]; questions: string[] } {
  const known = new Set(rules.options.map((option) => option.id));
  const cells = SURVEY_GROUPS.map(() =>
    SURVEY_AREAS.map((): Tally => ({ respondents: 0, answers: new Map() })),
  );
  const questions: string[] = [];
  const seen = new Set<string>();
  const add = (tally: Tally, question: string, option: string, count: number, path: FieldPath): void => {
    if (!known.has(option)) {
      throw dudaoError(
        'unknown-answer-option',
        path,
        `answer option "${option}" is not in the scale of the rules "${rules.id}" (${[...known].join(', ')})`,
        `答案选项 "${option}" 不在规则 "${rules.id}" 的选项中（${[...known].join('、')}）`,
      );
    }
    if (!seen.has(question)) {
      seen.add(question);
      questions.push(question);
    }
    let options = tally.answers.get(question);
    if (options === undefined) {
      options = new Map();
      tally.answers.set(question, options);
    }
    options.set(option, (options.get(option) ?? 0) + count);
  };
  const at = (group: SurveyGroup, area: SurveyArea): Tally =>
    (cells[SURVEY_GROUPS.indexOf(group)] as Tally[])[SURVEY_AREAS.indexOf(area)] as Tally;
  survey.cells?.forEach((cell, i) => {
    const tally = at(cell.group, cell.area);
    tally.respondents += countOf(cell.respondents);
    for (const [question, options] of Object.entries(cell.answers)) {
      for (const [option, count] of Object.entries(options)) {
        add(tally, question, option, countOf(count), ['cells', i, 'answers', question, option]);
      }
    }
  });
  survey.respondents?.forEach((one, i) => {
    const tally = at(one.group, one.area);
    tally.respondents += 1;
    for (const [question, option] of Object.entries(one.answers)) {
      add(tally, question, option, 1, ['respondents', i, 'answers', question]);
    }
  });
  return { cells, questions };
}

function rateOf(tallies: readonly Tally[], rules: SurveyRules, question: string | null): SurveyRate {
  const counts = new Map(rules.options.map((option) => [option.id, option.counts]));
  let satisfied = 0;
  let answered = 0;
  let excluded = 0;
  for (const tally of tallies) {
    for (const [q, options] of tally.answers) {
      if (question !== null && q !== question) continue;
      for (const [option, count] of options) {
        const kind = counts.get(option);
        if (kind === 'excluded') excluded += count;
        else {
          answered += count;
          if (kind === 'satisfied') satisfied += count;
        }
      }
    }
  }
  return { satisfied, answered, excluded, value: answered === 0 ? null : (satisfied * 100) / answered };
}

// ── Checks ─────────────────────────────────────────────────────────────────────────────────────

function sizeCheck(total: number, plan: SurveyPlan, rules: SurveyRules): SurveySampleCheck {
  const met = total >= plan.total;
  const rate = toDecimal(rules.sampling.rate).times(1000).toString();
  return {
    check: 'size',
    met,
    respondents: total,
    required: plan.total,
    reason: met
      ? null
      : {
          en: `${total} valid questionnaires, fewer than the ${plan.total} required (${rate} ‰ of ${plan.population} residents, at least ${plan.minimum})`,
          zh: `有效问卷 ${total} 份，少于应收集的 ${plan.total} 份（常住人口 ${plan.population} 的 ${rate}‰，且不少于 ${plan.minimum} 份）`,
        },
  };
}

function returnCheck(valid: number, issued: number, minRate: Quantity): SurveySampleCheck {
  const min = rationalFromDecimal(minRate);
  const met = issued > 0 && BigInt(valid) * min.d >= min.n * BigInt(issued);
  return {
    check: 'return-rate',
    met,
    respondents: valid,
    issued,
    rate: issued === 0 ? null : valid / issued,
    minRate: figureOf(minRate),
    reason: met
      ? null
      : {
          en: `${valid} valid questionnaires of ${issued} issued (${percentText(valid, issued)} %), below the required ${shareText(minRate)} %`,
          zh: `发放问卷 ${issued} 份，有效问卷 ${valid} 份（${percentText(valid, issued)}%），低于要求的 ${shareText(minRate)}%`,
        },
  };
}

function groupCheck(group: SurveyGroup, count: number, total: number, minShare: Quantity): SurveySampleCheck {
  const min = rationalFromDecimal(minShare);
  const met = total > 0 && BigInt(count) * min.d >= min.n * BigInt(total);
  const name = labelled(group, GROUP_NAMES);
  return {
    check: 'group-share',
    group,
    met,
    respondents: count,
    total,
    share: total === 0 ? null : count / total,
    minShare: figureOf(minShare),
    reason: met
      ? null
      : {
          en: `${name.en} are ${percentText(count, total)} % of respondents (${count} of ${total}), below the required ${shareText(minShare)} %`,
          zh: `${name.zh}占调查对象的 ${percentText(count, total)}%（${total} 人中 ${count} 人），低于要求的 ${shareText(minShare)}%`,
        },
  };
}

function areaCheck(
  area: SurveyArea,
  count: number,
  total: number,
  population: number,
  populationTotal: number,
  tolerance: Quantity,
): SurveySampleCheck {
  const tol = rationalFromDecimal(tolerance);
  // |count / total − population / populationTotal| ≤ tolerance, in integers.
  const gap = BigInt(count) * BigInt(populationTotal) - BigInt(population) * BigInt(total);
  const absGap = gap < 0n ? -gap : gap;
  const met = total > 0 && absGap * tol.d <= tol.n * BigInt(total) * BigInt(populationTotal);
  const name = labelled(area, AREA_NAMES);
  const populationShare = population / populationTotal;
  const difference =
    total === 0 ? null : rationalToNumber(rational(absGap, BigInt(total) * BigInt(populationTotal)));
  let reason: Label | null = null;
  if (!met) {
    const expected = percentText(population, populationTotal);
    const allowed = shareText(tolerance);
    reason =
      count === 0 && population > 0
        ? {
            en: `no respondents from ${name.en} areas, where ${expected} % of the residents live (allowed difference ${allowed} percentage points)`,
            zh: `没有${name.zh}调查对象，而${name.zh}常住人口占 ${expected}%（允许相差 ${allowed} 个百分点）`,
          }
        : {
            en: `${name.en} respondents are ${percentText(count, total)} % of the sample (${count} of ${total}) against ${expected} % of the residents; allowed difference ${allowed} percentage points`,
            zh: `${name.zh}调查对象占样本的 ${percentText(count, total)}%（${total} 人中 ${count} 人），而${name.zh}常住人口占 ${expected}%，允许相差 ${allowed} 个百分点`,
          };
  }
  return {
    check: 'area-share',
    area,
    met,
    respondents: count,
    total,
    share: total === 0 ? null : count / total,
    populationShare,
    difference,
    tolerance: figureOf(tolerance),
    reason,
  };
}

// ── Assessment ─────────────────────────────────────────────────────────────────────────────────

function assessValid(survey: RecognitionSurvey, rules: SurveyRules): SurveyAssessment {
  const plan = planFor(survey.frame, rules);
  const { cells, questions } = tallyOf(survey, rules);
  const groupTallies = cells;
  const areaTallies = SURVEY_AREAS.map((_, a) => cells.map((row) => row[a] as Tally));
  const all = cells.flat();
  const count = (tallies: readonly Tally[]): number => tallies.reduce((sum, t) => sum + t.respondents, 0);
  const total = count(all);

  const checks: SurveySampleCheck[] = [sizeCheck(total, plan, rules)];
  if (survey.issued !== undefined && rules.minReturnRate !== null) {
    checks.push(returnCheck(total, countOf(survey.issued), rules.minReturnRate));
  }
  SURVEY_GROUPS.forEach((group, g) => {
    const min = rules.groups[group].minShare;
    if (min !== null) checks.push(groupCheck(group, count(groupTallies[g] as Tally[]), total, min));
  });
  const populationTotal = SURVEY_AREAS.reduce((sum, area) => sum + countOf(survey.frame.areas[area]), 0);
  SURVEY_AREAS.forEach((area, a) => {
    checks.push(
      areaCheck(
        area,
        count(areaTallies[a] as Tally[]),
        total,
        countOf(survey.frame.areas[area]),
        populationTotal,
        rules.areaTolerance,
      ),
    );
  });
  const valid = checks.every((check) => check.met);

  const question = rules.overallQuestion;
  const overall = rateOf(all, rules, question);
  const threshold = rationalFromDecimal(rules.threshold);
  const thresholdFigure = figureOf(rules.threshold);
  const reasons: Label[] = [];
  let status: SurveyRecognition['status'];
  let shortfall: Figure | null = null;
  if (!valid) {
    status = 'unknown';
    for (const check of checks) if (check.reason !== null) reasons.push(check.reason);
  } else if (overall.answered === 0) {
    status = 'unknown';
    reasons.push(
      question === null
        ? { en: 'no question was answered', zh: '没有任何题目的有效回答' }
        : {
            en: `the overall question "${question}" was not answered`,
            zh: `总体满意度题目 "${question}" 没有有效回答`,
          },
    );
  } else {
    const value = rational(BigInt(overall.satisfied) * 100n, BigInt(overall.answered));
    const met = compareRational(value, threshold) >= 0;
    status = met ? 'met' : 'unmet';
    if (!met) {
      const gap = rational(
        threshold.n * BigInt(overall.answered) - BigInt(overall.satisfied) * 100n * threshold.d,
        threshold.d * BigInt(overall.answered),
      );
      shortfall = rationalToNumber(gap);
      const shown = percentText(overall.satisfied, overall.answered);
      reasons.push({
        en: `satisfaction ${shown} % (${overall.satisfied} of ${overall.answered} answers) is below ${thresholdFigure} %`,
        zh: `满意度 ${shown}%（${overall.answered} 个回答中 ${overall.satisfied} 个满意）低于 ${thresholdFigure}%`,
      });
    }
  }

  return {
    county: { code: survey.county.code, name: survey.county.name },
    year: survey.year ?? null,
    rules: rules.id,
    plan,
    respondents: total,
    sample: { valid, checks },
    overall,
    groups: SURVEY_GROUPS.map((group, g) => {
      const respondents = count(groupTallies[g] as Tally[]);
      return {
        group,
        name: labelled(group, GROUP_NAMES),
        respondents,
        share: total === 0 ? null : respondents / total,
        rate: rateOf(groupTallies[g] as Tally[], rules, question),
      };
    }),
    areas: SURVEY_AREAS.map((area, a) => {
      const respondents = count(areaTallies[a] as Tally[]);
      return {
        area,
        name: labelled(area, AREA_NAMES),
        respondents,
        share: total === 0 ? null : respondents / total,
        rate: rateOf(areaTallies[a] as Tally[], rules, question),
      };
    }),
    questions: questions.map((q) => ({ question: q, rate: rateOf(all, rules, q) })),
    recognition: {
      status,
      met: status === 'unknown' ? null : status === 'met',
      value: overall.value,
      numerator: overall.satisfied,
      denominator: overall.answered,
      scale: 100,
      threshold: thresholdFigure,
      comparator: 'gte',
      shortfall,
      reasons,
    },
  };
}

/**
 * Assesses a social-recognition survey (社会认可度调查评估): checks the sample against the plan for
 * the county (size, valid questionnaires among those issued when the survey says how many were
 * issued, parents' share, urban/town/rural proportions: every failed check with a
 * reason in Chinese and English), scores satisfaction overall and by group, area and question
 * (satisfied ÷ answered, with "satisfied" as the rules define it), and decides the recognition
 * indicator exactly: `met` or `unmet` against the threshold when the sample is valid, `unknown`
 * when it is not (an invalid sample says nothing about the county, so it neither passes nor fails
 * it). The survey is never changed.
 *
 * @category Social recognition survey
 * @param survey - a survey document (untrusted, validated by {@link recognitionSurveySchema})
 * @param rules - the rules; {@link SURVEY_RULES} when omitted
 * @returns the assessment
 * @throws {@link DudaoError} when the survey or the rules are invalid, or an answer uses an option
 *   that the rules' scale does not list (code `unknown-answer-option`)
 * @example
 * ```ts
 * const result = assessSurvey({
 *   schemaVersion: 1,
 *   county: { code: '610328', name: '示例县' },
 *   frame: { population: 400000, areas: { urban: 200000, town: 0, rural: 200000 } },
 *   cells: [
 *     { group: 'parents', area: 'urban', respondents: 150, answers: { overall: { satisfied: 140, dissatisfied: 10 } } },
 *     { group: 'parents', area: 'rural', respondents: 150, answers: { overall: { satisfied: 120, neutral: 30 } } },
 *     { group: 'teachers', area: 'urban', respondents: 150, answers: { overall: { satisfied: 130, neutral: 20 } } },
 *     { group: 'residents', area: 'rural', respondents: 150, answers: { overall: { 'fairly-satisfied': 120, dissatisfied: 30 } } },
 *   ],
 * });
 * result.sample.valid; //=> true
 * result.overall; //=> { satisfied: 510, answered: 600, excluded: 0, value: 85 }
 * result.recognition.status; //=> 'met' (85 % ≥ 85 %)
 * ```
 */
export function assessSurvey(survey: RecognitionSurvey, rules: SurveyRules = SURVEY_RULES): SurveyAssessment {
  const valid = parseWithSchema(recognitionSurveySchema, survey);
  return assessValid(valid, rulesOf(rules, ['rules']));
}

/**
 * Assesses a survey like {@link assessSurvey}, but returns `{ success, data | error }` instead of
 * throwing.
 *
 * @category Social recognition survey
 * @param survey - a survey document (untrusted)
 * @param rules - the rules; {@link SURVEY_RULES} when omitted
 * @returns the assessment, or the {@link DudaoError}
 * @example
 * ```ts
 * const result = safeAssessSurvey({ schemaVersion: 1 });
 * result.success; //=> false
 * ```
 */
export function safeAssessSurvey(
  survey: unknown,
  rules: SurveyRules = SURVEY_RULES,
): SafeResult<SurveyAssessment> {
  return safely(() => assessSurvey(survey as RecognitionSurvey, rules));
}

/**
 * The dataset field a survey gives the social-recognition indicator (认可度数据): the `survey`
 * object `{ respondents, satisfied }` that the compulsory and preschool datasets carry, where
 * `respondents` is the number of answers counted and `satisfied` those counted as satisfied (so
 * the set computes exactly the survey's overall rate), or `undefined` when the survey cannot be
 * judged (`recognition.status` is `unknown`): leave the field out, and the set reports the
 * indicator as unknown rather than met or unmet.
 *
 * @category Social recognition survey
 * @param assessment - a result of {@link assessSurvey}
 * @returns the `survey` field, or undefined
 * @throws {@link DudaoError} when the argument is not a survey assessment
 * @example
 * ```ts
 * const field = recognitionFromSurvey(assessSurvey(survey));
 * const dataset = field === undefined ? county : { ...county, survey: field };
 * assessCompulsory(dataset, compulsoryQuality2017).socialRecognition?.status; //=> 'met'
 * ```
 */
export function recognitionFromSurvey(assessment: SurveyAssessment): Survey | undefined {
  expectShape(
    assessment,
    ['assessment'],
    { en: 'a survey assessment (from assessSurvey)', zh: '社会认可度调查结果（由 assessSurvey 得到）' },
    { rules: 'string', sample: 'object', overall: 'object', recognition: 'object' },
  );
  const recognition = assessment.recognition;
  expectShape(
    recognition,
    ['assessment', 'recognition'],
    { en: 'the recognition decision', zh: '认可度判定' },
    { status: 'string', numerator: 'number', denominator: 'number' },
  );
  if (recognition.status === 'unknown') return undefined;
  return { respondents: recognition.denominator, satisfied: recognition.numerator };
}

/**
 * Validates a survey document (校验社会认可度调查数据) with {@link recognitionSurveySchema} and
 * returns the parsed document, or throws a {@link DudaoError} listing every problem.
 *
 * @category Social recognition survey
 * @param input - untrusted data, e.g. the result of `JSON.parse`
 * @returns the validated survey
 * @throws {@link DudaoError} when the input is not a valid survey
 * @example
 * ```ts
 * parseRecognitionSurvey({ schemaVersion: 1 }); // throws: county, frame and the answers are missing
 * ```
 */
export function parseRecognitionSurvey(input: unknown): RecognitionSurvey {
  return parseWithSchema(recognitionSurveySchema, input);
}
