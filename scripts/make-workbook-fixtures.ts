/**
 * Writes test/fixtures/workbooks/*.xlsx: ten small, realistic workbooks for the command line's file
 * tests (merges, error cells, hyperlinks, notes, data validation, hidden rows and columns, fonts,
 * fills, borders, number formats, conditional formats, `_xlfn.` functions, defined names, a table,
 * an image and a chart), each with headers the summary builder recognises.
 * ExcelJS writes them; the chart (which ExcelJS cannot write) is added as DrawingML parts; one
 * workbook is that one saved again by LibreOffice, a second producer. `npx tsx scripts/make-workbook-fixtures.ts`
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { findSoffice } from '../src/local/libreoffice';
import { appendChildren, rootElement } from '../src/local/xml-scan';
import { crc32, entryData, findEntry, readZip, writeZip } from '../src/local/zip';

const OUT = join(import.meta.dirname, '../test/fixtures/workbooks');
/** Fixed dates in the packages, so that regenerating gives the same files. */
const CREATED = new Date(Date.UTC(2025, 0, 15, 9, 30));

const month = (i: number): Date => new Date(Date.UTC(2025, i, 1));

/** Twelve months of campaigns. */
function campaigns(): Array<{ month: Date; channel: string; cost: number; clicks: number; impressions: number; leads: number; customers: number; revenue: number }> {
  const channels = ['Search', 'Search', 'Search', 'Social', 'Social', 'Social', 'E-mail', 'E-mail', 'Search', 'Search', 'Social', 'Social'];
  return channels.map((channel, i) => ({
    month: month(i),
    channel,
    cost: 8_000 + 450 * i,
    clicks: 1_900 + 41 * i,
    impressions: 110_000 + 800 * i,
    leads: 380 + 9 * i,
    customers: 18 + (i % 4),
    revenue: 29_000 + 1_500 * i,
  }));
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Marketing team';
  workbook.created = CREATED;
  workbook.modified = CREATED;
  return workbook;
}

/** Header row 1 in bold, then the campaign rows; returns the sheet. */
function campaignSheet(workbook: ExcelJS.Workbook, name: string, columns: Array<[string, (row: ReturnType<typeof campaigns>[number]) => ExcelJS.CellValue]>): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(columns.map(([header]) => header)).font = { bold: true };
  for (const row of campaigns()) sheet.addRow(columns.map(([, value]) => value(row)));
  sheet.getColumn(1).numFmt = 'yyyy-mm-dd';
  return sheet;
}

