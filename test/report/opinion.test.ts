/**
 * The supervision opinion (督导意见书) of the sample city: the document as data for the provincial
 * process supervision (May 2025) and the municipal return visit (November 2025) of 西山县, every
 * figure recounted here from the sample's own documents (its inspections and ledger events), and
 * the three renderers: Markdown key lines, HTML with its A4 print rules and balanced tags, and a
 * DOCX opened as the zip it is (its word/document.xml read with node:zlib).
 */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import { issueCategoryLabel } from '../../src/ledger/categories.js';
import {
  type SupervisionOpinion,
  type SupervisionOpinionOptions,
  supervisionOpinion,
} from '../../src/report/opinion.js';
import { renderSupervisionOpinionDocx } from '../../src/report/opinion-docx.js';
import { renderSupervisionOpinionHtml } from '../../src/report/opinion-html.js';
import { renderSupervisionOpinionMarkdown } from '../../src/report/opinion-markdown.js';
import { sampleCity } from '../../src/sample/index.js';

const XISHAN = '990102';
const PROCESS = 'SL-2025-05-process';
const VISIT = 'SL-2025-11-return';

const processOptions: SupervisionOpinionOptions = {
  inspection: PROCESS,
  county: XISHAN,
  asOf: '2025-06-10',
  issuer: '示例省人民政府教育督导室',
  recipient: '西山县人民政府',
  deadline: '2025-12-31',
  documentNumber: '示督〔2025〕8号',
};
const visitOptions: SupervisionOpinionOptions = {
  inspection: VISIT,
  county: XISHAN,
  asOf: '2025-12-05',
  issuer: '示例市人民政府教育督导室',
  recipient: '西山县人民政府',
  deadline: '2026-03-31',
};

const texts = (opinion: SupervisionOpinion, id: string): string[] =>
  (opinion.sections.find((s) => s.id === id)?.blocks ?? []).flatMap((b) => {
    if (b.kind === 'heading' || b.kind === 'paragraph') return [b.text.zh];
    if (b.kind === 'list') return b.items.map((i) => i.zh);
    return [b.caption.zh, ...b.rows.map((r) => r.map((c) => c.zh).join('|'))];
  });

// The issues an inspection raised in a county, on or before a day and not withdrawn by then,
// recounted from the ledger's events.
function raisedBy(inspection: string, county: string, asOf: string): string[] {
  const withdrawn = new Set(
    sampleCity.ledger.events
      .filter((e) => e.type === 'issue-withdrawn' && e.at <= asOf)
      .map((e) => (e as { issueId: string }).issueId),
  );
  return sampleCity.ledger.events.flatMap((e) =>
    e.type === 'issue-raised' &&
    e.at <= asOf &&
    e.issue.source.inspection === inspection &&
    e.issue.county === county &&
    !withdrawn.has(e.issue.id)
      ? [e.issue.id]
      : [],
  );
}

