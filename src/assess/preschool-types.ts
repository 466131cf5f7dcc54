/**
 * The shapes of a preschool assessment (学前教育督导评估结果): its options, each kindergarten's
 * results and class checks, and the county's totals, compliance counts and townships.
 * @module
 */
import type { Label } from '../indicators/types.js';
import type { KindergartenClass, KindergartenOwnership } from '../schema/preschool.js';
import type { AssessmentHeader } from './header.js';
import type { PreschoolMetric } from './preschool-metrics.js';
import type { CountyIndicatorResult, DataWarning, Figure, IndicatorResult, VerdictReason } from './types.js';

/**
 * Options of {@link assessPreschool}. There are no public options yet; the parameter keeps the
 * signature stable for options to come.
 * @category Assessment
 * @example
 * ```ts
 * const options: PreschoolAssessOptions = {};
 * ```
 */
export interface PreschoolAssessOptions {
  /**
   * A metric registry extending or replacing the built-in one (for custom metrics). Not public:
   * a metric's contract still carries the assessment's internal figures.
   * @internal
   */
  readonly metrics?: Readonly<Record<string, PreschoolMetric>>;
}

/**
 * One class of a kindergarten checked against the cap of its type (小班 25, 中班 30, 大班 35,
 * 混合班 30 in the national set).
 * @category Assessment
 * @example
 * ```ts
 * const check: ClassSizeCheck = { index: 2, type: 'large', children: 38, cap: 35,
 *   status: 'over', excess: 3, extraClassesNeeded: 1, boarding: false };
 * ```
 */
export interface ClassSizeCheck {
  /** The class's position in the kindergarten's `classes`. */
  readonly index: number;
  /** Its type. */
  readonly type: KindergartenClass['type'];
  /** Its children. */
  readonly children: Figure;
  /** The cap of its type; null when the set has none. */
  readonly cap: Figure | null;
  /** `within` the cap, `over` it, or `uncapped` (the set has no cap for the type). */
  readonly status: 'within' | 'over' | 'uncapped';
  /** Children above the cap (0 unless over). */
  readonly excess: Figure;
  /** Extra classes a split needs so that every part is within the cap: ceil(children ÷ cap) − 1 (0 unless over). */
  readonly extraClassesNeeded: number;
  /** The kindergarten boards children: its classes should be smaller than the ordinary cap (no number is given). */
  readonly boarding: boolean;
}

/**
 * Whether a kindergarten meets a group of checks: `compliant`, `non-compliant`, `unknown`
 * (a figure is missing) or `not-applicable` (no children, or nothing to check).
 * @category Assessment
 * @example
 * ```ts
 * const c: ComplianceStatus = 'non-compliant';
 * ```
 */
export type ComplianceStatus = 'compliant' | 'non-compliant' | 'unknown' | 'not-applicable';

/**
 * Something to look at in a kindergarten that is not a data error, such as a boarding
 * kindergarten whose classes should be smaller than the ordinary caps.
 * @category Assessment
 * @example
 * ```ts
 * const flag: KindergartenFlag = { code: 'boarding-class-size', kindergartenId: 'k07',
 *   en: 'boarding kindergarten: …', zh: '寄宿制幼儿园：…' };
 * ```
 */
export interface KindergartenFlag {
  /** The kind of flag, e.g. `boarding-class-size`. */
  readonly code: string;
  /** The kindergarten. */
  readonly kindergartenId: string;
  /** English. */
  readonly en: string;
  /** Chinese. */
  readonly zh: string;
}

/**
 * One kindergarten's results (幼儿园评估结果): the per-child premises norms, the largest class of
 * each type, children per full-time teacher and certified staff (the county figures computed for
 * this kindergarten alone), every class against its cap, and what it complies with.
 * @category Assessment
 * @example
 * ```ts
 * const k = assessPreschool(dataset, preschool2020).kindergartens[0];
 * k?.compliance.classSizes; //=> 'compliant'
 * ```
 */
