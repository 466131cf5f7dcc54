import { describe, expect, it } from 'vitest';
import type { DudaoIssue } from '../../src/error.js';
import {
  type Kindergarten,
  type KindergartenOwnership,
  type PreschoolDataset,
  parsePreschoolDataset,
  safeParsePreschoolDataset,
} from '../../src/schema/preschool.js';

const CHINESE = /[\u4e00-\u9fff]/;

// Fixtures are edited freely field by field to break one rule at a time.
// biome-ignore lint/suspicious/noExplicitAny: test fixtures are untyped JSON on purpose
type Loose = any;

// Data contract section 2, as valid JSON.
const CONTRACT_EXAMPLE = `{
  "schemaVersion": 1,
  "county": { "code": "610323", "name": "示例县" },
  "year": 2021,
  "populationAged3to5": 9800,
  "kindergartens": [
    {
      "id": "k01", "name": "县第一幼儿园",
      "ownership": "public-education",
      "children": 420,
      "classes": [ { "type": "small", "children": 25 } ],
      "staff": { "total": 52, "fullTimeTeachers": 30, "carers": 12, "certifiedTeachers": 29, "directors": 2, "certifiedDirectors": 2 },
      "areas": { "outdoorPlay": 1800, "activityRooms": 3500, "building": 4600 },
      "plannedYear": 2018,
      "boarding": false
    }
  ],
  "countyFacts": { },
  "vetoes": { },
  "survey": { "respondents": 800, "satisfied": 700 }
}`;

function dataset(): { kindergartens: Loose[] } & Record<string, unknown> {
  const base = JSON.parse(CONTRACT_EXAMPLE);
  base.kindergartens.push({
    id: 'k02',
    name: '阳光幼儿园',
    ownership: 'private-inclusive',
    children: '180',
    classes: [
      { type: 'middle', children: 30 },
      { type: 'mixed', children: 28 },
    ],
    staff: {},
    township: '城关镇',
  });
  return base;
}

function kindergarten(data: { kindergartens: Loose[] }, index: number): Loose {
  const found = data.kindergartens[index];
  if (found === undefined) throw new Error(`no kindergarten ${index}`);
  return found;
}

