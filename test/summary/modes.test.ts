/** Live rows are one call each; portable formulas use only functions every program has; empty periods are blank; charts are one series. */
import { describe, expect, it } from 'vitest';
import { customFunctions, kpiById } from '../../src/kpi/catalog';
import { chartSeries } from '../../src/local/fake';
import { buildSummary, selectionFacts, type BuildRequest } from '../../src/server/summary';
import { proposeKpis } from '../../src/summary/bindings';
import { layoutFor } from '../../src/summary/layout';
import { MAX_CELL_TEXT } from '../../src/summary/plan';
import { cellsCalling, functionsIn, isPortable, PORTABLE_FUNCTIONS } from '../../src/summary/portable';
import { SAMPLE_RANGES, sampleWorkbook } from '../helpers/sample-workbook';
import { readSummary } from '../helpers/summary';

const NOW = new Date(Date.UTC(2026, 11, 1));
const CUSTOM = new Set(customFunctions().map((entry) => entry.id));

/** Every KPI the sample selection feeds, rows and tables. */
function everyKpi(fake: ReturnType<typeof sampleWorkbook>, ranges = SAMPLE_RANGES): string[] {
  fake.select(ranges);
  return proposeKpis(selectionFacts(fake), 'en').filter((p) => p.available).map((p) => p.id);
}

/** An NPS survey with answers in January, March and June only, and a campaign table over the same half year. */
function gappySurvey() {
  const day = (month: number, d: number) => new Date(Date.UTC(2025, month, d));
  const answers = [[0, 10], [0, 9], [0, 3], [2, 10], [2, 6], [5, 9], [5, 9], [5, 2]].map(([month, score], i) => [day(month, 3 + i), score]);
  return sampleWorkbook([{ name: 'Survey', values: [['Date', 'Score'], ...answers] }]);
}

describe('live mode: one custom-function call per KPI row, whatever the number of periods', () => {
  it('every KPI of the sample over 12 months: at most one call per row and one per table, and the periods spill from it', () => {
    const fake = sampleWorkbook();
    const kpis = everyKpi(fake);
    const result = buildSummary(fake, { ranges: SAMPLE_RANGES, kpis, mode: 'live', period: 'month', language: 'en' }, NOW);
    const { rows, formulas } = readSummary(fake);
    const tables = kpis.filter((id) => kpiById(id)!.unit === 'table').length;
    const calls = cellsCalling(formulas, CUSTOM);
    console.info(`live summary of the test sample, monthly: ${calls} custom-function calls for ${rows.length} KPI rows and ${tables} tables`);
    expect(calls).toBeLessThanOrEqual(rows.length + tables);
    for (const row of rows) {
      const calling = row.formulas.filter((formula) => formula.startsWith('=') && functionsIn(formula).some((name) => CUSTOM.has(name)));
      expect(calling.length, row.name).toBeLessThanOrEqual(1);
      // A row over a dated table is one KPI_BY_PERIOD call; its 12 period cells are its spill, not formulas.
      if (calling[0]?.startsWith('=KPI_BY_PERIOD(')) {
        expect(row.formulas.slice(row.formulas.indexOf(calling[0]) + 1, row.formulas.indexOf(calling[0]) + 13), row.name).toEqual(new Array(12).fill(''));
        expect(row.periods.filter((cell) => typeof cell === 'number').length, row.name).toBeGreaterThan(0);
      }
    }
    expect(result.kpis.every((k) => k.mode === 'live')).toBe(true);
  });
});

