/**
 * The bundled sample city (示例数据): a synthetic city of three invented counties with everything
 * dudao reads, so that the demo, the tests, the documentation and the reports can run the whole
 * chain without real data. Nothing in it describes a real place: the province (示例省), the city
 * (示例市), the counties, their codes (province 99 does not exist), schools, kindergartens and
 * people are made up. Every document is input-shaped, exactly what a user would put in JSON files.
 *
 * The sample is built in code, from plans and a seeded generator, once when this module is first
 * used, and frozen. It imports no schema and no indicator set, so a bundle that does not use it
 * does not carry it.
 * @module
 */

import { deepFreeze } from '../indicators/freeze.js';
import type { Label } from '../indicators/types.js';
import type { CompulsoryDataset } from '../schema/compulsory.js';
import type { CityDocument, CreationPlan, Inspection } from '../schema/inspection.js';
import type { LedgerDocument } from '../schema/ledger.js';
import type { PreschoolDataset } from '../schema/preschool.js';
import { buildCompulsory } from './compulsory.js';
import { compulsoryPlans, SAMPLE_YEAR } from './compulsory-plans.js';
import { buildInspections, buildPlans } from './inspections.js';
import { buildLedger, SAMPLE_AS_OF } from './ledger.js';
import { buildPreschool, preschoolPlans } from './preschool.js';

/**
 * One county of the sample city (示例县): its invented code and name, what its data shows, and its
 * compulsory-education and preschool datasets.
 *
 * @category Sample data
 * @example
 * ```ts
 * const county = sampleCity.counties[0] as SampleCounty;
 * county.name.zh; //=> '东湖县'
 * county.compulsory.schools.length; //=> 34
 * ```
 */
export interface SampleCounty {
  /** 行政区划代码 (invented: province 99 does not exist). */
  readonly code: string;
  /** The county's name (县名). */
  readonly name: Label;
  /** What its data shows under the standards, in a sentence. */
  readonly story: Label;
  /** Its compulsory-education dataset (义务教育数据集, [data contract, section 1](../../docs/data-contract.md#1-compulsory-education-dataset)). */
  readonly compulsory: CompulsoryDataset;
  /** Its preschool dataset (学前教育数据集, [data contract, section 2](../../docs/data-contract.md#2-preschool-dataset)). */
  readonly preschool: PreschoolDataset;
}

/**
 * The sample city (示例市, synthetic data): three counties with their datasets, the city's issue
 * ledger, its inspections and creation plans, and a city document for the city report.
 *
 * @category Sample data
 * @example
 * ```ts
 * const city: SampleCity = sampleCity;
 * city.notice.en; //=> 'Synthetic demonstration data: …'
 * ```
 */
export interface SampleCity {
  /** The city's name (示例市). */
  readonly name: Label;
  /** That the data is synthetic and describes no real place. */
  readonly notice: Label;
  /** The demo date (报告日期): after the municipal return visit, with issues in every status. */
  readonly asOf: string;
  /** The year of the datasets (统计年度). */
  readonly year: number;
  /** The counties: 东湖县, 西山县, 南川区. */
  readonly counties: SampleCounty[];
  /** The issue ledger (整改台账, [data contract, section 3](../../docs/data-contract.md#3-issue-ledger)) of all three counties. */
  readonly ledger: LedgerDocument;
  /** The inspections (督导活动): process supervision, return visit, spot check, provincial assessment. */
  readonly inspections: Inspection[];
  /** The creation plans (创建规划), one per county and programme. */
  readonly plans: CreationPlan[];
  /**
   * A city document for `cityReportFromDocument`: the counties, plans and inspections. Add
   * `ledgerSummaries`, `assessments` or `institutions` computed from the rest of the sample.
   */
  readonly city: CityDocument;
}

const STORIES: readonly Label[] = [
  {
    zh: '义务教育优质均衡（2017）各项指标全部达标，部分指标恰好等于标准值；学前教育普及普惠（2020）达标。',
    en: 'Meets the 2017 high-quality balance standard in full, some figures exactly on their thresholds; meets the 2020 preschool standard.',
  },
  {
    zh: '保持基本均衡（2012），但优质均衡（2017）未达标：3个学段未达到"6项达标且余项不低于85%"，小学和初中体育运动场馆面积差异系数超标；学前教育公办园在园幼儿占比低于50%。',
    en: 'Keeps its 2012 basic balance but misses 2017: three school sections fail the 6-of-7 rule and the sports-area CVs exceed their limits; in preschool, public kindergartens enrol under 50 % of the children.',
  },
  {
    zh: '保持基本均衡（2012），优质均衡（2017）明显未达标：5个学段不达标，存在大班额，教师交流轮岗、特殊教育经费等政府保障指标未达标，"有编不补"否决项未填报；学前三年毛入园率低于85%，部分教师未持证。',
    en: 'Keeps its 2012 basic balance but clearly fails 2017: five sections fail, classes exceed the caps, government-guarantee items (teacher rotation, special-education funding) are unmet and the unfilled-posts veto is not reported; in preschool, gross enrolment is below 85 % and some teachers hold no certificate.',
  },
];

