import { describe, expect, it } from 'vitest';
import { createFakeSpreadsheet, type FakeSpreadsheet, type FakeSpreadsheetOptions } from '../../src/local/fake/index';
import type * as Api from '../../src/server/apps-script-api';

/**
 * The fake fails where Sheets fails: one row per rule of the Apps Script methods the adapter and
 * the sidebar server call, with the page the rule comes from, a call that must throw (and the
 * message it throws) and, where there is an edge, the call just inside the limit that must not.
 */

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet';
const LIMITS = 'https://support.google.com/drive/answer/37603';
const NAME_A_RANGE = 'https://support.google.com/docs/answer/63175';
const METADATA_LIMITS = 'https://developers.google.com/workspace/sheets/api/guides/metadata#metadata-limits';
const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas';

interface World {
  fake: FakeSpreadsheet;
  ss: Api.Spreadsheet;
  sheet: Api.Sheet;
  props: Api.Properties;
}

/** A fresh spreadsheet: one sheet "Data" (1000 × 26 unless `options` says otherwise) holding 1, 2, 3 in A1:A3. */
function world(options: FakeSpreadsheetOptions = {}): World {
  const fake = createFakeSpreadsheet({ sheets: [{ name: 'Data', values: [[1], [2], [3]] }], ...options });
  return { fake, ss: fake.spreadsheet, sheet: fake.spreadsheet.getSheets()[0], props: fake.PropertiesService.getDocumentProperties() };
}

/** Fills a property store to exactly `bytes` bytes of keys and values (keys p0, p1, …; values of "v", 9,000 at most). */
function fillStore(props: Api.Properties, bytes: number): void {
  const entries: Record<string, string> = {};
  let left = bytes;
  for (let i = 0; left > 0; i++) {
    const key = `p${i}`;
    const size = Math.min(9000, left - key.length);
    entries[key] = 'v'.repeat(size);
    left -= key.length + size;
  }
  props.setProperties(entries);
}

interface Rule {
  method: string;
  rule: string;
  reference: string;
  /** Options of the spreadsheet the calls run on (default: world()). */
  options?: FakeSpreadsheetOptions;
  /** A call that must throw … */
  fails: (w: World) => unknown;
  /** … with a message matching this. */
  message: RegExp;
  /** The call at the edge, which must not throw. */
  holds?: (w: World) => unknown;
}

const CELL_TOO_LONG = /^Your input contains more than the maximum of 50000 characters in a single cell\.$/;
const TOO_MANY_CELLS = /^This action would increase the number of cells in the workbook above the limit of 10000000 cells\.$/;
const NAME_INVALID = /The named range name ".*" is invalid/;

