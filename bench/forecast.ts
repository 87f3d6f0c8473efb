/** CLV_FORECAST end to end through the cell boundary (Sheets-shaped ids, Date cells, amounts) on the CDNOW logs. */
import { readFileSync } from 'node:fs';
import { call } from '../test/helpers/call';
import { fmt, keep, medianMs } from './measure';

/** The log as the three columns a sheet would hold. */
function columns(file: string, idColumn: number, dateColumn: number, amountColumn: number) {
  const rows = readFileSync(new URL(`../test/fixtures/cdnow/${file}`, import.meta.url), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => /^\d{8}$/.test(f[dateColumn] ?? ''));
  return {
    ids: rows.map((f) => [f[idColumn]]),
    dates: rows.map((f) => [new Date(Date.UTC(Number(f[dateColumn].slice(0, 4)), Number(f[dateColumn].slice(4, 6)) - 1, Number(f[dateColumn].slice(6, 8))))]),
    amounts: rows.map((f) => [Number(f[amountColumn])]),
  };
}

export async function benchForecast(): Promise<string> {
  const lines = [
    '## CLV_FORECAST through the cell boundary (52 weeks, 1% weekly discount; ms, median of 3)',
    '',
    '| data | rows | ms | share of the 30 s custom-function limit |',
    '|---|---:|---:|---:|',
  ];
  for (const [name, file, id, date, amount] of [
    ['sample', 'CDNOW_sample.txt', 1, 2, 4],
    ['master', 'CDNOW_master.txt', 0, 1, 3],
  ] as const) {
    const { ids, dates, amounts } = columns(file, id, date, amount);
    const end = new Date(Date.UTC(1997, 8, 30));
    const ms = medianMs(() => keep(call('CLV_FORECAST', ids, dates, amounts, end, 52, 0.01)), 3);
    lines.push(`| ${name} | ${ids.length.toLocaleString('en-US')} | ${fmt(ms)} | ${fmt((100 * ms) / 30_000, 2)}% |`);
  }
  return lines.join('\n');
}
