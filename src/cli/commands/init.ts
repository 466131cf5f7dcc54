/**
 * `dudao init [dir]`: write example files to try every command on (示例数据), made from the
 * bundled sample city, so that the commands of the README work right after `npm install dudao`
 * and nothing is kept twice: the files are the sample's own documents, written as JSON.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { Decimal } from '../../numeric/decimal.js';
import { type SampleCounty, sampleCity } from '../../sample/index.js';
import type { CompulsoryDataset } from '../../schema/compulsory.js';
import { type Command, EXIT_OK, UsageError } from '../shared.js';

/** The folder `dudao init` writes into when no folder is given. */
export const INIT_DIR = 'dudao-examples';

/**
 * One example file: its name in the folder and its text.
 * @example
 * ```ts
 * const file: ExampleFile = { name: 'ledger.json', text: '{ … }\n' };
 * ```
 */
export interface ExampleFile {
  /** The file name, e.g. `county-compulsory.json`. */
  readonly name: string;
  /** What is written, UTF-8. */
  readonly text: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

// A whole number scaled down, as a figure of the year before: ⌊value × factor⌋.
function fewer(value: Json | undefined, factor: string): Json | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return value;
  return new Decimal(value).times(factor).floor().toNumber();
}

/**
 * The county's compulsory-education dataset of the year before the sample's, made from it so that
 * `dudao progress` has two years to compare: 15 % fewer teachers rotated between schools (the
 * key teachers among them at most as many as before), 3 % fewer satisfied people in the survey,
 * and 20 % less teaching equipment (教学仪器设备值) in every school. Everything else is as in the
 * sample's year.
 */
export function previousYear(dataset: CompulsoryDataset): CompulsoryDataset {
  const copy = JSON.parse(JSON.stringify(dataset)) as { [key: string]: Json };
  copy.year = dataset.year - 1;
  const facts = copy.countyFacts as { [key: string]: { [key: string]: Json } } | undefined;
  const exchange = facts?.['teacher-exchange'];
  if (exchange !== undefined && 'numerator' in exchange) {
    const rotated = fewer(exchange.numerator, '0.85');
    exchange.numerator = rotated ?? null;
    const key = facts?.['teacher-exchange-key'];
    if (key !== undefined && 'numerator' in key && typeof rotated === 'number') {
      key.denominator = rotated;
      key.numerator = Math.min(Number(key.numerator), rotated);
    }
  }
  const survey = copy.survey as { [key: string]: Json } | undefined;
  if (survey !== undefined) survey.satisfied = fewer(survey.satisfied, '0.97') ?? null;
  for (const school of copy.schools as { [key: string]: Json }[]) {
    const sections = school.sections as { [stage: string]: { [key: string]: Json } };
    for (const section of Object.values(sections)) {
      const stock = section.stock as { [key: string]: Json } | undefined;
      if (stock?.equipmentValue !== undefined) {
        stock.equipmentValue = new Decimal(stock.equipmentValue as number | string)
          .times('0.8')
          .toDecimalPlaces(0)
          .toNumber();
      }
    }
  }
  return copy as unknown as CompulsoryDataset;
}

