/** The summary's A/B test section on the fake spreadsheet: live and values agree, the verdict in the user's language, portable and files. */
import { afterEach, describe, expect, it } from 'vitest';
import { customFunctions } from '../../src/kpi/catalog';
import { abTest } from '../../src/kpi/statistics/ab-test';
import { createFakeSpreadsheet, type FakeSpreadsheet } from '../../src/local/fake';
import { run } from '../../src/server/custom-functions';
import { resetSettings } from '../../src/server/settings';
import { buildSummary, selectionFacts, type BuildRequest } from '../../src/server/summary';
import { abTestSources, exactCriterion, variantLabels } from '../../src/summary/ab-test';
import { LABELS } from '../../src/summary/labels';
import { layoutFor } from '../../src/summary/layout';
import { planSummary } from '../../src/summary/plan';

const NOW = new Date(Date.UTC(2026, 11, 1));
const day = (i: number): Date => new Date(Date.UTC(2025, 5, 1 + i));

/** Ten days of two landing pages: A converts about 5%, B about 7.5%. */
const visitorsA = Array.from({ length: 10 }, (_, i) => 190 + 3 * i);
const conversionsA = Array.from({ length: 10 }, (_, i) => 8 + (i % 5));
const visitorsB = Array.from({ length: 10 }, (_, i) => 200 + 2 * i);
const conversionsB = Array.from({ length: 10 }, (_, i) => 13 + (i % 6));
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
const EXPECTED = abTest(sum(conversionsA), sum(visitorsA), sum(conversionsB), sum(visitorsB));

/** The same days in one table, each row labelled with its page; "Page*" holds a wildcard and B is spelled in two cases. */
const variantRows = (labels: readonly [string, string, string] = ['Page*', 'Page 2', 'page 2']): unknown[][] => [
  ['Day', 'Variant', 'Visitors', 'Conversions'],
  ...Array.from({ length: 10 }, (_, i) => [
    [day(i), labels[0], visitorsA[i], conversionsA[i]],
    [day(i), i % 2 === 0 ? labels[1] : labels[2], visitorsB[i], conversionsB[i]],
  ]).flat(),
];

const PAGES = ["'Page A'!A1:C11", "'Page B'!A1:C11"];
const VARIANTS = ["'Variants'!A1:D21"];

let globalsSet: string[] = [];
afterEach(() => {
  for (const name of globalsSet) delete (globalThis as Record<string, unknown>)[name];
  globalsSet = [];
  resetSettings();
});

/** A workbook with the two pages and the variant table; with `asAddOn`, its services are the globals, as in Apps Script (custom functions read the locale there). */
function workbook(locale = 'en_US', labels?: readonly [string, string, string], asAddOn = true): FakeSpreadsheet {
  resetSettings();
  const page = (visitors: number[], conversions: number[]) => [['Day', 'Visitors', 'Conversions'], ...visitors.map((v, i) => [day(i), v, conversions[i]])];
  const fake = createFakeSpreadsheet({
    locale,
    sheets: [
      { name: 'Page A', values: page(visitorsA, conversionsA) },
      { name: 'Page B', values: page(visitorsB, conversionsB) },
      { name: 'Variants', values: variantRows(labels) },
    ],
  });
  fake.registerCustomFunctions(Object.fromEntries(customFunctions().map((entry) => [entry.id, (...args: unknown[]) => run(entry.id, args)])));
  if (asAddOn) {
    const globals = fake.globals() as unknown as Record<string, unknown>;
    globalsSet = Object.keys(globals);
    Object.assign(globalThis, globals);
  }
  return fake;
}

const request = (mode: BuildRequest['mode'], abTestChoice: BuildRequest['abTest'], language: BuildRequest['language'] = 'en', ranges = PAGES): BuildRequest => ({
  ranges,
  kpis: ['CONVERSION_RATE'],
  mode,
  period: 'none',
  language,
  abTest: abTestChoice,
});

/** The A/B section of a built summary: its caption, and the table (header and value row) as values and as formulas. */
function section(fake: FakeSpreadsheet, language: BuildRequest['language'] = 'en') {
  const sheet = fake.spreadsheet.getSheetByName(LABELS[language].sheetName)!;
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const title = values.findIndex((row) => row[0] === LABELS[language].abTest);
  if (title < 0) return null;
  return { caption: values[title + 1][0], table: values.slice(title + 2, title + 4).map((row) => row.slice(0, 9)), formula: formulas[title + 2][0], formulas: formulas.slice(title + 2, title + 4).flat() };
}

/** The table's value row against the TypeScript AB_TEST, to 1e-12. */
function expectExpected(row: unknown[]): void {
  const want = [EXPECTED.rateA, EXPECTED.rateB, EXPECTED.difference, EXPECTED.lift, EXPECTED.low, EXPECTED.high, EXPECTED.z, EXPECTED.pValue];
  want.forEach((value, c) => expect(Math.abs((row[c] as number) - (value as number)), `column ${c}`).toBeLessThanOrEqual(1e-12));
}

