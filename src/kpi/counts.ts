/** Counts the summary writes with native SUM, and stage-to-stage rates it writes as CONVERSION_RATE; neither is a custom function of its own (their compute serves values mode). */
import { count, kpi, quotient, sumRatio } from './define';
import type { Kpi } from './types';

const countKpi = (id: string, names: Kpi['names'], description: string, param: string): Kpi =>
  kpi({
    id,
    family: 'funnel',
    names,
    unit: 'number',
    direction: 'maximize',
    description,
    formula: `sum of ${param} in the period`,
    params: [count(param, `${names.en} per row.`)],
    compute: (a) => a.number(0),
    native: (t) => t.sum(0),
    customFunction: false,
  });

/** Stage-to-stage conversions are CONVERSION_RATE over two stage counts: the later stage is a part of the earlier one (an SQL was an MQL, an MQL a lead), as CONVERSION_RATE's conversions are of its total. */
const stageRate = (id: string, names: Kpi['names'], description: string, top: string, bottom: string): Kpi =>
  kpi({
    id,
    family: 'funnel',
    names,
    unit: 'percentage',
    direction: 'maximize',
    description,
    formula: `${top} ÷ ${bottom}`,
    params: [count(top, `${top.toUpperCase()} count.`), count(bottom, `${bottom} count.`)],
    compute: quotient(bottom),
    native: sumRatio(),
    bounded: { part: top, whole: bottom },
    liveAs: 'CONVERSION_RATE',
    customFunction: false,
  });

export const COUNTS: readonly Kpi[] = [
  countKpi('LEADS', { en: 'Leads', fa: 'سرنخ', ar: 'العملاء المحتملون', ru: 'Лиды' }, 'Leads in the period.', 'leads'),
  countKpi('MQL', { en: 'Marketing qualified leads', fa: 'لید واجد شرایط بازاریابی', ar: 'العملاء المؤهلون للتسويق', ru: 'Лиды, квалифицированные маркетингом' }, 'Marketing qualified leads in the period.', 'mql'),
  countKpi('SQL', { en: 'Sales qualified leads', fa: 'لید واجد شرایط فروش', ar: 'العملاء المؤهلون للبيع', ru: 'Лиды, квалифицированные для продаж' }, 'Sales qualified leads in the period.', 'sql'),
  countKpi('WEBSITE_VISITORS', { en: 'Website visitors', fa: 'بازدیدکنندگان وبسایت', ar: 'زوار الموقع', ru: 'Посетители сайта' }, 'Website visitors in the period.', 'visits'),
  stageRate('LEAD_TO_MQL', { en: 'Lead to MQL rate', fa: 'نرخ تبدیل سرنخ به لید واجد شرایط بازاریابی', ar: 'معدل تحويل العملاء المحتملين إلى مؤهلين للتسويق', ru: 'Конверсия лидов в MQL' }, 'Lead to MQL conversion: MQL ÷ leads (CONVERSION_RATE over the two counts).', 'mql', 'leads'),
  stageRate('MQL_TO_SQL', { en: 'MQL to SQL rate', fa: 'نرخ تبدیل لید بازاریابی به لید فروش', ar: 'معدل تحويل المؤهلين للتسويق إلى مؤهلين للبيع', ru: 'Конверсия MQL в SQL' }, 'MQL to SQL conversion: SQL ÷ MQL (CONVERSION_RATE over the two counts).', 'sql', 'mql'),
];
