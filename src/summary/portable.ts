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
  'EDATE',
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
