/**
 * A fake spreadsheet as bytes to compare before and after something that must leave it as it was: its snapshot (cells,
 * formats, named ranges, developer metadata, document properties, charts and rules per sheet) and every part of its
 * .xlsx export. The export's docProps/core.xml carries the time it was written: compared without its dates.
 */
import type { FakeSpreadsheet } from './fake';
import { toXlsxBuffer } from './xlsx';
import { entryData, readZip } from './zip';

/** Part name → bytes; the snapshot is the part "snapshot.json". */
export type Fingerprint = ReadonlyMap<string, Buffer>;

/** docProps/core.xml without the created and modified dates ExcelJS writes. */
const withoutDates = (xml: string): string => xml.replace(/<dcterms:(created|modified)\b[^>]*>[^<]*<\/dcterms:\1>/g, '');

export async function fingerprint(fake: FakeSpreadsheet): Promise<Fingerprint> {
  const parts = new Map<string, Buffer>([['snapshot.json', Buffer.from(JSON.stringify(fake.snapshot()))]]);
  const archive = readZip(await toXlsxBuffer(fake));
  for (const entry of archive.entries) {
    const data = entryData(archive, entry);
    parts.set(entry.name, entry.name === 'docProps/core.xml' ? Buffer.from(withoutDates(data.toString('utf8'))) : data);
  }
  return parts;
}

/** The parts that differ between two fingerprints (added, removed or changed); empty when the spreadsheet is as it was. */
export function differences(before: Fingerprint, after: Fingerprint): string[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names.filter((name) => {
    const [a, b] = [before.get(name), after.get(name)];
    return !a || !b || !a.equals(b);
  });
}
