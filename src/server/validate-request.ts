/**
 * The sidebar RPCs' payloads checked against their declared types (rpc-types.ts), with no Apps Script call: each
 * check returns a fresh object holding only the known fields, or throws a RequestError whose message is one line in
 * the user's language naming the field. A saved request goes through the same check before Rebuild uses it.
 */
import { CATALOG } from '../kpi/catalog';
import { CALENDARS, PERIODS, type Period } from '../kpi/periods/period';
import { LANGUAGES, listText, type Kpi, type Language } from '../kpi/types';
import { MAX_COLUMNS, MAX_ROWS, parseSheetRange, resolveRange } from '../summary/a1';
import { summarizable, variantKey, variantParams } from '../summary/bindings';
import { CALIBRATED_TABLES } from '../summary/calibrated-tables';
import { dayOfIso } from '../kpi/periods/period';
import { LABELS } from '../summary/labels';
import type { SummaryMode } from '../summary/plan';
import type { AbTestChoice } from '../summary/ab-test';
import { allRoles, type Role } from '../summary/roles';
import { REQUEST_MESSAGES, type RequestMessages } from './request-messages';
import type { SidebarBuildRequest } from './rpc-types';

/** At most this many ranges in one request. */
export const MAX_RANGES = 30;
/** At most this many role choices in one request. */
export const MAX_ROLE_KEYS = 2000;
/** A longer A1 text is not a range (a sheet name has at most 100 characters). */
const MAX_A1_LENGTH = 300;
/** User input in a message is cut to this many characters. */
const SHOWN_LENGTH = 40;

const PERIOD_CHOICES: readonly (Period | 'none')[] = ['none', ...PERIODS];
const MODES: readonly SummaryMode[] = ['live', 'portable', 'values'];

let summarizableById: ReadonlyMap<string, Kpi> | undefined;
/** The KPIs a summary can write, by id; built on first use, not when a custom function loads the bundle. */
const summarizableKpis = (): ReadonlyMap<string, Kpi> => (summarizableById ??= new Map(CATALOG.filter(summarizable).map((entry) => [entry.id, entry])));
const ROLE_KEY = /^(0|[1-9][0-9]{0,5}):(0|[1-9][0-9]{0,5})$/;

/** A refused payload: `field` is the field's id (ranges[0], targets["CAC"], period); the message is `field: reason`. */
export class RequestError extends Error {
  constructor(readonly field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.name = 'RequestError';
  }
}

/** What a check needs to know beyond the payload: the language of its messages and which sheets exist. */
export interface RequestContext {
  readonly language: Language;
  sheetExists(name: string): boolean;
}

/** Text on one line: control, line-break and direction characters become spaces; longer than `max` characters ends in "…". */
function oneLine(text: string, max: number): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, ' ');
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : flat;
}

/** User input as a message shows it: a string quoted and cut to one short line, a number as written, a list or object as […] / {…}. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(oneLine(value, SHOWN_LENGTH));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return '[…]';
  return typeof value === 'object' ? '{…}' : typeof value;
}

/** A plain JSON object (not null, not a list). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` is one of our languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The payload's own `language` when it is one of ours, else null: the language its messages can be in. */
export function requestLanguage(value: unknown): Language | null {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, 'language') && isLanguage(value.language) ? value.language : null;
}

/** `field["key"]`, the id of one entry of a keyed field. */
const entry = (field: string, key: string): string => `${field}[${shown(key)}]`;

/** The checks of one payload, their messages in one language. */
class Checker {
  readonly m: RequestMessages;
  constructor(readonly context: RequestContext) {
    this.m = REQUEST_MESSAGES[context.language];
  }

  fail(field: string, reason: string): never {
    throw new RequestError(field, reason);
  }

