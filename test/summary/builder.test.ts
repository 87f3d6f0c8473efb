/** The summary builder end to end on the fake spreadsheet: values in HyperFormula, portable = live, data safety, call counts. */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/kpi/catalog';
import { proposeKpis } from '../../src/summary/bindings';
import { buildSummary, rebuildSummary, selectionFacts, type BuildRequest } from '../../src/server/summary';
import { call } from '../helpers/call';
import { SAMPLE_RANGES, sampleWorkbook } from '../helpers/sample-workbook';
import { readSummary, rowsById } from '../helpers/summary';

const NOW = new Date(Date.UTC(2026, 10, 23, 12));

/** Every KPI the selection can feed, per the proposal. */
function availableKpis(fake: ReturnType<typeof sampleWorkbook>): string[] {
  fake.select(SAMPLE_RANGES);
  return proposeKpis(selectionFacts(fake), 'en').filter((p) => p.available).map((p) => p.id);
}

/** The summary's KPI rows by KPI id (with " · table" when a KPI has several rows). */
const summaryValues = (fake: ReturnType<typeof sampleWorkbook>, sheetName = 'KPI Summary') => rowsById(readSummary(fake, sheetName).rows);

const request = (kpis: string[], mode: BuildRequest['mode'], period: BuildRequest['period'] = 'none'): BuildRequest => ({
  ranges: SAMPLE_RANGES,
  kpis,
  mode,
  period,
  language: 'en',
  targets: { CAC: 600, NPS: 30, ROI: 2, BOUNCE_RATE: 0.01 },
});

