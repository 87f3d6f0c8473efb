/**
 * Tables the add-on bundle keeps compressed. scripts/pack-data.ts replaces the default export of every `*.data.ts`
 * module with `{ packed: BASE64 }`, its JSON gzipped; `unpacked` expands it on first use with Apps Script's Utilities
 * (base64Decode, ungzip) and keeps it for the rest of the execution. In Node the module is the table itself.
 */

/** The part of Apps Script's Utilities the expansion calls. */
declare const Utilities: Pick<GoogleAppsScript.Utilities.Utilities, 'base64Decode' | 'newBlob' | 'ungzip'>;

/** A table as the bundle holds it. */
interface Packed {
  readonly packed: string;
}

const isPacked = (data: unknown): data is Packed => typeof data === 'object' && data !== null && typeof (data as Packed).packed === 'string' && Object.keys(data).length === 1;

const expanded = new Map<Packed, unknown>();

/** The table itself: `data` as written in its module, or, in the bundle, its packed form expanded once. */
export function unpacked<T>(data: T): T {
  if (!isPacked(data)) return data;
  if (!expanded.has(data)) {
    const gzipped = Utilities.newBlob(Utilities.base64Decode(data.packed), 'application/x-gzip');
    expanded.set(data, JSON.parse(Utilities.ungzip(gzipped).getDataAsString('UTF-8')));
  }
  return expanded.get(data) as T;
}
