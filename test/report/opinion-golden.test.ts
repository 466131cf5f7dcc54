/**
 * The supervision opinion's golden Markdown (issue #14, tests): the opinion of the municipal
 * return visit (市级回访督导) to 西山县 in the sample city, in Chinese, compared byte for byte
 * with test/report/__golden__/opinion.990102.zh.md. Any change to the wording, the order of the
 * sections, a figure or a name shows up here as a diff to review;
 * `DUDAO_UPDATE_GOLDEN=1 npx vitest run test/report/opinion-golden.test.ts` rewrites the file
 * after a deliberate change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supervisionOpinion } from '../../src/report/opinion.js';
import { renderSupervisionOpinionMarkdown } from '../../src/report/opinion-markdown.js';
import { sampleCity } from '../../src/sample/index.js';

const GOLDEN = join(import.meta.dirname, '__golden__', 'opinion.990102.zh.md');

function opinionMarkdown(): string {
  const opinion = supervisionOpinion(sampleCity, {
    inspection: 'SL-2025-11-return',
    county: '990102',
    asOf: '2025-12-05',
    issuer: '示例市人民政府教育督导室',
    recipient: '西山县人民政府',
    deadline: '2026-03-31',
    documentNumber: '示教督〔2025〕12号',
  });
  return renderSupervisionOpinionMarkdown(opinion, { lang: 'zh' });
}

describe('the supervision opinion in Markdown (zh), golden file', () => {
  it('is byte for byte the reviewed document for 西山县 after the municipal return visit', () => {
    const markdown = opinionMarkdown();
    if (process.env.DUDAO_UPDATE_GOLDEN === '1') {
      writeFileSync(GOLDEN, markdown);
      return;
    }
    const golden = readFileSync(GOLDEN, 'utf8');
    expect(markdown, 'run DUDAO_UPDATE_GOLDEN=1 npx vitest run test/report/opinion-golden.test.ts').toBe(
      golden,
    );
  });

  it('the golden file is a whole opinion: its headings in the usual order, the recipient, the deadline, the issuer', () => {
    const golden = readFileSync(GOLDEN, 'utf8');
    const headings = golden.split('\n').filter((line) => /^#{1,2} /.test(line));
    expect(headings).toEqual([
      '# 督导意见书',
      '## 一、基本情况',
      '## 二、主要成效（达标情况）',
      '## 三、存在问题',
      '## 四、整改复查情况',
      '## 五、督导意见',
      '## 附件：问题清单',
    ]);
    expect(golden).toContain('\n西山县人民政府：\n');
    expect(golden).toContain('于2026年3月31日前完成整改');
    expect(golden).toContain('示教督〔2025〕12号');
    expect(golden.endsWith('\n')).toBe(true);
    expect(golden).not.toMatch(/\bXS\d\d\b|\bXK\d\d\b|990102|SL-2025/);
  });
});
