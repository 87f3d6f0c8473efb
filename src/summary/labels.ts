/** Every label the summary sheet writes, in the four languages. */
import type { Language, Unit } from '../kpi/types';

export interface SummaryLabels {
  readonly sheetName: string;
  readonly title: string;
  readonly generated: string;
  readonly sources: string;
  readonly modes: Readonly<Record<'live' | 'portable' | 'values', string>>;
  readonly headers: readonly string[];
  readonly trend: string;
  readonly onTrack: string;
  readonly offTrack: string;
  readonly noTarget: string;
  readonly noValue: string;
  readonly units: Readonly<Record<Unit, string>>;
  readonly notes: string;
  readonly liveFallback: (kpi: string, inputs: string) => string;
  readonly noNative: (kpi: string) => string;
  readonly noPeriod: (kpi: string) => string;
  readonly snapshotError: (kpi: string, error: string) => string;
}

const UNITS_EN: Record<Unit, string> = { money: 'money', percentage: '%', ratio: 'ratio', number: 'number', score: 'score', days: 'days', months: 'months', hours: 'hours', table: 'table' };

export const LABELS: Readonly<Record<Language, SummaryLabels>> = {
  en: {
    sheetName: 'KPI Summary',
    title: 'KPI Summary',
    generated: 'Generated',
    sources: 'Source ranges',
    modes: { live: 'live formulas (needs the add-on)', portable: 'portable native formulas', values: 'values (a snapshot)' },
    headers: ['ID', 'KPI', 'Value', 'Target', 'Target (high)', 'Status', 'Unit', 'Definition', 'Inputs'],
    trend: 'Trend',
    onTrack: 'On track',
    offTrack: 'Off track',
    noTarget: 'No target',
    noValue: 'No value',
    units: UNITS_EN,
    notes: 'Notes',
    liveFallback: (kpi, inputs) => `${kpi} is written live: ${inputs} hold values native formulas would read differently (numbers typed as text, dates, errors or values outside the scale).`,
    noNative: (kpi) => `${kpi} has no native formula and is written live.`,
    noPeriod: (kpi) => `${kpi} has no period columns: its inputs are not in the table of the date column.`,
    snapshotError: (kpi, error) => `${kpi}: ${error}`,
  },
  fa: {
    sheetName: 'خلاصه شاخص‌ها',
    title: 'خلاصه شاخص‌های کلیدی عملکرد',
    generated: 'ساخته‌شده در',
    sources: 'محدوده‌های منبع',
    modes: { live: 'فرمول‌های زنده (نیازمند افزونه)', portable: 'فرمول‌های بومی قابل حمل', values: 'مقادیر (عکس فوری)' },
    headers: ['شناسه', 'شاخص', 'مقدار', 'هدف', 'هدف (بالا)', 'وضعیت', 'واحد', 'تعریف', 'ورودی‌ها'],
    trend: 'روند',
    onTrack: 'در مسیر',
    offTrack: 'خارج از مسیر',
    noTarget: 'بدون هدف',
    noValue: 'بدون مقدار',
    units: { money: 'پول', percentage: '٪', ratio: 'نسبت', number: 'عدد', score: 'امتیاز', days: 'روز', months: 'ماه', hours: 'ساعت', table: 'جدول' },
    notes: 'یادداشت‌ها',
    liveFallback: (kpi, inputs) => `${kpi} به صورت زنده نوشته شد: ${inputs} مقادیری دارند که فرمول‌های بومی متفاوت می‌خوانند (عدد به صورت متن، تاریخ، خطا یا خارج از مقیاس).`,
    noNative: (kpi) => `${kpi} فرمول بومی ندارد و به صورت زنده نوشته شد.`,
    noPeriod: (kpi) => `${kpi} ستون دوره ندارد: ورودی‌هایش در جدول ستون تاریخ نیستند.`,
    snapshotError: (kpi, error) => `${kpi}: ${error}`,
  },
  ar: {
    sheetName: 'ملخص المؤشرات',
    title: 'ملخص مؤشرات الأداء الرئيسية',
    generated: 'أُنشئ في',
    sources: 'النطاقات المصدر',
    modes: { live: 'صيغ حية (تحتاج الإضافة)', portable: 'صيغ أصلية قابلة للنقل', values: 'قيم (لقطة)' },
    headers: ['المعرف', 'المؤشر', 'القيمة', 'الهدف', 'الهدف (الأعلى)', 'الحالة', 'الوحدة', 'التعريف', 'المدخلات'],
    trend: 'الاتجاه',
    onTrack: 'على المسار',
    offTrack: 'خارج المسار',
    noTarget: 'بلا هدف',
    noValue: 'بلا قيمة',
    units: { money: 'مال', percentage: '%', ratio: 'نسبة', number: 'عدد', score: 'درجة', days: 'أيام', months: 'أشهر', hours: 'ساعات', table: 'جدول' },
    notes: 'ملاحظات',
    liveFallback: (kpi, inputs) => `كُتب ${kpi} بصيغة حية: ${inputs} تحتوي على قيم تقرؤها الصيغ الأصلية بشكل مختلف (أرقام كنص، تواريخ، أخطاء أو قيم خارج المقياس).`,
    noNative: (kpi) => `ليس لـ ${kpi} صيغة أصلية فكُتب بصيغة حية.`,
    noPeriod: (kpi) => `لا أعمدة فترات لـ ${kpi}: مدخلاته ليست في جدول عمود التاريخ.`,
    snapshotError: (kpi, error) => `${kpi}: ${error}`,
  },
  ru: {
    sheetName: 'Сводка KPI',
    title: 'Сводка ключевых показателей',
    generated: 'Создано',
    sources: 'Исходные диапазоны',
    modes: { live: 'живые формулы (нужно дополнение)', portable: 'переносимые встроенные формулы', values: 'значения (снимок)' },
    headers: ['ID', 'Показатель', 'Значение', 'Цель', 'Цель (верх)', 'Статус', 'Единица', 'Определение', 'Входные данные'],
    trend: 'Тренд',
    onTrack: 'В норме',
    offTrack: 'Не в норме',
    noTarget: 'Нет цели',
    noValue: 'Нет значения',
    units: { money: 'деньги', percentage: '%', ratio: 'отношение', number: 'число', score: 'балл', days: 'дни', months: 'месяцы', hours: 'часы', table: 'таблица' },
    notes: 'Примечания',
    liveFallback: (kpi, inputs) => `${kpi} записан живой формулой: в ${inputs} есть значения, которые встроенные формулы читают иначе (числа как текст, даты, ошибки или значения вне шкалы).`,
    noNative: (kpi) => `У ${kpi} нет встроенной формулы, он записан живой формулой.`,
    noPeriod: (kpi) => `У ${kpi} нет столбцов периодов: его входные данные не в таблице со столбцом дат.`,
    snapshotError: (kpi, error) => `${kpi}: ${error}`,
  },
};

