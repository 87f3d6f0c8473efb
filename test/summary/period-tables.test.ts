/** A period table's reserved rows count the periods the function will spill: in the locale's calendar and weeks. */
import { describe, expect, it } from 'vitest';
import { kpiById } from '../../src/kpi/catalog';
import type { BoundColumn } from '../../src/summary/bindings';
import { describeRange } from '../../src/summary/facts';
import { tableSection } from '../../src/summary/tables';
import { callIn } from '../helpers/call';

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describe('period table sections', () => {
  // 1 January – 30 March 2025 (a Sunday): three Gregorian months, four Solar Hijri ones (Dey, Bahman, Esfand 1403, Farvardin 1404).
  const values = [['Date', 'Revenue'], [utc(2025, 1, 1), 10], [utc(2025, 2, 14), 20], [utc(2025, 3, 30), 30]];

  it.each([
    ['en_US', 'month', 3],
    ['fa_IR', 'month', 4],
    ['fa_IR', 'quarter', 2], // winter 1403 and spring 1404
    ['en_US', 'quarter', 1],
    ['ru_RU', 'week', 13], // Monday weeks: 30 Dec … 24 Mar
    ['en_US', 'week', 14], // Sunday weeks: 29 Dec … 30 Mar
    ['fa_IR', 'week', 14], // Saturday weeks: 28 Dec … 29 Mar
  ] as const)('%s, %s: %i periods and a header, as the function spills them', (locale, period, count) => {
    const range = describeRange({ sheetName: 'Data', row: 1, column: 1, values }, locale, {}, 'UTC');
    const bound: BoundColumn[] = [{ range, column: range.columns[1] }, { range, column: range.columns[0] }];
    const entry = kpiById('PERIOD_SERIES')!;
    const section = tableSection(entry, bound, ['kpi_revenue', 'kpi_date'], period, undefined, { values: false, locale, timeZone: 'UTC', cellsOf: () => [] });
    expect(section.formula).toBe(`=PERIOD_SERIES(kpi_revenue,kpi_date,"${period}")`);
    expect(section.rows).toBe(count + 1);
    const spilled = callIn(locale, 'PERIOD_SERIES', values.slice(1).map((row) => [row[1]]), values.slice(1).map((row) => [row[0]]), period) as unknown[][];
    expect(spilled).toHaveLength(section.rows);
  });
});
