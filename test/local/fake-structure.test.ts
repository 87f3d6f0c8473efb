import { describe, expect, it } from 'vitest';
import { boundOpenEndedRanges, formatA1, parseA1, quoteSheetName } from '../../src/local/fake/a1';
import { createFakeSpreadsheet } from '../../src/local/fake/index';

describe('A1 notation', () => {
  it('parses quoted sheet names with doubled apostrophes, whole columns and rows', () => {
    expect(parseA1("'O''Brien Q1'!A1:D90")).toEqual({ sheetName: "O'Brien Q1", start: { row: 1, column: 1 }, end: { row: 90, column: 4 } });
    expect(parseA1("'Q1 \"old\"'!B2:B9")?.sheetName).toBe('Q1 "old"');
    expect(parseA1('Sheet1!$A$1')).toEqual({ sheetName: 'Sheet1', start: { row: 1, column: 1 }, end: { row: 1, column: 1 } });
    expect(parseA1('A:C')).toEqual({ sheetName: undefined, start: { column: 1 }, end: { column: 3 } });
    expect(parseA1('2:5')).toEqual({ sheetName: undefined, start: { row: 2 }, end: { row: 5 } });
    expect(parseA1('A1:')).toBeUndefined();
    expect(quoteSheetName("O'Brien Q1")).toBe("'O''Brien Q1'");
    expect(quoteSheetName('Data')).toBe('Data');
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(formatA1({ row: 2, column: 27, numRows: 3, numColumns: 2 })).toBe('AA2:AB4');
    expect(boundOpenEndedRanges('=SUM(A2:A)+COUNTA(\'Q 1\'!B3:C)&"A2:A"', () => 1000)).toBe('=SUM(A2:A1000)+COUNTA(\'Q 1\'!B3:C1000)&"A2:A"');
  });

  it('resolves spreadsheet ranges on quoted sheets', () => {
    const fake = createFakeSpreadsheet({ sheets: [{ name: 'Sheet1' }, { name: "O'Brien Q1", values: [[1, 2, 3, 4]] }] });
    const range = fake.spreadsheet.getRange("'O''Brien Q1'!A1:D90");
    expect(range.getSheet().getName()).toBe("O'Brien Q1");
    expect(range.getA1Notation()).toBe('A1:D90');
    expect([range.getRow(), range.getColumn(), range.getLastRow(), range.getLastColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([1, 1, 90, 4, 90, 4]);
    expect(range.getValues()[0]).toEqual([1, 2, 3, 4]);
    expect(fake.spreadsheet.getRange('B:B').getA1Notation()).toBe('B:B');
    expect(fake.spreadsheet.getRange('B:B').getNumRows()).toBe(1000);
    expect(() => fake.spreadsheet.getRange('Nope!A1')).toThrow('Range not found');
  });
});

describe('sheets', () => {
  it('insert, rename, reorder, delete; formulas follow renames', () => {
    const fake = createFakeSpreadsheet();
    const ss = fake.spreadsheet;
    const data = ss.getSheets()[0];
    data.getRange('A1').setValue(5);
    const summary = ss.insertSheet('KPI Summary', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['KPI Summary', 'Sheet1']);
    expect(summary.getIndex()).toBe(1);
    expect(ss.getActiveSheet().getName()).toBe('KPI Summary');
    expect(summary.getParent().getId()).toBe(ss.getId());
    summary.getRange('A1').setFormula('=Sheet1!A1*2');
    data.setName("O'Brien");
    expect(summary.getRange('A1').getFormulas()).toEqual([["='O''Brien'!A1*2"]]);
    expect(summary.getRange('A1').getValues()).toEqual([[10]]);
    expect(() => ss.insertSheet("o'brien")).toThrow('already exists');
    ss.deleteSheet(data);
    expect(summary.getRange('A1').getValues()).toEqual([['#REF!']]);
    expect(() => ss.deleteSheet(summary)).toThrow();
    expect(ss.getSheetByName("O'Brien")).toBeNull();
    expect(summary.getMaxRows()).toBe(1000);
    expect(summary.getMaxColumns()).toBe(26);
    expect(summary.isSheetHidden()).toBe(false);
  });

  it('selection: select() sets the active range list across sheets', () => {
    const fake = createFakeSpreadsheet({ sheets: [{ name: 'Sheet1' }, { name: 'Q1 "old"' }] });
    fake.select(['Sheet1!A1:C20', "'Q1 \"old\"'!B2:B9"]);
    const list = fake.spreadsheet.getActiveRangeList()!;
    expect(list.getRanges().map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`)).toEqual(['Sheet1!A1:C20', 'Q1 "old"!B2:B9']);
    expect(fake.spreadsheet.getActiveRange()!.getA1Notation()).toBe('B2:B9');
    expect(fake.spreadsheet.getActiveSheet().getName()).toBe('Q1 "old"');
  });
});

describe('named ranges, metadata, properties', () => {
  it('named ranges: set, read, use in formulas, replace, remove', () => {
    const fake = createFakeSpreadsheet({ sheets: [{ name: "O'Brien Q1", values: [[1], [2], [3]] }] });
    const ss = fake.spreadsheet;
    const sheet = ss.getSheets()[0];
    ss.setNamedRange('kpi_cost', sheet.getRange('A1:A2'));
    sheet.getRange('B1').setFormula('=SUM(kpi_cost)');
    expect(sheet.getRange('B1').getValues()).toEqual([[3]]);
    expect(ss.getRangeByName('kpi_cost')!.getA1Notation()).toBe('A1:A2');
    ss.setNamedRange('kpi_cost', sheet.getRange('A1:A3'));
    expect(sheet.getRange('B1').getValues()).toEqual([[6]]);
    expect(ss.getNamedRanges().map((n) => [n.getName(), n.getRange().getA1Notation()])).toEqual([['kpi_cost', 'A1:A3']]);
    sheet.getRange('C1').setFormula('=FILTER(kpi_cost, kpi_cost>1)');
    expect(sheet.getRange('C1:C2').getValues()).toEqual([[2], [3]]);
    ss.getNamedRanges()[0].remove();
    expect(ss.getRangeByName('kpi_cost')).toBeNull();
    expect(sheet.getRange('B1').getValues()).toEqual([['#NAME?']]);
    expect(() => ss.setNamedRange('A1', sheet.getRange('A1'))).toThrow('invalid');
  });

  it('developer metadata on the spreadsheet and on sheets', () => {
    const fake = createFakeSpreadsheet();
    const ss = fake.spreadsheet;
    const summary = ss.insertSheet('KPI Summary');
    summary.addDeveloperMetadata('kpi-sheets:summary', '{"version":1}');
    ss.addDeveloperMetadata('kpi-sheets:installed');
    expect(summary.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['kpi-sheets:summary', '{"version":1}']]);
    expect(ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['kpi-sheets:installed', null]]);
    expect(ss.getSheets()[0].getDeveloperMetadata()).toEqual([]);
    summary.getDeveloperMetadata()[0].remove();
    expect(summary.getDeveloperMetadata()).toEqual([]);
  });

  it('document and user properties', () => {
    const fake = createFakeSpreadsheet();
    const doc = fake.PropertiesService.getDocumentProperties();
    doc.setProperty('targets', '{"CAC":50}').setProperties({ period: 'month' });
    expect(doc.getProperty('targets')).toBe('{"CAC":50}');
    expect(fake.PropertiesService.getDocumentProperties().getProperties()).toEqual({ targets: '{"CAC":50}', period: 'month' });
    doc.deleteProperty('period');
    expect(doc.getProperty('period')).toBeNull();
    expect(fake.PropertiesService.getUserProperties().getProperties()).toEqual({});
  });
});

describe('formats, rules, charts, ui', () => {
  it('conditional format rules, charts, layout', () => {
    const fake = createFakeSpreadsheet();
    const sheet = fake.spreadsheet.getSheets()[0];
    const rule = fake.SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('off track')
      .setBackground('#f4cccc')
      .setFontColor('#990000')
      .setBold(true)
      .setRanges([sheet.getRange('D2:D20')])
      .build();
    const formulaRule = fake.SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$B2>$C2').setBackground('#d9ead3').setRanges([sheet.getRange('B2:B20')]).build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule, formulaRule]);
    expect(sheet.getConditionalFormatRules().map((r) => r.getRanges()[0].getA1Notation())).toEqual(['D2:D20', 'B2:B20']);
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toEqual([]);

    const chart = sheet.newChart().setChartType(fake.Charts.ChartType.LINE).addRange(sheet.getRange('A1:B10')).setPosition(2, 5, 0, 0).setOption('title', 'CAC').build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0].getRanges()[0].getA1Notation()).toBe('A1:B10');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);

    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(1);
    sheet.setColumnWidth(1, 200).autoResizeColumns(2, 2).setRightToLeft(true);
    sheet.getRange('A1:B1').setFontWeights([['bold', null]]).setHorizontalAlignment('center').setWrap(true).setBackground('#eeeeee');
    const snap = fake.snapshot().sheets[0];
    expect(snap).toMatchObject({ frozenRows: 1, frozenColumns: 1, rightToLeft: true });
    expect(snap.cells.A1.s).toEqual({ fontWeight: 'bold', horizontalAlignment: 'center', wrap: true, background: '#eeeeee' });
  });

  it('ui, html service and session', () => {
    const fake = createFakeSpreadsheet({ name: 'KPI workbook', locale: 'fa_IR', htmlFiles: { Sidebar: '<p>hi</p>' } });
    const ui = fake.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Build KPI summary', 'showSidebar').addSeparator().addToUi();
    ui.showSidebar(fake.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('KPIs'));
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    fake.spreadsheet.toast('Building…', 'KPI');
    expect(fake.uiEvents().map((e) => e.kind)).toEqual(['menu', 'sidebar', 'alert', 'toast']);
    expect(fake.uiEvents()[1]).toMatchObject({ title: 'KPIs', content: '<p>hi</p>' });
    expect(fake.HtmlService.createHtmlOutput('<b>x</b>').getContent()).toBe('<b>x</b>');
    expect(() => fake.HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
    expect(fake.Session.getActiveUserLocale()).toBe('fa');
    expect(fake.spreadsheet.getSpreadsheetLocale()).toBe('fa_IR');
    expect(fake.spreadsheet.getSpreadsheetTimeZone()).toBe('UTC');
    expect(fake.spreadsheet.getName()).toBe('KPI workbook');
    expect(fake.spreadsheet.getUrl()).toContain(fake.spreadsheet.getId());
  });
});
