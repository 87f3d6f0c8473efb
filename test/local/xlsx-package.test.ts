/** The command line on ten realistic workbooks: every part of the user's package is kept, only the summary sheet and its names are added. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { customFunctions } from '../../src/kpi/catalog';
import { main } from '../../src/local/cli';
import { run } from '../../src/server/custom-functions';
import { buildSummary } from '../../src/server/summary';
import { readValues, recalculatedValues, type CellResult, type WorkbookValues } from '../../src/local/libreoffice';
import { addSheetToXlsx, mergeStyles, relocateSheet } from '../../src/local/xlsx-package';
import { loadXlsx, sheetXlsxBuffer, xlsxToModel } from '../../src/local/xlsx';
import { attribute, childElements, rootElement, type XmlElement } from '../../src/local/xml-scan';
import { summaryRow } from '../helpers/summary';
import { crc32, entryData, findEntry, readZip, writeZip, type ZipArchive } from '../../src/local/zip';

const FIXTURES = join(__dirname, '../fixtures/workbooks');
const BOOKS = readdirSync(FIXTURES).filter((name) => name.endsWith('.xlsx')).sort();
const REWRITTEN = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];
// The command line speaks the system language when --lang is not given: these tests read English.
vi.stubEnv('LC_ALL', 'C.UTF-8');
const NOW = new Date(Date.UTC(2026, 0, 5));
const work = mkdtempSync(join(tmpdir(), 'kpi-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const outputOf = (book: string): string => join(work, `out-${book}`);
const inputOf = (book: string): string => join(FIXTURES, book);

/** The bytes of an entry as stored: local header, compressed data and anything up to the next entry. */
function rawRecord(archive: ZipArchive, name: string): Buffer {
  const entry = findEntry(archive, name)!;
  const offsets = archive.entries.map((e) => e.localOffset).filter((offset) => offset > entry.localOffset);
  return archive.bytes.subarray(entry.localOffset, offsets.length > 0 ? Math.min(...offsets) : archive.centralOffset);
}

function text(archive: ZipArchive, name: string): string {
  return entryData(archive, findEntry(archive, name)!).toString('utf8');
}

const withoutCount = (tag: string): string => tag.replace(/\scount="\d+"/, '');
const startTag = (xml: string, element: XmlElement): string => xml.slice(element.start, element.empty ? element.end : element.innerStart).replace(/\/>$/, '>');
const texts = (xml: string, element: XmlElement): string[] => childElements(xml, element).map((child) => xml.slice(child.start, child.end));

/**
 * `modified` is `original` with children appended only: the prolog and the root's start tag are the
 * same, each original root child is there in order, the same text except that the `growing` ones
 * have the original children as a prefix (and a count that matches); new root children only among `growing`.
 */
function expectAppendedOnly(original: string, modified: string, growing: string[]): void {
  const [a, b] = [rootElement(original), rootElement(modified)];
  expect(modified.slice(0, b.start)).toBe(original.slice(0, a.start));
  expect(startTag(modified, b)).toBe(startTag(original, a));
  const before = childElements(original, a);
  const after = childElements(modified, b);
  let i = 0;
  for (const child of after) {
    const old = before[i];
    if (old && old.local === child.local) {
      i += 1;
      if (growing.includes(child.local)) {
        expect(withoutCount(startTag(modified, child))).toBe(withoutCount(startTag(original, old)));
        const kept = texts(original, old);
        expect(texts(modified, child).slice(0, kept.length)).toEqual(kept);
        if (attribute(child, 'count') !== undefined) expect(Number(attribute(child, 'count'))).toBe(childElements(modified, child).length);
      } else {
        expect(modified.slice(child.start, child.end)).toBe(original.slice(old.start, old.end));
      }
    } else {
      expect(growing).toContain(child.local);
    }
  }
  expect(i).toBe(before.length);
}