function readme(county: SampleCounty, previous: number): string {
  const { asOf } = sampleCity;
  return `# dudao 示例数据 / example files

${sampleCity.notice.zh}

${sampleCity.notice.en}

Written by \`dudao init\` from the sample city of \`dudao demo\` (${sampleCity.name.zh}, ${sampleCity.name.en}).

| file | what it holds |
| --- | --- |
| county-compulsory.json | ${county.name.zh} (${county.name.en}), compulsory education, ${county.compulsory.year}: ${county.story.en} |
| county-compulsory-${previous}.json | the same county in ${previous}, made from the ${county.compulsory.year} data: 15 % fewer teachers rotated, 3 % fewer satisfied in the survey, 20 % less teaching equipment in every school |
| county-preschool.json | ${county.name.zh}, preschool education, ${county.preschool.year} |
| counties.jsonl | the compulsory-education data of all ${sampleCity.counties.length} counties, one per line (JSON Lines) |
| ledger.json | the city's issue ledger (整改台账): ${sampleCity.ledger.events.length} events; report on ${asOf} |
| city.json | the city document (市级督导): counties, creation plans and inspections; report on ${asOf} |
| city-data.json | the city's documents in one file (counties with their datasets, the ledger, inspections, plans): \`dudao opinion\` writes the supervision opinion (督导意见书) of an inspection from it |
| survey.json | ${county.name.zh}'s social-recognition survey (社会认可度调查) behind its dataset's survey figures, as counts per group and area: \`dudao survey assess\` |

Try (from the folder above this one):

\`\`\`sh
npx dudao assess compulsory-quality-2017 ${INIT_DIR}/county-compulsory.json
npx dudao assess preschool-2020 ${INIT_DIR}/county-preschool.json --out 学前评估.html
npx dudao progress compulsory-quality-2017 ${INIT_DIR}/county-compulsory-${previous}.json ${INIT_DIR}/county-compulsory.json
npx dudao ledger ${INIT_DIR}/ledger.json --as-of ${asOf} --out 整改台账.xlsx
npx dudao city ${INIT_DIR}/city.json --as-of ${asOf}
npx dudao survey assess ${INIT_DIR}/survey.json
npx dudao opinion ${INIT_DIR}/city-data.json --inspection SL-2025-11-return --county 990102 --as-of 2025-12-05 --issuer 示例市人民政府教育督导室 --recipient 西山县人民政府 --deadline 2026-03-31 --out 督导意见书.docx
\`\`\`
`;
}

// The city's documents as `assessCity` and `dudao opinion` read them: the counties with their
// datasets, the ledger, the inspections and the plans.
function cityData(): unknown {
  return {
    counties: sampleCity.counties.map((c) => ({
      code: c.code,
      name: c.name,
      compulsory: c.compulsory,
      preschool: c.preschool,
    })),
    ledger: sampleCity.ledger,
    inspections: sampleCity.inspections,
    plans: sampleCity.plans,
  };
}

// The social-recognition survey behind the county's dataset (its `survey` field: 1,200
// respondents, 1,020 satisfied, 85 % exactly): counts per group × area, in the proportions of the
// national rules (parents half, the other groups a tenth each) and of the residents (30 % urban,
// 20 % town, 50 % rural), 1,300 questionnaires issued. Synthetic, like the rest of the sample.
function survey(county: SampleCounty): unknown {
  const answers = (
    satisfied: number,
    fairly: number,
    neutral: number,
    dissatisfied: number,
    unknown: number,
  ) => ({
    overall: { satisfied, 'fairly-satisfied': fairly, neutral, dissatisfied, unknown },
  });
  const others = ['students', 'teachers', 'principals', 'deputies', 'residents'].flatMap((group) => [
    { group, area: 'urban', respondents: 36, answers: answers(22, 8, 4, 1, 1) },
    { group, area: 'town', respondents: 24, answers: answers(14, 6, 3, 1, 0) },
    { group, area: 'rural', respondents: 60, answers: answers(35, 15, 6, 3, 1) },
  ]);
  return {
    schemaVersion: 1,
    county: { code: county.code, name: county.name.zh },
    year: county.compulsory.year,
    frame: { population: 620000, areas: { urban: 186000, town: 124000, rural: 310000 } },
    issued: 1300,
    cells: [
      { group: 'parents', area: 'urban', respondents: 180, answers: answers(110, 45, 15, 7, 3) },
      { group: 'parents', area: 'town', respondents: 120, answers: answers(70, 30, 12, 5, 3) },
      { group: 'parents', area: 'rural', respondents: 300, answers: answers(170, 95, 20, 10, 5) },
      ...others,
    ],
  };
}

