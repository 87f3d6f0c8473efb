/**
 * Utilities as the add-on calls it: base64Decode, newBlob, ungzip and sleep, as strict as the reference
 * (developers.google.com/apps-script/reference/utilities/utilities): text that is not base 64 is refused, ungzip
 * takes a gzip blob (application/x-gzip, as Utilities.gzip makes it) and fails on other bytes, sleep waits at most
 * 300,000 ms.
 */
import { gunzipSync } from 'node:zlib';
import type { Blob, UtilitiesApi } from '../../server/apps-script-api';

/** The longest Utilities.sleep the reference allows, in milliseconds. */
export const MAX_SLEEP_MS = 300_000;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Java's signed bytes, as Apps Script's Byte[] holds them. */
const signed = (bytes: Uint8Array): number[] => Array.from(bytes, (byte) => (byte > 127 ? byte - 256 : byte));
const unsigned = (bytes: readonly number[]): Buffer => Buffer.from(bytes.map((byte) => byte & 0xff));

/** A blob; getBlob gives itself, so ungzip, which takes any blob source, can read it back. */
function blob(bytes: readonly number[], contentType: string | null): Blob & { getBlob(): Blob } {
  const copy = [...bytes];
  const self = {
    getBlob: () => self,
    getBytes: () => [...copy],
    getContentType: () => contentType,
    getDataAsString: (charset: string = 'UTF-8') => {
      if (!/^utf-?8$/i.test(charset)) throw new Error(`Utilities blob: charset ${charset} is not modelled by the fake`);
      return unsigned(copy).toString('utf8');
    },
  };
  return self;
}

export const FakeUtilities: UtilitiesApi = {
  base64Decode(encoded) {
    if (typeof encoded !== 'string' || !BASE64.test(encoded)) throw new Error('Invalid argument: encoded (not base 64)');
    return signed(Buffer.from(encoded, 'base64'));
  },
  newBlob(data, contentType) {
    if (!Array.isArray(data) || data.some((byte) => !Number.isInteger(byte) || byte < -128 || byte > 127)) throw new Error('Invalid argument: data (a Byte[])');
    return blob(data, contentType);
  },
  ungzip(source) {
    const input = (source as unknown as { getBlob(): Blob }).getBlob();
    if (input.getContentType() !== 'application/x-gzip') throw new Error(`Utilities.ungzip: the blob's content type is ${input.getContentType()}, not application/x-gzip`);
    let bytes: Buffer;
    try {
      bytes = gunzipSync(unsigned(input.getBytes()));
    } catch {
      throw new Error('Utilities.ungzip: the blob is not gzip data');
    }
    return blob(signed(bytes), null);
  },
  sleep(milliseconds) {
    if (!(milliseconds >= 0 && milliseconds <= MAX_SLEEP_MS)) throw new Error(`Utilities.sleep: ${milliseconds} ms is outside 0 to ${MAX_SLEEP_MS}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
  },
};
