/**
 * The self-test's pure parts: its fixtures (the CDNOW sample and its pinned fit), how it compares a cell with what it
 * expects, how it reads a chart's series, the verdicts on summaries, the report in four languages, and how it removes
 * what an earlier check cut short by Apps Script left behind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOG } from '../../src/kpi/catalog';
import { fitBgNbd } from '../../src/kpi/clv';
import { LANGUAGES } from '../../src/kpi/types';
import { createFakeSpreadsheet } from '../../src/local/fake';
import { FakeRange } from '../../src/local/fake/api';
import { cdnowSample, CDNOW_SAMPLE_FIT } from '../../src/server/selftest/cdnow-sample';
import { compareTable, matchesPrinted, serialOfIso, significantDigits } from '../../src/server/selftest/compare';
import { phrase, say, SELF_TEST_LABELS } from '../../src/server/selftest/labels';
import { selfTestPage } from '../../src/server/selftest/page';
import { makeReport, type SelfTestResult } from '../../src/server/selftest/report';
import { freeSheetName, markSheet, noteState, removeLeftovers, stateDifferences } from '../../src/server/selftest/restore';
import { checkAddOn } from '../../src/server/selftest/run';
import { scratchSheet } from '../../src/server/selftest/scratch';
import { chartData, unchangedCheck } from '../../src/server/selftest/summary-checks';
import { testTableRequest } from '../../src/server/selftest/test-table';
import { workedExamples } from '../../src/server/selftest/worked-examples';
import { buildSummary } from '../../src/server/summary';
import { LAST_SUMMARY_PROPERTY, REQUEST_PREFIX } from '../../src/server/summary-record';
import { run } from '../../src/server/custom-functions';
import { customFunctions } from '../../src/kpi/catalog';

describe('fixtures', () => {
  it('the CDNOW sample is every tenth customer of the CDNOW summary, and its pinned fit is what fitBgNbd computes', () => {
    const csv = readFileSync(join(__dirname, '../fixtures/cdnow/cdnow_customers_summary_with_transactions.csv'), 'utf8').trim().split('\n').slice(1);
    const every10th = csv.filter((_, i) => i % 10 === 0).map((line) => line.split(',').map(Number));
    const sample = cdnowSample();
    expect(sample.length).toBe(236);
    expect(sample).toEqual(every10th.map(([, x, tx, age]) => ({ frequency: x, recency: tx, age })));
    const fit = fitBgNbd(sample.map((c) => c.frequency), sample.map((c) => c.recency), sample.map((c) => c.age));
    for (const key of ['r', 'alpha', 'a', 'b', 'logLikelihood'] as const) expect(fit[key], key).toBeCloseTo(CDNOW_SAMPLE_FIT[key], 9);
  });

  it('the worked examples are the catalog\'s literal calls with a number as result, and each is on the scratch sheet', () => {
    const examples = workedExamples(CATALOG);
    expect(examples.map((e) => e.call)).toContain('NPS({1;2;3;5;7;8;9;9;9;10})');
    expect(examples.map((e) => e.call)).not.toContain('FUNNEL({2000;500;40})');
    expect(examples.every((e) => /^-?\d+(\.\d+)?$/.test(e.result))).toBe(true);
    const scratch = scratchSheet(examples);
    expect(scratch.cells.slice(0, examples.length).map((row) => row[0])).toEqual(examples.map((e) => `=${e.call}`));
  });

  it('the scratch sheet and the test table judged on the fake with our own functions (from source): every check passes', () => {
    const fake = createFakeSpreadsheet({ sheets: [{ name: 'Data', values: [['x'], [1]] }] });
    fake.registerCustomFunctions(Object.fromEntries(customFunctions().map((entry) => [entry.id, (...args: unknown[]) => run(entry.id, args)])));
    const globals = fake.globals();
    const result = checkAddOn({ services: globals, now: () => Date.now() }, 'en');
    expect(result.checks.filter((check) => !check.pass)).toEqual([]);
    expect(result.checks.length).toBe(scratchSheet().checks.length + 2 + 4 * 3 + 3 + 1 + 2);
  });
});

describe('waiting while Sheets calculates', () => {
  /** A fake over which the formula cells show "Loading…" until `sleeps` waits have passed; a clock that each wait moves on. */
  function slowSheets(sleeps: number) {
    const fake = createFakeSpreadsheet({ sheets: [{ name: 'Data', values: [['x'], [1]] }] });
    fake.registerCustomFunctions(Object.fromEntries(customFunctions().map((entry) => [entry.id, (...args: unknown[]) => run(entry.id, args)])));
    let waited = 0;
    let clock = 1_000_000;
    const shown = FakeRange.prototype.getDisplayValues;
    vi.spyOn(FakeRange.prototype, 'getDisplayValues').mockImplementation(function (this: FakeRange) {
      const text = shown.call(this);
      return waited < sleeps ? text.map((line) => line.map(() => 'Loading...')) : text;
    });
    const host = { services: fake.globals(), now: () => clock, sleep: (ms: number) => ((clock += ms), waited++), waitBudgetMs: 30_000 };
    return { fake, host, waits: () => waited };
  }
  afterEach(() => vi.restoreAllMocks());

  it('reads again, a second apart, until no formula shows Loading…; then judges', () => {
    const { host, waits, fake } = slowSheets(3);
    const result = checkAddOn(host, 'en');
    expect(waits()).toBe(3);
    expect(result.checks.filter((check) => !check.pass)).toEqual([]);
    expect(result.elapsedMs).toBe(3000);
    expect(fake.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Data']);
  });

  it('stops waiting at its budget, says the sheet was still calculating, and still removes everything', () => {
    const { host, waits, fake } = slowSheets(Infinity);
    const result = checkAddOn(host, 'en');
    expect(waits()).toBe(30);
    const failed = result.checks.filter((check) => !check.pass);
    expect(failed.map((check) => say(check.got, SELF_TEST_LABELS.en))).toEqual(['still calculating after 30 s']);
    expect(fake.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Data']);
  });
});

