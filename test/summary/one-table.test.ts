/** A KPI reads one table: one labelled row per table that feeds it, never a mix; currencies never combined; joins only by the user's roles. */
import { describe, expect, it } from 'vitest';
import { customFunctions } from '../../src/kpi/catalog';
import { loadXlsx } from '../../src/local/xlsx';
import { run } from '../../src/server/custom-functions';
import { buildSummary, selectionFacts } from '../../src/server/summary';
import { qualifiedA1 } from '../../src/summary/a1';
import { proposeKpis } from '../../src/summary/bindings';
import { sampleWorkbook } from '../helpers/sample-workbook';
import { readSummary } from '../helpers/summary';

const NOW = new Date(Date.UTC(2026, 11, 1));

/** The shipped sample workbook in the fake, with every sheet's used range selected (as the command line does). */
async function shippedSample() {
  const fake = await loadXlsx(new URL('../../examples/sample.xlsx', import.meta.url).pathname);
  fake.registerCustomFunctions(Object.fromEntries(customFunctions().map((entry) => [entry.id, (...args: unknown[]) => run(entry.id, args)])));
  const ranges = fake.spreadsheet
    .getSheets()
    .map((sheet) => qualifiedA1(sheet.getName(), { row: 1, column: 1, numRows: sheet.getLastRow(), numColumns: sheet.getLastColumn() }));
  fake.select(ranges);
  return { fake, ranges };
}

/** The sheet names an Inputs cell refers to: "Cost ('Campaigns'!$B$2:$B$19); …". */
const sheetsIn = (inputs: unknown): string[] => [...new Set([...String(inputs).matchAll(/\(('(?:[^']|'')+'|[^!(]+)!/g)].map((m) => m[1].replace(/^'|'$/g, '').replace(/''/g, "'")))];

describe('one table per KPI', () => {
  it('the shipped sample: every KPI row reads one sheet, the one its name is labelled with; CPC and LEADS of Campaigns are its own', async () => {
    const { fake, ranges } = await shippedSample();
    const proposals = proposeKpis(selectionFacts(fake), 'en');
    const kpis = proposals.filter((p) => p.available).map((p) => p.id);
    expect(proposals.find((p) => p.id === 'ROAS')!.tables).toEqual(['Campaigns', 'فروش', 'Маркетинг', 'التسويق']);
    expect(proposals.find((p) => p.id === 'CPC')!.tables).toEqual(['Campaigns']);
    const result = buildSummary(fake, { ranges, kpis, mode: 'portable', period: 'month', language: 'en' }, NOW, { program: 'file' });
    const { rows } = readSummary(fake);
    expect(rows.length).toBe(result.kpis.length);
    expect(rows.length).toBeGreaterThan(kpis.length);
    for (const row of rows) {
      const table = row.name.slice(row.name.lastIndexOf(' · ') + 3);
      expect(sheetsIn(row.inputs), `${row.id} · ${table}`).toEqual([table]);
    }
    const byName = new Map(rows.map((row) => [row.name, row]));
    // The Campaigns sheet alone: cost 10,000 + … over clicks; the Persian sheet's rials never meet its clicks.
    expect(byName.get('Cost per click · Campaigns')!.value).toBeCloseTo(6.122379778, 8);
    expect(byName.get('Leads · Campaigns')!.value).toBe(4215);
    expect(byName.get('Leads · فروش')!.value).toBe(5763);
    expect([...byName.keys()].filter((name) => name.startsWith('Cost per click'))).toEqual(['Cost per click · Campaigns']);
  });

  it('money columns in different currencies are never combined: ROAS of dollars over euros is not offered', () => {
    const fake = sampleWorkbook([{ name: 'Mixed', values: [['Month', 'Revenue', 'Ad spend'], [new Date(Date.UTC(2025, 0, 1)), 5000, 1000], [new Date(Date.UTC(2025, 1, 1)), 6000, 1200]] }]);
    const sheet = fake.spreadsheet.getSheetByName('Mixed')!;
    sheet.getRange('B2:B3').setNumberFormat('[$$]#,##0.00');
    sheet.getRange('C2:C3').setNumberFormat('#,##0.00 [$€]');
    fake.select(["'Mixed'!A1:C3"]);
    const roas = proposeKpis(selectionFacts(fake), 'en').find((p) => p.id === 'ROAS')!;
    expect(roas.available).toBe(false);
    sheet.getRange('C2:C3').setNumberFormat('[$$]#,##0');
    fake.select(["'Mixed'!A1:C3"]);
    expect(proposeKpis(selectionFacts(fake), 'en').find((p) => p.id === 'ROAS')!.available).toBe(true);
  });

  it('tables are joined only when the user chooses the roles: one more row, labelled with both tables', () => {
    const fake = sampleWorkbook([
      { name: 'Spend', values: [['Foo', 'Bar'], ['w1', 400], ['w2', 600]] },
      { name: 'Traffic', values: [['Foo', 'Baz'], ['w1', 90], ['w2', 110]] },
    ]);
    const ranges = ["'Spend'!A1:B3", "'Traffic'!A1:B3"];
    const request = { ranges, kpis: ['CPC'], mode: 'portable' as const, period: 'none' as const, language: 'en' as const };
    expect(() => buildSummary(fake, request, NOW)).toThrow(/Nothing in 'Spend'!A1:B3, 'Traffic'!A1:B3 is recognised/);
    // Roles chosen in one table only feed no join: CPC needs clicks from the other.
    expect(buildSummary(fake, { ...request, roles: { '0:1': 'cost' } }, NOW).kpis).toEqual([]);
    const joined = buildSummary(fake, { ...request, roles: { '0:1': 'cost', '1:1': 'clicks' } }, NOW);
    expect(joined.kpis).toEqual([{ id: 'CPC', table: 'Spend + Traffic', mode: 'portable' }]);
    expect(readSummary(fake).rows[0]).toMatchObject({ name: 'Cost per click · Spend + Traffic', value: 5 });
  });
});
