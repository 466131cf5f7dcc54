// The JSON Schemas (draft 2020-12) of dudao's input documents, made from the zod schemas with
// `z.toJSONSchema`. zod cannot see inside dudao's value checks (counts, areas, money, dates are
// `z.custom` predicates), so each of them is given its JSON Schema form here, in a metadata
// registry passed to `z.toJSONSchema` (zod's documented `metadata` option), and the rules that
// refinements check on a single value (a section has pupils, a ratio a denominator, a school a
// section) are added by the `override` callback, keyed by the zod schema they belong to. Every
// form is derived from QUANTITY_LIMITS (text lengths come from the zod schemas), so a changed
// limit changes the schemas.
//
// Build-time only: scripts/build-schemas.mjs bundles this file and writes dist/schemas/*.json,
// and test/schema/json-schema.test.ts checks the result against the library with a mutation
// corpus. Nothing here is imported by the library, so no bundle pays for it.
import { z } from 'zod';
import { supervisionOpinionOptionsSchema } from '../src/report/opinion.js';
import {
  areaSchema,
  countSchema,
  countyFactSchema,
  dateSchema,
  moneySchema,
  QUANTITY_LIMITS,
  surveySchema,
} from '../src/schema/common.js';
import {
  compulsoryDatasetSchema,
  schoolSchema,
  schoolSectionSchema,
  schoolStockSchema,
} from '../src/schema/compulsory.js';
import {
  indicatorSetRulesSchema,
  indicatorSetSchema,
  labelSchema,
  splitWeightsSchema,
  thresholdsSchema,
} from '../src/schema/indicator-set.js';
import {
  cityDocumentSchema,
  cityLedgerSummarySchema,
  supervisionReformDatasetSchema,
} from '../src/schema/inspection.js';
import { ledgerDocumentSchema, ledgerSealSchema } from '../src/schema/ledger.js';
import { preschoolDatasetSchema } from '../src/schema/preschool.js';
import {
  recognitionSurveySchema,
  SURVEY_LIMITS,
  surveyCellSchema,
  surveyFrameSchema,
  surveyRespondentSchema,
} from '../src/schema/survey.js';

/** A JSON Schema, as plain JSON data. */
export type JsonSchema = { [keyword: string]: unknown };

/** The base of every `$id`: an identifier, not an address to fetch. */
export const SCHEMA_BASE = 'https://dudao.dev/schemas/';

/** One published schema: its file name under `dudao/schemas/` and its JSON Schema. */
export interface SchemaFile {
  readonly file: string;
  readonly schema: JsonSchema;
}

// ── Decimal strings as patterns ─────────────────────────────────────────────────────────────────
//
// The grammar is the plain decimal literal dudao reads (`812`, `+812`, `3900.5`, `.5`, `5.`),
// with ASCII digits only ([0-9], never \d, which some validators read as any Unicode digit).
// Exponent notation (`"1e3"`), which the library also reads, is refused: a pattern that followed
// the value of every exponent would be thousands of characters long. See README, "JSON Schema".

// Zero in any form, signed or not: "0", "-0", "+0.00", ".0", "0.".
const ZERO = String.raw`[+-]?(?:0+\.?0*|\.0+)`;

// The number of integer digits below a limit 10^n (the limits are powers of ten).
function powerOfTen(max: number): number {
  const digits = String(max);
  if (!/^10*$/.test(digits)) throw new Error(`limit ${max} is not a power of ten`);
  return digits.length - 1;
}

// A non-negative decimal string of at most `max` with at most `places` decimal places, counted
// on the value ("1.500" has 1): the integer part below max with any short fraction, or max itself.
function decimalPattern(max: number, places: number): string {
  const n = powerOfTen(max);
  const below = n === 0 ? '0+' : `(?:0*[1-9][0-9]{0,${n - 1}}|0+)`;
  const fraction = `[0-9]{0,${places}}0*`;
  const positive = [
    `${below}(?:\\.${fraction})?`,
    `\\.[0-9]{1,${places}}0*`,
    `0*1${'0'.repeat(n)}(?:\\.0*)?`,
  ];
  return `^(?:${ZERO}|\\+?(?:${positive.join('|')}))$`;
}

