/**
 * Every string the sidebar shows, in English, Persian, Arabic and Russian. Texts from the server (KPI, family, unit
 * and role names, "needs" lines, error messages) arrive already in the state's language; everything else is here.
 */
import type { Direction, Language } from '../kpi/types';
import type { Calendar, Period } from '../kpi/periods/period';
import type { ColumnType } from '../summary/facts';
import type { SummaryMode } from '../summary/plan';
import type { SampleSizeProblem } from './sample-size';
import type { TargetProblem } from './targets';

export interface SidebarStrings {
  /** The page title and heading. */
  readonly title: string;
  readonly intro: string;
  readonly languageLabel: string;
  readonly rangesHeading: string;
  readonly useSelection: string;
  readonly noRanges: string;
  readonly remove: string;
  readonly removeRange: (a1: string) => string;
  readonly role: string;
  readonly noRole: string;
  readonly roleOf: (column: string) => string;
  readonly columnTypes: Readonly<Record<ColumnType, string>>;
  readonly nonBlank: (count: string) => string;
  readonly kpisHeading: string;
  readonly noKpisYet: string;
  readonly noKpisAvailable: string;
  readonly directions: Readonly<Record<Direction, string>>;
  readonly target: string;
  readonly targetLow: string;
  readonly targetHigh: string;
  readonly targetFor: (kpi: string) => string;
  readonly targetLowFor: (kpi: string) => string;
  readonly targetHighFor: (kpi: string) => string;
  readonly targetProblems: Readonly<Record<Exclude<TargetProblem, 'unreadable'>, string>>;
  readonly unreadableTarget: (example: string) => string;
  /** The label of a table KPI's variant menu when it has several (CLV_FORECAST: time unit, purchase model). */
  readonly variantNames: Readonly<Record<'unit' | 'model', string>>;
  /** The CLV tables' calibration end: its label, and what an empty field means (the default split `split`, "yyyy-mm-dd"). */
  readonly calibrationLabel: string;
  readonly calibrationHint: (split: string) => string;
  readonly periodHeading: string;
  readonly periodHint: string;
  readonly periods: Readonly<Record<Period | 'none', string>>;
  readonly calendarLabel: string;
  readonly calendars: Readonly<Record<Calendar, string>>;
  readonly modeHeading: string;
  readonly modes: Readonly<Record<SummaryMode, { readonly name: string; readonly sentence: string }>>;
  readonly build: string;
  readonly rebuild: string;
  readonly rebuildHint: string;
  readonly loading: string;
  readonly readingSelection: string;
  readonly building: string;
  readonly rebuilding: string;
  readonly built: (sheetName: string) => string;
  readonly openSheet: string;
  readonly notesHeading: string;
  readonly selectionEmpty: string;
  readonly selectionKnown: string;
  readonly chooseRanges: string;
  readonly chooseKpi: string;
  readonly fixTargets: string;
  /** Help → Check the add-on. */
  readonly selfTestIntro: string;
  readonly checking: string;
  readonly runAgain: string;
  readonly copyReport: string;
  readonly copied: string;
  readonly copyHint: string;
  readonly abTestHeading: string;
  readonly abTestHint: string;
  readonly abTestOff: string;
  readonly abTestByRanges: string;
  readonly abTestByColumn: string;
  readonly abTestA: string;
  readonly abTestB: string;
  readonly abTestColumn: string;
  readonly sameRange: string;
  readonly fixAbTest: string;
  readonly sampleSizeHeading: string;
  readonly sampleSizeHint: string;
  readonly baselineLabel: string;
  readonly effectLabel: string;
  readonly effectPoints: string;
  readonly effectRelative: string;
  readonly powerLabel: string;
  readonly confidenceLabel: string;
  readonly sampleSizeAnswer: (visitors: string) => string;
  readonly sampleSizeProblems: Readonly<Record<Exclude<SampleSizeProblem, 'unreadable'>, string>>;
}