/**
 * The files `dudao init` writes, made from the bundled sample city: one county's
 * compulsory-education dataset and that of the year before (for `progress`), its preschool
 * dataset, every county's compulsory dataset as JSON Lines, the city's issue ledger, the city
 * document with its plans and inspections, the city's documents in one file (for `dudao
 * opinion`), the county's social-recognition survey (for `dudao survey`), and a README saying
 * what each is.
 * @returns the files, in the order written
 * @example
 * ```ts
 * exampleFiles().map((f) => f.name); //=> ['README.md', 'county-compulsory.json', …]
 * ```
 */
export function exampleFiles(): ExampleFile[] {
  // 西山县: it misses the 2017 standard on three school sections and two CVs, and its preschool
  // public share is short, so every report has something to say.
  const county = sampleCity.counties[1] as SampleCounty;
  const before = previousYear(county.compulsory);
  return [
    { name: 'README.md', text: readme(county, before.year) },
    { name: 'county-compulsory.json', text: json(county.compulsory) },
    { name: `county-compulsory-${before.year}.json`, text: json(before) },
    { name: 'county-preschool.json', text: json(county.preschool) },
    {
      name: 'counties.jsonl',
      text: sampleCity.counties.map((c) => `${JSON.stringify(c.compulsory)}\n`).join(''),
    },
    { name: 'ledger.json', text: json(sampleCity.ledger) },
    { name: 'city.json', text: json(sampleCity.city) },
    { name: 'city-data.json', text: json(cityData()) },
    { name: 'survey.json', text: json(survey(county)) },
  ];
}

/** The `init` command (示例数据). */
export const initCommand: Command = {
  name: 'init',
  summary: 'write example files to try every command on (示例数据)',
  help: `dudao init [dir] [--force]

Write example files (示例数据, synthetic: they describe no real place) into a folder, ${INIT_DIR}
unless another is given, made from the sample city of "dudao demo":
  README.md                     what each file holds, and commands to try
  county-compulsory.json        one county's compulsory-education dataset (dudao assess)
  county-compulsory-<year>.json the same county a year earlier (dudao progress)
  county-preschool.json         its preschool dataset (dudao assess preschool-2020)
  counties.jsonl                every county's compulsory-education dataset, one per line
  ledger.json                   the city's issue ledger (dudao ledger --as-of ${sampleCity.asOf})
  city.json                     the city document with plans and inspections (dudao city)
  city-data.json                the counties with their datasets, the ledger and the
                                inspections in one file (dudao opinion)
  survey.json                   the county's social-recognition survey (dudao survey assess)
Files that exist are not replaced (a usage error, nothing written) unless --force is given.

Options:
  --force                 replace files that exist`,
  options: [],
  switches: ['force'],
  run: (args) => {
    const [dir = INIT_DIR, ...rest] = args.positional;
    if (rest.length > 0) throw new UsageError('init takes one folder');
    const files = exampleFiles();
    const there = files.map((f) => join(dir, f.name)).filter((path) => existsSync(path));
    if (there.length > 0 && args.flags.get('force') !== true) {
      throw new UsageError(
        `${there.join(', ')} already exist${there.length === 1 ? 's' : ''}: give --force to replace, or another folder`,
        {
          code: 'file-exists',
          messageZh: `${there.join('、')} 已存在：如需覆盖请加 --force，或换一个文件夹`,
        },
      );
    }
    const written: string[] = [];
    try {
      mkdirSync(dir, { recursive: true });
      for (const file of files) {
        const path = join(dir, file.name);
        writeFileSync(path, file.text);
        written.push(path);
      }
    } catch (error) {
      throw new UsageError(`cannot write into ${dir}: ${(error as Error).message}`, {
        code: 'cannot-write',
        messageZh: `无法写入 ${dir}：${(error as Error).message}`,
      });
    }
    const compulsory = join(dir, 'county-compulsory.json');
    process.stdout.write(
      `${written.map((path) => `wrote ${path}\n`).join('')}\n${sampleCity.notice.zh}\n${sampleCity.notice.en}\n\nTry: dudao assess compulsory-quality-2017 ${compulsory}\n`,
    );
    return EXIT_OK;
  },
};
