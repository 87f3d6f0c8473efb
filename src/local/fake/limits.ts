/**
 * The limits Google Sheets and Apps Script enforce on the calls the add-on makes, with the message
 * each failure carries, in one place so that the fake fails where Sheets fails. Every number
 * states the page it comes from; test/local/fake-rules.test.ts checks each rule and its edge.
 */

/** Characters in one cell, text or formula. https://support.google.com/drive/answer/37603 ("more than 50,000 characters"). */
export const MAX_CELL_CHARACTERS = 50_000;
/** Sheets' own message when a write puts more than 50,000 characters in one cell. */
export const CELL_TOO_LONG = `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`;

/** Cells in a spreadsheet: Σ over sheets of maxRows × maxColumns. https://support.google.com/drive/answer/37603 ("Up to 10 million cells"). */
export const MAX_SPREADSHEET_CELLS = 10_000_000;
/** Sheets' message when an insertion would pass the cell limit. */
export const TOO_MANY_CELLS = `This action would increase the number of cells in the workbook above the limit of ${MAX_SPREADSHEET_CELLS} cells.`;

/** Columns in a sheet: ZZZ. https://support.google.com/drive/answer/37603 ("18,278 columns (column ZZZ)"). */
export const MAX_COLUMNS = 18_278;
/** The fake's message (Google's wording is not documented). */
export const TOO_MANY_COLUMNS = `This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS} columns (column ZZZ).`;

/** Characters of developer metadata (keys + values) per sheet and for the spreadsheet itself. https://developers.google.com/workspace/sheets/api/guides/metadata#metadata-limits */
export const MAX_METADATA_CHARACTERS = 30_000;

/** Bytes of one property value: "Properties value size 9 KB / val". https://developers.google.com/apps-script/guides/services/quotas */
export const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;
/** Bytes of one property store, keys and values: "Properties total storage 500 KB / property store". Same page. */
export const MAX_PROPERTY_STORE_BYTES = 500 * 1024;
/** Apps Script's messages for the two property limits. */
export const PROPERTY_VALUE_TOO_LARGE = 'Argument too large: value';
export const PROPERTY_STORE_FULL = 'You have exceeded the property storage quota. Please remove some properties and try again.';

/** Longest named-range name. https://support.google.com/docs/answer/63175 ("Must be 1–250 characters"). */
export const MAX_NAMED_RANGE_NAME = 250;

/** Characters as Sheets counts them (code points, so that a Persian or emoji character is one). */
export function characterCount(text: string): number {
  return Array.from(text).length;
}

/** UTF-8 bytes of a string (what the property quotas measure). */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Throws Sheets' message when a string written to a cell is longer than 50,000 characters. */
export function checkCellText(value: unknown): void {
  if (typeof value === 'string' && value.length > MAX_CELL_CHARACTERS && characterCount(value) > MAX_CELL_CHARACTERS) throw new Error(CELL_TOO_LONG);
}

/**
 * Why `name` cannot name a range, or undefined when it can. The rules of "Name a range"
 * (https://support.google.com/docs/answer/63175): only letters, numbers and underscores; not
 * starting with a number or with the words "true" or "false"; 1–250 characters; not in A1 or
 * R1C1 syntax. "Starting with true/false" is read literally (trueCount is refused), the stricter
 * reading, so that a name the fake accepts is one Sheets accepts; likewise "letters" are the
 * ASCII letters, as the fake's formula engine holds no other names (Sheets may accept more).
 */
export function namedRangeNameProblem(name: string): string | undefined {
  const length = characterCount(name);
  if (length < 1 || length > MAX_NAMED_RANGE_NAME) return `must be 1–${MAX_NAMED_RANGE_NAME} characters`;
  if (!/^[A-Za-z0-9_]+$/.test(name)) return 'may hold only letters (A–Z), numbers and underscores';
  if (/^[0-9]/.test(name)) return "can't start with a number";
  if (/^(true|false)/i.test(name)) return 'can\'t start with the words "true" or "false"';
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return "can't be a cell reference in A1 notation";
  if (/^R[0-9]*C[0-9]*$/i.test(name)) return "can't be a cell reference in R1C1 notation";
  return undefined;
}
