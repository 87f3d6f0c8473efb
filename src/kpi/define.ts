/** Small builders that keep catalog entries short: parameter constructors and the guarded division every rate uses. */
import { KpiFailure } from './failure';
import { CALENDARS } from './periods/period';
import { LANGUAGES, type Args, type Kpi, type NativeTerms, type Param, type PartOfWhole, type Sampling } from './types';

/** An amount of money, summed over a range, any sign. */
export const money = (name: string, description: string): Param => ({ name, kind: 'money', description });

/** A count (customers, clicks, …), summed over a range; every cell 0 or more. */
export const count = (name: string, description: string): Param => ({ name, kind: 'count', description, domain: { min: 0 } });

/** A plain number of any sign, summed over a range. */
export const number = (name: string, description: string): Param => ({ name, kind: 'number', description });

/** A rate from 0 to 1 (a churn rate, a gross margin); optional with its default when given. */
export const fraction = (name: string, description: string, defaultValue?: number): Param => ({
  name,
  kind: 'fraction',
  description,
  domain: { min: 0, max: 1 },
  ...(defaultValue === undefined ? {} : { optional: { default: defaultValue } }),
});

/** numerator ÷ denominator, refusing a zero denominator by naming its argument. */
export function divide(numerator: number, denominator: number, denominatorName: string): number {
  if (denominator === 0) throw new KpiFailure('divide_by_zero', { argument: denominatorName });
  return numerator / denominator;
}

/** first argument ÷ second argument × scale: the shape of most rates; the second argument's name goes in the error. */
export function quotient(denominatorName: string, scale = 1): (args: Args) => number {
  return (args) => divide(args.number(0), args.number(1), denominatorName) * scale;
}

/** The native form of `quotient`: SUM(first) ÷ SUM(second) × scale. */
export function sumRatio(scale = 1): (t: NativeTerms) => string {
  return (t) => `${t.sum(0)}/${t.sum(1)}${scale === 1 ? '' : `*${scale}`}`;
}

/** The name of the last parameter of every function that returns a table. */
export const LANGUAGE_PARAM = 'language';

/**
 * Declares a catalog entry; it is a custom function when it computes. A function that returns a table takes a last,
 * optional `language` for its header row and labels. A `bounded` entry gets the guarded native form of `withPartOfWhole`.
 */
export function kpi(entry: Omit<Kpi, 'customFunction'> & { customFunction?: boolean }): Kpi {
  const params = entry.unit === 'table' && entry.compute ? [...entry.params, option(LANGUAGE_PARAM, "Optional: the language of the header row and labels (en, fa, ar, ru); default: the spreadsheet's.", LANGUAGES, '')] : entry.params;
  const built = { customFunction: entry.compute !== undefined, ...entry, params };
  return entry.bounded ? withPartOfWhole(built, entry.bounded) : built;
}

/** The index of a parameter by name; throws (at load time) for a name the entry does not have. */
function paramIndex(entry: Kpi, name: string): number {
  const index = entry.params.findIndex((param) => param.name === name);
  if (index < 0) throw new Error(`${entry.id} has no parameter ${name}`);
  return index;
}

/** The entry with `bounded` set, a proportion's `sampling`, and its native form giving #N/A when the part's sum (less `minus`) exceeds the whole's: IF(part>whole,NA(),native). */
function withPartOfWhole(entry: Kpi, bounded: PartOfWhole): Kpi {
  const part = paramIndex(entry, bounded.part);
  const minus = bounded.minus === undefined ? -1 : paramIndex(entry, bounded.minus);
  const whole = paramIndex(entry, bounded.whole);
  const native = entry.native;
  // A part of a whole is a proportion of counts, unless the entry says how to count (a status column in place of the part).
  const sampling: Sampling = entry.sampling ?? { kind: 'proportion', counts: (a) => [a.number(part) - (minus < 0 ? 0 : a.number(minus)), a.number(whole)] };
  if (!native) return { ...entry, bounded, sampling };
  const partTerm = (t: NativeTerms): string => (minus < 0 ? t.sum(part) : `${t.sum(part)}-${t.sum(minus)}`);
  return { ...entry, bounded, sampling, native: (t) => `IF(${partTerm(t)}>${t.sum(whole)},NA(),${native(t)})` };
}

/** Marks a ratio's numerator (its first parameter) as by definition a part of its denominator (its second): see `PartOfWhole`. */
export function partOfWhole(entry: Kpi): Kpi {
  if (entry.bounded) throw new Error(`${entry.id} is marked as a part of a whole twice`);
  return withPartOfWhole(entry, { part: entry.params[0].name, whole: entry.params[1].name });
}

/** What a ratio KPI declares; its parameters, formula text, computation and native form follow. */
export interface RatioSpec extends Pick<Kpi, 'id' | 'family' | 'names' | 'direction' | 'description' | 'example' | 'definitionNote'> {
  /** The numerator's and the denominator's parameter name and description. */
  readonly top: readonly [string, string];
  readonly bottom: readonly [string, string];
  /** Default 'percentage'. */
  readonly unit?: Kpi['unit'];
  /** The numerator is money (revenue per order) rather than a count. */
  readonly topIsMoney?: boolean;
}

/** A KPI that is top ÷ bottom: its numerator and denominator parameters, `quotient` and its native SUM ÷ SUM form. */
export function ratioKpi(spec: RatioSpec): Kpi {
  const { top, bottom, topIsMoney, unit = 'percentage', ...rest } = spec;
  return kpi({
    ...rest,
    unit,
    formula: `${top[0]} ÷ ${bottom[0]}`,
    params: [topIsMoney ? money(top[0], top[1]) : count(top[0], top[1]), count(bottom[0], bottom[1])],
    compute: quotient(bottom[0]),
    native: sumRatio(),
  });
}

/** A column of dates, one a row (a single column or row). */
export const dates = (name: string, description: string): Param => ({ name, kind: 'dates', vector: true, description });

/** A column of text cells (ids, labels), one a row. */
export const labels = (name: string, description: string): Param => ({ name, kind: 'labels', vector: true, description });

/** A column of numbers kept row by row (blank rows stay in place), aligned with other columns. */
export const values = (name: string, description: string, domain?: Param['domain']): Param => ({
  name,
  kind: 'grid',
  vector: true,
  description,
  ...(domain ? { domain } : {}),
});

/** A column of numbers that may be left out (a blank argument). */
export const optionalValues = (name: string, description: string, domain?: Param['domain']): Param => ({ ...values(name, description, domain), optional: { default: '' } });

/** One word out of a fixed set, with a default. */
export const option = (name: string, description: string, choices: readonly string[], defaultValue: string): Param => ({
  name,
  kind: 'option',
  description,
  choices,
  optional: { default: defaultValue },
});

/** One number with a default. */
export const scalar = (name: string, description: string, defaultValue: number, domain?: Param['domain']): Param => ({
  name,
  kind: 'scalar',
  description,
  optional: { default: defaultValue },
  ...(domain ? { domain } : {}),
});

/** The last parameter of every function that groups by period: the calendar of its months, quarters and years. */
export const calendarOption = (): Param =>
  option(
    'calendar',
    'Optional: "gregorian" or "persian" (Solar Hijri months, years from Nowruz, text dates like 1402/01/15); default persian in a fa_IR spreadsheet.',
    CALENDARS,
    '',
  );
