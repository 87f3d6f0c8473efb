/** Server entry points of the summary builder: read the selection, plan, apply; the last request is kept for "Rebuild summary". */
import type { Language } from '../kpi/types';
import { describeRange, type RangeFacts, type RangeInput } from '../summary/facts';
import { LABELS } from '../summary/labels';
import { planSummary, type SummaryMode, type SummaryRequest } from '../summary/plan';
import type { Role } from '../summary/roles';
import { applyPlan, REQUEST_PROPERTY, type Services } from './apply-plan';
import type { Range, Spreadsheet } from './apps-script-api';
import type { SidebarBuildRequest } from './rpc-types';
import { readSavedRequest } from './validate-request';

/** A build request: the ranges (A1 with their sheet) and, per `range:column`, the roles the user chose. */
export interface BuildRequest extends SummaryRequest {
  readonly ranges: readonly string[];
  readonly roles?: Readonly<Record<string, Role | null>>;
}

export interface BuildResult {
  readonly sheetName: string;
  readonly sheetId: number;
  readonly kpis: readonly { id: string; mode: SummaryMode }[];
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

/** The roles the user chose for the columns of range `index`. */
function overridesOf(request: BuildRequest, index: number): Record<number, Role | null> {
  const out: Record<number, Role | null> = {};
  for (const [key, role] of Object.entries(request.roles ?? {})) {
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
  return ranges.map((range) => describeRange(readRange(range), locale));
}

/** Builds (or rebuilds) the summary sheet for `request`, and keeps the request for "Rebuild summary". */
export function buildSummary(services: Services, request: BuildRequest, now: Date): BuildResult {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const inputs = request.ranges.map((a1) => readRange(rangeAt(spreadsheet, a1, request.language)));
  const facts = inputs.map((input, i) => describeRange(input, locale, overridesOf(request, i)));
  if (!facts.some((range) => range.columns.some((column) => column.role !== null))) {
    const seen = facts.flatMap((range) => range.columns.map((column) => column.header || column.a1)).slice(0, 8);
    throw new Error(LABELS[request.language].nothingRecognised(request.ranges.join(', '), seen.join(', ') || '—'));
  }
  const plan = planSummary(facts, request, { locale, timeZone, now, data: inputs.map((input) => input.values) });
  const sheet = applyPlan(services, plan);
  services.PropertiesService.getDocumentProperties().setProperty(REQUEST_PROPERTY, JSON.stringify(request));
  return { sheetName: sheet.name, sheetId: sheet.id, kpis: plan.kpis.map((k) => ({ id: k.id, mode: k.mode })), notes: plan.notes };
}

/**
 * The request kept by the last build, checked like a new one (validate-request.ts); a corrupt one is deleted from the
 * document and comes back as `discarded`, the line that tells the user. Null when nothing is kept.
 */
export function savedRequest(services: Services, language: Language): SidebarBuildRequest | { discarded: string } | null {
  const properties = services.PropertiesService.getDocumentProperties();
  const saved = readSavedRequest(properties.getProperty(REQUEST_PROPERTY), { language });
  if (saved && 'discarded' in saved) properties.deleteProperty(REQUEST_PROPERTY);
  return saved;
}

/** Rebuilds from the request kept by the last build; a corrupt one is discarded with a message. */
export function rebuildSummary(services: Services, now: Date, language: Language = 'en'): BuildResult {
  const saved = savedRequest(services, language);
  if (!saved) throw new Error(LABELS[language].nothingToRebuild);
  if ('discarded' in saved) throw new Error(saved.discarded);
  return buildSummary(services, saved, now);
}