const EN: SidebarStrings = {
  title: 'KPI summary',
  intro: 'Select the ranges with your data, choose KPIs and targets, and build a summary sheet. Your data is never changed.',
  languageLabel: 'Language',
  rangesHeading: 'Data ranges',
  useSelection: 'Use selection',
  noRanges: 'No ranges yet. Select the cells with your data in the sheet (several ranges, on several sheets if you like), then choose Use selection.',
  remove: 'Remove',
  removeRange: (a1) => `Remove ${a1}`,
  role: 'Role',
  noRole: '— none —',
  roleOf: (column) => `Role of ${column}`,
  columnTypes: { number: 'number', percent: 'percent', money: 'money', date: 'date', text: 'text', empty: 'empty' },
  nonBlank: (count) => `${count} non-blank`,
  kpisHeading: 'KPIs',
  noKpisYet: 'Add a range to see the KPIs its columns can feed.',
  noKpisAvailable: 'No KPI can be computed from these columns yet: choose a role for each column above.',
  directions: { maximize: 'Higher is better', minimize: 'Lower is better', range: 'Best inside a band (low to high)' },
  target: 'Target',
  targetLow: 'Low',
  targetHigh: 'High',
  targetFor: (kpi) => `Target for ${kpi}`,
  targetLowFor: (kpi) => `Low end of the target for ${kpi}`,
  targetHighFor: (kpi) => `High end of the target for ${kpi}`,
  targetProblems: {
    percent: 'Only percentage KPIs take a target in %.',
    bothBounds: 'Enter both the low and the high end, or neither.',
    lowAboveHigh: 'The low end is above the high end.',
  },
  unreadableTarget: (example) => `Not a number: type it like ${example}.`,
  variantNames: { unit: 'Time unit', model: 'Purchase model' },
  calibrationLabel: 'Calibration end (customer lifetime value)',
  calibrationHint: (split) => `Left empty, the tracking table splits at ${split} (the month end two thirds of the way through the dates) and the forecast is fitted on all dates. A date set here applies to both.`,
  periodHeading: 'Period',
  periodHint: 'One column per period, with a trend sparkline.',
  periods: { none: 'None (totals only)', day: 'Day', week: 'Week', month: 'Month', quarter: 'Quarter', year: 'Year' },
  calendarLabel: 'Calendar',
  calendars: { gregorian: 'Gregorian', persian: 'Solar Hijri (Persian)' },
  modeHeading: 'Formulas in the summary',
  modes: {
    live: { name: 'Live', sentence: 'Our KPI functions (=CAC, =NPS …): they recalculate as your data changes, for everyone who has the add-on.' },
    portable: {
      name: 'Portable',
      sentence: 'Native Sheets formulas that keep working for collaborators without the add-on; KPIs whose data native formulas cannot check stay live.',
    },
    values: { name: 'Values', sentence: 'A snapshot of today’s values that never changes.' },
  },
  build: 'Build KPI summary',
  rebuild: 'Rebuild summary',
  rebuildHint: 'The choices of your last summary are filled in: rebuild it as it was, or change them and build again.',
  loading: 'Loading…',
  readingSelection: 'Reading the selection…',
  building: 'Building…',
  rebuilding: 'Rebuilding…',
  built: (sheetName) => `Built the sheet “${sheetName}”.`,
  openSheet: 'Open the summary sheet',
  notesHeading: 'Notes',
  selectionEmpty: 'Nothing is selected: select the cells with your data in the sheet first.',
  selectionKnown: 'The selected ranges are already in the list.',
  chooseRanges: 'Add the ranges with your data first: select them in the sheet and choose Use selection.',
  chooseKpi: 'Choose at least one KPI.',
  fixTargets: 'Fix the targets marked in red first.',
  selfTestIntro: 'Checks the add-on in this spreadsheet: it writes formulas and three summaries on temporary sheets, reads them back, compares them with known results, and removes everything it wrote.',
  checking: 'Checking… in Google Sheets this takes up to a minute.',
  runAgain: 'Check again',
  copyReport: 'Copy report',
  copied: 'The report is copied: paste it in a message or a sheet.',
  copyHint: 'Select the report below and copy it (Ctrl+C or ⌘C).',
  abTestHeading: 'A/B test',
  abTestHint: 'Compare the conversion rates of two variants: is B better than A, or is the difference chance?',
  abTestOff: 'No A/B test',
  abTestByRanges: 'Two ranges, one per variant',
  abTestByColumn: 'One range with a variant column',
  abTestA: 'Variant A (control)',
  abTestB: 'Variant B',
  abTestColumn: 'Variant column',
  sameRange: 'Choose two different ranges for A and B.',
  fixAbTest: 'Choose two different ranges for the A/B test first.',
  sampleSizeHeading: 'How many visitors do I need?',
  sampleSizeHint: 'The visitors each variant needs before an A/B test can show a change this large (two-sided test).',
  baselineLabel: 'Baseline conversion rate',
  effectLabel: 'Smallest effect worth detecting',
  effectPoints: 'percentage points',
  effectRelative: '% of the baseline',
  powerLabel: 'Power',
  confidenceLabel: 'Confidence',
  sampleSizeAnswer: (visitors) => `${visitors} visitors per variant`,
  sampleSizeProblems: {
    incomplete: 'Enter the baseline rate and the smallest effect worth detecting.',
    baseline: 'The baseline rate must be above 0% and below 100%.',
    effect: 'The effect must not be 0, and the baseline plus the effect must stay between 0% and 100%.',
    power: 'Power must be above 50% and below 100%.',
    confidence: 'Confidence must be above 0% and below 100%.',
  },
};

