/** The typed RPC wrapper over a fake google.script.run: results, failures and the plain-JSON rule both ways. */
import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { asError, PayloadError, plainJson, rpc, type ScriptRunner } from '../../src/sidebar/rpc';

type Server = Record<string, (...args: unknown[]) => unknown>;

/** A google.script.run that calls the server asynchronously, the way Google's does, and records every call. */
function fakeRun(server: Server, calls: unknown[][] = []): ScriptRunner {
  const runner = (success?: (v: unknown) => void, failure?: (e: unknown) => void): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get(_, prop: string) {
        if (prop === 'withSuccessHandler') return (handler: (v: unknown) => void) => runner(handler, failure);
        if (prop === 'withFailureHandler') return (handler: (e: unknown) => void) => runner(success, handler);
        if (!(prop in server)) return undefined;
        return (...args: unknown[]) => {
          calls.push([prop, ...args]);
          setTimeout(() => {
            try {
              success?.(server[prop](...args));
            } catch (error) {
              failure?.(error);
            }
          }, 0);
        };
      },
    });
  return runner();
}

afterEach(() => {
  delete globalThis.google;
});

describe('rpc', () => {
  it('resolves with the server result and passes the arguments through', async () => {
    const calls: unknown[][] = [];
    globalThis.google = { script: { run: fakeRun({ sidebarSelection: () => ['Campaigns!A1:L13'], sidebarState: (r, roles, l) => ({ echo: [r, roles, l] }) }, calls) } };
    await expect(rpc('sidebarSelection')).resolves.toEqual(['Campaigns!A1:L13']);
    await expect(rpc('sidebarState', ['A!A1'], { '0:1': 'cost' }, 'fa')).resolves.toEqual({ echo: [['A!A1'], { '0:1': 'cost' }, 'fa'] });
    expect(calls).toEqual([['sidebarSelection'], ['sidebarState', ['A!A1'], { '0:1': 'cost' }, 'fa']]);
  });

  it('rejects with an Error carrying the server message', async () => {
    globalThis.google = { script: { run: fakeRun({ sidebarRebuild: () => { throw new Error('There is no summary to rebuild yet'); } }) } };
    await expect(rpc('sidebarRebuild')).rejects.toThrow('There is no summary to rebuild yet');
  });

  it('refuses a Date in the arguments before calling, and in a result', async () => {
    const calls: unknown[][] = [];
    globalThis.google = { script: { run: fakeRun({ sidebarBuild: () => ({ when: new Date() }) }, calls) } };
    const request = { ranges: [], roles: {}, kpis: [], targets: {}, period: 'none', mode: 'live', language: 'en', when: new Date() } as never;
    await expect(rpc('sidebarBuild', request)).rejects.toThrow(/Date: send epoch milliseconds/);
    expect(calls).toEqual([]);
    await expect(rpc('sidebarBuild', { ranges: [], roles: {}, kpis: [], targets: {}, period: 'none', mode: 'live', language: 'en' })).rejects.toThrow(/result\.when is a Date/);
  });

  it('rejects clearly when google.script.run is missing or lacks the function', async () => {
    await expect(rpc('sidebarSelection')).rejects.toThrow(/google\.script\.run is not available/);
    globalThis.google = { script: { run: fakeRun({}) } };
    await expect(rpc('sidebarSelection')).rejects.toThrow(/no server function sidebarSelection/);
  });
});

describe('plainJson', () => {
  it('copies JSON values, dropping undefined properties', () => {
    expect(plainJson({ a: 1, b: undefined, c: ['x', null, true], d: { e: -0.5 } })).toEqual({ a: 1, c: ['x', null, true], d: { e: -0.5 } });
    expect(plainJson(Object.create(null))).toEqual({});
    expect(plainJson(vm.runInNewContext('({ a: [1, { b: "x" }] })'))).toEqual({ a: [1, { b: 'x' }] });
  });

  it.each([
    ['a Date', { at: new Date(0) }, /\$\.at is a Date/],
    ['a Date of another realm', vm.runInNewContext('[new Date(0)]'), /\$\[0\] is a Date/],
    ['NaN', { n: NaN }, /finite/],
    ['Infinity', [Infinity], /finite/],
    ['a function', { f: () => 1 }, /function/],
    ['a bigint', { n: 1n }, /bigint/],
    ['a Map', { m: new Map() }, /Map/],
    ['a class instance', { e: new (class Thing {})() }, /plain objects/],
    ['undefined in an array', [1, undefined], /undefined/],
  ])('refuses %s', (_, value, message) => {
    expect(() => plainJson(value)).toThrow(PayloadError);
    expect(() => plainJson(value)).toThrow(message);
  });

  it('refuses a cycle but allows the same object twice', () => {
    const shared = { x: 1 };
    expect(plainJson({ a: shared, b: shared })).toEqual({ a: { x: 1 }, b: { x: 1 } });
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => plainJson(cycle)).toThrow(/refers back/);
  });

  it('turns any failure into an Error', () => {
    expect(asError('boom').message).toBe('boom');
    expect(asError({ message: 'from server' }).message).toBe('from server');
    const error = new Error('same');
    expect(asError(error)).toBe(error);
  });
});