describe('the summary builder on the sample workbook', () => {
  const fake = sampleWorkbook();
  const kpis = availableKpis(fake);

  it('recognises the columns and proposes at least 25 KPIs, saying what the others need', () => {
    expect(kpis.length).toBeGreaterThanOrEqual(25);
    const proposals = proposeKpis(selectionFacts(fake), 'en');
    expect(proposals.find((p) => p.id === 'CHURN')).toMatchObject({ available: false, needs: expect.stringMatching(/^needs an? .+ column$/) });
  });

  it('portable and live summaries agree to 1e-9 and match the TypeScript for every KPI, over 12 months', () => {
    buildSummary(fake, request(kpis, 'portable', 'month'), NOW);
    const portable = summaryValues(fake);
    buildSummary(fake, request(kpis, 'live', 'month'), NOW);
    const live = summaryValues(fake);
    buildSummary(fake, request(kpis, 'values', 'month'), NOW);
    const snapshot = summaryValues(fake);
    const rowKpis = kpis.filter((id) => CATALOG.find((k) => k.id === id)!.unit !== 'table');
    expect(portable.size).toBe(rowKpis.length);
    for (const id of rowKpis) {
      const [p, l, v] = [portable.get(id)!, live.get(id)!, snapshot.get(id)!];
      expect(p.periods.length, id).toBe(12);
      [p.value, ...p.periods].forEach((a, column) => {
        const [b, c] = [[l.value, ...l.periods][column], [v.value, ...v.periods][column]];
        if (typeof a !== 'number') {
          expect(a, `${id} column ${column}`).toBe('');
          expect([b, c], `${id} column ${column}: ${a} vs ${b}`).toEqual(['', '']);
          return;
        }
        for (const other of [b, c]) {
          expect(typeof other, `${id} column ${column}`).toBe('number');
          expect(Math.abs((other as number) - a), `${id} column ${column}`).toBeLessThanOrEqual(Math.max(1e-12, 1e-9 * Math.abs(a)));
        }
      });
    }
    // The worked numbers: the summary's value is the function's value.
    const costs = Array.from({ length: 12 }, (_, i) => [10_000 + 500 * i]);
    const customers = Array.from({ length: 12 }, (_, i) => [20 + (i % 5)]);
    expect(portable.get('CAC')!.value).toBeCloseTo(call('CAC', costs, customers) as number, 9);
    expect(portable.get('NPS')!.value).toBeCloseTo(call('NPS', [[10], [9], [9], [8], [7], [6], [10], [3], [9], [8], [5], [10], [9], [2], [7], [9], [10], [8], [9], [6]]) as number, 9);
    // NPS 10 from 20 answers: its 95% interval holds the target 30.
    expect(portable.get('NPS')!.status).toBe('Too close to call');
    expect(portable.get('BOUNCE_RATE')!.status).toBe('Off track');
  });

  it('never changes the user data: every other sheet, cell and formula is byte for byte the same after builds and rebuilds', () => {
    const before = JSON.stringify(fake.snapshot().sheets.filter((s: { name: string }) => !s.name.startsWith('KPI Summary')));
    buildSummary(fake, request(kpis.slice(0, 5), 'live', 'quarter'), NOW);
    rebuildSummary(fake, NOW);
    buildSummary(fake, request(kpis, 'portable'), NOW);
    const after = JSON.stringify(fake.snapshot().sheets.filter((s: { name: string }) => !s.name.startsWith('KPI Summary')));
    expect(after).toBe(before);
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Campaigns', 'NPS survey', 'E-mail', 'KPI Summary']);
  });

  it('reads each sheet\'s metadata as often to rebuild as to build again: the rebuild finds its summary and builds from one read', () => {
    const metadataReads = (step: () => void): number => {
      fake.resetCalls();
      step();
      return fake.calls().counts['Sheet.getDeveloperMetadata'] ?? 0;
    };
    const first = buildSummary(fake, request(kpis.slice(0, 3), 'live'), NOW);
    const again = metadataReads(() => buildSummary(fake, request(kpis.slice(0, 3), 'live'), NOW, { sheetId: first.sheetId }));
    const rebuild = metadataReads(() => rebuildSummary(fake, NOW));
    expect(again).toBeGreaterThanOrEqual(fake.spreadsheet.getSheets().length);
    expect(rebuild).toBe(again);
  });

  it('costs the same service calls for every KPI over 12 months as for 3 KPIs without periods, but for one per named range and chart', () => {
    const count = (kpiIds: string[], period: BuildRequest['period']) => {
      buildSummary(fake, request(kpiIds, 'portable', period), NOW);
      fake.resetCalls();
      buildSummary(fake, request(kpiIds, 'portable', period), NOW);
      const names = fake.spreadsheet.getNamedRanges().length;
      return { ...fake.calls(), names };
    };
    const small = count(['CAC', 'CPC', 'NPS'], 'none');
    const large = count(kpis, 'month');
    console.info(`service calls: ${small.total} for 3 KPIs without periods (${small.names} named ranges), ${large.total} for ${kpis.length} KPIs over 12 months (${large.names} named ranges, 1 chart)`);
    const perName = ['Spreadsheet.getRange', 'Spreadsheet.setNamedRange', 'NamedRange.getName'];
    const perChart = (key: string): boolean => key.startsWith('EmbeddedChartBuilder.') || ['Sheet.newChart', 'Sheet.insertChart', 'Sheet.removeChart', 'Sheet.getRange', 'EmbeddedChart.getChartId'].includes(key);
    for (const key of new Set([...Object.keys(small.counts), ...Object.keys(large.counts)])) {
      const difference = (large.counts[key] ?? 0) - (small.counts[key] ?? 0);
      if (perName.includes(key)) expect(difference, key).toBe(large.names - small.names);
      else if (perChart(key)) expect(difference, key).toBeLessThanOrEqual(2);
      // One width for all the period columns and one for the trend column, whatever the number of KPIs.
      else if (key === 'Sheet.setColumnWidths') expect(difference, key).toBe(2);
      else expect(difference, key).toBe(0);
    }
  });
});

