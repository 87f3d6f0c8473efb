/** The add-on's menu and sidebar RPCs, run from the built dist/Code.js in a vm context whose services are the fake spreadsheet. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../../src/local/fake';
import type { SidebarBuildResult, SidebarState } from '../../src/server/rpc-types';
import { campaignRows } from '../helpers/sample-workbook';

const root = join(__dirname, '../..');
let code = '';
beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build.ts')], { cwd: root });
  code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
});

/** dist/Code.js in a fresh context over a fake spreadsheet whose Dates are the context's own. */
function addOn(locale = 'en_US', userLocale = 'en') {
  const context = vm.createContext({});
  const fake = createFakeSpreadsheet({
    locale,
    userLocale,
    DateClass: vm.runInContext('Date', context) as DateConstructor,
    sheets: [{ name: 'Campaigns', values: campaignRows() }, { name: 'Q1 "old" <data>', values: [['Leads', 'MQL'], [100, 40], [120, 50]] }],
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
    const rows = fake.spreadsheet.getSheetByName('KPI Summary')!.getDataRange().getValues();
    expect(rows.find((row) => row[0] === 'CAC')![2]).toBeCloseTo(campaignRows().slice(1).reduce((s, r) => s + (r[1] as number), 0) / campaignRows().slice(1).reduce((s, r) => s + (r[7] as number), 0), 9);
    expect(JSON.stringify(fake.uiEvents())).toContain('\\"KPI Summary\\" is up to date.');
    fake.spreadsheet.setActiveSheet(fake.spreadsheet.getSheetByName('Campaigns')!);
    call('sidebarActivate', result.sheetId);
    expect(fake.spreadsheet.getActiveSheet().getName()).toBe('KPI Summary');
    expect(call<SidebarBuildResult>('sidebarRebuild').sheetName).toBe('KPI Summary');
    expect(call<SidebarState>('sidebarState', [], {}, 'ru').lastRequest?.kpis).toEqual(['CAC', 'CPL']);
  });

  it('a role chosen by the user wins, and a deleted range says what to do in the chosen language', () => {
    const { fake, call } = addOn();
    const state = call<SidebarState>('sidebarState', ["'Campaigns'!A1:L13"], { '0:1': 'revenue' }, 'en');
    expect(state.ranges[0].columns[1]).toMatchObject({ role: 'revenue', confidence: 1 });
    fake.spreadsheet.deleteSheet(fake.spreadsheet.getSheetByName('Campaigns')!);
    expect(() => call('sidebarState', ["'Campaigns'!A1:L13"], {}, 'ru')).toThrow("Диапазона 'Campaigns'!A1:L13 больше нет");
  });
});
