import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { compulsoryGaps } from '../../src/assess/gap.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import { preschoolGaps } from '../../src/assess/preschool-gap.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import { cityReport, cityReportFromDocument } from '../../src/inspection/city.js';
import { institutionsFromCompulsory, institutionsFromPreschool } from '../../src/inspection/coverage.js';
import { loadLedger } from '../../src/ledger/fold.js';
import { renderCompulsoryMarkdown } from '../../src/report/markdown.js';
import { renderPreschoolMarkdown } from '../../src/report/preschool-markdown.js';
import { buildSampleCity, sampleCity } from '../../src/sample/index.js';
import { parseCompulsoryDataset } from '../../src/schema/compulsory.js';
import { parseCityDocument, parseCreationPlan, parseInspections } from '../../src/schema/inspection.js';
import { parsePreschoolDataset } from '../../src/schema/preschool.js';
import { ledgerReport } from '../../src/scoring/report.js';
import { returnVisitSummary } from '../../src/scoring/return-visit.js';
import { progressSeries } from '../../src/scoring/series.js';
import { summarizeIssues } from '../../src/scoring/summary.js';

const [donghu, xishan, nanchuan] = sampleCity.counties as [
  (typeof sampleCity.counties)[number],
  (typeof sampleCity.counties)[number],
  (typeof sampleCity.counties)[number],
];
const { state } = loadLedger(sampleCity.ledger);
const raised = sampleCity.ledger.events.flatMap((e) => (e.type === 'issue-raised' ? [e.issue] : []));

function pupils(school: (typeof donghu.compulsory.schools)[number]): number {
  return Number(school.sections.primary?.pupils ?? 0) + Number(school.sections.junior?.pupils ?? 0);
}

describe('sampleCity: every document follows the data contract', () => {
  it.each(sampleCity.counties.map((c) => [c.name.zh, c] as const))(
    '%s: both datasets parse',
    (_name, county) => {
      expect(() => parseCompulsoryDataset(county.compulsory)).not.toThrow();
      expect(() => parsePreschoolDataset(county.preschool)).not.toThrow();
    },
  );

  it('the ledger replays without an error, one issue per issue-raised event', () => {
    expect(state.issues).toHaveLength(raised.length);
  });

  it('the inspections, the plans and the city document parse', () => {
    expect(parseInspections(sampleCity.inspections)).toHaveLength(4);
    for (const plan of sampleCity.plans) expect(() => parseCreationPlan(plan)).not.toThrow();
    expect(parseCityDocument(sampleCity.city).counties.map((c) => c.code)).toEqual([
      '990101',
      '990102',
      '990103',
    ]);
  });

  it('assessing it raises no data warning (class sizes add up, counts within full-time teachers, no unused fact)', () => {
    for (const county of sampleCity.counties) {
      expect(assessCompulsory(county.compulsory, compulsoryQuality2017).warnings).toEqual([]);
      expect(assessPreschool(county.preschool, preschool2020).warnings).toEqual([]);
    }
  });

  it('says it is synthetic, in both languages, and uses invented county codes of a province that does not exist (99)', () => {
    expect(sampleCity.notice.zh).toContain('示例数据');
    expect(sampleCity.notice.en).toContain('Synthetic');
    for (const county of sampleCity.counties) {
      expect(county.code.startsWith('99')).toBe(true);
      expect(county.compulsory.county.code).toBe(county.code);
      expect(county.preschool.county.code).toBe(county.code);
    }
  });
});

