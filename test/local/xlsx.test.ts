import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createFakeSpreadsheet, type FakeSpreadsheet } from '../../src/local/fake/index';
import { loadCsv, loadCsvText, loadXlsx, parseCsv, saveXlsx, toXlsxBuffer, xlsxToModel } from '../../src/local/xlsx';

function sample(): FakeSpreadsheet {
  const fake = createFakeSpreadsheet({
    sheets: [
      {
        name: "O'Brien Q1",
        values: [
          ['date', 'channel', 'cost', 'customers'],
          ['2024-01-15', 'ads', 1200.5, 10],
          ['2024-02-01', 'seo', 300, 0],
          ['2024-03-10', 'ads', 800, 6],
        ],
      },
      { name: 'Notes', values: [["'=not a formula", true, '']] },
      { name: 'KPI Summary' },
    ],
  });
  const ss = fake.spreadsheet;
  ss.setNamedRange('kpi_cost', ss.getRange("'O''Brien Q1'!C2:C4"));
  const summary = ss.getSheetByName('KPI Summary')!;
  summary.getRange('A1:C4').setValues([
    ['KPI', 'Value', 'Since'],
    ['Cost', '=SUM(kpi_cost)', "=MIN('O''Brien Q1'!A2:A4)"],
    ['CAC', "=IFERROR(SUM(kpi_cost)/SUM('O''Brien Q1'!D2:D4),\"n/a\")", ''],
    ['Ads', "=FILTER('O''Brien Q1'!C2:C4, 'O''Brien Q1'!B2:B4=\"ads\")", ''],
  ]);
  summary.getRange('B2:B3').setNumberFormat('#,##0.00');
  summary.getRange('C2').setNumberFormat('yyyy-mm-dd');
  summary.getRange('A1:C1').setFontWeight('bold').setBackground('#cfe2f3');
  summary.setFrozenRows(1);
  summary.setColumnWidth(1, 140);
  summary.setConditionalFormatRules([
    fake.SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$B2>1000').setBackground('#f4cccc').setRanges([summary.getRange('B2:B3')]).build(),
    fake.SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('n/a').setFontColor('#999999').setRanges([summary.getRange('B3')]).build(),
  ]);
  return fake;
}

describe('.xlsx round trip', () => {
  it('save → load keeps sheet order, values, formulas, formats, dates, named ranges, rules', async () => {
    const fake = sample();
    const loaded = await loadXlsx(await toXlsxBuffer(fake));
    expect(loaded.spreadsheet.getSheets().map((s) => s.getName())).toEqual(["O'Brien Q1", 'Notes', 'KPI Summary']);
    const { sheets: originalSheets, ...originalRest } = fake.snapshot();
    const { sheets: loadedSheets, ...loadedRest } = loaded.snapshot();
    expect(loadedRest).toEqual({ ...originalRest, documentProperties: [] });
    expect(loadedSheets.map((s) => ({ ...s, sheetId: 0, conditionalRules: s.conditionalRules }))).toEqual(
      originalSheets.map((s) => ({ ...s, sheetId: 0 })),
    );
    const summary = loaded.spreadsheet.getSheetByName('KPI Summary')!;
    expect(summary.getRange('B2:C4').getValues()).toEqual([
      [2300.5, new Date(Date.UTC(2024, 0, 15))],
      [2300.5 / 16, ''],
      [1200.5, ''],
    ]);
    expect(summary.getRange('B5').getValues()).toEqual([[800]]);
    expect(summary.getRange('C2').getValues()[0][0]).toBeInstanceOf(Date);
    expect(loaded.spreadsheet.getRange("'O''Brien Q1'!A2").getValues()[0][0]).toEqual(new Date(Date.UTC(2024, 0, 15)));
    expect(summary.getRange('B2:B4').getFormulas()[0][0]).toBe('=SUM(kpi_cost)');
    expect(loaded.spreadsheet.getRange('Notes!A1:B1').getValues()).toEqual([['=not a formula', true]]);
    expect(summary.getConditionalFormatRules().map((r) => r.getRanges().map((x) => x.getA1Notation()))).toEqual([['B2:B3'], ['B3']]);
  });

  it('writes cached results by default and none when asked', async () => {
    const fake = sample();
    const read = async (buffer: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
      return workbook.getWorksheet('KPI Summary')!;
    };
    const withValues = await read(await toXlsxBuffer(fake));
    expect(withValues.getCell('B2').value).toEqual({ formula: 'SUM(kpi_cost)', result: 2300.5 });
    expect(withValues.getCell('B4').value).toMatchObject({ formula: expect.stringContaining('FILTER('), shareType: 'array', ref: 'B4:B5' });
    expect(withValues.getCell('B2').numFmt).toBe('#,##0.00');

    const withoutValues = await read(await toXlsxBuffer(fake, { cachedValues: false }));
    expect(withoutValues.getCell('B2').value).toEqual({ formula: 'SUM(kpi_cost)' });
    expect(withoutValues.getCell('B5').value).toBeNull();

    const dir = await mkdtemp(join(tmpdir(), 'kpi-xlsx-'));
    const path = join(dir, 'summary.xlsx');
    await saveXlsx(fake, path, { cachedValues: false });
    const reloaded = await loadXlsx(path);
    expect(reloaded.spreadsheet.getName()).toBe('summary');
    expect(reloaded.spreadsheet.getRange("'KPI Summary'!B2:B5").getValues()).toEqual([[2300.5], [2300.5 / 16], [1200.5], [800]]);
  });

  it('custom functions computed after loading', async () => {
    const fake = sample();
    fake.spreadsheet.getRange("'KPI Summary'!D2").setFormula("=CAC(kpi_cost, 'O''Brien Q1'!D2:D4)");
    const loaded = await loadXlsx(await toXlsxBuffer(fake));
    loaded.registerCustomFunctions({
      CAC: (costs: unknown, customers: unknown) => {
        const sum = (v: unknown) => (v as unknown[][]).flat().reduce((s: number, x) => s + (typeof x === 'number' ? x : 0), 0);
        return sum(costs) / sum(customers);
      },
    });
    expect(loaded.spreadsheet.getRange("'KPI Summary'!D2").getValues()).toEqual([[2300.5 / 16]]);
  });
});