describe('the opinion of the provincial process supervision, for 西山县 (known answers)', () => {
  const opinion = supervisionOpinion(sampleCity, processOptions);

  it('has the sections in the order offices write them, numbered, with the annex last', () => {
    expect(opinion.sections.map((s) => s.id)).toEqual([
      'basics',
      'achievements',
      'problems',
      'requirements',
      'annex',
    ]);
    expect(opinion.sections.map((s) => s.heading.zh)).toEqual([
      '一、基本情况',
      '二、主要成效（达标情况）',
      '三、存在问题',
      '四、督导意见',
      '附件：问题清单',
    ]);
    expect(opinion.title.zh).toBe('督导意见书');
    expect(opinion.subject.zh).toBe('关于西山县义务教育优质均衡发展和学前教育普及普惠省级过程督导的督导意见');
    expect(opinion).toMatchObject({
      documentNumber: '示督〔2025〕8号',
      issuer: '示例省人民政府教育督导室',
      recipient: '西山县人民政府',
      date: '2025-06-10',
      deadline: '2025-12-31',
      counties: [{ code: XISHAN, name: { zh: '西山县', en: 'Xishan County' } }],
      inspection: {
        id: PROCESS,
        kind: 'process',
        level: 'provincial',
        start: '2025-05-12',
        end: '2025-05-23',
      },
    });
  });

  it('基本情况: the visits of the inspection in the county, by name, counted as the inspection lists them', () => {
    const inspection = sampleCity.inspections.find((i) => i.id === PROCESS);
    const visits = inspection?.institutionsVisited.filter((v) => v.county === XISHAN) ?? [];
    const schools = visits.filter((v) => v.kind === 'school').length;
    const kindergartens = visits.filter((v) => v.kind === 'kindergarten').length;
    expect([schools, kindergartens]).toEqual([14, 5]);
    const [first] = texts(opinion, 'basics');
    expect(first).toBe(
      '2025年5月12日至5月23日，省级督导组对西山县义务教育优质均衡发展、学前教育普及普惠工作开展了过程督导。' +
        '督导组分3个检查组，采取听取汇报、查阅资料、实地察看、个别访谈和问卷调查等方式，实地察看学校14所、幼儿园5所，' +
        '走访教育局、财政局、人社局、编办、自然资源局、住建局、发展改革局等7个部门，' +
        '访谈212人（干部46人、教师88人、家长62人、其他16人）。现将督导情况和意见反馈如下。',
    );
    const names = texts(opinion, 'basics').join('\n');
    // Names, not ids.
    expect(names).toContain('西山县城关第一小学');
    expect(names).toContain('西山县阳光幼儿园');
    expect(names).not.toMatch(/\bXS\d\d\b|\bXK\d\d\b/);
  });

  it('主要成效: the verdicts of both assessments in the official register', () => {
    const lines = texts(opinion, 'achievements');
    expect(lines).toContain(
      '义务教育：按照县域义务教育优质均衡发展督导评估（教督〔2017〕6号）测算，西山县2025年度数据未达到评估标准。',
    );
    expect(lines).toContain('资源配置：参评的37个学校学段中，34个达到要求');
    expect(lines).toContain('校际差异系数：14项中12项达标');
    expect(lines).toContain('社会认可度：1020 ÷ 1200 × 100 = 85 ≥ 85，达到标准');
    expect(lines.some((l) => l.startsWith('县级指标27项中26项达标：学前三年毛入园率、'))).toBe(true);
  });

  it('存在问题: every issue the inspection raised in the county, split into common and individual', () => {
    const ids = raisedBy(PROCESS, XISHAN, processOptions.asOf);
    expect(ids.length).toBe(18);
    expect(opinion.issues.map((i) => i.id)).toEqual(ids);
    const lines = texts(opinion, 'problems');
    expect(lines[0]).toBe('督导发现问题18个，其中共性问题6类（9个），个性问题9个。');
    // Two schools short of teaching area: the indicator, the schools and their figures.
    expect(lines).toContain(
      '1. 资源配置：生均教学及辅助用房面积。涉及西山县城关第一小学、西山县第二初级中学（2个问题）。',
    );
    expect(lines).toContain('西山县城关第一小学（小学）|7938 ÷ 1960 = 4.05 < 4.5|未达标');
    // An individual issue with its figures against the standard.
    expect(lines).toContain(
      '（1）【资源配置】西山县第二初级中学网络多媒体教室数量不足（测算：34 ÷ 1450 × 100 = 2.344828… < 2.4）',
    );
    expect(lines.filter((l) => l === '（一）共性问题' || l === '（二）个性问题')).toHaveLength(2);
  });

  it('督导意见: the deadline, the report back to the issuer, the modes and the responsible units', () => {
    const lines = texts(opinion, 'requirements');
    const paragraph = lines.find((l) => l.startsWith('请西山县人民政府')) ?? '';
    expect(paragraph).toContain('于2025年12月31日前完成整改，并将整改情况书面报告示例省人民政府教育督导室');
    expect(paragraph).toContain('《教育督导条例》第二十条至第二十二条');
    // 立行立改 + 限期整改 + 长期坚持 = the 18 issues.
    const modes = paragraph.match(/立行立改(\d+)个、限期整改(\d+)个、长期坚持(\d+)个/);
    expect(
      modes
        ?.slice(1)
        .map(Number)
        .reduce((a, b) => a + b, 0),
    ).toBe(18);
    // The lead unit of each issue counted once: the leads add up to the issues.
    const units = lines.filter((l) => /^[^|]+\|\d+\|\d+$/.test(l));
    expect(units.reduce((n, l) => n + Number(l.split('|')[1]), 0)).toBe(18);
    expect(units[0]).toMatch(/^教育局\|/);
  });

  it('附件: one row per issue, numbered, with names and Chinese categories', () => {
    const annex = opinion.sections.find((s) => s.id === 'annex');
    const table = annex?.blocks.find((b) => b.kind === 'table');
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.columns.map((c) => c.zh)).toEqual([
      '序号',
      '问题编号',
      '县（区）',
      '学校/单位',
      '问题类别',
      '共性/个性',
      '问题描述',
      '牵头单位',
      '配合单位',
      '整改时限',
      '当前状态',
    ]);
    expect(table.rows).toHaveLength(18);
    expect(table.rows.map((r) => r[0]?.zh)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    expect(opinion.issues.every((i) => i.county === '西山县')).toBe(true);
    expect(opinion.issues.every((i) => i.origin === 'this')).toBe(true);
    for (const row of opinion.issues) expect(row.category.zh).not.toMatch(/^[a-z-]+$/);
  });

  it('is plain data: the same input gives the same document, cloneable and lossless through JSON', () => {
    const again = supervisionOpinion(sampleCity, processOptions);
    expect(again).toEqual(opinion);
    expect(structuredClone(opinion)).toEqual(opinion);
    expect(JSON.parse(JSON.stringify(opinion))).toEqual(opinion);
  });
});

