/**
 * The summary's A/B test section: two variants' conversions and visitors (two selected ranges, or one range split by a
 * variant column) as one AB_TEST table, a spilled formula over named ranges or its values (pure).
 */
import { evaluate } from '../cells/evaluate';
import { NOT_A_DATE, readDateText } from '../cells/date-text';
import { decimalMarkOf, languageOf } from '../cells/locale';
import { columnLabel } from '../kpi/columns';
import { NOT_A_NUMBER, readNumberText } from '../cells/number-text';
import { kpiById } from '../kpi/catalog';
import { listText, type Kpi } from '../kpi/types';
import { bind, tableLabel, type BoundColumn } from './bindings';
import type { ColumnDescription, RangeFacts } from './facts';
import { LABELS, noteName } from './labels';
import type { PlanContext, SummaryRequest } from './plan';
import { columnCells, type SelectionData } from './snapshot';
import type { TableSection } from './tables';

/** The A/B test a request asks for: two ranges by index (A, B), or a column `range:column` holding each row's variant label. */
export type AbTestChoice = { readonly a: number; readonly b: number } | { readonly variantColumn: string };

/** The KPI whose columns an A/B test reads: conversions and those exposed (visitors, leads). */
const RATE_ID = 'CONVERSION_RATE';
const AB_TEST_ID = 'AB_TEST';

/** Number formats of AB_TEST's columns: rates A and B, difference, lift, low, high as percentages; z; p-value; verdict. */
const AB_TEST_FORMATS: readonly string[] = ['0.0%', '0.0%', '0.0%', '0.0%', '0.0%', '0.0%', '0.00', '0.0000', 'General'];

/** A variant column the sidebar can offer: its `range:column` key, header and its two labels, A first. */
export interface VariantColumn {
  readonly key: string;
  readonly range: number;
  readonly header: string;
  readonly variants: readonly [string, string];
}

/** What a selection offers an A/B test: the ranges with conversions and visitors columns, and the variant columns. */
export interface AbTestSources {
  readonly ranges: readonly number[];
  readonly columns: readonly VariantColumn[];
}

/** A range's conversions and visitors (or leads) columns, as CONVERSION_RATE binds them, or undefined. */
export function rateColumns(range: RangeFacts): readonly [BoundColumn, BoundColumn] | undefined {
  const binding = bind(kpiById(RATE_ID)!, [range]);
  return Array.isArray(binding) && binding[0] && binding[1] ? [binding[0], binding[1]] : undefined;
}

/** The labels of a variant column, or why it is not one. */
export type VariantLabels = { readonly labels: readonly string[] } | { readonly problem: 'labels' };

/**
 * The distinct labels of a column in row order, compared without regard to case as SUMIFS does (the first spelling
 * kept); blanks skipped. Not a variant column when a cell is not text, reads as a number or a date, or starts with =, <
 * or > (SUMIFS would read it as a comparison).
 */
export function variantLabels(cells: readonly (readonly unknown[])[], locale: string): VariantLabels {
  const mark = decimalMarkOf(locale);
  const seen = new Map<string, string>();
  for (const [cell] of cells) {
    if (cell === '' || cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) continue;
    if (typeof cell !== 'string' || /^[=<>]/.test(cell) || readNumberText(cell, mark) !== NOT_A_NUMBER || readDateText(cell, locale) !== NOT_A_DATE) return { problem: 'labels' };
    const key = cell.toLowerCase();
    if (!seen.has(key)) seen.set(key, cell);
  }
  return { labels: [...seen.values()] };
}

/** The A/B sources of a selection: ranges that feed a conversion rate, and text columns of those ranges with exactly two labels. */
export function abTestSources(ranges: readonly RangeFacts[], data: SelectionData | undefined, locale: string): AbTestSources {
  const eligible: number[] = [];
  const columns: VariantColumn[] = [];
  ranges.forEach((range, r) => {
    const bound = rateColumns(range);
    if (!bound) return;
    eligible.push(r);
    for (const column of range.columns) {
      if (column.type !== 'text' || bound.some((b) => b.column === column)) continue;
      const found = variantLabels(columnCells({ range, column }, ranges, data), locale);
      if ('labels' in found && found.labels.length === 2) columns.push({ key: `${r}:${column.index}`, range: r, header: column.header || column.a1, variants: [found.labels[0], found.labels[1]] });
    }
  });
  return { ranges: eligible, columns };
}

/** A SUMIFS criterion that matches `label` exactly (any case): "=" then the label, its wildcards * ? ~ escaped with ~. */
export const exactCriterion = (label: string): string => `"=${label.replace(/[~*?]/g, '~$&').replace(/"/g, '""')}"`;

/** SUM's rule: the numbers of a column's cells; text, booleans and dates are not counted. */
const sumNumbers = (cells: readonly (readonly unknown[])[], keep: (row: number) => boolean = () => true): number =>
  cells.reduce((total, [cell], row) => (typeof cell === 'number' && Number.isFinite(cell) && keep(row) ? total + cell : total), 0);

/** One variant's data: its conversions and visitors columns, and for a variant column the label that picks its rows. */
interface Side {
  readonly name: string;
  readonly conversions: BoundColumn;
  readonly visitors: BoundColumn;
  readonly label?: { readonly column: BoundColumn; readonly text: string };
}

