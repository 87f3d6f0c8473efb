/** Every label the summary sheet writes, in the four languages. */
import type { Family, Language, Unit } from '../kpi/types';

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
  /** The status when the target lies inside the value's 95% interval. */
  readonly tooClose: string;
  /** Headers of the interval columns: the 95% margin and the number of observations. */
  readonly margin: string;
  readonly sampleSize: string;
  readonly noTarget: string;
  readonly noValue: string;
  readonly units: Readonly<Record<Unit, string>>;
  readonly notes: string;
  readonly liveFallback: (kpi: string, inputs: string) => string;
  readonly noNative: (kpi: string) => string;
  /** In a file for other programs, which do not have the add-on's functions. */
  readonly noNativeInFile: (kpi: string) => string;
  readonly valuesInFile: string;
  readonly noPeriod: (kpi: string, table: string) => string;
  readonly noPeriodJoin: (kpi: string) => string;
  readonly noDateColumn: string;
  /** The calendar of the period columns, as the summary's second line names it. */
  readonly calendars: Readonly<Record<'gregorian' | 'persian', string>>;
  readonly movedToNewSheet: (kept: string, written: string) => string;
  readonly snapshotError: (kpi: string, error: string) => string;
  readonly rangeGone: (a1: string) => string;
  readonly nothingRecognised: (ranges: string, seen: string) => string;
  readonly nothingToRebuild: string;
  readonly families: Readonly<Record<Family, string>>;
  /** The A/B test section: its title, which side is which, and why it could not be written. */
  readonly abTest: string;
  readonly abTestSides: (a: string, b: string) => string;
  readonly abTestNoColumns: (table: string) => string;
  readonly abTestLabels: (column: string) => string;
  readonly abTestVariantCount: (column: string, count: number) => string;
  readonly abTestSkipped: (columns: string) => string;
  /** The words of table variants: aggregates, churn bases, cohort measures, time units, purchase models. */
  readonly choices: Readonly<Record<string, string>>;
  /** Under a CLV table: the calibration end its model is fitted up to. */
  readonly fittedTo: (date: string) => string;
}

const UNITS_EN: Record<Unit, string> = { money: 'money', percentage: '%', ratio: 'ratio', number: 'number', score: 'score', days: 'days', months: 'months', hours: 'hours', table: 'table' };

