/**
 * From an assessment to ledger issues and back: the hand-worked 2017 county
 * (test/fixtures/county-2017.ts) fails on s02's equipment (a section that still passes), s03's
 * sports area and s04's key teachers and multimedia rooms (sections that fail the 6-of-7 rule),
 * and a veto. The missing key-teacher fact is unknown: not a finding.
 */
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { type FindingsOptions, findingsFromAssessment, metSinceFindings } from '../../src/assess/findings.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import { replayLedger } from '../../src/ledger/fold.js';
import { parseLedgerDocument } from '../../src/schema/ledger.js';
import { county2017, county2017Variant } from '../fixtures/county-2017.js';
import { preschoolCounty } from '../fixtures/preschool-county.js';

const assessment = assessCompulsory(county2017, compulsoryQuality2017);
const options: FindingsOptions = {
  inspection: { id: 'sx-2021-04-process', level: 'provincial' },
  at: '2021-04-20',
  deadline: '2021-10-31',
};
const events = findingsFromAssessment(assessment, options);

describe('findingsFromAssessment', () => {
  it('raises one issue per unmet section indicator, and one for the veto', () => {
    expect(events.map((e) => e.issue.id)).toEqual([
      'sx-2021-04-process/school/s02/primary/equipment-value-per-pupil',
      'sx-2021-04-process/school/s03/primary/sports-area-per-pupil',
      'sx-2021-04-process/school/s04/primary/key-teachers-per-100',
      'sx-2021-04-process/school/s04/primary/multimedia-rooms-per-100',
      'sx-2021-04-process/county/illegal-school-choice',
    ]);
  });

  it('fills category, scope, stage, indicator, severity and a Chinese description', () => {
    const s03 = events[1]?.issue;
    expect(s03).toMatchObject({
      county: '999001',
      programme: 'compulsory-quality',
      source: { inspection: 'sx-2021-04-process', level: 'provincial' },
      category: 'resource-allocation',
      scope: { kind: 'school', schoolId: 's03' },
      commonality: 'individual',
      indicator: 'sports-area-per-pupil',
      stage: 'primary',
      severity: 'major',
      mode: 'deadline',
      deadline: '2021-10-31',
      responsible: [{ unit: '教育局', lead: true }],
    });
    expect(s03?.description).toBe('南河小学（小学）生均体育运动场馆面积未达标：1273.5 ÷ 200 = 6.3675 < 7.5');
    // s02 still passes its section (6 of 7, the 7th at 85 %): minor.
    expect(events[0]?.issue.severity).toBe('minor');
    expect(events[4]?.issue).toMatchObject({
      category: 'veto',
      scope: { kind: 'county' },
      severity: 'major',
    });
    expect(events[4]?.issue.description).toBe('违规择校存在一票否决情形');
  });

  it('gives events that are valid ledger documents and a possible history, with deterministic ids', () => {
    expect(() => parseLedgerDocument({ schemaVersion: 1, events })).not.toThrow();
    expect(replayLedger(events).issues).toHaveLength(5);
    expect(findingsFromAssessment(assessment, options)).toEqual(events);
    expect(findingsFromAssessment(assessment, { ...options, idPrefix: 'QY' })[0]?.issue.id).toBe(
      'QY/school/s02/primary/equipment-value-per-pupil',
    );
  });

  it('a passing county has no findings', () => {
    const passing = county2017Variant((county) => {
      county.schools = county.schools.filter((s) => !['s02', 's03', 's04'].includes(s.id));
      (county.countyFacts as Record<string, unknown>)['teacher-exchange-key'] = {
        numerator: 14,
        denominator: 61,
      };
      county.vetoes['illegal-school-choice'] = false;
    });
    expect(findingsFromAssessment(assessCompulsory(passing, compulsoryQuality2017), options)).toEqual([]);
  });

  it('gives plain data: the events survive structuredClone and JSON unchanged', () => {
    expect(structuredClone(events)).toEqual(events);
    expect(JSON.parse(JSON.stringify(events))).toEqual(events);
  });

  it('writes a CV over its limit with the CV to 3 decimals and the limit as the set writes it', () => {
    // s01 with 60 000 m² of sports ground (120 m² per pupil) spreads the primary sports area far
    // beyond the limit 0.50.
    const wide = assessCompulsory(
      county2017Variant((county) => {
        const s01 = county.schools.find((s) => s.id === 's01') as {
          sections: { primary: { stock: { sportsArea: unknown } } };
        };
        s01.sections.primary.stock.sportsArea = 60000;
      }),
      compulsoryQuality2017,
    );
    const entry = wide.variation.find(
      (v) => v.indicator === 'sports-area-per-pupil' && v.stage === 'primary',
    );
    expect(entry?.status).toBe('unmet');
    const issue = findingsFromAssessment(wide, options).find((e) => e.issue.category === 'variation')?.issue;
    expect(issue?.id).toBe('sx-2021-04-process/cv/primary/sports-area-per-pupil');
    const shown = /^小学生均体育运动场馆面积校际差异系数 (\d+\.\d{3}) 超过 0\.5$/.exec(
      issue?.description ?? '',
    );
    expect(shown, issue?.description).not.toBeNull();
    expect(Math.abs(Number(shown?.[1]) - (entry?.cv ?? Number.NaN))).toBeLessThanOrEqual(0.0005);
  });

  it('checks its dates', () => {
    expect(() => findingsFromAssessment(assessment, { ...options, deadline: '2021-02-30' })).toThrow(
      expect.objectContaining({ code: 'invalid-date', path: ['deadline'] }),
    );
  });
});

