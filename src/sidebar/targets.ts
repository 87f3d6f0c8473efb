/**
 * Targets as the user types them, read with the spreadsheet's locale through the cell boundary's one number reader:
 * "25,000", "25 000", "۲۵٬۰۰۰", "1 234,5" (ru). A percentage KPI's target is a percent: "12%" and "12" are both 0.12.
 */
import { decimalMarkOf } from '../cells/locale';
import { readNumberText } from '../cells/number-text';
import type { Direction, Unit } from '../kpi/types';

/** Why a target cannot be used. */
export type TargetProblem = 'unreadable' | 'percent' | 'bothBounds' | 'lowAboveHigh';

/** What the user typed for one KPI: one value, or the two ends of a Range KPI's band. */
export interface TargetText {
  readonly value: string;
  readonly low: string;
  readonly high: string;
}

export const EMPTY_TARGET: TargetText = { value: '', low: '', high: '' };

export type TargetResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: TargetProblem };

/** Rounds away binary noise (12.3 / 100 = 0.12300000000000001) to 15 significant digits. */
const tidy = (n: number): number => Number(n.toPrecision(15));

const PERCENT_SIGN = /[%٪﹪％]/;

/** A BCP 47 tag for a spreadsheet locale (fa_IR → fa-IR), or English when the runtime does not know it. */
export function localeTag(locale: string): string {
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : 'en';
  } catch {
    return 'en';
  }
}

/** One typed number: null when blank; a percent for percentage KPIs; "%" refused for units that are not rates. */
export function parseTarget(text: string, unit: Unit, locale: string): TargetResult<number | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const percentSign = PERCENT_SIGN.test(trimmed);
  if (percentSign && unit !== 'percentage' && unit !== 'ratio') return { ok: false, problem: 'percent' };
  const read = readNumberText(trimmed.replace(/[﹪％]/g, '%'), decimalMarkOf(locale));
  if (typeof read !== 'number' || !Number.isFinite(read)) return { ok: false, problem: 'unreadable' };
  // readNumberText already divides by 100 when a % sign is there.
  return { ok: true, value: tidy(unit === 'percentage' && !percentSign ? read / 100 : read) };
}

/** A KPI's target: a number, a [low, high] band for a Range KPI, or null when left blank. */
export function parseKpiTarget(text: TargetText, kpi: { readonly unit: Unit; readonly direction: Direction }, locale: string): TargetResult<number | [number, number] | null> {
  if (kpi.direction !== 'range') return parseTarget(text.value, kpi.unit, locale);
  const low = parseTarget(text.low, kpi.unit, locale);
  if (!low.ok) return low;
  const high = parseTarget(text.high, kpi.unit, locale);
  if (!high.ok) return high;
  if (low.value === null && high.value === null) return { ok: true, value: null };
  if (low.value === null || high.value === null) return { ok: false, problem: 'bothBounds' };
  if (low.value > high.value) return { ok: false, problem: 'lowAboveHigh' };
  return { ok: true, value: [low.value, high.value] };
}

/** A number the way this locale writes it (Persian digits for fa_IR), without grouping so it reads back one way only. */
export function formatTargetNumber(value: number, unit: Unit, locale: string): string {
  const shown = unit === 'percentage' ? tidy(value * 100) : value;
  const suffix = unit === 'percentage' ? '%' : '';
  const localized = new Intl.NumberFormat(localeTag(locale), { useGrouping: false, maximumFractionDigits: 12 }).format(shown) + suffix;
  const back = parseTarget(localized, unit, locale);
  if (back.ok && back.value === tidy(value)) return localized;
  // The runtime writes this locale in a way the reader does not take back: ASCII digits with the locale's decimal mark.
  return String(shown).replace('.', decimalMarkOf(locale)) + suffix;
}

/** The text fields of a saved target (the last request's), for prefilling the inputs. */
export function targetText(value: number | readonly [number, number] | undefined, unit: Unit, locale: string): TargetText {
  if (value === undefined) return EMPTY_TARGET;
  if (typeof value === 'number') return { ...EMPTY_TARGET, value: formatTargetNumber(value, unit, locale) };
  return { ...EMPTY_TARGET, low: formatTargetNumber(value[0], unit, locale), high: formatTargetNumber(value[1], unit, locale) };
}

/** A plausible target per unit, shown as an example: an amount of money, 12.5%, an NPS of 50, a 3× ratio, 12 days. */
const EXAMPLES: Record<Unit, number> = { money: 25000.5, percentage: 0.125, ratio: 3, number: 1000, score: 50, days: 12, months: 12, hours: 12, table: 0 };

/** An example of a well-typed target in this locale and unit, for the placeholder and the error message ("25000.5", "25000,5", "۲۵۰۰۰٫۵", "12.5%"). */
export function targetExample(unit: Unit, locale: string): string {
  return formatTargetNumber(EXAMPLES[unit], unit, locale);
}