describe('comparing what a cell shows with what is expected', () => {
  it('a printed result matches exactly, or to its digits when printed with four or more', () => {
    expect(significantDigits('0.04545')).toBe(4);
    expect(significantDigits('25000')).toBe(2);
    expect(significantDigits('3.988')).toBe(4);
    expect(matchesPrinted(115 / 110 - 1, '0.04545')).toBe(true);
    expect(matchesPrinted(0.25 * 1.01, '0.25')).toBe(false);
    expect(matchesPrinted(25000 * 1.001, '25000')).toBe(false);
    expect(matchesPrinted(3.988 * 1.01, '3.988')).toBe(false);
    expect(matchesPrinted('25000', '25000')).toBe(false);
    expect(matchesPrinted(0.1 + 0.2, '0.3')).toBe(true);
  });

  it('a table: header of any text, rows within tolerance, dates by calendar day, nothing spilled beyond', () => {
    const expected = { columns: 2, rows: [[{ date: '2024-01-01' }, 15], [{ date: '2024-02-01' }, null]] };
    const jan = new Date(Date.UTC(2023, 11, 31, 20, 30)); // 1 January 2024 in Tehran (UTC+3:30)
    const feb = new Date(Date.UTC(2024, 0, 31, 20, 30));
    expect(compareTable([['Период', 'Итого', ''], [jan, 15, ''], [feb, '', ''], ['', '', '']], expected, 'Asia/Tehran')).toEqual({ pass: true, got: '2 × 2: 2024-01-01, 15 …' });
    expect(compareTable([['Period', 'Total', ''], [jan, 15, ''], [feb, '', ''], ['', '', '']], expected, 'UTC').got).toBe('[1, 1] 2023-12-31 ≠ 2024-01-01');
    expect(compareTable([['Period', 'Total', ''], [jan, 15.5, ''], [feb, '', ''], ['', '', '']], expected, 'Asia/Tehran').got).toBe('[1, 2] 15.5 ≠ 15');
    expect(compareTable([['Period', 'Total', ''], [jan, 15, ''], [feb, '', ''], [feb, 3, '']], expected, 'Asia/Tehran')).toEqual({ pass: false, got: '2 × 2: 2024-01-01, 15 … (spills beyond 3 × 2)' });
    expect(compareTable([['#ERROR!', '', ''], ['', '', ''], ['', '', ''], ['', '', '']], expected, 'UTC')).toEqual({ pass: false, got: 'header: #ERROR!, ∅' });
  });

  it('dates are written as the serial Sheets stores', () => {
    expect(serialOfIso('1899-12-30')).toBe(0);
    expect(serialOfIso('2024-03-10')).toBe(45361);
  });
});

