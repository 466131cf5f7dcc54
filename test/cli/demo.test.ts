/**
 * `dudao demo`: the bundled sample city (synthetic data) end to end, as one Markdown document or
 * one HTML page. The figures are the sample's designed outcomes (see test/sample).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from './run.js';

let cli: ReturnType<typeof buildCli>;
beforeAll(() => {
  cli = buildCli();
});
afterAll(() => cli.cleanup());

const run = (...args: string[]) => runCli(cli.script, args);

describe.concurrent('dudao demo', () => {
  it('prints one Markdown document for the sample city: the city report, every county, the ledger, the return visit, the opinion', async () => {
    const { stdout, stderr, status } = await run('demo');
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const titles = stdout.split('\n').filter((line) => /^#{1,2} /.test(line));
    expect(titles).toEqual([
      '# dudao 演示：示例市督导评估报告（截至 2026-03-31）',
      '## 全市督导工作情况（截至 2026-03-31）',
      '## 东湖县（990101）',
      '## 西山县（990102）',
      '## 南川区（990103）',
      '## 问题整改情况（截至 2026-03-31）',
      '## 回访督导复查情况（市级回访督导（2025-11-10至2025-11-21），截至 2026-03-31）',
      '## 督导意见书',
    ]);
    // The municipal return visit, worked from the sample ledger: 54 issues due, 49 rechecked
    // (27 rectified, 9 basically, 13 not), 24 new; its rate 27 ÷ 49 = 55.10 %.
    expect(stdout).toContain(
      '复查问题 49 个：已整改 27 个，基本整改 9 个，未整改 13 个；新发现问题 24 个；另有 5 个应复查问题未复查。',
    );
    expect(stdout).toContain('55.10%（27/49）');
    // The opinion it led to: to the three counties, with its deadline, signed and dated.
    expect(stdout).toContain('东湖县、西山县、南川区人民政府：');
    expect(stdout).toContain('于2026年3月31日前完成整改');
    expect(stdout).toContain('示例市人民政府教育督导室\n\n2025年12月5日');
    expect(stdout).toContain('> 示例数据：');
    // 东湖县 passes both programmes; 西山县 and 南川区 fail both (the sample's designed stories).
    expect(stdout.match(/\*\*结论：达到评估标准\*\*/g)).toHaveLength(2);
    expect(stdout.match(/\*\*结论：未达到评估标准\*\*/g)).toHaveLength(4);
    // 80 issues, 2 withdrawn, 53 rectified: 53 ÷ 78 = 67.95 %; 11 overdue on 2026-03-31.
    expect(stdout).toContain('问题整改率 67.95%（53/78），逾期未整改 11 项');
  });

  it('--lang en and --format md: English throughout', async () => {
    const { stdout, status } = await run('demo', '--lang', 'en', '--format', 'md');
    expect(status).toBe(0);
    expect(stdout.startsWith('# dudao demo: Sample City, supervision report as of 2026-03-31\n')).toBe(true);
    expect(stdout).toContain('Rectification rate 67.95% (53/78), 11 overdue');
    expect(stdout).toContain('**Verdict: passed**');
  });

  it('--format html --out writes one self-contained page with every kind of chart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dudao-demo-'));
    const out = join(dir, 'report.html');
    const { stdout, status } = await run('demo', '--format', 'html', '--out', out);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    for (const kind of [
      'indicator-values',
      'cv-limits',
      'school-grid',
      'rectification-trend',
      'rectification-by-unit',
    ]) {
      expect(html).toContain(`data-chart="${kind}"`);
    }
    expect(html).not.toMatch(/<script|https?:\/\//);
    // The return visit and the opinion are sections of the page; the visit links to the opinion,
    // and so does the table of contents.
    expect(html).toContain('<section id="return-visit" class="report-section">');
    expect(html).toContain('<section id="opinion" class="report-section">');
    expect(html.match(/href="#opinion"/g)).toHaveLength(2);
    const opinion = html.slice(html.indexOf('<section id="opinion"'));
    expect(opinion).toContain('东湖县、西山县、南川区人民政府：');
    expect(opinion).toContain('<h3>五、督导意见</h3>');
    // An .html file name alone selects the format.
    const implied = join(dir, 'implied.html');
    expect((await run('demo', '--out', implied)).status).toBe(0);
    expect(readFileSync(implied, 'utf8')).toBe(html);
  });

  it('a file argument or a format it does not have is a usage error (exit 2)', async () => {
    for (const args of [
      ['demo', 'examples/county-compulsory.json'],
      ['demo', '--format', 'json'],
    ]) {
      const { stdout, status } = await run(...args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
    }
  });
});
