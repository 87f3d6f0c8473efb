/** The KPI definitions in Persian, Arabic and Russian: one per summarizable KPI, in the language's script, digits and punctuation, with the English numbers; shown in the summary and the sidebar. */
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOG, customFunctions, kpiById } from '../../src/kpi/catalog';
import { createFakeSpreadsheet } from '../../src/local/fake';
import { run } from '../../src/server/custom-functions';
import { resetSettings } from '../../src/server/settings';
import { sidebarState } from '../../src/server/sidebar';
import { buildSummary } from '../../src/server/summary';
import { summarizable } from '../../src/summary/bindings';
import { definition, type DefinitionTable } from '../../src/summary/definitions';
import DEFINITIONS from '../../src/summary/definitions.data';
import { LABELS } from '../../src/summary/labels';
import { HEADER_ROW } from '../../src/summary/layout';
import { latinWords } from '../helpers/latin-words';

const LANGUAGES = ['fa', 'ar', 'ru'] as const;
const SUMMARIZABLE = CATALOG.filter(summarizable);
/** The table, indexable by any id. */
const TABLE: DefinitionTable = DEFINITIONS;

/** The numbers a text mentions, in order, its Persian (۰–۹) and Arabic-Indic (٠–٩) digits read as ASCII. */
const numbersOf = (text: string): string[] =>
  text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).match(/\d+/g) ?? [];

describe('the definitions table', () => {
  it(`has a definition for each of the ${SUMMARIZABLE.length} summarizable KPIs in fa, ar and ru, and no other ids`, () => {
    expect(SUMMARIZABLE.length).toBe(49);
    const ids = SUMMARIZABLE.map((entry) => entry.id).sort();
    for (const language of LANGUAGES) {
      expect(Object.keys(DEFINITIONS[language]).sort(), language).toEqual(ids);
      for (const [id, text] of Object.entries(DEFINITIONS[language])) expect(text.trim().length, `${language} ${id}`).toBeGreaterThan(10);
    }
  });

  it('has no Latin words but the catalog ids and argument names', () => {
    for (const language of LANGUAGES) {
      for (const [id, text] of Object.entries(DEFINITIONS[language])) expect(latinWords(text), `${language} ${id}: ${text}`).toEqual([]);
    }
  });

  it('writes the punctuation and digits of each language: «،» and «؛» next to Persian and Arabic words, Persian digits in Persian, ASCII digits in Arabic and Russian, Russian quotes and decimal comma, a full stop at the end', () => {
    for (const language of LANGUAGES) {
      for (const [id, text] of Object.entries(DEFINITIONS[language])) {
        const where = `${language} ${id}: ${text}`;
        expect(text.endsWith('.'), where).toBe(true);
        if (language !== 'ru') expect(text, where).not.toMatch(/[\u0600-\u06ff]\s*[,;]|[,;]\s*[\u0600-\u06ff]/);
        if (language === 'fa') expect(text, where).not.toMatch(/[0-9٠-٩]/);
        else expect(text, where).not.toMatch(/[۰-۹٠-٩]/);
        if (language === 'ru') expect(text, where).not.toMatch(/[،؛"]|\d\.\d/);
      }
    }
  });

  it('mentions the same numbers as the English description (NPS 9–10, 0–6, −100 to 100; CAC_PAYBACK 12; LTV_CAC 3; CPM 1000)', () => {
    for (const entry of SUMMARIZABLE) {
      for (const language of LANGUAGES) expect(numbersOf(TABLE[language][entry.id] ?? ''), `${language} ${entry.id}`).toEqual(numbersOf(entry.description));
    }
    expect(numbersOf(kpiById('NPS')!.description)).toEqual(['9', '10', '0', '6', '100', '100']);
    expect(DEFINITIONS.fa.NPS).toContain('(۹ تا ۱۰)');
    expect(numbersOf(DEFINITIONS.fa.CAC_PAYBACK)).toEqual(['12']);
  });

  it('survives JSON, as the build serialises it', () => {
    expect(JSON.parse(JSON.stringify(DEFINITIONS))).toStrictEqual(DEFINITIONS);
  });

  it('definition(): the catalog description in English, the translation otherwise, the description for an id the table lacks', () => {
    const cpl = kpiById('CPL')!;
    expect(definition(cpl, 'en')).toBe(cpl.description);
    expect(definition(cpl, 'fa')).toBe('هزینه هر سرنخ: هزینه بازاریابی ÷ تعداد سرنخ‌ها.');
    expect(definition(cpl, 'ru')).toBe('Стоимость лида: маркетинговые расходы ÷ число лидов.');
    expect(definition(cpl, 'ar', { fa: {}, ar: {}, ru: {} })).toBe(cpl.description);
  });
});

describe('where the definitions are shown', () => {
  let globalsSet: string[] = [];
  afterEach(() => {
    for (const name of globalsSet) delete (globalThis as Record<string, unknown>)[name];
    globalsSet = [];
    resetSettings();
  });

  /** A Persian workbook of ad spend and leads, its services the globals as in Apps Script. */
  function persianWorkbook() {
    resetSettings();
    const fake = createFakeSpreadsheet({ locale: 'fa_IR', timeZone: 'UTC', sheets: [{ name: 'فروش', values: [['هزینه تبلیغات', 'سرنخ'], [1_000_000, 20], [1_500_000, 30]] }] });
    fake.registerCustomFunctions(Object.fromEntries(customFunctions().map((entry) => [entry.id, (...args: unknown[]) => run(entry.id, args)])));
    const globals = fake.globals() as unknown as Record<string, unknown>;
    globalsSet = Object.keys(globals);
    Object.assign(globalThis, globals);
    return fake;
  }

  it("a Persian summary's Definition column holds the Persian definition", () => {
    const fake = persianWorkbook();
    buildSummary(fake, { ranges: ["'فروش'!A1:B3"], kpis: ['CPL'], mode: 'portable', period: 'none', language: 'fa' }, new Date(Date.UTC(2026, 0, 1)));
    const values = fake.spreadsheet.getSheetByName(LABELS.fa.sheetName)!.getDataRange().getValues();
    const header = values[HEADER_ROW].map(String);
    const row = values.find((line, r) => r > HEADER_ROW && line[header.indexOf(LABELS.fa.headers[0])] === 'CPL')!;
    expect(row[header.indexOf(LABELS.fa.headers[7])]).toBe(DEFINITIONS.fa.CPL);
  });

  it("the sidebar state's description is the translation in the sidebar's language", () => {
    persianWorkbook();
    const byId = (language: 'en' | 'ar') => new Map(sidebarState(["'فروش'!A1:B3"], {}, language).kpis.map((kpi) => [kpi.id, kpi.description]));
    expect(byId('ar').get('CPL')).toBe(DEFINITIONS.ar.CPL);
    expect(byId('en').get('CPL')).toBe(kpiById('CPL')!.description);
  });
});
