/** The command line on the same builder: .xlsx and .csv in, an .xlsx with "KPI Summary" out, one-line errors. */
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main, writeFileAtomically } from '../../src/local/cli';
import { readValues } from '../../src/local/libreoffice';
import { toXlsxBuffer, xlsxToModel } from '../../src/local/xlsx';
import { entryData, findEntry, readZip, writeZip } from '../../src/local/zip';
import { campaignRows, sampleWorkbook } from '../helpers/sample-workbook';
import { summaryRow } from '../helpers/summary';

// The lines are in the system language when --lang is not given: these tests read English ones.
vi.stubEnv('LC_ALL', 'C.UTF-8');
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
});

describe('kpi-sheets summary: files', () => {
  const merged = readFileSync(join(__dirname, '../fixtures/workbooks/merged.xlsx'));

  it('refuses an --out that is the input (same path, relative, symlink, hard link) and leaves the input as it was', async () => {
    const folder = join(work, 'same');
    mkdirSync(folder);
    const input = join(folder, 'data.xlsx');
    writeFileSync(input, merged);
    const before = statSync(input);
    symlinkSync(input, join(folder, 'link.xlsx'));
    linkSync(input, join(folder, 'hard.xlsx'));
    mkdirSync(join(folder, 'sub'));
    symlinkSync(folder, join(folder, 'sub', 'up'));
    for (const out of [input, relative(process.cwd(), input), join(folder, 'sub', '..', 'data.xlsx'), join(folder, 'link.xlsx'), join(folder, 'hard.xlsx'), join(folder, 'sub', 'up', 'data.xlsx')]) {
      await expect(main(['summary', input, '--out', out], NOW)).rejects.toThrow(new Error(`kpi-sheets: --out ${out} is the input file; choose another name`));
    }
    await expect(main(['summary', join(folder, 'link.xlsx'), '--out', input], NOW)).rejects.toThrow(/is the input file; choose another name$/);
    expect(readFileSync(input).equals(merged)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(before.mtimeMs);
    expect(readdirSync(folder).sort()).toEqual(['data.xlsx', 'hard.xlsx', 'link.xlsx', 'sub']);
  });

  it('refuses a .csv written over itself; the .csv keeps its text', async () => {
    const input = join(work, 'self.csv');
    writeFileSync(input, 'Cost,Leads\n100,10\n');
    await expect(main(['summary', input, '--out', input], NOW)).rejects.toThrow(`kpi-sheets: --out ${input} is the input file; choose another name`);
    expect(readFileSync(input, 'utf8')).toBe('Cost,Leads\n100,10\n');
  });

  it('says in one line when the --out folder does not exist or --out is a folder', async () => {
    const input = join(work, 'ok.csv');
    writeFileSync(input, 'Cost,Leads\n100,10\n');
    const missing = join(work, 'no-such-folder', 'out.xlsx');
    await expect(main(['summary', input, '--out', missing], NOW)).rejects.toThrow(new Error(`kpi-sheets: cannot write ${missing}: folder ${join(work, 'no-such-folder')} does not exist`));
    await expect(main(['summary', input, '--out', work], NOW)).rejects.toThrow(new Error(`kpi-sheets: cannot write ${work}: it is a folder`));
  });

  it('writes through a temporary file that is renamed into place, and removed when the write fails', async () => {
    const folder = join(work, 'atomic');
    mkdirSync(folder);
    const input = join(folder, 'in.xlsx');
    writeFileSync(input, merged);
    const out = join(folder, 'out.xlsx');
    writeFileSync(out, 'an older output');
    await main(['summary', input, '--out', out], NOW);
    expect(readdirSync(folder).sort()).toEqual(['in.xlsx', 'out.xlsx']);
    expect((await xlsxToModel(readFileSync(out))).sheets.map((sheet) => sheet.name)).toEqual(['Campaigns', 'Notes', 'KPI Summary']);
    // A rename onto a non-empty folder fails: one line, and no temporary file left behind.
    mkdirSync(join(folder, 'taken'));
    writeFileSync(join(folder, 'taken', 'x'), 'x');
    await expect(writeFileAtomically(join(folder, 'taken'), Buffer.from('data'))).rejects.toThrow(/^kpi-sheets: cannot write .*taken: [^\n]+$/);
    expect(readdirSync(folder).sort()).toEqual(['in.xlsx', 'out.xlsx', 'taken']);
  });

  it('a folder that is gone by the time of writing is said in one line, not as a raw ENOENT', async () => {
    const gone = join(work, 'gone', 'out.xlsx');
    await expect(writeFileAtomically(gone, Buffer.from('data'))).rejects.toThrow(new Error(`kpi-sheets: cannot write ${gone}: folder ${join(work, 'gone')} does not exist`));
  });

  it('refuses, in one line naming the file, a workbook that would expand past the bound, before expanding it', async () => {
    // The sheet part declares 300 MB; its data is not even deflate, so expanding it first would fail otherwise.
    const bytes = Buffer.from(merged);
    const entry = findEntry(readZip(bytes), 'xl/worksheets/sheet1.xml')!;
    const at = bytes.indexOf(entry.centralRecord);
    bytes.writeUInt32LE(300 * 1024 * 1024, at + 24);
    bytes.fill(0xff, entry.dataOffset, entry.dataOffset + entry.compressedSize);
    const bomb = join(work, 'bomb.xlsx');
    writeFileSync(bomb, bytes);
    await expect(main(['summary', bomb, '--out', join(work, 'bomb-out.xlsx')], NOW)).rejects.toThrow(
      new Error(`kpi-sheets: cannot read ${bomb}: part xl/worksheets/sheet1.xml expands to 300 MB, over the bound of 64 MB for one part`),
    );
    // A file bigger than the bound itself (sparse: no disk used).
    const huge = join(work, 'huge.csv');
    writeFileSync(huge, '');
    truncateSync(huge, 65 * 1024 * 1024);
    await expect(main(['summary', huge, '--out', join(work, 'huge-out.xlsx')], NOW)).rejects.toThrow(new Error(`kpi-sheets: cannot read ${huge}: it is 65 MB, over the bound of 64 MB`));
    expect(readdirSync(work).filter((name) => name.includes('-out.xlsx'))).toEqual([]);
  });

  it('refuses, in one line, a workbook that already defines a name the summary needs (a formula name the builder cannot see)', async () => {
    const first = join(work, 'names-first.xlsx');
    const input = join(work, 'names.xlsx');
    writeFileSync(input, merged);
    await main(['summary', input, '--out', first], NOW);
    const taken = (await xlsxToModel(readFileSync(first))).namedRanges[0].name;
    const archive = readZip(merged);
    const workbook = entryData(archive, findEntry(archive, 'xl/workbook.xml')!).toString();
    const withName = workbook.replace('</sheets>', `</sheets><definedNames><definedName name="${taken}">0.2</definedName></definedNames>`);
    writeFileSync(input, writeZip(archive, new Map([['xl/workbook.xml', Buffer.from(withName)]]), []));
    await expect(main(['summary', input, '--out', join(work, 'names-out.xlsx')], NOW)).rejects.toThrow(
      new Error(`kpi-sheets: cannot add the summary to ${input}: it already defines the name ${taken}, which the summary needs; rename it in the file`),
    );
  });
});
