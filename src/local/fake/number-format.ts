/**
 * Sheets number-format patterns: which ones are dates, and how a value displays under one
 * (enough of the grammar for getDisplayValues: sections, literals, 0 # , . % E, dates, times).
 */
import { serialToParts } from './dates';

export const GENERAL = 'General';
export const DEFAULT_DATE_FORMAT = 'M/d/yyyy';
export const DEFAULT_DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';
export const DEFAULT_TIME_FORMAT = 'h:mm:ss AM/PM';

/** The pattern with quoted literals, escapes and [colour]/[$€] blocks removed. */
function stripLiterals(pattern: string): string {
  return pattern
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/_./g, '')
    .replace(/\*./g, '');
}

export function isGeneral(pattern: string | undefined): boolean {
  return pattern === undefined || pattern === '' || pattern.toLowerCase() === 'general';
}

export function isTextFormat(pattern: string | undefined): boolean {
  return pattern !== undefined && stripLiterals(pattern.split(';')[0]).trim() === '@';
}

/** True for patterns that make Sheets treat the number as a date, time or date-time. */
export function isDateFormat(pattern: string | undefined): boolean {
  if (isGeneral(pattern) || pattern === undefined) return false;
  const first = stripLiterals(pattern.split(';')[0]);
  return /[dmyhs]/i.test(first.replace(/am\/pm|a\/p/gi, 'h'));
}

