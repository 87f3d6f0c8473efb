/**
 * Leaving the spreadsheet as the self-test found it. Before it starts, it notes the sheets, the named ranges, the active
 * sheet and the add-on's document properties; afterwards it removes the names its summaries created, deletes the sheets
 * it created (its own, marked with developer metadata, and the summaries it built) and puts the properties back.
 * A check cut short by Apps Script's time limit leaves its marked sheets behind: the next check removes them first.
 */
import type { DeveloperMetadata, Properties, Sheet, Spreadsheet } from '../apps-script-api';
import { LAST_SUMMARY_PROPERTY, OWNER_KEY, recordOf, REQUEST_PREFIX } from '../summary-record';
import { parseSheetRange } from '../../summary/a1';
export { freeSheetName } from '../summary-record';

/** The developer-metadata key of a sheet the self-test created; its value is the start state's last-summary property (JSON). */
export const SELF_TEST_KEY = 'kpi-sheets-selftest';

/** The add-on's own document properties: the only ones the self-test may change, and the ones it restores. */
const OWN_PROPERTY = /^kpiSheets\./;

/** What the self-test notes before it starts. */
export interface StartState {
  readonly sheets: readonly { readonly id: number; readonly name: string }[];
  readonly activeSheetId: number;
  /** Named ranges, lower-cased (names are case-insensitive). */
  readonly names: readonly string[];
  /** The add-on's document properties. */
  readonly properties: Readonly<Record<string, string>>;
}

const metaOf = (sheet: Sheet, key: string): DeveloperMetadata | undefined => sheet.getDeveloperMetadata().find((meta) => meta.getKey() === key);

/** Whose a sheet is, by its marks (one read of its metadata): the self-test's, a summary's, or neither. */
function kindOf(sheet: Sheet): 'selftest' | 'summary' | null {
  const keys = sheet.getDeveloperMetadata().map((meta) => meta.getKey());
  return keys.includes(SELF_TEST_KEY) ? 'selftest' : keys.includes(OWNER_KEY) ? 'summary' : null;
}

/** The add-on's entries of the document properties. */
function ownProperties(properties: Properties): Record<string, string> {
  const all = properties.getProperties();
  return Object.fromEntries(Object.keys(all).filter((key) => OWN_PROPERTY.test(key)).sort().map((key) => [key, all[key]]));
}

/** The state to come back to. */
export function noteState(spreadsheet: Spreadsheet, properties: Properties): StartState {
  return {
    sheets: spreadsheet.getSheets().map((sheet) => ({ id: sheet.getSheetId(), name: sheet.getName() })),
    activeSheetId: spreadsheet.getActiveSheet().getSheetId(),
    names: spreadsheet.getNamedRanges().map((named) => named.getName().toLowerCase()),
    properties: ownProperties(properties),
  };
}

/** Marks a sheet as the self-test's, with the last-summary property to restore should the check be cut short. */
export function markSheet(sheet: Sheet, start: StartState): void {
  sheet.addDeveloperMetadata(SELF_TEST_KEY, JSON.stringify({ lastSummary: start.properties[LAST_SUMMARY_PROPERTY] ?? null }));
}


/**
 * Removes the names the summaries among `sheets` record, where they exist and were not there at the start; then deletes
 * the sheets, summaries first (their names point into the self-test's own sheets).
 */