describe('reading a chart as Sheets does', () => {
  const header = [[new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 1, 1)), new Date(Date.UTC(2024, 2, 1))]];
  const row = [[50, 80, 50]];
  it('the trend chart: two rows stacked (MERGE_ROWS), transposed, no header: one series over the periods', () => {
    expect(chartData({ ranges: [header, row], mergeStrategy: 'MERGE_ROWS', transpose: true, numHeaders: 0, title: 't' })).toEqual({ domain: header[0], series: [[50, 80, 50]] });
  });
  it('the same ranges side by side, or not transposed, or with a header taken, are not one series over the periods', () => {
    expect(chartData({ ranges: [header, row], mergeStrategy: 'MERGE_COLUMNS', transpose: true, numHeaders: 0, title: 't' })).toEqual({ domain: [...header[0], ...row[0]], series: [] });
    expect(chartData({ ranges: [header, row], mergeStrategy: 'MERGE_ROWS', transpose: false, numHeaders: 0, title: 't' })!.series).toHaveLength(2);
    expect(chartData({ ranges: [header, row], mergeStrategy: 'MERGE_ROWS', transpose: true, numHeaders: 1, title: 't' })!.domain).toHaveLength(2);
    expect(chartData({ ranges: [header, row], mergeStrategy: 'MERGE_ROWS', transpose: true, numHeaders: -1, title: 't' })).toBeNull();
  });
});

describe('verdicts on the test table', () => {
  it('a changed value, formula or format is named by its cell', () => {
    const before = { values: [['Date', 'Cost'], [new Date(Date.UTC(2024, 0, 5)), 100]], formulas: [['', ''], ['', '']], formats: [['General', 'General'], ['yyyy-mm-dd', 'General']] };
    const l = SELF_TEST_LABELS.en;
    expect(say(unchangedCheck(before, before, 'UTC').got, l)).toBe('unchanged');
    expect(say(unchangedCheck(before, { ...before, values: [['Date', 'Cost'], [before.values[1][0], 101]] }, 'UTC').got, l)).toBe('B2: 100 [General] → 101 [General]');
    expect(say(unchangedCheck(before, { ...before, formats: [['General', 'General'], ['General', 'General']] }, 'UTC').got, l)).toBe('A2: 2024-01-05 [yyyy-mm-dd] → 2024-01-05 [General]');
    expect(unchangedCheck(before, { ...before, formulas: [['', ''], ['', '=50*2']] }, 'UTC').pass).toBe(false);
  });
});

