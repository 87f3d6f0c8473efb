import { describe, expect, it } from 'vitest';
import { chartSeries, chartTable, type ChartView } from '../../src/local/fake/index';
import { detectHeaderRows, mergeRanges, transpose } from '../../src/local/fake/charts';
import { createFakeSpreadsheet } from '../../src/local/fake/index';

const JAN = new Date(Date.UTC(2024, 0, 1));
const FEB = new Date(Date.UTC(2024, 1, 1));
const MAR = new Date(Date.UTC(2024, 2, 1));

/** A chart view over named grids ('A' → values), with Sheets' defaults unless overridden. */
function view(ranges: string[], options: Partial<ChartView> = {}): ChartView {
  return {
    id: 1,
    type: 'LINE',
    ranges,
    transposeRowsAndColumns: false,
    mergeStrategy: 'MERGE_COLUMNS',
    numHeaders: -1,
    options: {},
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    ...options,
  };
}

/** A trend chart's two ranges: the header row of period starts and one KPI row. */
const TREND: Record<string, unknown[][]> = {
  periods: [[JAN, FEB, MAR]],
  values: [[120, 95, 140]],
};
const readTrend = (a1: string): unknown[][] => TREND[a1];

describe('chartSeries: how Sheets turns a chart’s ranges into series', () => {
  it('two 1-row ranges, MERGE_ROWS and transposed: one series over the periods', () => {
    const data = chartSeries(view(['periods', 'values'], { mergeStrategy: 'MERGE_ROWS', transposeRowsAndColumns: true }), readTrend);
    expect(data).toEqual({ headerRows: 0, domain: [JAN, FEB, MAR], series: [{ values: [120, 95, 140] }] });
  });

  it('the same ranges with the defaults (MERGE_COLUMNS, not transposed) are not one series over the periods', () => {
    const data = chartSeries(view(['periods', 'values']), readTrend);
    // Side by side: one row of six cells, so one domain point and five one-point series.
    expect(chartTable(view(['periods', 'values']), readTrend)).toEqual([[JAN, FEB, MAR, 120, 95, 140]]);
    expect(data.domain).toEqual([JAN]);
    expect(data.series).toHaveLength(5);
    expect(data.series.every((s) => s.values.length === 1)).toBe(true);
  });

  it('MERGE_ROWS without transposing is not one series either: the periods become one point each', () => {
    const data = chartSeries(view(['periods', 'values'], { mergeStrategy: 'MERGE_ROWS' }), readTrend);
    expect(data.domain).toEqual([JAN, 120]);
    expect(data.series).toEqual([{ values: [FEB, 95] }, { values: [MAR, 140] }]);
  });

  it('a funnel block (stage, count) with a header row: one series over the stages, labelled by its header', () => {
    const funnel = [
      ['Stage', 'Count'],
      ['Visits', 1000],
      ['Leads', 200],
      ['Customers', 30],
    ];
    const data = chartSeries(view(['funnel'], { type: 'BAR' }), () => funnel);
    expect(data).toEqual({ headerRows: 1, domainLabel: 'Stage', domain: ['Visits', 'Leads', 'Customers'], series: [{ label: 'Count', values: [1000, 200, 30] }] });
    // numHeaders set explicitly wins over detection.
    expect(chartSeries(view(['funnel'], { numHeaders: 0 }), () => funnel).domain).toEqual(['Stage', 'Visits', 'Leads', 'Customers']);
  });

  it('numHeaders counts header rows after merging and transposing; the last one labels the series', () => {
    const periodsWithLabel = [['Period', JAN, FEB]];
    const valuesWithLabel = [['CAC', 40, 38]];
    const data = chartSeries(view(['p', 'v'], { mergeStrategy: 'MERGE_ROWS', transposeRowsAndColumns: true, numHeaders: 1 }), (a1) =>
      a1 === 'p' ? periodsWithLabel : valuesWithLabel,
    );
    expect(data).toEqual({ headerRows: 1, domainLabel: 'Period', domain: [JAN, FEB], series: [{ label: 'CAC', values: [40, 38] }] });
    // Detection finds the same header: text over numbers and dates.
    expect(chartSeries(view(['p', 'v'], { mergeStrategy: 'MERGE_ROWS', transposeRowsAndColumns: true }), (a1) => (a1 === 'p' ? periodsWithLabel : valuesWithLabel)).headerRows).toBe(1);
  });

  it('merging pads short and narrow ranges with blanks; transpose switches rows and columns', () => {
    expect(mergeRanges([[[1, 2]], [[3], [4]]], 'MERGE_COLUMNS')).toEqual([
      [1, 2, 3],
      ['', '', 4],
    ]);
    expect(mergeRanges([[[1, 2]], [[3], [4]]], 'MERGE_ROWS')).toEqual([
      [1, 2],
      [3, ''],
      [4, ''],
    ]);
    expect(transpose([[1, 2, 3], [4, 5, 6]])).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
  });

  it('header detection: text over numbers is a header; text under text, numbers on top or a single row are not', () => {
    expect(detectHeaderRows([['x', 'Cost'], ['a', 1]])).toBe(1);
    expect(detectHeaderRows([['x', 'Cost'], ['a', 'b']])).toBe(0);
    expect(detectHeaderRows([['x', 5], ['a', 1]])).toBe(0);
    expect(detectHeaderRows([['x', 'Cost']])).toBe(0);
    expect(detectHeaderRows([['x', ''], ['a', 1]])).toBe(0);
  });
});

describe('the fake records chart options', () => {
  it('defaults, the three data options, ranges as A1 with their sheet, and series read from the cells', () => {
    const fake = createFakeSpreadsheet({ sheets: [{ name: "O'Brien", values: [['', JAN, FEB, MAR], [], ['CAC', 120, 95, 140]] }] });
    const sheet = fake.spreadsheet.getSheets()[0];
    sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:B4')).build());
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(fake.Charts.ChartType.LINE)
        .addRange(sheet.getRange('B1:D1'))
        .addRange(sheet.getRange('B3:D3'))
        .addRange(sheet.getRange('B3:D3'))
        .setMergeStrategy(fake.Charts.ChartMergeStrategy.MERGE_ROWS)
        .setTransposeRowsAndColumns(true)
        .setNumHeaders(0)
        .setOption('title', 'CAC')
        .setPosition(6, 2, 0, 0)
        .build(),
    );
    const [plain, trend] = fake.charts("O'Brien");
    expect(plain).toMatchObject({ id: 1, type: 'LINE', ranges: ["'O''Brien'!A1:B4"], transposeRowsAndColumns: false, mergeStrategy: 'MERGE_COLUMNS', numHeaders: -1 });
    expect(trend).toEqual({
      id: 2,
      type: 'LINE',
      ranges: ["'O''Brien'!B1:D1", "'O''Brien'!B3:D3"],
      transposeRowsAndColumns: true,
      mergeStrategy: 'MERGE_ROWS',
      numHeaders: 0,
      options: { title: 'CAC' },
      position: { row: 6, column: 2, offsetX: 0, offsetY: 0 },
    });
    fake.resetCalls();
    expect(chartSeries(trend, fake.readValues)).toEqual({ headerRows: 0, domain: [JAN, FEB, MAR], series: [{ values: [120, 95, 140] }] });
    expect(fake.calls().total).toBe(0);
    expect(() => sheet.newChart().setMergeStrategy('SIDEWAYS' as unknown as GoogleAppsScript.Charts.ChartMergeStrategy)).toThrow('setMergeStrategy');
    expect(() => sheet.newChart().setNumHeaders(1.5)).toThrow('setNumHeaders');
  });
});
