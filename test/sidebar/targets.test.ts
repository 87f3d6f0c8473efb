/** Targets typed in the spreadsheet's locale: grouping marks, Persian digits, percentages, Range KPI bands. */
import { describe, expect, it } from 'vitest';
import { formatTargetNumber, parseKpiTarget, parseTarget, targetExample, targetText } from '../../src/sidebar/targets';

const value = (text: string, unit: Parameters<typeof parseTarget>[1] = 'money', locale = 'en_US') => {
  const parsed = parseTarget(text, unit, locale);
  return parsed.ok ? parsed.value : parsed.problem;
};

describe('target parsing', () => {
  it('reads grouped numbers in the locale', () => {
    expect(value('25,000')).toBe(25000);
    expect(value('25 000')).toBe(25000);
    expect(value('25\u00a0000,5', 'money', 'ru_RU')).toBe(25000.5);
    expect(value('1234,5', 'money', 'de_DE')).toBe(1234.5);
    expect(value('  500 ')).toBe(500);
    expect(value('-3.5', 'number')).toBe(-3.5);
  });

  it('reads Persian and Arabic-Indic digits', () => {
    expect(value('۲۵٬۰۰۰', 'money', 'fa_IR')).toBe(25000);
    expect(value('۱۲٫۵', 'number', 'fa_IR')).toBe(12.5);
    expect(value('٢٥٠٠٠', 'money', 'ar_EG')).toBe(25000);
  });

  it('reads a percentage KPI target as a percent, with or without the sign', () => {
    expect(value('12%', 'percentage')).toBe(0.12);
    expect(value('12', 'percentage')).toBe(0.12);
    expect(value('12,5 %', 'percentage', 'ru_RU')).toBe(0.125);
    expect(value('۱۲٪', 'percentage', 'fa_IR')).toBe(0.12);
    expect(value('33.3%', 'percentage')).toBe(0.333);
    expect(value('300%', 'ratio')).toBe(3);
  });

  it('blank is no target; text, ambiguous marks and a % on a money KPI are problems', () => {
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
    expect(value('abc')).toBe('unreadable');
    expect(value('12abc')).toBe('unreadable');
    expect(value('1.234', 'money', 'de_DE')).toBe('unreadable');
    expect(value('1,2,3')).toBe('unreadable');
    expect(value('12%', 'money')).toBe('percent');
    expect(value('=1+1')).toBe('unreadable');
  });

  it('a Range KPI takes both ends or neither, low not above high', () => {
    const kpi = { unit: 'percentage' as const, direction: 'range' as const };
    expect(parseKpiTarget({ value: '', low: '10%', high: '20' }, kpi, 'en_US')).toEqual({ ok: true, value: [0.1, 0.2] });
    expect(parseKpiTarget({ value: '', low: '', high: '' }, kpi, 'en_US')).toEqual({ ok: true, value: null });
    expect(parseKpiTarget({ value: '', low: '10', high: '' }, kpi, 'en_US')).toEqual({ ok: false, problem: 'bothBounds' });
    expect(parseKpiTarget({ value: '', low: '30', high: '20' }, kpi, 'en_US')).toEqual({ ok: false, problem: 'lowAboveHigh' });
    expect(parseKpiTarget({ value: '', low: 'x', high: '20' }, kpi, 'en_US')).toEqual({ ok: false, problem: 'unreadable' });
    expect(parseKpiTarget({ value: '500', low: '', high: '' }, { unit: 'money', direction: 'minimize' }, 'en_US')).toEqual({ ok: true, value: 500 });
  });

  it.each(['en_US', 'ru_RU', 'de_DE', 'fr_FR', 'fa_IR', 'ar_SA', 'ar_EG', 'en_ZA', 'xx_YY'])('formats saved targets so they read back in %s', (locale) => {
    for (const [n, unit] of [[25000.5, 'money'], [0.125, 'percentage'], [-3, 'number'], [0.07, 'percentage'], [1.5, 'ratio']] as const) {
      const text = formatTargetNumber(n, unit, locale);
      expect(parseTarget(text, unit, locale), `${n} ${unit} as "${text}"`).toEqual({ ok: true, value: n });
    }
    expect(parseTarget(targetExample('money', locale), 'money', locale).ok).toBe(true);
  });

  it('writes Persian digits for fa_IR and a % for percentage KPIs', () => {
    expect(formatTargetNumber(25000, 'money', 'fa_IR')).toBe('۲۵۰۰۰');
    expect(formatTargetNumber(0.12, 'percentage', 'en_US')).toBe('12%');
    expect(targetText([0.1, 0.2], 'percentage', 'en_US')).toEqual({ value: '', low: '10%', high: '20%' });
    expect(targetText(undefined, 'money', 'en_US')).toEqual({ value: '', low: '', high: '' });
  });
});