export interface KindergartenAssessment {
  /** The kindergarten's id. */
  readonly kindergartenId: string;
  /** Its name. */
  readonly kindergartenName: string;
  /** Its ownership. */
  readonly ownership: KindergartenOwnership;
  /** Public (公办园): run by an education department or another public body. */
  readonly isPublic: boolean;
  /** Inclusive (普惠性): public, or inclusive private. */
  readonly isInclusive: boolean;
  /** Children enrolled. */
  readonly children: Figure;
  /** Its township, when given. */
  readonly township?: string;
  /** Whether it boards children. */
  readonly boarding: boolean;
  /** The year its premises were planned; null when not given. */
  readonly plannedYear: number | null;
  /** `from-2017` (planned in or after 2017: every kindergarten must meet the norms), `before-2017` (half must), or `unknown`. */
  readonly planning: 'from-2017' | 'before-2017' | 'unknown';
  /** Institution indicators of the set, then county figures computed for this kindergarten (children per teacher, certified staff). */
  readonly results: readonly IndicatorResult[];
  /** Every class against its cap. */
  readonly classes: readonly ClassSizeCheck[];
  /** How many classes are within their cap, over it, or uncapped. */
  readonly classCount: {
    /** Classes listed. */
    readonly total: number;
    /** Within their cap. */
    readonly within: number;
    /** Over their cap. */
    readonly over: number;
    /** Of a type the set does not cap. */
    readonly uncapped: number;
  };
  /** What the kindergarten complies with. */
  readonly compliance: {
    /** Every per-child premises norm. */
    readonly premises: ComplianceStatus;
    /** Every class within its cap. */
    readonly classSizes: ComplianceStatus;
    /** Children per full-time teacher within the limit. */
    readonly staffing: ComplianceStatus;
    /** Every teacher and director certified. */
    readonly certified: ComplianceStatus;
    /** All four. */
    readonly all: ComplianceStatus;
  };
  /** Flags such as a boarding kindergarten. */
  readonly flags: readonly KindergartenFlag[];
}

/**
 * How many kindergartens comply with a group of checks, and their share.
 * @category Assessment
 * @example
 * ```ts
 * const t: ComplianceTally = { applicable: 10, compliant: 7, nonCompliant: 2, unknown: 1, share: 70 };
 * ```
 */
export interface ComplianceTally {
  /** Kindergartens the checks apply to (compliant + non-compliant + unknown). */
  readonly applicable: number;
  /** Compliant. */
  readonly compliant: number;
  /** Not compliant. */
  readonly nonCompliant: number;
  /** Not decided (missing data). */
  readonly unknown: number;
  /** compliant ÷ applicable × 100 (unknown ones are not counted as compliant); null when none applies. */
  readonly share: Figure | null;
}

/**
 * Counts and shares of compliant kindergartens and classes in the county.
 * @category Assessment
 * @example
 * ```ts
 * assessment.compliance.classes.within; //=> 25
 * assessment.compliance.classes.share?.toFixed(2); //=> '86.21'
 * ```
 */
export interface PreschoolCompliance {
  /** Kindergartens in the dataset. */
  readonly kindergartens: number;
  /** Kindergartens meeting every per-child premises norm. */
  readonly premises: ComplianceTally;
  /** Kindergartens with every class within its cap. */
  readonly classSizes: ComplianceTally;
  /** Kindergartens within the children-per-teacher limit. */
  readonly staffing: ComplianceTally;
  /** Kindergartens whose teachers and directors are all certified. */
  readonly certified: ComplianceTally;
  /** Kindergartens complying with all four. */
  readonly all: ComplianceTally;
  /** Classes. */
  readonly classes: {
    /** Classes listed. */
    readonly total: number;
    /** Within their cap. */
    readonly within: number;
    /** Over their cap. */
    readonly over: number;
    /** Of a type the set does not cap. */
    readonly uncapped: number;
    /** within ÷ (within + over) × 100; null when no class is capped. */
    readonly share: Figure | null;
  };
}

/**
 * A share counted by kindergartens rather than by children. Reported for reference only: the
 * official inclusive coverage and public share count children (S25: 89.55 % by children against
 * 84.96 % by kindergartens nationally in 2022).
 * @category Assessment
 * @example
 * ```ts
 * assessment.byKindergarten.publicShare.explanation.en;
 * //=> 'by kindergartens: 5 of 10 kindergartens are public (not the official measure, which counts children)'
 * ```
 */
export interface KindergartenCountShare {
  /** Kindergartens of the kind. */
  readonly numerator: Figure;
  /** All kindergartens. */
  readonly denominator: Figure;
  /** numerator ÷ denominator × 100; null when there is no kindergarten. */
  readonly value: Figure | null;
  /** The figure in words, labelled as by kindergartens. */
  readonly explanation: Label;
}

