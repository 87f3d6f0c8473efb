/** Benchmark of the CLV fits on the CDNOW sample and master transaction logs (median of 3 runs each). */

import { readFileSync } from 'node:fs';
import { fitBgNbd, fitGammaGamma, rfmSummary } from '../src/kpi/clv/index';
import type { RfmSummary } from '../src/kpi/clv/index';

/** A parsed transaction log: one entry per row. */
interface Transactions {
  readonly ids: string[];
  readonly days: Int32Array;
  readonly amounts: Float64Array;
}

const DAY_MS = 86_400_000;
/** 1997-09-30, the end of the 39-week calibration period, as days since 1970-01-01. */
const CALIBRATION_END = Date.UTC(1997, 8, 30) / DAY_MS;

/** Days since 1970-01-01 of a YYYYMMDD text. */
function dayOf(yyyymmdd: string): number {
  return Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8))) / DAY_MS;
}

/** Reads a CDNOW log: columns id, [sample id,] date, CDs, dollars; a header line is skipped. */
function readLog(file: string, idColumn: number, dateColumn: number, amountColumn: number): Transactions {
  const url = new URL(`../test/fixtures/cdnow/${file}`, import.meta.url);
  const lines = readFileSync(url, 'utf8').split(/\r?\n/).map((l) => l.trim().split(/\s+/)).filter((f) => /^\d{8}$/.test(f[dateColumn] ?? ''));
  return {
    ids: lines.map((f) => f[idColumn]),
    days: Int32Array.from(lines, (f) => dayOf(f[dateColumn])),
    amounts: Float64Array.from(lines, (f) => Number(f[amountColumn])),
  };
}

/** Median wall time in ms of three runs of `run`. */
function median3(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[1];
}

/** One table row: RFM, BG/NBD and Gamma-Gamma times for a log. */
function benchLog(name: string, log: Transactions): string {
  let rows: RfmSummary | null = null;
  const rfm = median3(() => {
    rows = rfmSummary(log.ids, log.days, log.amounts, CALIBRATION_END, 7);
  });
  const summary = rows as unknown as RfmSummary;
  const bg = median3(() => fitBgNbd(summary.frequency, summary.recency, summary.age));
  const gg = median3(() => fitGammaGamma(summary.frequency, summary.monetary!));
  const total = rfm + bg + gg;
  return `| ${name} | ${log.ids.length.toLocaleString('en')} | ${summary.ids.length.toLocaleString('en')} | ${rfm.toFixed(1)} | ${bg.toFixed(1)} | ${gg.toFixed(1)} | ${total.toFixed(1)} |`;
}

/** Markdown lines with the CDNOW sample and master fit times (ms, median of 3). */
export async function benchClv(): Promise<string> {
  return [
    '### CLV fits on CDNOW (calibration end 1997-09-30, weeks; ms, median of 3)',
    '',
    '| data | transactions | customers | RFM summary | BG/NBD fit | Gamma-Gamma fit | total |',
    '|---|---:|---:|---:|---:|---:|---:|',
    benchLog('sample', readLog('CDNOW_sample.txt', 1, 2, 4)),
    benchLog('master', readLog('CDNOW_master.txt', 0, 1, 3)),
  ].join('\n');
}