const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  东湖县: 'Donghu County',
  西山县: 'Xishan County',
  南川区: 'Nanchuan District',
};

/**
 * Builds the sample city from its plans, deeply frozen. Deterministic: every call returns a new
 * copy of equal data ({@link sampleCity} is the copy built when the module is first used).
 *
 * @category Sample data
 * @returns the sample city
 * @example
 * ```ts
 * JSON.stringify(buildSampleCity()) === JSON.stringify(sampleCity); //=> true
 * ```
 */
export function buildSampleCity(): SampleCity {
  const preschool = preschoolPlans();
  const counties = compulsoryPlans().map((plan, i): SampleCounty => {
    const name = plan.county.name;
    return {
      code: plan.county.code,
      name: { zh: name, en: ENGLISH_NAMES[name] ?? name },
      story: STORIES[i] as Label,
      compulsory: buildCompulsory(plan),
      preschool: buildPreschool(preschool[i] as (typeof preschool)[number]),
    };
  });
  const institutions = new Map<string, string>();
  for (const county of counties) {
    for (const school of county.compulsory.schools) institutions.set(school.id, school.name);
    for (const kindergarten of county.preschool.kindergartens)
      institutions.set(kindergarten.id, kindergarten.name);
  }
  const ledger = buildLedger({
    institutions,
    counties: new Map(counties.map((c) => [c.code, c.name.zh])),
    combined: new Set(
      counties.flatMap((c) =>
        c.compulsory.schools.filter((s) => s.sections.primary && s.sections.junior).map((s) => s.id),
      ),
    ),
  });
  const inspections = buildInspections(ledger);
  const plans = buildPlans();
  return deepFreeze({
    name: { zh: '示例市', en: 'Sample City' },
    notice: {
      zh: '示例数据：本数据为虚构的演示数据，示例市及其所辖县、学校、幼儿园和人员均不真实存在，不代表任何真实地区。',
      en: 'Synthetic demonstration data: the sample city, its counties, schools, kindergartens and people are invented and describe no real place.',
    },
    asOf: SAMPLE_AS_OF,
    year: SAMPLE_YEAR,
    counties,
    ledger,
    inspections,
    plans,
    city: {
      schemaVersion: 1,
      counties: counties.map((c) => ({ code: c.code, name: c.name.zh })),
      plans,
      inspections,
    },
  });
}

/**
 * The bundled sample city (示例市, 示例数据): synthetic data for the whole chain, deeply frozen.
 * Three invented counties, each with a compulsory-education dataset (30+ schools: primary,
 * junior and nine-year schools, teaching points above and below 50 pupils, a special-education
 * school) and a preschool dataset (20–30 kindergartens of every ownership), an issue ledger of
 * 80 issues from a provincial process supervision (2025-05) and a municipal return visit
 * (2025-11), four inspections and six creation plans. Use `sampleCity.asOf` as the report date.
 *
 * - 东湖县 passes 优质均衡 2017, 基本均衡 2012 and 普及普惠 2020.
 * - 西山县 passes 2012 but not 2017 (sections and CVs); its public kindergarten share is below 50 %.
 * - 南川区 passes 2012 but fails 2017 on sections, government guarantee and an unreported veto;
 *   its gross preschool enrolment is below 85 %.
 *
 * @category Sample data
 * @example
 * ```ts
 * import { assessCompulsory, compulsoryQuality2017, ledgerReport, loadLedger, sampleCity } from 'dudao';
 *
 * const [donghu, xishan] = sampleCity.counties as [SampleCounty, SampleCounty, SampleCounty];
 * assessCompulsory(donghu.compulsory, compulsoryQuality2017).passed; //=> true
 * assessCompulsory(xishan.compulsory, compulsoryQuality2017).passed; //=> false
 * ledgerReport(loadLedger(sampleCity.ledger).state, { asOf: sampleCity.asOf }).summary.overdue; //=> 11
 * ```
 */
export const sampleCity: SampleCity = /* @__PURE__ */ buildSampleCity();