describe('portable means portable', () => {
  it('in Sheets: every formula of a portable row uses only the portable list; only the trend column draws a SPARKLINE', () => {
    const fake = sampleWorkbook();
    const kpis = everyKpi(fake);
    const result = buildSummary(fake, { ranges: SAMPLE_RANGES, kpis, mode: 'portable', period: 'month', language: 'en' }, NOW);
    const { rows } = readSummary(fake);
    const modes = new Map(result.kpis.map((k) => [k.id, k.mode]));
    let checked = 0;
    for (const row of rows) {
      for (const formula of row.formulas.filter((f) => f.startsWith('='))) {
        const sparkline = functionsIn(formula).includes('SPARKLINE');
        if (sparkline) expect(formula, row.name).toMatch(/^=SPARKLINE\([A-Z]+\d+:[A-Z]+\d+\)$/);
        else if (modes.get(row.id) === 'portable') expect(isPortable(formula), `${row.name}: ${formula}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('in a file for other programs: every formula on the sheet is portable, no SPARKLINE, no function of ours; rows without a native form are values', () => {
    // Numbers typed as text: native SUM would skip them, so CPL of this table has no portable form.
    const fake = sampleWorkbook([{ name: 'Typed', values: [['Cost', 'Leads'], ["'1,200", 10], ["'800", 30]] }]);
    const ranges = [...SAMPLE_RANGES, "'Typed'!A1:B3"];
    const kpis = everyKpi(fake, ranges);
    const result = buildSummary(fake, { ranges, kpis, mode: 'portable', period: 'month', language: 'en' }, NOW, { program: 'file' });
    const { formulas, rows } = readSummary(fake);
    const all = formulas.flat().filter((formula) => formula.startsWith('='));
    expect(all.length).toBeGreaterThan(200);
    for (const formula of all) expect(functionsIn(formula).filter((name) => !PORTABLE_FUNCTIONS.has(name)), formula).toEqual([]);
    const valueRows = result.kpis.filter((k) => k.mode === 'values');
    expect(valueRows.length).toBeGreaterThan(0);
    expect(valueRows).toContainEqual({ id: 'CPL', table: 'Typed', mode: 'values' });
    expect(rows.find((row) => row.name === 'Cost per lead · Typed')!.value).toBe(2000 / 40);
    expect(result.notes.some((note) => note.includes('this file holds its value'))).toBe(true);
  });
});

describe('a period without data', () => {
  for (const mode of ['live', 'portable', 'values'] as const) {
    it(`${mode}: NPS of a month without answers is an empty cell, never #DIV/0!, and the sparkline does not fail`, () => {
      const fake = gappySurvey();
      buildSummary(fake, { ranges: ["'Survey'!A1:B9"], kpis: ['NPS'], mode, period: 'month', language: 'en' }, NOW);
      const { rows, periodStarts, values } = readSummary(fake);
      const nps = rows.find((row) => row.id === 'NPS')!;
      expect(periodStarts.length).toBe(6);
      // January 10, 9, 3 → (2 − 1) ÷ 3; March 10, 6 → 0; June 9, 9, 2 → (2 − 1) ÷ 3.
      expect(nps.periods).toEqual([100 / 3, '', 0, '', '', 100 / 3]);
      expect(nps.value).toBe(((4 - 2) / 8) * 100);
      expect(values.flat().filter((cell) => typeof cell === 'string' && cell.startsWith('#'))).toEqual([]);
    });
  }
});

describe('charts', () => {
  it('the trend chart is one series over the periods; the funnel chart one series over the stages', () => {
    const deals = [['Deal', 'Stage', 'Amount', 'Date'], ...['Lead', 'Lead', 'MQL', 'SQL', 'Lead', 'Customer', 'MQL'].map((stage, i) => [`d${i}`, stage, 100 * (i + 1), new Date(Date.UTC(2025, i, 3))])];
    const fake = sampleWorkbook([{ name: 'Deals', values: deals }]);
    const request: BuildRequest = { ranges: [SAMPLE_RANGES[0], "'Deals'!A1:D8"], kpis: ['CAC', 'FUNNEL'], mode: 'live', period: 'month', language: 'en' };
    buildSummary(fake, request, NOW);
    const [funnel, trend] = fake.charts('KPI Summary');
    const read = (a1: string) => fake.readValues(a1);
    const line = chartSeries(trend, read);
    expect(trend.type).toBe('LINE');
    expect(line.series.length).toBe(1);
    expect(line.domain.length).toBe(12);
    expect(line.domain.every((cell) => cell instanceof Date)).toBe(true);
    const cac = readSummary(fake).rows.find((row) => row.id === 'CAC')!;
    expect(line.series[0].values).toEqual(cac.periods);
    const bars = chartSeries(funnel, read);
    expect(funnel.type).toBe('BAR');
    expect(bars.domain).toEqual(['Lead', 'MQL', 'SQL', 'Customer']);
    expect(bars.series).toEqual([{ label: 'Count', values: [3, 2, 1, 1] }]);
  });
});

describe('what a cell holds', () => {
  it('a header of 50,000 characters: the Inputs cell is cut to what Sheets holds, and the build does not fail', () => {
    // A header as long as a cell allows: with the range and the other input, the Inputs text would pass it.
    const long = `Cost ${'x'.repeat(MAX_CELL_TEXT - 10)}`;
    const fake = sampleWorkbook([{ name: 'Long', values: [[long, 'Leads'], [100, 10], [300, 20]] }]);
    buildSummary(fake, { ranges: ["'Long'!A1:B3"], kpis: ['CPL'], mode: 'portable', period: 'none', language: 'en', roles: { '0:0': 'cost' } }, NOW);
    const { rows, values } = readSummary(fake);
    expect(rows[0].value).toBe(400 / 30);
    expect(String(rows[0].inputs).length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(Math.max(...values.flat().map((cell) => String(cell).length))).toBeLessThanOrEqual(MAX_CELL_TEXT);
  });

  it('columns fit what they show: the KPI names in full, the money values, the definition and inputs wrapped at a set width', () => {
    const fake = sampleWorkbook();
    buildSummary(fake, { ranges: SAMPLE_RANGES, kpis: ['CAC', 'CPL', 'NPS', 'TOTAL_SALES'], mode: 'live', period: 'month', language: 'en' }, NOW);
    const sheet = fake.exportModel({ sheet: 'KPI Summary' }).sheets[0];
    const width = new Map(sheet.columnWidths);
    const longestName = Math.max(...readSummary(fake).rows.map((row) => row.name.length));
    expect(width.get(2)).toBeGreaterThanOrEqual(longestName * 7);
    // Value fits "$1,234,567.00"-wide money; the 12 period columns share one width; definition and inputs wrap.
    const layout = layoutFor(12, true);
    expect(width.get(layout.value + 1)).toBeGreaterThanOrEqual(13 * 7);
    expect(new Set(Array.from({ length: 12 }, (_, i) => width.get(layout.firstPeriod + 1 + i))).size).toBe(1);
    const wrapped = fake.writes().filter((w) => w.method === 'Range.setWrap').map((w) => w.a1);
    const letter = (column: number) => String.fromCharCode(65 + column);
    expect(wrapped).toEqual([`${letter(layout.definition)}5:${letter(layout.definition)}9`, `${letter(layout.inputs)}5:${letter(layout.inputs)}9`]);
    expect(sheet.frozenRows).toBe(5);
    expect(sheet.frozenColumns).toBe(2);
  });
});
