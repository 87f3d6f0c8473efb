/**
 * What a cell becomes when Apps Script writes a value into it (setValue/setValues behave like
 * typing): '=…' is a formula, "'…" is text without the apostrophe, '12', '1,234.5', '12%', '$5',
 * 'TRUE', '2024-01-15' and '1/15/2024' become numbers, booleans and dates, '+…'/'-…' that is not
 * a number becomes a formula. A cell formatted as plain text ('@') keeps the string as it is.
 */
import { dateToSerial, isDate, partsToSerial } from './dates';
import { isDateFormat, isGeneral, isTextFormat } from './number-format';

export type CellContent =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'formula'; formula: string }
  /** An error value held as a literal, as a file can hold one ('#N/A', '#DIV/0!'); typing it gives text. */
  | { kind: 'error'; value: string };

export interface ParsedInput {
  content: CellContent;
  /** A number format the entry implies (percent, date, currency), applied if the cell has none. */
  impliedFormat?: string;
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function parseTime(text: string | undefined): { h: number; m: number; s: number } | undefined {
  if (text === undefined) return { h: 0, m: 0, s: 0 };
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  if (!match) return undefined;
  let h = Number(match[1]);
  const m = Number(match[2]);
  const s = Number(match[3] ?? 0);
  if (match[4]) {
    if (h < 1 || h > 12) return undefined;
    if (match[4].toLowerCase() === 'pm' && h < 12) h += 12;
    if (match[4].toLowerCase() === 'am' && h === 12) h = 0;
  }
  if (h > 23 || m > 59 || s > 59) return undefined;
  return { h, m, s };
}

/** Parses typed text the way a Sheets cell with the given format and locale would. */
export function parseUserInput(text: string, currentFormat: string | undefined, locale: string): ParsedInput {
  if (text === '') return { content: { kind: 'blank' } };
  if (isTextFormat(currentFormat)) return { content: { kind: 'text', value: text } };
  if (text.startsWith("'")) return { content: { kind: 'text', value: text.slice(1) } };
  if (text.startsWith('=') && text.length > 1) return { content: { kind: 'formula', formula: text } };
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return { content: { kind: 'boolean', value: trimmed.toLowerCase() === 'true' } };

  const number = /^([+-])?(\$)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?(%)?$/.exec(trimmed);
  if (number) {
    const [, sign, currency, digits, exponent, percent] = number;
    let value = Number(digits.replace(/,/g, '')) * (exponent !== undefined ? 10 ** Number(exponent) : 1);
    if (sign === '-') value = -value;
    if (percent) {
      const decimals = (digits.split('.')[1] ?? '').length;
      return { content: { kind: 'number', value: value / 100 }, impliedFormat: decimals > 0 ? '0.00%' : '0%' };
    }
    if (currency) return { content: { kind: 'number', value }, impliedFormat: '"$"#,##0.00' };
    if (digits.includes(',')) return { content: { kind: 'number', value }, impliedFormat: '#,##0' };
    return { content: { kind: 'number', value } };
  }

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](.+))?$/.exec(trimmed);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const time = parseTime(iso[4]);
    if (validDate(y, m, d) && time) {
      const serial = partsToSerial(y, m, d, time.h, time.m, time.s);
      return { content: { kind: 'number', value: serial }, impliedFormat: iso[4] ? 'yyyy-mm-dd H:mm:ss' : 'yyyy-mm-dd' };
    }
  }
  const slashed = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+(.+))?$/.exec(trimmed);
  if (slashed) {
    const monthFirst = locale.replace('-', '_').startsWith('en_US') || locale === 'en';
    const a = Number(slashed[1]);
    const b = Number(slashed[2]);
    let y = Number(slashed[3]);
    if (slashed[3].length === 2) y += y < 30 ? 2000 : 1900;
    const [m, d] = monthFirst ? [a, b] : [b, a];
    const time = parseTime(slashed[4]);
    if (validDate(y, m, d) && time) {
      const serial = partsToSerial(y, m, d, time.h, time.m, time.s);
      const dateFormat = monthFirst ? 'M/d/yyyy' : 'd/M/yyyy';
      return { content: { kind: 'number', value: serial }, impliedFormat: slashed[4] ? `${dateFormat} H:mm:ss` : dateFormat };
    }
  }
  const time = /^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?$/i.test(trimmed) ? parseTime(trimmed) : undefined;
  if (time) {
    return { content: { kind: 'number', value: (time.h * 3600 + time.m * 60 + time.s) / 86400 }, impliedFormat: 'h:mm:ss AM/PM' };
  }
  // Like typing it: a leading + or - that does not start a number starts a formula
  // ('+98 21 555' → #ERROR!, '-total' → #NAME?), so user text must be written with an apostrophe.
  if (/^[+-]./.test(text)) return { content: { kind: 'formula', formula: `=${text}` } };
  return { content: { kind: 'text', value: text } };
}

/** What `Range.setValue(x)` stores for any JS value. */
export function parseSetValue(value: unknown, currentFormat: string | undefined, locale: string, timeZone: string): ParsedInput {
  if (value === null || value === undefined) return { content: { kind: 'blank' } };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { content: { kind: 'text', value: String(value) } };
    return { content: { kind: 'number', value } };
  }
  if (typeof value === 'boolean') return { content: { kind: 'boolean', value } };
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return { content: { kind: 'text', value: 'Invalid Date' } };
    const serial = dateToSerial(value, timeZone);
    const midnight = Math.abs(serial - Math.round(serial)) < 1e-9;
    return {
      content: { kind: 'number', value: serial },
      impliedFormat: midnight ? 'M/d/yyyy' : 'M/d/yyyy H:mm:ss',
    };
  }
  if (typeof value === 'string') return parseUserInput(value, currentFormat, locale);
  return { content: { kind: 'text', value: String(value) } };
}

/** Whether an implied format should replace the current one (only when the cell has none / not a date). */
export function shouldApplyImpliedFormat(current: string | undefined, implied: string): boolean {
  if (isGeneral(current)) return true;
  if (isDateFormat(implied)) return !isDateFormat(current);
  return false;
}
