/** Pure tables (`*.data.ts`) are gzipped into the bundle and expanded on first use to the very same table. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packedModule } from '../../scripts/pack-data';
import { FakeUtilities } from '../../src/local/fake/utilities';
import ROLE_WORDS from '../../src/summary/roles.data';
import { unpacked } from '../../src/summary/packed';

const ROLES_DATA = join(import.meta.dirname, '../../src/summary/roles.data.ts');

/** The packed module's table, expanded as the bundle does: in a fresh context with the fake's Utilities. */
async function expandedInContext(path: string): Promise<unknown> {
  const packed = (await packedModule(path)).replace('export default', 'data =');
  const context = vm.createContext({ Utilities: FakeUtilities, data: undefined });
  vm.runInContext(packed, context);
  const { packed: base64 } = context.data as { packed: string };
  vm.runInContext(`expanded = JSON.parse(Utilities.ungzip(Utilities.newBlob(Utilities.base64Decode(${JSON.stringify(base64)}), 'application/x-gzip')).getDataAsString('UTF-8'))`, context);
  return context.expanded;
}

describe('packed tables', () => {
  it('the header words expand to the same table, a quarter of its JSON size', async () => {
    expect(await expandedInContext(ROLES_DATA)).toEqual(ROLE_WORDS);
    const module = await packedModule(ROLES_DATA);
    expect(module.length).toBeLessThan(Buffer.byteLength(JSON.stringify(ROLE_WORDS)) / 3);
  });

  it('in Node, unpacked gives the table itself; a packed table is expanded once through Utilities', () => {
    expect(unpacked(ROLE_WORDS)).toBe(ROLE_WORDS);
    const calls: string[] = [];
    const counting = { ...FakeUtilities, ungzip: (blob: Parameters<typeof FakeUtilities.ungzip>[0]) => (calls.push('ungzip'), FakeUtilities.ungzip(blob)) };
    const globals = globalThis as { Utilities?: unknown };
    globals.Utilities = counting;
    try {
      const data = { packed: gzipSync('{"a":[1,"دو"]}').toString('base64') };
      expect(unpacked(data)).toEqual({ a: [1, 'دو'] });
      expect(unpacked(data)).toBe(unpacked(data));
      expect(calls).toEqual(['ungzip']);
    } finally {
      delete globals.Utilities;
    }
  });

  it('refuses a table that JSON would change (a function, a date, undefined)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'packed-'));
    try {
      for (const [name, body] of [['function', '{ f: () => 1 }'], ['date', '{ d: new Date(0) }'], ['undefined', '{ u: undefined }']]) {
        const file = join(folder, `${name}.data.ts`);
        writeFileSync(file, `export default ${body};\n`);
        await expect(packedModule(file)).rejects.toThrow(/does not survive JSON/);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('dist/Code.js holds the header words packed, not as text', () => {
    const code = readFileSync(join(import.meta.dirname, '../../dist/Code.js'), 'utf8');
    expect(code).not.toContain('advertising expense');
    expect(code).not.toContain('هزینه‌های تبلیغاتی');
    expect(code).toMatch(/\{packed:"H4sI[A-Za-z0-9+/=]{1000,}"\}/);
  });
});