describe('the report', () => {
  const result: SelfTestResult = {
    language: 'en',
    elapsedMs: 12_345,
    checks: [
      { group: 'environment', label: phrase('timeZone'), expected: phrase('knownZone'), got: 'Europe/Moscow', pass: true },
      { group: 'examples', label: '=CAC(1000000, 40)', expected: '25000', got: '25250', pass: false },
      { group: 'summary', label: phrase('built', phrase('portable')), expected: 'CAC portable', got: 'CAC live\tnote', pass: false },
    ],
  };

  it('one line of summary, the groups in order, a tab-separated text that pastes as a table', () => {
    const report = makeReport(result, 'en');
    expect(report.summary).toBe('2 of 3 checks failed in 12.3 s; the first: =CAC(1000000, 40).');
    expect(report.groups.map((g) => g.heading)).toEqual(['What this spreadsheet gives', 'Worked examples of the catalog', 'KPI summary in live, portable and values modes']);
    expect(report.text.split('\n')).toEqual([
      'KPI Sheets: check of the add-on',
      report.summary,
      '',
      'Check\tExpected\tGot\tResult',
      'What this spreadsheet gives',
      'Spreadsheet time zone\ta time zone the add-on reads\tEurope/Moscow\tpass',
      'Worked examples of the catalog',
      '=CAC(1000000, 40)\t25000\t25250\tFAIL',
      'KPI summary in live, portable and values modes',
      'Summary built in portable mode\tCAC portable\tCAC live note\tFAIL',
      '',
    ]);
  });

  it('the same result reads in each language: the phrases translated, formulas and numbers as they are', () => {
    expect(makeReport(result, 'ru').groups[2].rows[0].label).toBe('Сводка построена в режиме «переносимый»');
    // In Persian and Arabic each blank is a Unicode isolate, so a date list or formula inside keeps its order.
    expect(makeReport(result, 'fa').groups[2].rows[0].label).toBe('خلاصه در حالت \u2068قابل‌حمل\u2069 ساخته شد');
    expect(makeReport(result, 'ar').groups[1].rows[0]).toEqual({ label: '=CAC(1000000, 40)', expected: '25000', got: '25250', pass: false });
    expect(makeReport({ ...result, checks: result.checks.slice(0, 1) }, 'ar').summary).toBe('نجحت جميع الفحوص (1) في 12.3 ثانية.');
  });

  /** Every leaf of a label table as path → text; functions called with a marker per parameter. */
  const leaves = (table: object): [string, string][] =>
    Object.entries(table).flatMap(([key, value]): [string, string][] => {
      if (typeof value === 'string') return [[key, value]];
      if (typeof value === 'function') return [[`${key}()`, (value as (...a: string[]) => string)(...Array.from({ length: (value as () => string).length }, (_, i) => `«${i}»`))]];
      return leaves(value as object).map(([k, v]) => [`${key}.${k}`, v]);
    });
  const SCRIPT = { en: /[A-Za-z]/, fa: /[\u0600-\u06FF]/, ar: /[\u0600-\u06FF]/, ru: /[А-Яа-яЁё]/ } as const;

  it.each(LANGUAGES)('%s has every label of English, in its own script, each blank used', (language) => {
    const english = new Map(leaves(SELF_TEST_LABELS.en));
    const table = new Map(leaves(SELF_TEST_LABELS[language]));
    expect([...table.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of table) {
      if (/[A-Za-z]/.test(english.get(key)!.replace(/«\d»/g, ''))) expect(text, key).toMatch(SCRIPT[language]);
      for (const marker of english.get(key)!.match(/«\d»/g) ?? []) expect(text, key).toContain(marker);
      if (language !== 'en' && english.get(key)!.replace(/«\d»/g, '').replace(/[^A-Za-z]/g, '').length > 3) expect(text, key).not.toBe(english.get(key));
    }
  });
});

describe('the sidebar file on its self-test view', () => {
  it('marks the body and nothing else', () => {
    expect(selfTestPage('<html><head><style>body{}</style></head><body>\n<p>x</p></body></html>')).toBe('<html><head><style>body{}</style></head><body data-view="selftest">\n<p>x</p></body></html>');
    expect(() => selfTestPage('<p>no body</p>')).toThrow('Sidebar.html has no <body>');
  });
});

describe('clean-up', () => {
  it('a free sheet name, whatever the case of those taken', () => {
    expect(freeSheetName('KPI self-test', ['Data'])).toBe('KPI self-test');
    expect(freeSheetName('KPI self-test', ['kpi SELF-TEST', 'KPI self-test (2)'])).toBe('KPI self-test (3)');
  });

  it('a check that Apps Script stopped left its sheets, a summary, names and properties: the next check removes them and restores Rebuild\'s summary', () => {
    const fake = createFakeSpreadsheet({ sheets: [{ name: 'Data', values: [['Cost', 'New customers'], [100, 2], [50, 1]] }] });
    const services = fake.globals();
    const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
    const properties = services.PropertiesService.getDocumentProperties();
    const user = buildSummary(services, { ranges: ['Data!A1:B3'], kpis: ['CAC'], period: 'none', mode: 'portable', language: 'en' }, new Date());
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Data')!);
    const clean = noteState(spreadsheet, properties);
    const snapshot = fake.snapshotHash();
    // What a check writes before it is stopped: its two marked sheets and a summary of its table.
    for (const name of ['KPI self-test', 'KPI self-test table']) markSheet(spreadsheet.insertSheet(name), clean);
    spreadsheet.getSheetByName('KPI self-test table')!.getRange('A1:B3').setValues([['Cost', 'New customers'], [1, 1], [2, 2]]);
    const left = buildSummary(services, testTableRequest("'KPI self-test table'!A1:B3", 'live', 'en'), new Date(), { newSheet: true });
    expect(properties.getProperty(LAST_SUMMARY_PROPERTY)).toBe(String(left.sheetId));
    expect(stateDifferences(clean, noteState(spreadsheet, properties))).not.toEqual([]);

    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Data')!);
    expect(removeLeftovers(spreadsheet, properties)).toEqual(['KPI Summary (2)', 'KPI self-test', 'KPI self-test table']);
    expect(stateDifferences(clean, noteState(spreadsheet, properties))).toEqual([]);
    expect(properties.getProperty(LAST_SUMMARY_PROPERTY)).toBe(String(user.sheetId));
    expect(properties.getProperty(`${REQUEST_PREFIX}${left.sheetId}`)).toBeNull();
    expect(fake.snapshotHash()).toBe(snapshot);
    // Nothing left: nothing removed, the user's summary untouched.
    expect(removeLeftovers(spreadsheet, properties)).toEqual([]);
    expect(spreadsheet.getSheetByName('KPI Summary')).not.toBeNull();
  });
});