describe('the A/B test section', () => {
  it('two ranges: live spills AB_TEST over SUMs of named ranges; values mode holds the same table; both equal the TypeScript', () => {
    expect(EXPECTED.verdict).toBe('b_better');
    const live = workbook();
    const result = buildSummary(live, request('live', { a: 0, b: 1 }), NOW);
    const got = section(live)!;
    expect(got.formula).toBe('=AB_TEST(SUM(kpi_conversions),SUM(kpi_visits),SUM(kpi_conversions_2),SUM(kpi_visits_2))');
    expect(got.caption).toBe('A (control): Page A · B: Page B');
    expect(got.table[0]).toEqual(['Rate A', 'Rate B', 'Difference (B − A)', 'Relative lift', 'Low', 'High', 'z', 'p-value', 'Verdict']);
    expectExpected(got.table[1]);
    expect(got.table[1][8]).toBe('B better');
    expect(result.notes).toEqual([]);
    // The conversion-rate row of page A reads the same named ranges.
    expect(live.spreadsheet.getNamedRanges().map((named) => named.getName()).sort()).toEqual(['kpi_conversions', 'kpi_conversions_2', 'kpi_visits', 'kpi_visits_2']);

    const values = workbook();
    buildSummary(values, request('values', { a: 0, b: 1 }), NOW);
    const snapshot = section(values)!;
    expect(snapshot.formulas.every((formula) => formula === '')).toBe(true);
    expect(snapshot.caption).toBe(got.caption);
    expect(snapshot.table[0]).toEqual(got.table[0]);
    got.table[1].forEach((cell, c) => (typeof cell === 'number' ? expect(Math.abs((snapshot.table[1][c] as number) - cell), `column ${c}`).toBeLessThanOrEqual(1e-12) : expect(snapshot.table[1][c]).toBe(cell)));
  });

  it('B against A swapped: the verdict turns to A better, the difference and lift change sign', () => {
    const fake = workbook();
    buildSummary(fake, request('live', { a: 1, b: 0 }), NOW);
    const row = section(fake)!.table[1];
    expect(row[8]).toBe('A better');
    expect(row[2]).toBeCloseTo(-EXPECTED.difference, 12);
    expect(row[0]).toBeCloseTo(EXPECTED.rateB, 12);
  });

  it('a variant column: SUMIFS by each label, matched exactly (wildcards escaped) whatever its case; live equals values equals two ranges', () => {
    const live = workbook();
    buildSummary(live, request('live', { variantColumn: '0:1' }, 'en', VARIANTS), NOW);
    const got = section(live)!;
    expect(got.formula).toBe('=AB_TEST(SUMIFS(kpi_conversions,kpi_variant,"=Page~*"),SUMIFS(kpi_visits,kpi_variant,"=Page~*"),SUMIFS(kpi_conversions,kpi_variant,"=Page 2"),SUMIFS(kpi_visits,kpi_variant,"=Page 2"))');
    expect(got.caption).toBe('A (control): Page* · B: Page 2');
    expectExpected(got.table[1]);
    const values = workbook();
    buildSummary(values, request('values', { variantColumn: '0:1' }, 'en', VARIANTS), NOW);
    expect(section(values)!.table).toEqual(got.table);
  });

  it('the verdict word and headers in the spreadsheet\'s language: Persian in fa_IR, live and values alike', () => {
    for (const mode of ['live', 'values'] as const) {
      const fake = workbook('fa_IR');
      buildSummary(fake, request(mode, { a: 0, b: 1 }, 'fa'), NOW);
      const got = section(fake, 'fa')!;
      expect(got.caption, mode).toBe('A (کنترل): Page A · B: Page B');
      expect(got.table[0][8], mode).toBe('نتیجه');
      expect(got.table[1][8], mode).toBe('B بهتر است');
      expectExpected(got.table[1]);
    }
  });

  it('in an en_US spreadsheet a Persian summary\'s A/B section speaks Persian too: AB_TEST gets its default confidence and "fa"', () => {
    for (const mode of ['live', 'values'] as const) {
      const fake = workbook('en_US');
      buildSummary(fake, request(mode, { a: 0, b: 1 }, 'fa'), NOW);
      const got = section(fake, 'fa')!;
      if (mode === 'live') expect(got.formula).toMatch(/^=AB_TEST\(SUM\(.*,0\.95,"fa"\)$/);
      expect(got.table[0][8], mode).toBe('نتیجه');
      expect(got.table[1][8], mode).toBe('B بهتر است');
      expectExpected(got.table[1]);
    }
  });

  it('portable in Sheets stays live with a note (AB_TEST has no native form); in a file it is its values', () => {
    const sheets = workbook();
    const inSheets = buildSummary(sheets, request('portable', { a: 0, b: 1 }), NOW);
    expect(section(sheets)!.formula).toMatch(/^=AB_TEST\(SUM\(/);
    expect(inSheets.notes).toContain(LABELS.en.noNative('A/B test of two conversion rates (AB_TEST)'));

    for (const mode of ['portable', 'live'] as const) {
      const file = workbook();
      const inFile = buildSummary(file, request(mode, { a: 0, b: 1 }), NOW, { program: 'file' });
      const got = section(file)!;
      expect(got.formulas.every((formula) => formula === ''), mode).toBe(true);
      expectExpected(got.table[1]);
      expect(got.table[1][8]).toBe('B better');
      expect(inFile.notes.includes(LABELS.en.noNativeInFile('A/B test of two conversion rates (AB_TEST)')), mode).toBe(mode === 'portable');
    }
  });

  it('the verdict\'s column fits its longest word, in the spreadsheet\'s language, with and without period columns', () => {
    const fake = workbook('en_US', undefined, false);
    fake.select(PAGES);
    const facts = selectionFacts(fake);
    const data = PAGES.map((a1) => fake.spreadsheet.getRange(a1).getValues());
    for (const [locale, period, word] of [['en_US', 'none', 'not significant'], ['ru_RU', 'day', 'незначимо'], ['en_US', 'day', 'not significant']] as const) {
      const plan = planSummary(facts, { ...request('values', { a: 0, b: 1 }), period }, { locale, timeZone: 'UTC', now: NOW, data });
      // The verdict is the table's ninth column: the unit column without periods, the first period column with them.
      const run = plan.widths.find((w) => w.column <= 9 && 9 < w.column + w.columns)!;
      expect(run.column, period).toBe(period === 'none' ? layoutFor(0, true).unit + 1 : 9);
      expect(run.width, `${locale} ${period}`).toBeGreaterThanOrEqual(word.length * 7 + 16);
    }
  });

  it('needs no KPI row besides it', () => {
    const fake = workbook();
    buildSummary(fake, { ...request('live', { a: 0, b: 1 }), kpis: [] }, NOW);
    expectExpected(section(fake)!.table[1]);
  });

  it('unusable sources are a note, not a section: a range without the columns, a column of three labels, numbers as labels', () => {
    const three = workbook('en_US', ['Page*', 'Page 2', 'Page 3']);
    const result = buildSummary(three, request('live', { variantColumn: '0:1' }, 'en', VARIANTS), NOW);
    expect(section(three)).toBeNull();
    expect(result.notes).toContain('A/B test: Variant holds 3 variant labels; it needs exactly two.');

    const numbers = workbook('en_US', ['1', '2', '2']);
    expect(buildSummary(numbers, request('values', { variantColumn: '0:1' }, 'ru', VARIANTS), NOW).notes).toContain(LABELS.ru.abTestLabels('Variant'));

    const fake = workbook();
    fake.spreadsheet.insertSheet('Notes').getRange(1, 1, 3, 2).setValues([['Leads', 'Cost'], [10, 100], [20, 300]]);
    const noColumns = buildSummary(fake, request('live', { a: 0, b: 2 }, 'en', [...PAGES, "'Notes'!A1:B3"]), NOW);
    expect(section(fake)).toBeNull();
    expect(noColumns.notes).toContain('A/B test: Notes has no conversions and visitors (or leads) columns.');
  });
});

describe('what a selection offers an A/B test', () => {
  it('ranges with conversions and visitors, and text columns with exactly two labels (A the first in row order)', () => {
    const fake = workbook('en_US', undefined, false);
    fake.select([...PAGES, ...VARIANTS]);
    const facts = selectionFacts(fake);
    const data = [...PAGES, ...VARIANTS].map((a1) => fake.spreadsheet.getRange(a1).getValues());
    expect(abTestSources(facts, data, 'en_US')).toEqual({ ranges: [0, 1, 2], columns: [{ key: '2:1', range: 2, header: 'Variant', variants: ['Page*', 'Page 2'] }] });
  });

  it('labels: case-insensitive, blanks skipped, numbers, dates and comparisons refused; the criterion escapes wildcards and quotes', () => {
    expect(variantLabels([['B'], [''], ['  '], ['b'], ['A']], 'en_US')).toEqual({ labels: ['B', 'A'] });
    for (const bad of [[[3]], [['12']], [['2025-01-02']], [['>5']], [['=A']], [[true]]]) expect(variantLabels(bad, 'en_US'), String(bad[0][0])).toEqual({ problem: 'labels' });
    expect(variantLabels([['۱۲']], 'fa_IR')).toEqual({ problem: 'labels' });
    expect(exactCriterion('a*b?c~"d"')).toBe('"=a~*b~?c~~""d"""');
  });
});
