/**
 * A small ZIP reader and writer for .xlsx packages (node:zlib only), bounded before anything is expanded.
 *
 * readZip parses the central directory and refuses an archive whose declared expanded size, any one
 * entry's size or number of entries passes ZIP_BOUNDS; checkExpandedSizes then inflates each entry
 * with an output cap of its declared size, so an entry that lies about its size is refused too.
 * writeZip copies every entry it is not told to replace as the original bytes (local header,
 * compressed data, data descriptor) and appends new entries, deflated, before a fresh central directory.
 * Read: ZIP64 end records and extra fields. Not supported: encryption, multi-disk archives,
 * compression other than stored (0) and deflate (8).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** A failure to read an archive, said in one line. */
export class ZipError extends Error {}

export interface ZipBounds {
  /** Sum of the entries' expanded sizes, in bytes. */
  totalBytes: number;
  /** Expanded size of any one entry, in bytes. */
  entryBytes: number;
  /** Number of entries. */
  entries: number;
}

/**
 * What a workbook may expand to: 64 MB in all and in one part, 10 000 parts. Measured: a 30 MB sheet
 * (100 000 rows × 8 columns) peaks at 1.4 GB resident in the command line (ExcelJS, then HyperFormula),
 * 60 MB at 2.8 GB, so 64 MB stays within Node's default 4 GB heap.
 */
export const ZIP_BOUNDS: ZipBounds = { totalBytes: 64 * 1024 * 1024, entryBytes: 64 * 1024 * 1024, entries: 10_000 };

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the local file header. */
  localOffset: number;
  /** Offset of the compressed data. */
  dataOffset: number;
  /** The central directory record as it is in the file. */
  centralRecord: Buffer;
  /** Where, inside centralRecord, the local header offset is stored (42, or inside the ZIP64 extra field). */
  offsetField: { at: number; bytes: 4 | 8 };
}

export interface ZipArchive {
  bytes: Buffer;
  entries: ZipEntry[];
  /** Offset of the central directory (the end of the last entry's bytes). */
  centralOffset: number;
  comment: Buffer;
}

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const MAX32 = 0xffffffff;

/** '1.5 MB' for 1.5 × 2^20 bytes. */
export function megabytes(bytes: number): string {
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}

function readUInt64(bytes: Buffer, at: number): number {
  const value = bytes.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('a ZIP64 size or offset is too large');
  return Number(value);
}

function findEnd(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === END_SIGNATURE && at + 22 + bytes.readUInt16LE(at + 20) === bytes.length) return at;
  }
  throw new ZipError('not a zip archive (no end of central directory)');
}

/** The ZIP64 extra field's values, in their order, for the 32-bit fields that hold 0xFFFFFFFF. */
function zip64Fields(record: Buffer, nameLength: number, extraLength: number, wanted: Array<'size' | 'compressed' | 'offset'>): Record<string, { value: number; at: number }> {
  const found: Record<string, { value: number; at: number }> = {};
  let at = 46 + nameLength;
  const end = at + extraLength;
  while (at + 4 <= end) {
    const id = record.readUInt16LE(at);
    const size = record.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      for (const key of wanted) {
        if (field + 8 > at + 4 + size) throw new ZipError('a ZIP64 extra field is too short');
        found[key] = { value: readUInt64(record, field), at: field };
        field += 8;
      }
      return found;
    }
    at += 4 + size;
  }
  if (wanted.length > 0) throw new ZipError('a ZIP64 entry has no ZIP64 extra field');
  return found;
}

/** The entries of a zip archive from its central directory; refuses one over `bounds` without expanding anything. */
export function readZip(bytes: Buffer, bounds: ZipBounds = ZIP_BOUNDS): ZipArchive {
  if (bytes.length < 22) throw new ZipError('not a zip archive (too short)');
  const end = findEnd(bytes);
  let count = bytes.readUInt16LE(end + 10);
  let centralSize = bytes.readUInt32LE(end + 12);
  let centralOffset = bytes.readUInt32LE(end + 16);
  if (bytes.readUInt16LE(end + 4) !== 0 || bytes.readUInt16LE(end + 6) !== 0) throw new ZipError('multi-disk zip archives are not supported');
  if ((count === 0xffff || centralSize === MAX32 || centralOffset === MAX32) && end >= 20 && bytes.readUInt32LE(end - 20) === ZIP64_LOCATOR_SIGNATURE) {
    const at = readUInt64(bytes, end - 12);
    if (at + 56 > bytes.length || bytes.readUInt32LE(at) !== ZIP64_END_SIGNATURE) throw new ZipError('broken ZIP64 end of central directory');
    count = readUInt64(bytes, at + 32);
    centralSize = readUInt64(bytes, at + 40);
    centralOffset = readUInt64(bytes, at + 48);
  }
  if (count > bounds.entries) throw new ZipError(`it holds ${count} parts, over the bound of ${bounds.entries}`);
  if (centralOffset + centralSize > bytes.length) throw new ZipError('broken zip archive (central directory outside the file)');

  const entries: ZipEntry[] = [];
  let total = 0;
  let at = centralOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new ZipError('broken zip archive (bad central directory record)');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    let compressedSize = bytes.readUInt32LE(at + 20);
    let uncompressedSize = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    let localOffset = bytes.readUInt32LE(at + 42);
    const recordLength = 46 + nameLength + extraLength + commentLength;
    if (at + recordLength > bytes.length) throw new ZipError('broken zip archive (central directory record outside the file)');
    const centralRecord = bytes.subarray(at, at + recordLength);
    const name = centralRecord.subarray(46, 46 + nameLength).toString('utf8');
    const wanted: Array<'size' | 'compressed' | 'offset'> = [];
    if (uncompressedSize === MAX32) wanted.push('size');
    if (compressedSize === MAX32) wanted.push('compressed');
    if (localOffset === MAX32) wanted.push('offset');
    const wide = zip64Fields(centralRecord, nameLength, extraLength, wanted);
    if (wide.size) uncompressedSize = wide.size.value;
    if (wide.compressed) compressedSize = wide.compressed.value;
    if (wide.offset) localOffset = wide.offset.value;
    const offsetField = wide.offset ? { at: wide.offset.at, bytes: 8 as const } : { at: 42, bytes: 4 as const };

    if (flags & 1) throw new ZipError(`part ${name} is encrypted`);
    if (method !== 0 && method !== 8) throw new ZipError(`part ${name} uses compression method ${method}; only stored and deflate are read`);
    if (method === 0 && compressedSize !== uncompressedSize) throw new ZipError(`part ${name} is stored with two different sizes`);
    if (uncompressedSize > bounds.entryBytes) {
      throw new ZipError(`part ${name} expands to ${megabytes(uncompressedSize)}, over the bound of ${megabytes(bounds.entryBytes)} for one part`);
    }
    total += uncompressedSize;
    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) throw new ZipError(`broken zip archive (no local header for ${name})`);
    const dataOffset = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localOffset, dataOffset, centralRecord, offsetField });
    at += recordLength;
  }
  if (total > bounds.totalBytes) throw new ZipError(`it expands to ${megabytes(total)}, over the bound of ${megabytes(bounds.totalBytes)}`);

  const seen = new Set<string>();
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  byOffset.forEach((entry, i) => {
    const key = entry.name.toLowerCase();
    if (seen.has(key)) throw new ZipError(`part ${entry.name} appears twice`);
    seen.add(key);
    const next = i + 1 < byOffset.length ? byOffset[i + 1].localOffset : centralOffset;
    if (entry.dataOffset + entry.compressedSize > next) throw new ZipError(`broken zip archive (part ${entry.name} overlaps the next one)`);
  });
  return { bytes, entries, centralOffset, comment: Buffer.from(bytes.subarray(end + 22)) };
}