describe('the opinion of the municipal return visit, for 西山县 (known answers)', () => {
  const opinion = supervisionOpinion(sampleCity, visitOptions);

  it('adds 整改复查情况 before 督导意见', () => {
    expect(opinion.sections.map((s) => s.heading.zh)).toEqual([
      '一、基本情况',
      '二、主要成效（达标情况）',
      '三、存在问题',
      '四、整改复查情况',
      '五、督导意见',
      '附件：问题清单',
    ]);
  });

  it('recounts the rechecks of the county from the ledger: outcomes, new issues, what is still open', () => {
    const due = raisedBy(PROCESS, XISHAN, '2025-11-09');
    expect(due).toHaveLength(18);
    const outcomes = new Map<string, string>();
    for (const e of sampleCity.ledger.events) {
      if (
        e.type === 'issue-rechecked' &&
        e.inspection === VISIT &&
        e.at <= visitOptions.asOf &&
        due.includes(e.issueId)
      )
        outcomes.set(e.issueId, e.outcome);
    }
    const count = (o: string) => [...outcomes.values()].filter((x) => x === o).length;
    expect([outcomes.size, count('rectified'), count('basically-rectified'), count('not-rectified')]).toEqual(
      [16, 9, 3, 4],
    );
    const found = raisedBy(VISIT, XISHAN, visitOptions.asOf);
    expect(found).toHaveLength(9);
    const lines = texts(opinion, 'recheck');
    expect(lines[0]).toBe(
      '本次回访对此前督导反馈的18个问题逐项复查。复查问题 16 个：已整改 9 个，基本整改 3 个，未整改 4 个；新发现问题 9 个；另有 2 个应复查问题未复查。',
    );
    // Still open: the due issues neither rectified (reported), verified nor closed on the day.
    expect(lines).toContain('截至2025年12月5日，仍有9个问题未完成整改，列入附件问题清单，须继续整改。');
    expect(opinion.issues.map((i) => i.id)).toEqual([
      ...found,
      ...opinion.issues.filter((i) => i.origin === 'earlier').map((i) => i.id),
    ]);
    expect(opinion.issues.filter((i) => i.origin === 'earlier')).toHaveLength(9);
    expect(opinion.issues.filter((i) => i.origin === 'earlier').every((i) => due.includes(i.id))).toBe(true);
    expect(lines).toContain(
      '1|西山县城关第一小学|西山县城关第一小学生均教学及辅助用房面积低于国家标准|未整改|综合楼主体工程已封顶，正在内部装修，尚未整改到位|正在整改',
    );
  });

  it('lists the visit’s own opinions as the requirements', () => {
    const lines = texts(opinion, 'requirements');
    expect(lines).toContain('防止大班额反弹，严格插班管理（大班额）');
  });

  it('without a county, covers every county of the inspection, each under its name', () => {
    const { county: _, ...options } = visitOptions;
    const all = supervisionOpinion(sampleCity, options);
    expect(all.counties.map((c) => c.name.zh)).toEqual(['东湖县', '西山县', '南川区']);
    const headings = all.sections
      .find((s) => s.id === 'problems')
      ?.blocks.filter((b) => b.kind === 'heading')
      .map((b) => (b.kind === 'heading' ? b.text.zh : ''));
    expect(headings?.filter((h) => h.endsWith('县') || h.endsWith('区'))).toEqual([
      '东湖县',
      '西山县',
      '南川区',
    ]);
    expect(all.issues.length).toBeGreaterThan(opinion.issues.length);
  });
});

