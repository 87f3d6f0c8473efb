/** The CDNOW fixtures as the CLV tests read them: the published summary file and the raw sample log. */
import { readFileSync } from 'node:fs';
import { rfmSummary } from '../../../src/kpi/clv/index';

export const data = (file: string): string => readFileSync(new URL(`../../fixtures/cdnow/${file}`, import.meta.url), 'utf8');
const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of a YYYYMMDD text. */
export const dayOf = (s: string): number => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(4, 6)) - 1, Number(s.slice(6, 8))) / DAY_MS;
/** Days since 1970-01-01 of a calendar date, month 1–12. */
export const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
/** 1997-09-30, the end of the 39-week calibration period. */
export const CALIBRATION_END = day(1997, 9, 30);

/** The published summary: ID, x, t_x, T, zbar as the file's text. */
export const summaryText = data('cdnow_customers_summary_with_transactions.csv')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(','));
export const summary = {
  x: summaryText.map((f) => Number(f[1])),
  tx: summaryText.map((f) => Number(f[2])),
  T: summaryText.map((f) => Number(f[3])),
  zbar: summaryText.map((f) => Number(f[4])),
};

/** The raw sample transactions: sample id (without leading zeros), day, dollars. */
export const transactions = data('CDNOW_sample.txt')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line !== '')
  .map((line) => line.split(/\s+/));
export const sampleIds = transactions.map((f) => String(Number(f[1])));
export const sampleDays = Int32Array.from(transactions, (f) => dayOf(f[2]));
export const sampleAmounts = Float64Array.from(transactions, (f) => Number(f[4]));

/** The sample's 39-week calibration summary in weeks of 7 days, unrounded. */
export const rfm = rfmSummary(sampleIds, sampleDays, sampleAmounts, CALIBRATION_END, 7);

export const relative = (actual: number, expected: number): number => Math.abs(actual / expected - 1);