/** The two sides a choice reads, or the one-line note that says why there are none. */
function sidesOf(choice: AbTestChoice, ranges: readonly RangeFacts[], context: PlanContext, request: SummaryRequest): readonly [Side, Side] | string {
  const l = LABELS[request.language];
  if ('variantColumn' in choice) {
    const [r, c] = choice.variantColumn.split(':').map(Number);
    const range = ranges[r];
    const column = range?.columns[c];
    if (!range || !column) return l.abTestNoColumns(choice.variantColumn);
    const bound = rateColumns(range);
    const header = column.header || column.a1;
    if (!bound || bound.some((b) => b.column === column)) return l.abTestNoColumns(tableLabel([range], ranges));
    const found = variantLabels(columnCells({ range, column }, ranges, context.data), context.locale);
    if (!('labels' in found)) return l.abTestLabels(header);
    if (found.labels.length !== 2) return l.abTestVariantCount(header, found.labels.length);
    const side = (text: string): Side => ({ name: text, conversions: bound[0], visitors: bound[1], label: { column: { range, column }, text } });
    return [side(found.labels[0]), side(found.labels[1])];
  }
  const sides: Side[] = [];
  for (const index of [choice.a, choice.b]) {
    const range = ranges[index];
    const bound = range && rateColumns(range);
    if (!bound) return l.abTestNoColumns(range ? tableLabel([range], ranges) : String(index + 1));
    sides.push({ name: tableLabel([range], ranges), conversions: bound[0], visitors: bound[1] });
  }
  return [sides[0], sides[1]];
}

/** A side's conversions and visitors as formula terms: SUM over a named range, or SUMIFS by its label. */
function sideTerms(side: Side, nameOf: (column: ColumnDescription, role: string) => string): [string, string] {
  const term = (b: BoundColumn, role: string): string => {
    const name = nameOf(b.column, b.column.role ?? role);
    return side.label ? `SUMIFS(${name},${nameOf(side.label.column.column, 'variant')},${exactCriterion(side.label.text)})` : `SUM(${name})`;
  };
  return [term(side.conversions, 'conversions'), term(side.visitors, 'visitors')];
}

/** A side's conversions and visitors summed as SUM (or SUMIFS by its label) sums them. */
function sideSums(side: Side, ranges: readonly RangeFacts[], context: PlanContext): [number, number] {
  const cells = (b: BoundColumn) => columnCells(b, ranges, context.data);
  const wanted = side.label?.text.toLowerCase();
  const labels = side.label ? cells(side.label.column) : [];
  const keep = (row: number): boolean => wanted === undefined || (typeof labels[row]?.[0] === 'string' && (labels[row][0] as string).toLowerCase() === wanted);
  return [sumNumbers(cells(side.conversions), keep), sumNumbers(cells(side.visitors), keep)];
}

/** The A/B section: title, which side is which, and the AB_TEST table (formula or values). */
export interface AbTestSection extends TableSection {
  readonly title: string;
  readonly caption: string;
}

/**
 * The A/B test section of a request, or null when it asks for none or its sources are not usable (a note says why).
 * Live: one spilled AB_TEST over SUM (or SUMIFS by label) of named ranges; values mode and files for other programs: its
 * values, computed from the same sums; portable in Sheets stays live with a note (AB_TEST has no native form).
 */
export function planAbTest(
  ranges: readonly RangeFacts[],
  request: SummaryRequest,
  context: PlanContext,
  nameOf: (column: ColumnDescription, role: string) => string,
  notes: string[],
): AbTestSection | null {
  if (!request.abTest) return null;
  const l = LABELS[request.language];
  const sides = sidesOf(request.abTest, ranges, context, request);
  if (typeof sides === 'string') {
    notes.push(sides);
    return null;
  }
  const entry: Kpi = kpiById(AB_TEST_ID)!;
  const inFile = context.program === 'file';
  const columns = [...new Set(sides.flatMap((side) => [side.conversions.column, side.visitors.column]))];
  const unsafe = columns.filter((column) => column.nativeUnsafe > 0);
  if (unsafe.length > 0) notes.push(l.abTestSkipped(listText(unsafe.map((column) => column.header || column.a1), request.language)));
  if (request.mode === 'portable') notes.push(inFile ? l.noNativeInFile(noteName(entry, request.language)) : l.noNative(noteName(entry, request.language)));
  // The verdict, in the summary's language, is shown whole: its column fits the longest word.
  const verdicts = ['b_better', 'a_better', 'not_significant'].map((key) => columnLabel(key, request.language));
  // AB_TEST's confidence at its default, then the summary's language when the spreadsheet speaks another.
  const confidence = entry.params.find((param) => param.name === 'confidence')!.optional!.default;
  const language = request.language === languageOf(context.locale) ? [] : [String(confidence), `"${request.language}"`];
  const fit = [...new Array<undefined>(AB_TEST_FORMATS.length - 1), verdicts.reduce((a, b) => (b.length > a.length ? b : a))];
  const base = { id: AB_TEST_ID, title: l.abTest, caption: l.abTestSides(sides[0].name, sides[1].name), rows: 2, columns: AB_TEST_FORMATS.length, columnFormats: AB_TEST_FORMATS, fit };
  if (request.mode !== 'values' && !inFile) {
    const args = [...sides.flatMap((side) => sideTerms(side, nameOf)), ...language];
    return { ...base, formula: `=${AB_TEST_ID}(${args.join(',')})`, values: null };
  }
  try {
    const sums = [...sides.flatMap((side) => sideSums(side, ranges, context)), confidence, request.language];
    const table = evaluate(entry, sums, { fn: AB_TEST_ID, locale: context.locale, timeZone: context.timeZone }) as unknown[][];
    return { ...base, rows: table.length, formula: null, values: table };
  } catch (error) {
    const message = (error as Error).message;
    notes.push(l.snapshotError(noteName(entry, request.language), message));
    return null;
  }
}
