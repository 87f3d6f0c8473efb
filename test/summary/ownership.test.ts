/** Names and sheets a summary owns: two summaries and the user's own kpi_* names in one workbook stay independent. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FakeSpreadsheet } from '../../src/local/fake';
import { findSoffice, recalculatedValues } from '../../src/local/libreoffice';
import { toXlsxBuffer } from '../../src/local/xlsx';
import { buildSummary, rebuildSummary, type BuildRequest } from '../../src/server/summary';
import { OWNER_KEY, parseRecord } from '../../src/server/summary-record';
import { SAMPLE_RANGES, sampleWorkbook } from '../helpers/sample-workbook';
import { readSummary } from '../helpers/summary';

const NOW = new Date(Date.UTC(2026, 11, 1));

/** The sample workbook plus a Persian sales sheet, the user's own kpi_* names and a formula over one of them. */
function workbook(): FakeSpreadsheet {
  const month = (i: number) => new Date(Date.UTC(2025, i, 1));
  const fake = sampleWorkbook([
    { name: 'فروش', values: [['تاریخ', 'هزینه تبلیغات', 'سرنخ', 'مشتریان جدید'], ...Array.from({ length: 6 }, (_, i) => [month(i), 2_000_000 + 10_000 * i, 500 + i, 40 + i])] },
    { name: 'Mine', values: [['Budget'], [100], [250], ['=SUM(kpi_cost)'], ['=SUM(KPI_NEW_CUSTOMERS)']] },
  ]);
  fake.spreadsheet.setNamedRange('kpi_cost', fake.spreadsheet.getRange("'Mine'!A2:A3"));
  fake.spreadsheet.setNamedRange('KPI_NEW_CUSTOMERS', fake.spreadsheet.getRange("'Mine'!A3"));
  return fake;
}

const english: BuildRequest = { ranges: [SAMPLE_RANGES[0]], kpis: ['CAC', 'CPL', 'LEADS'], mode: 'portable', period: 'month', language: 'en', targets: { CAC: 600 } };
const persian: BuildRequest = { ranges: ["'فروش'!A1:D7"], kpis: ['CAC', 'CPL', 'LEADS'], mode: 'live', period: 'month', language: 'fa' };

/** Everything a summary shows: value and period cells per row. */
const shown = (fake: FakeSpreadsheet, sheet: string, language: 'en' | 'fa' = 'en') => readSummary(fake, sheet, language).rows.map((row) => [row.id, row.name, row.value, ...row.periods]);
const names = (fake: FakeSpreadsheet) => Object.fromEntries(fake.snapshot().namedRanges.map((named) => [named.name, named.range]));
const recordOf = (fake: FakeSpreadsheet, sheet: string) =>
  parseRecord(fake.spreadsheet.getSheetByName(sheet)!.getDeveloperMetadata().find((meta) => meta.getKey() === OWNER_KEY)!.getValue(), []);