describe('sampleCity: sizes and kinds', () => {
  it.each(sampleCity.counties.map((c) => [c.name.zh, c] as const))(
    '%s has at least 30 schools of every kind the standards treat apart',
    (_name, county) => {
      const schools = county.compulsory.schools;
      expect(schools.length).toBeGreaterThanOrEqual(30);
      const kinds = new Set(schools.map((s) => s.kind));
      for (const kind of ['primary', 'junior', 'nine-year', 'teaching-point', 'special-education'] as const)
        expect(kinds.has(kind)).toBe(true);
      // Nine-year schools report shared stock, so the 1 : 1.1 split is exercised.
      expect(schools.some((s) => s.kind === 'nine-year' && s.sharedStock !== undefined)).toBe(true);
      const points = schools.filter((s) => s.kind === 'teaching-point').map(pupils);
      expect(points.some((n) => n < 50)).toBe(true);
      expect(points.some((n) => n >= 50)).toBe(true);
      expect(schools.some((s) => s.ownership === 'private')).toBe(true);
    },
  );

  it.each(sampleCity.counties.map((c) => [c.name.zh, c] as const))(
    '%s has 15 to 40 kindergartens of every ownership and class type',
    (_name, county) => {
      const kindergartens = county.preschool.kindergartens;
      expect(kindergartens.length).toBeGreaterThanOrEqual(15);
      expect(kindergartens.length).toBeLessThanOrEqual(40);
      expect(new Set(kindergartens.map((k) => k.ownership))).toEqual(
        new Set(['public-education', 'public-other', 'private-inclusive', 'private-other']),
      );
      expect(new Set(kindergartens.flatMap((k) => k.classes.map((c) => c.type)))).toEqual(
        new Set(['small', 'middle', 'large', 'mixed']),
      );
    },
  );

  it('the ledger holds 80 issues (20 + 27 + 33), from both the provincial and the municipal inspection', () => {
    expect(raised.length).toBeGreaterThanOrEqual(60);
    const perCounty = (code: string) => raised.filter((i) => i.county === code).length;
    expect([perCounty('990101'), perCounty('990102'), perCounty('990103')]).toEqual([20, 27, 33]);
    expect(new Set(raised.map((i) => i.source.level))).toEqual(new Set(['provincial', 'municipal']));
  });

  it('issues name schools and kindergartens that exist in their own county’s datasets', () => {
    for (const issue of raised) {
      const county = sampleCity.counties.find((c) => c.code === issue.county);
      expect(county).toBeDefined();
      if (issue.scope.kind === 'school') {
        const { schoolId } = issue.scope;
        expect(county?.compulsory.schools.some((s) => s.id === schoolId)).toBe(true);
      }
      if (issue.scope.kind === 'kindergarten') {
        const { kindergartenId } = issue.scope;
        expect(county?.preschool.kindergartens.some((k) => k.id === kindergartenId)).toBe(true);
      }
    }
  });

  it('issues have several responsible departments', () => {
    const units = new Set(raised.flatMap((i) => i.responsible.map((r) => r.unit)));
    for (const unit of ['教育局', '财政局', '人社局', '编办', '自然资源局', '住建局'])
      expect(units.has(unit)).toBe(true);
  });

  it('has a provincial process supervision and a municipal return visit, whose findings are exactly their issues', () => {
    const process = sampleCity.inspections.find((i) => i.kind === 'process');
    const visit = sampleCity.inspections.find((i) => i.kind === 'return-visit');
    expect(process?.level).toBe('provincial');
    expect(visit?.level).toBe('municipal');
    for (const inspection of [process, visit]) {
      const own = raised.filter((i) => i.source.inspection === inspection?.id).map((i) => i.id);
      expect(inspection?.findings).toEqual(own);
    }
    // Every institution visited exists in its county's datasets.
    for (const inspection of sampleCity.inspections) {
      for (const visited of inspection.institutionsVisited) {
        const county = sampleCity.counties.find((c) => c.code === visited.county);
        const ids = [
          ...(county?.compulsory.schools ?? []).map((s) => s.id),
          ...(county?.preschool.kindergartens ?? []).map((k) => k.id),
        ];
        expect(ids).toContain(visited.id);
      }
    }
  });

  it('has one creation plan per county for 优质均衡 and for 普及普惠', () => {
    const keys = sampleCity.plans.map((p) => `${p.county} ${p.programme}`).sort();
    expect(keys).toEqual([
      '990101 compulsory-quality',
      '990101 preschool',
      '990102 compulsory-quality',
      '990102 preschool',
      '990103 compulsory-quality',
      '990103 preschool',
    ]);
  });
});