describe('metSinceFindings', () => {
  // A year later s03 has enlarged its sports ground (1500 m² ÷ 200 = 7.5, exactly the standard);
  // nothing else changed.
  const later = assessCompulsory(
    county2017Variant((county) => {
      const s03 = county.schools.find((s) => s.id === 's03') as {
        sections: { primary: { stock: { sportsArea: unknown } } };
      };
      s03.sections.primary.stock.sportsArea = 1500;
    }),
    compulsoryQuality2017,
  );

  it('marks the issues the later data show as met, as a suggestion (statuses untouched)', () => {
    const checks = metSinceFindings(events, later);
    expect(checks.map((c) => [c.issueId.replace('sx-2021-04-process/', ''), c.met, c.status])).toEqual([
      ['school/s02/primary/equipment-value-per-pupil', false, 'open'],
      ['school/s03/primary/sports-area-per-pupil', true, 'open'],
      ['school/s04/primary/key-teachers-per-100', false, 'open'],
      ['school/s04/primary/multimedia-rooms-per-100', false, 'open'],
      ['county/illegal-school-choice', false, 'open'],
    ]);
    expect(checks[1]?.explanation?.zh).toBe('1500 ÷ 200 = 7.5 ≥ 7.5');
    expect(structuredClone(checks)).toEqual(checks);
  });

  it('accepts a replayed state as well as the events, and skips withdrawn issues', () => {
    const withdrawn = replayLedger(
      [{ type: 'issue-withdrawn', at: '2021-05-01', issueId: events[0]?.issue.id ?? '', reason: '误报' }],
      replayLedger(events),
    );
    expect(metSinceFindings(withdrawn, later).map((c) => c.issueId)).toEqual(
      metSinceFindings(events, later)
        .slice(1)
        .map((c) => c.issueId),
    );
  });

  it('says nothing (null) when the later assessment does not decide the indicator', () => {
    const gone = assessCompulsory(
      county2017Variant((county) => {
        county.schools = county.schools.filter((s) => s.id !== 's04');
      }),
      compulsoryQuality2017,
    );
    const checks = metSinceFindings(events, gone);
    expect(checks.filter((c) => c.met === null).map((c) => c.indicator)).toEqual([
      'key-teachers-per-100',
      'multimedia-rooms-per-100',
    ]);
  });
});

describe('preschool findings (test/fixtures/preschool-county.ts)', () => {
  const preschool = assessPreschool(preschoolCounty, preschool2020);
  const found = findingsFromAssessment(preschool, { ...options, idPrefix: 'P' });

  it('raises unmet kindergarten indicators per kindergarten and unmet county indicators for the county', () => {
    const k02 = found.filter(
      (e) => e.issue.scope.kind === 'kindergarten' && e.issue.scope.kindergartenId === 'k02',
    );
    expect(k02.map((e) => e.issue.indicator)).toEqual(['outdoor-play-area-per-child', 'class-size-large']);
    expect(k02[1]?.issue).toMatchObject({
      id: 'P/kindergarten/k02/class-size-large',
      programme: 'preschool',
      severity: 'minor',
    });
    const county = found.filter((e) => e.issue.scope.kind === 'county').map((e) => e.issue.id);
    expect(county).toContain('P/county/public-share');
    expect(county).toContain('P/county/no-primary-schooling');
    expect(replayLedger(found).issues).toHaveLength(found.length);
  });

  it('checks them against a later preschool assessment (the same data: nothing met yet)', () => {
    const checks = metSinceFindings(found, preschool);
    expect(checks).toHaveLength(found.length);
    expect(checks.every((c) => c.met === false)).toBe(true);
  });
});