const FA: SidebarStrings = {
  title: 'خلاصه شاخص‌ها',
  intro: 'محدوده‌های داده را انتخاب کنید، شاخص‌ها و هدف‌ها را برگزینید و برگه خلاصه را بسازید. داده‌های شما هرگز تغییر نمی‌کنند.',
  languageLabel: 'زبان',
  rangesHeading: 'محدوده‌های داده',
  useSelection: 'استفاده از انتخاب',
  noRanges: 'هنوز محدوده‌ای نیست. خانه‌های داده را در برگه انتخاب کنید (اگر بخواهید چند محدوده در چند برگه)، سپس «استفاده از انتخاب» را بزنید.',
  remove: 'حذف',
  removeRange: (a1) => `حذف ${a1}`,
  role: 'نقش',
  noRole: '— هیچ —',
  roleOf: (column) => `نقش ${column}`,
  columnTypes: { number: 'عدد', percent: 'درصد', money: 'پول', date: 'تاریخ', text: 'متن', empty: 'خالی' },
  nonBlank: (count) => `${count} خانه پر`,
  kpisHeading: 'شاخص‌ها',
  noKpisYet: 'یک محدوده اضافه کنید تا شاخص‌هایی را ببینید که ستون‌هایش می‌سازند.',
  noKpisAvailable: 'هنوز هیچ شاخصی از این ستون‌ها محاسبه نمی‌شود: برای هر ستون در بالا نقشی انتخاب کنید.',
  directions: { maximize: 'بیشتر بهتر است', minimize: 'کمتر بهتر است', range: 'بهتر است در یک بازه باشد (از کمینه تا بیشینه)' },
  target: 'هدف',
  targetLow: 'کمینه',
  targetHigh: 'بیشینه',
  targetFor: (kpi) => `هدف ${kpi}`,
  targetLowFor: (kpi) => `کمینه هدف ${kpi}`,
  targetHighFor: (kpi) => `بیشینه هدف ${kpi}`,
  targetProblems: {
    percent: 'فقط شاخص‌های درصدی هدف درصدی می‌پذیرند.',
    bothBounds: 'هر دو کران کمینه و بیشینه را وارد کنید، یا هیچ‌کدام را.',
    lowAboveHigh: 'کمینه از بیشینه بزرگ‌تر است.',
  },
  unreadableTarget: (example) => `عدد نیست: آن را مانند ${example} بنویسید.`,
  variantNames: { unit: 'واحد زمان', model: 'مدل خرید' },
  calibrationLabel: 'پایان دوره برازش (ارزش طول عمر مشتری)',
  calibrationHint: (split) => `اگر خالی بماند، جدول پیگیری در ${split} تقسیم می‌شود (پایان ماهی که دو سوم بازه تاریخ‌ها در آن است) و پیش‌بینی بر همه تاریخ‌ها برازش می‌شود. تاریخی که اینجا بگذارید برای هر دو به کار می‌رود.`,
  periodHeading: 'دوره',
  periodHint: 'برای هر دوره یک ستون، با نمودار کوچک روند.',
  periods: { none: 'بدون دوره (فقط جمع کل)', day: 'روز', week: 'هفته', month: 'ماه', quarter: 'سه‌ماهه', year: 'سال' },
  calendarLabel: 'تقویم',
  calendars: { gregorian: 'میلادی', persian: 'هجری خورشیدی' },
  modeHeading: 'فرمول‌های خلاصه',
  modes: {
    live: { name: 'زنده', sentence: 'توابع شاخص ما (=CAC، =NPS …): با تغییر داده‌ها برای هر کسی که افزونه را دارد دوباره محاسبه می‌شوند.' },
    portable: {
      name: 'قابل حمل',
      sentence: 'فرمول‌های بومی کاربرگ‌نگار Google که برای همکاران بدون افزونه هم کار می‌کنند؛ شاخص‌هایی که فرمول‌های بومی نمی‌توانند داده‌شان را بررسی کنند زنده می‌مانند.',
    },
    values: { name: 'مقادیر', sentence: 'عکسی فوری از مقادیر امروز که هرگز تغییر نمی‌کند.' },
  },
  build: 'ساخت خلاصه شاخص‌ها',
  rebuild: 'بازسازی خلاصه',
  rebuildHint: 'انتخاب‌های آخرین خلاصه شما پر شده‌اند: آن را همان‌طور بازسازی کنید، یا آن‌ها را تغییر دهید و دوباره بسازید.',
  loading: 'در حال بارگذاری…',
  readingSelection: 'در حال خواندن انتخاب…',
  building: 'در حال ساخت…',
  rebuilding: 'در حال بازسازی…',
  built: (sheetName) => `برگه «${sheetName}» ساخته شد.`,
  openSheet: 'باز کردن برگه خلاصه',
  notesHeading: 'یادداشت‌ها',
  selectionEmpty: 'چیزی انتخاب نشده است: ابتدا خانه‌های داده را در برگه انتخاب کنید.',
  selectionKnown: 'محدوده‌های انتخاب‌شده از قبل در فهرست هستند.',
  chooseRanges: 'ابتدا محدوده‌های داده را اضافه کنید: آن‌ها را در برگه انتخاب کنید و «استفاده از انتخاب» را بزنید.',
  chooseKpi: 'دست‌کم یک شاخص انتخاب کنید.',
  fixTargets: 'ابتدا هدف‌هایی را که با رنگ قرمز مشخص شده‌اند اصلاح کنید.',
  selfTestIntro: 'افزونه را در همین صفحه‌گسترده بررسی می‌کند: فرمول‌ها و سه خلاصه را در برگه‌های موقت می‌نویسد، بازمی‌خواند، با نتیجه‌های شناخته‌شده مقایسه می‌کند و هر چه نوشته پاک می‌کند.',
  checking: 'در حال بررسی… در کاربرگ‌نگار Google تا یک دقیقه طول می‌کشد.',
  runAgain: 'بررسی دوباره',
  copyReport: 'رونوشت گزارش',
  copied: 'گزارش رونوشت شد: آن را در پیام یا برگه‌ای بچسبانید.',
  copyHint: 'گزارش زیر را انتخاب و رونوشت کنید (Ctrl+C یا ⌘C).',
  abTestHeading: 'آزمون A/B',
  abTestHint: 'نرخ تبدیل دو نسخه را مقایسه کنید: آیا B از A بهتر است، یا تفاوت تصادفی است؟',
  abTestOff: 'بدون آزمون A/B',
  abTestByRanges: 'دو محدوده، یکی برای هر نسخه',
  abTestByColumn: 'یک محدوده با ستون نسخه',
  abTestA: 'نسخه A (کنترل)',
  abTestB: 'نسخه B',
  abTestColumn: 'ستون نسخه',
  sameRange: 'برای A و B دو محدوده متفاوت انتخاب کنید.',
  fixAbTest: 'ابتدا برای آزمون A/B دو محدوده متفاوت انتخاب کنید.',
  sampleSizeHeading: 'به چند بازدیدکننده نیاز دارم؟',
  sampleSizeHint: 'تعداد بازدیدکنندگانی که هر نسخه لازم دارد تا آزمون A/B تغییری به این اندازه را نشان دهد (آزمون دوطرفه).',
  baselineLabel: 'نرخ تبدیل فعلی',
  effectLabel: 'کوچک‌ترین اثری که ارزش تشخیص دارد',
  effectPoints: 'واحد درصد',
  effectRelative: '٪ از نرخ فعلی',
  powerLabel: 'توان آزمون',
  confidenceLabel: 'سطح اطمینان',
  sampleSizeAnswer: (visitors) => `${visitors} بازدیدکننده برای هر نسخه`,
  sampleSizeProblems: {
    incomplete: 'نرخ تبدیل فعلی و کوچک‌ترین اثری را که ارزش تشخیص دارد وارد کنید.',
    baseline: 'نرخ تبدیل فعلی باید بیشتر از ۰٪ و کمتر از ۱۰۰٪ باشد.',
    effect: 'اثر نباید صفر باشد و نرخ فعلی به‌علاوه اثر باید بین ۰٪ و ۱۰۰٪ بماند.',
    power: 'توان آزمون باید بیشتر از ۵۰٪ و کمتر از ۱۰۰٪ باشد.',
    confidence: 'سطح اطمینان باید بیشتر از ۰٪ و کمتر از ۱۰۰٪ باشد.',
  },
};

