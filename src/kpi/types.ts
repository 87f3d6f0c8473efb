/** The vocabulary of the KPI catalog: what a KPI is, in which unit and which direction is good. */
import type { PeriodCalendar } from './periods/period';

/** A language of the product: English, Persian, Arabic, Russian. */
export type Language = 'en' | 'fa' | 'ar' | 'ru';
export const LANGUAGES: readonly Language[] = ['en', 'fa', 'ar', 'ru'];

/** A text in every language of the product. */
export type Localized = Record<Language, string>;

/** Items joined as the language writes a list: with the Arabic comma «، » in Persian and Arabic, «, » otherwise. */
export const listText = (items: readonly string[], language: Language): string => items.join(language === 'fa' || language === 'ar' ? '، ' : ', ');

/** Clauses joined as the language writes them: with the Arabic semicolon «؛ » in Persian and Arabic, «; » otherwise. */
export const clauseText = (items: readonly string[], language: Language): string => items.join(language === 'fa' || language === 'ar' ? '؛ ' : '; ');

/** The unit a KPI is reported in (seed 003's units, plus months for payback). */
export type Unit = 'money' | 'percentage' | 'ratio' | 'number' | 'score' | 'days' | 'months' | 'hours' | 'table';

/** Which way is good: up, down, or inside a band. */
export type Direction = 'maximize' | 'minimize' | 'range';

/** The families the catalog groups KPIs in. */
export type Family = 'acquisition' | 'funnel' | 'revenue' | 'retention' | 'survey' | 'digital' | 'cohorts' | 'clv';

/**
 * What a parameter holds, which decides how the cell boundary reads it:
 * - money: a sum of amounts, any sign;
 * - count: a sum of non-negative amounts (customers, clicks, …);
 * - fraction: one rate 0…1 (a churn rate, a gross margin);
 * - number: a sum of numbers of any sign (a previous period's value);
 * - list: the numeric cells one by one (survey answers, stage counts);
 * - grid: the 2-D block as it is (CLI answers, one customer a row);
 * - labels: text cells (stage names, ids, statuses);
 * - dates: date cells;
 * - option: one text choice (a period, a statistic);
 * - scalar: one number (days, horizon).
 */
export type ParamKind = 'money' | 'count' | 'fraction' | 'number' | 'list' | 'grid' | 'labels' | 'dates' | 'option' | 'scalar';

export interface Param {
  /** The parameter's name in formulas and autocomplete, snake_case. */
  name: string;
  kind: ParamKind;
  /** One line for autocomplete. */
  description: string;
  /** Optional parameters carry their default. */
  optional?: { default: number | string };
  /** The allowed words of an option parameter. */
  choices?: readonly string[];
  /** The values a number may take, checked cell by cell. */
  domain?: Domain;
  /** The range must be a single column or a single row (its order matters). */
  vector?: boolean;
}

/** Allowed values for the numbers of one parameter: the cell boundary rejects a cell outside them with its position. */
export interface Domain {
  min?: number;
  max?: number;
  whole?: boolean;
  /** min and max themselves are outside (a confidence level lies strictly between 0 and 1). */
  open?: boolean;
}

/** A number argument's cells one by one, blanks left out, each with its position in the range. */
export interface NumberCells {
  readonly values: Float64Array;
  /** 0-based row and column of each value inside its range. */
  readonly rows: Int32Array;
  readonly columns: Int32Array;
}

