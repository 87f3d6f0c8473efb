/** A realistic sample workbook for the builder tests: campaigns by month, an NPS survey, e-mail and social statistics. */
import { customFunctions } from '../../src/kpi/catalog';
import { createFakeSpreadsheet, type FakeSpreadsheet } from '../../src/local/fake';
import { run } from '../../src/server/custom-functions';

const month = (i: number): Date => new Date(Date.UTC(2025, i, 1));

/** Twelve months of campaigns: cost, clicks, impressions, leads, MQL, SQL, new customers, revenue, ad spend, orders. */
export function campaignRows(months = 12): unknown[][] {
  const rows: unknown[][] = [['Month', 'Cost', 'Clicks', 'Impressions', 'Leads', 'MQL', 'SQL', 'New customers', 'Revenue', 'Orders', 'Website visits', 'Items sold']];
  for (let i = 0; i < months; i++) {
    rows.push([month(i), 10_000 + 500 * i, 2_000 + 37 * i, 120_000 + 900 * i, 400 + 11 * i, 160 + 5 * i, 60 + 2 * i, 20 + (i % 5), 31_000 + 1_700 * i, 180 + 6 * i, 30_000 + 250 * i, 420 + 13 * i]);
  }
  return rows;
}

/** The sample workbook in a fake spreadsheet, with our custom functions registered. */
export function sampleWorkbook(extra: { name: string; values: unknown[][] }[] = []): FakeSpreadsheet {
  const scores = [10, 9, 9, 8, 7, 6, 10, 3, 9, 8, 5, 10, 9, 2, 7, 9, 10, 8, 9, 6];
  const fake = createFakeSpreadsheet({
    sheets: [
      { name: 'Campaigns', values: campaignRows() },
      { name: 'NPS survey', values: [['Respondent', 'Score'], ...scores.map((score, i) => [`r${i + 1}`, score])] },
      {
        name: 'E-mail',
        values: [
          ['Campaign', 'Sent', 'Delivered', 'Bounced', 'Unsubscribed', 'E-mail conversions'],
          ['Spring', 10_000, 9_800, 200, 49, 196],
          ['Summer', 12_000, 11_700, 300, 60, 240],
        ],
      },
      ...extra,
    ],
  });
  fake.registerCustomFunctions(Object.fromEntries(customFunctions().map((entry) => [entry.id, (...args: unknown[]) => run(entry.id, args)])));
  return fake;
}

export const SAMPLE_RANGES = ["'Campaigns'!A1:L13", "'NPS survey'!A1:B21", "'E-mail'!A1:F3"];