/** A 2×2 RGB PNG. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const pixels = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 0]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

/** A clustered column chart of Campaigns!B2:B13 by Campaigns!A2:A13, with cached values. */
function chartXml(values: number[]): string {
  const points = values.map((value, i) => `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Cost by month</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>' +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Campaigns!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Cost</c:v></c:pt></c:strCache></c:strRef></c:tx>' +
    '<c:invertIfNegative val="0"/><c:cat><c:numRef><c:f>Campaigns!$A$2:$A$13</c:f></c:numRef></c:cat>' +
    `<c:val><c:numRef><c:f>Campaigns!$B$2:$B$13</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef></c:val></c:ser>` +
    '<c:gapWidth val="150"/><c:axId val="50010001"/><c:axId val="50010002"/></c:barChart>' +
    '<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="mmm yyyy" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** Adds a chart anchored at J16:Q32 to the package's first drawing (which holds the image ExcelJS wrote). */
function withChart(bytes: Buffer, values: number[]): Buffer {
  const archive = readZip(bytes);
  const text = (name: string): string => entryData(archive, findEntry(archive, name)!).toString('utf8');
  const drawing = text('xl/drawings/drawing1.xml');
  const anchor =
    '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
    '<xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>31</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="1025" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart1"/>' +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';
  const drawingRels = text('xl/drawings/_rels/drawing1.xml.rels');
  const types = text('[Content_Types].xml');
  const replace = new Map<string, Buffer>([
    ['xl/drawings/drawing1.xml', Buffer.from(appendChildren(drawing, rootElement(drawing), anchor))],
    [
      'xl/drawings/_rels/drawing1.xml.rels',
      Buffer.from(appendChildren(drawingRels, rootElement(drawingRels), '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/>')),
    ],
    ['[Content_Types].xml', Buffer.from(appendChildren(types, rootElement(types), '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'))],
  ]);
  return writeZip(archive, replace, [{ name: 'xl/charts/chart1.xml', data: Buffer.from(chartXml(values)) }], CREATED);
}

async function save(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

// ------------------------------------------------------------------ the ten workbooks

/** Merged channel labels, and a merged Cost cell whose covered cell Sheets leaves blank. */
async function merged(): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = campaignSheet(workbook, 'Campaigns', [
    ['Month', (r) => r.month],
    ['Channel', (r) => r.channel],
    ['Cost', (r) => r.cost],
    ['Clicks', (r) => r.clicks],
    ['Leads', (r) => r.leads],
    ['New customers', (r) => r.customers],
  ]);
  sheet.mergeCells('B2:B4');
  sheet.mergeCells('B5:B7');
  sheet.getCell('B2').alignment = { vertical: 'middle' };
  // Two months billed together: 1000 in C2, C3 covered (ExcelJS would read 1000 there too).
  sheet.getCell('C2').value = 1000;
  sheet.getCell('C3').value = 1000;
  sheet.mergeCells('C2:C3');
  const notes = workbook.addWorksheet('Notes');
  notes.getCell('A1').value = 'Costs of January and February were billed together.';
  notes.mergeCells('A1:F3');
  notes.getCell('A1').alignment = { wrapText: true, vertical: 'top' };
  return save(workbook);
}

/** Error cells: #DIV/0! cached by formulas, a literal #N/A in an input column, a formula's #N/A. */
async function errors(): Promise<Buffer> {
  const workbook = newWorkbook();
  const rows = campaigns();
  rows[4].clicks = 0;
  const sheet = workbook.addWorksheet('Ads');
  sheet.addRow(['Month', 'Cost', 'Clicks', 'Impressions', 'Leads', 'Cost/click', 'Check']);
  rows.forEach((row, i) => {
    const r = i + 2;
    const perClick: ExcelJS.CellValue = row.clicks === 0 ? { formula: `B${r}/C${r}`, result: { error: '#DIV/0!' } } : { formula: `B${r}/C${r}`, result: row.cost / row.clicks };
    sheet.addRow([row.month, row.cost, row.clicks, i === 7 ? { error: '#N/A' } : row.impressions, row.leads, perClick, i === 3 ? { formula: 'NA()', result: { error: '#N/A' } } : 'ok']);
  });
  sheet.getColumn(1).numFmt = 'yyyy-mm-dd';
  sheet.getColumn(6).numFmt = '0.00';
  const errorsOnly = workbook.addWorksheet('Broken links');
  errorsOnly.getCell('A1').value = { error: '#REF!' };
  errorsOnly.getCell('A2').value = { error: '#VALUE!' };
  errorsOnly.getCell('A3').value = { formula: 'A1+1', result: { error: '#REF!' } };
  return save(workbook);
}

/** Hyperlinks (web, mail, another sheet) and notes. */
async function linksAndNotes(): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = campaignSheet(workbook, 'Campaigns', [
    ['Month', (r) => r.month],
    ['Cost', (r) => r.cost],
    ['Clicks', (r) => r.clicks],
    ['Leads', (r) => r.leads],
    ['Landing page', (r) => ({ text: `${r.channel.toLowerCase()} landing`, hyperlink: `https://example.com/${r.channel.toLowerCase()}?m=${r.month.getUTCMonth() + 1}` })],
  ]);
  sheet.getCell('B1').note = 'Ad spend before VAT, in dollars.';
  sheet.getCell('D5').note = { texts: [{ font: { bold: true }, text: 'Reviewed: ' }, { text: 'two leads were duplicates.' }] };
  const contacts = workbook.addWorksheet('Contacts');
  contacts.getCell('A1').value = { text: 'Agency', hyperlink: 'mailto:agency@example.com' };
  contacts.getCell('A2').value = { text: 'Back to data', hyperlink: "#'Campaigns'!A1" };
  contacts.getCell('A2').note = 'Internal link';
  return save(workbook);
}

