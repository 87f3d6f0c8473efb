/** Every text of the self-test's report, in English, Persian, Arabic and Russian. Formulas, numbers and dates stay as written. */
import type { Language } from '../../kpi/types';

export type CheckGroup = 'environment' | 'examples' | 'tables' | 'summary' | 'cleanup';

export interface SelfTestLabels {
  readonly title: string;
  readonly groups: Readonly<Record<CheckGroup, string>>;
  /** The report's columns: check, expected, got, result. */
  readonly columns: readonly [string, string, string, string];
  readonly pass: string;
  readonly fail: string;
  /** The modes' names. */
  readonly live: string;
  readonly portable: string;
  readonly values: string;
  readonly allPassed: (count: string, seconds: string) => string;
  readonly someFailed: (failed: string, count: string, seconds: string, first: string) => string;
  readonly locale: string;
  readonly localeGot: (locale: string, language: string) => string;
  readonly timeZone: string;
  readonly knownLocale: string;
  readonly knownZone: string;
  readonly dateReadBack: string;
  readonly cdnowFit: (formula: string, customers: string) => string;
  readonly built: (mode: string) => string;
  readonly modesAgree: (kpi: string) => string;
  readonly byMode: (live: string, portable: string, values: string) => string;
  readonly tableUnchanged: string;
  readonly unchanged: string;
  readonly changedAt: (cell: string, before: string, after: string) => string;
  readonly trendChart: (mode: string) => string;
  readonly seriesOver: (count: string, periods: string) => string;
  readonly chartTitle: (title: string) => string;
  readonly charts: (count: string) => string;
  readonly noErrors: (mode: string) => string;
  readonly noErrorCells: string;
  readonly formulasReadBack: (mode: string) => string;
  readonly asWritten: (count: string) => string;
  readonly leftovers: string;
  readonly noLeftovers: string;
  readonly ranToEnd: string;
  readonly noError: string;
  readonly stillLoading: (seconds: string) => string;
  readonly removed: string;
  readonly asFound: string;
}

const EN: SelfTestLabels = {
  title: 'KPI Sheets: check of the add-on',
  groups: {
    environment: 'What this spreadsheet gives',
    examples: 'Worked examples of the catalog',
    tables: 'Tables from raw rows',
    summary: 'KPI summary in live, portable and values modes',
    cleanup: 'Clean-up',
  },
  columns: ['Check', 'Expected', 'Got', 'Result'],
  pass: 'pass',
  fail: 'FAIL',
  live: 'live',
  portable: 'portable',
  values: 'values',
  allPassed: (count, seconds) => `All ${count} checks passed in ${seconds} s.`,
  someFailed: (failed, count, seconds, first) => `${failed} of ${count} checks failed in ${seconds} s; the first: ${first}.`,
  locale: 'Spreadsheet locale',
  localeGot: (locale, language) => `${locale} (messages in ${language})`,
  timeZone: 'Spreadsheet time zone',
  knownLocale: 'a locale, language and country',
  knownZone: 'a time zone the add-on reads',
  dateReadBack: 'A date cell read back in the spreadsheet time zone',
  cdnowFit: (formula, customers) => `${formula} · BG/NBD fit on ${customers} CDNOW customers`,
  built: (mode) => `Summary built in ${mode} mode`,
  modesAgree: (kpi) => `${kpi}: live, portable and values agree`,
  byMode: (live, portable, values) => `live ${live}; portable ${portable}; values ${values}`,
  tableUnchanged: 'No cell of the test table changed',
  unchanged: 'unchanged',
  changedAt: (cell, before, after) => `${cell}: ${before} → ${after}`,
  trendChart: (mode) => `Trend chart (${mode}) is one series over the periods`,
  seriesOver: (count, periods) => `${count} series over ${periods}`,
  chartTitle: (title) => `title ${title}`,
  charts: (count) => `${count} charts`,
  noErrors: (mode) => `No SPARKLINE or period cell shows an error (${mode})`,
  noErrorCells: 'no error',
  formulasReadBack: (mode) => `Formulas of the summary (${mode}) read back as written`,
  asWritten: (count) => `${count} as written`,
  leftovers: 'Sheets left by an earlier check that stopped',
  noLeftovers: 'none',
  ranToEnd: 'The check ran to the end',
  noError: 'no error',
  stillLoading: (seconds) => `still calculating after ${seconds} s`,
  removed: 'Everything the check created is removed',
  asFound: 'the spreadsheet as it was',
};

