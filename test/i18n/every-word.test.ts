/**
 * Every string the builder, the sidebar, the functions and the command line can produce, in Persian, Arabic and
 * Russian, has no Latin word other than KPI ids, argument names, currency codes, unit symbols, the acronyms KPI and
 * A/B (the Persian, Arabic and Russian source articles write them so), option names and values, and the user's data.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/cells/evaluate';
import * as cellMessages from '../../src/cells/messages';
import { CATALOG, customFunctions } from '../../src/kpi/catalog';
import * as columns from '../../src/kpi/columns';
import type { Language } from '../../src/kpi/types';
import { CLI_MESSAGES } from '../../src/local/cli-messages';
import { helpLines } from '../../src/local/cli-options';
import { loadXlsx } from '../../src/local/xlsx';
import { run } from '../../src/server/custom-functions';
import { REQUEST_MESSAGES } from '../../src/server/request-messages';
import { SELF_TEST_LABELS } from '../../src/server/selftest/labels';
import { MENU } from '../../src/server/sidebar';
import { buildSummary } from '../../src/server/summary';
import { STRINGS } from '../../src/sidebar/strings';
import { qualifiedA1 } from '../../src/summary/a1';
import { proposeKpis } from '../../src/summary/bindings';
import { describeRange } from '../../src/summary/facts';
import { LABELS } from '../../src/summary/labels';
import { allRoles, roleLabel } from '../../src/summary/roles';
import { computeProblem } from '../../src/summary/snapshot';
import { foreignPunctuation, latinWords, walkTexts, wordsOf } from '../helpers/latin-words';

const OTHERS: readonly Exclude<Language, 'en'>[] = ['fa', 'ar', 'ru'];
const LOCALES = { fa: 'fa_IR', ar: 'ar_SA', ru: 'ru_RU' } as const;

/** "path: words in text" for each text with Latin words or another language's punctuation. */
function offenders(language: Exclude<Language, 'en'>, texts: Iterable<[string, string]>, userWords?: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  for (const [path, text] of texts) {
    const words = [...latinWords(text, userWords), ...foreignPunctuation(text, language)];
    if (words.length > 0) lines.push(`${path}: ${words.join(' | ')} in "${text.slice(0, 160)}"`);
  }
  return lines;
}

/** Every text of a table keyed by language. */
function tableTexts(name: string, table: Readonly<Record<Language, unknown>>, language: Language): [string, string][] {
  const texts: [string, string][] = [];
  walkTexts(table[language], `${name}.${language}`, (path, text) => texts.push([path, text]));
  return texts;
}