describe('the renderers', () => {
  const opinion = supervisionOpinion(sampleCity, visitOptions);

  it('Markdown: title, recipient, sections, signature before the annex', () => {
    const md = renderSupervisionOpinionMarkdown(opinion);
    const lines = md.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '# 督导意见书',
      '',
      '**关于西山县义务教育优质均衡发展和学前教育普及普惠市级回访督导的督导意见**',
      '',
      '西山县人民政府：',
    ]);
    for (const heading of ['## 一、基本情况', '## 四、整改复查情况', '## 五、督导意见', '## 附件：问题清单'])
      expect(lines).toContain(heading);
    const signature = lines.indexOf('示例市人民政府教育督导室');
    expect(lines[signature + 2]).toBe('2025年12月5日');
    expect(signature).toBeLessThan(lines.indexOf('## 附件：问题清单'));
    expect(lines).toContain(
      '| 1 | XS-2511-01 | 西山县 | 西山县实验学校 | 大班额 | 个性 | 西山县实验学校（初中部）存在超过国家标准的大班额 | 教育局 | — | 2026-01-31 | 未整改 | 本次督导 |',
    );
    expect(md.endsWith('\n')).toBe(true);
  });

  it('Markdown in English', () => {
    const md = renderSupervisionOpinionMarkdown(opinion, { lang: 'en' });
    expect(md.startsWith('# Supervision opinion\n')).toBe(true);
    expect(md).toContain('## 4. Recheck of earlier issues');
    expect(md).toContain('To: 西山县人民政府');
  });

  it('escapes a pipe in a table cell', () => {
    const odd: SupervisionOpinion = {
      ...opinion,
      sections: [
        {
          id: 'annex',
          heading: { zh: '附件', en: 'Annex' },
          blocks: [
            {
              kind: 'table',
              caption: { zh: '表', en: 'T' },
              columns: [{ zh: '列', en: 'c' }],
              rows: [[{ zh: 'a|b', en: 'a|b' }]],
            },
          ],
        },
      ],
    };
    expect(renderSupervisionOpinionMarkdown(odd)).toContain('| a\\|b |');
  });

  it('HTML: one self-contained page with the A4 print rules, balanced tags, escaped text', () => {
    const html = renderSupervisionOpinionHtml(opinion);
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).toContain('@page annex { size: A4 landscape;');
    expect(html).toMatch(/font-family: "FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋",[^;]*serif;/);
    expect(html).toContain('break-before: page');
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import/);
    // Balanced: every opened element closed in order (void elements aside).
    const stack: string[] = [];
    for (const [, close, name] of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g)) {
      const tag = (name as string).toLowerCase();
      if (tag === 'meta' || tag === 'br') continue;
      if (close === '') stack.push(tag);
      else expect(stack.pop()).toBe(tag);
    }
    expect(stack).toEqual([]);
    expect(html).toContain('<h2>四、整改复查情况</h2>');
    const hostile = renderSupervisionOpinionHtml({ ...opinion, issuer: '<script>alert(1)</script>' });
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('&lt;script&gt;');
  });

  it('DOCX: a zip whose word/document.xml holds the headings, the issue rows and the deadline', async () => {
    const bytes = await renderSupervisionOpinionDocx(opinion);
    const entries = unzip(bytes);
    expect([...entries.keys()]).toEqual(expect.arrayContaining(['word/document.xml', '[Content_Types].xml']));
    const xml = entries.get('word/document.xml') ?? '';
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
    for (const heading of [
      '一、基本情况',
      '二、主要成效（达标情况）',
      '三、存在问题',
      '四、整改复查情况',
      '五、督导意见',
      '附件：问题清单',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('于2026年3月31日前完成整改');
    for (const row of opinion.issues) expect(text).toContain(row.id);
    expect(text).toContain('西山县实验学校（初中部）存在超过国家标准的大班额');
    // A4 portrait, then the annex in landscape; the annex header row repeats on each page.
    expect(xml).toContain('w:w="11906" w:h="16838"');
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(xml).toContain('<w:tblHeader');
    expect(xml).toContain('仿宋_GB2312');
  });
});

