/** Retention KPIs from counts (catalog: "Retention and loyalty"). */
import { sumRatio, count, divide, kpi, quotient } from './define';
import { KpiFailure } from './failure';
import type { Kpi } from './types';

export const RETENTION_KPIS: readonly Kpi[] = [
  kpi({
    id: 'CHURN',
    family: 'retention',
    names: { en: 'Churn rate', fa: 'نرخ ریزش', ar: 'معدل التسرب', ru: 'Отток клиентов' },
    unit: 'percentage',
    direction: 'minimize',
    description: 'Churn rate: customers lost in the period ÷ customers at the start of the period.',
    formula: 'lost ÷ customers_at_start',
    definitionNote: 'Lost ÷ customers at the start. CHURN_BY_PERIOD offers the bases "start_plus_new" and "average" too.',
    params: [count('lost', 'Customers lost in the period.'), count('customers_at_start', 'Customers at the start of the period.')],
    // The lost are counted among the customers at the start (customers won and lost within the period are not in the numerator).
    bounded: { part: 'lost', whole: 'customers_at_start' },
    compute: quotient('customers_at_start'),
    native: sumRatio(),
    example: { call: 'CHURN(15, 300)', result: '0.05' },
  }),
  kpi({
    id: 'RETENTION',
    family: 'retention',
    names: { en: 'Customer retention rate', fa: 'نرخ نگهداری مشتری', ar: 'معدل الاحتفاظ بالعملاء', ru: 'Удержание клиентов' },
    unit: 'percentage',
    direction: 'maximize',
    description: 'Customer retention rate: (customers at end − new customers) ÷ customers at start.',
    formula: '(customers_end − new_customers) ÷ customers_start',
    params: [
      count('customers_end', 'Customers at the end of the period.'),
      count('new_customers', 'New customers acquired during the period.'),
      count('customers_start', 'Customers at the start of the period.'),
    ],
    // Customers at the end are the retained ones plus the new ones: the retained (end − new) are among those at the start.
    bounded: { part: 'customers_end', minus: 'new_customers', whole: 'customers_start' },
    compute: (a) => {
      const retained = a.number(0) - a.number(1);
      if (retained < 0) throw new KpiFailure('negative_result', { argument: 'customers_end', other: 'new_customers' });
      return divide(retained, a.number(2), 'customers_start');
    },
    // Below zero retained customers is an error in both forms.
    native: (t) => `IF(${t.sum(0)}<${t.sum(1)},NA(),(${t.sum(0)}-${t.sum(1)})/${t.sum(2)})`,
    example: { call: 'RETENTION(110, 20, 100)', result: '0.9' },
  }),
];
