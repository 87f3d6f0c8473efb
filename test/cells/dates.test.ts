import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { dateOfLocalDay, localDay, localMillis, resetZoneCaches } from '../../src/cells/dates';
import { daysFromCivil } from '../../src/kpi/periods/period';

const D = (y: number, m: number, d: number): number => daysFromCivil(y, m, d);
const HOUR = 3_600_000;
const at = (iso: string): Date => new Date(iso);
/** Wall-clock ms of a local date-time written out. */
const wall = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number => Date.UTC(y, mo - 1, d, h, mi, s);

/** The uncached truth: the wall clock Intl prints for the instant, read back as UTC. */
function referenceLocalMillis(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const d = new Date(0);
  d.setUTCFullYear(get('year'), get('month') - 1, get('day'));
  d.setUTCHours(get('hour'), get('minute'), get('second'), ms - Math.floor(ms / 1000) * 1000);
  return d.getTime();
}

const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/Moscow',
  'Asia/Tehran',
  'Australia/Lord_Howe', // 30-minute DST
  'Asia/Kathmandu', // +05:45
  'America/Sao_Paulo', // DST at midnight until 2019
  'Pacific/Apia', // skipped 2011-12-30
];

beforeEach(() => resetZoneCaches());

describe('UTC', () => {
  it('is the identity', () => {
    expect(localDay(at('2024-02-29T23:59:59.999Z'), 'UTC')).toBe(D(2024, 2, 29));
    expect(localDay(at('1969-12-31T23:59:59Z'), 'UTC')).toBe(-1);
    expect(localMillis(at('2024-02-29T12:34:56.789Z'), 'UTC')).toBe(Date.parse('2024-02-29T12:34:56.789Z'));
    expect(dateOfLocalDay(D(2024, 3, 1), 'UTC').toISOString()).toBe('2024-03-01T00:00:00.000Z');
  });
});

describe('America/New_York', () => {
  it('springs forward at 02:00 on 2024-03-10', () => {
    expect(localMillis(at('2024-03-10T06:59:59Z'), 'America/New_York')).toBe(wall(2024, 3, 10, 1, 59, 59));
    expect(localMillis(at('2024-03-10T07:00:00Z'), 'America/New_York')).toBe(wall(2024, 3, 10, 3));
    expect(dateOfLocalDay(D(2024, 3, 10), 'America/New_York').toISOString()).toBe('2024-03-10T05:00:00.000Z');
    expect(dateOfLocalDay(D(2024, 3, 11), 'America/New_York').toISOString()).toBe('2024-03-11T04:00:00.000Z');
  });
  it('falls back at 02:00 on 2024-11-03: 01:30 happens twice', () => {
    expect(localMillis(at('2024-11-03T05:30:00Z'), 'America/New_York')).toBe(wall(2024, 11, 3, 1, 30));
    expect(localMillis(at('2024-11-03T06:30:00Z'), 'America/New_York')).toBe(wall(2024, 11, 3, 1, 30));
    expect(localDay(at('2024-11-04T04:59:59Z'), 'America/New_York')).toBe(D(2024, 11, 3));
    expect(localDay(at('2024-11-04T05:00:00Z'), 'America/New_York')).toBe(D(2024, 11, 4));
    expect(dateOfLocalDay(D(2024, 11, 3), 'America/New_York').toISOString()).toBe('2024-11-03T04:00:00.000Z');
  });
});

describe('Europe/Moscow history', () => {
  it('local mean time +02:30:17 in 1850', () => {
    expect(localMillis(at('1850-01-01T00:00:00Z'), 'Europe/Moscow')).toBe(wall(1850, 1, 1, 2, 30, 17));
  });
  it('permanent +04 from 2011-03-27, back to +03 on 2014-10-26', () => {
    expect(localMillis(at('2011-03-26T22:59:59Z'), 'Europe/Moscow')).toBe(wall(2011, 3, 27, 1, 59, 59));
    expect(localMillis(at('2011-03-26T23:00:00Z'), 'Europe/Moscow')).toBe(wall(2011, 3, 27, 3));
    expect(localMillis(at('2012-01-01T00:00:00Z'), 'Europe/Moscow') - Date.UTC(2012, 0, 1)).toBe(4 * HOUR);
    expect(localMillis(at('2014-10-25T21:59:59Z'), 'Europe/Moscow')).toBe(wall(2014, 10, 26, 1, 59, 59));
    expect(localMillis(at('2014-10-25T22:00:00Z'), 'Europe/Moscow')).toBe(wall(2014, 10, 26, 1));
    expect(localMillis(at('2015-01-01T00:00:00Z'), 'Europe/Moscow') - Date.UTC(2015, 0, 1)).toBe(3 * HOUR);
    expect(dateOfLocalDay(D(2012, 7, 1), 'Europe/Moscow').toISOString()).toBe('2012-06-30T20:00:00.000Z');
    expect(dateOfLocalDay(D(2015, 7, 1), 'Europe/Moscow').toISOString()).toBe('2015-06-30T21:00:00.000Z');
  });
});

