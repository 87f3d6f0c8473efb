/**
 * The sidebar ↔ server contract: every call the sidebar makes through google.script.run, with plain JSON payloads
 * (no Date objects: dates travel as epoch milliseconds). The sidebar's typed RPC wrapper and the server both use it.
 */
import type { Family, Kpi, Language } from '../kpi/types';
import type { ColumnDescription } from '../summary/facts';
import type { SummaryMode } from '../summary/plan';
import type { Calendar, Period } from '../kpi/periods/period';
import type { Role } from '../summary/roles';
import type { SelfTestResult } from './selftest/report';

export type { SelfTestCheck, SelfTestResult } from './selftest/report';
import type { AbTestChoice, AbTestSources } from '../summary/ab-test';

/** One column of a selected range, as the sidebar shows it: the selection facts' own fields, JSON only. */
export type ColumnView = Pick<ColumnDescription, 'index' | 'header' | 'a1' | 'type' | 'nonBlank' | 'role' | 'confidence'>;

export interface RangeView {
  /** Sheet-quoted A1: 'O''Brien Q1'!A1:D90. */
  readonly a1: string;
  readonly sheetName: string;
  readonly hasHeader: boolean;
  readonly columns: readonly ColumnView[];
}

export interface KpiView {
  readonly id: string;
  readonly family: Family;
  readonly familyName: string;
  readonly name: string;
  readonly description: string;
  readonly unit: Kpi['unit'];
  readonly unitName: string;
  readonly direction: Kpi['direction'];
  readonly available: boolean;
  /** For an unavailable KPI: "needs a leads column". */
  readonly needs?: string;
  /** For an available KPI: the tables that feed it, one summary row each. */
  readonly tables?: readonly string[];
  /** For an available KPI that cannot be computed on this data: why (it is not ticked by default). */
  readonly problem?: string;
  /** A table KPI's variants (aggregate, churn basis, cohort measure, time unit, purchase model): one menu each. */
  readonly variants?: readonly VariantView[];
}

/** One option of a table KPI the sidebar offers: its request key (variantKey), option name, choices with their labels, and default. */
export interface VariantView {
  readonly key: string;
  readonly name: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly value: string;
}

/** What the sidebar needs to draw itself: language, ranges with their columns, the KPIs they feed, the role menu, the last request. */
export interface SidebarState {
  readonly language: Language;
  /** The spreadsheet's locale (en_US, fa_IR, …), for number display. */
  readonly locale: string;
  /** The locale's calendar for periods (Solar Hijri in fa_IR), the sidebar's default. */
  readonly calendar: Calendar;
  readonly ranges: readonly RangeView[];
  readonly kpis: readonly KpiView[];
  readonly roles: readonly { readonly role: Role; readonly label: string }[];
  readonly lastRequest: SidebarBuildRequest | null;
  /** What the ranges offer an A/B test: the ranges (by index) with conversions and visitors columns, and variant columns with two labels. */
  readonly abTest?: AbTestSources;
  /** The CLV tables' dates ("yyyy-mm-dd"), when the ranges feed them: the first and last, and the calibration end CLV_TRACKING takes by default (the last when no day lies between). */
  readonly calibration?: { readonly first: string; readonly last: string; readonly split: string };
  /** One line for the status line, in the state's language: the saved request was corrupt and has been discarded. */
  readonly notice?: string;
}

/** A build as the sidebar sends it. Roles are keyed `rangeIndex:columnIndex`; targets by KPI id ([low, high] for a Range KPI). */
export interface SidebarBuildRequest {
  readonly ranges: readonly string[];
  readonly roles: Readonly<Record<string, Role | null>>;
  readonly kpis: readonly string[];
  readonly targets: Readonly<Record<string, number | readonly [number, number]>>;
  readonly period: Period | 'none';
  /** The calendar of the periods; the locale's when left out. */
  readonly calendar?: Calendar;
  readonly mode: SummaryMode;
  readonly language: Language;
  /** Per table KPI option offered, its choice, keyed as variantKey: "PERIOD_SERIES", "CLV_FORECAST" (unit), "CLV_FORECAST.model". */
  readonly variants?: Readonly<Record<string, string>>;
  /** The CLV tables' calibration end, "yyyy-mm-dd", strictly between their first and last date; sent only when the user set one. */
  readonly calibrationEnd?: string;
  /** An A/B test: two ranges by index ({ a, b }, A the control) or a variant column ({ variantColumn: "range:column" }); kpis may then be empty. */
  readonly abTest?: AbTestChoice;
}

export interface SidebarBuildResult {
  readonly sheetName: string;
  /** The summary sheet's gid, for a link (#gid=…). */
  readonly sheetId: number;
  readonly kpis: readonly { readonly id: string; readonly table: string; readonly mode: SummaryMode }[];
  readonly notes: readonly string[];
}

/**
 * The server functions the sidebar calls (top-level in Code.js). Each checks its arguments against these types first
 * (validate-request.ts) and rejects with an Error whose message is one line for the user, in the request's language,
 * naming the field.
 */
export interface SidebarRpc {
  /** State for the ranges already chosen (empty at first), with the user's role choices applied. */
  sidebarState(ranges: readonly string[], roles: Readonly<Record<string, Role | null>>, language: Language | null): SidebarState;
  /** The A1 of every range of the current selection ("Use selection" adds them). */
  sidebarSelection(): string[];
  sidebarBuild(request: SidebarBuildRequest): SidebarBuildResult;
  sidebarRebuild(): SidebarBuildResult;
  /** Shows the sheet with this id (the summary the sidebar links to). */
  sidebarActivate(sheetId: number): void;
  /** Help → Check the add-on: runs the self-test in the open spreadsheet (leaving it as it was), its summaries in `language`. */
  runSelfTest(language: Language | null): SelfTestResult;
}
