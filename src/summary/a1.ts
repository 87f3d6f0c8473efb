/**
 * A1 notation, the one place that knows it: column letters, quoted sheet names ('O''Brien Q1'!A1:D90), whole
 * columns (A:C), whole rows (2:5) and open-ended ranges (A2:A).
 */

/** A rectangle of cells, 1-based like Apps Script. */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** One end of a parsed reference; a missing part means "open" (whole column / row). */
interface RefEnd {
  row?: number;
  column?: number;
}

export interface ParsedRange {
  sheetName?: string;
  start: RefEnd;
  end: RefEnd;
}

/** 1 → A, 27 → AA. */
export function columnToLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A → 1, AA → 27. */
export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Quotes a sheet name for use in a formula or an A1 reference when Sheets would. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) && !/^R[0-9]*C[0-9]*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Always-quoted form, safe for every formula engine. */
export function quoteSheetNameAlways(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const endPattern = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

function parseEnd(text: string): RefEnd | undefined {
  const match = endPattern.exec(text.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const end: RefEnd = {};
  if (match[1] !== undefined) end.column = lettersToColumn(match[1]);
  if (match[2] !== undefined) {
    end.row = Number(match[2]);
    if (end.row < 1) return undefined;
  }
  return end;
}

/** Splits "'Q1 ''old'''!A1:B2" into the sheet name and the reference part. */
export function splitSheetPrefix(text: string): { sheetName?: string; reference: string } {
  const trimmed = text.trim();
  if (trimmed.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < trimmed.length) {
      const ch = trimmed[i];
      if (ch === "'") {
        if (trimmed[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i += 1;
    }
    if (trimmed[i] !== "'" || trimmed[i + 1] !== '!') throw new Error(`Range not found: ${text}`);
    return { sheetName: name, reference: trimmed.slice(i + 2) };
  }
  const bang = trimmed.lastIndexOf('!');
  if (bang < 0) return { reference: trimmed };
  return { sheetName: trimmed.slice(0, bang), reference: trimmed.slice(bang + 1) };
}

/** Parses an A1 reference, optionally prefixed by a (quoted) sheet name; undefined if invalid. */
export function parseA1(text: string): ParsedRange | undefined {
  let split: { sheetName?: string; reference: string };
  try {
    split = splitSheetPrefix(text);
  } catch {
    return undefined;
  }
  const parts = split.reference.split(':');
  if (parts.length > 2) return undefined;
  const start = parseEnd(parts[0]);
  const end = parts.length === 2 ? parseEnd(parts[1]) : start;
  if (!start || !end) return undefined;
  if (parts.length === 1 && (start.row === undefined || start.column === undefined)) return undefined;
  // "A:1" mixes a column with a row: invalid.
  if (start.column === undefined && end.column !== undefined && end.row === undefined) return undefined;
  if (start.row === undefined && end.row !== undefined && end.column === undefined) return undefined;
  return { sheetName: split.sheetName, start, end };
}

/** The largest sheet Sheets allows: 18,278 columns (ZZZ) and 10 million rows (its cell limit). */
export const MAX_COLUMNS = 18278;
export const MAX_ROWS = 10_000_000;

/**
 * Parses an A1 range that names its sheet ('Q1 ''old'''!A1:D90, Data!A2:A, Data!B:C) and lies within the largest
 * sheet; undefined for anything else (no sheet, an empty sheet name, a bad reference, a row past the limit).
 */
export function parseSheetRange(text: string): (ParsedRange & { sheetName: string }) | undefined {
  const parsed = parseA1(text);
  if (!parsed?.sheetName) return undefined;
  for (const end of [parsed.start, parsed.end]) {
    if ((end.row ?? 1) > MAX_ROWS || (end.column ?? 1) > MAX_COLUMNS) return undefined;
  }
  return { ...parsed, sheetName: parsed.sheetName };
}

/** Resolves open ends against the sheet size; the flags say which dimension was unbounded. */
export function resolveRange(
  parsed: ParsedRange,
  maxRows: number,
  maxColumns: number,
): GridRect & { wholeColumns: boolean; wholeRows: boolean } {
  const r1 = parsed.start.row ?? 1;
  const c1 = parsed.start.column ?? 1;
  const r2 = parsed.end.row ?? maxRows;
  const c2 = parsed.end.column ?? maxColumns;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return {
    row,
    column,
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
    wholeColumns: parsed.start.row === undefined && parsed.end.row === undefined,
    wholeRows: parsed.start.column === undefined && parsed.end.column === undefined,
  };
}

/** A1 notation of a rectangle without sheet name: "B2", "A1:D90", "A:C", "2:5". */
export function formatA1(rect: GridRect, options: { wholeColumns?: boolean; wholeRows?: boolean } = {}): string {
  const c1 = columnToLetters(rect.column);
  const c2 = columnToLetters(rect.column + rect.numColumns - 1);
  const r2 = rect.row + rect.numRows - 1;
  if (options.wholeColumns) return `${c1}:${c2}`;
  if (options.wholeRows) return `${rect.row}:${r2}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return `${c1}${rect.row}`;
  return `${c1}${rect.row}:${c2}${r2}`;
}

/** Absolute A1 with an always-quoted sheet name, as HyperFormula named expressions need. */
export function absoluteA1(sheetName: string, rect: GridRect): string {
  const c1 = columnToLetters(rect.column);
  const c2 = columnToLetters(rect.column + rect.numColumns - 1);
  const r2 = rect.row + rect.numRows - 1;
  const start = `$${c1}$${rect.row}`;
  const end = `$${c2}$${r2}`;
  return `${quoteSheetNameAlways(sheetName)}!${start}${rect.numRows === 1 && rect.numColumns === 1 ? '' : `:${end}`}`;
}

/** A1 with the sheet name quoted only when needed: "'O''Brien Q1'!A1:D90". */
export function qualifiedA1(sheetName: string, rect: GridRect): string {
  return `${quoteSheetName(sheetName)}!${formatA1(rect)}`;
}

/**
 * Rewrites open-ended references (A2:A, 'Q1'!B3:C) that Sheets accepts and HyperFormula does
 * not into bounded ones (A2:A1000), leaving string literals alone. `rowsOf` gives the number of
 * rows of the sheet a reference points to (undefined name: the formula's own sheet).
 */
export function boundOpenEndedRanges(formula: string, rowsOf: (sheetName: string | undefined) => number): string {
  let out = '';
  let i = 0;
  const ref = /^((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3}\$?[0-9]+):(\$?[A-Za-z]{1,3})(?![A-Za-z0-9_(!.$])/;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const close = formula.indexOf('"', i + 1);
      const end = close < 0 ? formula.length : close + 1;
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const prev = i === 0 ? '' : formula[i - 1];
    if (!/[A-Za-z0-9_.$'!]/.test(prev)) {
      const match = ref.exec(formula.slice(i));
      if (match) {
        const prefix = match[1];
        const sheetName = prefix === undefined ? undefined : splitSheetPrefix(`${prefix}A1`).sheetName;
        out += `${prefix ?? ''}${match[2]}:${match[3]}${rowsOf(sheetName)}`;
        i += match[0].length;
        continue;
      }
    }
    out += ch;
    i += 1;
  }
  return out;
}