describe('Asia/Tehran', () => {
  it('skipped midnight on 2021-03-22: the day starts at 01:00 +04:30', () => {
    expect(localMillis(at('2021-03-21T20:29:59Z'), 'Asia/Tehran')).toBe(wall(2021, 3, 21, 23, 59, 59));
    expect(localMillis(at('2021-03-21T20:30:00Z'), 'Asia/Tehran')).toBe(wall(2021, 3, 22, 1));
    expect(dateOfLocalDay(D(2021, 3, 22), 'Asia/Tehran').toISOString()).toBe('2021-03-21T20:30:00.000Z');
  });
  it('at 24:00 on 2021-09-21 back to 23:00: 2021-09-22 starts at 00:00 +03:30', () => {
    expect(localDay(at('2021-09-21T19:45:00Z'), 'Asia/Tehran')).toBe(D(2021, 9, 21)); // 23:15 for the second time
    expect(dateOfLocalDay(D(2021, 9, 22), 'Asia/Tehran').toISOString()).toBe('2021-09-21T20:30:00.000Z');
  });
  it('kept +04:30 summers until 2022 and none from 2023', () => {
    expect(localMillis(at('2022-06-01T00:00:00Z'), 'Asia/Tehran') - Date.UTC(2022, 5, 1)).toBe(4.5 * HOUR);
    expect(localMillis(at('2023-06-01T00:00:00Z'), 'Asia/Tehran') - Date.UTC(2023, 5, 1)).toBe(3.5 * HOUR);
    expect(dateOfLocalDay(D(2023, 3, 22), 'Asia/Tehran').toISOString()).toBe('2023-03-21T20:30:00.000Z');
  });
});

describe('skipped days and half-hour shifts', () => {
  it('Pacific/Apia skipped 2011-12-30: that day maps to the first instant after it', () => {
    expect(localDay(at('2011-12-30T09:59:59Z'), 'Pacific/Apia')).toBe(D(2011, 12, 29));
    expect(localDay(at('2011-12-30T10:00:00Z'), 'Pacific/Apia')).toBe(D(2011, 12, 31));
    expect(dateOfLocalDay(D(2011, 12, 30), 'Pacific/Apia').toISOString()).toBe('2011-12-30T10:00:00.000Z');
  });
  it('Australia/Lord_Howe falls back half an hour', () => {
    expect(localMillis(at('2024-04-06T14:59:59Z'), 'Australia/Lord_Howe')).toBe(wall(2024, 4, 7, 1, 59, 59));
    expect(localMillis(at('2024-04-06T15:00:00Z'), 'Australia/Lord_Howe')).toBe(wall(2024, 4, 7, 1, 30));
  });
  it('an invalid Date gives NaN; an unknown zone throws', () => {
    expect(localDay(new Date(NaN), 'UTC')).toBeNaN();
    expect(() => localDay(new Date(0), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('against uncached Intl', () => {
  it('agrees at random instants 1900–2100 in every zone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), (zone, ms) => {
        expect(localMillis(new Date(ms), zone)).toBe(referenceLocalMillis(ms, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees every 7 minutes around transitions, whatever order the cache fills in', () => {
    const windows: [string, string][] = [
      ['America/New_York', '2024-03-10T00:00:00Z'],
      ['America/New_York', '2024-11-03T00:00:00Z'],
      ['Europe/Moscow', '2011-03-26T12:00:00Z'],
      ['Europe/Moscow', '2014-10-25T12:00:00Z'],
      ['Asia/Tehran', '2021-03-21T00:00:00Z'],
      ['Asia/Tehran', '2021-09-21T00:00:00Z'],
      ['Australia/Lord_Howe', '2024-04-06T00:00:00Z'],
      ['America/Sao_Paulo', '2018-11-03T12:00:00Z'],
      ['Pacific/Apia', '2011-12-29T12:00:00Z'],
    ];
    for (const [zone, from] of windows) {
      const start = Date.parse(from);
      const instants: number[] = [];
      for (let t = start; t < start + 2 * 86_400_000; t += 7 * 60_000 + 13) instants.push(t);
      instants.reverse();
      for (const t of instants) expect(localMillis(new Date(t), zone), `${zone} ${new Date(t).toISOString()}`).toBe(referenceLocalMillis(t, zone));
    }
  });

  it('dateOfLocalDay is the first instant of its local day', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES.filter((z) => z !== 'Pacific/Apia')),
        fc.integer({ min: D(1950, 1, 1), max: D(2060, 1, 1) }),
        (zone, day) => {
          const start = dateOfLocalDay(day, zone).getTime();
          expect(localDay(new Date(start), zone)).toBe(day);
          expect(localDay(new Date(start - 1), zone)).toBeLessThan(day);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('dateOfLocalDay on every day of DST years', () => {
    for (const zone of ['America/Sao_Paulo', 'Asia/Tehran', 'America/New_York']) {
      for (let day = D(2017, 1, 1); day < D(2019, 1, 1); day++) {
        const start = dateOfLocalDay(day, zone).getTime();
        expect(localDay(new Date(start), zone), `${zone} ${day}`).toBe(day);
        expect(localDay(new Date(start - 1), zone), `${zone} ${day}`).toBe(day - 1);
      }
    }
  });
});

describe('speed', () => {
  it('10^5 dates over 3 years in well under a second', () => {
    const dates = Array.from({ length: 100_000 }, (_, i) => new Date(Date.UTC(2022, 0, 1) + ((i * 7919) % 1096) * 86_400_000 + i * 997));
    const t0 = performance.now();
    let s = 0;
    for (const d of dates) s += localDay(d, 'Europe/Moscow');
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(s).toBeGreaterThan(0);
  });
});
