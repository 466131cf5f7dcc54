/**
 * `dudao recheck` end to end through the bundled command line, on the hand-worked return visit of
 * test/fixtures/return-visit-hand.ts, as examples/return-visit.json holds it (figures on 2024-11-30
 * worked out there): every format, the
 * data check with --assessment, and the errors.
 */
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { findingsFromAssessment } from '../../src/assess/findings.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import type { LedgerEvent } from '../../src/schema/ledger.js';
import { county2017, county2017Variant } from '../fixtures/county-2017.js';
import { returnVisitEvents, VISIT } from '../fixtures/return-visit-hand.js';
import { runCli, scratchFile, useCli } from './run.js';

const cli = useCli('dudao-recheck-');
const run = (...args: string[]) => runCli(cli.script, args);
// The hand-worked visit as users find it in examples/ (test/scoring/return-visit.test.ts checks
// that the file holds the fixture's events).
const ledgerFile = (): string => 'examples/return-visit.json';
const args = (...more: string[]) => [
  'recheck',
  ledgerFile(),
  '--inspection',
  VISIT,
  '--as-of',
  '2024-11-30',
  ...more,
];

describe.concurrent('dudao recheck <ledger> --inspection M-2024-11-return --as-of 2024-11-30', () => {
  it('json: one document, counts as numbers, rates as exact decimal strings', async () => {
    const { stdout, stderr, status } = await run(...args('--format', 'json'));
    expect([status, stderr]).toEqual([0, '']);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({
      inspection: VISIT,
      asOf: '2024-11-30',
      start: '2024-11-04',
      due: 31,
      rechecked: 26,
      notRechecked: 5,
      outcomes: { rectified: 12, 'basically-rectified': 5, 'not-rectified': 7, 'not-applicable': 2 },
      newIssues: 5,
      rated: 24,
      rate: '0.5',
      outside: ['A-M02'],
    });
    expect(doc.byCounty.map((g: { key: string; rate: string }) => [g.key, g.rate])).toEqual([
      ['610323', '0.4545454545454545454545454545454545454545'],
      ['610328', '0.5384615384615384615384615384615384615385'],
    ]);
    expect(doc.sentence.zh).toBe(
      '复查问题 26 个：已整改 12 个，基本整改 5 个，未整改 7 个，不再适用 2 个；新发现问题 5 个；另有 5 个应复查问题未复查',
    );
    expect(doc).not.toHaveProperty('suggestions');
  });

  it('md (zh, the default): the sentence, the rate from its fraction, the groups and the lists', async () => {
    const { stdout, status } = await run(...args());
    expect(status).toBe(0);
    expect(stdout).toContain('# 回访督导复查情况（M-2024-11-return，截至 2024-11-30）');
    expect(stdout).toContain(
      '复查问题 26 个：已整改 12 个，基本整改 5 个，未整改 7 个，不再适用 2 个；新发现问题 5 个；另有 5 个应复查问题未复查。',
    );
    expect(stdout).toContain('50.00%（12/24）');
    expect(stdout).toContain('| 610323 | 15 | 12 | 5 | 2 | 4 | 1 | 3 | 2 | 45.45% |');
    expect(stdout).toContain('| 学校 a-s04 | 1 | 1 | 0 | 0 | 0 | 1 | 0 | 1 | — |');
    expect(stdout).toContain('| 财政局 | 4 | 4 | 3 | 0 | 1 | 0 | 0 | 1 | 75.00% |');
    expect(stdout).toContain(
      '| B13 | 610328 | 学校 b-s02 | 问题 B13 | 已整改 | 未整改 | 2024-11-07 | 现场核查未整改到位 |  | 正在整改 |',
    );
    expect(stdout).toContain('| B-M03 | 610328 | 县域 | 问题 B-M03 | 2024-11-08 | 2025-01-31 | 未整改 |');
    expect(stdout).toContain('未计入上述统计：A-M02。');
  });

  it('md in English', async () => {
    const { stdout, status } = await run(...args('--lang', 'en'));
    expect(status).toBe(0);
    expect(stdout).toContain(
      '26 issues rechecked: 12 rectified, 5 basically rectified, 7 not rectified, 2 no longer applicable; 5 new issues found; 5 issues due for recheck not rechecked.',
    );
    expect(stdout).toContain('| 610328 | 16 | 14 | 7 | 3 | 3 | 1 | 2 | 3 | 53.85% |');
  });

  it('csv: the summary table, the issues due, the new issues, an empty line between them', async () => {
    const { stdout, status } = await run(...args('--format', 'csv'));
    expect(status).toBe(0);
    // a UTF-8 byte order mark first, for Excel (--no-bom leaves it out)
    expect(stdout.startsWith('\uFEFF')).toBe(true);
    const [summary, items, found] = stdout.slice(1).split('\r\n\r\n') as [string, string, string];
    expect(summary.split('\r\n').slice(0, 3)).toEqual([
      '分类维度,分组,应复查,已复查,已整改,基本整改,未整改,不再适用,未复查,新发现问题,计入复查整改率,复查整改率（%）',
      '全部,,31,26,12,5,7,2,5,5,24,50.00',
      '县（区）,610323,15,12,5,2,4,1,3,2,11,45.45',
    ]);
    expect(items.split('\r\n')).toHaveLength(32);
    expect(items.split('\r\n')[1]).toBe(
      'A01,610323,学校 a-s01,问题 A01,P-2024-05-process,教育局,已整改,已整改,2024-11-04,现场核查已整改到位,现场照片 (A01/photo.jpg),核查通过',
    );
    expect(found.trim().split('\r\n')).toHaveLength(6);
  });

  it('xlsx: one sheet per table, numbers as numbers', async () => {
    const out = join(cli.dir, 'recheck.xlsx');
    const { status, stdout } = await run(...args('--out', out));
    expect([status, stdout]).toEqual([0, '']);
    const sheets = await readXlsxFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['复查情况统计', '复查问题清单', '新发现问题']);
    expect(sheets[0]?.data[1]).toEqual(['全部', null, 31, 26, 12, 5, 7, 2, 5, 5, 24, 50]);
  });

  it('an unknown inspection: exit 1, the problem at "inspection", a JSON error document', async () => {
    const { stdout, stderr, status } = await run(
      'recheck',
      ledgerFile(),
      '--inspection',
      'M-2099-return',
      '--as-of',
      '2024-11-30',
      '--format',
      'json',
    );
    expect(status).toBe(1);
    expect(stderr).toContain('inspection: the ledger names no inspection "M-2099-return"');
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, error: { code: 'unknown-inspection' } });
  });

  it('usage errors (exit 2): no --inspection, no --as-of, --set without --assessment', async () => {
    const file = ledgerFile();
    for (const argv of [
      ['recheck', file, '--as-of', '2024-11-30'],
      ['recheck', file, '--inspection', VISIT],
      ['recheck', file, '--inspection', VISIT, '--as-of', '2024-11-30', '--set', 'preschool-2020'],
    ]) {
      const { status, stderr } = await run(...argv);
      expect(status).toBe(2);
      expect(stderr).not.toBe('');
    }
  });

  it('a ledger with an impossible recheck: exit 1, at the event', async () => {
    const events: LedgerEvent[] = returnVisitEvents();
    events.push({
      type: 'issue-rechecked',
      at: '2024-05-01',
      issueId: 'A13',
      inspection: VISIT,
      outcome: 'not-rectified',
      finding: '—',
    });
    const file = scratchFile(cli.dir, 'bad.json', JSON.stringify({ schemaVersion: 1, events }));
    const { status, stderr } = await run('recheck', file, '--inspection', VISIT, '--as-of', '2024-11-30');
    expect(status).toBe(1);
    expect(stderr).toContain(`events[${events.length - 1}]:`);
    expect(stderr).toContain('[before-raised]');
  });
});

