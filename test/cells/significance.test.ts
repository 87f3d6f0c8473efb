/** RATE_CI, NPS_CI, AB_TEST, SAMPLE_SIZE and MEAN_CI at the cell boundary: headers, verdicts and errors in the four languages. */
import { describe, expect, it } from 'vitest';
import { call, callIn, column, errorOf } from '../helpers/call';

describe('spilled tables speak the spreadsheet language', () => {
  it('RATE_CI, NPS_CI and MEAN_CI: one header row, one value row', () => {
    expect((call('RATE_CI', 81, 263) as unknown[][])[0]).toEqual(['Rate', 'Low', 'High', 'n']);
    expect((callIn('fa_IR', 'RATE_CI', 81, 263) as unknown[][])[0]).toEqual(['نرخ', 'کران پایین', 'کران بالا', 'تعداد (n)']);
    expect((callIn('ru_RU', 'NPS_CI', column(9, 10, 3)) as unknown[][])[0]).toEqual(['NPS', 'Нижняя граница', 'Верхняя граница', 'Объём (n)']);
    expect((callIn('ar_EG', 'MEAN_CI', column(1, 2)) as unknown[][])[0]).toEqual(['المتوسط', 'الحد الأدنى', 'الحد الأعلى', 'العدد (n)']);
    expect((call('MEAN_CI', column(1, 2)) as unknown[][]).length).toBe(2);
  });

  it('AB_TEST: the verdict word in en, fa, ar and ru; the lift is blank when rate A is 0', () => {
    const verdict = (locale: string, ...args: number[]): unknown => (callIn(locale, 'AB_TEST', ...args) as unknown[][])[1][8];
    expect([verdict('en_US', 48, 80, 56, 70), verdict('en_US', 56, 70, 48, 80), verdict('en_US', 84, 1000, 79, 1000)]).toEqual(['B better', 'A better', 'not significant']);
    expect([verdict('fa_IR', 48, 80, 56, 70), verdict('fa_IR', 56, 70, 48, 80), verdict('fa_IR', 84, 1000, 79, 1000)]).toEqual(['B بهتر است', 'A بهتر است', 'معنادار نیست']);
    expect([verdict('ar_SA', 48, 80, 56, 70), verdict('ar_SA', 56, 70, 48, 80), verdict('ar_SA', 84, 1000, 79, 1000)]).toEqual(['B أفضل', 'A أفضل', 'غير دال إحصائيًا']);
    expect([verdict('ru_RU', 48, 80, 56, 70), verdict('ru_RU', 56, 70, 48, 80), verdict('ru_RU', 84, 1000, 79, 1000)]).toEqual(['B лучше', 'A лучше', 'незначимо']);
    expect((call('AB_TEST', 48, 80, 56, 70) as unknown[][])[0]).toEqual(['Rate A', 'Rate B', 'Difference (B − A)', 'Relative lift', 'Low', 'High', 'z', 'p-value', 'Verdict']);
    expect((call('AB_TEST', 0, 50, 5, 50) as unknown[][])[1][3]).toBe('');
    // p = 0.008: significant at 99%, not at 99.9%.
    expect(verdict('en_US', 48, 80, 56, 70, 0.99)).toBe('B better');
    expect(verdict('en_US', 48, 80, 56, 70, 0.999)).toBe('not significant');
  });
});

