/**
 * LibreOffice as a second engine: workbooks written by ExcelJS without cached results (and one with
 * a wrong cached result) are recalculated headless, and the computed values are read back.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice, readValues, recalculate, recalculatedValues } from '../../src/local/libreoffice';

const soffice = findSoffice();
const OBRIEN = "O'Brien Q1";

/** The 1900-system serial number of a UTC calendar date. */
function serial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Formulas on the Calc sheet (label, formula); the row with a wrong cached result is added separately. */
const FORMULAS: [string, string][] = [
  ['sum', 'SUM(Data!C2:C6)'],
  ['countif', 'COUNTIF(Data!B2:B6,"Email")'],
  ['countifs', 'COUNTIFS(Data!B2:B6,"Ads",Data!C2:C6,">5")'],
  ['sumifs dates', 'SUMIFS(Data!C2:C6,Data!A2:A6,">="&DATE(2024,1,1),Data!A2:A6,"<"&DATE(2024,2,1))'],
  ['sumifs iso text date', 'SUMIFS(Data!D2:D6,Data!A2:A6,">=2024-02-01")'],
  ['sumifs us text date', 'SUMIFS(Data!C2:C6,Data!A2:A6,"<2/1/2024")'],
  ['sumproduct *1', 'SUMPRODUCT((Data!C2:C6>=9)*1)'],
  ['sumproduct bare booleans', 'SUMPRODUCT(Data!C2:C6>=9)'],
  ['iferror', 'IFERROR(Data!C2/0,"n/a")'],
  ['div0', 'Data!C2/0'],
  ['average', 'AVERAGE(Data!C2:C6)'],
  ['average over text', 'AVERAGE(Data!D2:D6)'],
  ['defined name', 'SUM(Leads)'],
  ['quoted sheet', "'O''Brien Q1'!A1+1"],
  ['countif blank', 'COUNTIF(Data!C2:C6,"")'],
  ['comparison', 'Data!C2>Data!C3'],
  ['empty text', 'IF(Data!C4="","",1)'],
  ['one third', '1/3'],
];

/** Writes workbook number `k` (data scaled by k) without cached results, except one wrong one. */
async function writeWorkbook(path: string, k: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet('Data');
  data.addRow(['Date', 'Channel', 'Leads', 'Spend']);
  data.addRow([new Date(Date.UTC(2024, 0, 5)), 'Email', 10 * k, 100]);
  data.addRow([new Date(Date.UTC(2024, 0, 20)), 'Ads', 4 * k, 250]);
  data.addRow([new Date(Date.UTC(2024, 1, 3)), 'Email', null, 80]);
  data.addRow([new Date(Date.UTC(2024, 1, 15)), 'Social', 9 * k, 'n/a']);
  data.addRow([new Date(Date.UTC(2024, 2, 1)), 'Ads', 12 * k, 0]);
  workbook.addWorksheet(OBRIEN).getCell('A1').value = 1000 * k;
  workbook.definedNames.add('Data!$C$2:$C$6', 'Leads');
  const calc = workbook.addWorksheet('Calc');
  FORMULAS.forEach(([label, formula], i) => {
    calc.getCell(i + 1, 1).value = label;
    calc.getCell(i + 1, 2).value = { formula };
  });
  calc.getCell(FORMULAS.length + 1, 1).value = 'wrong cache';
  calc.getCell(FORMULAS.length + 1, 2).value = { formula: 'Data!C2*2', result: 999 };
  await workbook.xlsx.writeFile(path);
}

/** What the Calc sheet's column B must hold after recalculation of workbook `k`. */
function expectedCalc(k: number): (number | string | boolean)[] {
  const leads = [10 * k, 4 * k, 9 * k, 12 * k];
  return [
    35 * k, // sum
    2, // countif
    (4 * k > 5 ? 1 : 0) + 1, // countifs
    14 * k, // sumifs dates: Jan 5 and Jan 20
    80, // sumifs ISO text date: 80 + 'n/a' (ignored) + 0
    14 * k, // sumifs "<2/1/2024" (en-US)
    leads.filter((n) => n >= 9).length, // sumproduct *1 (the blank is 0)
    leads.filter((n) => n >= 9).length, // sumproduct bare booleans: LibreOffice counts TRUEs (Excel: 0)
    'n/a', // iferror
    '#DIV/0!', // div0
    (35 * k) / 4, // average ignores the blank
    (100 + 250 + 80 + 0) / 4, // average ignores text
    35 * k, // defined name
    1000 * k + 1, // quoted sheet
    1, // countif blank
    true, // comparison
    '', // empty text
    Number((1 / 3).toPrecision(15)), // LibreOffice writes 15 significant digits
    20 * k, // wrong cached result 999 replaced
  ];
}