describe('two summaries and the user’s own names', () => {
  it('each summary owns a prefix and its names; the user’s kpi_cost and KPI_NEW_CUSTOMERS are never taken, redefined or removed', () => {
    const fake = workbook();
    const userNames = { kpi_cost: 'Mine!A2:A3', KPI_NEW_CUSTOMERS: 'Mine!A3' };
    buildSummary(fake, english, NOW);
    const first = recordOf(fake, 'KPI Summary');
    // A prefix no existing name starts with (the user's names start with kpi_).
    expect(first.prefix).toBe('kpi2_');
    expect(first.names.every((name) => name.startsWith('kpi2_'))).toBe(true);
    expect(names(fake)).toMatchObject(userNames);
    const englishBefore = shown(fake, 'KPI Summary');
    expect(englishBefore.find((row) => row[0] === 'LEADS')![2]).toBe(12 * 400 + 11 * 66);

    buildSummary(fake, persian, NOW);
    const second = recordOf(fake, 'خلاصه شاخص‌ها');
    expect(second.prefix).toBe('kpi3_');
    expect(second.names.every((name) => name.startsWith('kpi3_'))).toBe(true);
    expect(shown(fake, 'KPI Summary')).toEqual(englishBefore);
    const persianValues = shown(fake, 'خلاصه شاخص‌ها', 'fa');
    expect(persianValues.find((row) => row[0] === 'LEADS')![2]).toBe(6 * 500 + 15);

    // Rebuilding or deleting one leaves every value of the other as it was; the user's names and formulas too.
    rebuildSummary(fake, NOW);
    expect(shown(fake, 'KPI Summary')).toEqual(englishBefore);
    fake.spreadsheet.deleteSheet(fake.spreadsheet.getSheetByName('KPI Summary')!);
    expect(shown(fake, 'خلاصه شاخص‌ها', 'fa')).toEqual(persianValues);
    expect(names(fake)).toMatchObject(userNames);
    expect(fake.spreadsheet.getRange("'Mine'!A4:A5").getValues()).toEqual([[350], [250]]);
  });

  it('a name the user deleted is not removed again (Sheets would throw), and comes back on rebuild; foreign names made later are skipped', () => {
    const fake = workbook();
    buildSummary(fake, english, NOW);
    const own = recordOf(fake, 'KPI Summary').names;
    fake.spreadsheet.removeNamedRange(own[0]);
    // The user takes one of the names the summary would use next.
    fake.spreadsheet.setNamedRange('kpi2_leads_2', fake.spreadsheet.getRange("'Mine'!A2"));
    const rebuilt = rebuildSummary(fake, NOW);
    expect(rebuilt.kpis.map((k) => k.id)).toEqual(['CAC', 'CPL', 'LEADS']);
    expect(names(fake)).toHaveProperty(own[0]);
    expect(names(fake).kpi2_leads_2).toBe('Mine!A2');
    expect(shown(fake, 'KPI Summary').find((row) => row[0] === 'LEADS')![2]).toBe(12 * 400 + 11 * 66);
  });

  it('cells the user typed on the summary sheet are kept: beside the block they stay; where the new block goes, the summary moves to a new sheet and says so', () => {
    const fake = workbook();
    buildSummary(fake, { ...english, period: 'none' }, NOW);
    const sheet = fake.spreadsheet.getSheetByName('KPI Summary')!;
    sheet.getRange('A30').setValue('my note below');
    const rebuilt = buildSummary(fake, { ...english, period: 'none', kpis: ['CAC'] }, NOW);
    expect(rebuilt.sheetName).toBe('KPI Summary');
    expect(sheet.getRange('A30').getValues()[0][0]).toBe('my note below');

    // The monthly summary is wider than the block before: it would cover the user's cell in column P.
    sheet.getRange('P6').setValue('keep me');
    const moved = buildSummary(fake, english, NOW);
    expect(moved.sheetName).toBe('KPI Summary (2)');
    expect(moved.notes[0]).toBe('You typed cells on "KPI Summary" where the new summary would go: they were kept, and the summary was written to "KPI Summary (2)".');
    expect(sheet.getRange('P6').getValues()[0][0]).toBe('keep me');
    expect(sheet.getRange('A30').getValues()[0][0]).toBe('my note below');
    expect(recordOf(fake, 'KPI Summary (2)').prefix).not.toBe(recordOf(fake, 'KPI Summary').prefix);
  });
});

const soffice = findSoffice();
const describeLibreOffice = soffice || process.env.CI ? describe : describe.skip;
if (!soffice && !process.env.CI) console.warn('LibreOffice not found: skipping the two-summary LibreOffice test');
describeLibreOffice('two summaries and the user’s names after a LibreOffice recalculation', () => {
  it('every value and period cell of both portable summaries, and the user’s formulas over their own names, are what the fake computed', async () => {
    expect(soffice, 'LibreOffice (soffice) is required in CI: apt-get install libreoffice-calc-nogui').not.toBeNull();
    const fake = workbook();
    buildSummary(fake, english, NOW);
    buildSummary(fake, { ...persian, mode: 'portable' }, NOW);
    const work = mkdtempSync(join(tmpdir(), 'kpi-two-'));
    try {
      const file = join(work, 'two.xlsx');
      writeFileSync(file, await toXlsxBuffer(fake, { cachedValues: false }));
      const [values] = await recalculatedValues([file]);
      let compared = 0;
      for (const [sheetName, language] of [['KPI Summary', 'en'], ['خلاصه شاخص‌ها', 'fa']] as const) {
        for (const row of readSummary(fake, sheetName, language).rows) {
          const recalculated = values[sheetName][row.index];
          const start = recalculated.findIndex((_, c) => row.formulas[c]?.startsWith('=') && c > 4);
          [row.value, ...row.periods].forEach((expected, i) => {
            const got = recalculated[start + i];
            if (typeof expected === 'number') {
              expect(got, `${sheetName} ${row.name} ${i}`).toBeCloseTo(expected, 9);
              compared++;
            } else expect(got ?? '', `${sheetName} ${row.name} ${i}`).toBe('');
          });
        }
      }
      // Three KPIs × (value + 12 months) in English, three × (value + 6 months) in Persian.
      expect(compared).toBe(60);
      expect(values.Mine.slice(3, 5).map((line) => line[0])).toEqual([350, 250]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