/** Currency symbol formats of common spreadsheet locales; others get a plain grouped number. */
const CURRENCY: Readonly<Record<string, string>> = {
  en_US: '[$$]#,##0.00', en_GB: '[$£]#,##0.00', en_CA: '[$$]#,##0.00', en_AU: '[$$]#,##0.00', de_DE: '#,##0.00 [$€]', fr_FR: '#,##0.00 [$€]',
  es_ES: '#,##0.00 [$€]', it_IT: '#,##0.00 [$€]', nl_NL: '[$€] #,##0.00', ru_RU: '#,##0.00 [$₽]', fa_IR: '#,##0 [$ریال]', ar_SA: '#,##0.00 [$ر.س.]',
  ar_AE: '#,##0.00 [$د.إ.]', ar_EG: '#,##0.00 [$ج.م.]', ja_JP: '[$¥]#,##0', tr_TR: '#,##0.00 [$₺]', en_IN: '[$₹]#,##0.00', pt_BR: '[$R$] #,##0.00',
};

/** The number format of a KPI value in its unit, in the spreadsheet's locale. */
export function numberFormatOf(unit: Unit, locale: string, language: Language): string {
  const units = LABELS[language].units;
  switch (unit) {
    case 'money':
      return CURRENCY[locale] ?? '#,##0.00';
    case 'percentage':
      return '0.0%';
    case 'ratio':
      return '0.00"×"';
    case 'number':
      return '#,##0';
    case 'score':
      return '0.0';
    default:
      return `0.0" ${units[unit]}"`;
  }
}