const RULES: Rule[] = [
  {
    method: 'Spreadsheet.removeNamedRange',
    rule: 'a name that does not exist throws',
    reference: `${REF}/spreadsheet#removeNamedRange(String)`,
    fails: ({ ss }) => ss.removeNamedRange('kpi_missing'),
    message: /no named range "kpi_missing"/,
    holds: ({ ss, sheet }) => {
      ss.setNamedRange('kpi_there', sheet.getRange('A1:A3'));
      ss.removeNamedRange('kpi_there');
    },
  },
  {
    method: 'Spreadsheet.setNamedRange',
    rule: 'a name in A1 notation (1–3 letters then digits) throws',
    reference: NAME_A_RANGE,
    fails: ({ ss, sheet }) => ss.setNamedRange('ab12', sheet.getRange('A1')),
    message: NAME_INVALID,
    holds: ({ ss, sheet }) => ss.setNamedRange('kpi_12', sheet.getRange('A1')),
  },
  {
    method: 'Spreadsheet.setNamedRange',
    rule: 'a name in R1C1 notation throws',
    reference: NAME_A_RANGE,
    fails: ({ ss, sheet }) => ss.setNamedRange('R1C1', sheet.getRange('A1')),
    message: /R1C1/,
    holds: ({ ss, sheet }) => ss.setNamedRange('Rate1C', sheet.getRange('A1')),
  },
  {
    method: 'Spreadsheet.setNamedRange',
    rule: 'a name starting with a number throws',
    reference: NAME_A_RANGE,
    fails: ({ ss, sheet }) => ss.setNamedRange('1st_cost', sheet.getRange('A1')),
    message: /can't start with a number/,
    holds: ({ ss, sheet }) => ss.setNamedRange('_1st_cost', sheet.getRange('A1')),
  },
  {
    method: 'Spreadsheet.setNamedRange',
    rule: 'a name starting with the words true or false throws',
    reference: NAME_A_RANGE,
    fails: ({ ss, sheet }) => ss.setNamedRange('FALSE_rate', sheet.getRange('A1')),
    message: /"true" or "false"/,
    holds: ({ ss, sheet }) => ss.setNamedRange('truly', sheet.getRange('A1')),
  },
  {
    method: 'Spreadsheet.setNamedRange',
    rule: 'a name with spaces or punctuation throws (letters, numbers and underscores only)',
    reference: NAME_A_RANGE,
    fails: ({ ss, sheet }) => ss.setNamedRange('kpi.cost', sheet.getRange('A1')),
    message: /only letters \(A–Z\), numbers and underscores/,
    holds: ({ ss, sheet }) => ss.setNamedRange('KPI_cost_2', sheet.getRange('A1')),
  },
  {
    method: 'Spreadsheet.setNamedRange',
    rule: 'a name longer than 250 characters throws',
    reference: NAME_A_RANGE,
    fails: ({ ss, sheet }) => ss.setNamedRange('k'.repeat(251), sheet.getRange('A1')),
    message: /1–250 characters/,
    holds: ({ ss, sheet }) => ss.setNamedRange('k'.repeat(250), sheet.getRange('A1')),
  },
  {
    method: 'Spreadsheet.setNamedRange',
    rule: 'an empty name throws',
    reference: NAME_A_RANGE,
    fails: ({ ss, sheet }) => ss.setNamedRange('', sheet.getRange('A1')),
    message: /1–250 characters/,
    holds: ({ ss, sheet }) => ss.setNamedRange('k', sheet.getRange('A1')),
  },
  {
    method: 'Spreadsheet.insertSheet',
    rule: 'a name taken by another sheet, in any case, throws',
    reference: `${REF}/spreadsheet#insertSheet(String)`,
    fails: ({ ss }) => ss.insertSheet('dATA'),
    message: /^A sheet with the name "dATA" already exists\. Please enter another name\.$/,
    holds: ({ ss }) => ss.insertSheet('Data 2'),
  },
  {
    method: 'Sheet.setName',
    rule: 'a name taken by another sheet, in any case, throws',
    reference: `${REF}/sheet#setName(String)`,
    fails: ({ ss }) => ss.insertSheet('Other').setName('data'),
    message: /already exists/,
    holds: ({ ss }) => ss.insertSheet('Other').setName('other'),
  },
  {
    method: 'Range.setValue',
    rule: 'text over 50,000 characters throws',
    reference: LIMITS,
    fails: ({ sheet }) => sheet.getRange('B1').setValue('x'.repeat(50_001)),
    message: CELL_TOO_LONG,
    holds: ({ sheet }) => sheet.getRange('B1').setValue('x'.repeat(50_000)),
  },
  {
    method: 'Range.setValues',
    rule: 'text over 50,000 characters in any cell throws',
    reference: LIMITS,
    fails: ({ sheet }) => sheet.getRange('B1:C1').setValues([['ok', 'ش'.repeat(50_001)]]),
    message: CELL_TOO_LONG,
    holds: ({ sheet }) => sheet.getRange('B1:C1').setValues([['ok', 'ش'.repeat(50_000)]]),
  },
  {
    method: 'Range.setFormula',
    rule: 'a formula over 50,000 characters throws',
    reference: LIMITS,
    fails: ({ sheet }) => sheet.getRange('B1').setFormula(`="${'x'.repeat(49_998)}"`),
    message: CELL_TOO_LONG,
    holds: ({ sheet }) => sheet.getRange('B1').setFormula(`="${'x'.repeat(49_997)}"`),
  },
  {
    method: 'Range.setFormulas',
    rule: 'a formula over 50,000 characters throws',
    reference: LIMITS,
    fails: ({ sheet }) => sheet.getRange('B1:B2').setFormulas([['=1'], [`="${'x'.repeat(49_998)}"`]]),
    message: CELL_TOO_LONG,
    holds: ({ sheet }) => sheet.getRange('B1:B2').setFormulas([['=1'], [`="${'x'.repeat(49_997)}"`]]),
  },
  {
    method: 'Spreadsheet.insertSheet',
    rule: 'a new sheet (1,000 × 26) that takes the spreadsheet over 10 million cells throws',
    reference: LIMITS,
    options: { sheets: [{ name: 'Data', maxRows: 4_987_001, maxColumns: 2 }] },
    fails: ({ ss }) => ss.insertSheet('KPI Summary'),
    message: TOO_MANY_CELLS,
    holds: () => createFakeSpreadsheet({ sheets: [{ name: 'Data', maxRows: 4_987_000, maxColumns: 2 }] }).spreadsheet.insertSheet('KPI Summary'),
  },
  {
    method: 'Sheet.insertRowsAfter',
    rule: 'rows that take the spreadsheet over 10 million cells throw',
    reference: LIMITS,
    options: { sheets: [{ name: 'Data', maxRows: 1000, maxColumns: 10 }] },
    fails: ({ sheet }) => sheet.insertRowsAfter(1000, 999_001),
    message: TOO_MANY_CELLS,
    holds: ({ sheet }) => sheet.insertRowsAfter(1000, 999_000),
  },
  {
    method: 'Sheet.insertColumnsAfter',
    rule: 'columns that take the spreadsheet over 10 million cells throw',
    reference: LIMITS,
    fails: ({ sheet }) => sheet.insertColumnsAfter(26, 9_975),
    message: TOO_MANY_CELLS,
    holds: ({ sheet }) => sheet.insertColumnsAfter(26, 9_974),
  },
  {
    method: 'Sheet.insertColumnsAfter',
    rule: 'columns past ZZZ (18,278) throw',
    reference: LIMITS,
    options: { sheets: [{ name: 'Data', maxRows: 100, maxColumns: 26 }] },
    fails: ({ sheet }) => sheet.insertColumnsAfter(26, 18_253),
    message: /above the limit of 18278 columns/,
    holds: ({ sheet }) => sheet.insertColumnsAfter(26, 18_252),
  },
  {
    method: 'createFakeSpreadsheet (opening a workbook)',
    rule: 'a workbook over 10 million cells cannot be loaded',
    reference: LIMITS,
    options: { sheets: [] },
    fails: () => createFakeSpreadsheet({ sheets: [{ name: 'A', maxRows: 5_000_000, maxColumns: 2 }, { name: 'B', maxRows: 1, maxColumns: 1 }] }),
    message: TOO_MANY_CELLS,
    holds: () => createFakeSpreadsheet({ sheets: [{ name: 'A', maxRows: 5_000_000, maxColumns: 2 }] }),
  },
  {
    method: 'Sheet.getRange',
    rule: 'a range outside the sheet throws',
    reference: `${REF}/sheet#getRange(Integer,Integer,Integer,Integer)`,
    fails: ({ sheet }) => sheet.getRange(1000, 26, 2, 1),
    message: /^The coordinates of the range are outside the dimensions of the sheet\.$/,
    holds: ({ sheet }) => sheet.getRange(1000, 26, 1, 1),
  },
  {
    method: 'Sheet.getRange',
    rule: 'a starting row below 1 throws',
    reference: `${REF}/sheet#getRange(Integer,Integer)`,
    fails: ({ sheet }) => sheet.getRange(0, 1),
    message: /^The starting row of the range is too small\.$/,
    holds: ({ sheet }) => sheet.getRange(1, 1),
  },
  {
    method: 'Spreadsheet.getRange',
    rule: 'A1 notation of a missing sheet throws',
    reference: `${REF}/spreadsheet#getRange(String)`,
    fails: ({ ss }) => ss.getRange('Gone!A1:B2'),
    message: /^Range not found: Gone!A1:B2$/,
    holds: ({ ss }) => ss.getRange('Data!A1:B2'),
  },
  {
    method: 'Range.setValues',
    rule: 'values with the wrong number of rows throw',
    reference: `${REF}/range#setValues(Object)`,
    fails: ({ sheet }) => sheet.getRange('B1:B3').setValues([[1], [2]]),
    message: /^The number of rows in the data does not match the number of rows in the range\. The data has 2 but the range has 3\.$/,
    holds: ({ sheet }) => sheet.getRange('B1:B3').setValues([[1], [2], [3]]),
  },
  {
    method: 'Range.setValues',
    rule: 'values with the wrong number of columns throw',
    reference: `${REF}/range#setValues(Object)`,
    fails: ({ sheet }) => sheet.getRange('B1:C1').setValues([[1, 2, 3]]),
    message: /^The number of columns in the data does not match the number of columns in the range\. The data has 3 but the range has 2\.$/,
    holds: ({ sheet }) => sheet.getRange('B1:C1').setValues([[1, 2]]),
  },
  {
    method: 'Range.setNumberFormats',
    rule: 'formats of the wrong shape throw',
    reference: `${REF}/range#setNumberFormats(Object)`,
    fails: ({ sheet }) => sheet.getRange('B1:B2').setNumberFormats([['0%']]),
    message: /number of rows in the data does not match/,
    holds: ({ sheet }) => sheet.getRange('B1:B2').setNumberFormats([['0%'], ['0.00']]),
  },
  {
    method: 'Sheet.addDeveloperMetadata',
    rule: 'more than 30,000 characters of keys and values on one sheet throw',
    reference: METADATA_LIMITS,
    fails: ({ sheet }) => sheet.addDeveloperMetadata('k'.repeat(10), 'v'.repeat(29_991)),
    message: /30000 characters/,
    holds: ({ sheet }) => sheet.addDeveloperMetadata('k'.repeat(10), 'v'.repeat(29_990)),
  },
  {
    method: 'Spreadsheet.addDeveloperMetadata',
    rule: 'more than 30,000 characters on the spreadsheet throw (its sheets have their own 30,000)',
    reference: METADATA_LIMITS,
    fails: ({ ss }) => ss.addDeveloperMetadata('a', 'v'.repeat(20_000)).addDeveloperMetadata('b', 'v'.repeat(9_999)),
    message: /on the spreadsheet would hold 30001 characters/,
    holds: ({ ss, sheet }) => {
      sheet.addDeveloperMetadata('a', 'v'.repeat(29_999));
      ss.addDeveloperMetadata('a', 'v'.repeat(20_000)).addDeveloperMetadata('b', 'v'.repeat(9_998));
    },
  },
  {
    method: 'DeveloperMetadata.setValue',
    rule: 'a value that takes the location over 30,000 characters throws',
    reference: METADATA_LIMITS,
    fails: ({ sheet }) => sheet.addDeveloperMetadata('key', 'v').getDeveloperMetadata()[0].setValue('v'.repeat(29_998)),
    message: /30001 characters/,
    holds: ({ sheet }) => sheet.addDeveloperMetadata('key', 'v').getDeveloperMetadata()[0].setValue('v'.repeat(29_997)),
  },
  {
    method: 'Sheet.addDeveloperMetadata',
    rule: 'an empty key throws (developer metadata must always have a key)',
    reference: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata',
    fails: ({ sheet }) => sheet.addDeveloperMetadata(''),
    message: /must have a key/,
    holds: ({ sheet }) => sheet.addDeveloperMetadata('k'),
  },
  {
    method: 'Properties.setProperty',
    rule: 'a value over 9 KB (UTF-8 bytes) throws',
    reference: QUOTAS,
    fails: ({ props }) => props.setProperty('big', 'ش'.repeat(4609)),
    message: /^Argument too large: value$/,
    holds: ({ props }) => props.setProperty('big', 'ش'.repeat(4608)),
  },
  {
    method: 'Properties.setProperties',
    rule: 'a value over 9 KB throws, and nothing is written',
    reference: QUOTAS,
    fails: ({ props }) => props.setProperties({ small: '1', big: 'x'.repeat(9 * 1024 + 1) }),
    message: /^Argument too large: value$/,
    holds: ({ props }) => props.setProperties({ small: '1', big: 'x'.repeat(9 * 1024) }),
  },
  {
    method: 'Properties.setProperty',
    rule: 'a store over 500 KB of keys and values throws',
    reference: QUOTAS,
    fails: ({ props }) => {
      fillStore(props, 500 * 1024);
      props.setProperty('z', '');
    },
    message: /^You have exceeded the property storage quota\. Please remove some properties and try again\.$/,
    holds: ({ props }) => {
      fillStore(props, 500 * 1024 - 1);
      props.setProperty('z', '');
    },
  },
  {
    method: 'Sheet.setFrozenRows',
    rule: 'more rows than the sheet has throw',
    reference: `${REF}/sheet#setFrozenRows(Integer)`,
    fails: ({ sheet }) => sheet.setFrozenRows(1001),
    message: /^Those rows are out of bounds\.$/,
    holds: ({ sheet }) => sheet.setFrozenRows(5),
  },
  {
    method: 'Sheet.setFrozenColumns',
    rule: 'more columns than the sheet has throw',
    reference: `${REF}/sheet#setFrozenColumns(Integer)`,
    fails: ({ sheet }) => sheet.setFrozenColumns(27),
    message: /^Those columns are out of bounds\.$/,
    holds: ({ sheet }) => sheet.setFrozenColumns(1),
  },
  {
    method: 'Sheet.setColumnWidths',
    rule: 'columns beyond the sheet throw',
    reference: `${REF}/sheet#setColumnWidths(Integer,Integer,Integer)`,
    fails: ({ sheet }) => sheet.setColumnWidths(20, 8, 100),
    message: /^Those columns are out of bounds\.$/,
    holds: ({ sheet }) => sheet.setColumnWidths(20, 7, 100),
  },
  {
    method: 'Spreadsheet.deleteSheet',
    rule: 'the last sheet cannot be deleted',
    reference: `${REF}/spreadsheet#deleteSheet(Sheet)`,
    fails: ({ ss, sheet }) => ss.deleteSheet(sheet),
    message: /^You can't remove all the sheets in a document\.$/,
    holds: ({ ss }) => ss.deleteSheet(ss.insertSheet('Scratch')),
  },
];