// A non-negative whole number of at most `max` as a string: "812", "812.0", "+812".
function countPattern(max: number): string {
  const n = powerOfTen(max);
  return `^(?:${ZERO}|\\+?0*(?:[1-9][0-9]{0,${n - 1}}|1${'0'.repeat(n)})(?:\\.0*)?)$`;
}

// A decimal string with at most `digits` significant digits (the thresholds of an indicator set,
// src/schema/indicator-set.ts): leading and trailing zeros do not count, wherever the point is.
function significantDigitsPattern(digits: number): string {
  const rest = digits - 1;
  const inside: string[] = [];
  for (let before = 0; before <= rest; before++) inside.push(`[0-9]{${before}}\\.[0-9]{0,${rest - before}}`);
  const forms = [
    String.raw`0+\.?0*`,
    String.raw`\.0+`,
    `0*\\.0*[1-9][0-9]{0,${rest}}0*`,
    `0*[1-9](?:[0-9]{0,${rest}}0*(?:\\.0*)?|(?:${inside.join('|')})0*)`,
  ];
  return `^[+-]?(?:${forms.join('|')})$`;
}

// A decimal string from 0 to 1 (rules.floorRatio).
const UNIT_INTERVAL = `^(?:${ZERO}|\\+?(?:0*\\.[0-9]+|0*1(?:\\.0*)?))$`;

// A calendar date YYYY-MM-DD that exists: 30-day months, February with 29 days in leap years
// (divisible by 4, centuries only when divisible by 400).
const LEAP_YEAR = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
const DATE = [
  '^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])',
  '|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)',
  '|02-(?:0[1-9]|1[0-9]|2[0-8]))',
  `|${LEAP_YEAR}-02-29)$`,
].join('');

/** The patterns, for the tests that compare them with the library's own checks. */
export const PATTERNS = {
  count: countPattern(QUANTITY_LIMITS.count),
  area: decimalPattern(QUANTITY_LIMITS.area, QUANTITY_LIMITS.decimalPlaces),
  money: decimalPattern(QUANTITY_LIMITS.money, QUANTITY_LIMITS.decimalPlaces),
  value: decimalPattern(QUANTITY_LIMITS.value, QUANTITY_LIMITS.decimalPlaces),
  // A share dudao computed (src/schema/common.ts, SHARE): at most 1, 60 places, 64 characters.
  share: decimalPattern(1, 60),
  threshold: significantDigitsPattern(15),
  unitInterval: UNIT_INTERVAL,
  date: DATE,
  zero: `^${ZERO}$`,
} as const;

// ── The JSON forms of the value checks ──────────────────────────────────────────────────────────

interface QuantityForm {
  readonly id: string;
  readonly integer: boolean;
  readonly max: number;
  readonly places: number;
  readonly length: number;
  readonly pattern: string;
  readonly title: string;
  readonly description: string;
}

// A quantity is a JSON number or a decimal string. Two typed branches (not `type: [...]`), so
// that strict validators accept the schema without allowing union types. A JSON number below
// 10^-places always has more decimal places than allowed; one between that and 0.001 may too,
// which only the library sees (validators compute `multipleOf` in binary floating point).
function quantityForm(form: QuantityForm): JsonSchema {
  const number: JsonSchema = form.integer
    ? { type: 'integer', minimum: 0, maximum: form.max }
    : {
        type: 'number',
        minimum: 0,
        maximum: form.max,
        not: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: Number(`1e-${form.places}`) },
      };
  return {
    id: form.id,
    title: form.title,
    description: form.description,
    anyOf: [number, { type: 'string', maxLength: form.length, pattern: form.pattern }],
  };
}

const { count, area, money, value, decimalPlaces, stringLength } = QUANTITY_LIMITS;
const strings = `as a JSON number or a decimal string of at most ${stringLength} characters without exponent`;
const stringsZh = `写作 JSON 数字，或不超过 ${stringLength} 个字符、不用指数形式的十进制数字字符串`;

const COUNT = quantityForm({
  id: 'count',
  integer: true,
  max: count,
  places: 0,
  length: stringLength,
  pattern: PATTERNS.count,
  title: 'Count (计数)',
  description: `A whole number from 0 to ${count}, ${strings}, such as 812 or "812". 0 到 ${count} 的整数，${stringsZh}，如 812 或 "812"。`,
});