describe('inputs follow the shared cell rules', () => {
  it('defaults, percentages and numbers typed as text; options without regard to case; TRUE as a boolean', () => {
    expect(call('RATE_CI', 81, 263, '', '')).toEqual(call('RATE_CI', 81, 263, 0.95, 'wilson'));
    expect(call('RATE_CI', '81', column(200, 63), '95%', 'EXACT')).toEqual(call('RATE_CI', 81, 263, 0.95, 'exact'));
    expect(callIn('fa_IR', 'RATE_CI', '۸۱', '۲۶۳')).toEqual(callIn('fa_IR', 'RATE_CI', 81, 263));
    expect(call('SAMPLE_SIZE', 0.1, 0.5, '', '', true)).toBe(686);
    expect(call('SAMPLE_SIZE', 0.1, 0.05, '', '', false)).toBe(686);
    expect(call('SAMPLE_SIZE', 0.1, 0.05, '', '', 'true')).toBe(call('SAMPLE_SIZE', 0.1, 0.05, 0.8, 0.95, true));
    expect(call('NPS_CI', column(9, 10, '', 'n/a', 3), 0.9, 'Wald')).toEqual(call('NPS_CI', column(9, 10, 3), 0.9, 'wald'));
  });

  it('a part above its whole names both values, in the locale\'s digits', () => {
    expect(errorOf(() => call('RATE_CI', 101, 100))).toBe('RATE_CI: successes (101) is more than trials (100)');
    expect(errorOf(() => callIn('fa_IR', 'RATE_CI', 101, 100))).toBe('RATE_CI: successes (۱۰۱) بیشتر از trials (۱۰۰) است');
    expect(errorOf(() => callIn('ar_EG', 'AB_TEST', 5, 10, 12, 11))).toBe('AB_TEST: conversions_b (١٢) أكبر من visitors_b (١١)');
    expect(errorOf(() => callIn('ru_RU', 'AB_TEST', 12, 11, 5, 10))).toBe('AB_TEST: conversions_a (12) больше, чем visitors_a (11)');
  });

  it('counts are whole and at least 0; trials and visitors above 0', () => {
    expect(errorOf(() => call('RATE_CI', 2.5, 10))).toBe('RATE_CI: successes is 2.5, expected a whole number, 0 or more');
    expect(errorOf(() => callIn('fa_IR', 'RATE_CI', 2, -10))).toBe('RATE_CI: trials برابر -10 است، باید یک عدد صحیح 0 یا بیشتر باشد');
    expect(errorOf(() => callIn('ru_RU', 'AB_TEST', column(1, 2.5), 10, 1, 10))).toBe('AB_TEST: conversions_a строка 2 равно 2.5, ожидалось целое число, 0 или больше');
    expect(errorOf(() => call('RATE_CI', 0, 0))).toBe('RATE_CI: trials is 0, so the division has no result');
    expect(errorOf(() => callIn('ar_SA', 'AB_TEST', 0, 10, 0, 0))).toBe('AB_TEST: visitors_b يساوي 0، فلا ناتج للقسمة');
  });

  it('confidence and power lie strictly between their bounds', () => {
    expect(errorOf(() => call('RATE_CI', 1, 10, 1))).toBe('RATE_CI: confidence is 1, expected more than 0 and less than 1');
    expect(errorOf(() => callIn('fa_IR', 'MEAN_CI', column(1, 2), 0))).toBe('MEAN_CI: confidence برابر 0 است، باید بیشتر از 0 و کمتر از 1 باشد');
    expect(errorOf(() => callIn('ar_SA', 'NPS_CI', column(9), 95))).toBe('NPS_CI: confidence يساوي 95، والمتوقع أكبر من 0 وأصغر من 1');
    expect(errorOf(() => callIn('ru_RU', 'SAMPLE_SIZE', 0.1, 0.01, 0.4))).toBe('SAMPLE_SIZE: power равно 0.4, ожидалось больше 0.5 и меньше 1');
    expect(errorOf(() => call('SAMPLE_SIZE', 0.1, 0.01, 0.8, '', 'yes'))).toBe('SAMPLE_SIZE: relative is "yes", expected one of FALSE, TRUE');
    expect(errorOf(() => call('RATE_CI', 1, 10, '', 'agresti'))).toBe('RATE_CI: method is "agresti", expected one of wilson, exact');
  });

  it('scores on 0–10, at least two values for a mean, an effect that changes the rate and keeps it within 0…1', () => {
    expect(errorOf(() => call('NPS_CI', column(9, 11)))).toBe('NPS_CI: scores row 2 is 11, expected a whole number 0–10');
    expect(errorOf(() => call('NPS_CI', column('', '')))).toBe('NPS_CI: scores has no number');
    expect(errorOf(() => call('MEAN_CI', column(5, '')))).toBe('MEAN_CI: values needs at least 2 numbers');
    expect(errorOf(() => callIn('fa_IR', 'MEAN_CI', 5))).toBe('MEAN_CI: values دست‌کم 2 عدد لازم دارد');
    expect(errorOf(() => call('SAMPLE_SIZE', 0.1, 0))).toBe('SAMPLE_SIZE: minimum_effect leaves the rate at 0.1, so there is no change to detect');
    expect(errorOf(() => call('SAMPLE_SIZE', 0, 0.2, '', '', true))).toBe('SAMPLE_SIZE: minimum_effect leaves the rate at 0, so there is no change to detect');
    expect(errorOf(() => call('SAMPLE_SIZE', 0.95, 0.1))).toBe('SAMPLE_SIZE: minimum_effect takes the rate to 1.05, outside 0 to 1');
    expect(errorOf(() => callIn('fa_IR', 'SAMPLE_SIZE', 0.95, 0.1))).toBe('SAMPLE_SIZE: minimum_effect نرخ را به ۱٫۰۵ می‌رساند که بیرون از ۰ تا ۱ است');
    expect(errorOf(() => callIn('ar_SA', 'SAMPLE_SIZE', 0.5, 0))).toBe('SAMPLE_SIZE: minimum_effect يُبقي المعدل عند ٠٫٥، فلا تغيير يمكن اكتشافه');
    expect(errorOf(() => callIn('ru_RU', 'SAMPLE_SIZE', 0.5, 0.6))).toBe('SAMPLE_SIZE: minimum_effect даёт долю 1,1, вне диапазона от 0 до 1');
  });

  it('MEAN_CI: values so large that their squares overflow are refused, not spilled as infinity', () => {
    expect(errorOf(() => call('MEAN_CI', column(1e200, -1e200)))).toBe('MEAN_CI: values is not a value this model accepts');
  });
});