/** One entry's expanded bytes; refuses an entry that expands past the size it declares. */
export function entryData(archive: ZipArchive, entry: ZipEntry): Buffer {
  const data = archive.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  try {
    // One byte more than declared, so that a longer output is noticed, not cut.
    const expanded = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
    if (expanded.length > entry.uncompressedSize) throw new RangeError('longer');
    return expanded;
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ZipError(`part ${entry.name} expands past the ${entry.uncompressedSize} bytes it declares`);
    }
    throw new ZipError(`part ${entry.name} cannot be expanded: ${(error as Error).message}`);
  }
}

/** Inflates every entry, one at a time and capped at its declared size: refuses an archive whose entries lie about their size. */
export function checkExpandedSizes(archive: ZipArchive): void {
  for (const entry of archive.entries) entryData(archive, entry);
}

/** The entry called `name` (case-insensitive, as OPC part names are), if any. */
export function findEntry(archive: ZipArchive, name: string): ZipEntry | undefined {
  const key = name.toLowerCase();
  return archive.entries.find((entry) => entry.name.toLowerCase() === key);
}

// ------------------------------------------------------------------ write

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, the polynomial zip uses) of `data`. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time fields of `date` (local time, two-second steps, from 1980). */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** A deflated entry: its local header plus data, and its central directory record (offset to be set). */
function newEntry(name: string, data: Buffer, when: Date): { local: Buffer; central: Buffer } {
  const nameBytes = Buffer.from(name, 'utf8');
  const compressed = deflateRawSync(data);
  const crc = crc32(data);
  const { time, date } = dosDateTime(when);
  const flags = /[^\x20-\x7e]/.test(name) ? 0x0800 : 0;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(LOCAL_SIGNATURE, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(flags, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(time, 10);
  local.writeUInt16LE(date, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(CENTRAL_SIGNATURE, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(flags, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt16LE(time, 12);
  central.writeUInt16LE(date, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  return { local: Buffer.concat([local, nameBytes, compressed]), central: Buffer.concat([central, nameBytes]) };
}

/**
 * A new archive: the entries of `archive` in their order, each one named in `replace` written anew with
 * those bytes and every other one copied as it was; then the `add` entries. Keeps the archive comment.
 */
export function writeZip(archive: ZipArchive, replace: ReadonlyMap<string, Buffer>, add: ReadonlyArray<{ name: string; data: Buffer }>, when = new Date()): Buffer {
  const byOffset = [...archive.entries].sort((a, b) => a.localOffset - b.localOffset);
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  byOffset.forEach((entry, i) => {
    const replacement = replace.get(entry.name);
    if (replacement) {
      const { local, central } = newEntry(entry.name, replacement, when);
      central.writeUInt32LE(offset, 42);
      chunks.push(local);
      centrals.push(central);
      offset += local.length;
      return;
    }
    const next = i + 1 < byOffset.length ? byOffset[i + 1].localOffset : archive.centralOffset;
    const raw = archive.bytes.subarray(entry.localOffset, next);
    const central = Buffer.from(entry.centralRecord);
    if (entry.offsetField.bytes === 4) central.writeUInt32LE(offset, entry.offsetField.at);
    else central.writeBigUInt64LE(BigInt(offset), entry.offsetField.at);
    chunks.push(raw);
    centrals.push(central);
    offset += raw.length;
  });
  for (const { name, data } of add) {
    const { local, central } = newEntry(name, data, when);
    central.writeUInt32LE(offset, 42);
    chunks.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  if (offset > MAX32 || centrals.length > 0xfffe) throw new ZipError('the archive would need ZIP64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_SIGNATURE, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(archive.comment.length, 20);
  return Buffer.concat([...chunks, directory, end, archive.comment]);
}