function decimalForm(id: string, max: number, pattern: string, title: string, titleZh: string): JsonSchema {
  return quantityForm({
    id,
    integer: false,
    max,
    places: decimalPlaces,
    length: stringLength,
    pattern,
    title: `${title} (${titleZh})`,
    description:
      `A number from 0 to ${max} with at most ${decimalPlaces} decimal places, ${strings}, such as 3900.5 or "3900.5". ` +
      `0 到 ${max} 之间、小数不超过 ${decimalPlaces} 位的数，${stringsZh}，如 3900.5 或 "3900.5"。`,
  });
}

const AREA = decimalForm('area', area, PATTERNS.area, 'Area in square metres', '面积，平方米');
const MONEY = decimalForm('money', money, PATTERNS.money, 'Amount in yuan', '金额，元');
const VALUE = decimalForm('value', value, PATTERNS.value, 'County-level value', '县级指标数值');

const SHARE: JsonSchema = {
  id: 'share',
  title: 'Share (比例)',
  description:
    'A share from 0 to 1 (0.825 means 82.5 %), as a JSON number or a decimal string of at most 64 characters without exponent. ' +
    '0 到 1 之间的比例（0.825 表示 82.5%），写作 JSON 数字，或不超过 64 个字符、不用指数形式的十进制数字字符串。',
  anyOf: [
    {
      type: 'number',
      minimum: 0,
      maximum: 1,
      not: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1e-60 },
    },
    { type: 'string', maxLength: 64, pattern: PATTERNS.share },
  ],
};

const DATE_FORM: JsonSchema = {
  id: 'date',
  title: 'Date (日期)',
  description:
    'A calendar date written YYYY-MM-DD that exists, such as "2024-02-29". 写作 YYYY-MM-DD 的日历日期（须真实存在），如 "2024-02-29"。',
  type: 'string',
  format: 'date',
  pattern: DATE,
};

// ── Rules of a single value that zod checks in refinements ──────────────────────────────────────

// Where a count or value must be more than 0: the zod rule's code, for the reader.
const POSITIVE: ReadonlyMap<z.core.$ZodType, readonly { field: string; code: string }[]> = new Map<
  z.core.$ZodType,
  readonly { field: string; code: string }[]
>([
  [schoolSectionSchema, [{ field: 'pupils', code: 'no-pupils' }]],
  [surveySchema, [{ field: 'respondents', code: 'not-positive' }]],
  [ratioOf(countyFactSchema), [{ field: 'denominator', code: 'not-positive' }]],
  [surveyFrameSchema, [{ field: 'population', code: 'not-positive' }]],
]);

// `survey-form`: a survey gives its answers either as cells or as respondents, exactly one.
const ONE_FORM: ReadonlySet<z.core.$ZodType> = new Set<z.core.$ZodType>([recognitionSurveySchema]);
const SURVEY_FORMS: JsonSchema = {
  oneOf: [
    { type: 'object', properties: { cells: true }, required: ['cells'] },
    { type: 'object', properties: { respondents: true }, required: ['respondents'] },
  ],
};

// The ratio `{ numerator, denominator }` is the first form of a county fact.
function ratioOf(fact: typeof countyFactSchema): z.core.$ZodType {
  const ratio = fact._zod.def.options[0];
  if (ratio === undefined || !('denominator' in ratio.shape)) throw new Error('county fact: no ratio form');
  return ratio;
}

const NOT_ZERO: JsonSchema = {
  description: 'More than 0. 必须大于 0。',
  not: {
    anyOf: [
      { type: 'number', const: 0 },
      { type: 'string', pattern: PATTERNS.zero },
    ],
  },
};

// ── The registry and the conversion ─────────────────────────────────────────────────────────────

