/**
 * Portable formulas compute what the TypeScript computes: on the sample workbook and on random workbooks, every KPI
 * written portable agrees with live mode in HyperFormula, and in LibreOffice after an .xlsx round trip without cached values.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSoffice, recalculatedValues } from '../../src/local/libreoffice';
import { toXlsxBuffer } from '../../src/local/xlsx';
import { buildSummary, rebuildSummary, selectionFacts, type BuildRequest } from '../../src/server/summary';
import { proposeKpis } from '../../src/summary/bindings';
import { HEADER_ROW } from '../../src/summary/layout';
import { SAMPLE_RANGES, sampleWorkbook } from '../helpers/sample-workbook';

const NOW = new Date(Date.UTC(2026, 10, 23, 12));
const RANDOM_WORKBOOKS = 30;
const soffice = findSoffice();
const work = mkdtempSync(join(tmpdir(), 'kpi-cross-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Random campaign data: months, numbers, now and then a number typed as text, a negative or an out-of-scale score. */
const randomData = fc.record({
  months: fc.integer({ min: 2, max: 14 }),
  seed: fc.integer({ min: 1, max: 2 ** 30 }),
  textNumbers: fc.boolean(),
  badScore: fc.boolean(),
});

function randomWorkbook({ months, seed, textNumbers, badScore }: { months: number; seed: number; textNumbers: boolean; badScore: boolean }) {
  let state = seed;
  const next = (max: number): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % max;
  };
  const rows: unknown[][] = [['Date', 'Cost', 'Clicks', 'Leads', 'New customers', 'Revenue', 'Orders']];
  for (let i = 0; i < months * 3; i++) {
    const day = new Date(Date.UTC(2025, 0, 1 + next(months * 30)));
    const row: unknown[] = [day, next(100_000) / 10, next(5000), next(400), next(40), next(1_000_000) / 100, next(300)];
    if (textNumbers && i === 1) row[1] = String(row[1]);
    rows.push(row);
  }
  const scores = Array.from({ length: 15 }, () => [next(11)]);
  if (badScore) scores[3] = [11];
  return sampleWorkbook([
    { name: 'Sales data', values: rows },
    { name: 'Survey', values: [['NPS score'], ...scores] },
  ]);
}

const RANDOM_RANGES = (months: number) => [`'Sales data'!A1:G${months * 3 + 1}`, "'Survey'!A1:A16"];

/** Builds portable then live; returns the portable workbook and, per portable KPI row, the live values (value and periods). */
function buildBoth(fake: ReturnType<typeof sampleWorkbook>, ranges: string[]) {
  fake.select(ranges);
  const userData = (): string => JSON.stringify(fake.snapshot().sheets.filter((sheet: { name: string }) => !sheet.name.startsWith('KPI Summary')));
  const before = userData();
  const kpis = proposeKpis(selectionFacts(fake), 'en').filter((p) => p.available).map((p) => p.id);
  const request = (mode: BuildRequest['mode']): BuildRequest => ({ ranges, kpis, mode, period: 'month', language: 'en' });
  const result = buildSummary(fake, request('live'), NOW);
  const live = fake.spreadsheet.getSheetByName(result.sheetName)!.getDataRange().getValues();
  const portableResult = buildSummary(fake, request('portable'), NOW);
  const portable = fake.spreadsheet.getSheetByName(portableResult.sheetName)!.getDataRange().getValues();
  const portableRows = portableResult.kpis.filter((k) => k.mode === 'portable').map((k) => k.id);
  rebuildSummary(fake, NOW);
  return { live, portable, portableRows, sheetName: portableResult.sheetName, untouched: userData() === before };
}

