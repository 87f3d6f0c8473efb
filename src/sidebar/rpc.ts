/**
 * The one way the sidebar talks to the server: a typed promise over google.script.run, with every payload checked to be
 * plain JSON both ways (no Date, function, NaN, class instance or cycle crosses; dates travel as epoch milliseconds).
 */
import type { SidebarRpc } from '../server/rpc-types';

/** The part of google.script.run the sidebar uses: each with…Handler returns a runner, whose server functions take the arguments. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

declare global {
  // The client-side global Google injects into an HtmlService page (and the playground's shim provides).
  var google: { script: { run: ScriptRunner } } | undefined;
}

/** Raised when a payload is not plain JSON: names where inside it the offending value sits. */
export class PayloadError extends TypeError {
  override readonly name = 'PayloadError';
}

const tag = (value: object): string => Object.prototype.toString.call(value);

/** Whether an object is a plain {…} from any realm (the playground's vm hands over objects of another realm). */
function isPlainObject(value: object): boolean {
  if (tag(value) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * A deep copy of a value made of JSON types only; undefined object properties are dropped (as JSON drops them).
 * Throws a PayloadError naming the path for a Date (send epoch milliseconds), a function, a non-finite number, a
 * bigint or symbol, undefined in an array, a non-plain object (Map, class instance) or a cycle.
 */
export function plainJson(value: unknown, path = '$', seen: Set<object> = new Set()): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new PayloadError(`${path} is ${value}: only finite numbers cross google.script.run`);
    return value;
  }
  if (typeof value !== 'object') throw new PayloadError(`${path} is a ${typeof value}: only JSON values cross google.script.run`);
  if (tag(value) === '[object Date]') throw new PayloadError(`${path} is a Date: send epoch milliseconds instead`);
  if (seen.has(value)) throw new PayloadError(`${path} refers back to itself`);
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      return value.map((item: unknown, i) => {
        if (item === undefined) throw new PayloadError(`${path}[${i}] is undefined`);
        return plainJson(item, `${path}[${i}]`, seen);
      });
    }
    if (!isPlainObject(value)) throw new PayloadError(`${path} is a ${tag(value).slice(8, -1)}: only plain objects cross google.script.run`);
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) copy[key] = plainJson(item, `${path}.${key}`, seen);
    }
    return copy;
  } finally {
    seen.delete(value);
  }
}

/** The failure handler's argument (an Error in Apps Script, maybe a string or {message} elsewhere) as an Error. */
export function asError(failure: unknown): Error {
  if (failure instanceof Error) return failure;
  if (typeof failure === 'object' && failure !== null && typeof (failure as { message?: unknown }).message === 'string') {
    return new Error((failure as { message: string }).message);
  }
  return new Error(typeof failure === 'string' ? failure : String(failure));
}

/** The google.script.run of this page, or an Error saying it is missing (the file opened outside Sheets and the playground). */
function scriptRun(): ScriptRunner {
  const run = globalThis.google?.script?.run;
  if (!run) throw new Error('google.script.run is not available: open the sidebar from Google Sheets or the playground');
  return run;
}

/** Calls a server function of the sidebar contract; resolves with its plain-JSON result, rejects with an Error carrying the server's message. */
export function rpc<K extends keyof SidebarRpc>(name: K, ...args: Parameters<SidebarRpc[K]>): Promise<ReturnType<SidebarRpc[K]>> {
  return new Promise((resolve, reject) => {
    try {
      const payload = plainJson(args, `${name}(…)`) as unknown[];
      const runner = scriptRun()
        .withSuccessHandler((value) => {
          try {
            resolve(plainJson(value === undefined ? null : value, `${name}() result`) as ReturnType<SidebarRpc[K]>);
          } catch (error) {
            reject(error);
          }
        })
        .withFailureHandler((failure) => reject(asError(failure)));
      const call = runner[name];
      if (typeof call !== 'function') throw new Error(`google.script.run has no server function ${name}`);
      (call as (...a: unknown[]) => void).apply(runner, payload);
    } catch (error) {
      reject(asError(error));
    }
  });
}
