/** Reading a number typed as text, the way the spreadsheet's locale writes it. */

/** Not a number at all: the cell is skipped, as SUM skips text. */
export const NOT_A_NUMBER = null;
/** Looks like a number but cannot be read one way only in this locale: an error naming the cell. */
export const UNREADABLE = 'unreadable';

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

/** The digit value of a character code (ASCII, Persian ۰–۹ or Arabic-Indic ٠–٩), or −1. */
export function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) return code - PERSIAN_ZERO;
  if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) return code - ARABIC_INDIC_ZERO;
  return -1;
}

/** Direction marks typed around numbers and dates in right-to-left text (LRM, RLM, ALM): dropped. */
export const isBidiMark = (code: number): boolean => code === 0x200e || code === 0x200f || code === 0x061c;

/** The spaces locales put between groups of digits: no-break, narrow no-break and thin. */
export const isGroupSpace = (code: number): boolean => code === 0x00a0 || code === 0x202f || code === 0x2009;

/** Persian ۰–۹ and Arabic-Indic ٠–٩ digits to ASCII; ٬ (group) to a space, ٫ (decimal) to U+0001 so no locale rule can misread it. */
function asciiDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 48 || code > 57 ? digitOf(code) : -1;
    if (digit >= 0) out += String.fromCharCode(48 + digit);
    else if (code === 0x066c) out += ' '; // ٬ Arabic thousands separator
    else if (code === 0x066b) out += '\u0001'; // ٫ Arabic decimal separator
    else if (code === 0x066a) out += '%'; // ٪ Arabic percent sign
    else if (code === 0x2212) out += '-'; // − minus sign
    else if (isBidiMark(code)) continue;
    else if (isGroupSpace(code)) out += ' ';
    else out += text[i];
  }
  return out;
}

// After digits are ASCII: an optional sign, digits with separators, an optional percent sign at either end.
const NUMERIC_LOOKING = /^[+-]?%?[+-]?[\d.,' \u0001-]*\d[\d.,' \u0001-]*%?$/;
const PLAIN = /^\d+$/;
const GROUPED = (group: string) => new RegExp(`^\\d{1,3}(?:${group}\\d{3})+$`);
const SPACE_GROUPED = GROUPED(' ');
const COMMA_GROUPED = GROUPED(',');
const DOT_GROUPED = GROUPED('\\.');
const APOSTROPHE_GROUPED = GROUPED("'");

/** The integer part is plain digits or digits grouped by threes with the locale's (or a space or apostrophe) group mark. */
function readInteger(text: string, groupMark: string): boolean {
  if (text === '' || PLAIN.test(text) || SPACE_GROUPED.test(text) || APOSTROPHE_GROUPED.test(text)) return true;
  return groupMark === ',' ? COMMA_GROUPED.test(text) : DOT_GROUPED.test(text);
}

/** The common case without a regular expression: ASCII digits with at most one decimal mark (the locale's) inside; undefined otherwise. */
function plainNumber(text: string, decimalMark: '.' | ','): number | undefined {
  const n = text.length;
  if (n === 0 || n > 15) return undefined;
  let markAt = -1;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) continue;
    if (text[i] !== decimalMark || markAt >= 0 || i === 0 || i === n - 1) return undefined;
    markAt = i;
  }
  return Number(markAt < 0 || decimalMark === '.' ? text : `${text.slice(0, markAt)}.${text.slice(markAt + 1)}`);
}

/**
 * The number a text cell holds: `1,234.5` (English), `1 234,5` (Russian), `۱۲٬۳۴۵٫۶` (Persian), `12%` → 0.12;
 * NOT_A_NUMBER for text that is not numeric; UNREADABLE for numeric-looking text the locale does not read one way.
 */
export function readNumberText(text: string, decimalMark: '.' | ','): number | typeof NOT_A_NUMBER | typeof UNREADABLE {
  const plain = plainNumber(text, decimalMark);
  if (plain !== undefined) return plain;
  const cleaned = asciiDigits(text).trim();
  if (!NUMERIC_LOOKING.test(cleaned)) return NOT_A_NUMBER;
  let body = cleaned;
  let sign = 1;
  let percent = false;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1).trim();
  }
  if (body.startsWith('%')) {
    if (percent) return UNREADABLE;
    percent = true;
    body = body.slice(1).trim();
  }
  if (body.startsWith('-') || body.startsWith('+')) {
    sign = body[0] === '-' ? -1 : 1;
    body = body.slice(1).trim();
  }
  if (body.includes('+') || body.includes('-') || body.includes('%')) return UNREADABLE;
  const groupMark = decimalMark === '.' ? ',' : '.';
  let integer = body;
  let decimals = '';
  const arabicDecimal = body.indexOf('\u0001');
  if (arabicDecimal >= 0) {
    // ٫ is a decimal mark in every locale; then neither ASCII mark may follow it.
    integer = body.slice(0, arabicDecimal);
    decimals = body.slice(arabicDecimal + 1);
    if (/[^\d]/.test(decimals)) return UNREADABLE;
  } else {
    const at = body.lastIndexOf(decimalMark);
    if (at >= 0) {
      integer = body.slice(0, at);
      decimals = body.slice(at + 1);
      if (!PLAIN.test(decimals)) return UNREADABLE;
    }
  }
  if (integer === '' && decimals === '') return UNREADABLE;
  if (!readInteger(integer, groupMark)) return UNREADABLE;
  // 1.234 in a decimal-comma locale is one and a quarter to some and twelve hundred to others.
  if (groupMark === '.' && decimals === '' && arabicDecimal < 0 && integer.includes('.')) return UNREADABLE;
  const value = Number(`${integer.replace(/[^\d]/g, '') || '0'}.${decimals || '0'}`);
  if (!Number.isFinite(value)) return UNREADABLE;
  return (sign * value) / (percent ? 100 : 1);
}