if (!soffice && process.env.CI) {
  describe('LibreOffice cross-engine', () => {
    it('has LibreOffice', () => {
      throw new Error('LibreOffice is required in CI for the cross-engine tests: install libreoffice-calc or set SOFFICE');
    });
  });
} else if (!soffice) {
  console.warn('LibreOffice not found: skipping the LibreOffice cross-engine tests');
}

describe.skipIf(!soffice)('LibreOffice cross-engine', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lo-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('recalculates 3 workbooks in one batch, forcing recalculation of a wrong cached result', async () => {
    const ks = [1, 2, 3];
    const inputs = ks.map((k) => join(dir, `kpi-${k}.xlsx`));
    await Promise.all(ks.map((k, i) => writeWorkbook(inputs[i], k)));
    const started = performance.now();
    const outputs = await recalculate(inputs, { outDir: join(dir, 'out') });
    console.log(`LibreOffice: batch of 3 files in ${Math.round(performance.now() - started)} ms`);
    expect(outputs).toEqual(ks.map((k) => join(dir, 'out', `kpi-${k}.xlsx`)));

    for (const [i, k] of ks.entries()) {
      const values = await readValues(outputs[i]);
      expect(Object.keys(values)).toEqual(['Data', OBRIEN, 'Calc']);
      expect(values.Calc.map((row) => row[0])).toEqual([...FORMULAS.map(([label]) => label), 'wrong cache']);
      expect(values.Calc.map((row) => row[1])).toEqual(expectedCalc(k));
      expect(values.Data).toEqual([
        ['Date', 'Channel', 'Leads', 'Spend'],
        [serial(2024, 1, 5), 'Email', 10 * k, 100],
        [serial(2024, 1, 20), 'Ads', 4 * k, 250],
        [serial(2024, 2, 3), 'Email', null, 80],
        [serial(2024, 2, 15), 'Social', 9 * k, 'n/a'],
        [serial(2024, 3, 1), 'Ads', 12 * k, 0],
      ]);
      expect(values[OBRIEN]).toEqual([[1000 * k]]);
    }
  });

  it('recalculates a batch of 20 workbooks', async () => {
    const ks = Array.from({ length: 20 }, (_, i) => i + 1);
    const inputs = ks.map((k) => join(dir, `batch-${k}.xlsx`));
    await Promise.all(ks.map((k, i) => writeWorkbook(inputs[i], k)));
    const started = performance.now();
    const results = await recalculatedValues(inputs);
    console.log(`LibreOffice: batch of 20 files in ${Math.round(performance.now() - started)} ms (recalculate + readValues)`);
    expect(results.map((values) => values.Calc.map((row) => row[1]))).toEqual(ks.map(expectedCalc));
  });

  it('names the file soffice did not write, with its stderr', async () => {
    const garbage = join(dir, 'garbage.xlsx');
    await writeFile(garbage, Buffer.from([0x67, 0x00, 0x01, 0x02]));
    await expect(recalculate([garbage])).rejects.toThrow(/did not write .*garbage\.xlsx; stderr: .*could not be loaded/s);
  });

  it('kills soffice after the timeout', async () => {
    const input = join(dir, 'slow.xlsx');
    await writeWorkbook(input, 1);
    await expect(recalculate([input], { timeoutMs: 200 })).rejects.toThrow(/timed out after 200 ms/);
  });

  it('refuses inputs that would overwrite each other', async () => {
    await writeWorkbook(join(dir, 'same.xlsx'), 1);
    await mkdir(join(dir, 'sub'));
    await writeWorkbook(join(dir, 'sub', 'same.xlsx'), 1);
    await expect(recalculate([join(dir, 'same.xlsx'), join(dir, 'sub', 'same.xlsx')])).rejects.toThrow(/both be written/);
  });
});
