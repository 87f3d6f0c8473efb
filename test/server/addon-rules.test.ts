/**
 * Google's add-on rules, run against the built dist/Code.js in a bare vm context whose services refuse whatever the
 * authorization mode refuses (each refusal is recorded and thrown as Apps Script throws it).
 *
 * AuthMode.NONE: onOpen of an add-on that is installed but not yet used in the document (and, by the same rule, a
 * test deployment "Installed only"). Allowed: the user's locale and adding the add-on menu, nothing else: no
 * spreadsheet, no properties, no user, no sidebars or dialogs.
 *   - https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 *     (the table of modes: NONE gives access to the user's locale and lets the add-on create menus, no services that
 *     require authorization, no access to the document)
 *   - https://developers.google.com/apps-script/reference/script/auth-mode (NONE: "does not allow access to any
 *     services that require authorization")
 *   - https://developers.google.com/workspace/add-ons/concepts/menus (build the initial menu with createAddonMenu
 *     before authorization; checking Properties in NONE is an error and may keep the menu from showing)
 *   - https://developers.google.com/apps-script/reference/base/menu#addSubMenu(Menu) (a sub-menu is a Menu made with
 *     Ui.createMenu and added with addSubMenu; building it is building the menu, which NONE allows: the Help sub-menu)
 *   onInstall runs in AuthMode.FULL (same lifecycle page), but it calls onOpen and must build the same menu, so it is
 *   held to NONE here as well: nothing it does may need more.
 *
 * AuthMode.CUSTOM_FUNCTION: every custom-function cell. Allowed: the Spreadsheet service read-only (get* methods, not
 * set*), without opening other spreadsheets; no UI; user properties are the owner's only, so no properties at all.
 *   - https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services (the table of
 *     services in custom functions: "Spreadsheet: Read only (can use most get*() methods, but not set*()). Cannot open
 *     other spreadsheets")
 *   - https://developers.google.com/apps-script/reference/script/auth-mode (CUSTOM_FUNCTION: a limited subset of
 *     services, read-only access to Spreadsheet)
 *   Only the getters the code is known to need are modelled (the locale and the time zone); any other getter is
 *   reported as "not modelled", so a new read shows up here before it reaches a real sheet.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { customFunctions } from '../../src/kpi/catalog';
import type { Kpi, Param } from '../../src/kpi/types';
import { parseExample } from '../helpers/call';

const root = join(__dirname, '../..');
let code = '';

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build.ts')], { cwd: root });
  code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
});

type Mode = 'NONE' | 'CUSTOM_FUNCTION';

/** Apps Script's global services: every one is present, and refuses all but what the mode allows. */
const SERVICES = [
  'SpreadsheetApp',
  'PropertiesService',
  'Session',
  'HtmlService',
  'ScriptApp',
  'CacheService',
  'LockService',
  'UrlFetchApp',
  'DriveApp',
  'DocumentApp',
  'GmailApp',
  'MailApp',
  'Charts',
  'Utilities',
  'Logger',
] as const;

/** One authorization mode's services in a fresh context, with the calls it allowed and the ones it refused. */
interface Sandbox {
  readonly context: vm.Context;
  /** Allowed calls, as `Service.method(args)`. */
  readonly allowed: string[];
  /** Refused calls (not allowed in the mode), as `Service.method`. */
  readonly refused: string[];
  /** Calls the mode allows but this model does not implement: a test that meets one must model it. */
  readonly unmodelled: string[];
}

/** The message Apps Script gives for a call the authorization mode does not cover. */
const refusal = (mode: Mode, call: string): string => `Authorization is required to perform that action. (${call} in AuthMode.${mode})`;

/** An object whose every method is refused (symbol keys and `then` read as absent, as on a plain object). */
function refusing(name: string, mode: Mode, box: Sandbox): object {
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (typeof property === 'symbol' || property === 'then') return undefined;
        return () => {
          box.refused.push(`${name}.${property}`);
          throw new Error(refusal(mode, `${name}.${property}`));
        };
      },
    },
  );
}

/**
 * An object that answers the methods in `methods`, reports getters (`get*`, `is*`) outside them as allowed but not
 * modelled when `getters` says the mode allows them, and refuses everything else.
 */