/** The root's children of `original` are the first ones of `modified`'s, byte for byte, and `added` more follow. */
function expectRootAppended(original: string, modified: string, added: number): void {
  const [a, b] = [rootElement(original), rootElement(modified)];
  expect(modified.slice(0, b.start)).toBe(original.slice(0, a.start));
  expect(startTag(modified, b)).toBe(startTag(original, a));
  const kept = texts(original, a);
  const now = texts(modified, b);
  expect(now.slice(0, kept.length)).toEqual(kept);
  expect(now.length).toBe(kept.length + added);
}

/** Formulas the file cannot compute elsewhere: our custom functions and Sheets-only SPARKLINE. */
const SHEETS_ONLY = new RegExp(`\\b(SPARKLINE|${customFunctions().map((entry) => entry.id).join('|')})\\(`, 'i');

function expectSameValue(actual: CellResult, expected: CellResult, where: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), where).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else {
    expect(actual ?? '', where).toBe(expected ?? '');
  }
}

describe('kpi-sheets summary on ten realistic workbooks', () => {
  beforeAll(async () => {
    for (const book of BOOKS) await main(['summary', inputOf(book), '--out', outputOf(book), '--period', 'quarter'], NOW);
  });

  it('has the fixtures: ten or more workbooks, with merges, errors, links, notes, validation, hidden rows, _xlfn., a table, an image and charts', () => {
    expect(BOOKS.length).toBeGreaterThanOrEqual(10);
    const parts = BOOKS.flatMap((book) => readZip(readFileSync(inputOf(book))).entries.map((entry) => entry.name));
    for (const kind of [/^xl\/charts\/chart\d+\.xml$/, /^xl\/media\/image\d+\.png$/, /^xl\/comments\d*\.xml$/, /^xl\/tables\/table\d+\.xml$/, /^xl\/drawings\/vmlDrawing\d+\.vml$/]) {
      expect(parts.some((name) => kind.test(name)), String(kind)).toBe(true);
    }
    const sheets = BOOKS.flatMap((book) => {
      const archive = readZip(readFileSync(inputOf(book)));
      return archive.entries.filter((entry) => /^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name)).map((entry) => text(archive, entry.name));
    });
    for (const feature of ['<mergeCell ', 't="e"', '<hyperlink ', '<dataValidation ', 'hidden="1"', '_xlfn.XLOOKUP', '_xlfn.IFS', '<conditionalFormatting', '<drawing ']) {
      expect(sheets.some((xml) => xml.includes(feature)), feature).toBe(true);
    }
  });

  it.each(BOOKS)('%s: every part but the four rewritten ones is byte for byte the same; one sheet part is added', (book) => {
    const before = readZip(readFileSync(inputOf(book)));
    const after = readZip(readFileSync(outputOf(book)));
    for (const entry of before.entries) {
      expect(findEntry(after, entry.name), entry.name).toBeDefined();
      if (REWRITTEN.includes(entry.name)) continue;
      expect(rawRecord(after, entry.name).equals(rawRecord(before, entry.name)), entry.name).toBe(true);
      expect(entryData(after, findEntry(after, entry.name)!).equals(entryData(before, entry)), entry.name).toBe(true);
    }
    for (const entry of after.entries) expect(crc32(entryData(after, entry)), entry.name).toBe(entry.centralRecord.readUInt32LE(16));
    const added = after.entries.filter((entry) => !findEntry(before, entry.name)).map((entry) => entry.name);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    const sheetXml = text(after, added[0]);
    expect(sheetXml).not.toContain('t="s"');
    expect(sheetXml).not.toContain('tabSelected');
  });

  it.each(BOOKS)('%s: the rewritten parts only gain elements', (book) => {
    const before = readZip(readFileSync(inputOf(book)));
    const after = readZip(readFileSync(outputOf(book)));
    expectAppendedOnly(text(before, 'xl/workbook.xml'), text(after, 'xl/workbook.xml'), ['sheets', 'definedNames']);
    expectRootAppended(text(before, 'xl/_rels/workbook.xml.rels'), text(after, 'xl/_rels/workbook.xml.rels'), 1);
    expectRootAppended(text(before, '[Content_Types].xml'), text(after, '[Content_Types].xml'), 1);
    expectAppendedOnly(text(before, 'xl/styles.xml'), text(after, 'xl/styles.xml'), ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs', 'dxfs']);
    const workbook = text(after, 'xl/workbook.xml');
    expect(workbook).toMatch(/<sheet name="KPI Summary" sheetId="\d+" r:id="rId\d+"\/><\/sheets>/);
  });

  it.each(BOOKS)('%s: the user sheets read the same from the output; the summary is the last sheet', async (book) => {
    const before = await xlsxToModel(readFileSync(inputOf(book)));
    const after = await xlsxToModel(readFileSync(outputOf(book)));
    expect(after.sheets.map((sheet) => sheet.name)).toEqual([...before.sheets.map((sheet) => sheet.name), 'KPI Summary']);
    expect(after.sheets.slice(0, -1)).toEqual(before.sheets);
    const added = after.namedRanges.filter((named) => !before.namedRanges.some((old) => old.name === named.name));
    expect(after.namedRanges.slice(0, before.namedRanges.length)).toEqual(before.namedRanges);
    expect(added.length).toBeGreaterThan(0);
    const summaryFormulas = after.sheets.at(-1)!.cells.filter((cell) => cell.content.kind === 'formula').map((cell) => (cell.content as { formula: string }).formula).join(' ');
    for (const named of added) expect(summaryFormulas).toContain(named.name);
  });

  it('LibreOffice opens every output: user sheets compute as in the input, the summary as the fake computed it', async () => {
    const inputs = BOOKS.map(inputOf);
    const outputs = BOOKS.map(outputOf);
    const recalculated = await recalculatedValues([...inputs, ...outputs]);
    for (const [i, book] of BOOKS.entries()) {
      const [input, output] = [recalculated[i], recalculated[BOOKS.length + i]];
      const cached: WorkbookValues = await readValues(outputs[i]);
      expect(Object.keys(output), book).toEqual([...Object.keys(input), 'KPI Summary']);
      for (const name of Object.keys(input)) expect(output[name], `${book} ${name}`).toEqual(input[name]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(outputs[i]);
      const summary = workbook.getWorksheet('KPI Summary')!;
      // Cells a Sheets-only formula computes, with the whole spill of an array formula.
      const skipped = new Set<string>();
      summary.eachRow((row) =>
        row.eachCell((cell) => {
          if (!cell.formula || !SHEETS_ONLY.test(cell.formula)) return;
          const ref = (cell.value as { ref?: string }).ref ?? cell.address;
          const [first, last = first] = ref.split(':').map((a1) => summary.getCell(a1));
          for (let r = Number(first.row); r <= Number(last.row); r++) for (let c = Number(first.col); c <= Number(last.col); c++) skipped.add(`${r}:${c}`);
        }),
      );
      let compared = 0;
      cached['KPI Summary'].forEach((row, r) =>
        row.forEach((value, c) => {
          const formula = summary.getCell(r + 1, c + 1).formula;
          if (skipped.has(`${r + 1}:${c + 1}`)) return;
          expectSameValue(output['KPI Summary'][r]?.[c] ?? null, value, `${book} KPI Summary R${r + 1}C${c + 1} ${formula ?? ''}`);
          if (formula) compared += 1;
        }),
      );
      expect(compared, book).toBeGreaterThan(3);
    }
  });

  it('merged cells: a KPI reads only the top-left cell of a merge, as in Sheets', async () => {
    const values = (await readValues(outputOf('merged.xlsx')))['KPI Summary'];
    const cpc = summaryRow(values, 'CPC');
    // Cost: 1000 in C2 (C2:C3 merged), then 8000 + 450 i for months 2..11; clicks 1900 + 41 i for months 0..11.
    const cost = 1000 + Array.from({ length: 10 }, (_, k) => 8000 + 450 * (k + 2)).reduce((a, b) => a + b, 0);
    const clicks = Array.from({ length: 12 }, (_, i) => 1900 + 41 * i).reduce((a, b) => a + b, 0);
    expect(cpc.Value).toBeCloseTo(cost / clicks, 12);
    expect(cpc.Value).not.toBeCloseTo((cost + 1000) / clicks, 6);
  });
});

describe('styles and the sheet part', () => {
  it.each([
    ['styled.xlsx', 'Revenue!A1:E13'],
    ['libreoffice.xlsx', 'Campaigns!A1:G13'],
  ])('%s: the added sheet reads back with the same styles, widths, frozen rows and rules as ExcelJS wrote it alone', async (book, range) => {
    const input = readFileSync(inputOf(book));
    const fake = await loadXlsx(input);
    fake.registerCustomFunctions(Object.fromEntries(customFunctions().map((entry) => [entry.id, (...args: unknown[]) => run(entry.id, args)])));
    const result = buildSummary(fake, { ranges: [range], kpis: ['CAC', 'REVENUE'], mode: 'portable', period: 'quarter', language: 'en', targets: { CAC: 500 } }, NOW);
    const namedRanges = fake.exportModel({ sheet: result.sheetName }).namedRanges;
    const out = await addSheetToXlsx(input, fake, { sheetName: result.sheetName, namedRanges });
    const alone = (await xlsxToModel(await sheetXlsxBuffer(fake, result.sheetName))).sheets[0];
    const added = (await xlsxToModel(out)).sheets.at(-1)!;
    expect(added).toEqual(alone);
    // Every cell's full style (font, fill, border, number format, alignment), as ExcelJS reads it.
    const styles = async (bytes: Buffer, name: string): Promise<unknown[]> => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const found: unknown[] = [];
      workbook.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => found.push([cell.address, cell.style])));
      return found;
    };
    const expected = await styles(await sheetXlsxBuffer(fake, result.sheetName), result.sheetName);
    expect(expected.length).toBeGreaterThan(20);
    expect(await styles(out, result.sheetName)).toEqual(expected);
    expect(added.cells.some((cell) => cell.style?.numberFormat && cell.style.fontWeight === 'bold')).toBe(true);
    expect(added.conditionalRules!.length).toBeGreaterThan(0);
    expect((await xlsxToModel(out)).sheets.slice(0, -1)).toEqual((await xlsxToModel(input)).sheets);
  });

  it('gives a package without a styles part one of its own (with relationship and content type)', async () => {
    const archive = readZip(readFileSync(inputOf('merged.xlsx')));
    const drop = (xml: string, pattern: RegExp): Buffer => Buffer.from(xml.replace(pattern, ''));
    const bare = writeZip(
      { ...archive, entries: archive.entries.filter((entry) => entry.name !== 'xl/styles.xml') },
      new Map([
        ['xl/_rels/workbook.xml.rels', drop(text(archive, 'xl/_rels/workbook.xml.rels'), /<Relationship [^>]*\/styles"[^>]*\/>/)],
        ['[Content_Types].xml', drop(text(archive, '[Content_Types].xml'), /<Override PartName="\/xl\/styles.xml"[^>]*\/>/)],
      ]),
      [],
    );
    expect(text(readZip(bare), 'xl/_rels/workbook.xml.rels')).not.toContain('/styles"');
    // ExcelJS cannot load such a package, so the summary is built on the workbook with styles.
    const fake = await loadXlsx(readFileSync(inputOf('merged.xlsx')));
    fake.registerCustomFunctions(Object.fromEntries(customFunctions().map((entry) => [entry.id, (...args: unknown[]) => run(entry.id, args)])));
    const result = buildSummary(fake, { ranges: ['Campaigns!A1:F13'], kpis: ['CAC'], mode: 'portable', period: 'none', language: 'en', targets: {} }, NOW);
    const bytes = await addSheetToXlsx(bare, fake, { sheetName: result.sheetName, namedRanges: fake.exportModel({ sheet: result.sheetName }).namedRanges });
    const out = readZip(bytes);
    expect(text(out, 'xl/_rels/workbook.xml.rels')).toMatch(/<Relationship Id="rId\d+" Type="[^"]*\/styles" Target="styles.xml"\/>/);
    expect(text(out, '[Content_Types].xml')).toContain('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('KPI Summary')!.getCell('A1').font?.bold).toBe(true);
  });

  it('appends styles after the user\'s, reusing a number format of the same code, in a prefixed styles part too', () => {
    const user =
      '<?xml version="1.0"?>\n<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:numFmts count="1"><x:numFmt numFmtId="170" formatCode="0.0"/></x:numFmts>' +
      '<x:fonts count="1"><x:font><x:sz val="10"/></x:font></x:fonts><x:fills count="2"><x:fill/><x:fill/></x:fills><x:borders count="1"><x:border/></x:borders>' +
      '<x:cellStyleXfs count="1"><x:xf/></x:cellStyleXfs><x:cellXfs count="2"><x:xf fontId="0"/><x:xf numFmtId="170" fontId="0"/></x:cellXfs></x:styleSheet>';
    const added =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="[$$]#,##0"/></numFmts>' +
      '<fonts count="2"><font><sz val="11"/></font><font><b/></font></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders>' +
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"><alignment wrapText="1"/></xf></cellXfs>' +
      '<dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFD9EAD3"/></patternFill></fill></dxf></dxfs></styleSheet>';
    const { xml, offsets } = mergeStyles(user, added);
    expect(offsets).toEqual({ cellXfs: 2, dxfs: 0 });
    expect(xml).toContain('<x:numFmts count="2"><x:numFmt numFmtId="170" formatCode="0.0"/><x:numFmt numFmtId="171" formatCode="[$$]#,##0"/></x:numFmts>');
    expect(xml).toContain('<x:fonts count="3"><x:font><x:sz val="10"/></x:font><x:font><x:sz val="11"/></x:font><x:font><x:b/></x:font></x:fonts>');
    expect(xml).toContain(
      '<x:cellXfs count="5"><x:xf fontId="0"/><x:xf numFmtId="170" fontId="0"/><x:xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0"/>' +
        '<x:xf numFmtId="170" fontId="2" fillId="2" borderId="1" xfId="0"/><x:xf numFmtId="171" fontId="1" fillId="2" borderId="1" xfId="0"><x:alignment wrapText="1"/></x:xf></x:cellXfs>',
    );
    // No <dxfs> before: created in its place, after cellXfs.
    expect(xml).toMatch(/<\/x:cellXfs><x:dxfs count="1"><x:dxf><x:fill><x:patternFill><x:bgColor rgb="FFD9EAD3"\/><\/x:patternFill><\/x:fill><\/x:dxf><\/x:dxfs><\/x:styleSheet>$/);
  });

  it('moves the sheet\'s strings inline and its style and dxf indices past the user\'s', () => {
    const sheet =
      '<worksheet><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><cols><col min="1" max="1" width="20" style="1" customWidth="1"/></cols>' +
      '<sheetData><row r="1" s="2" customFormat="1"><c r="A1" s="1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" s="2"><f>SUM(kpi_cost)</f><v>5</v></c></row></sheetData>' +
      '<conditionalFormatting sqref="F6"><cfRule type="expression" dxfId="1" priority="1"><formula>F6="On track"</formula></cfRule></conditionalFormatting></worksheet>';
    const strings = '<sst count="2"><si><t>CAC</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">KPI &amp; value</t></r></si></sst>';
    expect(relocateSheet(sheet, strings, { cellXfs: 10, dxfs: 3 })).toBe(
      '<worksheet><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="1" width="20" style="11" customWidth="1"/></cols>' +
        '<sheetData><row r="1" s="12" customFormat="1"><c r="A1" s="11" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">KPI &amp; value</t></r></is></c><c r="B1" t="inlineStr"><is><t>CAC</t></is></c><c r="C1" s="12"><f>SUM(kpi_cost)</f><v>5</v></c></row></sheetData>' +
        '<conditionalFormatting sqref="F6"><cfRule type="expression" dxfId="4" priority="1"><formula>F6="On track"</formula></cfRule></conditionalFormatting></worksheet>',
    );
  });
});
