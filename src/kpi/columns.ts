/** Header labels of the tables the functions spill, by column key, in the four languages. */
import type { Language, Localized } from './types';

const COLUMNS: Record<string, Localized> = {
  stage: { en: 'Stage', fa: 'مرحله', ar: 'المرحلة', ru: 'Этап' },
  count: { en: 'Count', fa: 'تعداد', ar: 'العدد', ru: 'Количество' },
  from_previous: { en: 'Conversion from previous', fa: 'تبدیل از مرحله قبل', ar: 'التحويل من المرحلة السابقة', ru: 'Конверсия из предыдущего этапа' },
  from_first: { en: 'Conversion from first', fa: 'تبدیل از مرحله اول', ar: 'التحويل من المرحلة الأولى', ru: 'Конверсия из первого этапа' },
  drop_off: { en: 'Drop-off', fa: 'ریزش', ar: 'التسرب', ru: 'Отсев' },
  period_start: { en: 'Period start', fa: 'شروع دوره', ar: 'بداية الفترة', ru: 'Начало периода' },
  total: { en: 'Total', fa: 'جمع', ar: 'الإجمالي', ru: 'Итого' },
  growth_previous: { en: 'Growth vs previous period', fa: 'رشد نسبت به دوره قبل', ar: 'النمو مقارنة بالفترة السابقة', ru: 'Рост к предыдущему периоду' },
  growth_year: { en: 'Growth vs a year before', fa: 'رشد نسبت به سال قبل', ar: 'النمو مقارنة بالعام السابق', ru: 'Рост к прошлому году' },
  partial: { en: 'Partial', fa: 'ناقص', ar: 'جزئية', ru: 'Неполный' },
  new_customers: { en: 'New customers', fa: 'مشتریان جدید', ar: 'عملاء جدد', ru: 'Новые клиенты' },
  customers_start: { en: 'Customers at start', fa: 'مشتریان در شروع', ar: 'العملاء في البداية', ru: 'Клиенты на начало' },
  new: { en: 'New', fa: 'جدید', ar: 'جدد', ru: 'Новые' },
  lost: { en: 'Lost', fa: 'از دست رفته', ar: 'المفقودون', ru: 'Ушедшие' },
  customers_end: { en: 'Customers at end', fa: 'مشتریان در پایان', ar: 'العملاء في النهاية', ru: 'Клиенты на конец' },
  churn_rate: { en: 'Churn rate', fa: 'نرخ ریزش', ar: 'معدل التسرب', ru: 'Отток' },
  retention: { en: 'Retention', fa: 'نگهداری', ar: 'الاحتفاظ', ru: 'Удержание' },
  cohort: { en: 'Cohort', fa: 'گروه', ar: 'الفوج', ru: 'Когорта' },
  size: { en: 'Size', fa: 'اندازه', ar: 'الحجم', ru: 'Размер' },
  customer_id: { en: 'Customer', fa: 'مشتری', ar: 'العميل', ru: 'Клиент' },
  frequency: { en: 'Frequency', fa: 'تکرار', ar: 'التكرار', ru: 'Частота' },
  recency: { en: 'Recency', fa: 'تازگی', ar: 'الحداثة', ru: 'Давность' },
  age: { en: 'Age', fa: 'عمر', ar: 'العمر', ru: 'Возраст' },
  monetary: { en: 'Mean repeat amount', fa: 'میانگین مبلغ خرید تکراری', ar: 'متوسط مبلغ الشراء المتكرر', ru: 'Средняя сумма повторной покупки' },
  log_likelihood: { en: 'Log-likelihood', fa: 'لگاریتم درست‌نمایی', ar: 'لوغاريتم الإمكان', ru: 'Логарифм правдоподобия' },
  probability_alive: { en: 'Probability active', fa: 'احتمال فعال بودن', ar: 'احتمال النشاط', ru: 'Вероятность активности' },
  expected_purchases: { en: 'Expected purchases', fa: 'خریدهای مورد انتظار', ar: 'المشتريات المتوقعة', ru: 'Ожидаемые покупки' },
  expected_spend: { en: 'Expected spend per purchase', fa: 'هزینه مورد انتظار هر خرید', ar: 'الإنفاق المتوقع لكل شراء', ru: 'Ожидаемая сумма покупки' },
  expected_value: { en: 'Expected value', fa: 'ارزش مورد انتظار', ar: 'القيمة المتوقعة', ru: 'Ожидаемая ценность' },
  frequency_holdout: { en: 'Holdout frequency', fa: 'تکرار در دوره آزمون', ar: 'التكرار في فترة الاختبار', ru: 'Частота в контрольном периоде' },
  monetary_holdout: { en: 'Holdout mean amount', fa: 'میانگین مبلغ در دوره آزمون', ar: 'متوسط المبلغ في فترة الاختبار', ru: 'Средняя сумма в контрольном периоде' },
  duration_holdout: { en: 'Holdout duration', fa: 'طول دوره آزمون', ar: 'مدة فترة الاختبار', ru: 'Длительность контрольного периода' },
  estimate: { en: 'Estimate', fa: 'برآورد', ar: 'التقدير', ru: 'Оценка' },
  standard_error: { en: 'Standard error', fa: 'خطای استاندارد', ar: 'الخطأ المعياري', ru: 'Стандартная ошибка' },
  excluded_min_spend: { en: 'Left out (below min_spend)', fa: 'کنار گذاشته (کمتر از min_spend)', ar: 'مستبعدون (أقل من min_spend)', ru: 'Исключены (ниже min_spend)' },
  probability_n: { en: 'Probability of n purchases', fa: 'احتمال n خرید', ar: 'احتمال n عمليات شراء', ru: 'Вероятность n покупок' },
  actual_repeat: { en: 'Actual repeat purchases', fa: 'خریدهای تکراری واقعی', ar: 'المشتريات المتكررة الفعلية', ru: 'Фактические повторные покупки' },
  expected_repeat: { en: 'Expected repeat purchases', fa: 'خریدهای تکراری مورد انتظار', ar: 'المشتريات المتكررة المتوقعة', ru: 'Ожидаемые повторные покупки' },
  actual_cumulative: { en: 'Actual, cumulative', fa: 'واقعی، تجمعی', ar: 'الفعلية، تراكمي', ru: 'Фактические, нарастающим итогом' },
  expected_cumulative: { en: 'Expected, cumulative', fa: 'مورد انتظار، تجمعی', ar: 'المتوقعة، تراكمي', ru: 'Ожидаемые, нарастающим итогом' },
  holdout: { en: 'Holdout', fa: 'دوره آزمون', ar: 'فترة الاختبار', ru: 'Контрольный период' },
  period: { en: 'Period', fa: 'دوره', ar: 'الفترة', ru: 'Период' },
  observed: { en: 'Observed', fa: 'مشاهده‌شده', ar: 'المرصود', ru: 'Наблюдаемое' },
  fitted: { en: 'Fitted', fa: 'برازش‌شده', ar: 'المقدر', ru: 'Модель' },
  rate: { en: 'Rate', fa: 'نرخ', ar: 'المعدل', ru: 'Доля' },
  nps: { en: 'NPS', fa: 'NPS', ar: 'NPS', ru: 'NPS' },
  mean: { en: 'Mean', fa: 'میانگین', ar: 'المتوسط', ru: 'Среднее' },
  low: { en: 'Low', fa: 'کران پایین', ar: 'الحد الأدنى', ru: 'Нижняя граница' },
  high: { en: 'High', fa: 'کران بالا', ar: 'الحد الأعلى', ru: 'Верхняя граница' },
  n: { en: 'n', fa: 'تعداد (n)', ar: 'العدد (n)', ru: 'Объём (n)' },
  rate_a: { en: 'Rate A', fa: 'نرخ A', ar: 'معدل A', ru: 'Доля A' },
  rate_b: { en: 'Rate B', fa: 'نرخ B', ar: 'معدل B', ru: 'Доля B' },
  difference: { en: 'Difference (B − A)', fa: 'تفاوت (B − A)', ar: 'الفرق (B − A)', ru: 'Разница (B − A)' },
  lift: { en: 'Relative lift', fa: 'بهبود نسبی', ar: 'التحسن النسبي', ru: 'Относительный прирост' },
  z: { en: 'z', fa: 'z', ar: 'z', ru: 'z' },
  p_value: { en: 'p-value', fa: 'مقدار p', ar: 'القيمة الاحتمالية p', ru: 'p-значение' },
  verdict: { en: 'Verdict', fa: 'نتیجه', ar: 'النتيجة', ru: 'Вывод' },
  b_better: { en: 'B better', fa: 'B بهتر است', ar: 'B أفضل', ru: 'B лучше' },
  a_better: { en: 'A better', fa: 'A بهتر است', ar: 'A أفضل', ru: 'A лучше' },
  not_significant: { en: 'not significant', fa: 'معنادار نیست', ar: 'غير دال إحصائيًا', ru: 'незначимо' },
};

/** The keys of every labelled table column. */
export const COLUMN_KEYS: readonly string[] = /* @__PURE__ */ Object.keys(COLUMNS);

/** The label of a table column in `language`; a key without a label (a period number) is shown as it is. */
export function columnLabel(key: string, language: Language): string {
  return COLUMNS[key]?.[language] ?? key;
}

