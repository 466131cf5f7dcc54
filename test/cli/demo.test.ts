/**
 * `dudao demo`: the bundled sample county end to end in one Markdown document, from the examples
 * bundled into the CLI (an installed package does not ship `examples/`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from './run.js';

let cli: ReturnType<typeof buildCli>;
beforeAll(() => {
  cli = buildCli();
});
afterAll(() => cli.cleanup());

const run = (...args: string[]) => runCli(cli.script, args);

describe.concurrent('dudao demo', () => {
  it('prints one Markdown document: the two assessments and the ledger as sections', async () => {
    const { stdout, stderr, status } = await run('demo');
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const titles = stdout.split('\n').filter((line) => /^#{1,2} /.test(line));
    expect(titles).toEqual([
      '# dudao 演示：示例县（示例数据，非真实）',
      '## 示例县（示例数据，非真实）（610399）县域义务教育优质均衡发展督导评估（教督〔2017〕6号）',
      '## 示例县（示例数据，非真实）（610399）县域学前教育普及普惠督导评估（教督〔2020〕1号）',
      '## 问题整改情况（截至 2021-12-10）',
    ]);
    expect(stdout.match(/\*\*结论：未通过\*\*/g)).toHaveLength(2);
    expect(stdout).toContain('问题整改率 82.5%（33/40），逾期未整改 3 项');
  });

  it('--lang en and --format md', async () => {
    const { stdout, status } = await run('demo', '--lang', 'en', '--format', 'md');
    expect(status).toBe(0);
    expect(stdout.startsWith('# dudao demo: a sample county (synthetic data, not a real county)\n')).toBe(
      true,
    );
    expect(stdout).toContain('Rectification rate 82.5% (33/40), 3 overdue');
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
