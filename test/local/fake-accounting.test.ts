import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../../src/local/fake/index';

describe('call counting and write recording', () => {
  it('counts every public call by Class.method, not the calls the fake makes to itself', () => {
    const fake = createFakeSpreadsheet();
    const ss = fake.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.insertSheet('KPI Summary');
    sheet.getRange(1, 1, 2, 2).setValues([
      ['KPI', 'value'],
      ['CAC', 12],
    ]);
    sheet.getRange('A1:B1').setFontWeight('bold');
    ss.getRange("'KPI Summary'!B2").getValues();
    expect(fake.calls()).toEqual({
      counts: {
        'Range.getValues': 1,
        'Range.setFontWeight': 1,
        'Range.setValues': 1,
        'Sheet.getRange': 2,
        'Spreadsheet.getRange': 1,
        'Spreadsheet.insertSheet': 1,
        'SpreadsheetApp.getActiveSpreadsheet': 1,
      },
      total: 8,
    });
    fake.resetCalls();
    expect(fake.calls()).toEqual({ counts: {}, total: 0 });
  });

  it('records every write with its kind, sheet and A1', () => {
    const fake = createFakeSpreadsheet();
    const ss = fake.spreadsheet;
    const summary = ss.insertSheet('KPI Summary');
    summary.getRange('A1:B2').setValues([
      ['a', 1],
      ['b', 2],
    ]);
    summary.getRange('C1:C2').setFormulas([['=B1*2'], ['=B2*2']]);
    summary.getRange('C1:C2').setNumberFormat('0.0');
    ss.setNamedRange('kpi_values', summary.getRange('B1:B2'));
    summary.addDeveloperMetadata('kpi-sheets:summary', '1');
    summary.setConditionalFormatRules([]);
    summary.setName('KPIs');
    fake.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    expect(fake.writes().map(({ kind, method, sheet, a1 }) => [kind, method, sheet, a1])).toEqual([
      ['sheet', 'Spreadsheet.insertSheet', 'KPI Summary', null],
      ['values', 'Range.setValues', 'KPI Summary', 'A1:B2'],
      ['formulas', 'Range.setFormulas', 'KPI Summary', 'C1:C2'],
      ['formats', 'Range.setNumberFormat', 'KPI Summary', 'C1:C2'],
      ['namedRange', 'Spreadsheet.setNamedRange', 'KPI Summary', 'B1:B2'],
      ['metadata', 'Sheet.addDeveloperMetadata', 'KPI Summary', null],
      ['rules', 'Sheet.setConditionalFormatRules', 'KPI Summary', null],
      ['sheet', 'Sheet.setName', 'KPIs', null],
      ['property', 'Properties.setProperty', null, null],
    ]);
    expect(fake.writes()[1].cells).toBe(4);
    expect(fake.writes().filter((w) => w.sheet === 'Sheet1')).toEqual([]);
  });

  it('snapshots are stable and change only when something changes', () => {
    const build = () => {
      const fake = createFakeSpreadsheet({ sheets: [{ name: 'Data', values: [['2024-01-01', 5, '=B1*2']] }] });
      fake.spreadsheet.setNamedRange('kpi_data', fake.spreadsheet.getRange('Data!A1:C1'));
      fake.PropertiesService.getDocumentProperties().setProperty('x', '1');
      return fake;
    };
    const a = build();
    const b = build();
    expect(a.snapshotHash()).toBe(b.snapshotHash());
    expect(a.snapshot().sheets[0].cells).toEqual({
      A1: { v: { date: '2024-01-01T00:00:00.000Z' }, nf: 'yyyy-mm-dd' },
      B1: { v: 5 },
      C1: { v: 10, f: '=B1*2' },
    });
    const before = a.snapshotHash();
    a.spreadsheet.getRange('Data!B1').setValue(6);
    expect(a.snapshotHash()).not.toBe(before);
    a.spreadsheet.getRange('Data!B1').setValue(5);
    expect(a.snapshotHash()).toBe(before);
  });

  it('the services work as globals in a bare node:vm context', () => {
    const fake = createFakeSpreadsheet();
    const context = vm.createContext({ ...fake.globals() });
    vm.runInContext(
      `function buildSummary() {
         var ss = SpreadsheetApp.getActiveSpreadsheet();
         var sheet = ss.insertSheet('KPI Summary');
         sheet.getRange(1, 1, 1, 2).setValues([['KPI', 'Value']]);
         sheet.getRange('B2').setFormula('=SUM(1,2)');
         PropertiesService.getDocumentProperties().setProperty('built', 'yes');
         return sheet.getRange('B2').getValue ? 'has getValue' : sheet.getRange('B2').getValues()[0][0];
       }`,
      context,
    );
    expect(vm.runInContext('buildSummary()', context)).toBe(3);
    expect(fake.calls().counts['Range.setValues']).toBe(1);
  });

  it('hands out Dates of a node:vm realm and accepts its Dates, Errors and custom functions', () => {
    const context = vm.createContext({});
    const fake = createFakeSpreadsheet({ timeZone: 'Asia/Tehran', DateClass: vm.runInContext('Date', context) as DateConstructor });
    Object.assign(context, fake.globals());
    vm.runInContext(
      `function AGE_DAYS(dates) {
         if (!(dates instanceof Date)) throw new Error('AGE_DAYS: expected a date, got ' + typeof dates);
         return Math.round((dates.getTime() - Date.UTC(2024, 0, 1)) / 864e5);
       }
       var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
       sheet.getRange('A1').setValue(new Date(Date.UTC(2024, 0, 15, 20, 30)));`,
      context,
    );
    fake.registerCustomFunctions({ AGE_DAYS: vm.runInContext('AGE_DAYS', context) as (...args: unknown[]) => unknown });
    const sheet = fake.spreadsheet.getSheets()[0];
    sheet.getRange('B1:B2').setFormulas([['=AGE_DAYS(A1)'], ['=AGE_DAYS(5)']]);
    expect(vm.runInContext("sheet.getRange('A1').getValues()[0][0] instanceof Date", context)).toBe(true);
    expect(sheet.getRange('A1').getDisplayValues()).toEqual([['1/16/2024']]);
    expect(sheet.getRange('B1:B2').getValues()).toEqual([[15], ['#ERROR!']]);
    expect(fake.errorMessage('B2')).toBe('AGE_DAYS: expected a date, got number');
  });
});
