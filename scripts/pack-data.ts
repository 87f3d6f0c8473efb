/**
 * The build's packing of `*.data.ts` modules (pure tables: header words, translations): their default export as JSON,
 * gzipped and base64-encoded, for src/summary/packed.ts to expand on first use. A table must survive JSON unchanged.
 */
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The data module at `path` packed: its default export's JSON gzipped and base-64 encoded. */
export async function packTable(path: string): Promise<string> {
  const table: unknown = (await import(pathToFileURL(path).href)).default;
  const json = JSON.stringify(table);
  if (table === undefined || !isDeepStrictEqual(JSON.parse(json), table)) throw new Error(`${path}: its default export does not survive JSON unchanged, so it cannot be packed`);
  return gzipSync(Buffer.from(json, 'utf8'), { level: 9 }).toString('base64');
}

/** The module that replaces the data module at `path` in the bundle: `export default { packed: "…" }`. */
export const packedModule = async (path: string): Promise<string> => `export default { packed: ${JSON.stringify(await packTable(path))} };`;