describe('bad input: clear errors with paths', () => {
  const attempt = (options: unknown, city: unknown = sampleCity): DudaoError => {
    try {
      supervisionOpinion(city as typeof sampleCity, options as SupervisionOpinionOptions);
    } catch (error) {
      if (error instanceof DudaoError) return error;
      throw error;
    }
    throw new Error('no error');
  };

  it('an unknown inspection id: unknown-inspection, naming the known ones', () => {
    const error = attempt({ ...processOptions, inspection: 'SL-2099-01-nope' });
    expect(error.code).toBe('unknown-inspection');
    expect(error.path).toEqual(['options', 'inspection']);
    expect(error.message).toContain('SL-2025-05-process');
  });

  it('a county the inspection did not cover: county-not-inspected', () => {
    const spot = {
      ...processOptions,
      inspection: 'SL-2026-03-spot',
      asOf: '2026-03-31',
      deadline: '2026-06-30',
    };
    const error = attempt(spot);
    expect(error.code).toBe('county-not-inspected');
    expect(error.path).toEqual(['options', 'county']);
  });

  it('an opinion dated before the inspection began: before-inspection', () => {
    const error = attempt({ ...processOptions, asOf: '2025-05-01' });
    expect(error.code).toBe('before-inspection');
    expect(error.path).toEqual(['options', 'asOf']);
  });

  it('a deadline before the opinion: invalid-range at the deadline', () => {
    const error = attempt({ ...processOptions, deadline: '2025-06-01' });
    expect(error.code).toBe('invalid-range');
    expect(error.path).toEqual(['options', 'deadline']);
  });

  it('a missing issuer, an invalid date, a misspelt option', () => {
    const { issuer: _, ...noIssuer } = processOptions;
    expect(attempt(noIssuer).path).toEqual(['options', 'issuer']);
    expect(attempt({ ...processOptions, deadline: '2025-02-30' }).code).toBe('invalid-date');
    expect(attempt({ ...processOptions, deadLine: '2025-12-31' }).code).toBe('unknown-key');
    expect(attempt(null).code).toBe('invalid-type');
  });

  it('an invalid dataset in the city: the error at its place in the city’s documents', () => {
    const [first, ...rest] = sampleCity.counties;
    const broken = structuredClone(first) as unknown as {
      code: string;
      compulsory: { schools: { sections: { primary?: { pupils: unknown } } }[] };
    };
    const section = broken.compulsory.schools.find((s) => s.sections.primary !== undefined)?.sections.primary;
    if (section !== undefined) section.pupils = -1;
    const city = { ...sampleCity, counties: [broken, ...rest] };
    const error = attempt({ ...processOptions, county: broken.code }, city);
    expect(error.path.slice(0, 3)).toEqual(['counties', 0, 'compulsory']);
  });

  it('the renderers refuse what is not an opinion', async () => {
    expect(() => renderSupervisionOpinionMarkdown({} as SupervisionOpinion)).toThrow(DudaoError);
    expect(() => renderSupervisionOpinionHtml(null as unknown as SupervisionOpinion)).toThrow(DudaoError);
    await expect(renderSupervisionOpinionDocx([] as unknown as SupervisionOpinion)).rejects.toBeInstanceOf(
      DudaoError,
    );
    const opinion = supervisionOpinion(sampleCity, processOptions);
    expect(() => renderSupervisionOpinionHtml(opinion, { lang: 'fr' as 'zh' })).toThrow(DudaoError);
  });
});

describe('issue categories', () => {
  it('known ids in Chinese, anything else as written', () => {
    expect(issueCategoryLabel('large-classes')).toEqual({ zh: '大班额', en: 'large classes' });
    expect(issueCategoryLabel('食堂管理')).toEqual({ zh: '食堂管理', en: '食堂管理' });
    expect(issueCategoryLabel('toString')).toEqual({ zh: 'toString', en: 'toString' });
    expect(() => issueCategoryLabel(3 as unknown as string)).toThrow(DudaoError);
  });
});

// The entries of a zip archive, by name, as text: read from its central directory, each entry
// stored or deflated (method 0 or 8).
function unzip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = new Map<string, string>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(dataAt, dataAt + size);
    out.set(name, decoder.decode(method === 8 ? inflateRawSync(data) : data));
    at += 46 + nameLength + extra + comment;
  }
  return out;
}
