/** KPIs computed from raw rows (one row per order, subscription or deal): period series, new customers, churn, cohorts, durations. */
import { churnByPeriod, cohortRetention, neglectedOpportunities, responseTime, salesCycle, type ChurnBasis, type CohortMeasure, type Statistic, type TimeUnit } from './cohorts';
import { calendarOption, dates, kpi, labels, option, scalar, values } from './define';
import { newCustomers, periodSeries, type Aggregate, type Period, type PeriodCalendar, type PeriodTable, type Weekday } from './periods';
import { checkRows } from './rows';
import type { Args, Kpi, Param, Table } from './types';

/** Weeks that start on a named day whatever the locale, as the period argument writes them. */
const WEEK_STARTS: Readonly<Record<string, Weekday>> = { week_monday: 1, week_saturday: 6, week_sunday: 7 };
const PERIOD_CHOICES = ['day', 'week', 'week_monday', 'week_saturday', 'week_sunday', 'month', 'quarter', 'year'] as const;
const period = (): Param =>
  option(
    'period',
    'Optional, default "month": day, week (from the locale\'s first weekday: Saturday in fa_IR, Sunday in en_US, else Monday), week_monday, week_saturday, week_sunday, month, quarter or year.',
    PERIOD_CHOICES,
    'month',
  );

/** The period and calendar arguments at these positions: a week_… period fixes the week's first day, else the locale's. */
function periodArguments(a: Args, periodIndex: number, calendarIndex: number): { period: Period; calendar: PeriodCalendar } {
  const choice = a.option(periodIndex);
  const calendar = a.periodCalendar(calendarIndex);
  const weekStart = WEEK_STARTS[choice];
  return weekStart === undefined ? { period: choice as Period, calendar } : { period: 'week', calendar: { ...calendar, weekStart } };
}

/** A period table with its first column written back as dates. */
const withDates = (table: PeriodTable): Table => ({ ...table, dateColumns: [0] });

function series(a: Args): Table {
  const amounts = a.grid(0).values;
  const days = a.days(1);
  checkRows([
    { name: 'dates', cells: days, required: true },
    { name: 'values', cells: amounts, required: false },
  ]);
  const { period, calendar } = periodArguments(a, 2, 4);
  return withDates(periodSeries(amounts, days, period, a.option(3) as Aggregate, calendar));
}

/** Customer ids and dates, checked row by row. */
function customerRows(a: Args): { ids: readonly string[]; days: Float64Array } {
  const ids = a.labels(0) ?? [];
  const days = a.days(1);
  checkRows([
    { name: 'customer_ids', cells: ids, required: true },
    { name: 'dates', cells: days, required: true },
  ]);
  return { ids, days };
}