  /** One of `allowed`, by equality with a string (so "__proto__" or "toString" never matches). */
  oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
    if (value === undefined) this.fail(field, this.m.missing);
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(field, this.m.notOneOf(shown(value), listText(allowed, this.context.language)));
  }

  list(value: unknown, field: string, max: number): readonly unknown[] {
    if (value === undefined) this.fail(field, this.m.missing);
    if (!Array.isArray(value)) this.fail(field, this.m.notList(shown(value)));
    if (value.length > max) this.fail(field, this.m.tooMany(max));
    return value;
  }

  /** The own entries of an object; undefined (the field left out) is no entry. */
  record(value: unknown, field: string, max: number): [string, unknown][] {
    if (value === undefined) return [];
    if (!isRecord(value)) this.fail(field, this.m.notRecord(shown(value)));
    const keys = Object.keys(value);
    if (keys.length > max) this.fail(field, this.m.tooMany(max));
    return keys.map((key) => [key, value[key]]);
  }

  text(value: unknown, field: string): string {
    if (value === undefined) this.fail(field, this.m.missing);
    if (typeof value !== 'string') this.fail(field, this.m.notText(shown(value)));
    return value;
  }

  finite(value: unknown, field: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(field, this.m.notNumber(shown(value)));
    return value;
  }

  /** Sheet-qualified A1 ranges on sheets that exist, and each range's width in columns (for the role keys). */
  ranges(value: unknown, allowEmpty: boolean): { ranges: string[]; widths: number[] } {
    const items = this.list(value, 'ranges', MAX_RANGES);
    if (!allowEmpty && items.length === 0) this.fail('ranges', this.m.empty);
    const ranges: string[] = [];
    const widths: number[] = [];
    items.forEach((item, i) => {
      const field = `ranges[${i}]`;
      const a1 = this.text(item, field);
      const parsed = a1.length <= MAX_A1_LENGTH ? parseSheetRange(a1) : undefined;
      if (!parsed) this.fail(field, this.m.notA1(shown(a1)));
      if (!this.context.sheetExists(parsed.sheetName)) this.fail(field, LABELS[this.context.language].rangeGone(oneLine(a1, MAX_A1_LENGTH)));
      ranges.push(a1);
      widths.push(resolveRange(parsed, MAX_ROWS, MAX_COLUMNS).numColumns);
    });
    return { ranges, widths };
  }

  /** Role choices keyed `rangeIndex:columnIndex` inside the ranges, each a role or null. */
  roles(value: unknown, widths: readonly number[]): Record<string, Role | null> {
    const out: Record<string, Role | null> = {};
    for (const [key, role] of this.record(value, 'roles', MAX_ROLE_KEYS)) {
      const match = ROLE_KEY.exec(key);
      if (!match || Number(match[1]) >= widths.length || Number(match[2]) >= widths[Number(match[1])]) this.fail('roles', this.m.badRoleKey(shown(key), widths.length));
      if (role !== null && !(typeof role === 'string' && allRoles().some((info) => info.role === role))) this.fail(entry('roles', key), this.m.notRole(shown(role)));
      out[key] = role as Role | null;
    }
    return out;
  }

  /** KPI ids the summary can write, each once; at least one unless `allowEmpty` (an A/B test is asked for). */
  kpis(value: unknown, allowEmpty = false): string[] {
    const items = this.list(value, 'kpis', summarizableKpis().size);
    if (items.length === 0 && !allowEmpty) this.fail('kpis', this.m.empty);
    const ids: string[] = [];
    items.forEach((item, i) => {
      const field = `kpis[${i}]`;
      const id = this.text(item, field);
      if (!summarizableKpis().has(id)) this.fail(field, this.m.unknownKpi(shown(id)));
      if (ids.includes(id)) this.fail(field, this.m.duplicate(shown(id)));
      ids.push(id);
    });
    return ids;
  }

  /** The KPI a keyed entry names: one the summary can write. */
  kpiOf(field: string, key: string): Kpi {
    const kpi = summarizableKpis().get(key);
    if (!kpi) this.fail(field, this.m.unknownKpi(shown(key)));
    return kpi;
  }

  /**
   * Per KPI, a finite number, or for a Range KPI an ordered pair [low, high]. A well-formed target of a KPI that is
   * not requested is checked and left out (the planner would ignore it).
   */
  targets(value: unknown, kpis: readonly string[]): Record<string, number | [number, number]> {
    const out: Record<string, number | [number, number]> = {};
    for (const [key, target] of this.record(value, 'targets', summarizableKpis().size)) {
      const field = entry('targets', key);
      const kpi = this.kpiOf(field, key);
      if (kpi.unit === 'table') this.fail(field, this.m.noTarget);
      let checked: number | [number, number];
      if (kpi.direction === 'range') {
        if (!Array.isArray(target) || target.length !== 2) this.fail(field, this.m.needsPair);
        const low = this.finite(target[0], `${field}[0]`);
        const high = this.finite(target[1], `${field}[1]`);
        if (low > high) this.fail(field, this.m.lowAboveHigh(String(low), String(high)));
        checked = [low, high];
      } else {
        if (Array.isArray(target)) this.fail(field, this.m.pairForSingle);
        checked = this.finite(target, field);
      }
      if (kpis.includes(key)) out[key] = checked;
    }
    return out;
  }

  /** The index of one of the request's ranges. */
  rangeIndex(value: unknown, field: string, count: number): number {
    if (value === undefined) this.fail(field, this.m.missing);
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) this.fail(field, this.m.notWhole(shown(value)));
    if (value >= count) this.fail(field, this.m.notRangeIndex(shown(value), count));
    return value;
  }

  /** An A/B test: { a, b }, two different range indices, or { variantColumn }, a `range:column` key inside the ranges. */
  abTest(value: unknown, widths: readonly number[]): AbTestChoice {
    if (!isRecord(value)) this.fail('abTest', this.m.notRecord(shown(value)));
    const has = (key: string): boolean => Object.prototype.hasOwnProperty.call(value, key) && value[key] !== undefined;
    if (has('variantColumn') === (has('a') || has('b'))) this.fail('abTest', this.m.abTestShape);
    if (has('variantColumn')) {
      const key = this.text(value.variantColumn, 'abTest.variantColumn');
      const match = ROLE_KEY.exec(key);
      if (!match || Number(match[1]) >= widths.length || Number(match[2]) >= widths[Number(match[1])]) this.fail('abTest.variantColumn', this.m.badRoleKey(shown(key), widths.length));
      return { variantColumn: key };
    }
    const a = this.rangeIndex(value.a, 'abTest.a', widths.length);
    const b = this.rangeIndex(value.b, 'abTest.b', widths.length);
    if (a === b) this.fail('abTest.b', this.m.sameRange);
    return { a, b };
  }

  /**
   * Per table KPI option the sidebar offers, keyed as variantKey (PERIOD_SERIES, CLV_FORECAST.model), one of its
   * choices; like targets, a valid choice for a KPI not requested is left out.
   */
  variants(value: unknown, kpis: readonly string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, choice] of this.record(value, 'variants', summarizableKpis().size)) {
      const field = entry('variants', key);
      const kpi = this.kpiOf(field, key.split('.')[0]);
      const param = variantParams(kpi).find((p) => variantKey(kpi, p) === key);
      if (!param?.choices) this.fail(field, this.m.noVariant);
      const checked = this.oneOf(choice, field, param.choices);
      if (kpis.includes(kpi.id)) out[key] = checked;
    }
    return out;
  }

  /** A date "yyyy-mm-dd"; its place inside the data is checked when the data is read (buildSummary). */
  isoDate(value: unknown, field: string): string {
    const text = this.text(value, field);
    if (Number.isNaN(dayOfIso(text))) this.fail(field, this.m.notDate(shown(text)));
    return text;
  }
}