const AR: SidebarStrings = {
  title: 'ملخص المؤشرات',
  intro: 'حدّد نطاقات بياناتك، واختر المؤشرات والأهداف، وأنشئ ورقة الملخص. لا تتغير بياناتك أبدًا.',
  languageLabel: 'اللغة',
  rangesHeading: 'نطاقات البيانات',
  useSelection: 'استخدام التحديد',
  noRanges: 'لا نطاقات بعد. حدّد خلايا بياناتك في الورقة (عدة نطاقات في عدة أوراق إن شئت)، ثم اختر "استخدام التحديد".',
  remove: 'إزالة',
  removeRange: (a1) => `إزالة ${a1}`,
  role: 'الدور',
  noRole: '— لا شيء —',
  roleOf: (column) => `دور ${column}`,
  columnTypes: { number: 'رقم', percent: 'نسبة مئوية', money: 'مال', date: 'تاريخ', text: 'نص', empty: 'فارغ' },
  nonBlank: (count) => `خلايا غير فارغة: ${count}`,
  kpisHeading: 'المؤشرات',
  noKpisYet: 'أضف نطاقًا لترى المؤشرات التي تغذيها أعمدته.',
  noKpisAvailable: 'لا يمكن حساب أي مؤشر من هذه الأعمدة بعد: اختر دورًا لكل عمود أعلاه.',
  directions: { maximize: 'الأعلى أفضل', minimize: 'الأقل أفضل', range: 'الأفضل ضمن نطاق (من الأدنى إلى الأعلى)' },
  target: 'الهدف',
  targetLow: 'الأدنى',
  targetHigh: 'الأعلى',
  targetFor: (kpi) => `هدف ${kpi}`,
  targetLowFor: (kpi) => `الحد الأدنى لهدف ${kpi}`,
  targetHighFor: (kpi) => `الحد الأعلى لهدف ${kpi}`,
  targetProblems: {
    percent: 'المؤشرات النسبية وحدها تقبل هدفًا بالنسبة المئوية.',
    bothBounds: 'أدخل الحدين الأدنى والأعلى معًا، أو اتركهما فارغين.',
    lowAboveHigh: 'الحد الأدنى أكبر من الحد الأعلى.',
  },
  unreadableTarget: (example) => `ليس رقمًا: اكتبه مثل ${example}.`,
  variantNames: { unit: 'وحدة الزمن', model: 'نموذج الشراء' },
  calibrationLabel: 'نهاية فترة المعايرة (قيمة بقاء العميل)',
  calibrationHint: (split) => `إذا تُرك فارغًا، يُقسم جدول التتبع عند ${split} (نهاية الشهر الواقع عند ثلثي مدى التواريخ) ويُقدَّر التوقع على كل التواريخ. التاريخ المحدد هنا يُطبَّق على كليهما.`,
  periodHeading: 'الفترة',
  periodHint: 'عمود لكل فترة مع خط اتجاه مصغّر.',
  periods: { none: 'بلا فترة (الإجماليات فقط)', day: 'يوم', week: 'أسبوع', month: 'شهر', quarter: 'ربع سنة', year: 'سنة' },
  calendarLabel: 'التقويم',
  calendars: { gregorian: 'الميلادي', persian: 'الهجري الشمسي' },
  modeHeading: 'صيغ الملخص',
  modes: {
    live: { name: 'حية', sentence: 'دوال المؤشرات الخاصة بنا (=CAC، =NPS …): يُعاد حسابها عند تغير بياناتك لكل من لديه الإضافة.' },
    portable: {
      name: 'قابلة للنقل',
      sentence: 'صيغ جداول بيانات Google الأصلية التي تعمل للمتعاونين دون الإضافة؛ وتبقى حيةً المؤشرات التي لا تستطيع الصيغ الأصلية التحقق من بياناتها.',
    },
    values: { name: 'قيم', sentence: 'لقطة لقيم اليوم لا تتغير أبدًا.' },
  },
  build: 'إنشاء ملخص المؤشرات',
  rebuild: 'إعادة بناء الملخص',
  rebuildHint: 'تم ملء اختيارات آخر ملخص لك: أعد بناءه كما كان، أو غيّرها وأنشئه من جديد.',
  loading: 'جارٍ التحميل…',
  readingSelection: 'جارٍ قراءة التحديد…',
  building: 'جارٍ الإنشاء…',
  rebuilding: 'جارٍ إعادة البناء…',
  built: (sheetName) => `تم إنشاء الورقة "${sheetName}".`,
  openSheet: 'فتح ورقة الملخص',
  notesHeading: 'ملاحظات',
  selectionEmpty: 'لا شيء محدد: حدّد خلايا بياناتك في الورقة أولًا.',
  selectionKnown: 'النطاقات المحددة موجودة في القائمة بالفعل.',
  chooseRanges: 'أضف نطاقات بياناتك أولًا: حدّدها في الورقة واختر "استخدام التحديد".',
  chooseKpi: 'اختر مؤشرًا واحدًا على الأقل.',
  fixTargets: 'صحّح الأهداف المعلَّمة بالأحمر أولًا.',
  selfTestIntro: 'يفحص الإضافة في جدول البيانات هذا: يكتب صيغًا وثلاثة ملخصات في أوراق مؤقتة، ويقرؤها، ويقارنها بنتائج معروفة، ثم يزيل كل ما كتبه.',
  checking: 'جارٍ الفحص… يستغرق ذلك في جداول بيانات Google حتى دقيقة.',
  runAgain: 'افحص مرة أخرى',
  copyReport: 'نسخ التقرير',
  copied: 'نُسخ التقرير: الصقه في رسالة أو ورقة.',
  copyHint: 'حدّد التقرير أدناه وانسخه (Ctrl+C أو ⌘C).',
  abTestHeading: 'اختبار A/B',
  abTestHint: 'قارن معدلي التحويل لنسختين: هل B أفضل من A، أم أن الفرق مجرد مصادفة؟',
  abTestOff: 'بلا اختبار A/B',
  abTestByRanges: 'نطاقان، واحد لكل نسخة',
  abTestByColumn: 'نطاق واحد فيه عمود النسخة',
  abTestA: 'النسخة A (الضابطة)',
  abTestB: 'النسخة B',
  abTestColumn: 'عمود النسخة',
  sameRange: 'اختر نطاقين مختلفين للنسختين A وB.',
  fixAbTest: 'اختر أولًا نطاقين مختلفين لاختبار A/B.',
  sampleSizeHeading: 'كم زائرًا أحتاج؟',
  sampleSizeHint: 'عدد الزوار الذي تحتاجه كل نسخة كي يُظهر اختبار A/B تغيرًا بهذا الحجم (اختبار ثنائي الطرف).',
  baselineLabel: 'معدل التحويل الحالي',
  effectLabel: 'أصغر تأثير يستحق الكشف',
  effectPoints: 'نقاط مئوية',
  effectRelative: '% من المعدل الحالي',
  powerLabel: 'قوة الاختبار',
  confidenceLabel: 'مستوى الثقة',
  sampleSizeAnswer: (visitors) => `عدد الزوار لكل نسخة: ${visitors}`,
  sampleSizeProblems: {
    incomplete: 'أدخل معدل التحويل الحالي وأصغر تأثير يستحق الكشف.',
    baseline: 'يجب أن يكون معدل التحويل الحالي أكبر من 0% وأقل من 100%.',
    effect: 'يجب ألا يكون التأثير صفرًا، وأن يبقى المعدل الحالي مع التأثير بين 0% و100%.',
    power: 'يجب أن تكون قوة الاختبار أكبر من 50% وأقل من 100%.',
    confidence: 'يجب أن يكون مستوى الثقة أكبر من 0% وأقل من 100%.',
  },
};