/** Compares the value and period cells (from Value to the column before Trend) of the KPI rows, matched by ID and name · table. */
function compareRows(expected: unknown[][], actual: unknown[][], ids: string[], label: string): number {
  let compared = 0;
  const header = expected[HEADER_ROW].map(String);
  const first = header.indexOf('Value');
  const end = header.indexOf('Trend') >= 0 ? header.indexOf('Trend') : header.indexOf('Unit');
  expect(first, label).toBeGreaterThan(0);
  for (const want of expected.filter((row, r) => r > HEADER_ROW && ids.includes(String(row[0])))) {
    const id = String(want[0]);
    const got = actual.find((row) => row[0] === id && row[1] === want[1])!;
    expect(got, `${label} ${id} ${String(want[1])}`).toBeDefined();
    for (let c = first; c < end; c++) {
      const a = want[c];
      const b = got[c];
      if (typeof a !== 'number') {
        expect(typeof b === 'number' && Number.isFinite(b), `${label} ${id} column ${c}: ${String(a)} vs ${String(b)}`).toBe(false);
        continue;
      }
      expect(typeof b, `${label} ${id} column ${c}`).toBe('number');
      expect(Math.abs((b as number) - a), `${label} ${id} column ${c}: ${a} vs ${String(b)}`).toBeLessThanOrEqual(Math.max(1e-12, 1e-9 * Math.abs(a)));
      compared++;
    }
  }
  return compared;
}

describe('portable formulas agree with live mode', () => {
  const cases: { name: string; fake: ReturnType<typeof sampleWorkbook>; ranges: string[] }[] = [{ name: 'sample', fake: sampleWorkbook(), ranges: SAMPLE_RANGES }];
  fc.sample(randomData, { numRuns: RANDOM_WORKBOOKS }).forEach((data, i) => cases.push({ name: `random ${i}`, fake: randomWorkbook(data), ranges: RANDOM_RANGES(data.months) }));
  const built = cases.map((c) => ({ ...c, ...buildBoth(c.fake, c.ranges) }));

  it(`in HyperFormula, on the sample workbook and ${RANDOM_WORKBOOKS} random workbooks; unclean inputs fall back to live`, () => {
    let compared = 0;
    for (const b of built) compared += compareRows(b.live, b.portable, b.portableRows, b.name);
    console.info(`HyperFormula: ${compared} portable cells compared with live over ${built.length} workbooks`);
    expect(compared).toBeGreaterThan(500);
    // Data safety on every workbook, after a live build, a portable build and a rebuild: the user's sheets are byte for byte the same.
    expect(built.filter((b) => !b.untouched).map((b) => b.name)).toEqual([]);
    const fallbacks = built.filter((b) => b.name !== 'sample').flatMap((b) => b.portable.filter((row) => String(row[0]).includes('is written live')));
    expect(fallbacks.length).toBeGreaterThan(0);
  });

  const describeLibreOffice = soffice || process.env.CI ? describe : describe.skip;
  if (!soffice && !process.env.CI) console.warn('LibreOffice not found: skipping the LibreOffice cross-engine tests');
  describeLibreOffice('in LibreOffice after an .xlsx round trip without cached values', () => {
    it('computes every portable cell as live mode does', async () => {
      expect(soffice, 'LibreOffice (soffice) is required in CI: apt-get install libreoffice-calc-nogui').not.toBeNull();
      const files = await Promise.all(
        built.map(async (b, i) => {
          const file = join(work, `workbook-${i}.xlsx`);
          writeFileSync(file, await toXlsxBuffer(b.fake, { cachedValues: false }));
          return file;
        }),
      );
      const recalculated = await recalculatedValues(files);
      let compared = 0;
      built.forEach((b, i) => {
        const sheet = recalculated[i][b.sheetName];
        expect(sheet, `${b.name}: the summary sheet`).toBeDefined();
        compared += compareRows(b.live, sheet, b.portableRows, `LibreOffice ${b.name}`);
      });
      console.info(`LibreOffice: ${compared} portable cells compared with live over ${built.length} workbooks`);
      expect(compared).toBeGreaterThan(500);
    });
  });
});
