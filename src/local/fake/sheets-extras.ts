/**
 * Google Sheets functions that HyperFormula lacks and that are plain functions of their values,
 * so they run through the same custom-function adapter as the add-on's own functions (scalar
 * arguments; no array arithmetic). SPARKLINE and AVERAGEIFS need the engine and live in
 * SheetsNativeExtrasPlugin.
 */
import type { CustomFunction } from './custom-function-plugin';
import { isDate } from './dates';

function scalar(value: unknown): unknown {
  if (Array.isArray(value)) throw new Error('Expected a single value, not a range.');
  return value;
}

function text(value: unknown): string {
  const v = scalar(value);
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function comparable(value: unknown): number | string | boolean {
  const v = scalar(value);
  if (isDate(v)) return v.getTime();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return '';
}

function regex(pattern: unknown, flags = ''): RegExp {
  try {
    return new RegExp(text(pattern), flags);
  } catch {
    throw new Error(`Function REGEX parameter 2 value "${text(pattern)}" is not a valid regular expression.`);
  }
}

export const sheetsExtraFunctions: Record<string, CustomFunction> = {
  ISBETWEEN(value, lower, upper, lowerInclusive = true, upperInclusive = true) {
    const v = comparable(value);
    const lo = comparable(lower);
    const hi = comparable(upper);
    const above = lowerInclusive ? v >= lo : v > lo;
    const below = upperInclusive ? v <= hi : v < hi;
    return above && below;
  },
  JOIN(delimiter, ...values) {
    const parts: string[] = [];
    for (const value of values) {
      if (Array.isArray(value)) for (const row of value as unknown[][]) for (const cell of row) parts.push(text(cell));
      else parts.push(text(value));
    }
    return parts.join(text(delimiter));
  },
  REGEXMATCH(value, pattern) {
    return regex(pattern).test(text(value));
  },
  REGEXEXTRACT(value, pattern) {
    const match = regex(pattern).exec(text(value));
    if (!match) throw new Error(`Function REGEXEXTRACT parameter 2 value "${text(pattern)}" does not match text of Function REGEXEXTRACT parameter 1 value "${text(value)}".`);
    return match.length > 1 ? match[1] : match[0];
  },
  REGEXREPLACE(value, pattern, replacement) {
    return text(value).replace(regex(pattern, 'g'), text(replacement));
  },
};
