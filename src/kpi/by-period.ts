/** KPI_BY_PERIOD: any summary KPI over one table, total and one value per period, in one call (the live summary's row). */
import { calendarOption, dates, kpi, option, optionalValues, values } from './define';
import { PERIODS } from './periods/period';
import type { Kpi } from './types';

export const BY_PERIOD_ID = 'KPI_BY_PERIOD';

/** Inputs a KPI row takes at most (the summary KPIs have up to three parameters). */
export const BY_PERIOD_INPUTS = 3;

export const BY_PERIOD: readonly Kpi[] = [
  kpi({
    id: BY_PERIOD_ID,
    family: 'cohorts',
    names: { en: 'KPI by period', fa: 'شاخص در هر دوره', ar: 'المؤشر حسب الفترة', ru: 'Показатель по периодам' },
    unit: 'table',
    direction: 'maximize',
    description:
      'One KPI (CAC, NPS, …) over the rows of one table: its value over all rows, then its value over the rows of each period, in one row that spills; a period without rows is blank.',
    formula: 'KPI(inputs); KPI(inputs of the rows whose date is in each period)',
    definitionNote: 'A period that has rows but whose KPI cannot be computed (no leads, a division by zero) is blank too; the first cell shows the error of the whole table.',
    customFunction: true,
    params: [
      option('kpi', 'The KPI id, e.g. "CAC" or "NPS".', [], ''),
      dates('dates', 'The date of each row of the table.'),
      option('period', 'day, week (seven days from each start), month, quarter or year.', PERIODS, 'month'),
      dates('period_starts', 'The first day of each period, in a row or a column (the summary\'s header).'),
      values('input1', 'The KPI\'s first input column, in the rows of dates.'),
      optionalValues('input2', 'Optional: the KPI\'s second input column.'),
      optionalValues('input3', 'Optional: the KPI\'s third input column.'),
      { ...calendarOption(), description: 'Optional: "gregorian" or "persian"; default the calendar whose months, quarters or years the period starts open.' },
    ],
    example: { call: 'KPI_BY_PERIOD("CAC", A2:A13, "quarter", D5:G5, B2:B13, H2:H13)', result: 'a row: CAC over all rows, then CAC per quarter' },
  }),
];