/** Data validation: lists (inline and from a range), whole numbers, decimals, dates. */
async function validation(): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = campaignSheet(workbook, 'Leads', [
    ['Date', (r) => r.month],
    ['Channel', (r) => r.channel],
    ['Cost', (r) => r.cost],
    ['Leads', (r) => r.leads],
    ['New customers', (r) => r.customers],
    ['Owner', () => 'Dana'],
  ]);
  const lists = workbook.addWorksheet('Lists');
  ['Dana', 'Omid', 'Layla'].forEach((name, i) => (lists.getCell(i + 1, 1).value = name));
  for (let r = 2; r <= 13; r++) {
    sheet.getCell(`B${r}`).dataValidation = { type: 'list', allowBlank: false, formulae: ['"Search,Social,E-mail"'], showErrorMessage: true, errorTitle: 'Channel', error: 'Pick a channel' };
    sheet.getCell(`C${r}`).dataValidation = { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], showErrorMessage: true };
    sheet.getCell(`D${r}`).dataValidation = { type: 'whole', operator: 'between', formulae: [0, 100000], showInputMessage: true, promptTitle: 'Leads', prompt: 'A whole number' };
    sheet.getCell(`F${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['Lists!$A$1:$A$3'] };
    sheet.getCell(`A${r}`).dataValidation = { type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(2024, 11, 31))], showErrorMessage: true };
  }
  return save(workbook);
}

/** Hidden rows and columns, grouped rows, a hidden sheet and a very hidden one. */
async function hidden(): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = campaignSheet(workbook, 'Campaigns', [
    ['Month', (r) => r.month],
    ['Cost', (r) => r.cost],
    ['Internal code', (r) => `C-${r.month.getUTCMonth() + 100}`],
    ['Clicks', (r) => r.clicks],
    ['Impressions', (r) => r.impressions],
    ['Leads', (r) => r.leads],
  ]);
  sheet.getColumn(3).hidden = true;
  sheet.getRow(4).hidden = true;
  sheet.getRow(9).hidden = true;
  for (const r of [6, 7, 8]) sheet.getRow(r).outlineLevel = 1;
  sheet.getColumn(5).width = 16;
  sheet.getColumn(2).width = 11;
  const lookup = workbook.addWorksheet('Lookup', { state: 'hidden' });
  lookup.getCell('A1').value = 'Codes';
  workbook.addWorksheet('Config', { state: 'veryHidden' }).getCell('A1').value = 'v2';
  return save(workbook);
}

/** Fonts, fills, borders, number formats, conditional formats, frozen header, column widths, a filter. */
async function styled(): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = campaignSheet(workbook, 'Revenue', [
    ['Month', (r) => r.month],
    ['Cost', (r) => r.cost],
    ['Revenue', (r) => r.revenue],
    ['New customers', (r) => r.customers],
    ['Margin', (r) => (r.revenue - r.cost) / r.revenue],
  ]);
  const border: Partial<ExcelJS.Borders> = { top: { style: 'thin', color: { argb: 'FF999999' } }, bottom: { style: 'double', color: { argb: 'FF333333' } } };
  sheet.getRow(1).eachCell((cell) => {
    cell.font = { name: 'Georgia', size: 12, bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
    cell.border = border;
    cell.alignment = { horizontal: 'center' };
  });
  sheet.getColumn(1).numFmt = 'mmm yyyy';
  sheet.getColumn(2).numFmt = '"$"#,##0.00';
  sheet.getColumn(3).numFmt = '[Blue]#,##0;[Red]-#,##0';
  sheet.getColumn(5).numFmt = '0.0%';
  for (let r = 2; r <= 13; r++) sheet.getCell(`B${r}`).font = { name: 'Courier New', italic: true, size: 9 };
  sheet.getCell('C7').fill = { type: 'pattern', pattern: 'darkTrellis', fgColor: { argb: 'FFFFC000' }, bgColor: { argb: 'FFFFFFFF' } };
  sheet.getCell('C7').border = { left: { style: 'medium' }, right: { style: 'dashDot', color: { argb: 'FFFF0000' } } };
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  sheet.columns.forEach((column, i) => (column.width = 12 + i));
  sheet.autoFilter = 'A1:E13';
  sheet.addConditionalFormatting({ ref: 'C2:C13', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: [40000], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } }, font: { color: { argb: 'FF006100' } } } }] });
  sheet.addConditionalFormatting({ ref: 'E2:E13', rules: [{ type: 'expression', formulae: ['E2<0.7'], priority: 2, style: { font: { bold: true, color: { argb: 'FF9C0006' } } } }] });
  sheet.addConditionalFormatting({ ref: 'D2:D13', rules: [{ type: 'colorScale', priority: 3, cfvo: [{ type: 'min' }, { type: 'max' }], color: [{ argb: 'FFF8696B' }, { argb: 'FF63BE7B' }] }] });
  return save(workbook);
}

/** Functions newer than Excel 2007 (saved with their `_xlfn.` prefix), defined names and a print area. */
async function newerFunctions(): Promise<Buffer> {
  const workbook = newWorkbook();
  const rows = campaigns();
  const sheet = workbook.addWorksheet('Sales');
  sheet.addRow(['Date', 'Revenue', 'Orders', 'New customers', 'Tier', 'Best month', 'Label', 'Price']);
  rows.forEach((row, i) => {
    const r = i + 2;
    const tier = row.revenue > 40_000 ? 'high' : row.revenue > 33_000 ? 'mid' : 'low';
    sheet.addRow([
      row.month,
      row.revenue,
      100 + 7 * i,
      row.customers,
      { formula: `_xlfn.IFS(B${r}>40000,"high",B${r}>33000,"mid",TRUE,"low")`, result: tier },
      { formula: '_xlfn.MAXIFS($B$2:$B$13,$D$2:$D$13,">=19")', result: Math.max(...rows.filter((x) => x.customers >= 19).map((x) => x.revenue)) },
      { formula: `_xlfn.CONCAT(E${r},"-",D${r})`, result: `${tier}-${row.customers}` },
      { formula: `_xlfn.XLOOKUP(E${r},Prices!$A$2:$A$4,Prices!$B$2:$B$4,0)`, result: { low: 9, mid: 12, high: 15 }[tier] },
    ]);
  });
  sheet.getColumn(1).numFmt = 'yyyy-mm-dd';
  const prices = workbook.addWorksheet('Prices');
  prices.addRows([['Tier', 'Price'], ['low', 9], ['mid', 12], ['high', 15]]);
  workbook.definedNames.add("'Prices'!$A$2:$B$4", 'PriceTable');
  workbook.definedNames.add("'Sales'!$B$2:$B$13", 'RevenueByMonth');
  sheet.pageSetup.printArea = 'A1:H13';
  sheet.pageSetup.orientation = 'landscape';
  sheet.headerFooter.oddFooter = '&LConfidential&RPage &P of &N';
  return save(workbook);
}

/** An image and a column chart over the data; with `extras`, also a merge, a note, validation and a hidden row. */
async function chartAndImage(extras = false): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = campaignSheet(workbook, 'Campaigns', [
    ['Month', (r) => r.month],
    ['Cost', (r) => r.cost],
    ['Clicks', (r) => r.clicks],
    ['Impressions', (r) => r.impressions],
    ['Leads', (r) => r.leads],
    ['New customers', (r) => r.customers],
    ['Revenue', (r) => r.revenue],
  ]);
  const logo = workbook.addImage({ buffer: tinyPng() as unknown as ExcelJS.Buffer, extension: 'png' });
  sheet.addImage(logo, 'J2:L8');
  if (extras) {
    sheet.getCell('J1').value = 'Prepared by the marketing team';
    sheet.mergeCells('J1:M1');
    sheet.getCell('B1').note = 'Before VAT';
    sheet.getRow(6).hidden = true;
    for (let r = 2; r <= 13; r++) sheet.getCell(`F${r}`).dataValidation = { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] };
  }
  return withChart(await save(workbook), campaigns().map((row) => row.cost));
}

/** Everything at once, on three sheets, the campaigns as an Excel table. */
async function tableAndSurvey(): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Campaigns');
  sheet.addTable({
    name: 'CampaignTable',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium9', showRowStripes: true },
    columns: ['Month', 'Cost', 'Clicks', 'Leads', 'New customers', 'Revenue'].map((name) => ({ name, filterButton: true })),
    rows: campaigns().map((r) => [r.month, r.cost, r.clicks, r.leads, r.customers, r.revenue]),
  });
  sheet.getColumn(1).numFmt = 'yyyy-mm-dd';
  sheet.getCell('H1').value = 'Source';
  sheet.getCell('H2').value = { text: 'CRM export', hyperlink: 'https://crm.example.com/export/42' };
  sheet.getCell('H1').note = 'Exported on the 1st of each month';
  const survey = workbook.addWorksheet('NPS survey');
  survey.addRow(['Respondent', 'Score', 'Comment']);
  [10, 9, 9, 8, 7, 6, 10, 3, 9, 8, 5, 10, 9, 2, 7, 9].forEach((score, i) => survey.addRow([`r${i + 1}`, score, i % 5 === 0 ? 'Fast delivery' : null]));
  survey.mergeCells('C2:C3');
  survey.getRow(5).hidden = true;
  for (let r = 2; r <= 17; r++) survey.getCell(`B${r}`).dataValidation = { type: 'whole', operator: 'between', formulae: [0, 10] };
  const mail = workbook.addWorksheet('E-mail');
  mail.addRows([
    ['Campaign', 'Sent', 'Delivered', 'Bounced', 'Unsubscribed', 'E-mail conversions'],
    ['Spring', 10_000, 9_800, 200, 49, 196],
    ['Summer', 12_000, 11_700, 300, 60, 240],
    ['Autumn', 9_000, { formula: 'B4-D4', result: 8_850 }, 150, 31, { formula: '_xlfn.FLOOR.MATH(C4*0.021)', result: 185 }],
  ]);
  return save(workbook);
}

/** Right-to-left Persian headers, a merged title above a second table, and rich text. */
async function persian(): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = campaignSheet(workbook, 'کمپین‌ها', [
    ['ماه', (r) => r.month],
    ['هزینه', (r) => r.cost],
    ['کلیک', (r) => r.clicks],
    ['سرنخ', (r) => r.leads],
    ['مشتری جدید', (r) => r.customers],
  ]);
  sheet.views = [{ rightToLeft: true }];
  sheet.getCell('G1').value = { richText: [{ text: 'یادداشت: ', font: { bold: true } }, { text: 'ارقام به دلار' }] };
  sheet.mergeCells('G1:I2');
  return save(workbook);
}

/** Saves `bytes` again with LibreOffice (a second producer of .xlsx). */
function throughLibreOffice(bytes: Buffer): Buffer {
  const soffice = findSoffice();
  if (!soffice) throw new Error('soffice is needed to write libreoffice.xlsx');
  const work = mkdtempSync(join(tmpdir(), 'kpi-fixture-'));
  try {
    mkdirSync(join(work, 'in'));
    writeFileSync(join(work, 'in', 'book.xlsx'), bytes);
    execFileSync(soffice, [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(work, 'out'), join(work, 'in', 'book.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    return readFileSync(join(work, 'out', 'book.xlsx'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function write(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const books: Array<[string, Buffer]> = [
    ['merged.xlsx', await merged()],
    ['errors.xlsx', await errors()],
    ['links-and-notes.xlsx', await linksAndNotes()],
    ['validation.xlsx', await validation()],
    ['hidden.xlsx', await hidden()],
    ['styled.xlsx', await styled()],
    ['newer-functions.xlsx', await newerFunctions()],
    ['chart-and-image.xlsx', await chartAndImage()],
    ['table-and-survey.xlsx', await tableAndSurvey()],
    ['persian.xlsx', await persian()],
  ];
  // The chart workbook with a merge, a note, validation and a hidden row, as LibreOffice saves it.
  books.push(['libreoffice.xlsx', throughLibreOffice(await chartAndImage(true))]);
  for (const [name, bytes] of books) {
    writeFileSync(join(OUT, name), bytes);
    console.log(`${name}: ${bytes.length} bytes`);
  }
}

await write();