function onlyIssue(input: unknown): DudaoIssue {
  const result = safeParsePreschoolDataset(input);
  if (result.success) return expect.unreachable('expected the dataset to be rejected');
  expect(result.error.issues).toHaveLength(1);
  const issue = result.error.issues[0] as DudaoIssue;
  expect(issue.messageZh).toMatch(CHINESE);
  return issue;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

describe('preschoolDatasetSchema: valid data', () => {
  it('the example of data contract section 2 parses unchanged', () => {
    const input = JSON.parse(CONTRACT_EXAMPLE);
    const parsed: PreschoolDataset = parsePreschoolDataset(input);
    expect(parsed).toEqual(input);
  });

  it('a kindergarten needs no areas, planned year or staff figures; township is accepted', () => {
    const parsed = parsePreschoolDataset(dataset());
    expect(parsed.kindergartens[1]?.township).toBe('城关镇');
    expect(parsed.kindergartens[1]?.children).toBe('180');
  });

  it('children of the classes need not add up to the kindergarten (a warning of the assessment, not an error)', () => {
    const data = dataset();
    kindergarten(data, 0).children = 420;
    kindergarten(data, 0).classes = [{ type: 'small', children: 25 }];
    expect(safeParsePreschoolDataset(data).success).toBe(true);
  });

  it('inputs are not mutated (the input is deep-frozen)', () => {
    const data = deepFreeze(dataset());
    const before = JSON.stringify(data);
    expect(safeParsePreschoolDataset(data).success).toBe(true);
    expect(JSON.stringify(data)).toBe(before);
  });
});

describe('preschoolDatasetSchema: rejections', () => {
  it('duplicate kindergarten ids are duplicate-id at the repeat', () => {
    const data = dataset();
    kindergarten(data, 1).id = 'k01';
    expect(onlyIssue(data)).toMatchObject({ code: 'duplicate-id', path: ['kindergartens', 1, 'id'] });
  });

  it('more certified teachers than full-time teachers is certified-exceeds-total', () => {
    const data = dataset();
    kindergarten(data, 0).staff.certifiedTeachers = 31;
    const issue = onlyIssue(data);
    expect(issue).toMatchObject({
      code: 'certified-exceeds-total',
      path: ['kindergartens', 0, 'staff', 'certifiedTeachers'],
      message: 'certifiedTeachers cannot exceed fullTimeTeachers (31 > 30)',
    });
  });

  it('more certified directors than directors is certified-exceeds-total', () => {
    const data = dataset();
    kindergarten(data, 0).staff.certifiedDirectors = '3';
    expect(onlyIssue(data)).toMatchObject({
      code: 'certified-exceeds-total',
      path: ['kindergartens', 0, 'staff', 'certifiedDirectors'],
    });
  });

  it('an unknown ownership is invalid-enum; an unknown class type too', () => {
    const data = dataset();
    kindergarten(data, 0).ownership = 'public';
    expect(onlyIssue(data)).toMatchObject({ code: 'invalid-enum', path: ['kindergartens', 0, 'ownership'] });
    const other = dataset();
    kindergarten(other, 1).classes[1].type = 'nursery';
    expect(onlyIssue(other)).toMatchObject({
      code: 'invalid-enum',
      path: ['kindergartens', 1, 'classes', 1, 'type'],
    });
  });

  it('fractional, negative and non-numeric children are rejected with their codes', () => {
    const cases: [unknown, string][] = [
      [420.5, 'not-integer'],
      ['420.5', 'not-integer'],
      [-1, 'negative'],
      ['四百', 'not-a-number'],
      [Number.POSITIVE_INFINITY, 'not-finite'],
    ];
    for (const [children, code] of cases) {
      const data = dataset();
      kindergarten(data, 0).children = children;
      expect(onlyIssue(data)).toMatchObject({ code, path: ['kindergartens', 0, 'children'] });
    }
  });

  it('a negative area is negative; a fractional planned year is not-integer', () => {
    const data = dataset();
    kindergarten(data, 0).areas.outdoorPlay = '-1800';
    expect(onlyIssue(data)).toMatchObject({
      code: 'negative',
      path: ['kindergartens', 0, 'areas', 'outdoorPlay'],
    });
    const other = dataset();
    kindergarten(other, 0).plannedYear = 2018.5;
    expect(onlyIssue(other)).toMatchObject({
      code: 'not-integer',
      path: ['kindergartens', 0, 'plannedYear'],
    });
  });

  it('a population aged 3 to 5 is optional (gross enrolment is then unknown), but must be a count when given', () => {
    const data = dataset();
    delete data.populationAged3to5;
    expect(safeParsePreschoolDataset(data).success).toBe(true);
    data.populationAged3to5 = -1;
    expect(onlyIssue(data)).toMatchObject({ code: 'negative', path: ['populationAged3to5'] });
  });

  it('several problems are reported together', () => {
    const data = dataset();
    kindergarten(data, 1).id = 'k01';
    kindergarten(data, 0).staff.certifiedTeachers = 31;
    kindergarten(data, 1).boarding = 'yes';
    const result = safeParsePreschoolDataset(data);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
        ['certified-exceeds-total', ['kindergartens', 0, 'staff', 'certifiedTeachers']],
        ['invalid-type', ['kindergartens', 1, 'boarding']],
        ['duplicate-id', ['kindergartens', 1, 'id']],
      ]);
    }
  });
});

describe('types', () => {
  it('Kindergarten and KindergartenOwnership come from the schema', () => {
    const ownership: KindergartenOwnership = 'public-other';
    const value: Kindergarten = { id: 'k9', name: '园', ownership, children: 1, classes: [], staff: {} };
    expect(value.ownership).toBe('public-other');
  });
});
