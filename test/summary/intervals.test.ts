/** The summary's 95% margin and n: equal in live, portable and values mode, to the interval functions, and in LibreOffice. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSoffice, recalculatedValues } from '../../src/local/libreoffice';
import { toXlsxBuffer } from '../../src/local/xlsx';
import { npsInterval } from '../../src/kpi/statistics/nps';
import { rateInterval } from '../../src/kpi/statistics/rate';
import { buildSummary, type BuildRequest } from '../../src/server/summary';
import { layoutFor } from '../../src/summary/layout';
import { SAMPLE_RANGES, sampleWorkbook } from '../helpers/sample-workbook';
import { readSummary } from '../helpers/summary';

const NOW = new Date(Date.UTC(2026, 11, 1));
const LAYOUT = layoutFor(0, true);
const request = (mode: BuildRequest['mode'], language: BuildRequest['language'] = 'en'): BuildRequest => ({
  ranges: SAMPLE_RANGES,
  kpis: ['CONVERSION_RATE', 'NPS', 'CAC'],
  mode,
  period: 'none',
  language,
  // Conversion 261 ÷ 5,526 = 4.7% (95%: 4.2%–5.3%) holds a target of 5%; NPS 10 ± 40 holds 30; CAC has no interval.
  targets: { CONVERSION_RATE: 0.05, NPS: 30, CAC: 2000 },
});

/** The margin, n and status cells of each KPI row. */
function intervals(fake: ReturnType<typeof sampleWorkbook>, sheet = 'KPI Summary', language: BuildRequest['language'] = 'en') {
  const { rows, values } = readSummary(fake, sheet, language);
  return new Map(rows.map((row) => [row.id, { margin: values[row.index][LAYOUT.margin], n: values[row.index][LAYOUT.n], status: row.status, value: row.value }]));
}

describe('the margin column', () => {
  const leads = Array.from({ length: 12 }, (_, i) => 400 + 11 * i).reduce((a, b) => a + b, 0);
  const customers = Array.from({ length: 12 }, (_, i) => 20 + (i % 5)).reduce((a, b) => a + b, 0);
  const scores = [10, 9, 9, 8, 7, 6, 10, 3, 9, 8, 5, 10, 9, 2, 7, 9, 10, 8, 9, 6];

  it('equals the Wilson and adjusted-Wald intervals in every mode; the status reads them', () => {
    const wilson = rateInterval(customers, leads);
    const nps = npsInterval(scores.filter((s) => s >= 9).length, scores.filter((s) => s <= 6).length, scores.length);
    for (const mode of ['live', 'portable', 'values'] as const) {
      const fake = sampleWorkbook();
      buildSummary(fake, request(mode), NOW);
      const got = intervals(fake);
      expect(got.get('CONVERSION_RATE')!.margin as number, mode).toBeCloseTo(wilson.margin, 9);
      expect(got.get('CONVERSION_RATE')!.n, mode).toBe(leads);
      expect(got.get('CONVERSION_RATE')!.status, mode).toBe('Too close to call');
      expect(got.get('NPS')!.margin as number, mode).toBeCloseTo(nps.margin, 9);
      expect(got.get('NPS')!.n, mode).toBe(20);
      expect(got.get('NPS')!.status, mode).toBe('Too close to call');
      expect(got.get('CAC')).toMatchObject({ margin: '', n: '', status: 'On track' });
    }
  });

  it('in Persian: the same cells, and the status word in Persian', () => {
    const fake = sampleWorkbook();
    buildSummary(fake, request('portable', 'fa'), NOW);
    expect(intervals(fake, 'خلاصه شاخص‌ها', 'fa').get('NPS')!.status).toBe('در حد خطا');
  });

  const soffice = findSoffice();
  const describeLibreOffice = soffice || process.env.CI ? describe : describe.skip;
  if (!soffice && !process.env.CI) console.warn('LibreOffice not found: skipping the margin LibreOffice test');
  describeLibreOffice('after a LibreOffice recalculation', () => {
    it('the portable margin, n and status are what the fake computed', async () => {
      expect(soffice, 'LibreOffice (soffice) is required in CI: apt-get install libreoffice-calc-nogui').not.toBeNull();
      const fake = sampleWorkbook();
      buildSummary(fake, request('portable'), NOW);
      const work = mkdtempSync(join(tmpdir(), 'kpi-margin-'));
      try {
        const file = join(work, 'margin.xlsx');
        writeFileSync(file, await toXlsxBuffer(fake, { cachedValues: false }));
        const [values] = await recalculatedValues([file]);
        for (const row of readSummary(fake).rows) {
          const recalculated = values['KPI Summary'][row.index];
          const want = intervals(fake).get(row.id)!;
          if (typeof want.margin === 'number') expect(recalculated[LAYOUT.margin] as number, row.id).toBeCloseTo(want.margin, 9);
          expect(recalculated[LAYOUT.status], row.id).toBe(want.status);
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  });
});