describe('sampleCity: the three stories hold', () => {
  it('东湖县 meets 优质均衡 2017 and 基本均衡 2012', () => {
    expect(assessCompulsory(donghu.compulsory, compulsoryQuality2017).status).toBe('passed');
    expect(assessCompulsory(donghu.compulsory, compulsoryBasic2012).status).toBe('passed');
  });

  it('东湖县 has figures exactly on their thresholds, and they meet them', () => {
    const assessment = assessCompulsory(donghu.compulsory, compulsoryQuality2017);
    const result = (school: string, indicator: string) =>
      assessment.sections.find((s) => s.schoolId === school)?.results.find((r) => r.indicator === indicator);
    // 21 ÷ 500 × 100 = 4.2; 2250 ÷ 500 = 4.5; 1 500 000 ÷ 600 = 2500; 3480 ÷ 600 = 5.8
    for (const [school, indicator, value] of [
      ['DH15', 'qualified-teachers-per-100', '4.2'],
      ['DH15', 'teaching-area-per-pupil', '4.5'],
      ['DH20', 'equipment-value-per-pupil', '2500'],
      ['DH20', 'teaching-area-per-pupil', '5.8'],
    ] as const) {
      expect(result(school, indicator)?.value?.toString()).toBe(value);
      expect(result(school, indicator)?.met).toBe(true);
    }
    expect(pupils(donghu.compulsory.schools.find((s) => s.id === 'DH05') as never)).toBe(2000);
    const exchange = assessment.countyIndicators.find((r) => r.indicator === 'teacher-exchange');
    expect(exchange?.value?.toString()).toBe('10'); // 58 ÷ 580 × 100
    expect(exchange?.met).toBe(true);
  });

  it('西山县 keeps 基本均衡 2012 but misses 2017: three sections and the two sports-area CVs, nothing else', () => {
    expect(assessCompulsory(xishan.compulsory, compulsoryBasic2012).status).toBe('passed');
    const assessment = assessCompulsory(xishan.compulsory, compulsoryQuality2017);
    expect(assessment.passed).toBe(false);
    expect(assessment.reasons.map((r) => [r.code, r.schoolId ?? r.indicator, r.stage ?? null])).toEqual([
      ['section-failed', 'XS01', 'primary'],
      ['section-failed', 'XS02', 'primary'],
      ['section-failed', 'XS07', 'junior'],
      ['cv-over-limit', 'sports-area-per-pupil', 'primary'],
      ['cv-over-limit', 'sports-area-per-pupil', 'junior'],
    ]);
    // 1020 ÷ 1200 × 100 = 85: exactly the threshold, met.
    expect(assessment.socialRecognition?.value?.toString()).toBe('85');
    expect(assessment.socialRecognition?.met).toBe(true);
  });

  it('西山县 city-first-primary fails by two unmet indicators, the second primary by the 85 % floor', () => {
    const sections = assessCompulsory(xishan.compulsory, compulsoryQuality2017).sections;
    const first = sections.find((s) => s.schoolId === 'XS01');
    const second = sections.find((s) => s.schoolId === 'XS02');
    expect(first?.metCount).toBe(5);
    expect(second?.metCount).toBe(6);
    expect(second?.results.some((r) => r.aboveFloor === false)).toBe(true);
  });

  it('南川区 keeps 基本均衡 2012 but clearly fails 2017, with an unknown veto and unmet government-guarantee items', () => {
    expect(assessCompulsory(nanchuan.compulsory, compulsoryBasic2012).status).toBe('passed');
    const assessment = assessCompulsory(nanchuan.compulsory, compulsoryQuality2017);
    expect(assessment.status).toBe('failed');
    const failed = assessment.reasons.filter((r) => r.code === 'section-failed').map((r) => r.schoolId);
    expect(failed).toEqual(['NC03', 'NC05', 'NC12', 'NC17', 'NC24']);
    const unmet = assessment.reasons.filter((r) => r.code === 'indicator-unmet').map((r) => r.indicator);
    expect(unmet).toEqual([
      'music-room-area',
      'class-size',
      'special-education-funding',
      'teacher-exchange',
      'certified-teachers',
      'nearby-enrolment-junior',
    ]);
    expect(assessment.reasons.filter((r) => r.code === 'unknown').map((r) => r.indicator)).toEqual([
      'unfilled-posts',
    ]);
  });

  it('preschool: 东湖县 passes, 西山县 fails only the public share, 南川区 fails gross enrolment and certified teachers', () => {
    const reasons = (county: typeof donghu) =>
      assessPreschool(county.preschool, preschool2020).reasons.map((r) => [r.code, r.indicator]);
    expect(assessPreschool(donghu.preschool, preschool2020).passed).toBe(true);
    expect(reasons(xishan)).toEqual([['indicator-unmet', 'public-share']]);
    expect(reasons(nanchuan)).toEqual([
      ['indicator-unmet', 'gross-enrolment'],
      ['indicator-unmet', 'certified-teachers'],
    ]);
  });

  it('西山县 preschool: gross enrolment and the older kindergartens’ building share sit exactly on 85 % and 50 %', () => {
    const indicators = assessPreschool(xishan.preschool, preschool2020).countyIndicators;
    const value = (id: string) => indicators.find((r) => r.indicator === id);
    expect(value('gross-enrolment')?.value?.toString()).toBe('85');
    expect(value('gross-enrolment')?.met).toBe(true);
    expect(value('building-area-share-before-2017')?.value?.toString()).toBe('50');
    expect(value('building-area-share-before-2017')?.met).toBe(true);
    expect(Number(value('public-share')?.value)).toBeLessThan(50);
    expect(Number(value('inclusive-coverage')?.value)).toBeGreaterThanOrEqual(80);
  });
});

