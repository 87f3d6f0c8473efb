import { describe, expect, it } from 'vitest';
import { createFakeSpreadsheet } from '../../src/local/fake/index';

function setup(timeZone = 'UTC') {
  const fake = createFakeSpreadsheet({ timeZone });
  const sheet = fake.spreadsheet.getSheets()[0];
  return { fake, sheet };
}

describe('values round trip', () => {
  it('returns numbers, strings, booleans, blanks as "" and dates as Date', () => {
    const { sheet } = setup();
    const date = new Date(Date.UTC(2024, 0, 15));
    sheet.getRange('A1:D2').setValues([
      [1.5, 'text', true, date],
      ['', null, -3, 'FALSE'],
    ]);
    expect(sheet.getRange('A1:D2').getValues()).toEqual([
      [1.5, 'text', true, date],
      ['', '', -3, false],
    ]);
    expect(sheet.getRange('D1').getValues()[0][0]).toBeInstanceOf(Date);
    expect(sheet.getRange('D1').getNumberFormats()).toEqual([['M/d/yyyy']]);
  });

  it('parses typed strings as Sheets does: numbers, percents, ISO and US dates', () => {
    const { sheet } = setup();
    sheet.getRange('A1:E1').setValues([['1,234.5', '12%', '2024-02-29', '3/1/2024', '00123']]);
    const [[n, pct, iso, us, leading]] = sheet.getRange('A1:E1').getValues();
    expect(n).toBe(1234.5);
    expect(pct).toBe(0.12);
    expect(iso).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(us).toEqual(new Date(Date.UTC(2024, 2, 1)));
    expect(leading).toBe(123);
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([['1,235', '12%', '2024-02-29', '3/1/2024', '123']]);
  });

  it('writes a formula from setValues("=…"), keeps text after an apostrophe or in a "@" cell', () => {
    const { sheet } = setup();
    sheet.getRange('B1').setNumberFormat('@');
    sheet.getRange('A1:C1').setValues([['=1+1', '=1+1', "'=1+1"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[2, '=1+1', '=1+1']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=1+1', '', '']]);
    sheet.getRange('A2').setValue("'00123");
    expect(sheet.getRange('A2').getValues()).toEqual([['00123']]);
    // As when typing: a leading + or - that is not a number starts a formula.
    sheet.getRange('A3:C3').setValues([['+98 21 5555', '-total', '-12.5']]);
    expect(sheet.getRange('A3:C3').getValues()).toEqual([['#ERROR!', '#NAME?', -12.5]]);
  });

  it('throws Apps Script errors on dimension mismatches and bad coordinates', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange('A1:B2').setValues([[1], [2]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('nonsense')).toThrow('Range not found');
  });

  it('interprets serials in the spreadsheet time zone', () => {
    const { sheet } = setup('America/New_York');
    const midnightInNewYork = new Date('2024-01-15T00:00:00-05:00');
    sheet.getRange('A1').setValue(midnightInNewYork);
    sheet.getRange('B1').setFormula('=A1');
    sheet.getRange('B1').setNumberFormat('yyyy-mm-dd');
    sheet.getRange('C1').setFormula('=DATE(2024,7,1)');
    expect(sheet.getRange('A1').getValues()[0][0]).toEqual(midnightInNewYork);
    expect(sheet.getRange('B1').getDisplayValues()).toEqual([['2024-01-15']]);
    expect(sheet.getRange('C1').getValues()[0][0]).toEqual(new Date('2024-07-01T00:00:00-04:00'));
  });

  it('getLastRow/getLastColumn/getDataRange follow content, not formats', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('B2:C4').setValues([[1, 2], [3, 4], [5, 6]]);
    sheet.getRange('Z900').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    sheet.getRange('B4:C4').clearContent();
    expect(sheet.getLastRow()).toBe(3);
  });
});

describe('formulas compute', () => {
  it('SUM, COUNTIF, SUMIFS, SUMPRODUCT, IFERROR, FILTER inside SUM, AVERAGEIFS', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C6').setValues([
      ['channel', 'cost', 'customers'],
      ['ads', 100, 4],
      ['seo', 50, 0],
      ['ads', 300, 6],
      ['mail', '', 2],
      ['seo', 70, 3],
    ]);
    const formulas = [
      ['=SUM(B2:B6)'],
      ['=COUNTIF(A2:A6,"ads")'],
      ['=SUMIFS(B2:B6,A2:A6,"seo")'],
      ['=SUMPRODUCT(B2:B6,C2:C6)'],
      ['=IFERROR(B3/C3,"n/a")'],
      ['=SUM(FILTER(B2:B6, A2:A6="ads"))'],
      ['=AVERAGEIFS(B2:B6,A2:A6,"ads")'],
      ['=IF(TRUE, 1, 2)'],
      ['=B3/C3'],
      ['=SUM(B2:B)'],
      ['=SPARKLINE(B2:B6)'],
    ];
    sheet.getRange(1, 5, formulas.length, 1).setFormulas(formulas);
    expect(sheet.getRange(1, 5, formulas.length, 1).getValues().map((r) => r[0])).toEqual([
      520,
      2,
      120,
      100 * 4 + 50 * 0 + 300 * 6 + 70 * 3,
      'n/a',
      400,
      200,
      1,
      '#DIV/0!',
      520,
      '',
    ]);
    expect(sheet.getRange('E10').getFormulas()).toEqual([['=SUM(B2:B)']]);
  });

  it('spills array formulas and reports a blocked spill as #REF!', () => {
    const { sheet, fake } = setup();
    sheet.getRange('A1:A4').setValues([[1], [5], [7], [2]]);
    sheet.getRange('B1').setFormula('=FILTER(A1:A4, A1:A4>4)');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[5], [7], ['']]);
    expect(sheet.getRange('B1:B2').getFormulas()).toEqual([['=FILTER(A1:A4, A1:A4>4)'], ['']]);
    // The spill is exactly the result (HyperFormula alone would reserve all 4 input rows).
    sheet.getRange('B3').setValue('below');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[5], [7], ['below']]);
    sheet.getRange('B3').clearContent();
    sheet.getRange('A1').setValue(9);
    expect(sheet.getRange('B1:B4').getValues()).toEqual([[9], [5], [7], ['']]);
    sheet.getRange('D1').setFormula('=A1:A2');
    expect(sheet.getRange('D1:D3').getValues()).toEqual([[9], [5], ['']]);
    sheet.getRange('C1').setFormula('=SORT(A1:A4)');
    sheet.getRange('C3').setValue('in the way');
    expect(sheet.getRange('C1').getValues()).toEqual([['#REF!']]);
    expect(fake.errorMessage('C1')).toMatch(/overwrite/);
  });

  it('setFormula on a block moves relative references like a fill', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=A1*10');
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([['=A1*10'], ['=A2*10'], ['=A3*10']]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[10], [20], [30]]);
  });

  it('shows error values as Sheets strings', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setFormulas([['=NA()', '=1/0', '=NOSUCHFUNCTION(1)', '=A1+']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['#N/A', '#DIV/0!', '#NAME?', '#ERROR!']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['#N/A', '#DIV/0!', '#NAME?', '#ERROR!']]);
  });

  it('formats display values', () => {
    const { sheet } = setup();
    sheet.getRange('A1:F1').setValues([[1234.567, 0.256, 45306.5, -42, 1 / 3, 'x']]);
    sheet.getRange('A1:F1').setNumberFormats([['#,##0.00', '0.0%', 'yyyy-mm-dd hh:mm', '"$"#,##0;("$"#,##0)', 'General', '@']]);
    expect(sheet.getRange('A1:F1').getDisplayValues()).toEqual([['1,234.57', '25.6%', '2024-01-15 12:00', '($42)', '0.3333333333', 'x']]);
    expect(sheet.getRange('A1:F1').getNumberFormats()).toEqual([['#,##0.00', '0.0%', 'yyyy-mm-dd hh:mm', '"$"#,##0;("$"#,##0)', 'General', '@']]);
  });
});
