/** Funnel and conversion KPIs (catalog: "Funnel and conversion"). */
import { divide, kpi, option, partOfWhole, ratioKpi } from './define';
import { KpiFailure } from './failure';
import type { Args, Kpi, Outcome, Table } from './types';

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

/** Per stage of a stage column: with an order, the rows that reached it (at it or a later stage); without, the rows at it, widest first. */
export function stageFunnel(labels: readonly string[], order: readonly string[] | undefined): Table {
  const key = (text: string): string => text.trim().toLowerCase();
  const stages = (order ?? []).filter((name) => name.trim() !== '');
  if (stages.length > 0) {
    const index = new Map(stages.map((name, i) => [key(name), i]));
    const at = new Array<number>(stages.length).fill(0);
    labels.forEach((label, position) => {
      if (label.trim() === '') return;
      const i = index.get(key(label));
      if (i === undefined) throw new KpiFailure('unknown_stage', { argument: 'stage_counts', position });
      at[i]++;
    });
    const reached = at.map((_, i) => at.slice(i).reduce((sum, n) => sum + n, 0));
    return funnelTable(reached, stages.map((name) => name.trim()));
  }
  const counts = new Map<string, { name: string; count: number; first: number }>();
  labels.forEach((label, position) => {
    if (label.trim() === '') return;
    const entry = counts.get(key(label)) ?? { name: label.trim(), count: 0, first: position };
    entry.count++;
    counts.set(key(label), entry);
  });
  const ordered = [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  return funnelTable(ordered.map((stage) => stage.count), ordered.map((stage) => stage.name));
}

/** [outcome, base] over a status column: base "all" counts every non-blank row (unrecognised labels are open deals), "closed" only won and lost. */
function outcomeCounts(labels: readonly string[], outcomes: readonly (Outcome | null)[], outcome: Outcome, basis: string, argument: string): [number, number] {
  let hits = 0;
  let won = 0;
  let lost = 0;
  let rows = 0;
  labels.forEach((label, i) => {
    if (label === '') return;
    rows++;
    if (outcomes[i] === outcome) hits++;
    if (outcomes[i] === 'won') won++;
    if (outcomes[i] === 'lost') lost++;
  });
  if (won + lost === 0) throw new KpiFailure('no_outcome_labels', { argument });
  return [hits, basis === 'closed' ? won + lost : rows];
}

/** outcome ÷ base over a status column (see `outcomeCounts`). */
export function outcomeShare(labels: readonly string[], outcomes: readonly (Outcome | null)[], outcome: Outcome, basis: string, argument: string): number {
  const [hits, base] = outcomeCounts(labels, outcomes, outcome, basis, argument);
  return divide(hits, base, argument);
}

function funnel(args: Args): Table {
  if (args.isText(0)) return stageFunnel(args.labels(0) ?? [], args.labels(1));
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
  ratioKpi({ id, family: 'funnel', names, direction, description, top, bottom, example });

/** A rate from two counts that also reads one status column (its outcome ÷ all or closed deals). */
function statusRate(id: string, names: Kpi['names'], direction: Kpi['direction'], description: string, outcome: Outcome, top: [string, string], bottom: [string, string], example: Kpi['example'], definitionNote: string): Kpi {
  const counts = ratioKpi({ id, family: 'funnel', names, direction, description, top, bottom, example, definitionNote });
  const fromStatus = (a: Args): [number, number] => outcomeCounts(a.labels(0) ?? [], a.statuses(0), outcome, a.option(2), top[0]);
  return {
    ...counts,
    params: [
      ...counts.params,
      option('basis', 'Optional, default "all", for a status column: all (every deal) or closed (won and lost deals only).', ['all', 'closed'], 'all'),
    ],
    compute: (a) => (a.isText(0) ? outcomeShare(a.labels(0) ?? [], a.statuses(0), outcome, a.option(2), top[0]) : counts.compute!(a)),
    sampling: { kind: 'proportion', counts: (a) => (a.isText(0) ? fromStatus(a) : [a.number(0), a.number(1)]) },
  };
}

// Marked partOfWhole (numerator ⊂ denominator by definition): CONVERSION_RATE (those who converted are among those
// exposed; LEAD_TO_MQL and MQL_TO_SQL are written live as CONVERSION_RATE), WIN_RATE (won among the opportunities),
// LOST_SALES_RATE (lost among the deals), FORM_CONVERSION (a submission is of a viewed form), TRIAL_CONVERSION (trials
// that became purchases among all trials). Not TRAFFIC_TO_LEAD: leads come from other channels than website visits.
export const FUNNEL_KPIS: readonly Kpi[] = [
  partOfWhole(rate(
    'CONVERSION_RATE',
    { en: 'Conversion rate', fa: 'نرخ تبدیل', ar: 'معدل التحويل', ru: 'Коэффициент конверсии' },
    'maximize',
    'Conversion rate: converted ÷ exposed (sales ÷ leads, buyers ÷ visitors, sign-ups ÷ visitors).',
    ['conversions', 'Those who converted (sales, buyers, sign-ups).'],
    ['total', 'Those exposed (leads, visitors).'],
    { call: 'CONVERSION_RATE(40, 500)', result: '0.08' },
  )),
  kpi({
    id: 'FUNNEL',
    family: 'funnel',
    names: { en: 'Sales funnel', fa: 'قیف فروش', ar: 'قمع المبيعات', ru: 'Воронка продаж' },
    unit: 'table',
    direction: 'maximize',
    description: 'Sales funnel: per stage the count, conversion from the previous stage and from the first, and drop-off.',
    formula: 'per stage: count; count ÷ previous; count ÷ first; 1 − count ÷ previous',
    definitionNote: "The counts are one per stage in funnel order (a column or a row), not summed; the first stage's conversion from the previous stage and drop-off are blank. Given a stage column instead (one label per deal), it counts the deals that reached each stage of stage_names, or without them the deals at each stage, widest first.",
    params: [
      { name: 'stage_counts', kind: 'list', vector: true, domain: { min: 0 }, description: 'Counts per stage in funnel order, a column or a row (visitors, leads, MQL, SQL, customers).' },
      { name: 'stage_names', kind: 'labels', vector: true, optional: { default: '' }, description: 'Optional: the stage names, in the same order.' },
    ],
    compute: funnel,
    example: { call: 'FUNNEL({2000;500;40})', result: 'a 4-row table: 2000, 500 (25%, 75% drop-off), 40 (8%)' },
  }),
  partOfWhole(statusRate(
    'WIN_RATE',
    { en: 'Win rate', fa: 'نرخ برد', ar: 'معدل الفوز', ru: 'Соотношение шансов и выигрыша' },
    'maximize',
    'Win rate: won ÷ opportunities, from two counts or from one status column (won / lost labels in four languages).',
    'won',
    ['won', 'Deals won, or a status column of won / lost / open labels.'],
    ['opportunities', 'All opportunities; leave it empty when won is a status column.'],
    { call: 'WIN_RATE(30, 120)', result: '0.25' },
    'From counts: won ÷ all opportunities (pass won + lost as opportunities for the closed-deals rate). From a status column: basis "all" (default) counts every deal, "closed" only won and lost ones.',
  )),
  partOfWhole(statusRate(
    'LOST_SALES_RATE',
    { en: 'Lost sales rate', fa: 'فروش از دست رفته', ar: 'معدل المبيعات المفقودة', ru: 'Доля проигранных сделок' },
    'minimize',
    'Lost sales rate: lost deals ÷ all deals, from two counts or from one status column.',
    'lost',
    ['lost', 'Deals lost (to a competitor, budget cuts, …), or a status column of won / lost / open labels.'],
    ['deals', 'All deals; leave it empty when lost is a status column.'],
    { call: 'LOST_SALES_RATE(45, 120)', result: '0.375' },
    'From a status column: basis "all" (default) counts every deal, "closed" only won and lost ones.',
  )),
  rate(
    'TRAFFIC_TO_LEAD',
    { en: 'Traffic-to-lead ratio', fa: 'نسبت بازدید به سرنخ', ar: 'نسبة الزيارات إلى العملاء المحتملين', ru: 'Соотношение посещаемости веб-сайта и лидов' },
    'maximize',
    'Traffic-to-lead ratio: leads ÷ website visits.',
    ['leads', 'Leads.'],
    ['visits', 'Website visits.'],
    { call: 'TRAFFIC_TO_LEAD(500, 20000)', result: '0.025' },
  ),
  partOfWhole(rate(
    'FORM_CONVERSION',
    { en: 'Form conversion rate', fa: 'نرخ تبدیل فرم', ar: 'معدل التحويل في صفحات الهبوط', ru: 'Коэффициент конверсии формы' },
    'maximize',
    'Form conversion rate: form submissions ÷ form views.',
    ['submissions', 'Form submissions.'],
    ['views', 'Form views.'],
    { call: 'FORM_CONVERSION(90, 1200)', result: '0.075' },
  )),
  partOfWhole(rate(
    'TRIAL_CONVERSION',
    { en: 'Trial conversion rate', fa: 'نرخ تبدیل نسخه آزمایشی', ar: 'معدل تحويل النسخ التجريبية', ru: 'Конверсия пробного периода' },
    'maximize',
    'Trial conversion rate: trials that became purchases ÷ all trials.',
    ['converted', 'Trials that became purchases.'],
    ['trials', 'All trials.'],
    { call: 'TRIAL_CONVERSION(18, 150)', result: '0.12' },
  )),
];
