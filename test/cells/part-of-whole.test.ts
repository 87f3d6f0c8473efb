/** Where the catalog makes the numerator a part of the denominator, a part above its whole is an error naming both, in both forms. */
import { HyperFormula } from 'hyperformula';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG, kpiById } from '../../src/kpi/catalog';
import type { Kpi, NativeTerms } from '../../src/kpi/types';
import { callIn, column, errorOf } from '../helpers/call';

const BOUNDED = CATALOG.filter((entry) => entry.bounded);

/** Arguments with the whole at 100, the subtracted term (when any) at 7 and the part at 100 + 7 + `over`; other parameters 1. */
function argsOf(entry: Kpi, over: number): number[] {
  const { part, minus, whole } = entry.bounded!;
  return entry.params
    .filter((param) => !param.optional)
    .map((param) => (param.name === whole ? 100 : param.name === minus ? 7 : param.name === part ? 100 + (minus ? 7 : 0) + over : 1));
}

const partLabel = (entry: Kpi): string => (entry.bounded!.minus ? `${entry.bounded!.part} − ${entry.bounded!.minus}` : entry.bounded!.part);

describe('the catalog marks the KPIs whose numerator is a part of the denominator', () => {
  it('these and no others', () => {
    expect(BOUNDED.map((entry) => entry.id).sort()).toEqual(
      ['BOUNCE_RATE', 'CHURN', 'CONVERSION_RATE', 'DELIVERY_RATE', 'FORM_CONVERSION', 'LEAD_TO_MQL', 'LOST_SALES_RATE', 'MQL_TO_SQL', 'RETENTION', 'SOCIAL_LEAD_SHARE', 'TRIAL_CONVERSION', 'UNSUBSCRIBE_RATE', 'WIN_RATE'].sort(),
    );
    expect(kpiById('CHURN')!.bounded).toEqual({ part: 'lost', whole: 'customers_at_start' });
    expect(kpiById('RETENTION')!.bounded).toEqual({ part: 'customers_end', minus: 'new_customers', whole: 'customers_start' });
  });

  it('each names count parameters of its own', () => {
    for (const entry of BOUNDED) {
      const { part, minus, whole } = entry.bounded!;
      for (const name of [part, whole, ...(minus ? [minus] : [])]) expect(entry.params.find((param) => param.name === name)?.kind, `${entry.id} ${name}`).toBe('count');
    }
  });
});

describe('the cell boundary refuses a part above its whole', () => {
  for (const entry of BOUNDED) {
    it(`${entry.id}: just above is an error naming both values, equal is 100%`, () => {
      expect(errorOf(() => callIn('en_US', entry.id, ...argsOf(entry, 1)))).toBe(`${entry.id}: ${partLabel(entry)} (101) is more than ${entry.bounded!.whole} (100)`);
      expect(errorOf(() => callIn('en_US', entry.id, ...argsOf(entry, 0.5)))).toBe(`${entry.id}: ${partLabel(entry)} (100.5) is more than ${entry.bounded!.whole} (100)`);
      expect(callIn('en_US', entry.id, ...argsOf(entry, 0))).toBe(1);
      expect(callIn('en_US', entry.id, ...argsOf(entry, -1))).toBeCloseTo(0.99, 12);
    });
  }

  it('in the four languages, the numbers in the locale’s digits', () => {
    expect(errorOf(() => callIn('en_US', 'CHURN', 400, 300))).toBe('CHURN: lost (400) is more than customers_at_start (300)');
    expect(errorOf(() => callIn('fa_IR', 'CHURN', '۴۰۰', '۳۰۰'))).toBe('CHURN: lost (۴۰۰) بیشتر از customers_at_start (۳۰۰) است');
    expect(errorOf(() => callIn('ar_EG', 'CHURN', 400, 300))).toBe('CHURN: lost (٤٠٠) أكبر من customers_at_start (٣٠٠)');
    expect(errorOf(() => callIn('ru_RU', 'CHURN', 400.5, 300))).toBe('CHURN: lost (400,5) больше, чем customers_at_start (300)');
    expect(errorOf(() => callIn('ru_RU', 'RETENTION', 130, 20, 100))).toBe('RETENTION: customers_end − new_customers (110) больше, чем customers_start (100)');
  });

  it('sums ranges first, and leaves the other errors as they were', () => {
    expect(errorOf(() => callIn('en_US', 'WIN_RATE', column(10, 20, 5), column(30, '')))).toBe('WIN_RATE: won (35) is more than opportunities (30)');
    expect(callIn('en_US', 'WIN_RATE', column(10, 20), column(15, 15))).toBe(1);
    expect(errorOf(() => callIn('en_US', 'CHURN', 5, 0))).toBe('CHURN: customers_at_start is 0, so the division has no result');
    expect(errorOf(() => callIn('en_US', 'RETENTION', 10, 20, 5))).toBe('RETENTION: customers_end is less than new_customers');
  });

  it('a status column in place of the part is a part by construction', () => {
    const statuses = column('won', 'won', 'lost', 'open');
    expect(callIn('en_US', 'WIN_RATE', statuses)).toBe(0.5);
    expect(callIn('en_US', 'LOST_SALES_RATE', statuses, '', 'closed')).toBeCloseTo(1 / 3, 12);
  });
});

describe('the native form gives #N/A where the function refuses, and the same rate otherwise', () => {
  const engine = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  afterAll(() => engine.destroy());
  const sheet = engine.getSheetId(engine.addSheet('Data'))!;
  /** The native formula over one cell per parameter (A1, A2, …), evaluated in HyperFormula. */
  function native(entry: Kpi, values: number[]): unknown {
    const cell = (i: number): string => `Data!A${i + 1}`;
    const terms: NativeTerms = { sum: (i) => `SUM(${cell(i)})`, count: (i) => `COUNT(${cell(i)})`, countIf: (i, criterion) => `COUNTIF(${cell(i)},${criterion})` };
    engine.setSheetContent(sheet, [...values.map((value) => [value]), [`=${entry.native!(terms)}`]]);
    return engine.getCellValue({ sheet, row: values.length, col: 0 });
  }

  for (const entry of BOUNDED.filter((e) => e.native)) {
    it(entry.id, () => {
      expect(native(entry, argsOf(entry, 1))).toMatchObject({ type: 'NA' });
      expect(native(entry, argsOf(entry, 0))).toBe(1);
      expect(native(entry, argsOf(entry, -1))).toBeCloseTo(callIn('en_US', entry.id, ...argsOf(entry, -1)) as number, 12);
    });
  }
});
