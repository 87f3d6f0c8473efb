/** google.script.run for sidebar tests: server functions reached with JSON-only arguments and results, on a later turn, as in Sheets. */
import type { ScriptRunner } from '../../src/sidebar/rpc';

export type Handler = (...args: unknown[]) => unknown;

/** A runner whose `name(...)` calls `handler(name)` (undefined: no such server function) and reports each call to `record`. */
export function scriptRunner(handler: (name: string) => Handler | undefined, record: (call: [string, ...unknown[]]) => void): ScriptRunner {
  const runner = (success?: (v: unknown) => void, failure?: (e: unknown) => void): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get(_, name: string) {
        if (name === 'withSuccessHandler') return (h: (v: unknown) => void) => runner(h, failure);
        if (name === 'withFailureHandler') return (h: (e: unknown) => void) => runner(success, h);
        const fn = handler(name);
        if (typeof fn !== 'function') return undefined;
        return (...args: unknown[]) => {
          const json = JSON.parse(JSON.stringify(args)) as unknown[];
          record([name, ...json]);
          setTimeout(() => {
            try {
              const value = fn(...json);
              success?.(value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
            } catch (error) {
              failure?.(error);
            }
          }, 1);
        };
      },
    });
  return runner();
}

/** Puts the fake's Apps Script globals on globalThis; returns the function that takes them away again. */
export function installGlobals(globals: object): () => void {
  Object.assign(globalThis, globals);
  return () => {
    for (const name of Object.keys(globals)) delete (globalThis as Record<string, unknown>)[name];
  };
}
