import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import {
  coverage,
  coverageOf,
  institutionsFromCompulsory,
  institutionsFromPreschool,
} from '../../src/inspection/coverage.js';
import { aprilInspection, cityCountyDataset, juneInspection, visit } from '../fixtures/city-county.js';
import { deepFreeze, kindergarten, preschoolDataset } from '../fixtures/preschool-builders.js';
import { expectPlainData } from '../progress/helpers.js';

const institutions = institutionsFromCompulsory(cityCountyDataset, compulsoryQuality2017);

describe('institutionsFromCompulsory', () => {
  it('leaves special-education schools and teaching points under 50 pupils out of the 2017 scope, with the reason', () => {
    expect(institutions.map((i) => [i.id, i.inScope, i.reason ?? null])).toEqual([
      ['s01', true, null],
      ['s02', true, null],
      ['s03', true, null],
      ['s04', true, null],
      ['t09', false, 'teaching-point-below-50'],
      ['x01', false, 'special-education'],
    ]);
    expect(institutions[0]).toEqual({
      county: '999301',
      programme: 'compulsory-quality',
      id: 's01',
      inScope: true,
      name: '城关一小',
      township: '城关镇',
      kind: 'school',
    });
  });

  it('leaves every teaching point out under 2012, and follows a lower cut-off when asked', () => {
    const basic = institutionsFromCompulsory(cityCountyDataset, compulsoryBasic2012);
    expect(basic.find((i) => i.id === 't09')).toMatchObject({ inScope: false, reason: 'teaching-point' });
    const lower = institutionsFromCompulsory(cityCountyDataset, compulsoryQuality2017, {
      excludeTeachingPointsBelow: 10,
    });
    expect(lower.find((i) => i.id === 't09')?.inScope).toBe(true);
  });

  it('rejects an invalid dataset with the path of the problem', () => {
    try {
      institutionsFromCompulsory({ ...cityCountyDataset, year: 'x' }, compulsoryQuality2017);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DudaoError);
      expect((error as DudaoError).path).toEqual(['year']);
    }
  });
});