export const RAW_ROWS: readonly Kpi[] = [
  kpi({
    id: 'PERIOD_SERIES',
    family: 'cohorts',
    names: { en: 'Period series', fa: 'سری دوره‌ای', ar: 'السلسلة حسب الفترة', ru: 'Ряд по периодам' },
    unit: 'table',
    direction: 'maximize',
    description: 'Totals per period from raw rows, with growth vs the previous period and vs the same period a year before.',
    formula: 'per period: total; (total − previous) ÷ abs(previous); (total − year before) ÷ abs(year before)',
    params: [
      values('values', 'The amounts, one a row.'),
      dates('dates', 'The date of each row.'),
      period(),
      option('aggregate', 'Optional, default "sum": sum, count, average, min or max.', ['sum', 'count', 'average', 'min', 'max'], 'sum'),
      calendarOption(),
    ],
    compute: series,
    example: { call: 'PERIOD_SERIES(C2:C500, A2:A500, "month")', result: 'a table: period start, total, growth, growth a year before, partial' },
  }),
  kpi({
    id: 'NEW_CUSTOMERS',
    family: 'cohorts',
    names: { en: 'New customers', fa: 'تعداد مشتریان جدید', ar: 'العملاء الجدد', ru: 'Новые клиенты' },
    unit: 'table',
    direction: 'maximize',
    description: 'New customers per period: customers whose first row falls in it.',
    formula: 'per period: customers whose first row is in it',
    params: [labels('customer_ids', 'The customer of each row (id or e-mail).'), dates('dates', 'The date of each row.'), period(), calendarOption()],
    compute: (a) => {
      const { ids, days } = customerRows(a);
      const { period, calendar } = periodArguments(a, 2, 3);
      return withDates(newCustomers(ids, days, period, calendar));
    },
    example: { call: 'NEW_CUSTOMERS(B2:B900, A2:A900, "month")', result: 'a table: period start, new customers, partial' },
  }),
  kpi({
    id: 'CHURN_BY_PERIOD',
    family: 'cohorts',
    names: { en: 'Churn by period', fa: 'نرخ ریزش در هر دوره', ar: 'معدل التسرب حسب الفترة', ru: 'Отток по периодам' },
    unit: 'table',
    direction: 'minimize',
    description: 'Customers at start, new, lost and at end per period from one row per subscription, with churn and retention.',
    formula: 'S, N, L, E = S + N − L; churn = L ÷ base; retention = (E − N) ÷ S',
    definitionNote: 'Basis "start" (default): lost among those at the start ÷ those at the start; "start_plus_new": L ÷ (S + N); "average": L ÷ ((S + E) ÷ 2). A blank end date is a subscription still active; the end date is the last active day.',
    params: [
      dates('start_dates', 'The start of each subscription.'),
      dates('end_dates', 'The last active day of each subscription; blank while active.'),
      period(),
      option('basis', 'Optional, default "start": start, start_plus_new or average.', ['start', 'start_plus_new', 'average'], 'start'),
      calendarOption(),
    ],
    compute: (a) => {
      const starts = a.days(0);
      const ends = a.days(1);
      checkRows([
        { name: 'start_dates', cells: starts, required: true },
        { name: 'end_dates', cells: ends, required: false },
      ]);
      const { period, calendar } = periodArguments(a, 2, 4);
      return withDates(churnByPeriod(starts, ends, period, a.option(3) as ChurnBasis, calendar));
    },
    example: { call: 'CHURN_BY_PERIOD(B2:B400, C2:C400, "month")', result: 'a table: period start, S, N, L, E, churn, retention, partial' },
  }),
  kpi({
    id: 'COHORT_RETENTION',
    family: 'cohorts',
    names: { en: 'Cohort retention', fa: 'نگهداری گروه‌های مشتریان', ar: 'الاحتفاظ حسب الفوج', ru: 'Удержание по когортам' },
    unit: 'table',
    direction: 'maximize',
    description: 'Cohort table: per first-purchase period, the share of the cohort with a row in each period since.',
    formula: 'cohort c, period j: customers of c active in c + j ÷ size of c',
    params: [
      labels('customer_ids', 'The customer of each row.'),
      dates('dates', 'The date of each row.'),
      period(),
      option('measure', 'Optional, default "percent": percent (a fraction of the cohort) or count.', ['percent', 'count'], 'percent'),
      calendarOption(),
    ],
    compute: (a) => {
      const { ids, days } = customerRows(a);
      const { period, calendar } = periodArguments(a, 2, 4);
      return withDates(cohortRetention(ids, days, period, a.option(3) as CohortMeasure, calendar));
    },
    example: { call: 'COHORT_RETENTION(B2:B900, A2:A900)', result: 'a table: cohort, size, 0, 1, 2, …' },
  }),
  kpi({
    id: 'SALES_CYCLE',
    family: 'funnel',
    names: { en: 'Sales cycle length', fa: 'زمان چرخه فروش', ar: 'طول دورة المبيعات', ru: 'Длительность цикла сделки' },
    unit: 'days',
    direction: 'minimize',
    description: 'Sales cycle: days from creation to close over closed rows (mean or median).',
    formula: 'mean or median of (closed − created) in days',
    params: [
      dates('created_dates', 'When each lead or deal was created.'),
      dates('closed_dates', 'When it closed; blank while open.'),
      option('statistic', 'Optional, default "mean": mean or median.', ['mean', 'median'], 'mean'),
    ],
    compute: (a) => {
      const created = a.days(0);
      const closed = a.days(1);
      checkRows([
        { name: 'created_dates', cells: created, required: true },
        { name: 'closed_dates', cells: closed, required: false },
      ]);
      return salesCycle(created, closed, a.option(2) as Statistic);
    },
    example: { call: 'SALES_CYCLE(B2:B200, C2:C200, "median")', result: 'days' },
  }),
  kpi({
    id: 'RESPONSE_TIME',
    family: 'funnel',
    names: { en: 'Response time', fa: 'زمان پاسخ‌گویی', ar: 'وقت استجابة فريق المبيعات', ru: 'Время ответа' },
    unit: 'hours',
    direction: 'minimize',
    description: "Response time: from a lead's request to the team's first reply (median by default).",
    formula: 'median or mean of (reply − request)',
    params: [
      dates('request_times', 'When each request came in (date and time).'),
      dates('reply_times', 'When the first reply went out; blank while unanswered.'),
      option('unit', 'Optional, default "hours": minutes, hours or days.', ['minutes', 'hours', 'days'], 'hours'),
      option('statistic', 'Optional, default "median": median or mean.', ['median', 'mean'], 'median'),
    ],
    compute: (a) => {
      const requests = a.times(0);
      const replies = a.times(1);
      checkRows([
        { name: 'request_times', cells: requests, required: true },
        { name: 'reply_times', cells: replies, required: false },
      ]);
      return responseTime(requests, replies, a.option(2) as TimeUnit, a.option(3) as Statistic);
    },
    example: { call: 'RESPONSE_TIME(B2:B200, C2:C200)', result: 'hours' },
  }),
  kpi({
    id: 'NEGLECTED_OPPORTUNITIES',
    family: 'funnel',
    names: { en: 'Neglected opportunities', fa: 'فرصت‌های نادیده گرفته شده', ar: 'الفرص المهملة', ru: 'Забытые возможности' },
    unit: 'percentage',
    direction: 'minimize',
    description: 'Share of opportunities with no contact for more than `days` days before `as_of`.',
    formula: 'opportunities with as_of − last contact > days ÷ opportunities',
    params: [
      dates('last_contact_dates', 'The last contact with each open opportunity.'),
      { name: 'as_of', kind: 'dates', description: 'The date to measure from (for example =TODAY()).' },
      scalar('days', 'Optional, default 14: days without contact that make an opportunity neglected.', 14, { min: 0 }),
    ],
    compute: (a) => neglectedOpportunities(a.days(0), a.days(1)[0], a.number(2)),
    example: { call: 'NEGLECTED_OPPORTUNITIES(D2:D90, TODAY(), 14)', result: 'a fraction' },
  }),
];
