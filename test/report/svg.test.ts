/**
 * The SVG charts of the HTML report: primitives (escaping, pixel text, scales, ticks) and the
 * geometry of each chart kind on small hand-made cases whose pixel positions are worked out by
 * hand, plus the promise that no chart ever prints NaN or Infinity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/numeric/decimal.js';
import {
  cvLimitsChart,
  type IndicatorValuesChart,
  indicatorValuesChart,
  type MarkStatus,
  rectificationByUnitChart,
  rectificationTrendChart,
  schoolGridChart,
} from '../../src/report/svg/charts.js';
import {
  escapeXml,
  fitText,
  legend,
  linearScale,
  niceTicks,
  px,
  textWidth,
} from '../../src/report/svg/primitives.js';

const d = (v: string | number) => new Decimal(v);

/** The value of attribute `name` on the first element carrying `marker` (e.g. `data-role="threshold"`). */
function attr(svg: string, marker: string, name: string): string | undefined {
  const at = svg.indexOf(marker);
  if (at < 0) return undefined;
  const start = svg.lastIndexOf('<', at);
  const end = svg.indexOf('>', at);
  const tag = svg.slice(start, end);
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function all(svg: string, pattern: RegExp): string[] {
  return [...svg.matchAll(pattern)].map((m) => m[1] ?? '');
}

describe('primitives', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeXml(`<script>alert("x") & 'y'</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;',
    );
  });

  it('prints pixels to 2 decimals, and 0 for NaN, ±Infinity and -0', () => {
    expect(px(12.3456)).toBe('12.35');
    expect(px(366.4)).toBe('366.4');
    expect(px(Number.NaN)).toBe('0');
    expect(px(Number.POSITIVE_INFINITY)).toBe('0');
    expect(px(Number.NEGATIVE_INFINITY)).toBe('0');
    expect(px(-0.001)).toBe('0');
  });

  it('maps a domain linearly onto a range, clamping, with a zero-width domain at the start', () => {
    const s = linearScale([0, 5], [100, 600]);
    expect(s(3)).toBe(400);
    expect(s(0)).toBe(100);
    expect(s(9)).toBe(600);
    expect(s(-1)).toBe(100);
    expect(s(Number.NaN)).toBe(100);
    expect(s(Number.POSITIVE_INFINITY)).toBe(600);
    expect(linearScale([2, 2], [10, 90])(2)).toBe(10);
  });

  it('chooses round ticks of 1, 2 or 5 × 10ⁿ from 0, on exact decimals', () => {
    // 4.6 / 5 = 0.92 → step 1 → 0..5
    const a = niceTicks(d('4.6'));
    expect(a.values.map(String)).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(a.places).toBe(0);
    // 0.53 / 5 = 0.106 → step 0.2 → 0, 0.2, 0.4, 0.6
    const b = niceTicks(d('0.53'));
    expect(b.values.map((v) => v.toFixed(1))).toEqual(['0.0', '0.2', '0.4', '0.6']);
    expect(b.max.toString()).toBe('0.6');
    expect(b.places).toBe(1);
    // 2409.68 / 5 = 481.9 → step 500 → 0..2500
    expect(niceTicks(d('2409.68')).max.toString()).toBe('2500');
    // 0.3 exactly: step 0.1 (not 0.30000000000000004)
    expect(niceTicks(d('0.3'), 3).values.map(String)).toEqual(['0', '0.1', '0.2', '0.3']);
  });

  it('handles tiny values exactly: 1e-30 → step 2e-31, top 1e-30', () => {
    const t = niceTicks(d('1e-30'));
    expect(t.max.eq(d('1e-30'))).toBe(true);
    expect(t.values.length).toBe(6);
    expect(t.places).toBe(31);
  });

  it('gives an axis 0–1 when there is nothing positive to show', () => {
    for (const max of [d(0), d(-3), d(Number.NaN), d(Number.POSITIVE_INFINITY)]) {
      const t = niceTicks(max);
      expect(t.max.toString()).toBe('1');
      expect(t.values.map(String)).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
    }
  });

  it('estimates label widths (CJK 1 em) and cuts long labels with an ellipsis', () => {
    expect(textWidth('城关一小', 12)).toBe(48);
    expect(fitText('城关一小', 48, 12)).toBe('城关一小');
    expect(fitText('河口镇中心小学', 50, 12)).toBe('河口镇…');
  });

  it('wraps a legend onto a second row when the first is full', () => {
    const items = [
      { label: '达标', colour: '#000', mark: 'box' as const },
      { label: '未达标', colour: '#000', mark: 'box' as const },
    ];
    expect(legend(items, 0, 0, 400).height).toBe(18);
    expect(legend(items, 0, 0, 70).height).toBe(36);
    expect(legend([], 0, 0, 400).height).toBe(0);
  });
});

describe('indicator-values chart: values against the threshold, the 85 % floor and the county mean', () => {
  // Axis: max 4 × 1.04 = 4.16 → ticks 0..5. Labels "A", "B" are narrow, so the label column is
  // 40 + 12 = 52 px; the plot runs from x = 52 to 640 − 64 = 576 (524 px).
  const chart: IndicatorValuesChart = {
    title: '小学 · 生均教学及辅助用房面积',
    unit: '平方米/生',
    places: 2,
    comparator: '≥',
    threshold: 3,
    floor: 2.55,
    mean: 3.5,
    bars: [
      { label: 'A', value: 2, status: 'unmet' },
      { label: 'B', value: 4, status: 'met' },
    ],
  };
  const svg = indicatorValuesChart(chart, 'zh');

  it('is an accessible inline SVG with a title, a viewBox and explicit size', () => {
    expect(
      svg.startsWith('<svg class="chart" role="img" data-chart="indicator-values" viewBox="0 0 640 '),
    ).toBe(true);
    expect(svg).toContain('<title>小学 · 生均教学及辅助用房面积</title>');
    expect(svg).toMatch(/width="640" height="\d+"/);
  });

  it('puts the tick 0 at x = 52 and the tick 5 at x = 576', () => {
    expect(attr(svg, 'data-tick="0"', 'x1')).toBe('52');
    expect(attr(svg, 'data-tick="5"', 'x1')).toBe('576');
  });

  it('draws the threshold 3 at 3/5 of the axis: 52 + 0.6 × 524 = 366.4', () => {
    expect(attr(svg, 'data-role="threshold"', 'x1')).toBe('366.4');
    expect(attr(svg, 'data-role="threshold"', 'x2')).toBe('366.4');
  });

  it('draws the county mean 3.5 at 52 + 0.7 × 524 = 418.8 and the floor 2.55 at 52 + 0.51 × 524 = 319.24', () => {
    expect(attr(svg, 'data-role="mean"', 'x1')).toBe('418.8');
    expect(attr(svg, 'data-role="floor"', 'x1')).toBe('319.24');
  });

  it('draws bars 2 and 4 as 0.4 × 524 = 209.6 and 0.8 × 524 = 419.2 px, coloured by status', () => {
    expect(all(svg, /class="bar" data-status="[a-z]+" x="52" y="[\d.]+" width="([\d.]+)"/g)).toEqual([
      '209.6',
      '419.2',
    ]);
    expect(attr(svg, 'data-status="unmet"', 'fill')).toBe('#D55E00');
    expect(attr(svg, 'data-status="met"', 'fill')).toBe('#009E73');
  });

  it('prints the values, the standard, the floor and the mean rounded, in the legend', () => {
    expect(all(svg, /<text class="value"[^>]*>([^<]*)</g)).toEqual(['2.00', '4.00']);
    expect(svg).toContain('标准 ≥ 3.00');
    expect(svg).toContain('标准的85% 2.55');
    expect(svg).toContain('县域均值 3.50');
    expect(svg).toContain('达标');
    expect(svg).toContain('未达标');
  });

  it('speaks English when asked', () => {
    const en = indicatorValuesChart(chart, 'en');
    expect(en).toContain('standard ≥ 3.00');
    expect(en).toContain('county mean 3.50');
    expect(en).toContain('85 % of the standard 2.55');
    expect(en).not.toContain('标准');
  });

  it('escapes a school name that holds markup', () => {
    const evil = indicatorValuesChart(
      { ...chart, bars: [{ label: '<script>alert(1)</script>', value: d(1), status: 'met' }] },
      'en',
    );
    expect(evil).not.toContain('<script>');
    expect(evil).toContain('&lt;script&gt;');
  });

  it('marks a missing value as missing data, and a value that is not finite as ∞ at the end of the axis', () => {
    const svg2 = indicatorValuesChart(
      {
        ...chart,
        bars: [
          { label: 'A', value: null, status: 'unknown' },
          { label: 'B', value: d(Number.POSITIVE_INFINITY), status: 'unmet' },
        ],
      },
      'zh',
    );
    expect(svg2).toContain('缺少数据');
    expect(svg2).toContain('>∞<');
    expect(svg2).not.toMatch(/NaN|Infinity/);
  });
});

describe('cv-limits chart', () => {
  // Max 0.6 × 1.04 = 0.624 → step 0.2 → axis 0..0.8. Plot from 52 to 820 − 100 = 720 (668 px).
  const svg = cvLimitsChart(
    '差异系数',
    [
      { label: 'p', cv: 0.2, limit: 0.5, status: 'met' },
      { label: 'j', cv: 0.6, limit: 0.45, status: 'unmet' },
      { label: 'x', cv: null, limit: 0.45, status: 'unknown' },
    ],
    'zh',
  );

  it('puts each limit at its own place: 0.5 → 52 + 0.625 × 668 = 469.5; 0.45 → 427.75', () => {
    expect(all(svg, /data-role="limit" x1="([\d.]+)"/g)).toEqual(['469.5', '427.75', '427.75']);
  });

  it('prints CVs to 3 decimals and limits to 2, and an unknown CV as —', () => {
    expect(svg).toContain('0.200 / ≤ 0.50');
    expect(svg).toContain('0.600 / ≤ 0.45');
    expect(svg).toContain('— / ≤ 0.45');
    expect(svg).toContain('超过标准 1 项');
  });

  it('draws the bars 0.2 and 0.6 as 167 and 501 px', () => {
    expect(all(svg, /class="bar" data-status="(?:met|unmet)" x="52" y="[\d.]+" width="([\d.]+)"/g)).toEqual([
      '167',
      '501',
    ]);
  });
});

describe('school-grid chart', () => {
  const statuses: MarkStatus[] = ['met', 'floor', 'unmet', 'unknown', 'excluded', 'met'];
  const svg = schoolGridChart(
    '学校 × 指标',
    ['甲', '乙', '丙'],
    [
      {
        label: '<b>一小</b>',
        cells: statuses.slice(0, 3).map((s) => ({ status: s, text: '1.00 (≥ 1.00)' })),
        summary: '1/3 ✗',
        status: 'unmet',
      },
      {
        label: '二小',
        cells: statuses.slice(3).map((s) => ({ status: s, text: '—' })),
        summary: '1/3 ?',
        status: 'unknown',
      },
    ],
    'zh',
  );

  it('draws one coloured cell with a glyph per school and indicator', () => {
    expect(all(svg, /<g class="cell" data-status="([a-z]+)"/g)).toEqual(statuses);
    expect(all(svg, /<text [^>]*fill="[^"]+">([^<]+)<\/text><\/g>/g)).toEqual(['✓', '△', '✗', '?', '–', '✓']);
  });

  it('has a legend for met, within 85 %, not met, missing and excluded', () => {
    for (const words of ['✓ 达标', '△ 未达标但不低于标准的85%', '✗ 未达标', '? 缺少数据', '– 不适用或未纳入'])
      expect(svg).toContain(words);
  });

  it('escapes row labels, tooltips included', () => {
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;一小&lt;/b&gt;');
  });

  it('counts the cells in its description', () => {
    expect(svg).toContain('<desc>2 行 × 3 项指标：达标 2，未达标但不低于85% 1，未达标 1，缺少数据 1</desc>');
  });
});

describe('rectification-trend chart', () => {
  // x from 52 to 640 − 60 = 580; y from 234 (0 %) up to 14 (100 %): 2.2 px per point.
  const points = [
    { date: '2021-01-01', rate: 0 },
    { date: '2021-01-11', rate: 0.5 },
    { date: '2021-01-21', rate: 1 },
  ];

  it('plots 0 %, 50 % and 100 % on evenly spaced days as a straight line', () => {
    const svg = rectificationTrendChart('整改率', points, d('0.9'), null, 'zh');
    expect(attr(svg, 'data-series="rate"', 'd')).toBe('M52 234L316 124L580 14');
  });

  it('draws the target 90 % at y = 234 − 0.9 × 220 = 36, with its value in the legend', () => {
    const svg = rectificationTrendChart('整改率', points, d('0.9'), null, 'zh');
    expect(attr(svg, 'data-role="target"', 'y1')).toBe('36');
    expect(svg).toContain('目标 90.00%');
    expect(svg).toContain('>100%<');
  });

  it('widens the time axis to a later target day', () => {
    const svg = rectificationTrendChart('整改率', points, null, '2021-01-31', 'en');
    // 30 days over 528 px: day 20 is at 52 + 20/30 × 528 = 404
    expect(attr(svg, 'data-series="rate"', 'd')).toBe('M52 234L228 124L404 14');
    expect(attr(svg, 'data-role="target-date"', 'x1')).toBe('580');
    expect(svg).toContain('target date 2021-01-31');
  });

  it('leaves a gap where nothing can be rated, and labels the last rate', () => {
    const svg = rectificationTrendChart(
      '整改率',
      [points[0], { date: '2021-01-11', rate: null }, points[2]].flatMap((p) => (p === undefined ? [] : [p])),
      null,
      null,
      'en',
    );
    expect(attr(svg, 'data-series="rate"', 'd')).toBe('M52 234M580 14');
    expect(svg).toContain('>100%</text>');
  });

  it('puts a single day in the middle, and draws an empty series without NaN', () => {
    const one = rectificationTrendChart('r', [{ date: '2021-05-01', rate: d('0.25') }], d(1), null, 'zh');
    expect(attr(one, 'data-series="rate"', 'd')).toBe('M316 179');
    const none = rectificationTrendChart('r', [], d(1), null, 'zh');
    expect(none).toContain('无数据');
    for (const svg of [one, none]) expect(svg).not.toMatch(/NaN|Infinity/);
  });
});

describe('rectification-by-unit chart', () => {
  // Label column 40 + 12 = 52; plot from 52 to 640 − 110 = 530 (478 px).
  const svg = rectificationByUnitChart(
    '各责任单位整改率',
    [
      { label: '财政局', rate: d(6).div(7), rectified: 6, counted: 7 },
      { label: '教育局', rate: 1, rectified: 17, counted: 17 },
      { label: '空', rate: null, rectified: 0, counted: 0 },
    ],
    1,
    'zh',
  );

  it('draws 6/7 as 478 × 6/7 = 409.71 px and 100 % as 478 px, with the target at 100 %', () => {
    expect(all(svg, /class="bar" x="52" y="[\d.]+" width="([\d.]+)"/g)).toEqual(['409.71', '478', '10']);
    expect(attr(svg, 'data-role="target"', 'x1')).toBe('530');
  });

  it('prints each rate to 2 decimals with its counts', () => {
    expect(svg).toContain('85.71%（6/7）');
    expect(svg).toContain('100.00%（17/17）');
    expect(svg).toContain('—（0/0）');
    expect(svg).toContain('低于目标');
    expect(svg).toContain('1 个低于目标 100.00%');
  });
});

describe('figures as numbers or Decimals', () => {
  it('draws a number exactly as the Decimal of its shortest decimal', () => {
    const withNumbers = indicatorValuesChart(
      {
        title: 't',
        unit: 'u',
        places: 2,
        comparator: '≥',
        threshold: 4.2,
        floor: 3.57,
        mean: 4.605,
        bars: [{ label: 'A', value: 1.005, status: 'unmet' }],
      },
      'en',
    );
    const withDecimals = indicatorValuesChart(
      {
        title: 't',
        unit: 'u',
        places: 2,
        comparator: '≥',
        threshold: d('4.2'),
        floor: d('3.57'),
        mean: d('4.605'),
        bars: [{ label: 'A', value: d('1.005'), status: 'unmet' }],
      },
      'en',
    );
    expect(withNumbers).toBe(withDecimals);
    // Half up on the decimal form: 1.005 shows 1.01 and 4.605 shows 4.61.
    expect(withNumbers).toContain('>1.01</text>');
    expect(withNumbers).toContain('county mean 4.61');
  });

  it('prints an exact rate of counts, 2/3 = 66.67 %, from a Decimal or from its number', () => {
    const exact = rectificationByUnitChart(
      't',
      [{ label: 'u', rate: d(2).div(3), rectified: 2, counted: 3 }],
      1,
      'zh',
    );
    const number = rectificationByUnitChart(
      't',
      [{ label: 'u', rate: 2 / 3, rectified: 2, counted: 3 }],
      1,
      'zh',
    );
    expect(exact).toContain('66.67%（2/3）');
    expect(number).toBe(exact);
  });
});

describe('no chart ever prints NaN or Infinity', () => {
  // Figures come as numbers (results) or exact Decimals.
  const decimal = fc.oneof(
    fc.constant(null),
    fc.constant(d(0)),
    fc.constant(0),
    fc.constant(d(Number.POSITIVE_INFINITY)),
    fc.constant(Number.POSITIVE_INFINITY),
    fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((v) => d(v)),
    fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: 0, max: 100 }).map((v) => d(v).div(100)),
    fc.integer({ min: 0, max: 100 }).map((v) => v / 100),
  );
  const status = fc.constantFrom<MarkStatus>('met', 'floor', 'unmet', 'unknown', 'excluded', 'measured');
  const label = fc.string({ maxLength: 30 });

  it('for random small inputs to every chart kind', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ label, value: decimal, status }), { maxLength: 6 }),
        decimal,
        decimal,
        fc.array(
          fc.record({
            date: fc.constantFrom('2021-01-01', '2021-03-05', '2021-03-05', 'bad'),
            rate: decimal,
          }),
          {
            maxLength: 5,
          },
        ),
        fc.constantFrom('zh' as const, 'en' as const),
        (bars, threshold, mean, points, lang) => {
          const svgs = [
            indicatorValuesChart(
              { title: 't', unit: 'u', places: 2, comparator: '≥', threshold, floor: threshold, mean, bars },
              lang,
            ),
            cvLimitsChart(
              't',
              bars.map((b) => ({ label: b.label, cv: b.value, limit: threshold, status: b.status })),
              lang,
            ),
            schoolGridChart(
              't',
              bars.map((b) => b.label),
              bars.map((b) => ({
                label: b.label,
                cells: bars.map((c) => ({ status: c.status, text: '' })),
                summary: '',
                status: b.status,
              })),
              lang,
            ),
            rectificationTrendChart('t', points, threshold, points[0]?.date ?? null, lang),
            rectificationByUnitChart(
              't',
              bars.map((b) => ({ label: b.label, rate: b.value, rectified: 1, counted: 2 })),
              mean,
              lang,
            ),
          ];
          for (const svg of svgs) {
            expect(svg).not.toMatch(/NaN|Infinity|undefined/);
            expect(svg).toMatch(
              /^<svg class="chart" role="img" data-chart="[a-z-]+" viewBox="0 0 \d+(\.\d+)? \d+(\.\d+)?"/,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
