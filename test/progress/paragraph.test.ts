/** The return-visit paragraph and the Markdown report for the synthetic 进步县, 2021 → 2022. */
import { describe, expect, it } from 'vitest';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { compareAssessments } from '../../src/progress/compare.js';
import { trajectory } from '../../src/progress/trajectory.js';
import { progressParagraph, renderProgressMarkdown } from '../../src/report/progress-markdown.js';
import { assessed } from './helpers.js';

const set = compulsoryQuality2017;
const a2021 = assessed(2021);
const a2022 = assessed(2022);
const c = compareAssessments(a2021, a2022, { set });

describe('progressParagraph', () => {
  it('zh, CV to 3 decimals (17/33 = 0.515…, 5/11 = 0.454545… → 0.455)', () => {
    // Requirements as the assessment counts them: 38 county-level, 2 school sections, 6 vetoes.
    // 2021: 34 + 1 + 5 = 40; 2022: 37 + 2 + 6 = 45 of 46 (teacher pay is not met): 5 more.
    expect(progressParagraph(c)).toBe(
      '结论：未达到评估标准；评估要求达标 45/46 项，较上次增加 5 项（县级指标 37/38 项，学校学段 2/2 个，一票否决情形出现 0 项）；' +
        '小学生均体育运动场馆面积差异系数由 0.515 降至 0.455，已达标；' +
        '新达标：每年交流轮岗教师比例（9.00 → 10.50）、交流轮岗教师中骨干教师比例（— → 22.22）、社会认可度（83.33 → 87.00）；' +
        '新出现未达标：教师平均工资收入水平不低于当地公务员平均工资收入水平（1.02 → 0.98）；' +
        '学校学段新达标：河西小学（小学）；已消除一票否决情形：违规择校。',
    );
  });

  it('en, CV to 2 decimals as in many published reports (0.52 → 0.45)', () => {
    expect(progressParagraph(c, { lang: 'en', cvPlaces: 2 })).toBe(
      'Verdict: not passed; 45 of 46 requirements met, 5 more than last time (county indicators 37 of 38, school sections 2 of 2, veto conditions occurred 0); ' +
        'CV of primary sports ground and hall area per pupil fell from 0.52 to 0.45, now met; ' +
        'newly met: teachers rotated between schools per year (9.00 → 10.50), key teachers among rotated teachers (— → 22.22), social recognition (83.33 → 87.00); ' +
        'newly not met: average teacher pay at least the local civil-servant average (1.02 → 0.98); ' +
        'school sections newly passing: 河西小学 (primary); veto condition cleared: illegal school choice.',
    );
  });

  it('backwards, the same county reads as a decline, with the veto and the missing fact', () => {
    const back = progressParagraph(compareAssessments(a2022, a2021, { set }));
    expect(back).toContain(
      '结论：未达到评估标准；评估要求达标 40/46 项，较上次减少 5 项（县级指标 34/38 项，学校学段 1/2 个，一票否决情形出现 1 项）',
    );
    expect(back).toContain('学校学段新未达标：河西小学（小学）');
    expect(back).toContain('小学生均体育运动场馆面积差异系数由 0.455 升至 0.515，不再达标（限值 0.50）');
    expect(back).toContain('新出现一票否决情形：违规择校');
    expect(back).toContain('缺少数据无法判定 1 项：交流轮岗教师中骨干教师比例');
  });

  it('comparing an assessment with itself: no change', () => {
    expect(progressParagraph(compareAssessments(a2022, a2022, { set }))).toBe(
      '结论：未达到评估标准；评估要求达标 45/46 项，较上次持平（县级指标 37/38 项，学校学段 2/2 个，一票否决情形出现 0 项）；' +
        '仍未达标：教师平均工资收入水平不低于当地公务员平均工资收入水平（0.98 → 0.98）。',
    );
  });
});

describe('renderProgressMarkdown', () => {
  it('has the paragraph, the changed indicators, readiness over time and projections', () => {
    const t = trajectory(
      [
        { date: '2021-12-31', assessment: a2021 },
        { date: '2022-12-31', assessment: a2022 },
      ],
      { set },
    );
    const md = renderProgressMarkdown({ comparisons: [c], trajectory: t });
    expect(md.startsWith('# 进步县（合成数据）（999100）重点指标完成情况')).toBe(true);
    expect(md).toContain('## 2021 → 2022');
    expect(md).toContain('| 每年交流轮岗教师比例 | 9.00 | 10.50 | 1.50 | 新达标 |');
    expect(md).toContain('| 2021-12-31 | 未达到评估标准 | 40/46 | 86.96% | 34/38 | 1/2 | 1 | 1 | 0.0041 |');
    expect(md).toContain('| 2022-12-31 | 未达到评估标准 | 45/46 | 97.83% | 37/38 | 2/2 | 0 | 0 | 0.0004 |');
    expect(md).toContain('无改善趋势');
    const en = renderProgressMarkdown({ comparisons: [c], trajectory: t }, { lang: 'en' });
    expect(en).toContain('## Readiness over time');
  });
});