const RU: SidebarStrings = {
  title: 'Сводка KPI',
  intro: 'Выделите диапазоны с данными, выберите показатели и цели и создайте лист сводки. Ваши данные не меняются.',
  languageLabel: 'Язык',
  rangesHeading: 'Диапазоны данных',
  useSelection: 'Использовать выделение',
  noRanges: 'Диапазонов пока нет. Выделите ячейки с данными на листе (можно несколько диапазонов на разных листах) и нажмите «Использовать выделение».',
  remove: 'Убрать',
  removeRange: (a1) => `Убрать ${a1}`,
  role: 'Роль',
  noRole: '— нет —',
  roleOf: (column) => `Роль столбца ${column}`,
  columnTypes: { number: 'число', percent: 'процент', money: 'деньги', date: 'дата', text: 'текст', empty: 'пусто' },
  nonBlank: (count) => `непустых: ${count}`,
  kpisHeading: 'Показатели',
  noKpisYet: 'Добавьте диапазон, чтобы увидеть показатели, которые можно рассчитать по его столбцам.',
  noKpisAvailable: 'По этим столбцам пока нельзя рассчитать ни один показатель: выберите роль каждого столбца выше.',
  directions: { maximize: 'Чем больше, тем лучше', minimize: 'Чем меньше, тем лучше', range: 'Лучше всего в пределах диапазона (от и до)' },
  target: 'Цель',
  targetLow: 'От',
  targetHigh: 'До',
  targetFor: (kpi) => `Цель: ${kpi}`,
  targetLowFor: (kpi) => `Нижняя граница цели: ${kpi}`,
  targetHighFor: (kpi) => `Верхняя граница цели: ${kpi}`,
  targetProblems: {
    percent: 'Цель в процентах допустима только для процентных показателей.',
    bothBounds: 'Укажите обе границы, нижнюю и верхнюю, или ни одной.',
    lowAboveHigh: 'Нижняя граница больше верхней.',
  },
  unreadableTarget: (example) => `Это не число: введите его так: ${example}.`,
  variantNames: { unit: 'Единица времени', model: 'Модель покупок' },
  calibrationLabel: 'Конец периода калибровки (пожизненная ценность клиента)',
  calibrationHint: (split) => `Если пусто, таблица отслеживания делится по ${split} (конец месяца на двух третях диапазона дат), а прогноз оценивается по всем датам. Заданная здесь дата применяется к обоим.`,
  periodHeading: 'Период',
  periodHint: 'По столбцу на каждый период, с мини-графиком тренда.',
  periods: { none: 'Без периода (только итоги)', day: 'День', week: 'Неделя', month: 'Месяц', quarter: 'Квартал', year: 'Год' },
  calendarLabel: 'Календарь',
  calendars: { gregorian: 'григорианский', persian: 'иранский (солнечная хиджра)' },
  modeHeading: 'Формулы сводки',
  modes: {
    live: { name: 'Живые', sentence: 'Наши функции KPI (=CAC, =NPS …): пересчитываются при изменении данных у всех, у кого есть дополнение.' },
    portable: {
      name: 'Переносимые',
      sentence: 'Встроенные формулы Таблиц, которые работают у соавторов без дополнения; показатели, данные которых встроенные формулы проверить не могут, остаются живыми.',
    },
    values: { name: 'Значения', sentence: 'Снимок сегодняшних значений, который никогда не меняется.' },
  },
  build: 'Создать сводку KPI',
  rebuild: 'Пересобрать сводку',
  rebuildHint: 'Подставлены настройки вашей последней сводки: пересоберите её как была или измените их и создайте заново.',
  loading: 'Загрузка…',
  readingSelection: 'Чтение выделения…',
  building: 'Создание…',
  rebuilding: 'Пересборка…',
  built: (sheetName) => `Лист «${sheetName}» создан.`,
  openSheet: 'Открыть лист сводки',
  notesHeading: 'Примечания',
  selectionEmpty: 'Ничего не выделено: сначала выделите ячейки с данными на листе.',
  selectionKnown: 'Выделенные диапазоны уже в списке.',
  chooseRanges: 'Сначала добавьте диапазоны с данными: выделите их на листе и нажмите «Использовать выделение».',
  chooseKpi: 'Выберите хотя бы один показатель.',
  fixTargets: 'Сначала исправьте цели, отмеченные красным.',
  selfTestIntro: 'Проверяет дополнение в этой таблице: записывает формулы и три сводки на временные листы, читает их обратно, сравнивает с известными результатами и удаляет всё, что записало.',
  checking: 'Проверка… в Google Таблицах это занимает до минуты.',
  runAgain: 'Проверить снова',
  copyReport: 'Копировать отчёт',
  copied: 'Отчёт скопирован: вставьте его в письмо или на лист.',
  copyHint: 'Выделите отчёт ниже и скопируйте его (Ctrl+C или ⌘C).',
  abTestHeading: 'A/B-тест',
  abTestHint: 'Сравните конверсию двух вариантов: лучше ли B, чем A, или разница случайна?',
  abTestOff: 'Без A/B-теста',
  abTestByRanges: 'Два диапазона, по одному на вариант',
  abTestByColumn: 'Один диапазон со столбцом вариантов',
  abTestA: 'Вариант A (контроль)',
  abTestB: 'Вариант B',
  abTestColumn: 'Столбец вариантов',
  sameRange: 'Выберите для A и B два разных диапазона.',
  fixAbTest: 'Сначала выберите для A/B-теста два разных диапазона.',
  sampleSizeHeading: 'Сколько нужно посетителей?',
  sampleSizeHint: 'Сколько посетителей нужно каждому варианту, чтобы A/B-тест показал изменение такого размера (двусторонний тест).',
  baselineLabel: 'Текущая конверсия',
  effectLabel: 'Минимальный эффект, который важно заметить',
  effectPoints: 'процентные пункты',
  effectRelative: '% от текущей конверсии',
  powerLabel: 'Мощность',
  confidenceLabel: 'Уровень доверия',
  sampleSizeAnswer: (visitors) => `Посетителей на вариант: ${visitors}`,
  sampleSizeProblems: {
    incomplete: 'Введите текущую конверсию и минимальный эффект, который важно заметить.',
    baseline: 'Текущая конверсия должна быть больше 0% и меньше 100%.',
    effect: 'Эффект не должен быть нулевым, а конверсия с эффектом должна остаться в пределах от 0% до 100%.',
    power: 'Мощность должна быть больше 50% и меньше 100%.',
    confidence: 'Уровень доверия должен быть больше 0% и меньше 100%.',
  },
};

export const STRINGS: Readonly<Record<Language, SidebarStrings>> = { en: EN, fa: FA, ar: AR, ru: RU };

/** The names of the languages in the switch, each in its own language. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', fa: 'فارسی', ar: 'العربية', ru: 'Русский' };

/** The languages written right to left. */
export const isRightToLeft = (language: Language): boolean => language === 'fa' || language === 'ar';

/** The strings of a language, English for anything else. */
export function stringsFor(language: string | null | undefined): SidebarStrings {
  return language === 'fa' || language === 'ar' || language === 'ru' ? STRINGS[language] : EN;
}
