/**
 * Progress tells the truth: the return-visit paragraph counts what is met and what is not in the
 * terms of the assessment's verdict, so a county that fails never reads as complete. Before, the
 * example county (two school sections failing the 6-of-7 rule) read "重点指标完成 46/46 项".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import type { IndicatorSet } from '../../src/indicators/types.js';
import { compareAssessments } from '../../src/progress/compare.js';
import type { ProgressAssessment } from '../../src/progress/items.js';
import { trajectory } from '../../src/progress/trajectory.js';
import { progressParagraph, renderProgressMarkdown } from '../../src/report/progress-markdown.js';
import { sampleCity } from '../../src/sample/index.js';

const example = (name: string): unknown => JSON.parse(readFileSync(`examples/${name}`, 'utf8'));

describe('the example county that fails on two school sections', () => {
  const data2021 = example('county-compulsory.json') as { year: number };
  const a2021 = assessCompulsory(data2021, compulsoryQuality2017);
  const a2022 = assessCompulsory({ ...data2021, year: 2022 }, compulsoryQuality2017);
  const c = compareAssessments(a2021, a2022, { set: compulsoryQuality2017 });

  it('fails: its two reasons are two school sections', () => {
    expect(a2022.status).toBe('failed');
    expect(a2022.reasons.map((r) => r.code)).toEqual(['section-failed', 'section-failed']);
  });

  it('reads 58 of 60 requirements, never complete: 46 county-level + 8 sections + 6 vetoes', () => {
    // 46 county-level requirements all met; 6 of 8 school sections pass the 6-of-7 rule; none
    // of the 6 veto conditions occurred: 46 + 6 + 6 = 58 met of 46 + 8 + 6 = 60.
    expect(progressParagraph(c)).toBe(
      '结论：未达到评估标准；评估要求达标 58/60 项，较上次持平（县级指标 46/46 项，学校学段 6/8 个，一票否决情形出现 0 项）。',
    );
    expect(progressParagraph(c, { lang: 'en' })).toBe(
      'Verdict: not passed; 58 of 60 requirements met, as many as last time (county indicators 46 of 46, school sections 6 of 8, veto conditions occurred 0).',
    );
  });

  it('the readiness table shows the verdict and 58/60 (96.67 %), not 46/46 (100 %)', () => {
    const t = trajectory(
      [
        { date: '2021-12-31', assessment: a2021 },
        { date: '2022-12-31', assessment: a2022 },
      ],
      { set: compulsoryQuality2017 },
    );
    const md = renderProgressMarkdown({ comparisons: [c], trajectory: t });
    expect(md).toContain(
      '| 日期 | 结论 | 评估要求达标 | 达标比例 | 县级指标达标 | 学校学段达标 | 一票否决 | 缺少数据 | 距离分 |',
    );
    expect(md).toContain('| 2022-12-31 | 未达到评估标准 | 58/60 | 96.67% | 46/46 | 6/8 | 0 | 0 | 0.0000 |');
    expect(md).not.toContain('重点指标完成 46/46');
  });
});

// Every county of the sample city under every set that fits it, and the examples.
const CASES: [string, ProgressAssessment, IndicatorSet][] = [
  ...sampleCity.counties.flatMap((county): [string, ProgressAssessment, IndicatorSet][] => [
    [
      `${county.name.en} 2017`,
      assessCompulsory(county.compulsory, compulsoryQuality2017),
      compulsoryQuality2017,
    ],
    [`${county.name.en} 2012`, assessCompulsory(county.compulsory, compulsoryBasic2012), compulsoryBasic2012],
    [`${county.name.en} preschool`, assessPreschool(county.preschool, preschool2020), preschool2020],
  ]),
  [
    'example preschool county',
    assessPreschool(example('county-preschool.json'), preschool2020),
    preschool2020,
  ],
];

describe('requirements are counted in the terms of the verdict', () => {
  it.each(CASES)('%s: requirements not met = the reasons the assessment gives', (_name, assessment, set) => {
    const paragraph = progressParagraph(compareAssessments(assessment, assessment, { set }), { lang: 'en' });
    const match = /(\d+) of (\d+) requirements met/.exec(paragraph);
    expect(match).not.toBeNull();
    const met = Number(match?.[1]);
    const counted = Number(match?.[2]);
    expect(counted - met).toBe(assessment.reasons.length);
    expect(met === counted).toBe(assessment.status === 'passed');
    expect(
      paragraph.startsWith(
        `Verdict: ${assessment.status === 'failed' ? 'not passed' : assessment.status === 'passed' ? 'passed' : 'incomplete (missing data)'};`,
      ),
    ).toBe(true);
  });

  it('the sample city has a county of each verdict in these cases', () => {
    const statuses = new Set(CASES.map(([, a]) => a.status));
    expect(statuses).toEqual(new Set(['passed', 'failed']));
  });
});