describe.concurrent('dudao recheck --assessment: what later data show (a suggestion)', () => {
  // The hand-worked 2017 county: 5 issues fed back; a year later s03's sports ground meets the
  // standard (1500 m² ÷ 200 = 7.5); the visit found s02's equipment and s03's sports area rectified.
  const P = 'sx-2021-04-process/';
  const raised = findingsFromAssessment(assessCompulsory(county2017, compulsoryQuality2017), {
    inspection: { id: 'sx-2021-04-process', level: 'provincial' },
    at: '2021-04-20',
    deadline: '2021-10-31',
  });
  const events: LedgerEvent[] = [
    ...raised,
    ...['school/s02/primary/equipment-value-per-pupil', 'school/s03/primary/sports-area-per-pupil'].flatMap(
      (id): LedgerEvent[] => [
        { type: 'rectification-reported', at: '2021-10-01', issueId: P + id, evidence: [{ title: '报告' }] },
        {
          type: 'issue-rechecked',
          at: '2021-11-10',
          issueId: P + id,
          inspection: 'sx-2021-11-return',
          outcome: 'rectified',
          finding: '已整改',
        },
      ],
    ),
  ];
  const later = county2017Variant((county) => {
    const s03 = county.schools.find((s) => s.id === 's03') as {
      sections: { primary: { stock: { sportsArea: unknown } } };
    };
    s03.sections.primary.stock.sportsArea = 1500;
  });

  it('json and md: the data beside each outcome, and where they differ', async () => {
    const ledger = scratchFile(cli.dir, 'county-ledger.json', JSON.stringify({ schemaVersion: 1, events }));
    const dataset = scratchFile(cli.dir, 'later.json', JSON.stringify(later));
    const base = [
      'recheck',
      ledger,
      '--inspection',
      'sx-2021-11-return',
      '--as-of',
      '2021-11-30',
      '--assessment',
      dataset,
      '--set',
      'compulsory-quality-2017',
    ];
    const json = await run(...base, '--format', 'json');
    expect(json.status).toBe(0);
    const doc = JSON.parse(json.stdout);
    expect(
      doc.suggestions.map((s: { issueId: string; met: boolean; agrees: boolean | null }) => [
        s.issueId.replace(P, ''),
        s.met,
        s.agrees,
      ]),
    ).toEqual([
      ['school/s02/primary/equipment-value-per-pupil', false, false],
      ['school/s03/primary/sports-area-per-pupil', true, true],
      ['school/s04/primary/key-teachers-per-100', false, null],
      ['school/s04/primary/multimedia-rooms-per-100', false, null],
      ['county/illegal-school-choice', false, null],
    ]);
    const md = await run(...base);
    expect(md.stdout).toContain('## 数据核对（供复查参考，以复查结论为准）');
    expect(md.stdout).toContain(
      `| ${P}school/s03/primary/sports-area-per-pupil | sports-area-per-pupil | 已达标 | 1500 ÷ 200 = 7.5 ≥ 7.5 | 已整改 | 一致 |`,
    );
  });

  it('a broken dataset: exit 1, its problems under "assessment"', async () => {
    const ledger = scratchFile(cli.dir, 'county-ledger2.json', JSON.stringify({ schemaVersion: 1, events }));
    const dataset = scratchFile(cli.dir, 'broken.json', JSON.stringify({ ...later, year: 'next' }));
    const { status, stderr } = await run(
      'recheck',
      ledger,
      '--inspection',
      'sx-2021-11-return',
      '--as-of',
      '2021-11-30',
      '--assessment',
      dataset,
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(/^assessment\.year: /m);
  });
});
