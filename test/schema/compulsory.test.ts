import { describe, expect, it } from 'vitest';
import { DudaoError, type DudaoIssue } from '../../src/error.js';
import { Decimal } from '../../src/numeric/decimal.js';
import {
  type CompulsoryDataset,
  compulsoryDatasetSchema,
  parseCompulsoryDataset,
  type School,
  type SchoolKind,
  safeParseCompulsoryDataset,
} from '../../src/schema/compulsory.js';

const CHINESE = /[\u4e00-\u9fff]/;

// Fixtures are edited freely field by field to break one rule at a time.
// biome-ignore lint/suspicious/noExplicitAny: test fixtures are untyped JSON on purpose
type Loose = any;

// Data contract section 1, as valid JSON (comments removed, the empty sharedStock kept).
const CONTRACT_EXAMPLE = `{
  "schemaVersion": 1,
  "county": { "code": "610328", "name": "示例县", "province": "陕西省", "city": "宝鸡市" },
  "year": 2021,
  "schools": [
    {
      "id": "s01", "name": "城关小学",
      "kind": "primary",
      "ownership": "public",
      "township": "城关镇",
      "sections": {
        "primary": {
          "pupils": 812,
          "classes": 18,
          "classSizes": [45, 44],
          "teachers": {
            "fullTime": 48,
            "aboveRequiredQualification": 40,
            "keyCountyOrAbove": 9,
            "pe": 3, "music": 2, "art": 2,
            "seniorTitle": 20,
            "certified": 48
          },
          "stock": {
            "teachingAuxiliaryArea": "3900.5",
            "sportsArea": 6500,
            "equipmentValue": 1800000,
            "multimediaClassrooms": 20,
            "computers": 90,
            "books": 24000,
            "musicRooms": [96, 100],
            "artRooms": [90]
          }
        }
      },
      "sharedStock": { },
      "seniorPupils": 0
    }
  ],
  "countyFacts": {
    "teacher-exchange":  { "numerator": 61, "denominator": 580 },
    "special-education-funding": { "value": 6000 },
    "school-layout":     { "met": true, "note": "规划已批复" }
  },
  "vetoes": { "exam-admission": false, "illegal-school-choice": false, "key-schools-or-classes": false },
  "survey": { "respondents": 1200, "satisfied": 1068 }
}`;

// A mutable copy of the contract example with a few more schools, built per test.
function dataset(): { schools: Record<string, unknown>[] } & Record<string, unknown> {
  const base = JSON.parse(CONTRACT_EXAMPLE);
  const section = (pupils: number) => ({ pupils, classes: 6, teachers: { fullTime: 20 } });
  base.schools.push(
    { id: 's02', name: '城关初中', kind: 'junior', ownership: 'public', sections: { junior: section(600) } },
    {
      id: 's03',
      name: '第一九年制',
      kind: 'nine-year',
      ownership: 'public',
      sections: { primary: section(166), junior: section(210) },
      sharedStock: { books: 23226 },
    },
    {
      id: 's04',
      name: '实验学校',
      kind: 'twelve-year',
      ownership: 'private',
      sections: { primary: section(300), junior: section(200) },
      seniorPupils: 150,
    },
    {
      id: 's05',
      name: '河湾教学点',
      kind: 'teaching-point',
      ownership: 'public',
      sections: { primary: section(23) },
    },
  );
  return base;
}

function school(data: { schools: Record<string, unknown>[] }, index: number): Loose {
  const found = data.schools[index];
  if (found === undefined) throw new Error(`no school ${index}`);
  return found;
}

function issuesOf(input: unknown): readonly DudaoIssue[] {
  const result = safeParseCompulsoryDataset(input);
  if (result.success) return expect.unreachable('expected the dataset to be rejected');
  for (const issue of result.error.issues) expect(issue.messageZh).toMatch(CHINESE);
  return result.error.issues;
}