function removeSheets(spreadsheet: Spreadsheet, sheets: readonly { sheet: Sheet; kind: 'selftest' | 'summary' }[], keepNames: ReadonlySet<string>, problems: string[]): void {
  const existing = new Map(spreadsheet.getNamedRanges().map((named) => [named.getName().toLowerCase(), named.getName()]));
  for (const { sheet } of sheets.filter(({ kind }) => kind === 'summary')) {
    for (const name of recordOf(sheet, [])?.names ?? []) {
      const found = existing.get(name.toLowerCase());
      if (found === undefined || keepNames.has(name.toLowerCase())) continue;
      try {
        spreadsheet.removeNamedRange(found);
        existing.delete(name.toLowerCase());
      } catch (error) {
        problems.push(`${found}: ${(error as Error).message}`);
      }
    }
  }
  for (const { sheet } of [...sheets.filter(({ kind }) => kind === 'summary'), ...sheets.filter(({ kind }) => kind === 'selftest')]) {
    const name = sheet.getName();
    try {
      spreadsheet.deleteSheet(sheet);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
}

/** Puts the add-on's document properties back as they were: deletes those added, restores those changed or deleted. */
function restoreProperties(properties: Properties, start: Readonly<Record<string, string>>, problems: string[]): void {
  const now = ownProperties(properties);
  try {
    for (const key of Object.keys(now)) if (!(key in start)) properties.deleteProperty(key);
    const changed = Object.fromEntries(Object.entries(start).filter(([key, value]) => now[key] !== value));
    if (Object.keys(changed).length > 0) properties.setProperties(changed);
  } catch (error) {
    problems.push((error as Error).message);
  }
}

/**
 * Removes everything the self-test created since `start`: new sheets it marked and new summary sheets (with the names
 * they created), then restores the active sheet and the add-on's document properties. Returns what could not be undone.
 */
export function restoreState(spreadsheet: Spreadsheet, properties: Properties, start: StartState): string[] {
  const problems: string[] = [];
  const known = new Set(start.sheets.map((sheet) => sheet.id));
  const created = spreadsheet
    .getSheets()
    .filter((sheet) => !known.has(sheet.getSheetId()))
    .map((sheet) => ({ sheet, kind: kindOf(sheet) }))
    .filter((entry): entry is { sheet: Sheet; kind: 'selftest' | 'summary' } => entry.kind !== null);
  const active = spreadsheet.getSheets().find((sheet) => sheet.getSheetId() === start.activeSheetId);
  try {
    if (active) spreadsheet.setActiveSheet(active);
  } catch (error) {
    problems.push((error as Error).message);
  }
  removeSheets(spreadsheet, created, new Set(start.names), problems);
  restoreProperties(properties, start.properties, problems);
  return problems;
}

/** What differs between two notes of the state (sheets, names, the add-on's properties); empty when none. */
export function stateDifferences(before: StartState, after: StartState): string[] {
  const differences: string[] = [];
  const sheets = (state: StartState): string => state.sheets.map((sheet) => `${sheet.id}:${sheet.name}`).join(', ');
  if (sheets(before) !== sheets(after)) differences.push(`sheets ${sheets(after)}`);
  if ([...before.names].sort().join() !== [...after.names].sort().join()) differences.push(`names ${[...after.names].sort().join(', ')}`);
  if (JSON.stringify(before.properties) !== JSON.stringify(after.properties)) differences.push(`properties ${Object.keys(after.properties).join(', ')}`);
  if (before.activeSheetId !== after.activeSheetId) differences.push(`active sheet ${after.activeSheetId}`);
  return differences;
}

/**
 * Sheets left by a self-test that Apps Script stopped: its marked sheets, and the summaries whose saved request reads
 * only those sheets. Removes them with the names they created, deletes their saved requests and restores the last-summary
 * property the marks recorded. Returns the names of the sheets removed.
 */
export function removeLeftovers(spreadsheet: Spreadsheet, properties: Properties): string[] {
  const sheets = spreadsheet.getSheets().map((sheet) => ({ sheet, kind: kindOf(sheet) }));
  const marked = sheets.filter(({ kind }) => kind === 'selftest').map(({ sheet }) => sheet);
  if (marked.length === 0) return [];
  const markedNames = new Set(marked.map((sheet) => sheet.getName()));
  const readsOnlyMarked = (sheet: Sheet): boolean => {
    try {
      const request = JSON.parse(properties.getProperty(`${REQUEST_PREFIX}${sheet.getSheetId()}`) ?? 'null') as { ranges?: unknown } | null;
      const ranges = Array.isArray(request?.ranges) ? (request.ranges as unknown[]) : [];
      return ranges.length > 0 && ranges.every((a1) => typeof a1 === 'string' && markedNames.has(parseSheetRange(a1)?.sheetName ?? ''));
    } catch {
      return false;
    }
  };
  const summaries = sheets.filter(({ sheet, kind }) => kind === 'summary' && readsOnlyMarked(sheet)).map(({ sheet }) => sheet);
  const removed = [...summaries.map((sheet) => ({ sheet, kind: 'summary' as const })), ...marked.map((sheet) => ({ sheet, kind: 'selftest' as const }))];
  const ids = new Set(removed.map(({ sheet }) => sheet.getSheetId()));
  const lastSummary = ((): string | null => {
    try {
      return (JSON.parse(metaOf(marked[0], SELF_TEST_KEY)!.getValue() ?? '{}') as { lastSummary?: string | null }).lastSummary ?? null;
    } catch {
      return null;
    }
  })();
  const names = removed.map(({ sheet }) => sheet.getName());
  const problems: string[] = [];
  const others = sheets.filter(({ sheet }) => !ids.has(sheet.getSheetId()));
  if (others.length > 0 && ids.has(spreadsheet.getActiveSheet().getSheetId())) spreadsheet.setActiveSheet(others[0].sheet);
  removeSheets(spreadsheet, removed, new Set(), problems);
  for (const id of ids) properties.deleteProperty(`${REQUEST_PREFIX}${id}`);
  const last = properties.getProperty(LAST_SUMMARY_PROPERTY);
  if (last !== null && ids.has(Number(last))) {
    if (lastSummary === null) properties.deleteProperty(LAST_SUMMARY_PROPERTY);
    else properties.setProperty(LAST_SUMMARY_PROPERTY, lastSummary);
  }
  return names;
}
