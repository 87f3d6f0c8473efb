/** The deployable artifact: dist/Code.js loaded into a bare vm context, as Apps Script runs it. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { customFunctions } from '../../src/kpi/catalog';
import { parseExample } from '../helpers/call';

const root = join(__dirname, '../..');
let code = '';

/** A context with only what Apps Script's V8 gives: the language's own globals plus a SpreadsheetApp stub. */
function appsScriptContext(locale = 'en_US'): vm.Context {
  const context = vm.createContext({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => locale, getSpreadsheetTimeZone: () => 'Europe/Moscow' }),
    },
  });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build.ts')], { cwd: root });
  code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
});

describe('dist/Code.js', () => {
  it('runs with no require, module, process or timers in scope', () => {
    const context = appsScriptContext();
    for (const name of ['require', 'module', 'process', 'setTimeout', 'fetch', 'window', 'document']) {
      expect(vm.runInContext(`typeof ${name}`, context), name).toBe('undefined');
    }
    expect(vm.runInContext('typeof KpiSheets.run', context)).toBe('function');
  });

  it('every custom function is a top-level function that computes its catalog example from 2-D arrays', () => {
    const context = appsScriptContext();
    let run = 0;
    for (const entry of customFunctions()) {
      expect(vm.runInContext(`typeof ${entry.id}`, context), entry.id).toBe('function');
      const parsed = parseExample(entry.example!.call);
      if (!parsed) continue; // an example over cell references: the raw-rows test below runs these with dates
      run++;
      const { args } = parsed;
      const expected = Number(entry.example!.result);
      // Arguments are built inside the context so arrays and numbers are the context's own, as in Apps Script.
      const result = vm.runInContext(`${entry.id}(...${JSON.stringify(args)})`, context) as unknown;
      if (Number.isNaN(expected)) expect(Array.isArray(result), entry.id).toBe(true);
      else expect(result as number, entry.id).toBeCloseTo(expected, 4);
    }
    expect(run).toBeGreaterThanOrEqual(38);
  });

  it('the raw-rows functions take Date cells from the context and spill tables with dates', () => {
    const context = appsScriptContext();
    const table = vm.runInContext(
      `PERIOD_SERIES([[10],[5],[''],[7]], [[new Date(Date.UTC(2024,0,3))],[new Date(Date.UTC(2024,0,20))],[''],[new Date(Date.UTC(2024,2,2))]], 'month')`,
      context,
    ) as unknown[][];
    expect(table.length).toBe(4);
    expect(table[0][0]).toBe('Period start');
    expect(Object.prototype.toString.call(table[1][0])).toBe('[object Date]');
    expect(table.slice(1).map((row) => row[1])).toEqual([15, 0, 7]);
    expect(() => vm.runInContext(`NEW_CUSTOMERS([['a'],['b']], [[new Date()],['soon']])`, context)).toThrow('NEW_CUSTOMERS: dates row 2 is the text "soon", expected a date');
    const retention = vm.runInContext('RETENTION_FORECAST([[1000],[631],[468],[382],[326],[289],[262],[241]], 5)', context) as number[][];
    expect(retention.length).toBe(14);
    expect(retention[13][2]).toBeCloseTo(0.17, 2);
  });

  it('throws one-line errors in the spreadsheet language, dates from the context included', () => {
    const english = appsScriptContext();
    expect(() => vm.runInContext('NPS([[9],[11]])', english)).toThrow('NPS: scores row 2 is 11, expected a whole number 0–10');
    expect(() => vm.runInContext('CAC([[100],[new Date(Date.UTC(2024,0,31))]], 4)', english)).toThrow('CAC: costs row 2 is a date');
    const russian = appsScriptContext('ru_RU');
    expect(vm.runInContext("CAC([['1 000,5']], 1)", russian)).toBe(1000.5);
    expect(() => vm.runInContext('CAC(100, 0)', russian)).toThrow('CAC: new_customers равно 0, деление невозможно');
  });

  it('has @OnlyCurrentDoc and, directly above each function, a JSDoc with its real @param names and @customfunction', () => {
    expect(code.startsWith('/** @OnlyCurrentDoc */')).toBe(true);
    for (const entry of customFunctions()) {
      const names = entry.params.map((param) => param.name);
      const pattern = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${entry.id}\\(${names.join(', ')}\\) \\{`);
      const match = pattern.exec(code);
      expect(match, entry.id).not.toBeNull();
      const doc = match![1];
      expect(doc).toContain('@customfunction');
      expect(doc).toContain('@return');
      const documented = [...doc.matchAll(/@param \{[^}]+\} (\w+)/g)].map((m) => m[1]);
      expect(documented, entry.id).toEqual(names);
    }
  });

  it('ships no development dependency and stays within its size budget', () => {
    for (const marker of ['HyperFormula', 'exceljs', 'fast-check', 'vitest']) expect(code).not.toContain(marker);
    // Nor the command line (dist/cli.mjs is a separate output): its options, its messages, its argument parser.
    for (const marker of ['parseArgs', 'kpi-sheets --help', 'unknown option', 'OUTPUT.xlsx']) expect(code).not.toContain(marker);
    expect(Buffer.byteLength(code)).toBeLessThan(300 * 1024);
  });

  it('the manifest: V8, exactly the two scopes', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'dist/appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });
});