// The JSON forms, keyed by the zod schema they describe, and the titles of the parts that
// documents share. An `id` makes zod write the form once under `$defs` and refer to it.
function formRegistry(): z.core.$ZodRegistry<JsonSchema> {
  const registry = z.registry<JsonSchema>();
  registry.add(countSchema, COUNT);
  registry.add(areaSchema, AREA);
  registry.add(moneySchema, MONEY);
  registry.add(valueSchemaOf(countyFactSchema), VALUE);
  registry.add(dateSchema, DATE_FORM);
  registry.add(shareSchemaOf(), SHARE);
  registry.add(ledgerSealSchema.shape.head, {
    type: 'string',
    pattern: '^(?:[0-9a-f]{64})?$',
    description:
      'SHA-256 hash of the sealed events, 64 lowercase hex digits ("" for none). 已封存事件的 SHA-256 哈希值，64 位小写十六进制数字（无事件时为 ""）。',
  });
  registry.add(ledgerSealSchema.shape.count, {
    type: 'integer',
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
    description: 'Number of events sealed. 已封存的事件数。',
  });
  // Thresholds and limits of an indicator set: decimal strings of at most 15 significant digits
  // (`too-precise`), one zod schema for all of them.
  registry.add(splitWeightsSchema.shape.primary, {
    id: 'threshold',
    title: 'Threshold (标准值)',
    description:
      'A decimal string with at most 15 significant digits, such as "4.2". 十进制数字字符串，有效数字不超过 15 位，如 "4.2"。',
    pattern: PATTERNS.threshold,
  });
  // `out-of-range`: a floor ratio lies between 0 and 1.
  registry.add(indicatorSetRulesSchema.shape.floorRatio, {
    description: 'From 0 to 1, such as "0.85". 0 到 1 之间，如 "0.85"。',
    allOf: [{ type: 'string', pattern: UNIT_INTERVAL }],
  });
  registry.add(thresholdsSchema, {
    id: 'thresholds',
    title: 'Values by stage (分学段标准值)',
    description: 'One value for all stages or one per stage. 适用于所有学段的值，或分学段的值。',
  });
  registry.add(labelSchema, {
    id: 'label',
    title: 'Label (中英文名称)',
    description: 'A text in Chinese (zh-CN) and English. 中文（zh-CN）和英文文本。',
  });
  // `too-big`: at most SURVEY_LIMITS.questions questions in a cell or a questionnaire.
  for (const answers of [surveyCellSchema.shape.answers, surveyRespondentSchema.shape.answers]) {
    registry.add(answers, {
      description: `Keyed by question id, at most ${SURVEY_LIMITS.questions} questions. 以题目编号为键，至多 ${SURVEY_LIMITS.questions} 道题。`,
      maxProperties: SURVEY_LIMITS.questions,
    });
  }
  // The indicator sets of the opinion's options: checked by shape only (an object with the fields
  // of an indicator set), so the schema does not repeat the whole indicator-set document.
  for (const [key, name] of [
    ['compulsorySet', 'compulsory-education set (default compulsory-quality-2017)'],
    ['preschoolSet', 'preschool set (default preschool-2020)'],
  ] as const) {
    const field = supervisionOpinionOptionsSchema.shape[key];
    registry.add(field._zod.def.innerType as z.core.$ZodType, {
      type: 'object',
      description: `The ${name}: an indicator set, as dudao/schemas/indicator-set.json. 指标体系（见 dudao/schemas/indicator-set.json）。`,
    });
  }
  // `no-sections`: a school has a primary or a junior section.
  registry.add(schoolSchema.shape.sections, {
    description: 'One entry per compulsory stage, at least one. 每个义务教育学段一项，至少一项。',
    minProperties: 1,
  });
  registry.add(schoolSectionSchema, {
    id: 'schoolSection',
    title: 'School section (学段)',
    description:
      'One compulsory stage of a school: pupils, classes, class sizes, teachers and its own stock. 学校的一个义务教育学段：在校生数、班数、各班人数、教师数和本学段办学条件。',
  });
  registry.add(schoolStockSchema, {
    id: 'schoolStock',
    title: 'Stock resources (办学条件)',
    description:
      'Areas in m², equipment value in yuan, rooms, computers, books, and the area of each music and art room. 面积（平方米）、教学仪器设备值（元）、教室、计算机、图书，以及各音乐、美术专用教室面积。',
  });
  return registry;
}

// The non-negative decimal of county facts (private to its module): the `value` form's field.
function valueSchemaOf(fact: typeof countyFactSchema): z.core.$ZodType {
  const form = fact._zod.def.options[1];
  if (form === undefined || !('value' in form.shape)) throw new Error('county fact: no value form');
  return form.shape.value as z.core.$ZodType;
}

