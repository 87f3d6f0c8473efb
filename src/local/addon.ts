/**
 * The built add-on (dist/Code.js) in a node:vm context over the fake's Apps Script globals, as the artifact tests run it:
 * every catalog custom function in the workbook calls the context's top-level function. Used by the playground and by
 * `npm run selftest`. Development only.
 *
 *     const context = vm.createContext({});
 *     const fake = createFakeSpreadsheet({ DateClass: vm.runInContext('Date', context) });
 *     const addOn = loadAddOn(fake, context);
 *     addOn.call('onOpen', [{ authMode: 'LIMITED' }]);
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { customFunctions } from '../kpi/catalog';
import { createFakeSpreadsheet, type CustomFunction, type FakeSpreadsheet, type FakeSpreadsheetOptions } from './fake';
import { loadWorkbookFile } from './xlsx';

/** dist/Code.js and dist/Sidebar.html of this checkout, and the workbook the playground and the self-test open by default. */
export const CODE_JS = join(dirname(fileURLToPath(import.meta.url)), '../../dist/Code.js');
export const SIDEBAR_HTML = join(dirname(CODE_JS), 'Sidebar.html');
export const DEFAULT_WORKBOOK = join(dirname(CODE_JS), '../examples/sample.xlsx');

export interface AddOn {
  /** Top-level functions of Code.js a client may call (not ending in _). */
  readonly functions: ReadonlySet<string>;
  call(name: string, args: unknown[]): unknown;
}

/** The names of the top-level function declarations of Code.js. */
function declaredFunctions(code: string): string[] {
  return [...code.matchAll(/^function\s+([A-Za-z_$][\w$]*)\s*\(/gm)].map((match) => match[1]);
}

/**
 * Runs dist/Code.js in `context` over the fake's globals and routes every catalog custom function to it; `wrap` may
 * replace one (the self-test's tests perturb a result through it).
 */
export function loadAddOn(fake: FakeSpreadsheet, context: vm.Context, wrap: (id: string, fn: CustomFunction) => CustomFunction = (_, fn) => fn, file = CODE_JS): AddOn {
  let code: string;
  try {
    code = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: run \`npm run build\` first (npm start does).`);
  }
  Object.assign(context, fake.globals());
  vm.runInContext(code, context, { filename: 'Code.js' });
  const functions = new Set(declaredFunctions(code).filter((name) => !name.endsWith('_') && typeof context[name] === 'function'));
  const call = (name: string, args: unknown[]): unknown => (context[name] as (...a: unknown[]) => unknown)(...args);
  fake.registerCustomFunctions(
    Object.fromEntries(
      customFunctions().map((entry) => {
        if (!functions.has(entry.id)) throw new Error(`${file} has no function ${entry.id}: run \`npm run build\`.`);
        return [entry.id, wrap(entry.id, (...args: unknown[]) => call(entry.id, args))];
      }),
    ),
  );
  return { functions, call };
}

export interface OpenAddOnOptions {
  /** An .xlsx or .csv file; default the sample workbook. */
  readonly file?: string;
  /** Start from this model or these sheets instead of a file. */
  readonly workbook?: Pick<FakeSpreadsheetOptions, 'sheets' | 'model'>;
  readonly locale?: string;
  readonly userLocale?: string;
  readonly timeZone?: string;
  /** What HtmlService.createHtmlOutputFromFile('Sidebar') reads, at each call; default dist/Sidebar.html. */
  readonly sidebar?: () => string;
}

/** The built add-on over a fake spreadsheet of the workbook, in a fresh vm context whose Date the fake's dates are: the playground's and the self-test's start. */
export async function openAddOn(options: OpenAddOnOptions, wrap?: (id: string, fn: CustomFunction) => CustomFunction): Promise<{ context: vm.Context; fake: FakeSpreadsheet; addOn: AddOn }> {
  const context = vm.createContext({});
  const htmlFiles: Record<string, string> = {};
  const sidebar = options.sidebar ?? (() => readFileSync(SIDEBAR_HTML, 'utf8'));
  Object.defineProperty(htmlFiles, 'Sidebar', { enumerable: true, get: sidebar });
  const settings: FakeSpreadsheetOptions = {
    DateClass: vm.runInContext('Date', context) as DateConstructor,
    locale: options.locale,
    userLocale: options.userLocale,
    timeZone: options.timeZone,
    htmlFiles,
  };
  const fake = options.workbook ? createFakeSpreadsheet({ ...settings, ...options.workbook }) : await loadWorkbookFile(options.file ?? DEFAULT_WORKBOOK, settings);
  return { context, fake, addOn: loadAddOn(fake, context, wrap) };
}
