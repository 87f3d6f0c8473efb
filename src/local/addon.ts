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
import type { CustomFunction, FakeSpreadsheet } from './fake';

/** dist/Code.js of this checkout. */
export const CODE_JS = join(dirname(fileURLToPath(import.meta.url)), '../../dist/Code.js');

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
