// @vitest-environment happy-dom
/**
 * The sidebar's behaviour in a tiny DOM (happy-dom): the template from src/sidebar/sidebar.html, the real server
 * functions of src/server/sidebar.ts over the fake spreadsheet, reached through a google.script.run shim that only
 * passes JSON, asynchronously. The real browser (CSP, layout, screenshots) is the playwright tests' job.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeSpreadsheet, type FakeSpreadsheet } from '../../src/local/fake';
import * as server from '../../src/server/sidebar';
import { startSidebar } from '../../src/sidebar/app';
import { installGlobals, scriptRunner, type Handler } from '../helpers/script-runner';
import { campaignRows } from '../helpers/sample-workbook';
import DEFINITIONS from '../../src/summary/definitions.data';
import { kpiById } from '../../src/kpi/catalog';
import { cdnowOrders } from '../helpers/cdnow-orders';
import { LEGACY_REQUEST_PROPERTY, OWNER_KEY } from '../../src/server/summary-record';
import { call, callIn } from '../helpers/call';

const TEMPLATE = readFileSync(join(__dirname, '../../src/sidebar/sidebar.html'), 'utf8');
const XSS_HEADER = '<img src=x onerror="window.__pwned=1">';
const ODD_SHEET = 'Q1 "old" <data>';

let calls: [string, ...unknown[]][] = [];
let overrides: Record<string, Handler> = {};
let fake: FakeSpreadsheet;
let uninstall = (): void => {};

/** Two landing pages (visitors and conversions by day) and the same days in one table with a variant column. */
const page = (visitors: number, conversions: number): unknown[][] => [['Day', 'Visitors', 'Conversions'], ...Array.from({ length: 4 }, (_, i) => [new Date(Date.UTC(2025, 5, 1 + i)), visitors + i, conversions + (i % 2)])];
const PAGE_SHEETS = [
  { name: 'Page A', values: page(500, 25) },
  { name: 'Page B', values: page(500, 40) },
  { name: 'Variants', values: [['Day', 'Variant', 'Visitors', 'Conversions'], ...page(500, 25).slice(1).flatMap((row, i) => [[row[0], 'Old', row[1], row[2]], [row[0], 'New', 500 + i, 40 + (i % 2)]])] },
];
const PAGES = ["'Page A'!A1:C5", "'Page B'!A1:C5"];

function workbook(locale = 'en_US', userLocale = 'en'): void {
  fake = createFakeSpreadsheet({
    locale,
    userLocale,
    sheets: [
      { name: 'Campaigns', values: campaignRows() },
      { name: ODD_SHEET, values: [['Leads', 'MQL', XSS_HEADER], [100, 40, 1], [120, 50, 2]] },
      ...PAGE_SHEETS,
      { name: 'Orders', values: cdnowOrders(600) },
    ],
  });
  uninstall = installGlobals(fake.globals());
}

function mount(): ReturnType<typeof startSidebar> {
  const parsed = new DOMParser().parseFromString(TEMPLATE, 'text/html');
  // Test scaffolding only: the sidebar itself never parses markup.
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
  return startSidebar(document);
}

