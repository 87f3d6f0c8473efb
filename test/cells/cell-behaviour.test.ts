import { describe, expect, it } from 'vitest';
import { call, callIn, column, errorOf } from '../helpers/call';

describe('cell behaviour every function shares', () => {
  it('a range is summed over its numeric cells; blanks, booleans and plain text are skipped', () => {
    expect(call('CAC', [[100, ''], [true, 'Total'], [200, false]], column(1, 2))).toBe(100);
  });

  it('numbers typed as text count, in the spreadsheet locale', () => {
    expect(call('CAC', column('1,000,000'), 40)).toBe(25_000);
    expect(callIn('ru_RU', 'CAC', column('1 000 000,0'), '40')).toBe(25_000);
    expect(callIn('fa_IR', 'CAC', column('۱٬۰۰۰٬۰۰۰'), '۴۰')).toBe(25_000);
    expect(callIn('ar_EG', 'CPC', '٤٠٠٠٠٠', '٢٠٠٠')).toBe(200);
    expect(call('LTV', 997, '4%', '80%')).toBeCloseTo(19_940, 9);
  });

  it('NPS: an out-of-scale answer names its row', () => {
    const scores = column(...Array.from({ length: 13 }, () => 9), 11);
    expect(errorOf(() => call('NPS', scores))).toBe('NPS: scores row 14 is 11, expected a whole number 0–10');
    expect(errorOf(() => call('NPS', column(7.5)))).toBe('NPS: scores row 1 is 7.5, expected a whole number 0–10');
    expect(errorOf(() => call('NPS', [[1, 2], [3, -1]]))).toBe('NPS: scores row 2, column 2 is -1, expected a whole number 0–10');
    expect(errorOf(() => call('CLI', [[1, 7, 3]]))).toBe('CLI: answers column 2 is 7, expected a whole number 1–6');
  });

  it('dates, error values, ambiguous text, negative counts, division by zero and empty ranges are errors', () => {
    expect(errorOf(() => call('CAC', column(100, new Date(Date.UTC(2024, 0, 31))), 4))).toBe('CAC: costs row 2 is a date (2024-01-31), expected a number');
    expect(errorOf(() => call('CAC', 100, column(1, '#N/A')))).toBe('CAC: new_customers row 2 is the error #N/A');
    expect(errorOf(() => call('CAC', column('1,5'), 4))).toBe('CAC: costs row 1 is the text "1,5", which is not a number in this spreadsheet\'s locale (en_US); type it as a number');
    expect(errorOf(() => call('CAC', 100, column(5, -1)))).toBe('CAC: new_customers row 2 is -1, expected 0 or more');
    expect(errorOf(() => call('CAC', 100, 0))).toBe('CAC: new_customers is 0, so the division has no result');
    expect(errorOf(() => call('CAC', column('', ''), 4))).toBe('CAC: costs has no number');
    expect(errorOf(() => call('CAC', 100))).toBe('CAC: new_customers is missing');
    expect(errorOf(() => call('LTV', 997, 4))).toBe('LTV: churn_rate is 4, expected a fraction from 0 to 1 (75% or 0.75)');
    expect(errorOf(() => call('RETENTION', 5, 8, 100))).toBe('RETENTION: customers_end is less than new_customers');
    expect(errorOf(() => call('SHARE_OF_VOICE', 0, 0))).toBe('SHARE_OF_VOICE: own_spend + competitors_spend is 0, so the division has no result');
    expect(errorOf(() => call('FUNNEL', [[1, 2], [3, 4]]))).toBe('FUNNEL: stage_counts must be one column or one row, not 2×2');
  });

  it('messages speak the spreadsheet language', () => {
    expect(errorOf(() => callIn('fa_IR', 'NPS', column(9, 11)))).toBe('NPS: scores ردیف 2 برابر 11 است، باید یک عدد صحیح 0 تا 10 باشد');
    expect(errorOf(() => callIn('ru_RU', 'CAC', 100, 0))).toBe('CAC: new_customers равно 0, деление невозможно');
    expect(errorOf(() => callIn('ar_SA', 'CAC', 100, 0))).toBe('CAC: new_customers يساوي 0، فلا ناتج للقسمة');
  });

  it('an optional argument left blank takes its default', () => {
    expect(call('LTV', 100, 0.1, '')).toBeCloseTo(1_000, 9);
    expect(call('CAC_PAYBACK', 600, 100)).toBe(6);
  });
});