function partly(name: string, mode: Mode, box: Sandbox, methods: Record<string, (...args: unknown[]) => unknown>, getters: boolean): object {
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (typeof property === 'symbol' || property === 'then') return undefined;
        const call = `${name}.${property}`;
        if (Object.hasOwn(methods, property)) {
          return (...args: unknown[]) => {
            // An object argument (a sub-menu) is shown as {…}: stringifying it would call it.
            box.allowed.push(`${call}(${args.map((a) => (typeof a === 'object' && a !== null ? '{…}' : JSON.stringify(a))).join(', ')})`);
            return methods[property](...args);
          };
        }
        return () => {
          if (getters && /^(get|is)[A-Z]/.test(property)) {
            box.unmodelled.push(call);
            throw new Error(`${call} is allowed in AuthMode.${mode} but not modelled by this test`);
          }
          box.refused.push(call);
          throw new Error(refusal(mode, call));
        };
      },
    },
  );
}

/** A menu entry as recorded: an item [caption, function], a separator '—', or a sub-menu { caption, items }. */
type MenuEntry = string | [string, string] | { caption: string; items: MenuEntry[] };

/** AuthMode.NONE: the user's locale and the add-on menu (with its sub-menus). The add-on menus' entries are recorded in `menus`. */
function noneMode(userLocale: string): Sandbox & { menus: { items: MenuEntry[]; shown: boolean }[] } {
  const box = { context: {} as vm.Context, allowed: [] as string[], refused: [] as string[], unmodelled: [] as string[], menus: [] as { items: MenuEntry[]; shown: boolean }[] };
  const records = new WeakMap<object, { caption: string; items: MenuEntry[]; shown: boolean }>();
  const newMenu = (caption: string, addon: boolean): object => {
    const record = { caption, items: [] as MenuEntry[], shown: false };
    if (addon) box.menus.push(record);
    const menu: object = partly(
      'Menu',
      'NONE',
      box,
      {
        addItem: (itemCaption, functionName) => (record.items.push([String(itemCaption), String(functionName)]), menu),
        addSeparator: () => (record.items.push('—'), menu),
        addSubMenu: (sub) => {
          const added = records.get(sub as object);
          if (!added) throw new Error('Menu.addSubMenu takes a Menu made with Ui.createMenu');
          record.items.push({ caption: added.caption, items: added.items });
          return menu;
        },
        addToUi: () => {
          record.shown = true;
        },
      },
      false,
    );
    records.set(menu, record);
    return menu;
  };
  const ui = partly('Ui', 'NONE', box, { createAddonMenu: () => newMenu('', true), createMenu: (caption) => newMenu(String(caption), false) }, false);
  const globals: Record<string, object> = {};
  for (const service of SERVICES) globals[service] = refusing(service, 'NONE', box);
  globals.SpreadsheetApp = partly('SpreadsheetApp', 'NONE', box, { getUi: () => ui }, false);
  globals.Session = partly('Session', 'NONE', box, { getActiveUserLocale: () => userLocale }, false);
  box.context = vm.createContext(globals);
  vm.runInContext(code, box.context, { filename: 'Code.js' });
  return box;
}

/** AuthMode.CUSTOM_FUNCTION: the active spreadsheet, read-only; the locale and time zone are modelled. */
function customFunctionMode(locale: string, timeZone: string): Sandbox {
  const box = { context: {} as vm.Context, allowed: [] as string[], refused: [] as string[], unmodelled: [] as string[] };
  const spreadsheet = partly('Spreadsheet', 'CUSTOM_FUNCTION', box, { getSpreadsheetLocale: () => locale, getSpreadsheetTimeZone: () => timeZone }, true);
  const globals: Record<string, object> = {};
  for (const service of SERVICES) globals[service] = refusing(service, 'CUSTOM_FUNCTION', box);
  // getActive is getActiveSpreadsheet's other name; getUi, openById, openByUrl and every builder stay refused.
  globals.SpreadsheetApp = partly('SpreadsheetApp', 'CUSTOM_FUNCTION', box, { getActiveSpreadsheet: () => spreadsheet, getActive: () => spreadsheet }, false);
  box.context = vm.createContext(globals);
  vm.runInContext(code, box.context, { filename: 'Code.js' });
  return box;
}

