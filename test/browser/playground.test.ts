/**
 * The sidebar and the playground in Debian's Chromium: select ranges with the mouse, build summaries in English and in
 * Persian, check the values against the TypeScript, the right-to-left layout, text-only rendering, an error path,
 * and take the screenshots the README shows and the 1280×800 ones of the Marketplace listing (docs/marketplace/).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, type Playground } from '../../src/local/playground/server';
import { layoutFor } from '../../src/summary/layout';
import { browserTestsRun, launchChromium } from '../helpers/browser';
import { call } from '../helpers/call';

const root = join(__dirname, '../..');
const docs = join(root, 'docs');
const marketplace = join(docs, 'marketplace');
/** The size of the Marketplace listing's screenshots, and the size the other screenshots are taken at. */
const LISTING_VIEWPORT = { width: 1280, height: 800 };
const VIEWPORT = { width: 1400, height: 1000 };
const ODD_SHEET = 'Q1 "old" <data>';
const ODD_HEADER = '<img src=x onerror="window.__pwned=1">';

describe.runIf(browserTestsRun())('the playground in Chromium', () => {
  let playground: Playground;
  let browser: Browser;
  let page: Page;
  let sidebar: FrameLocator;

  beforeAll(async () => {
    if (!existsSync(join(root, 'dist/Sidebar.html'))) execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build.ts')], { cwd: root });
    playground = await startPlayground({ port: 0 });
    const odd = playground.fake.spreadsheet.insertSheet(ODD_SHEET);
    odd.getRange(1, 1, 3, 2).setValues([[ODD_HEADER, 'Leads'], [100, 10], [300, 20]]);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(playground.url);
    await page.waitForSelector('body[data-ready="true"]');
    sidebar = page.frameLocator('#sidebar');
    await sidebar.locator('#use-selection').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
  });

  /** Drags the mouse from one cell to another on the current sheet; with `add`, Ctrl keeps the ranges already selected. */
  async function drag(from: string, to: string, add = false): Promise<void> {
    if (add) await page.keyboard.down('Control');
    await page.locator(`td[data-cell="${from}"]`).hover();
    await page.mouse.down();
    await page.locator(`td[data-cell="${to}"]`).hover();
    await page.mouse.up();
    if (add) await page.keyboard.up('Control');
  }

  /**
   * A 1280×800 screenshot of the whole playground for the Marketplace listing: the grid at its top left, the active
   * sheet's tab in view, the sidebar scrolled to `section`; with `quiet`, once the last build's toast has gone. The
   * usual viewport comes back after.
   */
  async function listingScreenshot(name: string, section: string, quiet = false): Promise<void> {
    if (quiet) await page.locator('#toast').waitFor({ state: 'hidden', timeout: 15_000 });
    await page.setViewportSize(LISTING_VIEWPORT);
    await page.locator('#grid-wrap').evaluate((wrap) => wrap.scrollTo(0, 0));
    await page.locator('#tabs button.active').evaluate((tab) => tab.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    await sidebar.locator(section).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    // No hover or focus ring left from the last click, no transition caught half-way: the same picture on every run.
    await page.mouse.move(0, 0);
    await sidebar.locator(':focus').evaluateAll((focused) => focused.forEach((element) => (element as HTMLElement).blur()));
    await page.screenshot({ path: join(marketplace, name), animations: 'disabled' });
    await page.setViewportSize(VIEWPORT);
  }

  async function openSheet(name: string): Promise<void> {
    await page.locator(`[data-sheet="${name.replace(/"/g, '\\"')}"]`).click();
    await page.locator('td[data-cell="A1"]').waitFor();
  }

  /** Builds with the KPIs the sidebar proposes and an NPS target of 20, then waits for the summary's link. */
  async function build(): Promise<string> {
    await sidebar.locator('input[name="kpi"][value="CAC"]').waitFor();
    await sidebar.locator('input[data-target="NPS"]').fill('20');
    await sidebar.locator('#mode-portable').check();
    await sidebar.locator('#build').click();
    await sidebar.locator('#result-link').waitFor({ state: 'visible' });
    return (await sidebar.locator('#result-link').textContent()) ?? '';
  }

  /** The summary's value column by KPI id, as the formula engine computed it. */
  function summaryValues(sheetName: string): Map<string, unknown> {
    const rows = playground.fake.spreadsheet.getSheetByName(sheetName)!.getDataRange().getValues();
    const value = layoutFor(0, true).value;
    return new Map(rows.filter((row) => /^[A-Z_]+$/.test(String(row[0]))).map((row) => [String(row[0]), row[value]]));
  }

  /** A column of the Campaigns sheet by header, as Sheets passes a range. */
  function campaigns(header: string): unknown[][] {
    const rows = playground.fake.spreadsheet.getSheetByName('Campaigns')!.getDataRange().getValues();
    const c = rows[0].indexOf(header);
    return rows.slice(1).map((row) => [row[c]]);
  }

  it('selects ranges with the mouse on two sheets, builds an English summary whose values are the TypeScript results', async () => {
    await openSheet('Campaigns');
    await drag('A1', 'K19');
    await openSheet('NPS survey');
    await drag('A1', 'C81', true);
    await expect.poll(() => page.locator('#selection').textContent()).toContain('NPS survey');
    await sidebar.locator('#use-selection').click();
    await sidebar.locator('.range[data-a1]').nth(1).waitFor();
    expect(await sidebar.locator('.range[data-a1]').evaluateAll((els) => els.map((el) => el.getAttribute('data-a1')))).toEqual(['Campaigns!A1:K19', "'NPS survey'!A1:C81"]);
    await sidebar.locator('#language').selectOption('en');
    await sidebar.locator('#kpis').scrollIntoViewIfNeeded();
    await page.locator('#sidebar').screenshot({ path: join(docs, 'sidebar-en.png') });
    await listingScreenshot('screenshot-sidebar-en.png', '#ranges-block');
    const sheet = await build();
    expect(sheet).toBe('KPI Summary');
    await expect.poll(() => page.locator('[data-sheet="KPI Summary"].active').count()).toBe(1);
    await expect.poll(() => page.locator('#grid td', { hasText: 'Customer acquisition cost' }).count()).toBeGreaterThan(0);
    const values = summaryValues('KPI Summary');
    expect(values.get('CAC')).toBeCloseTo(call('CAC', campaigns('Cost'), campaigns('New customers')) as number, 9);
    expect(values.get('CPC')).toBeCloseTo(call('CPC', campaigns('Cost'), campaigns('Clicks')) as number, 9);
    expect(values.get('ROI')).toBeCloseTo(call('ROI', campaigns('Revenue'), campaigns('Cost')) as number, 9);
    const scores = playground.fake.spreadsheet.getSheetByName('NPS survey')!.getRange('C2:C81').getValues();
    expect(values.get('NPS')).toBeCloseTo(call('NPS', scores) as number, 9);
    // NPS 10 from 80 answers (95%: −8 to 27), target 20: the target lies inside the interval.
    await expect.poll(() => page.locator('#grid td', { hasText: 'Too close to call' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(docs, 'summary-en.png') });
    await listingScreenshot('screenshot-summary-en.png', '#period-block');
  });

  it('switches to Persian: right-to-left, Persian labels, the same values', async () => {
    await sidebar.locator('#language').selectOption('fa');
    await expect.poll(() => sidebar.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await sidebar.locator('html').getAttribute('lang')).toBe('fa');
    await sidebar.locator('#kpis').scrollIntoViewIfNeeded();
    await page.locator('#sidebar').screenshot({ path: join(docs, 'sidebar-fa.png') });
    await openSheet('فروش');
    await listingScreenshot('screenshot-sidebar-fa.png', '#ranges-block', true);
    const sheet = await build();
    expect(sheet).toBe('خلاصه شاخص‌ها');
    await expect.poll(() => page.locator(`[data-sheet="${sheet}"].active`).count()).toBe(1);
    const persian = summaryValues(sheet);
    const english = summaryValues('KPI Summary');
    for (const id of ['CAC', 'CPC', 'NPS', 'ROI']) expect(persian.get(id)).toBeCloseTo(english.get(id) as number, 9);
    await expect.poll(() => page.locator('#grid td', { hasText: 'هزینه جذب مشتری' }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#grid td', { hasText: 'در حد خطا' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(docs, 'summary-fa.png') });
    await listingScreenshot('screenshot-summary-fa.png', '#period-block');
    await sidebar.locator('#language').selectOption('en');
  });

  for (const [language, sheetName, status] of [['ar', 'ملخص المؤشرات', 'ضمن هامش الخطأ'], ['ru', 'Сводка KPI', 'В пределах погрешности']] as const) {
    it(`builds the summary in ${language === 'ar' ? 'Arabic' : 'Russian'}: the same values, its own words`, async () => {
      await sidebar.locator('#language').selectOption(language);
      await expect.poll(() => sidebar.locator('html').getAttribute('lang')).toBe(language);
      expect(await build()).toBe(sheetName);
      const values = summaryValues(sheetName);
      for (const id of ['CAC', 'CPC', 'NPS', 'ROI']) expect(values.get(id)).toBeCloseTo(summaryValues('KPI Summary').get(id) as number, 9);
      await expect.poll(() => page.locator('#grid td', { hasText: status }).count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(docs, `summary-${language}.png`) });
      await sidebar.locator('#language').selectOption('en');
    });
  }

  it('shows a sheet name and a header full of markup as text, and runs none of it', async () => {
    await openSheet(ODD_SHEET);
    expect(await page.locator(`[data-sheet="${ODD_SHEET.replace(/"/g, '\\"')}"]`).textContent()).toBe(ODD_SHEET);
    expect(await page.locator('td[data-cell="A1"]').textContent()).toBe(ODD_HEADER);
    await drag('A1', 'B3');
    await sidebar.locator('#use-selection').click();
    await expect.poll(async () => (await sidebar.locator('#ranges').textContent()) ?? '').toContain(ODD_HEADER);
    expect(await sidebar.locator('.range[data-a1]').evaluateAll((els) => els.map((el) => el.getAttribute('data-a1')))).toContain(`'${ODD_SHEET}'!A1:B3`);
    expect(await sidebar.locator('#ranges').textContent()).toContain(ODD_SHEET);
    expect(await sidebar.locator('#ranges img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const frame = page.frames().find((f) => f.url().endsWith('/sidebar'))!;
    expect(await frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('a range whose sheet was deleted gets a message that says what to do', async () => {
    playground.fake.spreadsheet.deleteSheet(playground.fake.spreadsheet.getSheetByName(ODD_SHEET)!);
    await sidebar.locator('#build').click();
    await sidebar.locator('#error').waitFor({ state: 'visible' });
    expect(await sidebar.locator('#error').textContent()).toContain('no longer exists');
    expect(await sidebar.locator('#error').textContent()).toContain('Use selection');
  });

  it('an A/B test of two pages and the sample-size helper, in Chromium', async () => {
    const page0 = (conversions: number) => [['Day', 'Visitors', 'Conversions'], ...Array.from({ length: 4 }, (_, i) => [new Date(Date.UTC(2025, 5, 1 + i)), 500 + i, conversions + (i % 2)])];
    for (const [name, conversions] of [['Page A', 25], ['Page B', 40]] as const) playground.fake.spreadsheet.insertSheet(name).getRange(1, 1, 5, 3).setValues(page0(conversions));
    // The last test left a range whose sheet is gone: reload (the last build's ranges come back), then start from no range.
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await sidebar.locator('.range').first().waitFor();
    while ((await sidebar.locator('.range').count()) > 0) {
      const before = await sidebar.locator('.range').count();
      await sidebar.locator('.range button[data-remove]').last().click();
      await expect.poll(() => sidebar.locator('.range').count()).toBe(before - 1);
    }
    await openSheet('Page A');
    await drag('A1', 'C5');
    await openSheet('Page B');
    await drag('A1', 'C5', true);
    await sidebar.locator('#use-selection').click();
    await sidebar.locator('#abtest-block').waitFor({ state: 'visible' });
    await sidebar.locator('#abtest-by').selectOption('ranges');
    expect(await sidebar.locator('#abtest-a').inputValue()).toBe('0');
    expect(await sidebar.locator('#abtest-b').inputValue()).toBe('1');
    await sidebar.locator('#mode-live').check();
    await sidebar.locator('#build').click();
    await sidebar.locator('#result-link').waitFor({ state: 'visible' });
    const sheet = (await sidebar.locator('#result-link').textContent()) ?? '';
    const rows = playground.fake.spreadsheet.getSheetByName(sheet)!.getDataRange().getValues();
    const title = rows.findIndex((row) => row[0] === 'A/B test');
    expect(rows[title + 3].slice(0, 9)).toEqual((call('AB_TEST', 102, 2006, 162, 2006) as unknown[][])[1]);

    await sidebar.locator('#sample-size-block summary').click();
    await sidebar.locator('#ss-baseline').fill('5');
    await sidebar.locator('#ss-effect').fill('1');
    await expect.poll(() => sidebar.locator('#ss-answer').textContent()).toBe(`${(call('SAMPLE_SIZE', 0.05, 0.01) as number).toLocaleString('en-US')} visitors per variant`);
    await sidebar.locator('#language').selectOption('fa');
    await expect.poll(() => sidebar.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await sidebar.locator('#ss-answer').textContent()).toMatch(/بازدیدکننده برای هر نسخه$/);
    expect(await sidebar.locator('#abtest-block label.heading').textContent()).toBe('آزمون A/B');
    await sidebar.locator('#language').selectOption('en');
  });

  it('Help → Check the add-on from the add-on menu: the sidebar runs the check and shows every check passed; the sheets are as they were', async () => {
    const tabs = (): Promise<string[]> => page.locator('#tabs button[data-sheet]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-sheet') ?? ''));
    const before = playground.fake.spreadsheet.getSheets().map((sheet) => sheet.getName());
    await page.locator('#addon-menu-button').click();
    expect(await page.locator('#addon-menu-items .submenu-title').textContent()).toBe('Help ▸');
    const started = Date.now();
    await page.locator('#addon-menu-items button[data-menu-item="showSelfTest"]').click();
    await sidebar.locator('#selftest-summary.passed').waitFor({ timeout: 60_000 });
    console.log(`self-test from the playground's menu, click to report: ${Date.now() - started} ms`);
    expect(await sidebar.locator('#builder').isHidden()).toBe(true);
    expect(await sidebar.locator('#selftest-report tr[data-pass="false"]').count()).toBe(0);
    expect(await sidebar.locator('#selftest-report tr[data-pass="true"]').count()).toBeGreaterThan(60);
    await expect.poll(tabs).toEqual(before);
    await sidebar.locator('#language').selectOption('ar');
    await expect.poll(() => sidebar.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await sidebar.locator('#selftest-summary').textContent()).toMatch(/^نجحت جميع الفحوص \(\d+\) في [\d.]+ ثانية\.$/);
    // Copy report: the clipboard, or (where the page may not write it) the report selected in a text box.
    await sidebar.locator('#selftest-copy').click();
    await expect.poll(() => sidebar.locator('#selftest-copy-status').textContent()).not.toBe('');
    const copied = await sidebar.locator('#selftest-copy-status').textContent();
    if (copied === 'حدّد التقرير أدناه وانسخه (Ctrl+C أو ⌘C).') expect(await sidebar.locator('#selftest-text').inputValue()).toContain('=CAC(1000000, 40)\t25000\t25000\tناجح');
    else expect(copied).toBe('نُسخ التقرير: الصقه في رسالة أو ورقة.');
  });
});