/**
 * County totals of a preschool dataset.
 * @category Assessment
 * @example
 * ```ts
 * assessment.totals.children.toString(); //=> '25113'
 * ```
 */
export interface PreschoolTotals {
  /** Kindergartens. */
  readonly kindergartens: number;
  /** Children enrolled (在园幼儿数). */
  readonly children: Figure;
  /** Resident population aged 3 to 5 (学前三年适龄人口); null when the dataset gives none (gross enrolment is then unknown). */
  readonly populationAged3to5: Figure | null;
  /**
   * Preschool classes attached to primary schools (小学附设幼儿班): how many, and their children in
   * all, in public and in inclusive provision. Their children count in gross enrolment, inclusive
   * coverage and public share, and are not in `children` (which counts the kindergartens').
   */
  readonly attachedClasses: {
    /** Attached classes listed. */
    readonly count: number;
    /** Their children. */
    readonly children: Figure;
    /** Their children in public provision (attached to a public school). */
    readonly publicChildren: Figure;
    /** Their children in inclusive provision (public or inclusive private). */
    readonly inclusiveChildren: Figure;
  };
  /** Kindergartens and children per ownership. */
  readonly byOwnership: Readonly<
    Record<
      KindergartenOwnership,
      {
        /** Kindergartens. */
        readonly kindergartens: number;
        /** Children. */
        readonly children: Figure;
      }
    >
  >;
  /** Classes listed. */
  readonly classes: number;
  /** Full-time teachers; null when a kindergarten does not give them. */
  readonly fullTimeTeachers: Figure | null;
}

/**
 * Kindergartens per township named in the data, for the rule of one public central kindergarten
 * per township (a township without any public kindergarten cannot have a public central one).
 * @category Assessment
 * @example
 * ```ts
 * const t: TownshipSummary = { township: '城关镇', kindergartens: 4, publicKindergartens: 2 };
 * ```
 */
export interface TownshipSummary {
  /** The township (乡镇) as written in the data. */
  readonly township: string;
  /** Kindergartens in it. */
  readonly kindergartens: number;
  /** Public kindergartens in it. */
  readonly publicKindergartens: number;
}

/**
 * The explained assessment of a county against a preschool set (县域学前教育普及普惠督导评估结果).
 * @category Assessment
 * @example
 * ```ts
 * const a: PreschoolAssessment = assessPreschool(dataset, preschool2020);
 * a.status; //=> 'failed'
 * a.countyIndicators.find((r) => r.indicator === 'public-share')?.explanation.en; //=> '10301 ÷ 25113 × 100 = 41.018596… < 50'
 * ```
 */
export interface PreschoolAssessment extends AssessmentHeader {
  /** County totals. */
  readonly totals: PreschoolTotals;
  /** Access, government-guarantee and care-quality indicators of the county, in the set's order. */
  readonly countyIndicators: readonly CountyIndicatorResult[];
  /** Social recognition (社会认可度), when the set has it. */
  readonly socialRecognition: CountyIndicatorResult | null;
  /** The veto conditions (一票否决). */
  readonly vetoes: readonly CountyIndicatorResult[];
  /** Inclusive coverage and public share counted by kindergartens: for reference, not the official (by children) figures. */
  readonly byKindergarten: {
    /** Public and inclusive private kindergartens ÷ kindergartens × 100. */
    readonly inclusiveCoverage: KindergartenCountShare;
    /** Public kindergartens ÷ kindergartens × 100. */
    readonly publicShare: KindergartenCountShare;
  };
  /** Every kindergarten, in the dataset's order. */
  readonly kindergartens: readonly KindergartenAssessment[];
  /** Counts and shares of compliant kindergartens and classes. */
  readonly compliance: PreschoolCompliance;
  /** Kindergartens per township named in the data. */
  readonly townships: readonly TownshipSummary[];
  /** Why the county did not pass, or what is undecided. Empty when it passed. */
  readonly reasons: readonly VerdictReason[];
  /** Flags on kindergartens (boarding). */
  readonly flags: readonly KindergartenFlag[];
  /** Oddities in the data that did not stop the assessment. */
  readonly warnings: readonly DataWarning[];
}