describe('sampleCity: the ledger on the demo date', () => {
  const report = ledgerReport(state, { asOf: sampleCity.asOf });

  it('has rectified, verified, closed, open, in-progress and withdrawn issues', () => {
    expect(report.summary.total).toBe(80);
    expect(report.summary.byStatus).toEqual({
      open: 3,
      'in-progress': 22,
      rectified: 12,
      verified: 13,
      closed: 28,
      withdrawn: 2,
    });
    // 53 of 78 rated (80 − 2 withdrawn).
    expect(report.summary.rectified).toBe(53);
    expect(report.summary.rate).toBe(53 / 78);
  });

  it('lists the 11 issues whose fate leaves them unrectified after their deadline as overdue', () => {
    expect(report.overdue.map((o) => o.id).sort()).toEqual([
      'NC-2505-02', // sports area, extended to 2026-02-28, still under way
      'NC-2505-03', // large classes, rectification rejected at the return visit
      'NC-2505-05', // large classes, closed, found again at the return visit
      'NC-2505-09', // PE and art teachers, extended to 2026-02-28
      'NC-2505-12', // teacher rotation, deadline 2025-12-31
      'NC-2505-18', // uncertified kindergarten teachers, deadline 2025-12-31
      'NC-2511-02', // uncertified kindergarten teachers, deadline 2026-02-28
      'NC-2511-06', // small-school funding, deadline 2026-02-28
      'XS-2505-03', // sports area, extended to 2026-02-28
      'XS-2505-05', // multimedia rooms, rectification rejected at the return visit
      'XS-2511-05', // kindergarten security, deadline 2026-02-28
    ]);
    expect(report.summary.overdue).toBe(11);
  });

  it('has deadline extensions, failed checks and reopened issues in its history', () => {
    const types = new Set(sampleCity.ledger.events.map((e) => e.type));
    for (const type of ['deadline-extended', 'issue-rechecked', 'issue-withdrawn'] as const)
      expect(types.has(type)).toBe(true);
    // The return visit rejected reported rectifications (failed checks) and found closed issues
    // again (reopened): its rechecks record both.
    const rejected = state.issues.filter((i) => i.verifications.some((v) => !v.passed)).map((i) => i.id);
    expect(rejected).toEqual(['XS-2505-02', 'XS-2505-05', 'NC-2505-03', 'NC-2505-07']);
    expect(state.issues.filter((i) => i.reopenings.length > 0).map((i) => i.id)).toEqual([
      'DH-2505-05',
      'XS-2505-15',
      'NC-2505-05',
    ]);
  });

  it('the municipal return visit rechecked every earlier issue but the long-term ones', () => {
    // From the fates of src/sample/ledger.ts. Due: provincial issues not withdrawn, 13 + 18 + 23
    // = 54; the 5 long-term ones (DH-2505-12, XS-2505-06, XS-2505-13, NC-2505-14, NC-2505-17)
    // are not rechecked. Rectified (已整改): closed, verified and late-closed fates, 11 + 9 + 7 =
    // 27; basically (基本整改): rectified, extended-done, failed-rerectified, 0 + 3 + 6 = 9; not
    // rectified (未整改): overdue, extended-open/-overdue, failed-overdue, reopened-*, 1 + 4 + 8
    // = 13. New issues: the municipal ones, 6 + 9 + 9 = 24. Rate 27 ÷ 49.
    const visit = returnVisitSummary(state, { inspection: 'SL-2025-11-return', asOf: sampleCity.asOf });
    expect([visit.due, visit.rechecked, visit.newIssues, visit.rate]).toEqual([54, 49, 24, 27 / 49]);
    expect(visit.outcomes).toEqual({
      rectified: 27,
      'basically-rectified': 9,
      'not-rectified': 13,
      'not-applicable': 0,
    });
    expect(visit.byCounty.map((g) => [g.key, g.due, g.rechecked, g.outcomes.rectified, g.rate])).toEqual([
      ['990101', 13, 12, 11, 11 / 12],
      ['990102', 18, 16, 9, 9 / 16],
      ['990103', 23, 21, 7, 7 / 21],
    ]);
    expect(visit.items.filter((i) => i.recheck === null).map((i) => i.issueId)).toEqual([
      'DH-2505-12',
      'XS-2505-06',
      'XS-2505-13',
      'NC-2505-14',
      'NC-2505-17',
    ]);
    expect(visit.sentence.zh).toBe(
      '复查问题 49 个：已整改 27 个，基本整改 9 个，未整改 13 个；新发现问题 24 个；另有 5 个应复查问题未复查',
    );
    // The inspection itself agrees: it began on 2025-11-10 and covered the three counties.
    const inspection = sampleCity.inspections.find((i) => i.id === 'SL-2025-11-return');
    const withRecord = returnVisitSummary(state, {
      inspection: inspection as NonNullable<typeof inspection>,
      asOf: sampleCity.asOf,
    });
    expect([withRecord.start, withRecord.due, withRecord.rechecked]).toEqual(['2025-11-10', 54, 49]);
  });

  it('is in date order, and nothing happens after the demo date', () => {
    const dates = sampleCity.ledger.events.map((e) => e.at);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.every((d) => d <= sampleCity.asOf)).toBe(true);
  });
});

