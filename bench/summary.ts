/** The summary builder on a 100,000-row workbook: build time (against loading the workbook into the fake, same run) and service calls. */
import { createFakeSpreadsheet } from '../src/local/fake';
import { buildSummary, selectionFacts } from '../src/server/summary';
import { proposeKpis } from '../src/summary/bindings';
import { campaignRows } from '../test/helpers/sample-workbook';
import { fmt } from './measure';

const ROWS = 100_000;

export async function benchSummary(): Promise<string> {
  const header = campaignRows(1)[0];
  const rows: unknown[][] = [header];
  for (let i = 0; i < ROWS; i++) {
    const row = campaignRows(1)[1].slice();
    row[0] = new Date(Date.UTC(2024, 0, 1) + Math.floor((i * 730) / ROWS) * 86_400_000);
    row[1] = 100 + (i % 97);
    rows.push(row);
  }
  const loadStart = performance.now();
  const fake = createFakeSpreadsheet({ sheets: [{ name: 'Data', values: rows }] });
  const loadMs = performance.now() - loadStart;
  const ranges = [`'Data'!A1:L${ROWS + 1}`];
  fake.select(ranges);
  const kpis = proposeKpis(selectionFacts(fake), 'en').filter((p) => p.available).map((p) => p.id);
  const lines = ['## Summary builder on a 100,000-row workbook', '', '| build | KPIs | periods | ms | × loading the workbook | service calls |', '|---|---:|---:|---:|---:|---:|'];
  for (const [label, ids, period] of [
    ['3 KPIs, no periods', ['CAC', 'CPC', 'CPL'], 'none'],
    ['every KPI, monthly', kpis, 'month'],
  ] as const) {
    fake.resetCalls();
    const start = performance.now();
    buildSummary(fake, { ranges, kpis: [...ids], mode: 'portable', period, language: 'en' }, new Date());
    const ms = performance.now() - start;
    const periods = period === 'none' ? 0 : 24;
    lines.push(`| ${label} (portable) | ${ids.length} | ${periods} | ${fmt(ms)} | ${fmt(ms / loadMs, 2)} | ${fake.calls().total} |`);
  }
  lines.push('', `Loading ${ROWS.toLocaleString('en-US')} rows × 12 columns into the fake (HyperFormula): ${fmt(loadMs)} ms. The build time includes HyperFormula recomputing every formula.`);
  return lines.join('\n');
}
