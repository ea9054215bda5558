import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessDatabase } from '../../src/analyze/assessment/index.js';
import { renderBrief } from '../../src/report/brief.js';
import { memoryDatabase } from '../helpers/database.js';
import { GLOOMY, HOPEFUL, insertEvent, storeAnalysis } from '../helpers/assessment.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

if (!existsSync(CHROMIUM)) {
  console.warn(
    `brief-browser.test: ${CHROMIUM} is absent, so the HTML brief is not opened in a browser (apt-get install -y chromium)`,
  );
}

describe.skipIf(!existsSync(CHROMIUM))('the HTML brief in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    const db = await memoryDatabase();
    await storeAnalysis(db, 'gloomy.txt', GLOOMY, 'Example Review');
    await storeAnalysis(db, 'hopeful.txt', HOPEFUL, 'Example Monitor');
    for (const [i, [year, country]] of (
      [
        [2017, 'SY'],
        [2018, 'SY'],
        [2018, 'NG'],
        [2019, 'NG'],
        [2019, 'RU'],
      ] as const
    ).entries()) {
      await insertEvent(db, { id: String(i), date: `${year}-12-01`, country, fatalities: 3 });
    }
    const assessment = await assessDatabase(db);
    await db.close();
    dir = mkdtempSync(join(tmpdir(), 'resurgence-brief-'));
    file = join(dir, 'brief.html');
    writeFileSync(file, renderBrief(assessment, 'html').text);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows its charts with JavaScript off and no network, asking for nothing outside the file', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    expect(await page.title()).toBe('Assessment: Islamic State');
    const charts = page.locator('svg.chart');
    expect(await charts.count()).toBe(2);
    for (const chart of await charts.all()) {
      await chart.scrollIntoViewIfNeeded();
      expect(await chart.isVisible()).toBe(true);
      const box = (await chart.boundingBox())!;
      expect(box.width).toBeGreaterThan(300);
      expect(box.height).toBeGreaterThan(150);
    }
    const events = page.locator('#chart-events');
    expect(await events.locator('polyline').count()).toBe(3);
    expect(await events.locator('circle').count()).toBe(9);
    expect(await events.locator('text', { hasText: 'Core (Iraq, Syria)' }).count()).toBe(1);
    const shot = await events.screenshot();
    expect(shot.length).toBeGreaterThan(5000);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    await context.close();
  });
});
