/** What "portable" means: the functions a portable formula may call, each computed alike by Google Sheets, Excel and LibreOffice Calc. */

/** Every function a portable summary formula may call (Sheets, Excel 2010+ and LibreOffice Calc all compute them the same way). */
export const PORTABLE_FUNCTIONS: ReadonlySet<string> = new Set([
  'SUM',
  'SUMIFS',
  'SUMPRODUCT',
  'COUNT',
  'COUNTIF',
  'COUNTIFS',
  'IF',
  'IFERROR',
  'AND',
  'OR',
  'NOT',
  'ISNUMBER',
  'NORMSINV',
  'SQRT',
  'NA',
  'DATE',
  'MAX',
  'MIN',
  'ABS',
]);

/** The functions a formula calls, upper-cased, string literals skipped. */
export function functionsIn(formula: string): string[] {
  return [...formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)].map((match) => match[1].toUpperCase());
}

/** Whether every function a formula calls is portable. */
export function isPortable(formula: string): boolean {
  return functionsIn(formula).every((name) => PORTABLE_FUNCTIONS.has(name));
}

/** Formula cells that call at least one of `names`: in Sheets, each is one request to the Apps Script server. */
export function cellsCalling(formulas: readonly (readonly string[])[], names: ReadonlySet<string>): number {
  let cells = 0;
  for (const row of formulas) for (const formula of row) if (formula.startsWith('=') && functionsIn(formula).some((name) => names.has(name))) cells++;
  return cells;
}

/** Functions only Google Sheets draws: a file for other programs leaves them out. */
export const SHEETS_ONLY_FUNCTIONS: ReadonlySet<string> = new Set(['SPARKLINE']);

/** What a formula cell becomes in a file for Excel or LibreOffice: itself, its value (it calls our functions), or blank (a drawing only Sheets makes). */
export function inOtherPrograms(formula: string, ours: ReadonlySet<string>): 'formula' | 'value' | 'blank' {
  const called = functionsIn(formula);
  if (called.some((name) => SHEETS_ONLY_FUNCTIONS.has(name))) return 'blank';
  return called.some((name) => ours.has(name)) ? 'value' : 'formula';
}