function onlyIssue(input: unknown): DudaoIssue {
  const issues = issuesOf(input);
  expect(issues).toHaveLength(1);
  return issues[0] as DudaoIssue;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

describe('compulsoryDatasetSchema: valid data', () => {
  it('the example of data contract section 1 parses unchanged', () => {
    const input = JSON.parse(CONTRACT_EXAMPLE);
    const parsed: CompulsoryDataset = parseCompulsoryDataset(input);
    expect(parsed).toEqual(input);
    expect(parsed.schools[0]?.sections.primary?.stock?.teachingAuxiliaryArea).toBe('3900.5');
  });

  it('schools of every kind with the stages they may have parse', () => {
    expect(safeParseCompulsoryDataset(dataset()).success).toBe(true);
  });

  it('quantities keep their form: numbers, digit strings and Decimals', () => {
    const data = dataset();
    const primary = school(data, 0).sections.primary;
    primary.pupils = '812';
    primary.stock.sportsArea = new Decimal('6500.25');
    const parsed = parseCompulsoryDataset(data);
    expect(parsed.schools[0]?.sections.primary?.pupils).toBe('812');
    expect(parsed.schools[0]?.sections.primary?.stock?.sportsArea).toBeInstanceOf(Decimal);
  });

  it('countyFacts and vetoes may be empty, survey may be absent, $schema is allowed at the root', () => {
    const data = dataset();
    data.countyFacts = {};
    data.vetoes = {};
    delete data.survey;
    data.$schema = './dudao.schema.json';
    expect(safeParseCompulsoryDataset(data).success).toBe(true);
  });

  it('teacher counts are all optional: a missing figure is not an error', () => {
    const data = dataset();
    school(data, 0).sections.primary.teachers = {};
    expect(safeParseCompulsoryDataset(data).success).toBe(true);
  });

  it('inputs are not mutated (the input is deep-frozen)', () => {
    const data = deepFreeze(dataset());
    const before = JSON.stringify(data);
    expect(safeParseCompulsoryDataset(data).success).toBe(true);
    const bad = deepFreeze({ ...dataset(), year: 2021.5, schools: [] });
    expect(safeParseCompulsoryDataset(bad).success).toBe(false);
    expect(JSON.stringify(data)).toBe(before);
  });

  it('the schema and the parse function agree', () => {
    expect(compulsoryDatasetSchema.safeParse(dataset()).success).toBe(true);
  });
});

describe('compulsoryDatasetSchema: field errors carry code and path', () => {
  it('a fractional pupil count is not-integer at its path (812.5 and "812.5")', () => {
    for (const pupils of [812.5, '812.5']) {
      const data = dataset();
      school(data, 3).sections.primary.pupils = pupils;
      expect(onlyIssue(data)).toMatchObject({
        code: 'not-integer',
        path: ['schools', 3, 'sections', 'primary', 'pupils'],
      });
    }
  });

  it('a negative count is negative', () => {
    const data = dataset();
    school(data, 2).sections.junior.teachers.fullTime = -3;
    expect(onlyIssue(data)).toMatchObject({
      code: 'negative',
      path: ['schools', 2, 'sections', 'junior', 'teachers', 'fullTime'],
      message: 'must not be negative (got -3)',
      messageZh: '不能为负数（实际为 -3）',
    });
  });

  it('NaN, Infinity and non-numeric strings are not-a-number, not-finite and not-a-number', () => {
    const cases: [unknown, string][] = [
      [Number.NaN, 'not-a-number'],
      [Number.POSITIVE_INFINITY, 'not-finite'],
      ['3900,5', 'not-a-number'],
      ['abc', 'not-a-number'],
    ];
    for (const [value, code] of cases) {
      const data = dataset();
      school(data, 0).sections.primary.stock.teachingAuxiliaryArea = value;
      expect(onlyIssue(data)).toMatchObject({
        code,
        path: ['schools', 0, 'sections', 'primary', 'stock', 'teachingAuxiliaryArea'],
      });
    }
  });

  it('a negative room area is negative at its index', () => {
    const data = dataset();
    school(data, 0).sections.primary.stock.musicRooms = [96, -100];
    expect(onlyIssue(data)).toMatchObject({
      code: 'negative',
      path: ['schools', 0, 'sections', 'primary', 'stock', 'musicRooms', 1],
    });
  });

  it('an unknown school kind is invalid-enum', () => {
    const data = dataset();
    school(data, 1).kind = 'college';
    expect(onlyIssue(data)).toMatchObject({ code: 'invalid-enum', path: ['schools', 1, 'kind'] });
  });

  it('a misspelt field is unknown-key, with the intended field suggested', () => {
    const data = dataset();
    school(data, 0).sections.primary.teachers.fulltime = 48;
    expect(onlyIssue(data)).toMatchObject({
      code: 'unknown-key',
      path: ['schools', 0, 'sections', 'primary', 'teachers', 'fulltime'],
      message: 'unknown field "fulltime" (did you mean "fullTime"?)',
    });
  });

  it('a missing required field is required', () => {
    const data = dataset();
    delete school(data, 1).sections.junior.classes;
    expect(onlyIssue(data)).toMatchObject({
      code: 'required',
      path: ['schools', 1, 'sections', 'junior', 'classes'],
    });
  });

  it('schemaVersion other than 1 is schema-version', () => {
    const data = dataset();
    data.schemaVersion = 2;
    expect(onlyIssue(data)).toMatchObject({ code: 'schema-version', path: ['schemaVersion'] });
  });

  it('a county fact with a zero denominator is not-positive', () => {
    const data = dataset();
    data.countyFacts = { 'teacher-exchange': { numerator: 61, denominator: 0 } };
    expect(onlyIssue(data)).toMatchObject({
      code: 'not-positive',
      path: ['countyFacts', 'teacher-exchange', 'denominator'],
    });
  });

  it('a veto that is not a boolean is invalid-type', () => {
    const data = dataset();
    data.vetoes = { 'exam-admission': 'no' };
    expect(onlyIssue(data)).toMatchObject({ code: 'invalid-type', path: ['vetoes', 'exam-admission'] });
  });

  it('more satisfied than respondents is satisfied-exceeds-respondents', () => {
    const data = dataset();
    data.survey = { respondents: 100, satisfied: 101 };
    expect(onlyIssue(data)).toMatchObject({
      code: 'satisfied-exceeds-respondents',
      path: ['survey', 'satisfied'],
    });
  });
});

describe('compulsoryDatasetSchema: cross-field rules', () => {
  it('duplicate school ids are duplicate-id at the repeat', () => {
    const data = dataset();
    school(data, 3).id = 's01';
    expect(onlyIssue(data)).toMatchObject({ code: 'duplicate-id', path: ['schools', 3, 'id'] });
  });

  it('stage-not-allowed: a primary school cannot have a junior section', () => {
    const data = dataset();
    school(data, 0).sections.junior = { pupils: 10, classes: 1, teachers: {} };
    const issue = onlyIssue(data);
    expect(issue).toMatchObject({ code: 'stage-not-allowed', path: ['schools', 0, 'sections', 'junior'] });
    expect(issue.messageZh).toBe('小学不能有初中学段（允许：小学）');
  });

  it('stage-not-allowed: junior and complete secondary schools have only junior, teaching points only primary', () => {
    const cases: [number, SchoolKind, 'primary' | 'junior'][] = [
      [1, 'junior', 'primary'],
      [1, 'complete-secondary', 'primary'],
      [4, 'teaching-point', 'junior'],
    ];
    for (const [index, kind, stage] of cases) {
      const data = dataset();
      school(data, index).kind = kind;
      school(data, index).sections[stage] = { pupils: 10, classes: 1, teachers: {} };
      expect(onlyIssue(data)).toMatchObject({
        code: 'stage-not-allowed',
        path: ['schools', index, 'sections', stage],
      });
    }
  });

  it('nine-year, twelve-year and special-education schools may have either stage or both', () => {
    const data = dataset();
    delete school(data, 2).sections.junior;
    delete school(data, 3).sections.primary;
    school(data, 4).kind = 'special-education';
    expect(safeParseCompulsoryDataset(data).success).toBe(true);
  });

  it('a school with no section is no-sections', () => {
    const data = dataset();
    school(data, 1).sections = {};
    expect(onlyIssue(data)).toMatchObject({ code: 'no-sections', path: ['schools', 1, 'sections'] });
  });

  it('a twelve-year school without seniorPupils is missing-senior-pupils', () => {
    const data = dataset();
    delete school(data, 3).seniorPupils;
    expect(onlyIssue(data)).toMatchObject({
      code: 'missing-senior-pupils',
      path: ['schools', 3, 'seniorPupils'],
    });
  });

  it('a complete secondary school with sharedStock but without seniorPupils is missing-senior-pupils', () => {
    const data = dataset();
    school(data, 1).kind = 'complete-secondary';
    school(data, 1).sharedStock = { books: 5000 };
    expect(onlyIssue(data)).toMatchObject({
      code: 'missing-senior-pupils',
      path: ['schools', 1, 'seniorPupils'],
    });
    school(data, 1).seniorPupils = 320;
    expect(safeParseCompulsoryDataset(data).success).toBe(true);
  });

  it('seniorPupils > 0 on a kind without a senior stage is senior-pupils-not-allowed; 0 is allowed', () => {
    const data = dataset();
    school(data, 2).seniorPupils = 0;
    expect(safeParseCompulsoryDataset(data).success).toBe(true);
    school(data, 2).seniorPupils = 40;
    expect(onlyIssue(data)).toMatchObject({
      code: 'senior-pupils-not-allowed',
      path: ['schools', 2, 'seniorPupils'],
    });
  });

  it('a stock field in both a section and sharedStock is stock-reported-twice at the section field', () => {
    const data = dataset();
    school(data, 2).sections.primary.stock = { books: 9711 };
    expect(onlyIssue(data)).toMatchObject({
      code: 'stock-reported-twice',
      path: ['schools', 2, 'sections', 'primary', 'stock', 'books'],
    });
  });

  it('a section with 0 pupils is no-pupils', () => {
    const data = dataset();
    school(data, 4).sections.primary.pupils = 0;
    expect(onlyIssue(data)).toMatchObject({
      code: 'no-pupils',
      path: ['schools', 4, 'sections', 'primary', 'pupils'],
    });
  });
});

describe('compulsoryDatasetSchema: one parse reports every problem', () => {
  it('field errors and cross-field rules of several schools come together, in document order', () => {
    const data = dataset();
    data.year = 2021.5;
    school(data, 0).sections.primary.pupils = -3;
    school(data, 0).sections.junior = { pupils: 10, classes: 1, teachers: {} };
    school(data, 3).id = 's01';
    delete school(data, 3).seniorPupils;
    school(data, 4).sections.primary.pupils = '23.5';
    data.survey = { respondents: 0, satisfied: 0 };
    const issues = issuesOf(data);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['not-integer', ['year']],
      ['negative', ['schools', 0, 'sections', 'primary', 'pupils']],
      ['stage-not-allowed', ['schools', 0, 'sections', 'junior']],
      ['missing-senior-pupils', ['schools', 3, 'seniorPupils']],
      ['not-integer', ['schools', 4, 'sections', 'primary', 'pupils']],
      ['duplicate-id', ['schools', 3, 'id']],
      ['not-positive', ['survey', 'respondents']],
    ]);
    const error = (() => {
      try {
        parseCompulsoryDataset(data);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DudaoError);
    expect((error as DudaoError).message).toBe('year: must be a whole number (got 2021.5) (and 6 more)');
  });

  it('a document that is not an object is invalid-type at the root', () => {
    expect(onlyIssue('not a dataset')).toMatchObject({ code: 'invalid-type', path: [] });
    expect(onlyIssue([])).toMatchObject({ code: 'invalid-type', path: [] });
  });
});

describe('types', () => {
  it('School and SchoolKind come from the schema', () => {
    const kind: SchoolKind = 'nine-year';
    const value: School = {
      id: 's09',
      name: '九年制',
      kind,
      ownership: 'public',
      sections: { primary: { pupils: 1, classes: 1, teachers: {} } },
    };
    expect(value.kind).toBe('nine-year');
  });
});