const FA: SelfTestLabels = {
  title: 'KPI Sheets: بررسی افزونه',
  groups: {
    environment: 'آنچه این صفحه‌گسترده می‌دهد',
    examples: 'مثال‌های حل‌شده فهرست شاخص‌ها',
    tables: 'جدول‌ها از ردیف‌های خام',
    summary: 'خلاصه شاخص‌ها در حالت‌های زنده، قابل‌حمل و مقدار',
    cleanup: 'پاک‌سازی',
  },
  columns: ['بررسی', 'مورد انتظار', 'به‌دست‌آمده', 'نتیجه'],
  pass: 'درست',
  fail: 'نادرست',
  live: 'زنده',
  portable: 'قابل‌حمل',
  values: 'مقدار',
  allPassed: (count, seconds) => `هر ${count} بررسی در ${seconds} ثانیه درست بود.`,
  someFailed: (failed, count, seconds, first) => `${failed} از ${count} بررسی در ${seconds} ثانیه نادرست بود؛ نخستین: ${first}.`,
  locale: 'منطقه صفحه‌گسترده',
  localeGot: (locale, language) => `${locale} (پیام‌ها به ${language})`,
  timeZone: 'منطقه زمانی صفحه‌گسترده',
  knownLocale: 'یک منطقه: زبان و کشور',
  knownZone: 'منطقه زمانی‌ای که افزونه می‌خواند',
  dateReadBack: 'خانه تاریخ، بازخوانده در منطقه زمانی صفحه‌گسترده',
  cdnowFit: (formula, customers) => `${formula} · برازش BG/NBD روی ${customers} مشتری CDNOW`,
  built: (mode) => `خلاصه در حالت ${mode} ساخته شد`,
  modesAgree: (kpi) => `${kpi}: حالت‌های زنده، قابل‌حمل و مقدار یکسان‌اند`,
  byMode: (live, portable, values) => `زنده ${live}؛ قابل‌حمل ${portable}؛ مقدار ${values}`,
  tableUnchanged: 'هیچ خانه‌ای از جدول آزمایشی تغییر نکرد',
  unchanged: 'بدون تغییر',
  changedAt: (cell, before, after) => `${cell}: ${before} ← ${after}`,
  trendChart: (mode) => `نمودار روند (${mode}) یک سری روی دوره‌هاست`,
  seriesOver: (count, periods) => `${count} سری روی ${periods}`,
  chartTitle: (title) => `عنوان ${title}`,
  charts: (count) => `${count} نمودار`,
  noErrors: (mode) => `هیچ خانه SPARKLINE یا دوره‌ای خطا نشان نمی‌دهد (${mode})`,
  noErrorCells: 'بدون خطا',
  formulasReadBack: (mode) => `فرمول‌های خلاصه (${mode}) همان‌گونه که نوشته شدند خوانده می‌شوند`,
  asWritten: (count) => `${count} همان‌گونه که نوشته شد`,
  leftovers: 'برگه‌های مانده از بررسی قبلیِ نیمه‌کاره',
  noLeftovers: 'هیچ',
  ranToEnd: 'بررسی تا پایان اجرا شد',
  noError: 'بدون خطا',
  stillLoading: (seconds) => `پس از ${seconds} ثانیه هنوز در حال محاسبه`,
  removed: 'هر چه بررسی ساخت پاک شد',
  asFound: 'صفحه‌گسترده همان‌گونه که بود',
};

const AR: SelfTestLabels = {
  title: 'KPI Sheets: فحص الإضافة',
  groups: {
    environment: 'ما يقدمه جدول البيانات هذا',
    examples: 'أمثلة محلولة من قائمة المؤشرات',
    tables: 'جداول من الصفوف الخام',
    summary: 'ملخص المؤشرات في الأوضاع الحي والمحمول والقيم',
    cleanup: 'التنظيف',
  },
  columns: ['الفحص', 'المتوقع', 'الناتج', 'النتيجة'],
  pass: 'ناجح',
  fail: 'فاشل',
  live: 'حي',
  portable: 'محمول',
  values: 'قيم',
  allPassed: (count, seconds) => `نجحت جميع الفحوص (${count}) في ${seconds} ثانية.`,
  someFailed: (failed, count, seconds, first) => `فشل ${failed} من ${count} فحصًا في ${seconds} ثانية؛ أولها: ${first}.`,
  locale: 'لغة جدول البيانات ومنطقته',
  localeGot: (locale, language) => `${locale} (الرسائل باللغة ${language})`,
  timeZone: 'المنطقة الزمنية لجدول البيانات',
  knownLocale: 'لغة وبلد',
  knownZone: 'منطقة زمنية تقرؤها الإضافة',
  dateReadBack: 'خلية تاريخ مقروءة بالمنطقة الزمنية لجدول البيانات',
  cdnowFit: (formula, customers) => `${formula} · ملاءمة BG/NBD على ${customers} عميلًا من CDNOW`,
  built: (mode) => `بُني الملخص في الوضع ${mode}`,
  modesAgree: (kpi) => `${kpi}: الأوضاع الحي والمحمول والقيم متطابقة`,
  byMode: (live, portable, values) => `حي ${live}؛ محمول ${portable}؛ قيم ${values}`,
  tableUnchanged: 'لم تتغير أي خلية من جدول الاختبار',
  unchanged: 'بلا تغيير',
  changedAt: (cell, before, after) => `${cell}: ${before} ← ${after}`,
  trendChart: (mode) => `مخطط الاتجاه (${mode}) سلسلة واحدة عبر الفترات`,
  seriesOver: (count, periods) => `${count} سلسلة عبر ${periods}`,
  chartTitle: (title) => `العنوان ${title}`,
  charts: (count) => `عدد المخططات: ${count}`,
  noErrors: (mode) => `لا تُظهر أي خلية SPARKLINE أو فترة خطأ (${mode})`,
  noErrorCells: 'بلا خطأ',
  formulasReadBack: (mode) => `صيغ الملخص (${mode}) تُقرأ كما كُتبت`,
  asWritten: (count) => `${count} كما كُتبت`,
  leftovers: 'أوراق تركها فحص سابق توقف',
  noLeftovers: 'لا شيء',
  ranToEnd: 'اكتمل الفحص حتى النهاية',
  noError: 'بلا خطأ',
  stillLoading: (seconds) => `ما زال يحسب بعد ${seconds} ثانية`,
  removed: 'أُزيل كل ما أنشأه الفحص',
  asFound: 'جدول البيانات كما كان',
};