describe('table sections', () => {
  /** The rows under a table section's title, until a blank first cell. */
  function section(fake: ReturnType<typeof sampleWorkbook>, title: string): unknown[][] {
    const rows = fake.spreadsheet.getSheetByName('KPI Summary')!.getDataRange().getValues();
    const start = rows.findIndex((row) => row[0] === title) + 1;
    const end = rows.findIndex((row, i) => i >= start && row[0] === '');
    return rows.slice(start, end < 0 ? undefined : end).map((row) => row.filter((_, c) => c < 5));
  }

  it('PERIOD_SERIES and a stage FUNNEL spill live and equal their values-mode snapshot; the funnel gets a bar chart', () => {
    const deals = [['Deal', 'Stage', 'Amount', 'Date'], ...['Lead', 'Lead', 'MQL', 'SQL', 'Lead', 'Customer', 'MQL'].map((stage, i) => [`d${i}`, stage, 100 * (i + 1), new Date(Date.UTC(2025, i, 3))])];
    const build = (mode: BuildRequest['mode']) => {
      const fake = sampleWorkbook([{ name: 'Deals', values: deals }]);
      buildSummary(fake, { ranges: ["'Deals'!A1:D8"], kpis: ['FUNNEL', 'PERIOD_SERIES', 'TOTAL_SALES'], mode, period: 'quarter', language: 'en' }, NOW);
      return fake;
    };
    const live = build('live');
    const values = build('values');
    for (const title of ['Sales funnel', 'Period series']) {
      const a = section(live, title);
      expect(a.length, title).toBeGreaterThan(2);
      expect(a, title).toEqual(section(values, title));
    }
    expect(section(live, 'Sales funnel').map((row) => row.slice(0, 2))).toEqual([['Stage', 'Count'], ['Lead', 3], ['MQL', 2], ['SQL', 1], ['Customer', 1]]);
    expect(live.writes().some((w) => w.kind === 'chart')).toBe(true);
  });
});

