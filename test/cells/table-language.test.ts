/** Every function that returns a table takes a last `language` for its header row and labels; the spreadsheet's language by default. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/cells/evaluate';
import { CATALOG, kpiById } from '../../src/kpi/catalog';

const dates = [[new Date(Date.UTC(2025, 0, 5))], [new Date(Date.UTC(2025, 1, 9))]];
const values = [[100], [250]];
const call = (locale: string, language?: string) =>
  evaluate(kpiById('PERIOD_SERIES')!, [values, dates, 'month', '', '', ...(language === undefined ? [] : [language])], { fn: 'PERIOD_SERIES', locale, timeZone: 'UTC' }) as unknown[][];

describe('the language of a table', () => {
  it('every computed table function ends with an optional language out of en, fa, ar, ru; no other function has it', () => {
    for (const entry of CATALOG) {
      const last = entry.params.at(-1);
      const hasIt = last?.name === 'language';
      expect([entry.id, hasIt]).toEqual([entry.id, entry.unit === 'table' && entry.compute !== undefined]);
      if (hasIt) expect([last.choices, last.optional]).toEqual([['en', 'fa', 'ar', 'ru'], { default: '' }]);
    }
  });

  it('PERIOD_SERIES in an en_US spreadsheet heads its columns in Persian or Russian when asked, in English by default', () => {
    expect(call('en_US')[0].slice(0, 2)).toEqual(['Period start', 'Total']);
    expect(call('en_US', 'fa')[0].slice(0, 2)).toEqual(['شروع دوره', 'جمع']);
    expect(call('fa_IR', 'ru')[0].slice(0, 2)).toEqual(['Начало периода', 'Итого']);
    expect(call('fa_IR')[0].slice(0, 2)).toEqual(['شروع دوره', 'جمع']);
    // The body does not change with the language.
    expect(call('en_US', 'ar').slice(1)).toEqual(call('en_US').slice(1));
  });

  it('an unknown language is an error naming the argument and the choices', () => {
    expect(() => call('en_US', 'de')).toThrow('PERIOD_SERIES: language is "de", expected one of en, fa, ar, ru');
  });
});