const RU: SelfTestLabels = {
  title: 'KPI Sheets: проверка дополнения',
  groups: {
    environment: 'Что даёт эта таблица',
    examples: 'Разобранные примеры каталога',
    tables: 'Таблицы из исходных строк',
    summary: 'Сводка KPI в режимах «живой», «переносимый» и «значения»',
    cleanup: 'Уборка',
  },
  columns: ['Проверка', 'Ожидается', 'Получено', 'Итог'],
  pass: 'да',
  fail: 'ОШИБКА',
  live: 'живой',
  portable: 'переносимый',
  values: 'значения',
  allPassed: (count, seconds) => `Все проверки (${count}) пройдены за ${seconds} с.`,
  someFailed: (failed, count, seconds, first) => `Не пройдено ${failed} из ${count} проверок за ${seconds} с; первая: ${first}.`,
  locale: 'Региональные настройки таблицы',
  localeGot: (locale, language) => `${locale} (сообщения на языке ${language})`,
  timeZone: 'Часовой пояс таблицы',
  knownLocale: 'язык и страна',
  knownZone: 'часовой пояс, который читает дополнение',
  dateReadBack: 'Ячейка с датой, прочитанная в часовом поясе таблицы',
  cdnowFit: (formula, customers) => `${formula} · оценка BG/NBD по ${customers} клиентам CDNOW`,
  built: (mode) => `Сводка построена в режиме «${mode}»`,
  modesAgree: (kpi) => `${kpi}: режимы «живой», «переносимый» и «значения» совпадают`,
  byMode: (live, portable, values) => `живой ${live}; переносимый ${portable}; значения ${values}`,
  tableUnchanged: 'Ни одна ячейка тестовой таблицы не изменилась',
  unchanged: 'без изменений',
  changedAt: (cell, before, after) => `${cell}: ${before} → ${after}`,
  trendChart: (mode) => `График тренда («${mode}») — один ряд по периодам`,
  seriesOver: (count, periods) => `рядов: ${count}, по ${periods}`,
  chartTitle: (title) => `заголовок ${title}`,
  charts: (count) => `графиков: ${count}`,
  noErrors: (mode) => `Ни одна ячейка SPARKLINE или периода не показывает ошибку («${mode}»)`,
  noErrorCells: 'без ошибок',
  formulasReadBack: (mode) => `Формулы сводки («${mode}») читаются так, как записаны`,
  asWritten: (count) => `${count} как записано`,
  leftovers: 'Листы, оставшиеся от прерванной проверки',
  noLeftovers: 'нет',
  ranToEnd: 'Проверка дошла до конца',
  noError: 'без ошибок',
  stillLoading: (seconds) => `всё ещё вычисляется через ${seconds} с`,
  removed: 'Всё, что создала проверка, удалено',
  asFound: 'таблица в прежнем виде',
};

export const SELF_TEST_LABELS: Readonly<Record<Language, SelfTestLabels>> = { en: EN, fa: FA, ar: AR, ru: RU };

/** The entries a report's texts can name: the plain texts and the sentences with blanks (not groups, columns or pass/fail). */
export type PhraseKey = Exclude<keyof SelfTestLabels, 'groups' | 'columns' | 'title' | 'pass' | 'fail' | 'allPassed' | 'someFailed'>;

/** A text of the report: as it is (a formula, a number, a cell), or a phrase of the labels with its blanks filled. */
export type Text = string | Phrase;

export interface Phrase {
  readonly key: PhraseKey;
  readonly args?: readonly Text[];
}

/** A phrase: `key` with these blanks. */
export const phrase = (key: PhraseKey, ...args: Text[]): Phrase => (args.length > 0 ? { key, args } : { key });

/**
 * A text in a language: a phrase's sentence with its blanks (themselves texts) filled in. With `isolate` (Persian and
 * Arabic), each blank is a Unicode isolate (FSI … PDI), so a date list or a formula inside right-to-left text keeps its order.
 */
export function say(text: Text, labels: SelfTestLabels, isolate = false): string {
  if (typeof text === 'string') return text;
  const entry = labels[text.key] as string | ((...args: string[]) => string);
  const fill = (arg: Text): string => (isolate ? `\u2068${say(arg, labels, isolate)}\u2069` : say(arg, labels, isolate));
  return typeof entry === 'function' ? entry(...(text.args ?? []).map(fill)) : entry;
}