/** A KPI as a note names it: its name in the language, then its id ("Customer acquisition cost (CAC)"). */
export const noteName = (entry: { readonly id: string; readonly names: Readonly<Record<Language, string>> }, language: Language): string => `${entry.names[language]} (${entry.id})`;

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
    tooClose: 'Too close to call',
    margin: '± (95%)',
    sampleSize: 'n',
    noTarget: 'No target',
    noValue: 'No value',
    units: UNITS_EN,
    notes: 'Notes',
    liveFallback: (kpi, inputs) => `${kpi} is written live: ${inputs} hold values native formulas would read differently (numbers typed as text, dates, errors or values outside the scale).`,
    noNative: (kpi) => `${kpi} has no native formula and is written live.`,
    noNativeInFile: (kpi) => `${kpi} has no native formula: this file holds its value, computed when the file was written.`,
    valuesInFile: 'This file holds its value, computed when the file was written.',
    noPeriod: (kpi, table) => `${kpi} has no period columns: ${table} has no date column.`,
    noPeriodJoin: (kpi) => `${kpi} has no period columns: it joins several tables, and periods are read from one table's dates.`,
    noDateColumn: 'No period columns: no selected table has a date column (dates, or text that reads as dates, under a header such as Date).',
    calendars: { gregorian: 'Gregorian calendar', persian: 'Solar Hijri (Persian) calendar' },
    movedToNewSheet: (kept, written) => `You typed cells on "${kept}" where the new summary would go: they were kept, and the summary was written to "${written}".`,
    snapshotError: (kpi, error) => `${kpi}: ${error}`,
    rangeGone: (a1) => `The range ${a1} no longer exists (its sheet was deleted or renamed). Select your data again and choose "Use selection".`,
    nothingRecognised: (ranges, seen) => `Nothing in ${ranges} is recognised as KPI input (seen: ${seen}). Give the columns headers such as Cost, Leads or Revenue, or choose a role for each column.`,
    nothingToRebuild: 'There is no summary to rebuild yet: choose "Build KPI summary" first.',
    abTest: 'A/B test',
    abTestSides: (a, b) => `A (control): ${a} · B: ${b}`,
    abTestNoColumns: (table) => `A/B test: ${table} has no conversions and visitors (or leads) columns.`,
    abTestLabels: (column) => `A/B test: ${column} must hold text labels such as A and B, not numbers, dates or text starting with =, < or >.`,
    abTestVariantCount: (column, count) => `A/B test: ${column} holds ${count} variant labels; it needs exactly two.`,
    abTestSkipped: (columns) => `A/B test: ${columns} hold numbers typed as text, dates or errors, which the sums do not count.`,
    families: { acquisition: 'Acquisition and cost', funnel: 'Funnel and conversion', revenue: 'Revenue and customer value', retention: 'Retention', survey: 'Surveys and loyalty', digital: 'Digital, social and e-mail', cohorts: 'Cohorts and periods', clv: 'Lifetime value models' },
    choices: { sum: 'Sum', count: 'Count', average: 'Average', min: 'Minimum', max: 'Maximum', start: 'Customers at start', start_plus_new: 'Customers at start plus new', percent: 'Share of the cohort', day: 'Days', week: 'Weeks', month: 'Months', year: 'Years', calendar_week: 'Calendar weeks', calendar_month: 'Calendar months', bgnbd: 'BG/NBD', pareto_nbd: 'Pareto/NBD' },
    fittedTo: (date) => `The model is fitted on the transactions up to ${date}.`,
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
    tooClose: 'در حد خطا',
    margin: '± (۹۵٪)',
    sampleSize: 'تعداد نمونه',
    noTarget: 'بدون هدف',
    noValue: 'بدون مقدار',
    units: { money: 'پول', percentage: '٪', ratio: 'نسبت', number: 'عدد', score: 'امتیاز', days: 'روز', months: 'ماه', hours: 'ساعت', table: 'جدول' },
    notes: 'یادداشت‌ها',
    liveFallback: (kpi, inputs) => `${kpi} به صورت زنده نوشته شد: ${inputs} مقادیری دارند که فرمول‌های بومی متفاوت می‌خوانند (عدد به صورت متن، تاریخ، خطا یا خارج از مقیاس).`,
    noNative: (kpi) => `${kpi} فرمول بومی ندارد و به صورت زنده نوشته شد.`,
    noNativeInFile: (kpi) => `${kpi} فرمول بومی ندارد: این فایل مقدار آن را دارد که هنگام نوشتن فایل محاسبه شد.`,
    valuesInFile: 'این فایل مقدار آن را دارد که هنگام نوشتن فایل محاسبه شد.',
    noPeriod: (kpi, table) => `${kpi} ستون دوره ندارد: ${table} ستون تاریخ ندارد.`,
    noPeriodJoin: (kpi) => `${kpi} ستون دوره ندارد: چند جدول را به هم پیوند می‌دهد و دوره‌ها از تاریخ‌های یک جدول خوانده می‌شوند.`,
    noDateColumn: 'ستون دوره‌ای ساخته نشد: هیچ جدول انتخاب‌شده‌ای ستون تاریخ ندارد (تاریخ، یا متنی که تاریخ خوانده شود، زیر سرتیتری مانند تاریخ).',
    calendars: { gregorian: 'تقویم میلادی', persian: 'تقویم هجری خورشیدی' },
    movedToNewSheet: (kept, written) => `در «${kept}» خانه‌هایی نوشته‌اید که خلاصه جدید روی آن‌ها می‌افتاد: آن‌ها حفظ شدند و خلاصه در «${written}» نوشته شد.`,
    snapshotError: (kpi, error) => `${kpi}: ${error}`,
    rangeGone: (a1) => `محدوده ${a1} دیگر وجود ندارد (برگه‌اش حذف یا تغییر نام داده شده است). داده‌هایتان را دوباره انتخاب کنید و «استفاده از انتخاب» را بزنید.`,
    nothingRecognised: (ranges, seen) => `هیچ چیز در ${ranges} به عنوان ورودی شاخص شناخته نشد (دیده‌شده: ${seen}). برای ستون‌ها سرتیترهایی مانند هزینه، سرنخ یا درآمد بگذارید، یا نقش هر ستون را انتخاب کنید.`,
    nothingToRebuild: 'هنوز خلاصه‌ای برای بازسازی نیست: ابتدا «ساخت خلاصه شاخص‌ها» را انتخاب کنید.',
    abTest: 'آزمون A/B',
    abTestSides: (a, b) => `A (کنترل): ${a} · B: ${b}`,
    abTestNoColumns: (table) => `آزمون A/B: ${table} ستون تبدیل و بازدیدکننده (یا سرنخ) ندارد.`,
    abTestLabels: (column) => `آزمون A/B: ${column} باید برچسب‌های متنی مانند A و B داشته باشد، نه عدد، تاریخ یا متنی که با =، < یا > شروع شود.`,
    abTestVariantCount: (column, count) => `آزمون A/B: ${column} ${count} برچسب نسخه دارد؛ دقیقاً دو برچسب لازم است.`,
    abTestSkipped: (columns) => `آزمون A/B: ${columns} عدد به صورت متن، تاریخ یا خطا دارند که در جمع‌ها شمرده نمی‌شوند.`,
    families: { acquisition: 'جذب و هزینه', funnel: 'قیف و تبدیل', revenue: 'درآمد و ارزش مشتری', retention: 'نگهداری', survey: 'نظرسنجی و وفاداری', digital: 'دیجیتال، شبکه‌های اجتماعی و ایمیل', cohorts: 'گروه‌ها و دوره‌ها', clv: 'مدل‌های ارزش طول عمر' },
    choices: { sum: 'جمع', count: 'تعداد', average: 'میانگین', min: 'کمینه', max: 'بیشینه', start: 'مشتریان در شروع', start_plus_new: 'مشتریان شروع به‌علاوه جدید', percent: 'سهم از گروه', day: 'روز', week: 'هفته', month: 'ماه', year: 'سال', calendar_week: 'هفته‌های تقویمی', calendar_month: 'ماه‌های تقویمی', bgnbd: 'بتا-هندسی/دوجمله‌ای منفی', pareto_nbd: 'پارتو/دوجمله‌ای منفی' },
    fittedTo: (date) => `مدل بر پایه تراکنش‌ها تا ${date} برازش شده است.`,
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
    tooClose: 'ضمن هامش الخطأ',
    margin: '± (95%)',
    sampleSize: 'حجم العينة',
    noTarget: 'بلا هدف',
    noValue: 'بلا قيمة',
    units: { money: 'مال', percentage: '%', ratio: 'نسبة', number: 'عدد', score: 'درجة', days: 'أيام', months: 'أشهر', hours: 'ساعات', table: 'جدول' },
    notes: 'ملاحظات',
    liveFallback: (kpi, inputs) => `كُتب ${kpi} بصيغة حية: ${inputs} تحتوي على قيم تقرؤها الصيغ الأصلية بشكل مختلف (أرقام كنص، تواريخ، أخطاء أو قيم خارج المقياس).`,
    noNative: (kpi) => `ليس لـ ${kpi} صيغة أصلية فكُتب بصيغة حية.`,
    noNativeInFile: (kpi) => `ليس لـ ${kpi} صيغة أصلية: يحتوي هذا الملف على قيمته المحسوبة عند كتابة الملف.`,
    valuesInFile: 'يحتوي هذا الملف على قيمته المحسوبة عند كتابة الملف.',
    noPeriod: (kpi, table) => `لا أعمدة فترات لـ ${kpi}: ليس في ${table} عمود تاريخ.`,
    noPeriodJoin: (kpi) => `لا أعمدة فترات لـ ${kpi}: يربط عدة جداول، والفترات تُقرأ من تواريخ جدول واحد.`,
    noDateColumn: 'لا أعمدة فترات: لا يحتوي أي جدول محدد على عمود تاريخ (تواريخ، أو نص يُقرأ كتاريخ، تحت عنوان مثل التاريخ).',
    calendars: { gregorian: 'التقويم الميلادي', persian: 'التقويم الهجري الشمسي' },
    movedToNewSheet: (kept, written) => `كتبت خلايا في "${kept}" حيث سيُكتب الملخص الجديد: أُبقيت كما هي، وكُتب الملخص في "${written}".`,
    snapshotError: (kpi, error) => `${kpi}: ${error}`,
    rangeGone: (a1) => `النطاق ${a1} لم يعد موجودًا (حُذفت ورقته أو أُعيدت تسميتها). حدّد بياناتك مجددًا واختر "استخدام التحديد".`,
    nothingRecognised: (ranges, seen) => `لم يُتعرّف على أي مدخلات للمؤشرات في ${ranges} (ما شوهد: ${seen}). أعطِ الأعمدة عناوين مثل التكلفة أو العملاء المحتملون أو الإيرادات، أو اختر دورًا لكل عمود.`,
    nothingToRebuild: 'لا يوجد ملخص لإعادة بنائه بعد: اختر "إنشاء ملخص المؤشرات" أولًا.',
    abTest: 'اختبار A/B',
    abTestSides: (a, b) => `A (المجموعة الضابطة): ${a} · B: ${b}`,
    abTestNoColumns: (table) => `اختبار A/B: ليس في ${table} عمودا التحويلات والزوار (أو العملاء المحتملين).`,
    abTestLabels: (column) => `اختبار A/B: يجب أن يحتوي ${column} على تسميات نصية مثل A وB، لا على أرقام أو تواريخ أو نص يبدأ بـ = أو < أو >.`,
    abTestVariantCount: (column, count) => `اختبار A/B: يحتوي ${column} على ${count} من تسميات النسخ؛ والمطلوب اثنتان بالضبط.`,
    abTestSkipped: (columns) => `اختبار A/B: في ${columns} أرقام مكتوبة كنص أو تواريخ أو أخطاء لا تُحسب في المجاميع.`,
    families: { acquisition: 'الاكتساب والتكلفة', funnel: 'القمع والتحويل', revenue: 'الإيرادات وقيمة العميل', retention: 'الاحتفاظ', survey: 'الاستبيانات والولاء', digital: 'الرقمي والتواصل والبريد', cohorts: 'الأفواج والفترات', clv: 'نماذج قيمة العمر' },
    choices: { sum: 'المجموع', count: 'العدد', average: 'المتوسط', min: 'الأدنى', max: 'الأعلى', start: 'العملاء في البداية', start_plus_new: 'العملاء في البداية والجدد', percent: 'نسبة من الفوج', day: 'أيام', week: 'أسابيع', month: 'أشهر', year: 'سنوات', calendar_week: 'أسابيع تقويمية', calendar_month: 'أشهر تقويمية', bgnbd: 'بيتا الهندسي/ذو الحدين السالب', pareto_nbd: 'باريتو/ذو الحدين السالب' },
    fittedTo: (date) => `قُدِّر النموذج على المعاملات حتى ${date}.`,
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
    tooClose: 'В пределах погрешности',
    margin: '± (95%)',
    sampleSize: 'Объём выборки',
    noTarget: 'Нет цели',
    noValue: 'Нет значения',
    units: { money: 'деньги', percentage: '%', ratio: 'отношение', number: 'число', score: 'балл', days: 'дни', months: 'месяцы', hours: 'часы', table: 'таблица' },
    notes: 'Примечания',
    liveFallback: (kpi, inputs) => `${kpi} записан живой формулой: в ${inputs} есть значения, которые встроенные формулы читают иначе (числа как текст, даты, ошибки или значения вне шкалы).`,
    noNative: (kpi) => `У ${kpi} нет встроенной формулы, он записан живой формулой.`,
    noNativeInFile: (kpi) => `У ${kpi} нет встроенной формулы: в этом файле его значение, вычисленное при записи файла.`,
    valuesInFile: 'В этом файле его значение, вычисленное при записи файла.',
    noPeriod: (kpi, table) => `У ${kpi} нет столбцов периодов: в «${table}» нет столбца дат.`,
    noPeriodJoin: (kpi) => `У ${kpi} нет столбцов периодов: он объединяет несколько таблиц, а периоды берутся из дат одной таблицы.`,
    noDateColumn: 'Столбцов периодов нет: ни в одной выбранной таблице нет столбца дат (даты или текст, читаемый как дата, под заголовком вроде «Дата»).',
    calendars: { gregorian: 'григорианский календарь', persian: 'иранский календарь (солнечная хиджра)' },
    movedToNewSheet: (kept, written) => `На листе «${kept}» есть ваши ячейки там, где была бы новая сводка: они сохранены, а сводка записана на лист «${written}».`,
    snapshotError: (kpi, error) => `${kpi}: ${error}`,
    rangeGone: (a1) => `Диапазона ${a1} больше нет (его лист удалён или переименован). Выделите данные снова и нажмите «Использовать выделение».`,
    nothingRecognised: (ranges, seen) => `В ${ranges} ничего не распознано как входные данные KPI (найдено: ${seen}). Дайте столбцам заголовки вроде «Расходы», «Лиды» или «Выручка» либо выберите роль каждого столбца.`,
    nothingToRebuild: 'Пока нечего пересобирать: сначала выберите «Создать сводку KPI».',
    abTest: 'A/B-тест',
    abTestSides: (a, b) => `A (контроль): ${a} · B: ${b}`,
    abTestNoColumns: (table) => `A/B-тест: в «${table}» нет столбцов конверсий и посетителей (или лидов).`,
    abTestLabels: (column) => `A/B-тест: в столбце «${column}» должны быть текстовые метки вроде A и B, а не числа, даты или текст, начинающийся с =, < или >.`,
    abTestVariantCount: (column, count) => `A/B-тест: в столбце «${column}» меток вариантов: ${count}; нужно ровно две.`,
    abTestSkipped: (columns) => `A/B-тест: в ${columns} есть числа, введённые как текст, даты или ошибки; в суммы они не входят.`,
    families: { acquisition: 'Привлечение и затраты', funnel: 'Воронка и конверсия', revenue: 'Выручка и ценность клиента', retention: 'Удержание', survey: 'Опросы и лояльность', digital: 'Цифровые каналы, соцсети и рассылки', cohorts: 'Когорты и периоды', clv: 'Модели пожизненной ценности' },
    choices: { sum: 'Сумма', count: 'Количество', average: 'Среднее', min: 'Минимум', max: 'Максимум', start: 'Клиенты на начало', start_plus_new: 'Клиенты на начало и новые', percent: 'Доля когорты', day: 'Дни', week: 'Недели', month: 'Месяцы', year: 'Годы', calendar_week: 'Календарные недели', calendar_month: 'Календарные месяцы', bgnbd: 'Бета-геометрическая/отрицательная биномиальная', pareto_nbd: 'Парето/отрицательная биномиальная' },
    fittedTo: (date) => `Модель оценена по транзакциям до ${date} включительно.`,
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
