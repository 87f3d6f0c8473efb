import { describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../../src/local/fake/index';

function survey() {
  const fake = createFakeSpreadsheet({
    sheets: [
      {
        name: "O'Brien Q1",
        values: [
          ['score', 'date', 'note'],
          [9, '2024-01-15', 'great'],
          ['', '2024-01-16', ''],
          [3, '2024-01-17', '=NA()'],
          [TRUE(), '', 'x'],
        ],
      },
      { name: 'Summary' },
    ],
  });
  return fake;
}

function TRUE(): boolean {
  return true;
}

describe('custom functions through the adapter', () => {
  it('receive exactly what Sheets passes: 2-D arrays, "" blanks, Date, error strings, scalars', () => {
    const fake = survey();
    const calls: unknown[][] = [];
    fake.registerCustomFunctions({
      RECORD: (...args: unknown[]) => {
        calls.push(args);
        return args.length;
      },
    });
    const summary = fake.spreadsheet.getSheetByName('Summary')!;
    summary.getRange('A1').setFormula(`=RECORD('O''Brien Q1'!A2:C5, 'O''Brien Q1'!B2, 'O''Brien Q1'!A3, 42, "text", 'O''Brien Q1'!A2:A2)`);
    expect(summary.getRange('A1').getValues()).toEqual([[6]]);
    expect(calls).toHaveLength(1);
    const [range, date, blank, number, text, oneCell] = calls[0];
    expect(range).toEqual([
      [9, new Date(Date.UTC(2024, 0, 15)), 'great'],
      ['', new Date(Date.UTC(2024, 0, 16)), ''],
      [3, new Date(Date.UTC(2024, 0, 17)), '#N/A'],
      [true, '', 'x'],
    ]);
    expect((range as unknown[][])[0][1]).toBeInstanceOf(Date);
    expect(date).toEqual(new Date(Date.UTC(2024, 0, 15)));
    expect(blank).toBe('');
    expect(number).toBe(42);
    expect(text).toBe('text');
    expect(oneCell).toBe(9);
  });

  it('passes undefined for missing optional arguments and pads whole-column ranges to the sheet', () => {
    const fake = survey();
    const calls: unknown[][] = [];
    fake.registerCustomFunctions({
      OPT: (values: unknown, target?: unknown) => {
        calls.push([values, target]);
        return Array.isArray(values) ? values.length : -1;
      },
    });
    const summary = fake.spreadsheet.getSheetByName('Summary')!;
    summary.getRange('A1').setFormula("=OPT('O''Brien Q1'!A:A)");
    expect(calls[0][1]).toBeUndefined();
    expect(summary.getRange('A1').getValues()).toEqual([[1000]]);
    expect((calls[0][0] as unknown[][])[999]).toEqual(['']);
  });

  it('receive named ranges as arrays and recompute when inputs change', () => {
    const fake = survey();
    const ss = fake.spreadsheet;
    ss.setNamedRange('kpi_scores', ss.getRange("'O''Brien Q1'!A2:A4"));
    fake.registerCustomFunctions({
      TOTAL: (values: unknown) => (values as unknown[][]).flat().reduce((sum: number, v) => sum + (typeof v === 'number' ? v : 0), 0),
    });
    const summary = ss.getSheetByName('Summary')!;
    summary.getRange('A1').setFormula('=TOTAL(kpi_scores)');
    expect(summary.getRange('A1').getValues()).toEqual([[12]]);
    ss.getRange("'O''Brien Q1'!A3").setValue(8);
    expect(summary.getRange('A1').getValues()).toEqual([[20]]);
  });

  it('spill 2-D results, resize when the result changes, and return Dates as dates', () => {
    const fake = survey();
    let rows = 2;
    const calls: number[] = [];
    fake.registerCustomFunctions({
      GRID: (n: unknown) => {
        calls.push(Number(n));
        return Array.from({ length: rows }, (_, i) => [i + 1, `r${i + 1}`]);
      },
      WHEN: () => new Date(Date.UTC(2024, 5, 30)),
    });
    const summary = fake.spreadsheet.getSheetByName('Summary')!;
    summary.getRange('D1').setValue(1);
    summary.getRange('A1').setFormula('=GRID(D1)');
    expect(summary.getRange('A1:B3').getValues()).toEqual([
      [1, 'r1'],
      [2, 'r2'],
      ['', ''],
    ]);
    expect(calls).toEqual([1]);
    rows = 3;
    summary.getRange('D1').setValue(2);
    expect(summary.getRange('A1:B3').getValues()).toEqual([
      [1, 'r1'],
      [2, 'r2'],
      [3, 'r3'],
    ]);
    summary.getRange('E1').setFormula('=WHEN()');
    expect(summary.getRange('E1').getValues()).toEqual([[new Date(Date.UTC(2024, 5, 30))]]);
    expect(summary.getRange('E1').getDisplayValues()).toEqual([['6/30/2024']]);
  });

  it('turn a thrown Error into #ERROR! with the message available', () => {
    const fake = survey();
    fake.registerCustomFunctions({
      CAC: () => {
        throw new Error('CAC: new_customers is 0; cannot divide costs by zero customers');
      },
    });
    const summary = fake.spreadsheet.getSheetByName('Summary')!;
    summary.getRange('A1').setFormula('=CAC(1, 0)');
    expect(summary.getRange('A1').getValues()).toEqual([['#ERROR!']]);
    expect(fake.errorMessage('Summary!A1')).toBe('CAC: new_customers is 0; cannot divide costs by zero customers');
    expect(fake.errorMessage('Summary!B1')).toBeUndefined();
  });

  it('compute formulas written before the functions were registered', () => {
    const fake = survey();
    const summary = fake.spreadsheet.getSheetByName('Summary')!;
    summary.getRange('A1').setFormula('=DOUBLE(21)');
    expect(summary.getRange('A1').getValues()).toEqual([['#NAME?']]);
    fake.registerCustomFunctions({ DOUBLE: (x: unknown) => Number(x) * 2 });
    expect(summary.getRange('A1').getValues()).toEqual([[42]]);
    expect(summary.getRange('A1').getFormulas()).toEqual([['=DOUBLE(21)']]);
  });

  it('Sheets functions HyperFormula lacks are provided (SPARKLINE, AVERAGEIFS, REGEXMATCH, JOIN, ISBETWEEN)', () => {
    const fake = survey();
    const summary = fake.spreadsheet.getSheetByName('Summary')!;
    summary
      .getRange('A1:E1')
      .setFormulas([
        [
          "=SPARKLINE('O''Brien Q1'!A2:A4)",
          "=AVERAGEIFS('O''Brien Q1'!A2:A5,'O''Brien Q1'!B2:B5,\">=\"&DATE(2024,1,15))",
          '=REGEXMATCH("kpi_cost","^kpi_")',
          '=JOIN("-", 1, "b")',
          '=ISBETWEEN(5, 1, 10)',
        ],
      ]);
    expect(summary.getRange('A1:E1').getValues()).toEqual([['', 6, true, '1-b', true]]);
  });
});