describe('institutionsFromPreschool', () => {
  const dataset = preschoolDataset(
    [
      kindergarten({ id: 'k01', name: '县第一幼儿园', ownership: 'public-education', township: '城关镇' }),
      kindergarten({ id: 'k02', ownership: 'private-inclusive' }),
      kindergarten({ id: 'k03', ownership: 'private-other' }),
    ],
    { county: { code: '999302', name: '合成县（学前）' } },
  );

  it('puts every kindergarten in scope, public or private, in the dataset order', () => {
    const list = institutionsFromPreschool(dataset);
    expect(list.map((i) => [i.id, i.inScope, i.programme, i.kind])).toEqual([
      ['k01', true, 'preschool', 'kindergarten'],
      ['k02', true, 'preschool', 'kindergarten'],
      ['k03', true, 'preschool', 'kindergarten'],
    ]);
    expect(list[0]).toEqual({
      county: '999302',
      programme: 'preschool',
      id: 'k01',
      inScope: true,
      name: '县第一幼儿园',
      township: '城关镇',
      kind: 'kindergarten',
    });
  });

  it('feeds coverage: a preschool inspection visiting k01 and k03 covers 2 of 3', () => {
    const inspection = visit('k-2023', '2023-05-10', '2023-05-11', [], {
      programmes: ['preschool'],
      counties: ['999302'],
      institutionsVisited: [
        { county: '999302', id: 'k01' },
        { county: '999302', id: 'k03' },
      ],
    });
    const entry = coverageOf(
      coverage([inspection], institutionsFromPreschool(dataset)),
      '999302',
      'preschool',
    );
    expect(entry.cumulative).toMatchObject({ visited: 2, total: 3, full: false, missing: ['k02'] });
  });

  it('rejects an invalid dataset with the path of the problem, and does not mutate its input', () => {
    const frozen = deepFreeze(structuredClone(dataset));
    expect(institutionsFromPreschool(frozen)).toEqual(institutionsFromPreschool(dataset));
    try {
      institutionsFromPreschool({ ...dataset, kindergartens: [{ id: 'k01' }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DudaoError);
      expect((error as DudaoError).path[0]).toBe('kindergartens');
    }
  });
});

describe('coverage (督导覆盖面)', () => {
  it('never holds a special-education school (out of scope for the resource indicators) against coverage', () => {
    // s01–s04 visited, x01 (县特殊教育学校) never: 4 of 4, full, x01 not missing
    const all = visit('c-all', '2022-05-01', '2022-05-02', ['s01', 's02', 's03', 's04']);
    const [entry] = coverage([all], institutions);
    expect(institutions.find((i) => i.id === 'x01')).toMatchObject({
      inScope: false,
      reason: 'special-education',
    });
    expect(entry?.cumulative).toEqual({
      visited: 4,
      total: 4,
      share: entry?.cumulative.share,
      full: true,
      missing: [],
    });
    expect(entry?.cumulative.share).toBe(1);
    expect(entry?.outOfScope).toContain('x01');
  });

  it('counts an institution visited twice in one inspection and again in another once', () => {
    const twice = visit('c-twice', '2022-05-01', '2022-05-01', ['s01', 's01']);
    const again = visit('c-again', '2022-06-01', '2022-06-01', ['s01']);
    const [entry] = coverage([twice, again], institutions);
    expect(entry?.steps.map((s) => [s.own.visited, s.cumulative.visited])).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(entry?.cumulative.share).toBe(0.25);
  });

  it('April sees 2 of the 4 in-scope schools (1/2); with June s03 is added: 3/4; s04 is still missing', () => {
    const [entry] = coverage([aprilInspection, juneInspection], institutions);
    expect(entry?.county).toBe('999301');
    expect(entry?.programme).toBe('compulsory-quality');
    expect(entry?.outOfScope).toEqual(['t09', 'x01']);
    expect(entry?.steps.map((s) => [s.inspection, s.own.visited, s.own.share, s.cumulative.share])).toEqual([
      ['c-2022-04', 2, 0.5, 0.5],
      ['c-2022-06', 2, 0.5, 0.75],
    ]);
    expect(entry?.cumulative).toMatchObject({ visited: 3, total: 4, full: false, missing: ['s04'] });
  });

  it('counts a school visited twice once (s02 in April and June)', () => {
    const [entry] = coverage([aprilInspection, juneInspection], institutions);
    expect(entry?.cumulative.visited).toBe(3);
  });

  it('never counts an out-of-scope institution: visiting the teaching point does not raise coverage', () => {
    const onlyOutOfScope = visit('c-x', '2022-05-01', '2022-05-01', ['t09', 'x01']);
    const [entry] = coverage([onlyOutOfScope], institutions);
    expect(entry?.cumulative).toMatchObject({ visited: 0, total: 4, full: false });
    expect(entry?.cumulative.share).toBe(0);
  });

  it('is full once every in-scope school is visited, whatever happens to the out-of-scope ones', () => {
    const september = visit('c-2022-09', '2022-09-05', '2022-09-05', ['s04']);
    const entry = coverageOf(
      coverage([juneInspection, september, aprilInspection], institutions),
      '999301',
      'compulsory-quality',
    );
    expect(entry.cumulative).toMatchObject({ visited: 4, total: 4, full: true, missing: [] });
    expect(entry.cumulative.share).toBe(1);
    // steps are in date order, whatever the input order
    expect(entry.steps.map((s) => s.inspection)).toEqual(['c-2022-04', 'c-2022-06', 'c-2022-09']);
  });

  it('gives the share as the number nearest the fraction (1 of 3, never a rounded 0.33) beside the exact counts', () => {
    const three = institutions.filter((i) => ['s01', 's02', 's03'].includes(i.id));
    const one = visit('c-1', '2022-05-01', '2022-05-01', ['s01']);
    const [entry] = coverage([one], three);
    expect(entry?.cumulative.share).toBe(1 / 3);
    expect([entry?.cumulative.visited, entry?.cumulative.total]).toEqual([1, 3]);
  });

  it('is plain data: structuredClone gives an equal copy, every share a finite number', () => {
    expectPlainData(coverage([aprilInspection, juneInspection], institutions));
    expectPlainData(institutions);
  });

  it('ignores inspections of another programme or county, and lists visited ids that are not listed anywhere', () => {
    const preschool = visit('k-1', '2022-05-01', '2022-05-01', ['s04'], { programmes: ['preschool'] });
    const stray = visit('c-2', '2022-05-02', '2022-05-02', ['s01', 'zz9']);
    const [entry] = coverage([preschool, stray], institutions);
    expect(entry?.steps.map((s) => s.inspection)).toEqual(['c-2']);
    expect(entry?.cumulative.missing).toEqual(['s02', 's03', 's04']);
    expect(entry?.unlisted).toEqual(['zz9']);
  });

  it('reports nothing-to-cover as share null and not full', () => {
    const onlyExcluded = institutions.filter((i) => !i.inScope);
    const [entry] = coverage([aprilInspection], onlyExcluded);
    expect(entry?.cumulative).toEqual({ visited: 0, total: 0, share: null, full: false, missing: [] });
  });

  it('has one entry per county and programme, in order of county then programme', () => {
    const other = institutions.map((i) => ({ ...i, county: '999300' }));
    const kindergartens = [{ county: '999301', programme: 'preschool', id: 'k01', inScope: true }];
    const entries = coverage([], [...institutions, ...other, ...kindergartens]);
    expect(entries.map((e) => `${e.county}/${e.programme}`)).toEqual([
      '999300/compulsory-quality',
      '999301/compulsory-quality',
      '999301/preschool',
    ]);
    expect(entries[0]?.steps).toEqual([]);
  });

  it('rejects an institution listed twice (duplicate-institution) and duplicate inspection ids, with paths', () => {
    const twice = [...institutions, institutions[0]];
    expect(() => coverage([], twice)).toThrowError(DudaoError);
    try {
      coverage([], twice);
    } catch (error) {
      expect((error as DudaoError).code).toBe('duplicate-institution');
      expect((error as DudaoError).path).toEqual(['institutions', 6, 'id']);
    }
    try {
      coverage([aprilInspection, aprilInspection], institutions);
    } catch (error) {
      expect((error as DudaoError).code).toBe('duplicate-id');
      expect((error as DudaoError).path).toEqual(['inspections', 1, 'id']);
    }
  });

  it('coverageOf throws no-institutions for a county it has not seen', () => {
    expect(() => coverageOf(coverage([], institutions), '000000', 'preschool')).toThrow(/no institutions/);
  });
});