// The share of the city document's ledger summaries (private to its module).
function shareSchemaOf(): z.core.$ZodType {
  const rate = cityLedgerSummarySchema.shape.rate;
  return rate._zod.def.innerType as z.core.$ZodType;
}

// What zod converts without help; anything else (a transform, a date, a value check without a
// form) must fail the build rather than become `{}`, which accepts everything.
const CONVERTIBLE = new Set([
  'string',
  'number',
  'int',
  'boolean',
  'null',
  'literal',
  'enum',
  'array',
  'object',
  'record',
  'union',
  'optional',
  'nullable',
  'default',
  'pipe',
  'unknown',
  'any',
]);

function convert(schema: z.core.$ZodType, registry: z.core.$ZodRegistry<JsonSchema>): JsonSchema {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    metadata: registry,
    // Unrepresentable schemas become `{}` here and get their form from the registry; the
    // override below refuses any that has none.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema, path }) => {
      const def = zodSchema._zod.def;
      if (def.type === 'custom' ? !registry.has(zodSchema) : !CONVERTIBLE.has(def.type)) {
        throw new Error(`no JSON Schema form for a zod ${def.type} at #/${path.join('/')}`);
      }
      if (def.type === 'object' && def.catchall === undefined) {
        // A plain z.object drops unknown keys instead of refusing them (labels, summaries), so
        // its JSON Schema must allow them. zod writes `false` for the output it produces.
        delete jsonSchema.additionalProperties;
      }
      if (def.type === 'record') {
        // dudao's records refuse an own `__proto__` key (JSON.parse makes one) as an unknown field.
        const names = (jsonSchema.propertyNames ?? {}) as JsonSchema;
        jsonSchema.propertyNames = { ...names, not: { const: '__proto__' } };
      }
      if (def.type === 'object') {
        // Required as input: a field that is optional or has a default may be left out.
        const shape = def.shape as Record<string, z.core.$ZodType>;
        const required = Object.keys(shape).filter((key) => shape[key]?._zod.optin === undefined);
        if (required.length > 0) jsonSchema.required = required;
        else delete jsonSchema.required;
      }
      if (ONE_FORM.has(zodSchema as unknown as z.core.$ZodType)) Object.assign(jsonSchema, SURVEY_FORMS);
      for (const { field } of POSITIVE.get(zodSchema as unknown as z.core.$ZodType) ?? []) {
        const properties = jsonSchema.properties as Record<string, JsonSchema> | undefined;
        const property = properties?.[field];
        if (properties === undefined || property === undefined) throw new Error(`no field ${field}`);
        properties[field] = { ...property, ...NOT_ZERO };
      }
    },
    // Pipes are converted as their output side: dudao's pipes (ledger events, issue scopes) put a
    // lenient gate in front of a strict union, so the union is what a document must satisfy.
    io: 'output',
  }) as JsonSchema;
}

interface DocumentSpec {
  readonly name: string;
  readonly schema: z.core.$ZodType;
  readonly title: string;
  readonly titleZh: string;
  readonly description: string;
  readonly descriptionZh: string;
}

