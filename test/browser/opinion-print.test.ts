/**
 * The supervision opinion's HTML page printed to PDF in headless Chromium or Chrome (wherever
 * `findChromium` finds one, driven by playwright-core): A4 pages, the annex on landscape pages of
 * its own, no console error, no page error and no request but the page itself. The PDF is saved
 * to `test-artifacts/` for a person to look at. With no browser the test is skipped and says how
 * to install one, except in CI (`CI` set) or when `DUDAO_CHROMIUM` names no file: then it fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { supervisionOpinion } from '../../src/report/opinion.js';
import { renderSupervisionOpinionHtml } from '../../src/report/opinion-html.js';
import { sampleCity } from '../../src/sample/index.js';
import { useBrowser } from './launch-browser.js';

const browser = useBrowser("the opinion's print test", { prefix: 'dudao-opinion-' });
const { skipNote } = browser;
const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');

// Page sizes of a PDF in points, from its /MediaBox entries (one per page).
function pageSizes(pdf: Buffer): [number, number][] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
}

describe('the supervision opinion printed to PDF in headless Chromium', () => {
  it('prints on A4, the annex in landscape, with no console error and no request', async ({ skip }) => {
    skip(!browser.found, skipNote);
    const context = browser.context();
    const opinion = supervisionOpinion(sampleCity, {
      inspection: 'SL-2025-11-return',
      county: '990102',
      asOf: '2025-12-05',
      issuer: '示例市人民政府教育督导室',
      recipient: '西山县人民政府',
      deadline: '2026-03-31',
    });
    const file = join(browser.dir(), 'opinion.html');
    writeFileSync(file, renderSupervisionOpinionHtml(opinion));
    const url = pathToFileURL(file).href;
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'supervision-opinion.pdf'), pdf);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(1);
    // A4 is 595 × 842 points; the first page portrait, the last (the annex) landscape.
    expect(sizes[0]).toEqual([595, 842]);
    expect(sizes[sizes.length - 1]).toEqual([842, 595]);
  }, 60_000);
});