const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
};
const $$ = <T extends Element = HTMLElement>(selector: string): T[] => Array.from(document.querySelectorAll<T>(selector));
const idle = () => vi.waitFor(() => expect($('#status').textContent).toBe(''), { timeout: 3000 });
const change = (element: Element) => element.dispatchEvent(new Event('change', { bubbles: true }));
const type = (input: HTMLInputElement, text: string) => {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

async function useSelection(a1s: string[]): Promise<void> {
  fake.select(a1s);
  $('#use-selection').click();
  await vi.waitFor(() => expect(calls.at(-1)?.[0]).toBe('sidebarState'), { timeout: 3000 });
  await idle();
}

beforeEach(() => {
  calls = [];
  overrides = {};
  globalThis.google = { script: { run: scriptRunner((name) => overrides[name] ?? (server as unknown as Record<string, Handler>)[name], (call) => calls.push(call)) } };
  workbook();
});

afterEach(() => {
  delete globalThis.google;
  uninstall();
  delete (window as unknown as Record<string, unknown>).__pwned;
});

describe('the sidebar', () => {
  it('loads: language switch, empty states, period and modes, no rebuild offer', async () => {
    await mount().ready;
    expect(calls[0]).toEqual(['sidebarState', [], {}, null]);
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect($$<HTMLOptionElement>('#language option').map((o) => o.value)).toEqual(['en', 'fa', 'ar', 'ru']);
    expect($<HTMLSelectElement>('#language').value).toBe('en');
    expect($('#ranges').children.length).toBe(0);
    expect($('#ranges-empty').hidden).toBe(false);
    expect($('#kpis-empty').hidden).toBe(false);
    expect($('#rebuild-block').hidden).toBe(true);
    expect($('#error').hidden).toBe(true);
    expect($$<HTMLOptionElement>('#period option').map((o) => [o.value, o.text])).toEqual([
      ['none', 'None (totals only)'], ['day', 'Day'], ['week', 'Week'], ['month', 'Month'], ['quarter', 'Quarter'], ['year', 'Year'],
    ]);
    expect($$<HTMLInputElement>('input[name=mode]').map((r) => [r.value, r.checked])).toEqual([['live', false], ['portable', true], ['values', false]]);
    expect($('#mode-portable-sentence').textContent).toMatch(/collaborators without the add-on/);
    expect($('#build').classList.contains('action')).toBe(true);
    expect($('#use-selection').textContent).toBe('Use selection');
  });

  it('Use selection adds ranges on several sheets once each, shows headers as text, counts and roles', async () => {
    await mount().ready;
    await useSelection(["'Campaigns'!A1:L13", `'${ODD_SHEET.replace(/'/g, "''")}'!A1:C3`]);
    const ranges = $$('#ranges .range');
    expect(ranges.map((r) => r.dataset.a1)).toEqual(['Campaigns!A1:L13', `'Q1 "old" <data>'!A1:C3`]);
    expect(ranges[1].querySelector('.range-a1')!.textContent).toBe(`'Q1 "old" <data>'!A1:C3`);
    expect(document.querySelector('img')).toBeNull();
    expect(ranges[1].textContent).toContain(XSS_HEADER);
    expect((window as unknown as Record<string, unknown>).__pwned).toBeUndefined();
    const cost = $<HTMLSelectElement>('[data-role-select="0:1"]');
    expect(cost.value).toBe('cost');
    expect(cost.options[0].text).toBe('— none —');
    expect(cost.options.length).toBe(1 + server.sidebarState([], {}, 'en').roles.length);
    expect(ranges[0].querySelector('.column-count')!.textContent).toBe('12 non-blank');
    expect($('#ranges-empty').hidden).toBe(true);

    fake.select(['Campaigns!A1:L13']);
    $('#use-selection').click();
    await vi.waitFor(() => expect($('#status').textContent).toBe('The selected ranges are already in the list.'));
    expect(calls.at(-1)).toEqual(['sidebarSelection']);
    expect($$('#ranges .range').length).toBe(2);
  });

  it('lists KPIs by family: available ones ticked with targets, unavailable ones greyed with what they need', async () => {
    await mount().ready;
    await useSelection(['Campaigns!A1:L13']);
    const legends = $$('#kpis fieldset > legend').map((l) => l.textContent);
    expect(legends).toContain('Acquisition and cost');
    const cac = $<HTMLInputElement>('input[type=checkbox][name=kpi][value=CAC]');
    expect(cac.checked).toBe(true);
    expect(cac.closest('fieldset')!.querySelector('legend')!.textContent).toBe('Acquisition and cost');
    const target = $<HTMLInputElement>('input[data-target=CAC]');
    expect([target.type, target.getAttribute('inputmode')]).toEqual(['text', 'decimal']);
    expect($('[data-kpi=CAC] .direction').textContent).toBe('↓');
    expect($('[data-kpi=CAC] .direction').title).toBe('Lower is better');
    expect($('[data-kpi=CAC] .kpi-name').title).toBe(kpiById('CAC')!.description);
    expect($$('input[data-target-low=SHARE_OF_VOICE], input[data-target-high=SHARE_OF_VOICE]').length).toBe(0);
    const unavailable = $('.kpi.unavailable[data-kpi=NPS]');
    expect(unavailable.querySelector('input')).toBeNull();
    expect(unavailable.querySelector('.needs')!.textContent).toMatch(/^needs /);
  });

  it('a role change asks for the state again with the roles map; removing a range re-keys them', async () => {
    await mount().ready;
    await useSelection(['Campaigns!A1:L13', `'${ODD_SHEET}'!A1:C3`]);
    const select = $<HTMLSelectElement>('[data-role-select="1:2"]');
    select.value = 'leads';
    change(select);
    await vi.waitFor(() => expect(calls.at(-1)).toEqual(['sidebarState', ['Campaigns!A1:L13', `'${ODD_SHEET}'!A1:C3`], { '1:2': 'leads' }, null]));
    await idle();
    expect($<HTMLSelectElement>('[data-role-select="1:2"]').value).toBe('leads');
    $<HTMLButtonElement>('.range[data-range-index="0"] button[data-remove]').click();
    await vi.waitFor(() => expect(calls.at(-1)).toEqual(['sidebarState', [`'${ODD_SHEET}'!A1:C3`], { '0:2': 'leads' }, null]));
    await idle();
    expect($$('#ranges .range').map((r) => r.dataset.a1)).toEqual([`'${ODD_SHEET}'!A1:C3`]);
  });

  it('an unreadable target shows inline and blocks Build; a good one is parsed in the locale', async () => {
    await mount().ready;
    await useSelection(['Campaigns!A1:L13']);
    const build = $<HTMLButtonElement>('#build');
    expect(build.disabled).toBe(false);
    type($<HTMLInputElement>('input[data-target=CAC]'), 'lots');
    expect($('[data-target-error=CAC]').hidden).toBe(false);
    expect($('[data-target-error=CAC]').textContent).toMatch(/Not a number: type it like 25000\.5/);
    expect($('input[data-target=CAC]').getAttribute('aria-invalid')).toBe('true');
    expect(build.disabled).toBe(true);
    type($<HTMLInputElement>('input[data-target=CAC]'), '25,000');
    type($<HTMLInputElement>('input[data-target=CONVERSION_RATE]'), '12%');
    expect($('[data-target-error=CAC]').hidden).toBe(true);
    expect(build.disabled).toBe(false);
  });

  it('builds: button disabled and a status while building, then the link and notes', async () => {
    await mount().ready;
    await useSelection(['Campaigns!A1:L13']);
    for (const box of $$<HTMLInputElement>('input[name=kpi]')) if (!['CAC', 'CONVERSION_RATE', 'CPL'].includes(box.value) && box.checked) {
      box.checked = false;
      change(box);
    }
    type($<HTMLInputElement>('input[data-target=CAC]'), '25,000');
    type($<HTMLInputElement>('input[data-target=CONVERSION_RATE]'), '12%');
    const period = $<HTMLSelectElement>('#period');
    period.value = 'month';
    change(period);
    const values = $<HTMLInputElement>('input[name=mode][value=values]');
    values.checked = true;
    change(values);
    $('#build').click();
    expect($<HTMLButtonElement>('#build').disabled).toBe(true);
    expect($('#status').textContent).toBe('Building…');
    await vi.waitFor(() => expect($('#result').hidden).toBe(false), { timeout: 5000 });
    const request = calls.find((c) => c[0] === 'sidebarBuild')![1];
    expect(request).toEqual({
      ranges: ['Campaigns!A1:L13'], roles: {}, kpis: ['CAC', 'CPL', 'CONVERSION_RATE'], targets: { CAC: 25000, CONVERSION_RATE: 0.12 },
      variants: {}, period: 'month', calendar: 'gregorian', mode: 'values', language: 'en',
    });
    const sheet = fake.spreadsheet.getSheetByName('KPI Summary')!;
    expect($('#status').textContent).toBe('Built the sheet “KPI Summary”.');
    expect($<HTMLAnchorElement>('#result-link').getAttribute('href')).toBe(`#gid=${sheet.getSheetId()}`);
    expect($('#result-link').textContent).toBe('KPI Summary');
    expect($<HTMLButtonElement>('#build').disabled).toBe(false);
    expect($('#rebuild-block').hidden).toBe(false);
  });

  it('shows the server error in #error (role=alert) and lets the user try again', async () => {
    await mount().ready;
    await useSelection(['Campaigns!A1:L13']);
    overrides.sidebarBuild = () => {
      throw new Error(`The range '${ODD_SHEET}'!A1 no longer exists <b>`);
    };
    $('#build').click();
    await vi.waitFor(() => expect($('#error').hidden).toBe(false));
    expect($('#error').getAttribute('role')).toBe('alert');
    expect($('#error').textContent).toBe(`The range '${ODD_SHEET}'!A1 no longer exists <b>`);
    expect($('#error').children.length).toBe(0);
    expect($('#result').hidden).toBe(true);
    expect($<HTMLButtonElement>('#build').disabled).toBe(false);
  });

  it('Build without a KPI or without ranges says what is missing', async () => {
    await mount().ready;
    $('#build').click();
    expect($('#error').textContent).toMatch(/Add the ranges/);
    await useSelection(['Campaigns!A1:L13']);
    for (const box of $$<HTMLInputElement>('input[name=kpi]')) {
      box.checked = false;
      change(box);
    }
    $('#build').click();
    expect($('#error').textContent).toBe('Choose at least one KPI.');
    expect(calls.some((c) => c[0] === 'sidebarBuild')).toBe(false);
  });

  it('switches language: right to left for Persian, Persian digits for a fa_IR spreadsheet', async () => {
    workbook('fa_IR', 'en');
    await mount().ready;
    await useSelection(['Campaigns!A1:L13']);
    const language = $<HTMLSelectElement>('#language');
    language.value = 'fa';
    change(language);
    await vi.waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(calls.at(-1)).toEqual(['sidebarState', ['Campaigns!A1:L13'], {}, 'fa']);
    expect(document.documentElement.lang).toBe('fa');
    expect($('#use-selection').textContent).toBe('استفاده از انتخاب');
    expect($('.range .column-count').textContent).toBe('۱۲ خانه پر');
    expect($<HTMLSelectElement>('#period').options[4].text).toBe('سه‌ماهه');
    expect($('[data-kpi=CAC] .kpi-name').title).toBe(DEFINITIONS.fa.CAC);
    type($<HTMLInputElement>('input[data-target=CAC]'), '۲۵٬۰۰۰');
    expect($('[data-target-error=CAC]').hidden).toBe(true);
    language.value = 'ar';
    change(language);
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('ar'));
    expect(document.documentElement.dir).toBe('rtl');
    expect($<HTMLInputElement>('input[data-target=CAC]').value).toBe('۲۵٬۰۰۰');
    language.value = 'ru';
    change(language);
    await vi.waitFor(() => expect(document.documentElement.dir).toBe('ltr'));
    expect($('#build').textContent).toBe('Создать сводку KPI');
  });

  it('offers Rebuild and prefills from the last request', async () => {
    server.sidebarBuild({ ranges: ['Campaigns!A1:L13'], roles: { '0:2': null }, kpis: ['CAC', 'CONVERSION_RATE'], targets: { CAC: 500, CONVERSION_RATE: 0.125 }, period: 'quarter', mode: 'live', language: 'en' });
    await mount().ready;
    expect($('#rebuild-block').hidden).toBe(false);
    expect(calls.at(-1)).toEqual(['sidebarState', ['Campaigns!A1:L13'], { '0:2': null }, null]);
    expect($$('#ranges .range').map((r) => r.dataset.a1)).toEqual(['Campaigns!A1:L13']);
    expect($<HTMLSelectElement>('[data-role-select="0:2"]').value).toBe('');
    expect($$<HTMLInputElement>('input[name=kpi]:checked').map((b) => b.value)).toEqual(['CAC', 'CONVERSION_RATE']);
    expect($<HTMLInputElement>('input[data-target=CAC]').value).toBe('500');
    expect($<HTMLInputElement>('input[data-target=CONVERSION_RATE]').value).toBe('12.5%');
    expect($<HTMLSelectElement>('#period').value).toBe('quarter');
    expect($<HTMLInputElement>('input[name=mode]:checked').value).toBe('live');
    $('#rebuild').click();
    await vi.waitFor(() => expect($('#result').hidden).toBe(false));
    expect(calls.at(-1)).toEqual(['sidebarRebuild']);
    expect($('#result-link').textContent).toBe('KPI Summary');
  });

  it('a last request whose sheet is gone: the error shows, the rest stays usable', async () => {
    server.sidebarBuild({ ranges: ['Campaigns!A1:L13'], roles: {}, kpis: ['CAC'], targets: {}, period: 'none', mode: 'live', language: 'en' });
    fake.spreadsheet.deleteSheet(fake.spreadsheet.getSheetByName('Campaigns')!);
    await mount().ready;
    expect($('#error').hidden).toBe(false);
    expect($('#error').textContent).toMatch(/no longer exists/);
    expect($$('#ranges .range').length).toBe(0);
    expect($('#rebuild-block').hidden).toBe(false);
    await useSelection([`'${ODD_SHEET}'!A1:C3`]);
    expect($('#error').hidden).toBe(true);
  });

  it('a corrupt saved request: the sidebar opens, says it was discarded in the status line, and offers no Rebuild', async () => {
    const properties = fake.globals().PropertiesService.getDocumentProperties();
    // A summary of an older version: its sheet's mark and the document's one saved request.
    fake.spreadsheet.insertSheet('KPI Summary').addDeveloperMetadata(OWNER_KEY, 'true');
    properties.setProperty(LEGACY_REQUEST_PROPERTY, JSON.stringify({ ranges: ['Campaigns!A1:L13'], kpis: ['CAC'], period: '__proto__', mode: 'live', language: 'en' }));
    await mount().ready;
    expect($('#status').textContent).toBe('The saved summary request was damaged (period: "__proto__" is not one of none, day, week, month, quarter, year) and has been discarded: choose "Build KPI summary" to build it again.');
    expect($('#error').hidden).toBe(true);
    expect($('#rebuild-block').hidden).toBe(true);
    expect(properties.getProperty(LEGACY_REQUEST_PROPERTY)).toBeNull();
    await useSelection(['Campaigns!A1:L13']);
    expect($$('#ranges .range').length).toBe(1);
  });

  it('an A/B test of two ranges: offered, off by default; choosing sends abTest and the summary gets its table', async () => {
    await mount().ready;
    await useSelection(['Campaigns!A1:L13']);
    // One range without a variant column: nothing to compare.
    expect($('#abtest-block').hidden).toBe(true);
    await useSelection(PAGES);
    expect($('#abtest-block').hidden).toBe(false);
    expect($('#abtest-block label.heading').textContent).toBe('A/B test');
    const by = $<HTMLSelectElement>('#abtest-by');
    expect($$<HTMLOptionElement>('#abtest-by option').map((o) => [o.value, o.text])).toEqual([['off', 'No A/B test'], ['ranges', 'Two ranges, one per variant']]);
    expect(by.value).toBe('off');
    expect($('#abtest-ranges').hidden).toBe(true);
    by.value = 'ranges';
    change(by);
    expect($('#abtest-ranges').hidden).toBe(false);
    // Campaigns (range 0) has leads and new customers too: every range with conversions and visitors is offered.
    expect($$<HTMLOptionElement>('#abtest-a option').map((o) => [o.value, o.text])).toEqual([['0', 'Campaigns!A1:L13'], ['1', "'Page A'!A1:C5"], ['2', "'Page B'!A1:C5"]]);
    const [a, b] = [$<HTMLSelectElement>('#abtest-a'), $<HTMLSelectElement>('#abtest-b')];
    expect([a.value, b.value]).toEqual(['0', '1']);
    a.value = '1';
    change(a);
    expect($('#abtest-error').hidden).toBe(false);
    expect($('#abtest-error').textContent).toBe('Choose two different ranges for A and B.');
    expect($<HTMLButtonElement>('#build').disabled).toBe(true);
    b.value = '2';
    change(b);
    expect($('#abtest-error').hidden).toBe(true);
    expect($<HTMLButtonElement>('#build').disabled).toBe(false);
    // This fake has no custom functions: a snapshot of the values.
    const values = $<HTMLInputElement>('input[name=mode][value=values]');
    values.checked = true;
    change(values);
    $('#build').click();
    await vi.waitFor(() => expect($('#result').hidden).toBe(false), { timeout: 5000 });
    expect(calls.find((c) => c[0] === 'sidebarBuild')![1]).toMatchObject({ abTest: { a: 1, b: 2 }, mode: 'values' });
    const rows = fake.spreadsheet.getSheetByName('KPI Summary')!.getDataRange().getValues();
    const title = rows.findIndex((row) => row[0] === 'A/B test');
    expect(rows[title + 1][0]).toBe('A (control): Page A · B: Page B');
    const want = call('AB_TEST', 102, 2006, 162, 2006) as unknown[][];
    expect(rows[title + 3].slice(0, 9)).toEqual(want[1]);
    expect(rows[title + 3][8]).toBe('B better');
  });

  it('an A/B test by a variant column, and Off again sends none', async () => {
    await mount().ready;
    await useSelection(["'Variants'!A1:D9"]);
    const by = $<HTMLSelectElement>('#abtest-by');
    expect($$<HTMLOptionElement>('#abtest-by option').map((o) => o.value)).toEqual(['off', 'column']);
    by.value = 'column';
    change(by);
    expect($('#abtest-columns').hidden).toBe(false);
    expect($$<HTMLOptionElement>('#abtest-column option').map((o) => [o.value, o.text])).toEqual([['0:1', 'Variant (Old / New) · Variants!A1:D9']]);
    $('#build').click();
    await vi.waitFor(() => expect($('#result').hidden).toBe(false), { timeout: 5000 });
    expect(calls.filter((c) => c[0] === 'sidebarBuild').at(-1)![1]).toMatchObject({ abTest: { variantColumn: '0:1' } });
    by.value = 'off';
    change(by);
    $('#build').click();
    expect($('#status').textContent).toBe('Building…');
    await vi.waitFor(() => expect($('#result').hidden).toBe(false), { timeout: 5000 });
    expect(calls.filter((c) => c[0] === 'sidebarBuild').at(-1)![1]).not.toHaveProperty('abTest');
  });

  it('prefills the A/B test from the last request; removing a range moves its choice with it', async () => {
    server.sidebarBuild({ ranges: ['Campaigns!A1:L13', ...PAGES], roles: {}, kpis: ['CAC'], targets: {}, period: 'none', mode: 'live', language: 'en', abTest: { a: 2, b: 1 } });
    await mount().ready;
    expect($<HTMLSelectElement>('#abtest-by').value).toBe('ranges');
    expect([$<HTMLSelectElement>('#abtest-a').value, $<HTMLSelectElement>('#abtest-b').value]).toEqual(['2', '1']);
    $<HTMLButtonElement>('.range[data-range-index="0"] button[data-remove]').click();
    await vi.waitFor(() => expect(calls.at(-1)).toEqual(['sidebarState', PAGES, {}, null]));
    await idle();
    expect([$<HTMLSelectElement>('#abtest-a').value, $<HTMLSelectElement>('#abtest-b').value]).toEqual(['1', '0']);
  });

  it('the CLV tables: the purchase model and the calibration end are offered, sent, and filled in again from the last request', async () => {
    await mount().ready;
    await useSelection(['Campaigns!A1:L13']);
    expect($('#calibration-block').hidden).toBe(true);
    await useSelection(["'Orders'!A1:C601"]);
    expect($('#calibration-block').hidden).toBe(false);
    expect($('#calibration-block label').textContent).toBe('Calibration end (customer lifetime value)');
    const end = $<HTMLInputElement>('#calibration-end');
    expect([end.type, end.min, end.max, end.value]).toEqual(['date', '1997-01-02', '1998-06-19', '']);
    expect($('#calibration-hint').textContent).toMatch(/^Left empty, the tracking table splits at \u20661997-12-31\u2069 \(the month end/);
    const model = $<HTMLSelectElement>('select[data-variant="CLV_FORECAST.model"]');
    expect(model.closest('label')!.textContent).toMatch(/^Purchase model/);
    expect(Array.from(model.options).map((o) => [o.value, o.text])).toEqual([['bgnbd', 'BG/NBD'], ['pareto_nbd', 'Pareto/NBD']]);
    expect(model.value).toBe('bgnbd');
    expect($<HTMLSelectElement>('select[data-variant="CLV_FORECAST"]').value).toBe('week');
    expect($('[data-kpi=CLV_TRACKING] .kpi-name').textContent).toBe('Repeat purchases: expected vs actual');
    for (const box of $$<HTMLInputElement>('input[name=kpi]')) if (box.checked !== ['CLV_FORECAST', 'CLV_TRACKING'].includes(box.value)) {
      box.checked = !box.checked;
      change(box);
    }
    model.value = 'pareto_nbd';
    change(model);
    end.value = '1997-09-30';
    change(end);
    $('#build').click();
    await vi.waitFor(() => expect($('#result').hidden).toBe(false), { timeout: 5000 });
    expect(calls.find((c) => c[0] === 'sidebarBuild')![1]).toMatchObject({
      ranges: ['Campaigns!A1:L13', 'Orders!A1:C601'], kpis: ['CLV_FORECAST', 'CLV_TRACKING'], variants: { 'CLV_FORECAST.model': 'pareto_nbd' }, calibrationEnd: '1997-09-30',
    });
    const formulas = fake.spreadsheet.getSheetByName('KPI Summary')!.getDataRange().getFormulas().flat();
    expect(formulas.filter((f) => f.startsWith('=CLV'))).toEqual(['=CLV_FORECAST(kpi_customer_id,kpi_date,kpi_amount,DATE(1997,9,30),52,0,"week","pareto_nbd")', '=CLV_TRACKING(kpi_customer_id,kpi_date,DATE(1997,9,30))']);

    document.body.innerHTML = '';
    await mount().ready;
    await idle();
    expect($<HTMLSelectElement>('select[data-variant="CLV_FORECAST.model"]').value).toBe('pareto_nbd');
    expect($<HTMLInputElement>('#calibration-end').value).toBe('1997-09-30');
  });

  it('the sample-size helper answers in the sidebar, with SAMPLE_SIZE\'s number and no server call', async () => {
    await mount().ready;
    const before = calls.length;
    const answer = $('#ss-answer');
    expect([$<HTMLInputElement>('#ss-power').value, $<HTMLInputElement>('#ss-confidence').value]).toEqual(['80', '95']);
    expect(answer.textContent).toBe('Enter the baseline rate and the smallest effect worth detecting.');
    type($<HTMLInputElement>('#ss-baseline'), '5');
    type($<HTMLInputElement>('#ss-effect'), '1');
    const n = call('SAMPLE_SIZE', 0.05, 0.01, 0.8, 0.95) as number;
    expect(n).toBe(8158);
    expect(answer.textContent).toBe('8,158 visitors per variant');
    // 20% of a 5% baseline is the same 1 point.
    const relative = $<HTMLInputElement>('input[name="ss-effect-kind"][value="relative"]');
    type($<HTMLInputElement>('#ss-effect'), '20');
    relative.checked = true;
    change(relative);
    expect(Number(answer.dataset.visitors)).toBe(call('SAMPLE_SIZE', 0.05, 0.2, 0.8, 0.95, 'TRUE'));
    expect(answer.dataset.visitors).toBe(String(n));
    type($<HTMLInputElement>('#ss-power'), '90%');
    expect(Number(answer.dataset.visitors)).toBe(call('SAMPLE_SIZE', 0.05, 0.2, 0.9, 0.95, 'TRUE'));
    type($<HTMLInputElement>('#ss-effect'), 'lots');
    expect(answer.textContent).toBe('Not a number: type it like 12.5%.');
    expect(answer.classList.contains('error')).toBe(true);
    type($<HTMLInputElement>('#ss-effect'), '-150');
    expect(answer.textContent).toBe('The effect must not be 0, and the baseline plus the effect must stay between 0% and 100%.');
    expect(calls.length).toBe(before);
  });

  it('the sample-size helper reads and writes Persian digits in a fa_IR spreadsheet', async () => {
    workbook('fa_IR', 'fa');
    await mount().ready;
    expect(document.documentElement.dir).toBe('rtl');
    expect($<HTMLInputElement>('#ss-power').value).toBe('۸۰');
    type($<HTMLInputElement>('#ss-baseline'), '۵');
    type($<HTMLInputElement>('#ss-effect'), '۰٫۵');
    const n = callIn('fa_IR', 'SAMPLE_SIZE', 0.05, 0.005) as number;
    expect($('#ss-answer').dataset.visitors).toBe(String(n));
    expect($('#ss-answer').textContent).toBe(`${new Intl.NumberFormat('fa-IR').format(n)} بازدیدکننده برای هر نسخه`);
  });
});
