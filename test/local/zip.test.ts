/** The zip reader and writer under .xlsx packages: bounds checked before expanding, entries copied byte for byte, ZIP64 read. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkExpandedSizes, crc32, entryData, findEntry, readZip, writeZip, ZIP_BOUNDS, ZipError, type ZipArchive } from '../../src/local/zip';

const MERGED = readFileSync(join(__dirname, '../fixtures/workbooks/merged.xlsx'));
const EMPTY: ZipArchive = { bytes: Buffer.alloc(0), entries: [], centralOffset: 0, comment: Buffer.alloc(0) };

/** A zip of `entries`, written by writeZip. */
function zipOf(entries: Array<{ name: string; data: Buffer }>): Buffer {
  return writeZip(EMPTY, new Map(), entries, new Date(Date.UTC(2025, 0, 1)));
}

/** `bytes` with the central directory's uncompressed size of `name` replaced by `size` (the data stays as it is). */
function declaring(bytes: Buffer, name: string, size: number): Buffer {
  const copy = Buffer.from(bytes);
  const entry = findEntry(readZip(copy), name)!;
  const at = copy.indexOf(entry.centralRecord);
  copy.writeUInt32LE(size, at + 24);
  return copy;
}

/** The same archive with every central record in ZIP64 form (sizes and offset in the extra field) and ZIP64 end records. */
function asZip64(bytes: Buffer): Buffer {
  const archive = readZip(bytes);
  const records = archive.entries.map((entry) => {
    const record = Buffer.from(entry.centralRecord);
    const nameLength = record.readUInt16LE(28);
    const extraLength = record.readUInt16LE(30);
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(entry.uncompressedSize), 4);
    extra.writeBigUInt64LE(BigInt(entry.compressedSize), 12);
    extra.writeBigUInt64LE(BigInt(entry.localOffset), 20);
    const head = Buffer.from(record.subarray(0, 46));
    head.writeUInt32LE(0xffffffff, 20);
    head.writeUInt32LE(0xffffffff, 24);
    head.writeUInt32LE(0xffffffff, 42);
    head.writeUInt16LE(extraLength + 28, 30);
    return Buffer.concat([head, record.subarray(46, 46 + nameLength + extraLength), extra, record.subarray(46 + nameLength + extraLength)]);
  });
  const directory = Buffer.concat(records);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(records.length), 24);
  end64.writeBigUInt64LE(BigInt(records.length), 32);
  end64.writeBigUInt64LE(BigInt(directory.length), 40);
  end64.writeBigUInt64LE(BigInt(archive.centralOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(archive.centralOffset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([bytes.subarray(0, archive.centralOffset), directory, end64, locator, end]);
}

describe('readZip bounds, before anything is expanded', () => {
  it('reads the entries of a workbook, every one expanding to its declared size and CRC', () => {
    const archive = readZip(MERGED);
    expect(archive.entries.map((entry) => entry.name)).toContain('xl/worksheets/sheet1.xml');
    for (const entry of archive.entries) {
      const data = entryData(archive, entry);
      expect(data.length).toBe(entry.uncompressedSize);
      expect(crc32(data)).toBe(entry.centralRecord.readUInt32LE(16));
    }
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('refuses an entry declaring more than the bound for one part, even when its data is not deflate at all', () => {
    const bytes = declaring(MERGED, 'xl/worksheets/sheet1.xml', 300 * 1024 * 1024);
    expect(() => readZip(bytes)).toThrow(new ZipError('part xl/worksheets/sheet1.xml expands to 300 MB, over the bound of 64 MB for one part'));
  });

  it('refuses a package whose parts add up to more than the bound', () => {
    let bytes = declaring(MERGED, 'xl/worksheets/sheet1.xml', 30 * 1024 * 1024);
    bytes = declaring(bytes, 'xl/worksheets/sheet2.xml', 30 * 1024 * 1024);
    bytes = declaring(bytes, 'xl/styles.xml', 10 * 1024 * 1024);
    expect(() => readZip(bytes)).toThrow(/^it expands to 70(\.\d)? MB, over the bound of 64 MB$/);
  });

  it('refuses more parts than the bound', () => {
    const many = zipOf(Array.from({ length: ZIP_BOUNDS.entries + 1 }, (_, i) => ({ name: `p/${i}.txt`, data: Buffer.from('x') })));
    expect(() => readZip(many)).toThrow(new ZipError(`it holds ${ZIP_BOUNDS.entries + 1} parts, over the bound of ${ZIP_BOUNDS.entries}`));
    expect(readZip(many, { ...ZIP_BOUNDS, entries: ZIP_BOUNDS.entries + 1 }).entries).toHaveLength(ZIP_BOUNDS.entries + 1);
  });

  it('refuses an entry that expands past the size it declares, with no more than that size in memory', () => {
    const zeros = deflateRawSync(Buffer.alloc(20 * 1024 * 1024));
    expect(zeros.length).toBeLessThan(100_000);
    const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet/>') }]);
    // The 20 MB of zeros in place of the 12-byte part: its declared expanded size stays 12, the compressed size is the new one.
    const archive = readZip(bomb);
    const entry = archive.entries[0];
    const local = Buffer.from(bomb.subarray(0, entry.dataOffset));
    local.writeUInt32LE(zeros.length, 18);
    const central = Buffer.from(entry.centralRecord);
    central.writeUInt32LE(zeros.length, 20);
    const end = Buffer.from(bomb.subarray(bomb.length - 22));
    end.writeUInt32LE(local.length + zeros.length, 16);
    const crafted = Buffer.concat([local, zeros, central, end]);
    const read = readZip(crafted);
    expect(read.entries[0].uncompressedSize).toBe(12);
    expect(() => checkExpandedSizes(read)).toThrow(new ZipError('part xl/worksheets/sheet1.xml expands past the 12 bytes it declares'));
  });

  it('refuses what is not a zip, overlapping entries and duplicate names in one line', () => {
    expect(() => readZip(Buffer.from('not a zip'))).toThrow(/^not a zip archive/);
    const twice = zipOf([{ name: 'a.xml', data: Buffer.from('1') }, { name: 'A.xml', data: Buffer.from('2') }]);
    expect(() => readZip(twice)).toThrow('part A.xml appears twice');
    // Two central records on one local entry (the trick of overlapping zip bombs).
    const two = zipOf([{ name: 'a.xml', data: Buffer.from('<a/>') }, { name: 'b.xml', data: Buffer.from('<b/>') }]);
    const second = readZip(two).entries[1];
    two.writeUInt32LE(0, two.indexOf(second.centralRecord) + 42);
    expect(() => readZip(two)).toThrow(/^broken zip archive \(part [ab]\.xml overlaps the next one\)$/);
  });
});

describe('writeZip', () => {
  it('copies the entries it is not told to replace as they were, replaces in place and appends', async () => {
    const archive = readZip(MERGED);
    const out = writeZip(archive, new Map([['xl/styles.xml', Buffer.from('<styleSheet/>')]]), [{ name: 'extra/é.txt', data: Buffer.from('añadido') }]);
    const again = readZip(out);
    expect(again.entries.map((entry) => entry.name)).toEqual([...archive.entries.map((entry) => entry.name), 'extra/é.txt']);
    for (const entry of archive.entries) {
      const copy = findEntry(again, entry.name)!;
      if (entry.name === 'xl/styles.xml') expect(entryData(again, copy).toString()).toBe('<styleSheet/>');
      else expect(entryData(again, copy).equals(entryData(archive, entry))).toBe(true);
      expect(crc32(entryData(again, copy))).toBe(copy.centralRecord.readUInt32LE(16));
    }
    expect(entryData(again, findEntry(again, 'extra/é.txt')!).toString()).toBe('añadido');
  });

  it('reads ZIP64 records and writes them back with the offsets moved', async () => {
    const wide = asZip64(MERGED);
    const archive = readZip(wide);
    expect(archive.entries.map((entry) => [entry.name, entry.offsetField.bytes])).toEqual(readZip(MERGED).entries.map((entry) => [entry.name, 8]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(wide as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Campaigns', 'Notes']);
    const out = writeZip(archive, new Map([['docProps/core.xml', entryData(archive, findEntry(archive, 'docProps/core.xml')!)]]), [{ name: 'z.txt', data: Buffer.from('z') }]);
    const again = readZip(out);
    for (const entry of archive.entries) expect(entryData(again, findEntry(again, entry.name)!).equals(entryData(archive, entry))).toBe(true);
    const reloaded = new ExcelJS.Workbook();
    await reloaded.xlsx.load(out as unknown as ArrayBuffer);
    expect(reloaded.getWorksheet('Campaigns')!.getCell('C2').value).toBe(1000);
  });
});