/** Runs `source` in the sandbox; returns its value or the message it threw. */
function run(box: Sandbox, source: string): { value?: unknown; error?: string } {
  try {
    return { value: vm.runInContext(source, box.context) as unknown };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Sheets-shaped argument source for a parameter whose catalog example reads cells: a small transaction log. */
function argumentSource(param: Param): string {
  const day = (month: number, date: number): string => `new Date(Date.UTC(2024, ${month}, ${date}))`;
  const DATES = [day(0, 3), day(0, 20), day(1, 5), day(1, 25), day(2, 2), day(2, 18), day(3, 9), day(4, 1)];
  switch (param.kind) {
    case 'dates':
      if (param.name === 'as_of' || param.name === 'calibration_end') return day(3, 30);
      if (param.name === 'end_dates' || param.name === 'closed_dates' || param.name === 'reply_times') return `[${DATES.map((d, i) => (i % 3 === 0 ? "['']" : `[new Date(${d}.getTime() + ${(i + 1) * 5} * 86400000)]`)).join(',')}]`;
      return `[${DATES.map((d) => `[${d}]`).join(',')}]`;
    case 'labels':
      return JSON.stringify(['a', 'b', 'a', 'c', 'b', 'a', 'd', 'a'].map((id) => [id]));
    case 'scalar':
      return '12';
    default:
      return JSON.stringify([3, 1, 4, 1, 5, 9, 2, 6].map((n) => [n]));
  }
}

/** A call of `entry` with Sheets-shaped literals: its catalog example when that is all literals, else a transaction log. */
function callSource(entry: Kpi): string {
  const parsed = parseExample(entry.example!.call);
  if (parsed) return `${entry.id}(...${JSON.stringify(parsed.args)})`;
  return `${entry.id}(${entry.params.filter((param) => !param.optional).map(argumentSource).join(', ')})`;
}

describe('AuthMode.NONE: onOpen and onInstall', () => {
  it('the sandbox refuses what NONE refuses: properties, the spreadsheet, the user, sidebars', () => {
    const box = noneMode('en_US');
    expect(run(box, 'PropertiesService.getDocumentProperties()').error).toBe(refusal('NONE', 'PropertiesService.getDocumentProperties'));
    expect(run(box, 'SpreadsheetApp.getActiveSpreadsheet()').error).toBe(refusal('NONE', 'SpreadsheetApp.getActiveSpreadsheet'));
    expect(run(box, 'Session.getActiveUser()').error).toBe(refusal('NONE', 'Session.getActiveUser'));
    expect(run(box, "SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar'))").error).toBe(refusal('NONE', 'HtmlService.createHtmlOutputFromFile'));
    expect(run(box, 'SpreadsheetApp.getUi().alert("x")').error).toBe(refusal('NONE', 'Ui.alert'));
    expect(box.refused).toEqual(['PropertiesService.getDocumentProperties', 'SpreadsheetApp.getActiveSpreadsheet', 'Session.getActiveUser', 'HtmlService.createHtmlOutputFromFile', 'Ui.alert']);
    // Loading Code.js itself (every execution runs its top level) used nothing.
    expect(noneMode('en_US').allowed).toEqual([]);
  });

  const MENUS: Record<string, [string, string, string, string, string]> = {
    en_US: ['Build KPI summary', 'Rebuild summary', 'Help', 'How to use', 'Check the add-on'],
    '': ['Build KPI summary', 'Rebuild summary', 'Help', 'How to use', 'Check the add-on'],
    fa_IR: ['ساخت خلاصه شاخص‌ها', 'بازسازی خلاصه', 'راهنما', 'روش استفاده', 'بررسی افزونه'],
    ar: ['إنشاء ملخص المؤشرات', 'إعادة بناء الملخص', 'مساعدة', 'طريقة الاستخدام', 'فحص الإضافة'],
    ru: ['Создать сводку KPI', 'Пересобрать сводку', 'Справка', 'Как пользоваться', 'Проверить дополнение'],
  };

  /** The [caption, function] items of a menu and of its sub-menus. */
  const itemsOf = (entries: MenuEntry[]): [string, string][] => entries.flatMap((entry) => (Array.isArray(entry) ? [entry] : typeof entry === 'object' ? itemsOf(entry.items) : []));

  for (const [locale, [build, rebuild, help, howTo, check]] of Object.entries(MENUS)) {
    it(`onOpen with the user's locale "${locale}" builds the add-on menu (Help → How to use, Check the add-on) and touches nothing else`, () => {
      const box = noneMode(locale);
      expect(run(box, "onOpen({ authMode: 'NONE', source: null })").error).toBeUndefined();
      expect(box.refused).toEqual([]);
      expect(box.unmodelled).toEqual([]);
      expect(box.menus).toEqual([
        { caption: '', items: [[build, 'showSidebar'], [rebuild, 'rebuildFromMenu'], '—', { caption: help, items: [[howTo, 'showHelp'], [check, 'showSelfTest']] }], shown: true },
      ]);
      expect(box.allowed[0]).toBe('Session.getActiveUserLocale()');
      // Each item runs a top-level function of Code.js: the only names a menu can call.
      for (const [, name] of itemsOf(box.menus[0].items)) {
        expect(vm.runInContext(`typeof ${name}`, box.context), name).toBe('function');
      }
    });
  }

  it('onInstall builds the same menu under the same rules', () => {
    const box = noneMode('ru_RU');
    expect(run(box, "onInstall({ authMode: 'NONE' })").error).toBeUndefined();
    expect(box.refused).toEqual([]);
    expect(box.menus).toHaveLength(1);
    expect(box.menus[0].shown).toBe(true);
    expect(box.menus[0].items[0]).toEqual(['Создать сводку KPI', 'showSidebar']);
  });

  it('the menu items themselves need authorization: choosing one in NONE is refused, so Sheets asks for it first', () => {
    const box = noneMode('en_US');
    expect(run(box, 'showSidebar()').error).toMatch(/^Authorization is required/);
    expect(box.refused.length).toBeGreaterThan(0);
  });
});

describe('AuthMode.CUSTOM_FUNCTION: every custom function', () => {
  it('the sandbox refuses what custom functions cannot do: writes, toasts, the UI, properties, other spreadsheets', () => {
    const box = customFunctionMode('en_US', 'Etc/UTC');
    expect(run(box, "SpreadsheetApp.getActiveSpreadsheet().toast('x')").error).toBe(refusal('CUSTOM_FUNCTION', 'Spreadsheet.toast'));
    expect(run(box, "SpreadsheetApp.getActiveSpreadsheet().insertSheet('x')").error).toBe(refusal('CUSTOM_FUNCTION', 'Spreadsheet.insertSheet'));
    expect(run(box, 'SpreadsheetApp.getUi()').error).toBe(refusal('CUSTOM_FUNCTION', 'SpreadsheetApp.getUi'));
    expect(run(box, "SpreadsheetApp.openById('x')").error).toBe(refusal('CUSTOM_FUNCTION', 'SpreadsheetApp.openById'));
    expect(run(box, 'PropertiesService.getDocumentProperties()').error).toBe(refusal('CUSTOM_FUNCTION', 'PropertiesService.getDocumentProperties'));
    expect(run(box, "SpreadsheetApp.getActiveSpreadsheet().getRange('A1')").error).toContain('not modelled');
    expect(box.unmodelled).toEqual(['Spreadsheet.getRange']);
  });

  it('reads only the spreadsheet locale and time zone, and only when a value needs them', () => {
    const russian = customFunctionMode('ru_RU', 'Europe/Moscow');
    expect(run(russian, "CAC([['1 000,5']], 1)").value).toBe(1000.5);
    expect(run(russian, 'CAC(100, 0)').error).toBe('CAC: new_customers равно 0, деление невозможно');
    expect(russian.refused).toEqual([]);
    expect(new Set(russian.allowed)).toEqual(new Set(['SpreadsheetApp.getActiveSpreadsheet()', 'Spreadsheet.getSpreadsheetLocale()', 'Spreadsheet.getSpreadsheetTimeZone()']));
  });

  const entries = customFunctions();
  it('covers every custom function of the catalog', () => {
    expect(entries.length).toBeGreaterThanOrEqual(50);
  });

  for (const entry of entries) {
    it(`${entry.id} computes with read-only spreadsheet access and nothing else`, () => {
      const box = customFunctionMode('en_US', 'Etc/UTC');
      const source = callSource(entry);
      const outcome = run(box, source);
      expect(box.refused, source).toEqual([]);
      expect(box.unmodelled, source).toEqual([]);
      // A result, or a one-line error about the data that names the function: never an authorization failure.
      if (outcome.error !== undefined) {
        expect(outcome.error, source).toMatch(new RegExp(`^${entry.id}: `));
        expect(outcome.error).not.toContain('\n');
      } else {
        expect(outcome.value, source).not.toBeUndefined();
      }
      for (const call of box.allowed) expect(call).toMatch(/^(SpreadsheetApp\.getActiveSpreadsheet|Spreadsheet\.getSpreadsheetLocale|Spreadsheet\.getSpreadsheetTimeZone)\(\)$/);
    });
  }
});