describe('cohort, churn and new-customer tables', () => {
  const utc = (m: number, d: number) => new Date(Date.UTC(2025, m, d));
  const orders = [['Customer ID', 'Order date', 'Amount'], ...Array.from({ length: 60 }, (_, i) => [`c${i % 17}`, utc(i % 9, 1 + ((i * 7) % 27)), 20 + ((i * 13) % 80)])];
  const subscriptions = [['Customer', 'Start date', 'End date'], ...Array.from({ length: 30 }, (_, i) => [`s${i}`, utc(i % 6, 1 + (i % 20)), i % 3 === 0 ? '' : utc(6 + (i % 4), 2 + (i % 25))])];
  const sheets = [{ name: 'Orders', values: orders }, { name: 'Subscriptions', values: subscriptions }];
  const ranges = ["'Orders'!A1:C61", "'Subscriptions'!A1:C31"];
  const kpis = ['COHORT_RETENTION', 'CHURN_BY_PERIOD', 'NEW_CUSTOMERS'];

  it('are proposed from customer ids, order dates and subscription dates, and spill live exactly as their values-mode snapshot, variants included', () => {
    const proposalsFake = sampleWorkbook(sheets);
    proposalsFake.select(ranges);
    const available = proposeKpis(selectionFacts(proposalsFake), 'en').filter((p) => p.available).map((p) => p.id);
    expect(available).toEqual(expect.arrayContaining([...kpis, 'CLV_FORECAST']));
    const variants = { COHORT_RETENTION: 'count', CHURN_BY_PERIOD: 'average' };
    const build = (mode: BuildRequest['mode']) => {
      const fake = sampleWorkbook(sheets);
      buildSummary(fake, { ranges, kpis, mode, period: 'month', language: 'en', variants }, NOW);
      return fake.spreadsheet.getSheetByName('KPI Summary')!.getDataRange().getValues();
    };
    const live = build('live');
    const values = build('values');
    /** The rows under a section's title until its first blank row. */
    const sectionOf = (rows: unknown[][], title: string): unknown[][] => {
      const start = rows.findIndex((row) => row[0] === title) + 1;
      const end = rows.findIndex((row, i) => i > start && row[0] === '');
      return rows.slice(start, end < 0 ? undefined : end);
    };
    let compared = 0;
    for (const title of ['Cohort retention', 'Churn by period', 'New customers']) {
      const a = sectionOf(live, title);
      const b = sectionOf(values, title);
      expect(a.length, title).toBeGreaterThan(2);
      expect(a.length, title).toBe(b.length);
      a.forEach((row, r) => row.forEach((cell, c) => {
        const other = b[r][c];
        if (typeof cell === 'number') {
          expect(Math.abs(cell - (other as number)), `${title} row ${r} column ${c}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(cell)));
          compared++;
        } else if (cell instanceof Date) expect((other as Date).getTime(), `${title} row ${r} column ${c}`).toBe(cell.getTime());
        else expect(other, `${title} row ${r} column ${c}`).toEqual(cell);
      }));
    }
    expect(compared).toBeGreaterThan(100);
    const cohortTitle = live.findIndex((row) => row[0] === 'Cohort retention');
    // measure "count": whole numbers of customers, not shares
    expect(live[cohortTitle + 2].slice(2, 5).every((n) => Number.isInteger(n))).toBe(true);
    expect(live[cohortTitle + 2][1]).toBe(live[cohortTitle + 2][2]);
  });
});

describe('a sheet of the summary\'s name that is not ours', () => {
  it('stays untouched; the summary takes a new name, and a rebuild rewrites only the summary', () => {
    const fake = sampleWorkbook([{ name: 'KPI Summary', values: [['My own notes'], ['keep me']] }]);
    const before = JSON.stringify(fake.snapshot());
    const first = buildSummary(fake, { ranges: SAMPLE_RANGES, kpis: ['CAC'], mode: 'portable', period: 'none', language: 'en' }, NOW);
    expect(first.sheetName).toBe('KPI Summary (2)');
    expect(fake.spreadsheet.getSheetByName('KPI Summary')!.getDataRange().getValues()).toEqual([['My own notes'], ['keep me']]);
    expect(rebuildSummary(fake, NOW).sheetName).toBe('KPI Summary (2)');
    const userSheets = (snapshot: string) => JSON.stringify(JSON.parse(snapshot).sheets.filter((s: { name: string }) => s.name !== 'KPI Summary (2)'));
    expect(userSheets(JSON.stringify(fake.snapshot()))).toBe(userSheets(before));
  });
});

describe('many periods', () => {
  it('grows the summary sheet past its 26 columns for weekly periods over a year', () => {
    const fake = sampleWorkbook();
    buildSummary(fake, { ranges: SAMPLE_RANGES, kpis: ['CAC', 'TOTAL_SALES'], mode: 'portable', period: 'week', language: 'en' }, NOW);
    const sheet = fake.spreadsheet.getSheetByName('KPI Summary')!;
    expect(sheet.getLastColumn()).toBeGreaterThan(50);
    const sales = readSummary(fake).rows.find((row) => row.id === 'TOTAL_SALES')!;
    // ISO weeks from the week of 2025-01-01 (starting Monday 2024-12-30) to the week of 2025-12-01.
    expect(sales.periods.length).toBe(49);
    const weekly = sales.periods.filter((value): value is number => typeof value === 'number');
    expect(weekly.reduce((sum, value) => sum + value, 0)).toBeCloseTo(sales.value as number, 6);
  });
});

describe('text from the sheet stays text', () => {
  it('a header that looks like a formula or HTML is written as plain text', () => {
    const fake = sampleWorkbook([{ name: 'Odd', values: [["'=IMPORTXML(\"http://x\")", '<b>cost</b>', 'Leads'], [1, 100, 10], [2, 300, 20]] }]);
    fake.select(["'Odd'!A1:C3"]);
    buildSummary(fake, { ranges: ["'Odd'!A1:C3"], kpis: ['CPL'], mode: 'portable', period: 'none', language: 'en' }, NOW);
    const { rows, formulas } = readSummary(fake);
    const cpl = rows.find((row) => row.id === 'CPL')!;
    expect(cpl.value).toBe(400 / 30);
    expect(String(cpl.inputs)).toContain('<b>cost</b>');
    expect(cpl.formulas.at(-1)).toBe('');
    expect(formulas.flat().some((f) => f.includes('IMPORTXML'))).toBe(false);
  });

  it('a range that no longer exists and a selection with nothing recognisable get a message that says what to do', () => {
    const fake = sampleWorkbook([{ name: 'Notes', values: [['Foo', 'Bar'], ['x', 'y']] }]);
    expect(() => buildSummary(fake, { ranges: ["'Gone'!A1:B5"], kpis: ['CAC'], mode: 'live', period: 'none', language: 'en' }, NOW)).toThrow(
      `The range 'Gone'!A1:B5 no longer exists (its sheet was deleted or renamed). Select your data again and choose "Use selection".`,
    );
    expect(() => buildSummary(fake, { ranges: ["'Notes'!A1:B2"], kpis: ['CAC'], mode: 'live', period: 'none', language: 'en' }, NOW)).toThrow(/^Nothing in 'Notes'!A1:B2 is recognised as KPI input \(seen: /);
  });
});
