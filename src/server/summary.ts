/** Server entry points of the summary builder: read the selection, plan, apply; the last request is kept for "Rebuild summary". */
import { listText, type Language } from '../kpi/types';
import { describeRange, type RangeFacts, type RangeInput } from '../summary/facts';
import { LABELS } from '../summary/labels';
import { choosePrefix, type NamePolicy } from '../summary/names';
import { planSummary, type PlanContext, type SummaryMode, type SummaryPlan, type SummaryRequest } from '../summary/plan';
import type { Role } from '../summary/roles';
import { applyPlan, covers, userCells, type Services, type SummaryTarget } from './apply-plan';
import type { Range, Spreadsheet } from './apps-script-api';
import type { SidebarBuildRequest } from './rpc-types';
import { freeSheetName, LAST_SUMMARY_PROPERTY, LEGACY_NAMES_PROPERTY, LEGACY_REQUEST_PROPERTY, legacyNames, ownedSummaries, REQUEST_PREFIX, type OwnedSummary } from './summary-record';
import { readSavedRequest, RequestError, shown } from './validate-request';
import { REQUEST_MESSAGES } from './request-messages';
import { dayOfIso, isoOfDay } from '../kpi/periods/period';
import { clvDays } from '../summary/calibration';

/** A build request: the ranges (A1 with their sheet) and, per `range:column`, the roles the user chose. */
export interface BuildRequest extends SummaryRequest {
  readonly ranges: readonly string[];
  readonly roles?: Readonly<Record<string, Role | null>>;
}

export interface BuildResult {
  readonly sheetName: string;
  readonly sheetId: number;
  readonly kpis: readonly { id: string; table: string; mode: SummaryMode }[];
  readonly notes: readonly string[];
}

/** What the adapter reads of a range: its sheet, corner, values and number formats. */
export function readRange(range: Range): RangeInput {
  return {
    sheetName: range.getSheet().getName(),
    row: range.getRow(),
    column: range.getColumn(),
    values: range.getValues(),
    numberFormats: range.getNumberFormats(),
  };
}

/** The range at `a1`, or an error that says it is gone and what to do. */
function rangeAt(spreadsheet: Spreadsheet, a1: string, language: Language): Range {
  try {
    return spreadsheet.getRange(a1);
  } catch {
    throw new Error(LABELS[language].rangeGone(a1));
  }
}

/** The roles the user chose for the columns of range `index` (roles keyed `range:column`). */
export function overridesOf(roles: Readonly<Record<string, Role | null>> | undefined, index: number): Record<number, Role | null> {
  const out: Record<number, Role | null> = {};
  for (const [key, role] of Object.entries(roles ?? {})) {
    const [range, column] = key.split(':').map(Number);
    if (range === index) out[column] = role;
  }
  return out;
}

/** Facts about every range of the active selection. */
export function selectionFacts(services: Services): RangeFacts[] {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  const ranges = spreadsheet.getActiveRangeList()?.getRanges() ?? [];
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return ranges.map((range) => describeRange(readRange(range), locale, {}, timeZone));
}

/** The spreadsheet's summaries and the legacy list of names, read once per build. */
function summariesOf(services: Services): { spreadsheet: Spreadsheet; owned: OwnedSummary[] } {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const legacy = legacyNames(services.PropertiesService.getDocumentProperties().getProperty(LEGACY_NAMES_PROPERTY));
  return { spreadsheet, owned: ownedSummaries(spreadsheet, legacy) };
}

/** A new summary: the first free sheet name after `name` ("KPI Summary (2)", …) and a prefix of its own. */
function newTarget(spreadsheet: Spreadsheet, owned: readonly OwnedSummary[], name: string, existingNames: readonly string[]): SummaryTarget {
  const prefix = choosePrefix(owned.map((summary) => summary.record.prefix), existingNames);
  const sheetName = freeSheetName(name, spreadsheet.getSheets().map((sheet) => sheet.getName()));
  return { sheet: null, name: sheetName, record: { prefix, names: [], rows: 0, columns: 0, charts: [] } };
}

/** Where a build writes: the summary with this sheet id, else the owned sheet called `name`, else a new summary. */
function targetFor(spreadsheet: Spreadsheet, owned: readonly OwnedSummary[], name: string, sheetId: number | undefined, existingNames: readonly string[]): SummaryTarget {
  const found = owned.find((summary) => (sheetId === undefined ? summary.sheet.getName() === name : summary.sheet.getSheetId() === sheetId));
  return found ? { sheet: found.sheet, name: found.sheet.getName(), record: found.record } : newTarget(spreadsheet, owned, name, existingNames);
}

/** The names a target must not take: every existing name it does not own, compared case-insensitively. */
function namePolicy(target: SummaryTarget, existingNames: readonly string[]): NamePolicy {
  const own = new Set(target.record.names.map((name) => name.toLowerCase()));
  const foreign = new Set(existingNames.map((name) => name.toLowerCase()).filter((name) => !own.has(name)));
  return { prefix: target.record.prefix, foreign: (name) => foreign.has(name.toLowerCase()) };
}

/** Options of a build: the summary to rebuild (by sheet id) or always a new one, the program the result is for, and who sees the plan. */
export interface BuildOptions {
  readonly sheetId?: number;
  /** A new summary sheet, whatever summaries exist (the self-test's). */
  readonly newSheet?: boolean;
  readonly program?: PlanContext['program'];
  /** Called with the plan just before it is applied (the self-test compares what it wrote with what reads back). */
  readonly onPlan?: (plan: SummaryPlan) => void;
}