describe.each(OTHERS)('every word in %s', (language) => {
  it('the tables of texts: summary, sidebar, menu, request checks, self-test, command line, function messages, table headers', () => {
    const texts = [
      ...tableTexts('LABELS', LABELS, language),
      ...tableTexts('STRINGS', STRINGS, language),
      ...tableTexts('MENU', MENU, language),
      ...tableTexts('REQUEST_MESSAGES', REQUEST_MESSAGES, language),
      ...tableTexts('SELF_TEST_LABELS', SELF_TEST_LABELS, language),
      ...tableTexts('CLI_MESSAGES', CLI_MESSAGES, language),
      ...Object.keys(cellMessages.MESSAGES.en).map((key): [string, string] => [`message ${key}`, cellMessages.message(language, key as cellMessages.MessageKey).replace(/\{\w+\}/g, '٭')]),
      ...columns.COLUMN_KEYS.map((key): [string, string] => [`column ${key}`, columns.columnLabel(key, language)]),
      ...allRoles().map((info): [string, string] => [`role ${info.role}`, roleLabel(info.role, language)]),
      ...CATALOG.map((entry): [string, string] => [`${entry.id} name`, entry.names[language]]),
      // With nothing selected, every KPI says which column it needs.
      ...proposeKpis([], language).map((p): [string, string] => [`${p.id} needs`, p.needs ?? '']),
    ];
    expect(texts.length).toBeGreaterThan(500);
    expect(offenders(language, texts)).toEqual([]);
  });

  it('--help', () => {
    const lines = helpLines(language).filter((line) => !/^\s*(--|-h|npx )/.test(line));
    expect(offenders(language, lines.map((line, i): [string, string] => [`help line ${i}`, line]))).toEqual([]);
  });

  it('every custom-function error on missing, text, zero, negative and date arguments', () => {
    const context = { locale: LOCALES[language], timeZone: 'UTC' };
    const bad: unknown[][] = [[], ['abc'], [0], [-1], [1e308], [new Date(Date.UTC(2025, 0, 1))], [[[1, 2], [3, 4]]], [[['x'], ['y']]]];
    const texts: [string, string][] = [];
    for (const entry of customFunctions()) {
      for (const fill of bad) {
        const args = fill.length === 0 ? [] : entry.params.map(() => fill[0]);
        try {
          evaluate(entry, args, { ...context, fn: entry.id });
        } catch (error) {
          texts.push([`${entry.id}(${String(fill[0])})`, (error as Error).message]);
        }
      }
    }
    expect(() => run('NO_SUCH_KPI', [])).toThrow();
    expect(texts.length).toBeGreaterThan(200);
    expect(offenders(language, texts, new Set(['abc', 'x', 'y']))).toEqual([]);
  });

  it.each(['en_US', LOCALES[language]])('the summary of the sample workbook in every mode in a %s spreadsheet, and what the sidebar proposes', async (locale) => {
    for (const mode of ['live', 'portable', 'values'] as const) {
      const fake = await loadXlsx(new URL('../../examples/sample.xlsx', import.meta.url).pathname, { locale });
      // As in Sheets, the functions know the spreadsheet's locale; the summary asks for its own language.
      fake.registerCustomFunctions(Object.fromEntries(customFunctions().map((entry) => [entry.id, (...args: unknown[]) => evaluate(entry, args, { fn: entry.id, locale, timeZone: 'UTC' })])));
      const sheets = fake.spreadsheet.getSheets().filter((sheet) => sheet.getLastRow() > 0);
      const user = wordsOf(sheets.flatMap((sheet) => [sheet.getName(), ...sheet.getDataRange().getDisplayValues().flat()]));
      const ranges = sheets.map((sheet) => qualifiedA1(sheet.getName(), { row: 1, column: 1, numRows: sheet.getLastRow(), numColumns: sheet.getLastColumn() }));
      const inputs = ranges.map((a1) => {
        const range = fake.spreadsheet.getRange(a1);
        return { sheetName: range.getSheet().getName(), row: range.getRow(), column: range.getColumn(), values: range.getValues(), numberFormats: range.getNumberFormats() };
      });
      const facts = inputs.map((input) => describeRange(input, locale, {}, 'UTC'));
      const proposals = proposeKpis(facts, language, (entry, binding) => computeProblem(entry, binding, facts, inputs.map((input) => input.values), { locale, timeZone: 'UTC' }));
      const texts: [string, string][] = proposals.flatMap((p) => [
        ...(p.needs ? [[`${p.id} needs`, p.needs] as [string, string]] : []),
        ...(p.problem ? [[`${p.id} problem`, p.problem] as [string, string]] : []),
      ]);
      const kpis = proposals.filter((p) => p.available).map((p) => p.id);
      const result = buildSummary(fake, { ranges, kpis, mode, period: 'month', language }, new Date(Date.UTC(2026, 11, 1)));
      const sheet = fake.spreadsheet.getSheetByName(result.sheetName)!;
      const range = sheet.getDataRange();
      const shown = range.getDisplayValues();
      const formulas = range.getFormulas();
      shown.forEach((row, r) =>
        row.forEach((text, c) => {
          const at = `${mode} R${r + 1}C${c + 1}`;
          if (formulas[r][c] === '') texts.push([at, text]);
          for (const literal of formulas[r][c].match(/"[^"]*"/g) ?? []) texts.push([`${at} formula`, literal.slice(1, -1)]);
        }),
      );
      texts.push([`${mode} sheet name`, result.sheetName]);
      for (const chart of sheet.getCharts()) texts.push([`${mode} chart`, String(chart.getOptions().get('title') ?? '')]);
      expect(kpis.length).toBeGreaterThan(20);
      expect(offenders(language, texts, user)).toEqual([]);
    }
  });
});
