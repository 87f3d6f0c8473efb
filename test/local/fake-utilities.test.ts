/** The fake's Utilities is as strict as the reference: base 64 only, gzip blobs only, sleep up to 300,000 ms. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FakeUtilities as U, MAX_SLEEP_MS } from '../../src/local/fake/utilities';

describe('fake Utilities', () => {
  it('decodes base 64 to signed bytes and refuses text that is not base 64', () => {
    expect(U.base64Decode('AP9/gA==')).toEqual([0, -1, 127, -128]);
    expect(() => U.base64Decode('not base64!')).toThrow(/Invalid argument/);
    expect(() => U.base64Decode('QUJD=')).toThrow(/Invalid argument/);
  });

  it('ungzips a gzip blob to its text, and refuses other bytes or another content type', () => {
    const bytes = U.base64Decode(gzipSync(Buffer.from('سلام, мир', 'utf8')).toString('base64'));
    expect(U.ungzip(U.newBlob(bytes, 'application/x-gzip') as unknown as GoogleAppsScript.Base.BlobSource).getDataAsString('UTF-8')).toBe('سلام, мир');
    expect(() => U.ungzip(U.newBlob(bytes, 'text/plain') as unknown as GoogleAppsScript.Base.BlobSource)).toThrow(/not application\/x-gzip/);
    expect(() => U.ungzip(U.newBlob([1, 2, 3], 'application/x-gzip') as unknown as GoogleAppsScript.Base.BlobSource)).toThrow(/not gzip data/);
    expect(() => U.newBlob([200], 'application/x-gzip')).toThrow(/Byte/);
  });

  it('sleeps at most 300,000 ms', () => {
    expect(MAX_SLEEP_MS).toBe(300_000);
    expect(() => U.sleep(MAX_SLEEP_MS + 1)).toThrow(/outside/);
    expect(() => U.sleep(-1)).toThrow(/outside/);
    const start = Date.now();
    U.sleep(20);
    expect(Date.now() - start).toBeGreaterThanOrEqual(19);
  });
});
