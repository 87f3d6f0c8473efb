/** The bundle leaves out the catalog's documentation-only text and keeps everything the add-on reads at run time. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/kpi/catalog';
import { stripDocumentation } from '../../scripts/strip-documentation';

const SOURCE = `
export const X = [
  kpi({
    id: 'CAC',
    names: { en: 'Customer acquisition cost', fa: 'هزینه جذب' },
    description: 'Customer acquisition cost: costs ÷ new customers.',
    formula: 'costs ÷ new_customers',
    definitionNote: 'Fully loaded.',
    params: [money('costs', 'Total cost, fully loaded.'), count('new_customers', 'New customers won.'), { name: 'stage_names', kind: 'labels', description: 'Optional: the stage names.' }],
    choices: ['sum', 'count'],
    example: { call: 'CAC(1000000, 40)', result: '25000' },
  }),
  rate('WIN_RATE', names, 'maximize', 'Win rate: won ÷ opportunities.', ['won', 'Deals won, or a status column.'], ['opportunities', 'All opportunities.'], { call: 'WIN_RATE(8, 32)', result: '0.25' }),
];`;

describe('the catalog in the bundle', () => {
  it('loses parameter descriptions, formulas, notes and examples; keeps ids, names, choices and the KPI description', () => {
    const out = stripDocumentation(SOURCE);
    for (const gone of ['Total cost, fully loaded.', 'New customers won.', 'Optional: the stage names.', 'costs ÷ new_customers', 'Fully loaded.', 'CAC(1000000, 40)', 'Deals won, or a status column.', 'All opportunities.', 'WIN_RATE(8, 32)']) {
      expect(out, gone).not.toContain(gone);
    }
    for (const kept of ["id: 'CAC'", 'Customer acquisition cost: costs ÷ new customers.', "money('costs', '')", "['won', '']", "['sum', 'count']", 'Win rate: won ÷ opportunities.', 'هزینه جذب']) {
      expect(out, kept).toContain(kept);
    }
  });

  it('dist/Code.js holds every KPI description (the summary’s definitions) and no parameter description', () => {
    const code = readFileSync(join(import.meta.dirname, '../../dist/Code.js'), 'utf8');
    const bundle = code.slice(0, code.indexOf('\n/**\n', 200));
    // The text up to its first quote or backslash (the bundle may write them escaped), 25 characters at most: a description may be a template.
    const missing = CATALOG.filter((entry) => !bundle.includes(entry.description.split(/["'`\\]/)[0].slice(0, 25))).map((entry) => entry.id);
    expect(missing).toEqual([]);
    const described = CATALOG.flatMap((entry) => entry.params.map((param) => param.description)).filter((text) => text.length > 30);
    expect(described.length).toBeGreaterThan(50);
    expect(described.filter((text) => bundle.includes(text))).toEqual([]);
  });
});