describe('sampleCity: deterministic and frozen', () => {
  it('building it again gives deep-equal data', () => {
    expect(buildSampleCity()).toEqual(sampleCity);
  });

  it('is frozen all the way down', () => {
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
    };
    walk(sampleCity, 'sampleCity');
    expect(unfrozen).toEqual([]);
    expect(() => {
      (sampleCity.counties as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (donghu.compulsory.schools[0] as { name: string }).name = 'changed';
    }).toThrow(TypeError);
  });

  it('imports no schema, indicator set or library at run time (type-only imports), so bundles can drop it', () => {
    const dir = join(import.meta.dirname, '../../src/sample');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      const imports = [...source.matchAll(/^import (type )?[^;]* from '([^']+)';$/gms)];
      for (const [, isType, from] of imports) {
        if (isType !== undefined) continue;
        expect([
          './random.js',
          './compulsory.js',
          './compulsory-plans.js',
          './ledger.js',
          './inspections.js',
          './preschool.js',
          '../indicators/freeze.js',
          '../ledger/calendar.js',
        ]).toContain(from);
      }
    }
  });
});

describe('sampleCity: the whole chain runs on it', () => {
  it('assesses, finds the gaps and renders every county without throwing', () => {
    for (const county of sampleCity.counties) {
      for (const set of [compulsoryQuality2017, compulsoryBasic2012]) {
        const assessment = assessCompulsory(county.compulsory, set);
        const gaps = compulsoryGaps(assessment, set);
        expect(renderCompulsoryMarkdown(assessment, set, { lang: 'zh', gaps })).toContain(county.name.zh);
      }
      const preschool = assessPreschool(county.preschool, preschool2020);
      const gaps = preschoolGaps(preschool, preschool2020);
      expect(renderPreschoolMarkdown(preschool, preschool2020, { lang: 'en', gaps }).length).toBeGreaterThan(
        0,
      );
    }
  });

  it('draws the monthly progress series from the first feedback to the demo date', () => {
    const series = progressSeries(sampleCity.ledger.events, {
      from: '2025-05-01',
      to: sampleCity.asOf,
      every: 'month',
    });
    expect(series.points).toHaveLength(11); // 2025-05-01 … 2026-03-01
    expect(series.points[0]?.total).toBe(0);
    expect(series.points.at(-1)?.total).toBe(80);
  });

  it('feeds the city report: the document as it is, or with summaries, verdicts and institutions added', () => {
    const fromDocument = cityReportFromDocument(sampleCity.city, { asOf: sampleCity.asOf });
    // The provincial assessment of 2026-05 has not begun on 2026-03-31.
    expect(fromDocument.city.inspections).toBe(3);
    expect(fromDocument.rows).toHaveLength(6);
    const behind = fromDocument.rows.filter((r) => !r.onTrack).map((r) => `${r.county} ${r.programme}`);
    expect(behind).toEqual(['990103 preschool']);

    const ledgerSummaries = sampleCity.counties.flatMap((county) =>
      (['compulsory-quality', 'preschool'] as const).map((programme) => {
        const summary = summarizeIssues(
          state.issues.filter((i) => i.issue.county === county.code && i.issue.programme === programme),
          { asOf: sampleCity.asOf },
        );
        return { county: county.code, programme, rate: summary.rate, overdue: summary.overdue };
      }),
    );
    const assessments = sampleCity.counties.flatMap((county) => [
      {
        county: { code: county.code },
        programme: 'compulsory-quality',
        year: sampleCity.year,
        status: assessCompulsory(county.compulsory, compulsoryQuality2017).status,
      },
      {
        county: { code: county.code },
        programme: 'preschool',
        year: sampleCity.year,
        status: assessPreschool(county.preschool, preschool2020).status,
      },
    ]);
    const institutions = sampleCity.counties.flatMap((county) => [
      ...institutionsFromCompulsory(county.compulsory, compulsoryQuality2017),
      ...institutionsFromPreschool(county.preschool),
    ]);
    const report = cityReport(
      { ...sampleCity.city, ledgerSummaries, assessments, institutions },
      { asOf: sampleCity.asOf },
    );
    expect(report.rows.map((r) => r.verdict?.status)).toEqual([
      'passed',
      'passed',
      'failed',
      'failed',
      'failed',
      'failed',
    ]);
    expect(report.city.coverageBasis).toBe('institutions');
    expect(report.rows.reduce((sum, r) => sum + (r.overdue ?? 0), 0)).toBe(11);
  });
});
