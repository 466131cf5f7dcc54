import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { customizeIndicatorSet } from '../../src/indicators/customize.js';
import { institutionsFromCompulsory } from '../../src/inspection/coverage.js';
import { renderCompulsoryMarkdown } from '../../src/report/markdown.js';
import { dataset, primaryMeetingAll, school, section2017 } from '../fixtures/compulsory-builders.js';

// 1 000 pupils with 37 qualified teachers: 3.7 per 100 against 4.2, i.e. 88.1 % of the
// standard. The other six indicators are met.
const county = dataset([
  school('a', 'primary', section2017(1000, { ...primaryMeetingAll(1000), qualified: 37 })),
  school('b', 'primary', section2017(1000, primaryMeetingAll(1000))),
]);

describe('the 6-of-7 floor is the set’s own', () => {
  it('nationally (85 %) a section at 88.1 % of one standard passes', () => {
    const a = assessCompulsory(county, compulsoryQuality2017);
    expect(a.sections.find((s) => s.schoolId === 'a')?.passed).toBe(true);
  });

  it('a provincial set with floorRatio 0.9 fails it, and says 90 % in both languages', () => {
    const set = customizeIndicatorSet(compulsoryQuality2017, {
      id: 'compulsory-quality-2017-x',
      rules: { floorRatio: '0.9' },
    });
    const a = assessCompulsory(county, set);
    expect(a.sections.find((s) => s.schoolId === 'a')?.passed).toBe(false);
    const reason = a.reasons.find((r) => r.code === 'section-failed' && r.schoolId === 'a');
    expect(reason?.en).toContain('below 90 % of its standard');
    expect(reason?.zh).toContain('低于标准的90%');
    const md = renderCompulsoryMarkdown(a, set, { lang: 'en' });
    expect(md).toContain('at least 90 % of the standard');
    expect(md).not.toContain('85 %');
  });
});

describe('coverage and assessment leave out the same schools', () => {
  const withPrivate = dataset([
    school('pub', 'primary', section2017(1000, primaryMeetingAll(1000))),
    { ...school('pri', 'primary', section2017(1000, primaryMeetingAll(1000))), ownership: 'private' },
  ]);

  it("ownership: 'public' leaves the private school out of both, for the same reason", () => {
    const options = { ownership: 'public' } as const;
    const assessed = assessCompulsory(withPrivate, compulsoryQuality2017, options);
    expect(assessed.excluded.map((e) => [e.schoolId, e.reason])).toEqual([['pri', 'ownership']]);
    const covered = institutionsFromCompulsory(withPrivate, compulsoryQuality2017, options);
    expect(covered.map((i) => [i.id, i.inScope, i.reason])).toEqual([
      ['pub', true, undefined],
      ['pri', false, 'ownership'],
    ]);
  });
});
