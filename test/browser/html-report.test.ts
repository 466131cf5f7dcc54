/**
 * The HTML report in a real browser: the demo report is opened in headless Chromium or Chrome
 * (wherever `findChromium` finds one, driven by playwright-core), every chart must render with a
 * non-empty box and drawn shapes, the page must log no console error or page error and request
 * nothing but itself, and a full-page screenshot is saved to `test-artifacts/` for a person to
 * look at. With no browser the tests are skipped and say how to install one, except in CI (`CI`
 * set) or when `DUDAO_CHROMIUM` names no file: then they fail.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderDemo } from '../../src/cli/commands/demo.js';
import { useBrowser } from './launch-browser.js';

const browser = useBrowser("the HTML report's browser tests", {
  prefix: 'dudao-html-',
  viewport: { width: 1400, height: 1000 },
});
const { skipNote } = browser;
const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');
const KINDS = [
  'indicator-values',
  'cv-limits',
  'school-grid',
  'rectification-trend',
  'rectification-by-unit',
] as const;

interface ChartBox {
  kind: string | null;
  width: number;
  height: number;
  shapes: number;
  texts: number;
}

async function openReport(lang: 'zh' | 'en', screenshot: string) {
  const context = browser.context();
  const file = join(browser.dir(), `report-${lang}.html`);
  // The page `dudao demo --format html` writes: the bundled sample city end to end.
  writeFileSync(file, renderDemo('html', lang));
  const url = pathToFileURL(file).href;
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    // The `request` listener records it; anything but the page itself is refused.
    return requested === url ? route.continue() : route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  const charts: ChartBox[] = await page.$$eval('svg[data-chart]', (nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return {
        kind: node.getAttribute('data-chart'),
        width: box.width,
        height: box.height,
        shapes: node.querySelectorAll('rect, line, path, circle, polyline').length,
        texts: node.querySelectorAll('text').length,
      };
    }),
  );
  const title = await page.title();
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, screenshot), fullPage: true });
  await page.close();
  return { errors, requests, charts, title };
}

describe('the demo HTML report in headless Chromium', () => {
  it('renders every chart with no console error and no network request (zh)', async ({ skip }) => {
    skip(!browser.found, skipNote);
    const { errors, requests, charts, title } = await openReport('zh', 'html-report.png');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(title).toBe('dudao 演示：示例市督导评估报告（截至 2026-03-31）');
    for (const kind of KINDS) expect(charts.filter((c) => c.kind === kind).length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.width, `${chart.kind} width`).toBeGreaterThan(100);
      expect(chart.height, `${chart.kind} height`).toBeGreaterThan(50);
      expect(chart.shapes, `${chart.kind} shapes`).toBeGreaterThan(2);
      expect(chart.texts, `${chart.kind} texts`).toBeGreaterThan(0);
    }
  }, 60_000);

  it('renders the English report the same way', async ({ skip }) => {
    skip(!browser.found, skipNote);
    const { errors, requests, charts } = await openReport('en', 'html-report-en.png');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(new Set(charts.map((c) => c.kind))).toEqual(new Set(KINDS));
    expect(charts.every((c) => c.width > 100 && c.height > 50 && c.shapes > 2)).toBe(true);
  }, 60_000);
});