describe('.xlsx cells as Sheets holds them', () => {
  const fixture = (name: string): string => join(__dirname, '../fixtures/workbooks', name);

  it('a merge holds its value in the top-left cell only; the covered cells are blank', async () => {
    const fake = await loadXlsx(fixture('merged.xlsx'));
    const sheet = fake.spreadsheet.getSheetByName('Campaigns')!;
    expect(sheet.getRange('B2:C5').getValues()).toEqual([
      ['Search', 1000],
      ['', ''],
      ['', 8900],
      ['Social', 9350],
    ]);
    sheet.getRange('H1').setFormula('=SUM(C2:C3)');
    expect(sheet.getRange('H1').getValues()[0][0]).toBe(1000);
    expect(fake.spreadsheet.getSheetByName('Notes')!.getRange('A1:B2').getValues()).toEqual([
      ['Costs of January and February were billed together.', ''],
      ['', ''],
    ]);
  });

  it('error literals load as errors, formulas with cached errors as formulas; both save back as errors', async () => {
    const fake = await loadXlsx(fixture('errors.xlsx'));
    const ads = fake.spreadsheet.getSheetByName('Ads')!;
    expect(ads.getRange('D9').getValues()[0][0]).toBe('#N/A');
    expect(ads.getRange('D9').getFormulas()[0][0]).toBe('');
    expect(ads.getRange('F6').getFormulas()[0][0]).toBe('=B6/C6');
    expect(ads.getRange('F6').getValues()[0][0]).toBe('#DIV/0!');
    expect(ads.getRange('G5').getValues()[0][0]).toBe('#N/A');
    ads.getRange('I1:I2').setFormulas([['=ISNA(D9)'], ['=SUM(D2:D13)']]);
    expect(ads.getRange('I1:I2').getValues()).toEqual([[true], ['#N/A']]);
    expect(fake.spreadsheet.getSheetByName('Broken links')!.getRange('A1:A3').getValues()).toEqual([['#REF!'], ['#VALUE!'], ['#REF!']]);
    const model = await xlsxToModel(await toXlsxBuffer(fake));
    const cell = (sheet: string, row: number, column: number) => model.sheets.find((s) => s.name === sheet)!.cells.find((c) => c.row === row && c.column === column)!.content;
    expect(cell('Ads', 9, 4)).toEqual({ kind: 'error', value: '#N/A' });
    expect(cell('Broken links', 2, 1)).toEqual({ kind: 'error', value: '#VALUE!' });
    expect(cell('Ads', 6, 6)).toEqual({ kind: 'formula', formula: '=B6/C6' });
  });
});

describe('.csv', () => {
  it('parses quoted fields and converts values as Sheets import does', async () => {
    expect(parseCsv('a,"b,c","d ""q"""\r\n1,"multi\nline",\n')).toEqual([
      ['a', 'b,c', 'd "q"'],
      ['1', 'multi\nline', ''],
    ]);
    const fake = loadCsvText('\ufeffdate,cost,active,note\n2024-01-15,"1,200.50",TRUE,=HYPERLINK("x")\n2024-02-01,12%,false,\n');
    const sheet = fake.spreadsheet.getSheets()[0];
    expect(sheet.getName()).toBe('Sheet1');
    expect(sheet.getDataRange().getValues()).toEqual([
      ['date', 'cost', 'active', 'note'],
      [new Date(Date.UTC(2024, 0, 15)), 1200.5, true, '=HYPERLINK("x")'],
      [new Date(Date.UTC(2024, 1, 1)), 0.12, false, ''],
    ]);

    const dir = await mkdtemp(join(tmpdir(), 'kpi-csv-'));
    const path = join(dir, 'Sales Q1.csv');
    await writeFile(path, 'a;b\n1;2\n');
    const fromFile = await loadCsv(path, { delimiter: ';' });
    expect(fromFile.spreadsheet.getSheets()[0].getName()).toBe('Sales Q1');
    expect(fromFile.spreadsheet.getRange("'Sales Q1'!A2:B2").getValues()).toEqual([[1, 2]]);
    expect((await readFile(path, 'utf8')).length).toBeGreaterThan(0);
  });
});
