/**
 * Latin words in text meant for a Persian, Arabic or Russian reader. Allowed: KPI ids, function, argument and fitted
 * parameter names, Sheets function names, currency codes, unit symbols, the acronym KPI (the Persian, Arabic and
 * Russian source articles write it so), the names the models and the CDNOW data are known by (BG/NBD, Pareto/NBD, sBG,
 * RFM), proper names (Google, the product's name KPI Sheets, the Ctrl key, JSON), command-line option names and
 * values, file names, cell references, and the user's own data.
 */
import { CATALOG, customFunctions } from '../../src/kpi/catalog';
import { MODEL_PARAMETERS } from '../../src/kpi/clv';
import { OPTIONS } from '../../src/local/cli-options';
import { PORTABLE_FUNCTIONS } from '../../src/summary/portable';

/** Words any language may show as they are. */
function baseAllowed(): Set<string> {
  // The acronym, the time zone the summary's time is given in, the command's INPUT and the variables it reads the language from.
  const words = new Set<string>(['KPI', 'UTC', 'INPUT', 'LANG', 'LC_ALL', 'LC_MESSAGES', 'BG', 'NBD', 'sBG', 'RFM', 'CDNOW', 'Google', 'Ctrl', 'JSON', 'SPARKLINE', ...PORTABLE_FUNCTIONS]);
  for (const entry of [...CATALOG, ...customFunctions()]) {
    words.add(entry.id);
    for (const param of entry.params) for (const name of [param.name, ...(param.choices ?? [])]) words.add(name);
  }
  // The fitted parameters' names, as the fit functions head their columns.
  for (const names of Object.values(MODEL_PARAMETERS)) for (const name of names) words.add(name);
  for (const code of Intl.supportedValuesOf('currency')) words.add(code);
  for (const [name, spec] of Object.entries(OPTIONS)) {
    words.add(name);
    for (const word of `${'choices' in spec ? spec.choices.join(' ') : spec.value} ${spec.example}`.match(/[A-Za-z]+/g) ?? []) words.add(word);
  }
  return words;
}

const BASE = baseAllowed();

/** Text without what is code by its form: cell references, `--options`, file names, formulas after `=`, snake_case ids. */
function withoutCode(text: string): string {
  return text
    .replace(/'[^']*'!/g, ' ') // a quoted sheet name in a reference
    .replace(/\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?/g, ' ') // A1 references
    .replace(/--[a-z][a-z-]*/g, ' ') // option names
    .replace(/\bkpi-sheets\b|\bKPI Sheets\b/g, ' ') // the command and the product
    .replace(/\{[^}]*\}/g, ' ') // request shapes such as {a, b}
    .replace(/\b[a-z]{2}_[A-Z]{2}\b/g, ' ') // locale codes
    .replace(/[\w.-]*\.(xlsx|csv|png|json|js|html)\b/g, ' ') // file names and extensions
    .replace(/=[A-Z][A-Z0-9_.]*/g, ' ') // =CAC
    .replace(/\b[A-Za-z]+(_[A-Za-z0-9]+)+\b/g, (id) => (BASE.has(id) ? ' ' : id)); // argument names
}

/** The Latin words (two letters or more) of `text` that are not allowed; `userWords` are the words of the user's data. */
export function latinWords(text: string, userWords: ReadonlySet<string> = new Set()): string[] {
  const found = withoutCode(text).match(/[A-Za-z][A-Za-z'’]*[A-Za-z]/g) ?? [];
  return found.filter((word) => !BASE.has(word) && !userWords.has(word) && !userWords.has(word.toLowerCase()));
}

/** Every word of the user's data (cell texts and sheet names), as written and in lower case. */
export function wordsOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.match(/[A-Za-z][A-Za-z'’]*/g) ?? []) {
      words.add(word);
      words.add(word.toLowerCase());
    }
  }
  return words;
}

/** A value that stands for any argument: a string, a number, a list and an object at once. */
const PLACEHOLDER: unknown = new Proxy(function placeholder() {}, {
  get: (_target, key) => {
    if (key === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 3 : '٭');
    if (key === Symbol.iterator) return function* () { yield '٭'; };
    if (key === 'length') return 1;
    if (key === 'then') return undefined;
    return PLACEHOLDER;
  },
  apply: () => '٭',
});

/**
 * Every string a table of texts can produce, with its path: strings as they are, functions called with placeholder
 * arguments, lists and objects walked. `visit` gets each string.
 */
export function walkTexts(value: unknown, path: string, visit: (path: string, text: string) => void, seen = new Set<unknown>()): void {
  if (typeof value === 'string') {
    visit(path, value);
  } else if (typeof value === 'function') {
    const args = Array.from({ length: Math.max(value.length, 1) }, () => PLACEHOLDER);
    let result: unknown;
    try {
      result = (value as (...a: unknown[]) => unknown)(...args);
    } catch {
      result = (value as (...a: unknown[]) => unknown)(...args.map(() => '٭'));
    }
    walkTexts(result, `${path}()`, visit, seen);
  } else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const [key, inner] of Object.entries(value)) walkTexts(inner, `${path}.${key}`, visit, seen);
  }
}

/** Punctuation another language would use: an ASCII comma or semicolon beside Persian or Arabic words, ASCII quotes in Russian. */
export function foreignPunctuation(text: string, language: 'fa' | 'ar' | 'ru'): string[] {
  if (language === 'ru') return text.match(/"[^"]*"/g) ?? [];
  return text.match(/[\u0600-\u06ff]\s*[,;]|[,;]\s*[\u0600-\u06ff]/g) ?? [];
}