describe('the fake fails where Sheets fails', () => {
  it.each(RULES.map((r) => [`${r.method}: ${r.rule}`, r] as const))('%s', (_, rule) => {
    expect(rule.reference).toMatch(/^https:\/\/(developers\.google\.com|support\.google\.com)\//);
    expect(() => rule.fails(world(rule.options))).toThrow(rule.message);
    if (rule.holds) expect(() => rule.holds!(world(rule.options))).not.toThrow();
  });

  it('a refused write changes nothing: no cell, property or metadata is half written', () => {
    const { fake, sheet, props } = world();
    const before = fake.snapshotHash();
    expect(() => sheet.getRange('B1:B2').setValues([['kept?'], ['x'.repeat(50_001)]])).toThrow(/50000 characters/);
    expect(() => props.setProperties({ a: '1', b: 'x'.repeat(9 * 1024 + 1) })).toThrow('Argument too large');
    expect(() => sheet.addDeveloperMetadata('k', 'v'.repeat(30_000))).toThrow(/30000/);
    expect(() => sheet.insertColumnsAfter(26, 20_000)).toThrow(/18278/);
    expect(fake.snapshotHash()).toBe(before);
    expect(props.getProperties()).toEqual({});
    expect(sheet.getMaxColumns()).toBe(26);
  });

  it('lookups of what is not there return null rather than throw', () => {
    const { ss } = world();
    expect(ss.getSheetByName('Missing')).toBeNull();
    expect(ss.getRangeByName('kpi_missing')).toBeNull();
    expect(ss.getDeveloperMetadata()).toEqual([]);
  });

  it('DeveloperMetadata.setValue replaces the value and is recorded', () => {
    const { fake, sheet } = world();
    sheet.addDeveloperMetadata('kpi-sheets-summary', 'v1');
    fake.resetWrites();
    const meta = sheet.getDeveloperMetadata()[0];
    expect(meta.setValue('v2')).toBe(meta);
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['kpi-sheets-summary', 'v2']]);
    expect(fake.writes()).toEqual([{ kind: 'metadata', method: 'DeveloperMetadata.setValue', sheet: 'Data', a1: null, detail: { key: 'kpi-sheets-summary', value: 'v2' } }]);
    meta.remove();
    expect(() => meta.setValue('v3')).toThrow('removed');
  });
});
