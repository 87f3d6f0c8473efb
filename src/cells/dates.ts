/**
 * Instants ↔ the spreadsheet's local calendar, for the cell boundary. Works in Apps Script's V8: Intl only, no Node
 * APIs. A zone's UTC offset is cached per UTC hour in a Map; Intl.DateTimeFormat#formatToParts runs only on a miss.
 *
 * A miss probes the offsets at the starts of the UTC day and of the next one: equal means the whole day is constant,
 * because tzdata never changes a zone's offset twice within 24 hours (the closest real changes are ~4 days apart,
 * Africa/Freetown 1939); different means one transition, located to the second by bisection and kept per day.
 * Dates before 1582 follow ICU's Julian calendar and are not supported.
 */
import { daysFromCivil } from '../kpi/periods/period';

// Module-scope aliases: a runtime whose global lookups are slow (a vm context, Apps Script) pays for `Math` once.
const { ceil, floor, min } = Math;

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

/** A change of offset inside one UTC day: before it `before`, from `at` (ms, a whole second) on `after`. */
interface Transition {
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

interface Zone {
  readonly format: Intl.DateTimeFormat;
  /** UTC hour → offset in ms; NaN when a transition falls inside the hour. */
  readonly hours: Map<number, number>;
  /** UTC day → offset at its first instant (a formatToParts probe). */
  readonly dayStarts: Map<number, number>;
  /** UTC day → its transition, for days that have one. */
  readonly transitions: Map<number, Transition>;
  lastHour: number;
  lastOffset: number;
}

const zones = new Map<string, Zone>();

function zoneOf(timeZone: string): Zone {
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zone = { format, hours: new Map(), dayStarts: new Map(), transitions: new Map(), lastHour: NaN, lastOffset: 0 };
    zones.set(timeZone, zone);
  }
  return zone;
}

/** Forgets every cached zone (for tests and benchmarks). */
export function resetZoneCaches(): void {
  zones.clear();
}

/** Offset = local wall clock − UTC at instant `ms` (a whole second), read with formatToParts. */
function probe(zone: Zone, ms: number): number {
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of zone.format.formatToParts(ms)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value) % 24; // some engines print midnight as 24
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
    }
  }
  return daysFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * 60_000 + second * 1000 - ms;
}

function dayStartOffset(zone: Zone, utcDay: number): number {
  let offset = zone.dayStarts.get(utcDay);
  if (offset === undefined) {
    offset = probe(zone, utcDay * MS_PER_DAY);
    zone.dayStarts.set(utcDay, offset);
  }
  return offset;
}

/** The transition inside a UTC day whose start and next start differ: the first second with the new offset. */
function transitionOf(zone: Zone, utcDay: number, before: number, after: number): Transition {
  let t = zone.transitions.get(utcDay);
  if (t === undefined) {
    let lo = utcDay * 86_400; // seconds; offset(lo) = before
    let hi = lo + 86_400; // offset(hi) = after
    while (hi - lo > 1) {
      const mid = floor((lo + hi) / 2);
      if (probe(zone, mid * 1000) === before) lo = mid;
      else hi = mid;
    }
    t = { at: hi * 1000, before, after };
    zone.transitions.set(utcDay, t);
  }
  return t;
}

/** The cache entry of a UTC hour: its offset, or NaN when a transition falls strictly inside it. */
function resolveHour(zone: Zone, hour: number): number {
  const utcDay = floor(hour / 24);
  const before = dayStartOffset(zone, utcDay);
  const after = dayStartOffset(zone, utcDay + 1);
  let offset = before;
  if (before !== after) {
    const t = transitionOf(zone, utcDay, before, after);
    const start = hour * MS_PER_HOUR;
    offset = t.at <= start ? after : t.at >= start + MS_PER_HOUR ? before : NaN;
  }
  zone.hours.set(hour, offset);
  return offset;
}

/** Offset in ms (local wall clock − UTC) of `timeZone` at instant `ms`. */
function offsetAt(zone: Zone, ms: number): number {
  const hour = floor(ms / MS_PER_HOUR);
  if (hour === zone.lastHour) return zone.lastOffset;
  let offset = zone.hours.get(hour);
  if (offset === undefined) offset = resolveHour(zone, hour);
  if (offset === offset) {
    zone.lastHour = hour;
    zone.lastOffset = offset;
    return offset;
  }
  const utcDay = floor(hour / 24);
  const t = transitionOf(zone, utcDay, dayStartOffset(zone, utcDay), dayStartOffset(zone, utcDay + 1));
  return ms < t.at ? t.before : t.after;
}

/** Offset of `timeZone` from UTC at the instant `utcMs`, in ms (positive east of Greenwich). */
export function timeZoneOffset(utcMs: number, timeZone: string): number {
  return offsetAt(zoneOf(timeZone), utcMs);
}

/** Local wall-clock milliseconds = instant + the zone's offset at it (NaN for an invalid Date). Throws RangeError for an unknown zone. */
export function localMillis(date: Date, timeZone: string): number {
  const ms = date.getTime();
  if (ms !== ms) return NaN;
  return ms + offsetAt(zoneOf(timeZone), ms);
}

/** Calendar day number (days since 1970-01-01) of the instant in the zone = ⌊local ms ÷ 86 400 000⌋; NaN for an invalid Date. */
export function localDay(date: Date, timeZone: string): number {
  return floor(localMillis(date, timeZone) / MS_PER_DAY);
}

/** `localDay` in one zone, the zone looked up once: for reading a column of dates. Throws RangeError for an unknown zone. */
export function localDayReader(timeZone: string): (date: Date) => number {
  const zone = zoneOf(timeZone);
  return (date) => {
    const ms = date.getTime();
    return ms === ms ? floor((ms + offsetAt(zone, ms)) / MS_PER_DAY) : NaN;
  };
}

/**
 * The first instant of local day `day`: local midnight, the earlier one when midnight happens twice; when midnight is
 * skipped (a DST gap, e.g. Asia/Tehran before 2023), the end of the gap; a day skipped entirely (Pacific/Apia
 * 2011-12-30) gives the first instant after it.
 */
export function dateOfLocalDay(day: number, timeZone: string): Date {
  const zone = zoneOf(timeZone);
  const wall = day * MS_PER_DAY;
  const early = offsetAt(zone, wall - MS_PER_DAY);
  const late = offsetAt(zone, wall + MS_PER_DAY);
  const a = wall - early;
  const b = wall - late;
  const aValid = offsetAt(zone, a) === early;
  const bValid = offsetAt(zone, b) === late;
  if (aValid && bValid) return new Date(min(a, b));
  if (aValid) return new Date(a);
  if (bValid) return new Date(b);
  // Gap: the transition lies in (b, a]; it is the first instant of the day.
  let lo = floor(b / 1000);
  let hi = ceil(a / 1000);
  while (hi - lo > 1) {
    const mid = floor((lo + hi) / 2);
    if (offsetAt(zone, mid * 1000) === early) lo = mid;
    else hi = mid;
  }
  return new Date(hi * 1000);
}
