/** The CDNOW sample as a user's order table: customer C0001 …, the order date (a Date at UTC midnight), the amount. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The sample's lines: customer id, sample id, yyyymmdd, CDs, dollars (sorted by customer). */
const LINES = readFileSync(join(__dirname, '../fixtures/cdnow/CDNOW_sample.txt'), 'utf8').split(/\r?\n/).map((line) => line.trim().split(/\s+/)).filter((f) => f.length === 5);

/** The header and the first `count` transactions (all 6,919 by default). */
export function cdnowOrders(count = LINES.length): unknown[][] {
  const date = (s: string): Date => new Date(Date.UTC(Number(s.slice(0, 4)), Number(s.slice(4, 6)) - 1, Number(s.slice(6, 8))));
  return [['Customer ID', 'Order date', 'Amount'], ...LINES.slice(0, count).map((f) => [`C${f[1]}`, date(f[2]), Number(f[4])])];
}
