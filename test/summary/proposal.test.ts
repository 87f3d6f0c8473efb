/** A KPI the columns feed but the data cannot compute is offered, not ticked, and says why; a requested period is never dropped silently. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/local/cli';
import type { KpiView, SidebarState } from '../../src/server/rpc-types';
import { readRange } from '../../src/server/summary';
import { INITIAL_CHOICES, addRanges, takeState } from '../../src/sidebar/model';
import { proposeKpis } from '../../src/summary/bindings';
import { describeRange } from '../../src/summary/facts';
import { computeProblem } from '../../src/summary/snapshot';
import { sampleWorkbook } from '../helpers/sample-workbook';

// The command line speaks the system language when --lang is not given: these tests read English.
vi.stubEnv('LC_ALL', 'C.UTF-8');
const work = mkdtempSync(join(tmpdir(), 'kpi-proposal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Churn inputs that cannot be: more customers lost than there were at the start. */
const impossible = [['Customers at start', 'Lost customers', 'Leads', 'Cost'], [100, 120, 40, 900], [80, 90, 60, 1100]];

describe('proposals that cannot compute', () => {
  it('CHURN with more lost than at the start is available but carries the function’s error; the sidebar does not tick it', () => {
    const fake = sampleWorkbook([{ name: 'Churned', values: impossible }]);
    const input = readRange(fake.spreadsheet.getRange("'Churned'!A1:D3"));
    const facts = [describeRange(input, 'en_US', {}, 'UTC')];
    const proposals = proposeKpis(facts, 'en', (entry, binding) => computeProblem(entry, binding, facts, [input.values], { locale: 'en_US', timeZone: 'UTC' }));
    const churn = proposals.find((p) => p.id === 'CHURN')!;
    expect(churn).toMatchObject({ available: true, problem: 'CHURN: lost (210) is more than customers_at_start (180)' });
    expect(proposals.find((p) => p.id === 'CPL')).toMatchObject({ available: true, tables: ['Churned'] });
    expect(proposals.find((p) => p.id === 'CPL')).not.toHaveProperty('problem');
    const view = (id: string): KpiView => {
      const p = proposals.find((proposal) => proposal.id === id)!;
      return { id, family: p.family, familyName: '', name: p.name, description: '', unit: p.unit, unitName: '', direction: p.direction, available: true, ...(p.problem ? { problem: p.problem } : {}) };
    };
    const state: SidebarState = { language: 'en', locale: 'en_US', calendar: 'gregorian', ranges: [], kpis: [view('CHURN'), view('CPL')], roles: [], lastRequest: null };
    const choices = takeState(addRanges(INITIAL_CHOICES, ["'Churned'!A1:D3"]), state);
    expect([...choices.selected]).toEqual(['CPL']);
  });

  it('the command line leaves such a KPI out and says why; a requested period without a date column is said, not dropped', async () => {
    const input = join(work, 'churned.csv');
    writeFileSync(input, impossible.map((row) => row.join(',')).join('\n'));
    const lines = await main(['summary', input, '--out', join(work, 'out.xlsx'), '--period', 'month']);
    expect(lines).toContain('note: CHURN is left out: CHURN: lost (210) is more than customers_at_start (180)');
    expect(lines).toContain('note: No period columns: no selected table has a date column (dates, or text that reads as dates, under a header such as Date).');
  });
});