const DOCUMENTS: readonly DocumentSpec[] = [
  {
    name: 'compulsory-dataset',
    schema: compulsoryDatasetSchema,
    title: 'Compulsory-education dataset',
    titleZh: '县域义务教育数据集',
    description:
      'One county and year: its schools with one section per compulsory stage, county-level facts, vetoes and the satisfaction survey (dudao data contract, section 1).',
    descriptionZh:
      '一个县一个年度的义务教育数据：各校分学段数据、县级指标事实、一票否决项和满意度调查（dudao 数据约定第 1 节）。',
  },
  {
    name: 'preschool-dataset',
    schema: preschoolDatasetSchema,
    title: 'Preschool dataset',
    titleZh: '县域学前教育数据集',
    description:
      'One county and year: its kindergartens, the population aged 3 to 5, county-level facts, vetoes and the satisfaction survey (dudao data contract, section 2).',
    descriptionZh:
      '一个县一个年度的学前教育数据：各幼儿园数据、学前三年适龄人口、县级指标事实、一票否决项和满意度调查（dudao 数据约定第 2 节）。',
  },
  {
    name: 'supervision-reform-dataset',
    schema: supervisionReformDatasetSchema,
    title: 'Supervision-reform dataset',
    titleZh: '县级教育督导体制机制改革数据集',
    description:
      'One county and year: the county-level facts and vetoes of the 2020 supervision-reform indicators.',
    descriptionZh: '一个县一个年度的教育督导体制机制改革（2020）县级指标事实和一票否决项。',
  },
  {
    name: 'ledger-document',
    schema: ledgerDocumentSchema,
    title: 'Issue ledger',
    titleZh: '督导问题整改台账',
    description:
      'The ordered history of events of an issue ledger, optionally sealed with a hash chain (dudao data contract, section 3).',
    descriptionZh: '整改台账的事件记录（按时间顺序），可附哈希链封存信息（dudao 数据约定第 3 节）。',
  },
  {
    name: 'indicator-set',
    schema: indicatorSetSchema,
    title: 'Indicator set',
    titleZh: '督导评估指标体系',
    description:
      'A versioned set of indicators with thresholds and rules, such as a provincial variant of a national standard.',
    descriptionZh: '带版本的指标体系：各项指标、标准值及评估规则，例如某省在国家标准基础上的调整版本。',
  },
  {
    name: 'city-document',
    schema: cityDocumentSchema,
    title: 'City document',
    titleZh: '市级督导工作文档',
    description:
      "A city's counties, their creation plans and inspections, and optionally ledger summaries, assessment verdicts and the institutions in scope (what `dudao city` reads).",
    descriptionZh:
      '市级督导工作所需数据：各县、创建规划、督导活动，以及可选的整改情况汇总、评估结论和应覆盖的学校幼儿园（`dudao city` 读取的文档）。',
  },
  {
    name: 'recognition-survey',
    schema: recognitionSurveySchema,
    title: 'Social-recognition survey',
    titleZh: '社会认可度调查数据',
    description:
      "One county's survey: its sampling frame and the answers, either as counts per group × area × question (cells) or one record per questionnaire (respondents); what `dudao survey assess` and `assessSurvey` read.",
    descriptionZh:
      '一个县的社会认可度调查：抽样框和调查结果，或按类别 × 城乡 × 题目汇总（cells），或逐份问卷（respondents）；`dudao survey assess` 与 `assessSurvey` 读取的文档。',
  },
  {
    name: 'supervision-opinion-options',
    schema: supervisionOpinionOptionsSchema,
    title: 'Supervision opinion options',
    titleZh: '督导意见书选项',
    description:
      'What an office gives for a supervision opinion: the inspection, the day, the issuer, the recipient, the deadline and optionally the document number, the county and the title (the options of `supervisionOpinion`, the flags of `dudao opinion`).',
    descriptionZh:
      '生成督导意见书时由督导部门填写的内容：督导活动、成文日期、发文机关、主送机关、整改时限，以及可选的文号、县和标题（`supervisionOpinion` 的选项，`dudao opinion` 的参数）。',
  },
];

const NOTE =
  'Checked by the library only: rules across fields, such as unique ids; see the README of dudao, "JSON Schema".';
const NOTE_ZH = '仅由 dudao 库检查的跨字段规则（如编号不得重复）见 README 的 "JSON Schema" 一节。';

/**
 * The JSON Schema of every input document, in a stable order, as `dudao/schemas/<file>` ships
 * them.
 */
export function jsonSchemaFiles(): SchemaFile[] {
  const registry = formRegistry();
  return DOCUMENTS.map((spec) => {
    const converted = convert(spec.schema, registry);
    const { $schema, ...body } = converted;
    const schema: JsonSchema = {
      $schema,
      $id: `${SCHEMA_BASE}${spec.name}.json`,
      title: `${spec.title} (${spec.titleZh})`,
      description: `${spec.description} ${NOTE}\n\n${spec.descriptionZh}${NOTE_ZH}`,
      ...body,
    };
    return { file: `${spec.name}.json`, schema };
  });
}

/** The text of a schema file: two-space JSON with a final newline. */
export function schemaFileText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