/** A 2-D block of numbers, row by row, NaN for a cell without a number. */
export interface NumberGrid {
  readonly values: Float64Array;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** The arguments of one call, read by the cell boundary according to each parameter's kind. */
export interface Args {
  /** A money, count, fraction, number or scalar parameter: the sum of its numeric cells. */
  number(index: number): number;
  /** A list parameter: its numeric cells in order. */
  list(index: number): NumberCells;
  /** A grid parameter: the block of numbers, NaN for a cell without one. */
  grid(index: number): NumberGrid;
  /** A labels parameter: the text of each cell in order, '' for a blank; undefined when the argument was left out. */
  labels(index: number): readonly string[] | undefined;
  /** A dates parameter: local calendar day numbers (days since 1970-01-01), NaN for a blank cell. */
  days(index: number): Float64Array;
  /** A dates parameter: instants in milliseconds since 1970 (for elapsed times), NaN for a blank cell. */
  times(index: number): Float64Array;
  /** An option parameter: one of its choices, or its default. */
  option(index: number): string;
  /**
   * A calendar option ('gregorian' or 'persian'; blank: the spreadsheet locale's, Persian for fa_IR) with the locale's
   * first day of the week: how the call counts periods. A dates argument's text reads Solar Hijri dates when it is Persian.
   */
  periodCalendar(index: number): PeriodCalendar;
  /** Whether the argument was given. */
  given(index: number): boolean;
  /** Whether the argument is a column of labels: text cells and no number (a status or stage column). */
  isText(index: number): boolean;
  /** A labels argument read as deal outcomes in any of the four languages; null for a blank or unrecognised cell. */
  statuses(index: number): readonly (Outcome | null)[];
}

/** A deal's outcome as a status cell states it. */
export type Outcome = 'won' | 'lost' | 'open';


/** A cell holding a label the cell boundary writes in the spreadsheet's language (a total row's "Total"). */
export interface LabelCell {
  readonly label: string;
}

/**
 * A table result: stable column keys (localised by the cell boundary) and rows; null is a blank cell. The rows are
 * handed over to the cell boundary, which writes the cells it converts (blanks, labels, dates) in place: a computation
 * returns rows of its own, never arrays it keeps or shares between rows.
 */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (number | string | boolean | null | LabelCell)[])[];
  /** Columns holding local day numbers, written back as dates. */
  readonly dateColumns?: readonly number[];
}

export type KpiResult = number | Table;

export interface Kpi {
  /** The catalog id, also the custom function's name when it has one (CAC, NPS, …). */
  id: string;
  family: Family;
  names: Localized;
  unit: Unit;
  direction: Direction;
  /** One line: what it measures and its formula. */
  description: string;
  /** The formula as text, the way the reference prints it. */
  formula: string;
  /** Where published definitions compete: the one this function computes. */
  definitionNote?: string;
  /** Parameters in argument order; empty for a KPI the summary writes with native formulas only. */
  params: readonly Param[];
  /** Whether the KPI is a custom function (some are summary-only counts). */
  customFunction: boolean;
  /** An example call and its result, for the reference and the tests. */
  example?: { call: string; result: string };
  /** The computation on arguments read by the cell boundary; absent for summary-only KPIs. */
  compute?: (args: Args) => KpiResult;
  /** The same number as a native Sheets formula (SUM, COUNTIF, …) over the parameters' ranges, for portable summaries. */
  native?: (terms: NativeTerms) => string;
  /** The custom function a live summary calls for a summary-only KPI (LEAD_TO_MQL is CONVERSION_RATE of two counts). */
  liveAs?: string;
  /** Where the definition makes the numerator a part of the denominator: a part above its whole is an error, not a rate above 100%. */
  bounded?: PartOfWhole;
  /** How chance enters the value, where it has a confidence interval from its own inputs: see `Sampling`. */
  sampling?: Sampling;
}

/**
 * What makes a KPI's value uncertain. A proportion of counts: each of the whole's units is a success or not (a visitor
 * converts, a customer churns), so the rate has a binomial (Wilson) interval; every `bounded` KPI is one, and `counts`
 * gives its successes and trials from the arguments it reads (the part less `minus`, the whole; a status column's
 * outcome and its rows). A survey score: NPS over 0–10 answers, with the adjusted-Wald interval.
 */
export type Sampling =
  | { readonly kind: 'proportion'; readonly counts: (args: Args) => readonly [successes: number, trials: number] }
  | { readonly kind: 'nps' };

/**
 * Parameters of which one is by definition a part of another (lost customers among customers at the start): the
 * cell boundary refuses `part` (less `minus`, when given) above `whole`, naming both values, and the native template
 * gives #N/A then. Each names a parameter of the KPI.
 */
export interface PartOfWhole {
  readonly part: string;
  /** Subtracted from the part first: RETENTION's retained customers are customers_end − new_customers. */
  readonly minus?: string;
  readonly whole: string;
}

/** The pieces a native template is written in; each names a parameter by its index, so a period can narrow it (SUMIFS, COUNTIFS). */
export interface NativeTerms {
  /** SUM of the parameter's range (its default as a number when it is optional and not bound). */
  sum(index: number): string;
  /** COUNT of the numbers in the parameter's range. */
  count(index: number): string;
  /** COUNTIF of the parameter's range with a criterion like ">=9". */
  countIf(index: number, criterion: string): string;
}
