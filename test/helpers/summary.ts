/** Reads a built summary sheet back by its header row, whatever the number of period columns. */
import type { FakeSpreadsheet } from '../../src/local/fake';
import { LABELS } from '../../src/summary/labels';
import { HEADER_ROW } from '../../src/summary/layout';
import type { Language } from '../../src/kpi/types';

export interface SummaryRow {
  readonly id: string;
  readonly name: string;
  readonly value: unknown;
  readonly target: unknown;
  readonly status: unknown;
  readonly periods: unknown[];
  readonly inputs: unknown;
  /** The row's index in the sheet (0-based) and its formulas, for tests on what was written. */
  readonly index: number;
  readonly formulas: string[];
}

/** The KPI rows of a summary sheet, with the columns named by the header row of `language`. */
export function readSummary(fake: FakeSpreadsheet, sheetName = 'KPI Summary', language: Language = 'en'): { rows: SummaryRow[]; periodStarts: unknown[]; formulas: string[][]; values: unknown[][] } {
  const sheet = fake.spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const header = values[HEADER_ROW].map(String);
  const [idH, kpiH, valueH, targetH, , statusH, unitH, , inputsH] = LABELS[language].headers;
  const at = (label: string): number => header.indexOf(label);
  const value = at(valueH);
  const periodEnd = header.indexOf(LABELS[language].trend) >= 0 ? header.indexOf(LABELS[language].trend) : at(unitH);
  const rows: SummaryRow[] = [];
  for (let r = HEADER_ROW + 1; r < values.length && values[r][at(idH)] !== ''; r++) {
    const line = values[r];
    rows.push({
      id: String(line[at(idH)]),
      name: String(line[at(kpiH)]),
      value: line[value],
      target: line[at(targetH)],
      status: line[at(statusH)],
      periods: line.slice(value + 1, periodEnd),
      inputs: line[at(inputsH)],
      index: r,
      formulas: formulas[r],
    });
  }
  return { rows, periodStarts: values[HEADER_ROW].slice(value + 1, periodEnd), formulas, values };
}

/** The rows by "ID" when each KPI has one row, by "ID · table" otherwise. */
export function rowsById(rows: readonly SummaryRow[]): Map<string, SummaryRow> {
  const map = new Map<string, SummaryRow>();
  for (const row of rows) {
    const table = row.name.includes(' · ') ? row.name.slice(row.name.lastIndexOf(' · ') + 3) : '';
    map.set(rows.filter((other) => other.id === row.id).length > 1 ? `${row.id} · ${table}` : row.id, row);
  }
  return map;
}

/** A KPI row of a summary read as plain rows (from a file), keyed by the English header labels. */
export function summaryRow(rows: readonly (readonly unknown[])[], id: string): Record<string, unknown> {
  const header = rows[HEADER_ROW].map(String);
  const row = rows.find((line, r) => r > HEADER_ROW && line[0] === id);
  if (!row) throw new Error(`no row ${id}`);
  return Object.fromEntries(header.map((label, c) => [label, row[c]]));
}
