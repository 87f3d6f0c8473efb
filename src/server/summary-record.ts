/**
 * What a summary owns, recorded in its sheet's developer metadata: its name prefix, the named ranges it created, the block
 * of cells it wrote and its charts. A build changes only what its record lists; everything else in the spreadsheet
 * (the user's names, cells and charts, and every other summary) is someone else's.
 */
import type { Sheet, Spreadsheet } from './apps-script-api';

/** The developer-metadata key that marks a sheet the builder owns; its value is the summary's record as JSON. */
export const OWNER_KEY = 'kpi-sheets-summary';
/** Document properties: the request that built each summary (by sheet id) and the summary built last. */
export const REQUEST_PREFIX = 'kpiSheets.request.';
export const LAST_SUMMARY_PROPERTY = 'kpiSheets.lastSummary';
/** Earlier versions: one list of names and one request for the whole document (read to adopt an older summary). */
export const LEGACY_NAMES_PROPERTY = 'kpiSheets.namedRanges';
export const LEGACY_REQUEST_PROPERTY = 'kpiSheets.lastRequest';

export interface SummaryRecord {
  /** The prefix of its names: kpi_, kpi2_, … */
  readonly prefix: string;
  /** The named ranges it created. */
  readonly names: readonly string[];
  /** The block it wrote at A1 (0 × 0 for an older summary that did not record it: the whole sheet is then its). */
  readonly rows: number;
  readonly columns: number;
  /** Ids of the charts it inserted (null for an older summary: every chart on the sheet is then its). */
  readonly charts: readonly number[] | null;
}

/** A summary sheet and its record. */
export interface OwnedSummary {
  readonly sheet: Sheet;
  readonly record: SummaryRecord;
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The record a metadata value holds; an older summary's mark ('true') adopts the document's legacy list of names. */
export function parseRecord(value: string | null, legacyNames: readonly string[]): SummaryRecord {
  try {
    const parsed = JSON.parse(value ?? '') as Partial<SummaryRecord>;
    if (parsed && typeof parsed === 'object' && typeof parsed.prefix === 'string' && isStringArray(parsed.names)) {
      const size = (n: unknown): number => (Number.isInteger(n) && (n as number) >= 0 ? (n as number) : 0);
      const charts = Array.isArray(parsed.charts) && parsed.charts.every((id) => Number.isInteger(id)) ? parsed.charts : null;
      return { prefix: parsed.prefix, names: parsed.names, rows: size(parsed.rows), columns: size(parsed.columns), charts };
    }
  } catch {
    // an older mark
  }
  return { prefix: 'kpi_', names: legacyNames, rows: 0, columns: 0, charts: null };
}

/** The legacy list of names kept in document properties by earlier versions. */
export function legacyNames(raw: string | null): string[] {
  try {
    const parsed: unknown = JSON.parse(raw ?? '[]');
    return isStringArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** The record of a sheet the builder owns, or null for any other sheet. */
export function recordOf(sheet: Sheet, legacy: readonly string[]): SummaryRecord | null {
  const mark = sheet.getDeveloperMetadata().find((meta) => meta.getKey() === OWNER_KEY);
  return mark ? parseRecord(mark.getValue(), legacy) : null;
}

/** Every summary in the spreadsheet, in sheet order. */
export function ownedSummaries(spreadsheet: Spreadsheet, legacy: readonly string[]): OwnedSummary[] {
  const owned: OwnedSummary[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const record = recordOf(sheet, legacy);
    if (record) owned.push({ sheet, record });
  }
  return owned;
}

/** Writes a sheet's record: the value of its mark, or a new mark. */
export function writeRecord(sheet: Sheet, record: SummaryRecord): void {
  const mark = sheet.getDeveloperMetadata().find((meta) => meta.getKey() === OWNER_KEY);
  if (mark) mark.setValue(JSON.stringify(record));
  else sheet.addDeveloperMetadata(OWNER_KEY, JSON.stringify(record));
}

/** A sheet name not yet taken (names are compared case-insensitively): `base`, else `base (2)`, … */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base} (${i})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