function formatGeneralNumber(value: number): string {
  if (!Number.isFinite(value)) return '#NUM!';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e15 || abs < 1e-9) {
    const [mantissa, exponent] = value.toExponential(5).split('e');
    const exp = Number(exponent);
    return `${mantissa.replace(/\.?0+$/, '')}E${exp < 0 ? '-' : '+'}${pad(Math.abs(exp), 2)}`;
  }
  const text = String(Number(value.toPrecision(10)));
  return text.includes('e') ? value.toFixed(10).replace(/\.?0+$/, '') : text;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDate(serial: number, pattern: string): string {
  const p = serialToParts(serial);
  const hasAmPm = /am\/pm|a\/p/i.test(pattern);
  const tokens: Array<{ kind: 'lit' | 'tok'; text: string }> = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '"') {
      const close = pattern.indexOf('"', i + 1);
      const end = close < 0 ? pattern.length : close;
      tokens.push({ kind: 'lit', text: pattern.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    if (ch === '\\') {
      tokens.push({ kind: 'lit', text: pattern[i + 1] ?? '' });
      i += 2;
      continue;
    }
    if (ch === '[') {
      const close = pattern.indexOf(']', i);
      const inner = pattern.slice(i + 1, close < 0 ? pattern.length : close);
      if (/^[hms]+$/i.test(inner)) tokens.push({ kind: 'tok', text: `[${inner.toLowerCase()}]` });
      i = close < 0 ? pattern.length : close + 1;
      continue;
    }
    const rest = pattern.slice(i);
    const ampm = /^(am\/pm|a\/p)/i.exec(rest);
    if (ampm) {
      tokens.push({ kind: 'tok', text: ampm[1].toLowerCase() });
      i += ampm[1].length;
      continue;
    }
    const run = /^([dmyhs])\1*/i.exec(rest);
    if (run) {
      tokens.push({ kind: 'tok', text: run[0].toLowerCase() });
      i += run[0].length;
      continue;
    }
    if (ch === '.' && /^\.0+/.test(rest)) {
      const zeros = /^\.0+/.exec(rest)![0];
      tokens.push({ kind: 'tok', text: zeros });
      i += zeros.length;
      continue;
    }
    tokens.push({ kind: 'lit', text: ch });
    i += 1;
  }
  // "m" means minutes right after an hour token or right before a seconds token.
  const toks = tokens.map((t, index) => ({ ...t, index }));
  const isTok = (t: { kind: string; text: string } | undefined, re: RegExp): boolean => t !== undefined && t.kind === 'tok' && re.test(t.text);
  const neighbours = toks.filter((t) => t.kind === 'tok');
  const minuteIndexes = new Set<number>();
  neighbours.forEach((t, k) => {
    if (!/^m{1,2}$/.test(t.text)) return;
    if (isTok(neighbours[k - 1], /^h|^\[h/) || isTok(neighbours[k + 1], /^s|^\[s/)) minuteIndexes.add(t.index);
  });
  const hours12 = p.hours % 12 === 0 ? 12 : p.hours % 12;
  const totalSeconds = Math.round(serial * 86400);
  return toks
    .map((t) => {
      if (t.kind === 'lit') return t.text;
      const s = t.text;
      if (minuteIndexes.has(t.index)) return s.length === 2 ? pad(p.minutes, 2) : String(p.minutes);
      if (s.startsWith('.')) return (p.milliseconds / 1000).toFixed(s.length - 1).slice(1);
      switch (s[0]) {
        case 'y':
          return s.length <= 2 ? pad(p.year % 100, 2) : String(p.year);
        case 'm':
          if (s.length === 1) return String(p.month);
          if (s.length === 2) return pad(p.month, 2);
          if (s.length === 3) return MONTHS[p.month - 1].slice(0, 3);
          if (s.length === 5) return MONTHS[p.month - 1][0];
          return MONTHS[p.month - 1];
        case 'd':
          if (s.length === 1) return String(p.day);
          if (s.length === 2) return pad(p.day, 2);
          if (s.length === 3) return DAYS[p.weekday].slice(0, 3);
          return DAYS[p.weekday];
        case 'h': {
          const h = hasAmPm ? hours12 : p.hours;
          return s.length >= 2 ? pad(h, 2) : String(h);
        }
        case 's':
          return s.length >= 2 ? pad(p.seconds, 2) : String(p.seconds);
        case 'a':
          if (s === 'am/pm') return p.hours < 12 ? 'AM' : 'PM';
          return p.hours < 12 ? 'A' : 'P';
        case '[':
          if (s.startsWith('[h')) return String(Math.floor(totalSeconds / 3600));
          if (s.startsWith('[m')) return String(Math.floor(totalSeconds / 60));
          return String(totalSeconds);
        default:
          return s;
      }
    })
    .join('');
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function formatNumberSection(value: number, section: string): string {
  // Split literal text around the numeric core.
  let literalBefore = '';
  let literalAfter = '';
  let core = '';
  let i = 0;
  let seenCore = false;
  const pushLiteral = (text: string): void => {
    if (seenCore) literalAfter += text;
    else literalBefore += text;
  };
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const close = section.indexOf('"', i + 1);
      const end = close < 0 ? section.length : close;
      pushLiteral(section.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    if (ch === '\\') {
      pushLiteral(section[i + 1] ?? '');
      i += 2;
      continue;
    }
    if (ch === '[') {
      const close = section.indexOf(']', i);
      const inner = section.slice(i + 1, close < 0 ? section.length : close);
      const currency = /^\$([^-\]]*)/.exec(inner);
      if (currency) pushLiteral(currency[1]);
      i = close < 0 ? section.length : close + 1;
      continue;
    }
    if (ch === '_' || ch === '*') {
      i += 2;
      continue;
    }
    if (/[0#?.,%Ee+-]/.test(ch) && (/[0#?.,]/.test(ch) || seenCore)) {
      if (/[Ee]/.test(ch) && !/^[Ee][+-]/.test(section.slice(i))) {
        pushLiteral(ch);
        i += 1;
        continue;
      }
      if ((ch === '+' || ch === '-') && !/[Ee]$/.test(core)) {
        pushLiteral(ch);
        i += 1;
        continue;
      }
      if (ch === '%') {
        literalAfter += '%';
        core += '%';
        i += 1;
        continue;
      }
      core += ch;
      seenCore = true;
      i += 1;
      continue;
    }
    pushLiteral(ch);
    i += 1;
  }
  if (core === '' || core === '%') return literalBefore + literalAfter;
  const percentCount = (core.match(/%/g) ?? []).length;
  let n = value * 100 ** percentCount;
  const numeric = core.replace(/%/g, '');
  const expMatch = /[Ee][+-]/.exec(numeric);
  if (expMatch) {
    const mantissa = numeric.slice(0, expMatch.index);
    const expDigits = numeric.slice(expMatch.index + 2).length;
    const decimals = (mantissa.split('.')[1] ?? '').length;
    const [m, e] = Math.abs(n).toExponential(decimals).split('e');
    const exp = Number(e);
    const expText = `E${exp < 0 ? '-' : '+'}${pad(Math.abs(exp), Math.max(1, expDigits))}`;
    return `${literalBefore}${n < 0 ? '-' : ''}${m}${expText}${literalAfter}`;
  }
  // Trailing commas scale by 1000 each.
  let intPattern = numeric.split('.')[0];
  const fracPattern = numeric.includes('.') ? numeric.split('.')[1].replace(/,/g, '') : '';
  while (intPattern.endsWith(',')) {
    n /= 1000;
    intPattern = intPattern.slice(0, -1);
  }
  const grouping = intPattern.includes(',');
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const minFrac = (fracPattern.match(/0/g) ?? []).length;
  const maxFrac = fracPattern.length;
  const negative = n < 0;
  let fixed = Math.abs(n).toFixed(maxFrac);
  let [intDigits, fracDigits = ''] = fixed.split('.');
  while (fracDigits.length > minFrac && fracDigits.endsWith('0')) fracDigits = fracDigits.slice(0, -1);
  if (intDigits === '0' && minInt === 0) intDigits = '';
  intDigits = intDigits.padStart(minInt, '0');
  if (grouping) intDigits = groupThousands(intDigits);
  fixed = fracDigits.length > 0 || (maxFrac > 0 && numeric.endsWith('.')) ? `${intDigits}.${fracDigits}` : intDigits;
  const isZero = Number(fixed.replace(/,/g, '')) === 0;
  return `${negative && !isZero ? '-' : ''}${literalBefore}${fixed}${literalAfter}`;
}

/** Display text of a number under a pattern. */
export function formatNumber(value: number, pattern: string | undefined): string {
  if (isGeneral(pattern) || pattern === undefined) return formatGeneralNumber(value);
  const sections = splitSections(pattern);
  if (isDateFormat(pattern)) {
    const section = value < 0 && sections.length > 1 ? sections[1] : sections[0];
    return formatDate(value, section);
  }
  if (isTextFormat(pattern)) return formatGeneralNumber(value);
  if (sections.length === 1) return formatNumberSection(value, sections[0]);
  if (value > 0 || (value === 0 && sections.length < 3)) return formatNumberSection(value, sections[0]);
  if (value < 0) return formatNumberSection(Math.abs(value), sections[1]);
  return formatNumberSection(value, sections[2]);
}

/** Display text of a non-number under a pattern (the fourth section applies to text). */
export function formatText(text: string, pattern: string | undefined): string {
  if (pattern === undefined) return text;
  const sections = splitSections(pattern);
  const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes('@'));
  if (!textSection) return text;
  return textSection.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1').replace(/@/g, text);
}

function splitSections(pattern: string): string[] {
  const sections: string[] = [];
  let current = '';
  let inQuote = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '"') inQuote = !inQuote;
    if (ch === '\\' && !inQuote) {
      current += ch + (pattern[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (ch === ';' && !inQuote) {
      sections.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  sections.push(current);
  return sections;
}
