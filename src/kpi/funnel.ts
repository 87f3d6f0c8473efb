/** Funnel and conversion KPIs (catalog: "Funnel and conversion"). */
import { count, kpi, quotient } from './define';
import type { Args, Kpi, Table } from './types';

/** Per stage: count, count ÷ previous stage's count, count ÷ first stage's count, 1 − count ÷ previous; blank where undefined. */
export function funnelTable(counts: ArrayLike<number>, names: readonly string[]): Table {
  const rows = Array.from(counts, (value, i) => {
    const previous = i === 0 ? null : counts[i - 1];
    const fromPrevious = previous === null || previous === 0 ? null : value / previous;
    const fromFirst = counts[0] === 0 ? null : value / counts[0];
    return [names[i], value, fromPrevious, fromFirst, fromPrevious === null ? null : 1 - fromPrevious];
  });
  return { columns: ['stage', 'count', 'from_previous', 'from_first', 'drop_off'], rows };
}

function funnel(args: Args): Table {
  const cells = args.list(0);
  const labels = args.labels(1);
  // A stage is named by the label at the same position; unnamed stages are numbered.
  const names = Array.from(cells.values, (_, i) => {
    const at = Math.max(cells.rows[i], cells.columns[i]);
    const label = labels?.[at]?.trim();
    return label ? label : `#${i + 1}`;
  });
  return funnelTable(cells.values, names);
}

const rate = (id: string, names: Kpi['names'], direction: Kpi['direction'], description: string, top: [string, string], bottom: [string, string], example: Kpi['example']): Kpi =>
  kpi({
    id,
    family: 'funnel',
    names,
    unit: 'percentage',
    direction,
    description,
    formula: `${top[0]} ÷ ${bottom[0]}`,
    params: [count(top[0], top[1]), count(bottom[0], bottom[1])],
    compute: quotient(bottom[0]),
    example,
  });

export const FUNNEL_KPIS: readonly Kpi[] = [
  rate(
    'CONVERSION_RATE',
    { en: 'Conversion rate', fa: 'نرخ تبدیل', ar: 'معدل التحويل', ru: 'Коэффициент конверсии' },
    'maximize',
    'Conversion rate: converted ÷ exposed (sales ÷ leads, buyers ÷ visitors, sign-ups ÷ visitors).',
    ['conversions', 'Those who converted (sales, buyers, sign-ups).'],
    ['total', 'Those exposed (leads, visitors).'],
    { call: 'CONVERSION_RATE(40, 500)', result: '0.08' },
  ),
  kpi({
    id: 'FUNNEL',
    family: 'funnel',
    names: { en: 'Sales funnel', fa: 'قیف فروش', ar: 'قمع المبيعات', ru: 'Воронка продаж' },
    unit: 'table',
    direction: 'maximize',
    description: 'Sales funnel: per stage the count, conversion from the previous stage and from the first, and drop-off.',
    formula: 'per stage: count; count ÷ previous; count ÷ first; 1 − count ÷ previous',
    definitionNote: "The counts are one per stage in funnel order (a column or a row), not summed; the first stage's conversion from the previous stage and drop-off are blank.",
    params: [
      { name: 'stage_counts', kind: 'list', vector: true, domain: { min: 0 }, description: 'Counts per stage in funnel order, a column or a row (visitors, leads, MQL, SQL, customers).' },
      { name: 'stage_names', kind: 'labels', vector: true, optional: { default: '' }, description: 'Optional: the stage names, in the same order.' },
    ],
    compute: funnel,
    example: { call: 'FUNNEL({2000;500;40})', result: 'a 4-row table: 2000, 500 (25%, 75% drop-off), 40 (8%)' },
  }),
  rate(
    'WIN_RATE',
    { en: 'Win rate', fa: 'نرخ برد', ar: 'معدل الفوز', ru: 'Соотношение шансов и выигрыша' },
    'maximize',
    'Win rate: won ÷ opportunities (pass won + lost as opportunities for the closed-deals rate).',
    ['won', 'Deals won.'],
    ['opportunities', 'All opportunities.'],
    { call: 'WIN_RATE(30, 120)', result: '0.25' },
  ),
  rate(
    'LOST_SALES_RATE',
    { en: 'Lost sales rate', fa: 'فروش از دست رفته', ar: 'معدل المبيعات المفقودة', ru: 'Доля проигранных сделок' },
    'minimize',
    'Lost sales rate: lost deals ÷ all deals.',
    ['lost', 'Deals lost (to a competitor, budget cuts, …).'],
    ['deals', 'All deals.'],
    { call: 'LOST_SALES_RATE(45, 120)', result: '0.375' },
  ),
  rate(
    'TRAFFIC_TO_LEAD',
    { en: 'Traffic-to-lead ratio', fa: 'نسبت بازدید به سرنخ', ar: 'نسبة الزيارات إلى العملاء المحتملين', ru: 'Соотношение посещаемости веб-сайта и лидов' },
    'maximize',
    'Traffic-to-lead ratio: leads ÷ website visits.',
    ['leads', 'Leads.'],
    ['visits', 'Website visits.'],
    { call: 'TRAFFIC_TO_LEAD(500, 20000)', result: '0.025' },
  ),
  rate(
    'FORM_CONVERSION',
    { en: 'Form conversion rate', fa: 'نرخ تبدیل فرم', ar: 'معدل التحويل في صفحات الهبوط', ru: 'Коэффициент конверсии формы' },
    'maximize',
    'Form conversion rate: form submissions ÷ form views.',
    ['submissions', 'Form submissions.'],
    ['views', 'Form views.'],
    { call: 'FORM_CONVERSION(90, 1200)', result: '0.075' },
  ),
  rate(
    'TRIAL_CONVERSION',
    { en: 'Trial conversion rate', fa: 'نرخ تبدیل نسخه آزمایشی', ar: 'معدل تحويل النسخ التجريبية', ru: 'Конверсия пробного периода' },
    'maximize',
    'Trial conversion rate: trials that became purchases ÷ all trials.',
    ['converted', 'Trials that became purchases.'],
    ['trials', 'All trials.'],
    { call: 'TRIAL_CONVERSION(18, 150)', result: '0.12' },
  ),
];