/**
 * A build request as the sidebar sends it, checked field by field: a fresh object with only the known fields (an
 * unknown field is dropped, a missing roles or targets is {}), or a RequestError in `context.language`.
 */
export function validateBuildRequest(value: unknown, context: RequestContext): SidebarBuildRequest {
  const check: Checker = new Checker(context);
  if (!isRecord(value)) check.fail('request', check.m.notRecord(shown(value)));
  const { ranges, widths } = check.ranges(value.ranges, false);
  const roles = check.roles(value.roles, widths);
  const abTest = value.abTest === undefined ? undefined : check.abTest(value.abTest, widths);
  const kpis = check.kpis(value.kpis, abTest !== undefined);
  const targets = check.targets(value.targets, kpis);
  const variants = value.variants === undefined ? undefined : check.variants(value.variants, kpis);
  const period = check.oneOf(value.period, 'period', PERIOD_CHOICES);
  const calendar = value.calendar === undefined ? undefined : check.oneOf(value.calendar, 'calendar', CALENDARS);
  const calibrationEnd = value.calibrationEnd === undefined ? undefined : check.isoDate(value.calibrationEnd, 'calibrationEnd');
  const clv = kpis.some((id) => CALIBRATED_TABLES.includes(id));
  const mode = check.oneOf(value.mode, 'mode', MODES);
  const language = check.oneOf(value.language, 'language', LANGUAGES);
  return { ranges, roles, kpis, targets, period, ...(calendar ? { calendar } : {}), mode, language, ...(variants ? { variants } : {}), ...(calibrationEnd && clv ? { calibrationEnd } : {}), ...(abTest ? { abTest } : {}) };
}

/** sidebarState's arguments: ranges (possibly none), role choices inside them, and a language or null. */
export function validateStateArgs(
  ranges: unknown,
  roles: unknown,
  language: unknown,
  context: RequestContext,
): { ranges: string[]; roles: Record<string, Role | null>; language: Language | null } {
  const check: Checker = new Checker(context);
  const checked = check.ranges(ranges, true);
  return {
    ranges: checked.ranges,
    roles: check.roles(roles, checked.widths),
    language: language === null ? null : check.oneOf(language, 'language', LANGUAGES),
  };
}

/** A language argument: one of ours, or null (the caller chooses); anything else is refused in `messagesIn`. */
export function validateLanguage(value: unknown, messagesIn: Language): Language | null {
  if (value === null || value === undefined) return null;
  return new Checker({ language: messagesIn, sheetExists: () => false }).oneOf(value, 'language', LANGUAGES);
}

/** sidebarActivate's argument: a sheet id, a whole number ≥ 0. */
export function validateSheetId(value: unknown, language: Language): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new RequestError('sheetId', REQUEST_MESSAGES[language].notWhole(shown(value)));
}

/**
 * The saved request (the document property's JSON) checked like a new one: the request, null when none is saved, or
 * `discarded` (one line in `context.language`) when it is corrupt and must be deleted. A range whose sheet is gone
 * does not make it corrupt: its sheets are not looked up here, and the build says the range is gone, as for a new request.
 */
export function readSavedRequest(raw: string | null, context: { readonly language: Language }): SidebarBuildRequest | { discarded: string } | null {
  if (raw === null || raw === '') return null;
  const m = REQUEST_MESSAGES[context.language];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { discarded: m.discarded(m.unreadable) };
  }
  try {
    return validateBuildRequest(value, { language: context.language, sheetExists: () => true });
  } catch (error) {
    if (error instanceof RequestError) return { discarded: m.discarded(error.message) };
    throw error;
  }
}
