import { describe, expect, it } from 'vitest';
import { decimalMarkOf, languageOf } from '../../src/cells/locale';
import { NOT_A_NUMBER, readNumberText, UNREADABLE } from '../../src/cells/number-text';

describe('numbers typed as text, read in the spreadsheet locale', () => {
  it.each([
    ['1234', '.', 1234],
    ['1,234', '.', 1234],
    ['1,234,567.89', '.', 1234567.89],
    ['-1,234.5', '.', -1234.5],
    ['−12', '.', -12],
    ['12%', '.', 0.12],
    ['12.5 %', '.', 0.125],
    ['.5', '.', 0.5],
    ['1 234 567', '.', 1234567],
    ['1,5', ',', 1.5],
    ['1 234,5', ',', 1234.5],
    ['1\u00a0234,5', ',', 1234.5],
    ['1.234,5', ',', 1234.5],
    ['12,5%', ',', 0.125],
    ['۱۲۳', '.', 123],
    ['۱۲٬۳۴۵٫۶', '.', 12345.6],
    ['١٢٣٫٥', ',', 123.5],
    ['٪۵۰', '.', 0.5],
    ['۵۰٪', '.', 0.5],
    ["1'234", '.', 1234],
  ] as const)('%s with decimal mark %s is %d', (text, mark, value) => {
    expect(readNumberText(text, mark)).toBeCloseTo(value, 12);
  });

  it.each([
    ['1,5', '.'],
    ['1,23,456', '.'],
    ['1.5', ','],
    ['1.234', ','],
    ['12-05', '.'],
    ['1.2.3', '.'],
    ['5.', '.'],
    ['%5%', '.'],
    ['1,234.5', ','],
  ] as const)('%s with decimal mark %s could be read two ways: an error', (text, mark) => {
    expect(readNumberText(text, mark)).toBe(UNREADABLE);
  });

  it.each(['', 'n/a', 'Total', 'Campaign 3', 'abc', '$'])('%s is not a number: skipped as SUM skips it', (text) => {
    expect(readNumberText(text, '.')).toBe(NOT_A_NUMBER);
  });

  it('locales', () => {
    expect(languageOf('fa_IR')).toBe('fa');
    expect(languageOf('ar_EG')).toBe('ar');
    expect(languageOf('ru_RU')).toBe('ru');
    expect(languageOf('de_DE')).toBe('en');
    expect(decimalMarkOf('ru_RU')).toBe(',');
    expect(decimalMarkOf('de_DE')).toBe(',');
    expect(decimalMarkOf('en_US')).toBe('.');
    expect(decimalMarkOf('en_GB')).toBe('.');
    expect(decimalMarkOf('fa_IR')).toBe('.');
    expect(decimalMarkOf('es_MX')).toBe('.');
    expect(decimalMarkOf('pt_BR')).toBe(',');
  });
});
