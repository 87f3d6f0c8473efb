import { describe, expect, it } from 'vitest';
import { CATALOG, customFunctions } from '../../src/kpi/catalog';
import { call, column, parseExample } from '../helpers/call';

describe('worked numbers from the catalog and published sources', () => {
  it('seed 003 campaign: CAC 1,000,000 ÷ 40 = 25,000; CPC 400,000 ÷ 2,000 = 200; CPL 400,000 ÷ 500 = 800', () => {
    expect(call('CAC', column(300_000, 400_000, 300_000), 40)).toBe(25_000);
    expect(call('CPC', 400_000, 2_000)).toBe(200);
    expect(call('CPL', 400_000, 500)).toBe(800);
  });

  it('seed 003 growth: 115 vs 110 → 4.545…%', () => {
    expect(call('YOY_GROWTH', 115, 110)).toBeCloseTo(5 / 110, 15);
    expect(call('YOY_GROWTH', 115, 110)).toBeCloseTo(0.0454545, 6);
  });

  it('seed 003 loyalty index: answers 1, 2, 3 → 80', () => {
    expect(call('CLI', [[1, 2, 3]])).toBe(80);
    expect(call('CLI', column(1, 2, 3))).toBe(80);
  });

  it('NPS of 1,2,3,5,7,8,9,9,9,10 is 0: 4 promoters, 4 detractors, 2 passives', () => {
    expect(call('NPS', column(1, 2, 3, 5, 7, 8, 9, 9, 9, 10))).toBe(0);
    expect(call('NPS', column(10, 9, 8, 7, 0))).toBeCloseTo(100 * (2 - 1) / 5, 12);
  });

  it('LTV 997 × 0.8 ÷ 0.04 = 19,940; CAC payback 600 ÷ (100 × 0.75) = 8 months', () => {
    expect(call('LTV', 997, 0.04, 0.8)).toBeCloseTo(19_940, 9);
    expect(call('LTV', 997, 0.04)).toBeCloseTo(24_925, 9);
    expect(call('CAC_PAYBACK', 600, 100, 0.75)).toBeCloseTo(8, 12);
  });

  it('every custom function has an example, and the example computes its documented result', () => {
    for (const entry of customFunctions()) {
      expect(entry.example, entry.id).toBeDefined();
      const expected = Number(entry.example!.result);
      const parsed = parseExample(entry.example!.call);
      if (Number.isNaN(expected) || !parsed) continue;
      const { id, args } = parsed;
      expect(id).toBe(entry.id);
      expect(call(id, ...args) as number, entry.example!.call).toBeCloseTo(expected, 4);
    }
  });

  it('the catalog covers the issue table with the exact argument names and order', () => {
    const table: Record<string, string> = {
      CAC: 'costs,new_customers', CPL: 'cost,leads', CPC: 'cost,clicks', CPM: 'cost,impressions', ECPM: 'revenue,impressions',
      ROI: 'revenue,cost', ROAS: 'revenue,ad_spend', SHARE_OF_VOICE: 'own_spend,competitors_spend', SOCIAL_LEAD_SHARE: 'social_leads,all_leads',
      CONVERSION_RATE: 'conversions,total', FUNNEL: 'stage_counts,stage_names', WIN_RATE: 'won,opportunities', LOST_SALES_RATE: 'lost,deals',
      TRAFFIC_TO_LEAD: 'leads,visits', FORM_CONVERSION: 'submissions,views', TRIAL_CONVERSION: 'converted,trials', TOTAL_SALES: 'amounts',
      AOV: 'revenue,orders', ITEMS_PER_ORDER: 'items,orders', ARPU: 'revenue,active_users', REVENUE_PER_CUSTOMER: 'revenue,customers',
      REVENUE_PER_REP: 'revenue,reps', LTV: 'arpu,churn_rate,gross_margin', LTV_CAC: 'ltv,cac', CAC_PAYBACK: 'cac,arpu,gross_margin',
      PROFIT_MARGIN: 'revenue,costs', LOYAL_SALES_SHARE: 'loyal_increase,total_increase', YOY_GROWTH: 'current,previous',
      CHURN: 'lost,customers_at_start', RETENTION: 'customers_end,new_customers,customers_start', NPS: 'scores', CLI: 'answers',
      ENGAGEMENT_RATE: 'interactions,audience', FOLLOWER_GROWTH: 'followers_end,followers_start', DELIVERY_RATE: 'delivered,sent',
      BOUNCE_RATE: 'bounced,sent', UNSUBSCRIBE_RATE: 'unsubscribed,delivered', EMAIL_CONVERSION: 'conversions,delivered',
    };
    for (const [id, params] of Object.entries(table)) {
      const entry = CATALOG.find((kpi) => kpi.id === id);
      expect(entry?.customFunction, id).toBe(true);
      expect(entry!.params.map((p) => p.name).slice(0, params.split(',').length).join(','), id).toBe(params);
    }
  });

  it('every entry has names in four languages, a unit, a direction and a one-line description', () => {
    for (const entry of CATALOG) {
      for (const language of ['en', 'fa', 'ar', 'ru'] as const) expect(entry.names[language].length, `${entry.id} ${language}`).toBeGreaterThan(1);
      expect(entry.description).not.toMatch(/\n/);
      expect(entry.id).not.toMatch(/_$/);
    }
    const ids = CATALOG.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('formulas', () => {
  it('rates and money', () => {
    expect(call('CPM', 500, 100_000)).toBe(5);
    expect(call('ECPM', 1_200, 400_000)).toBeCloseTo(3, 12);
    expect(call('ROI', 1_500_000, 1_000_000)).toBe(0.5);
    expect(call('ROI', 500, 1_000)).toBe(-0.5);
    expect(call('SHARE_OF_VOICE', 300, 900)).toBe(0.25);
    expect(call('PROFIT_MARGIN', 200_000, 150_000)).toBe(0.25);
    expect(call('RETENTION', 110, 20, 100)).toBe(0.9);
    expect(call('FOLLOWER_GROWTH', 9_000, 10_000)).toBe(-0.1);
    expect(call('YOY_GROWTH', -50, -100)).toBe(0.5);
    expect(call('TOTAL_SALES', [[100, '', 250], [true, 'note', 650]])).toBe(1_000);
  });

  it('FUNNEL spills a header and one row per stage; the first stage has no conversion from previous and no drop-off', () => {
    const table = call('FUNNEL', column(2000, 500, 40), column('Visitors', 'Leads', 'Customers'));
    expect(table).toEqual([
      ['Stage', 'Count', 'Conversion from previous', 'Conversion from first', 'Drop-off'],
      ['Visitors', 2000, '', 1, ''],
      ['Leads', 500, 0.25, 0.25, 0.75],
      ['Customers', 40, 0.08, 0.02, 0.92],
    ]);
    const row = call('FUNNEL', [[100, 50]]) as unknown[][];
    expect(row.map((r) => r[0])).toEqual(['Stage', '#1', '#2']);
    expect(row[2][2]).toBe(0.5);
    const zero = call('FUNNEL', column(0, 0)) as unknown[][];
    expect(zero[2]).toEqual(['#2', 0, '', '', '']);
  });
});
