/** The command line on the same builder: .xlsx and .csv in, an .xlsx with "KPI Summary" out, one-line errors. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/local/cli';
import { readValues } from '../../src/local/libreoffice';
import { toXlsxBuffer } from '../../src/local/xlsx';
import { campaignRows, sampleWorkbook } from '../helpers/sample-workbook';
import { summaryRow } from '../helpers/summary';

const work = mkdtempSync(join(tmpdir(), 'kpi-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const NOW = new Date(Date.UTC(2026, 10, 23));

describe('kpi-sheets summary', () => {
  it('writes the workbook plus a portable "KPI Summary" from an .xlsx', async () => {
    const input = join(work, 'sample.xlsx');
    writeFileSync(input, await toXlsxBuffer(sampleWorkbook()));
    const out = join(work, 'out.xlsx');
    const lines = await main(['summary', input, '--out', out, '--kpis', 'CAC,NPS,CPC', '--target', 'CAC=600', '--period', 'quarter'], NOW);
    expect(lines[0]).toMatch(/out\.xlsx: "KPI Summary" with 3 KPIs \(portable\)/);
    const values = await readValues(out);
    expect(Object.keys(values)).toEqual(['Campaigns', 'NPS survey', 'E-mail', 'KPI Summary']);
    const cac = summaryRow(values['KPI Summary'], 'CAC');
    const costs = campaignRows().slice(1).reduce((sum, row) => sum + (row[1] as number), 0);
    const customers = campaignRows().slice(1).reduce((sum, row) => sum + (row[7] as number), 0);
    expect(cac.Value).toBeCloseTo(costs / customers, 9);
    expect(cac.Target).toBe(600);
  });

  it('reads a .csv; live mode is saved as values with a note', async () => {
    const input = join(work, 'campaigns.csv');
    writeFileSync(input, 'Month,Cost,Leads,New customers\n2025-01-01,1000,50,4\n2025-02-01,1500,70,6\n');
    const out = join(work, 'csv.xlsx');
    const lines = await main(['summary', input, '--out', out, '--mode', 'live'], NOW);
    expect(lines).toContain('note: live formulas need the add-on, so the live summary was saved as values');
    const cpl = summaryRow((await readValues(out))['KPI Summary'], 'CPL');
    expect(cpl.Value).toBeCloseTo(2500 / 120, 9);
  });

  it('says clearly what is wrong', async () => {
    const input = join(work, 'small.csv');
    writeFileSync(input, 'Cost,Leads\n100,10\n');
    await expect(main(['summary', join(work, 'missing.xlsx'), '--out', 'x.xlsx'])).rejects.toThrow(/^kpi-sheets: cannot read .*missing\.xlsx: no such file$/);
    await expect(main(['summary', input, '--out', join(work, 'o.xlsx'), '--kpis', 'NOPE'])).rejects.toThrow('kpi-sheets: unknown KPI id NOPE');
    await expect(main(['summary', input, '--out', join(work, 'o.xlsx'), '--kpis', 'CAC'])).rejects.toThrow(/^kpi-sheets: CAC needs a new customers column in /);
    const broken = join(work, 'broken.xlsx');
    writeFileSync(broken, 'not a zip');
    await expect(main(['summary', broken, '--out', join(work, 'o.xlsx')])).rejects.toThrow(/^kpi-sheets: cannot read .*broken\.xlsx: /);
  });

  it('runs as `npx kpi-sheets` from the repository', () => {
    const input = join(work, 'npx.csv');
    writeFileSync(input, 'Cost,Clicks\n400000,2000\n');
    const output = execFileSync('npx', ['kpi-sheets', 'summary', input, '--out', join(work, 'npx.xlsx'), '--kpis', 'CPC'], { cwd: join(__dirname, '../..'), encoding: 'utf8' });
    expect(output).toMatch(/npx\.xlsx: "KPI Summary" with 1 KPIs \(portable\)/);
  });
});