/** Refuses a calibration end that is not strictly between the first and last date the CLV tables read (a RequestError naming calibrationEnd). */
function checkCalibrationEnd(request: BuildRequest, facts: readonly RangeFacts[], timeZone: string): void {
  const clv = request.calibrationEnd === undefined ? undefined : clvDays(facts, timeZone);
  if (!clv || (dayOfIso(request.calibrationEnd!) > clv.first && dayOfIso(request.calibrationEnd!) < clv.last)) return;
  throw new RequestError('calibrationEnd', REQUEST_MESSAGES[request.language].outsideDates(shown(request.calibrationEnd), isoOfDay(clv.first), isoOfDay(clv.last)));
}

/** Builds (or rebuilds) a summary sheet for `request`, and keeps the request for "Rebuild summary". */
export function buildSummary(services: Services, request: BuildRequest, now: Date, options: BuildOptions = {}): BuildResult {
  return buildAmong(services, summariesOf(services), request, now, options);
}

/** buildSummary with the spreadsheet's summaries already read (a rebuild read them to find its request). */
function buildAmong(services: Services, summaries: ReturnType<typeof summariesOf>, request: BuildRequest, now: Date, options: BuildOptions): BuildResult {
  const { spreadsheet, owned } = summaries;
  const locale = spreadsheet.getSpreadsheetLocale();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const inputs = request.ranges.map((a1) => readRange(rangeAt(spreadsheet, a1, request.language)));
  const facts = inputs.map((input, i) => describeRange(input, locale, overridesOf(request.roles, i), timeZone, request.calendar));
  if (!facts.some((range) => range.columns.some((column) => column.role !== null))) {
    const seen = facts.flatMap((range) => range.columns.map((column) => column.header || column.a1)).slice(0, 8);
    throw new Error(LABELS[request.language].nothingRecognised(listText(request.ranges, request.language), listText(seen, request.language) || '—'));
  }
  checkCalibrationEnd(request, facts, timeZone);
  const l = LABELS[request.language];
  const existingNames = spreadsheet.getNamedRanges().map((named) => named.getName());
  const context = { locale, timeZone, now, data: inputs.map((input) => input.values), program: options.program };
  let target = options.newSheet ? newTarget(spreadsheet, owned, l.sheetName, existingNames) : targetFor(spreadsheet, owned, l.sheetName, options.sheetId, existingNames);
  let plan = planSummary(facts, request, { ...context, names: namePolicy(target, existingNames) });
  const moved: string[] = [];
  // Cells the user typed on the summary sheet are kept: when the new block would cover them, the summary goes to a new sheet.
  if (target.sheet && covers(plan.cells.length, plan.cells[0]?.length ?? 1, userCells(target.sheet, target.record))) {
    const kept = target.sheet.getName();
    target = newTarget(spreadsheet, owned, l.sheetName, existingNames);
    plan = planSummary(facts, request, { ...context, names: namePolicy(target, existingNames) });
    moved.push(l.movedToNewSheet(kept, target.name));
  }
  options.onPlan?.(plan);
  const sheet = applyPlan(services, plan, target, existingNames);
  const properties = services.PropertiesService.getDocumentProperties();
  properties.setProperties({ [`${REQUEST_PREFIX}${sheet.getSheetId()}`]: JSON.stringify(request), [LAST_SUMMARY_PROPERTY]: String(sheet.getSheetId()) });
  return {
    sheetName: sheet.getName(),
    sheetId: sheet.getSheetId(),
    kpis: plan.kpis.map((k) => ({ id: k.id, table: k.table, mode: k.mode })),
    notes: [...moved, ...plan.notes],
  };
}

/** The summary "Rebuild" means: the active sheet when it is a summary, else the one built last; with the key of its request. */
function summaryToRebuild(services: Services, { spreadsheet, owned }: ReturnType<typeof summariesOf>): { sheetId: number; key: string } | null {
  const properties = services.PropertiesService.getDocumentProperties();
  const active = spreadsheet.getActiveSheet().getSheetId();
  const last = Number(properties.getProperty(LAST_SUMMARY_PROPERTY));
  const summary = owned.find((s) => s.sheet.getSheetId() === active) ?? owned.find((s) => s.sheet.getSheetId() === last) ?? (owned.length === 1 ? owned[0] : undefined);
  if (!summary) return null;
  const id = summary.sheet.getSheetId();
  const key = `${REQUEST_PREFIX}${id}`;
  return { sheetId: id, key: properties.getProperty(key) === null && properties.getProperty(LEGACY_REQUEST_PROPERTY) !== null ? LEGACY_REQUEST_PROPERTY : key };
}

/**
 * The request that built the summary to rebuild, checked like a new one (validate-request.ts); a corrupt one is deleted
 * from the document and comes back as `discarded`, the line that tells the user. Null when there is nothing to rebuild.
 */
export function savedRequest(services: Services, language: Language, summaries = summariesOf(services)): { sheetId: number; request: SidebarBuildRequest } | { discarded: string } | null {
  const found = summaryToRebuild(services, summaries);
  if (!found) return null;
  const properties = services.PropertiesService.getDocumentProperties();
  const saved = readSavedRequest(properties.getProperty(found.key), { language });
  if (saved && 'discarded' in saved) properties.deleteProperty(found.key);
  return saved && !('discarded' in saved) ? { sheetId: found.sheetId, request: saved } : saved;
}

/** Rebuilds a summary from the request that built it; a corrupt one is discarded with a message. */
export function rebuildSummary(services: Services, now: Date, language: Language = 'en'): BuildResult {
  const summaries = summariesOf(services);
  const saved = savedRequest(services, language, summaries);
  if (!saved) throw new Error(LABELS[language].nothingToRebuild);
  if ('discarded' in saved) throw new Error(saved.discarded);
  return buildAmong(services, summaries, saved.request, now, { sheetId: saved.sheetId });
}
