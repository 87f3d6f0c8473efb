/**
 * Every line the command line prints itself, in the four languages: --help, the usage line, refusals, notes. KPI ids,
 * option names and values, file and folder names stay as written; reasons that come from the summary builder and the
 * file readers arrive already worded and are quoted after the colon.
 */
import type { Language } from '../kpi/types';
import type { OptionName } from './cli-options';

/** A failure the command line reports in one line, without a stack. */
export class UsageError extends Error {}

/** Throws `kpi-sheets: TEXT` as a UsageError (exit status 2). */
export function fail(text: string): never {
  throw new UsageError(`kpi-sheets: ${text}`);
}

export interface CliMessages {
  /** --help, first line: what the command does. */
  readonly about: string;
  readonly usage: string;
  /** The usage line alone, when no command is given. */
  readonly usageShort: string;
  /** --help: what the command reads and writes. */
  readonly details: readonly string[];
  readonly optionsHeading: string;
  readonly examplesHeading: string;
  /** Before an option's example. */
  readonly example: string;
  readonly defaultIs: (value: string) => string;
  /** What -h, --help does. */
  readonly help: string;
  /** One line per option: what it sets. */
  readonly options: Readonly<Record<OptionName, string>>;
  /** `a, b or c`. */
  readonly list: (items: readonly string[]) => string;
  /** Between listed ranges. */
  readonly comma: string;
  readonly unknownOption: (flag: string) => string;
  readonly needsValue: (flag: string) => string;
  readonly notOneOf: (flag: string, value: string, allowed: string) => string;
  readonly badTarget: (value: string) => string;
  readonly unknownCommand: (command: string) => string;
  readonly missingInput: string;
  readonly extraArgument: (argument: string) => string;
  readonly outRequired: string;
  readonly outNotXlsx: (out: string, suggestion: string) => string;
  readonly noSuchFile: (path: string) => string;
  readonly inputIsFolder: (path: string) => string;
  readonly tooBig: (path: string, size: string, bound: string) => string;
  readonly cannotRead: (path: string, reason: string) => string;
  readonly outIsInput: (out: string) => string;
  readonly folderMissing: (out: string, folder: string) => string;
  readonly notAFolder: (out: string, folder: string) => string;
  readonly outIsFolder: (out: string) => string;
  readonly folderReadOnly: (out: string, folder: string) => string;
  readonly cannotWrite: (path: string, reason: string) => string;
  readonly permissionDenied: string;
  readonly noSpace: string;
  readonly unknownKpi: (id: string) => string;
  readonly tableKpi: (id: string) => string;
  /** `needs` is the builder's "needs a leads column", in this language. */
  readonly kpiNeeds: (id: string, needs: string, input: string) => string;
  readonly noKpi: (input: string) => string;
  readonly cannotAdd: (input: string, reason: string) => string;
  /** The line of a written summary; `mode` stays the option's value. */
  readonly wrote: (out: string, sheet: string, count: number, mode: string, ranges: string) => string;
  readonly liveAsValues: string;
  readonly leftOut: (id: string, problem: string) => string;
  readonly note: (text: string) => string;
}

/** `a, b or c` with the language's comma and word for "or". */
const joinOr = (comma: string, or: string) => (items: readonly string[]): string =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(comma)}${or}${items[items.length - 1]}`;

const USAGE_ARGS = 'kpi-sheets summary INPUT.xlsx|INPUT.csv --out OUTPUT.xlsx';

const EN: CliMessages = {
  about: 'kpi-sheets: a KPI Summary sheet from the data in an .xlsx or .csv file, written to an .xlsx workbook.',
  usage: `usage: ${USAGE_ARGS} [options]`,
  usageShort: `usage: ${USAGE_ARGS} [options]; kpi-sheets --help lists the options`,
  details: [
    'Every sheet of INPUT is read (its used range); the columns are recognised from their headers',
    '(English, Persian, Arabic or Russian), and the summary gets one row per KPI and table.',
    'From an .xlsx the output is the same workbook with the summary sheet added; from a .csv, a new workbook.',
    'The input file is never changed. A file has no add-on: live formulas are saved as values.',
  ],
  optionsHeading: 'options:',
  examplesHeading: 'examples:',
  example: 'e.g.',
  defaultIs: (value) => `(default: ${value})`,
  help: 'this help, in the language of --lang or of the system',
  options: {
    out: 'the workbook to write: an .xlsx file other than the input (required)',
    kpis: 'the KPIs to write, by id, separated by commas; without it, every KPI the columns feed and the data can compute',
    mode: 'portable: native formulas every spreadsheet program computes; values: the numbers only; live: our functions, saved as values in a file',
    period: 'one column per period (day, week, month, quarter or year) of the dates in the data, or none',
    calendar: 'the calendar of the periods: gregorian, or persian (Solar Hijri); default: the locale\'s (persian for fa_IR)',
    lang: 'the language of the summary and of these messages (without it, the system language, from LC_ALL, LC_MESSAGES or LANG)',
    target: 'a target for one KPI: a number, or a low..high band; give it once per KPI',
    locale: 'the locale the data was typed in: how numbers and dates written as text are read',
    'time-zone': 'the time zone of the dates in the data, by its standard name',
  },
  list: joinOr(', ', ' or '),
  comma: ', ',
  unknownOption: (flag) => `unknown option ${flag}; kpi-sheets --help lists the options`,
  needsValue: (flag) => `${flag} needs a value; see kpi-sheets --help`,
  notOneOf: (flag, value, allowed) => `${flag} is "${value}", expected ${allowed}`,
  badTarget: (value) => `--target is "${value}", expected ID=number or ID=low..high`,
  unknownCommand: (command) => `unknown command ${command}; the command is summary: kpi-sheets summary INPUT --out OUTPUT.xlsx`,
  missingInput: 'summary needs an INPUT.xlsx or INPUT.csv file: kpi-sheets summary INPUT --out OUTPUT.xlsx',
  extraArgument: (argument) => `unexpected argument ${argument}: summary reads one INPUT file`,
  outRequired: '--out OUTPUT.xlsx is required',
  outNotXlsx: (out, suggestion) => `--out ${out}: the output is an .xlsx workbook; name it ${suggestion}`,
  noSuchFile: (path) => `cannot read ${path}: no such file`,
  inputIsFolder: (path) => `cannot read ${path}: it is a folder`,
  tooBig: (path, size, bound) => `cannot read ${path}: it is ${size}, over the bound of ${bound}`,
  cannotRead: (path, reason) => `cannot read ${path}: ${reason}`,
  outIsInput: (out) => `--out ${out} is the input file; choose another name`,
  folderMissing: (out, folder) => `cannot write ${out}: folder ${folder} does not exist`,
  notAFolder: (out, folder) => `cannot write ${out}: ${folder} is a file, not a folder`,
  outIsFolder: (out) => `cannot write ${out}: it is a folder`,
  folderReadOnly: (out, folder) => `cannot write ${out}: no permission to write in folder ${folder}`,
  cannotWrite: (path, reason) => `cannot write ${path}: ${reason}`,
  permissionDenied: 'permission denied',
  noSpace: 'no space left on the device',
  unknownKpi: (id) => `unknown KPI id ${id}`,
  tableKpi: (id) => `${id} cannot be written in a summary (it is a table function; type it in a cell)`,
  kpiNeeds: (id, needs, input) => `${id} ${needs} in ${input}`,
  noKpi: (input) => `no KPI can be computed from ${input}: give its columns headers such as Cost, Leads or Revenue`,
  cannotAdd: (input, reason) => `cannot add the summary to ${input}: ${reason}`,
  wrote: (out, sheet, count, mode, ranges) => `${out}: "${sheet}" with ${count} KPIs (${mode}) from ${ranges}`,
  liveAsValues: 'live formulas need the add-on, so the live summary was saved as values',
  leftOut: (id, problem) => `${id} is left out: ${problem}`,
  note: (text) => `note: ${text}`,
};

const FA: CliMessages = {
  about: 'kpi-sheets: برگهٔ خلاصهٔ شاخص‌ها از داده‌های یک فایل .xlsx یا .csv، نوشته‌شده در یک کارپوشهٔ .xlsx.',
  usage: `کاربرد: ${USAGE_ARGS} [گزینه‌ها]`,
  usageShort: `کاربرد: ${USAGE_ARGS} [گزینه‌ها]؛ فهرست گزینه‌ها: kpi-sheets --help`,
  details: [
    'همهٔ برگه‌های INPUT (محدودهٔ پرشدهٔ هر کدام) خوانده می‌شوند؛ ستون‌ها از سرستون‌هایشان',
    '(فارسی، انگلیسی، عربی یا روسی) شناخته می‌شوند و خلاصه برای هر شاخص و جدول یک ردیف دارد.',
    'از فایل .xlsx، خروجی همان کارپوشه است با برگهٔ خلاصه‌ای که به آن افزوده شده؛ از فایل .csv، کارپوشه‌ای تازه.',
    'فایل ورودی هرگز تغییر نمی‌کند. فایل افزونه ندارد: فرمول‌های زنده به صورت مقدار ذخیره می‌شوند.',
  ],
  optionsHeading: 'گزینه‌ها:',
  examplesHeading: 'نمونه‌ها:',
  example: 'مثال:',
  defaultIs: (value) => `(پیش‌فرض: ${value})`,
  help: 'همین راهنما، به زبان --lang یا زبان سیستم',
  options: {
    out: 'کارپوشه‌ای که نوشته می‌شود: یک فایل .xlsx غیر از فایل ورودی (الزامی)',
    kpis: 'شاخص‌هایی که نوشته می‌شوند، با شناسه و جداشده با ویرگول؛ بدون آن، هر شاخصی که ستون‌ها داده‌اش را دارند و بر این داده‌ها محاسبه‌پذیر است',
    mode: 'portable: فرمول‌های بومی که هر برنامهٔ صفحه‌گسترده محاسبه می‌کند؛ values: فقط اعداد؛ live: توابع ما، که در فایل به صورت مقدار ذخیره می‌شوند',
    period: 'برای هر دوره (روز، هفته، ماه، سه‌ماهه یا سال) از تاریخ‌های داده یک ستون، یا none',
    calendar: 'تقویم دوره‌ها: gregorian (میلادی) یا persian (هجری خورشیدی)؛ پیش‌فرض: تقویم منطقه (هجری خورشیدی برای ایران)',
    lang: 'زبان خلاصه و همین پیام‌ها (بدون آن، زبان سیستم، از LC_ALL، LC_MESSAGES یا LANG)',
    target: 'هدف یک شاخص: یک عدد، یا بازه‌ای به شکل پایین..بالا؛ برای هر شاخص یک بار',
    locale: 'زبان و منطقه‌ای که داده‌ها با آن وارد شده‌اند: تعیین می‌کند اعداد و تاریخ‌هایی که به صورت متن نوشته شده‌اند چگونه خوانده شوند',
    'time-zone': 'منطقهٔ زمانی تاریخ‌های داده، با نام استانداردش',
  },
  list: joinOr('، ', ' یا '),
  comma: '، ',
  unknownOption: (flag) => `گزینهٔ ناشناخته ${flag}؛ فهرست گزینه‌ها: kpi-sheets --help`,
  needsValue: (flag) => `${flag} به یک مقدار نیاز دارد؛ راهنما: kpi-sheets --help`,
  notOneOf: (flag, value, allowed) => `${flag} برابر «${value}» است؛ باید یکی از ${allowed} باشد`,
  badTarget: (value) => `--target برابر «${value}» است؛ باید به شکل ID=عدد یا ID=پایین..بالا باشد`,
  unknownCommand: (command) => `فرمان ناشناخته ${command}؛ فرمان summary است: kpi-sheets summary INPUT --out OUTPUT.xlsx`,
  missingInput: 'summary به یک فایل INPUT.xlsx یا INPUT.csv نیاز دارد: kpi-sheets summary INPUT --out OUTPUT.xlsx',
  extraArgument: (argument) => `آرگومان اضافی ${argument}: summary یک فایل ورودی می‌خواند`,
  outRequired: '--out OUTPUT.xlsx الزامی است',
  outNotXlsx: (out, suggestion) => `--out ${out}: خروجی یک کارپوشهٔ .xlsx است؛ نامش را ${suggestion} بگذارید`,
  noSuchFile: (path) => `خواندن ${path} ممکن نیست: چنین فایلی وجود ندارد`,
  inputIsFolder: (path) => `خواندن ${path} ممکن نیست: یک پوشه است`,
  tooBig: (path, size, bound) => `خواندن ${path} ممکن نیست: حجمش ${size} است، بیش از سقف ${bound}`,
  cannotRead: (path, reason) => `خواندن ${path} ممکن نیست: ${reason}`,
  outIsInput: (out) => `--out ${out} همان فایل ورودی است؛ نام دیگری انتخاب کنید`,
  folderMissing: (out, folder) => `نوشتن ${out} ممکن نیست: پوشهٔ ${folder} وجود ندارد`,
  notAFolder: (out, folder) => `نوشتن ${out} ممکن نیست: ${folder} یک فایل است، نه پوشه`,
  outIsFolder: (out) => `نوشتن ${out} ممکن نیست: یک پوشه است`,
  folderReadOnly: (out, folder) => `نوشتن ${out} ممکن نیست: اجازهٔ نوشتن در پوشهٔ ${folder} وجود ندارد`,
  cannotWrite: (path, reason) => `نوشتن ${path} ممکن نیست: ${reason}`,
  permissionDenied: 'اجازهٔ دسترسی وجود ندارد',
  noSpace: 'فضای خالی روی دستگاه نمانده است',
  unknownKpi: (id) => `شناسهٔ شاخص ناشناخته ${id}`,
  tableKpi: (id) => `${id} در خلاصه نوشته نمی‌شود (تابع جدولی است؛ آن را در یک خانه بنویسید)`,
  kpiNeeds: (id, needs, input) => `${id} در ${input} ${needs}`,
  noKpi: (input) => `هیچ شاخصی از ${input} محاسبه‌پذیر نیست: به ستون‌هایش سرستون‌هایی مانند هزینه، سرنخ یا درآمد بدهید`,
  cannotAdd: (input, reason) => `افزودن خلاصه به ${input} ممکن نیست: ${reason}`,
  wrote: (out, sheet, count, mode, ranges) => `${out}: «${sheet}» با ${count} شاخص (${mode}) از ${ranges}`,
  liveAsValues: 'فرمول‌های زنده به افزونه نیاز دارند، پس خلاصهٔ زنده به صورت مقدار ذخیره شد',
  leftOut: (id, problem) => `${id} کنار گذاشته شد: ${problem}`,
  note: (text) => `یادداشت: ${text}`,
};

const AR: CliMessages = {
  about: 'kpi-sheets: ورقة ملخص المؤشرات من بيانات ملف .xlsx أو .csv، تُكتب في مصنف .xlsx.',
  usage: `الاستخدام: ${USAGE_ARGS} [خيارات]`,
  usageShort: `الاستخدام: ${USAGE_ARGS} [خيارات]؛ قائمة الخيارات: kpi-sheets --help`,
  details: [
    'تُقرأ كل أوراق INPUT (النطاق المستخدم في كل منها)؛ وتُعرف الأعمدة من عناوينها',
    '(بالعربية أو الإنجليزية أو الفارسية أو الروسية)، ويضم الملخص صفًا لكل مؤشر وجدول.',
    'من ملف .xlsx يكون الناتج المصنف نفسه مضافًا إليه ورقة الملخص؛ ومن ملف .csv مصنفًا جديدًا.',
    'لا يتغير ملف الإدخال أبدًا. لا توجد الإضافة في الملف: تُحفظ الصيغ الحية كقيم.',
  ],
  optionsHeading: 'الخيارات:',
  examplesHeading: 'أمثلة:',
  example: 'مثال:',
  defaultIs: (value) => `(الافتراضي: ${value})`,
  help: 'هذه المساعدة، بلغة --lang أو بلغة النظام',
  options: {
    out: 'المصنف الذي يُكتب: ملف .xlsx غير ملف الإدخال (إلزامي)',
    kpis: 'المؤشرات التي تُكتب، بمعرّفاتها مفصولة بفواصل؛ بدونه، كل مؤشر تغذيه الأعمدة ويمكن حسابه من البيانات',
    mode: 'portable: صيغ أصلية يحسبها كل برنامج جداول بيانات؛ values: الأرقام فقط؛ live: دوالنا، وتُحفظ كقيم في الملف',
    period: 'عمود لكل فترة (يوم أو أسبوع أو شهر أو ربع سنة أو سنة) من تواريخ البيانات، أو none',
    calendar: 'تقويم الفترات: gregorian (الميلادي) أو persian (الهجري الشمسي)؛ الافتراضي: تقويم الإعدادات المحلية (الهجري الشمسي لإيران)',
    lang: 'لغة الملخص وهذه الرسائل (بدونه، لغة النظام، من LC_ALL أو LC_MESSAGES أو LANG)',
    target: 'هدف لمؤشر واحد: رقم، أو نطاق على شكل أدنى..أعلى؛ مرة واحدة لكل مؤشر',
    locale: 'الإعداد المحلي الذي أُدخلت به البيانات: يحدد كيف تُقرأ الأرقام والتواريخ المكتوبة كنص',
    'time-zone': 'المنطقة الزمنية لتواريخ البيانات، باسمها القياسي',
  },
  list: joinOr('، ', ' أو '),
  comma: '، ',
  unknownOption: (flag) => `خيار غير معروف ${flag}؛ قائمة الخيارات: kpi-sheets --help`,
  needsValue: (flag) => `يحتاج ${flag} إلى قيمة؛ المساعدة: kpi-sheets --help`,
  notOneOf: (flag, value, allowed) => `قيمة ${flag} هي «${value}»، والمتوقع ${allowed}`,
  badTarget: (value) => `قيمة --target هي «${value}»، والمتوقع ID=رقم أو ID=أدنى..أعلى`,
  unknownCommand: (command) => `أمر غير معروف ${command}؛ الأمر هو summary: kpi-sheets summary INPUT --out OUTPUT.xlsx`,
  missingInput: 'يحتاج summary إلى ملف INPUT.xlsx أو INPUT.csv: kpi-sheets summary INPUT --out OUTPUT.xlsx',
  extraArgument: (argument) => `وسيط غير متوقع ${argument}: يقرأ summary ملف إدخال واحدًا`,
  outRequired: 'الخيار --out OUTPUT.xlsx إلزامي',
  outNotXlsx: (out, suggestion) => `--out ${out}: الناتج مصنف .xlsx؛ سمّه ${suggestion}`,
  noSuchFile: (path) => `تعذرت قراءة ${path}: الملف غير موجود`,
  inputIsFolder: (path) => `تعذرت قراءة ${path}: إنه مجلد`,
  tooBig: (path, size, bound) => `تعذرت قراءة ${path}: حجمه ${size}، وهو أكبر من الحد ${bound}`,
  cannotRead: (path, reason) => `تعذرت قراءة ${path}: ${reason}`,
  outIsInput: (out) => `--out ${out} هو ملف الإدخال نفسه؛ اختر اسمًا آخر`,
  folderMissing: (out, folder) => `تعذرت كتابة ${out}: المجلد ${folder} غير موجود`,
  notAFolder: (out, folder) => `تعذرت كتابة ${out}: ${folder} ملف وليس مجلدًا`,
  outIsFolder: (out) => `تعذرت كتابة ${out}: إنه مجلد`,
  folderReadOnly: (out, folder) => `تعذرت كتابة ${out}: لا يوجد إذن بالكتابة في المجلد ${folder}`,
  cannotWrite: (path, reason) => `تعذرت كتابة ${path}: ${reason}`,
  permissionDenied: 'الإذن مرفوض',
  noSpace: 'لا توجد مساحة متبقية على الجهاز',
  unknownKpi: (id) => `معرّف مؤشر غير معروف ${id}`,
  tableKpi: (id) => `لا يمكن كتابة ${id} في ملخص (إنه دالة جدول؛ اكتبها في خلية)`,
  kpiNeeds: (id, needs, input) => `${id} ${needs} في ${input}`,
  noKpi: (input) => `لا يمكن حساب أي مؤشر من ${input}: أعطِ أعمدته عناوين مثل التكلفة أو العملاء المحتملون أو الإيرادات`,
  cannotAdd: (input, reason) => `تعذرت إضافة الملخص إلى ${input}: ${reason}`,
  wrote: (out, sheet, count, mode, ranges) => `${out}: «${sheet}» (عدد المؤشرات: ${count}، ${mode}) من ${ranges}`,
  liveAsValues: 'الصيغ الحية تحتاج إلى الإضافة، لذا حُفظ الملخص الحي كقيم',
  leftOut: (id, problem) => `استُبعد ${id}: ${problem}`,
  note: (text) => `ملاحظة: ${text}`,
};

const RU: CliMessages = {
  about: 'kpi-sheets: лист сводки KPI по данным файла .xlsx или .csv, записанный в книгу .xlsx.',
  usage: `использование: ${USAGE_ARGS} [параметры]`,
  usageShort: `использование: ${USAGE_ARGS} [параметры]; список параметров: kpi-sheets --help`,
  details: [
    'Читаются все листы INPUT (их заполненные диапазоны); столбцы распознаются по заголовкам',
    '(на русском, английском, персидском или арабском), в сводке по строке на каждый KPI и таблицу.',
    'Из .xlsx получается та же книга с добавленным листом сводки, из .csv — новая книга.',
    'Входной файл никогда не меняется. В файле нет дополнения: живые формулы сохраняются как значения.',
  ],
  optionsHeading: 'параметры:',
  examplesHeading: 'примеры:',
  example: 'например:',
  defaultIs: (value) => `(по умолчанию: ${value})`,
  help: 'эта справка на языке --lang или системы',
  options: {
    out: 'книга, которая будет записана: файл .xlsx, отличный от входного (обязательно)',
    kpis: 'KPI для сводки — идентификаторы через запятую; без него — все KPI, для которых есть столбцы и которые вычисляются по этим данным',
    mode: 'portable: встроенные формулы, которые считает любая программа электронных таблиц; values: только числа; live: наши функции, в файле сохраняются как значения',
    period: 'по столбцу на каждый период (день, неделя, месяц, квартал или год) дат в данных, или none',
    calendar: 'календарь периодов: gregorian (григорианский) или persian (солнечная хиджра); по умолчанию — календарь локали (для Ирана — солнечная хиджра)',
    lang: 'язык сводки и этих сообщений (без него — язык системы из LC_ALL, LC_MESSAGES или LANG)',
    target: 'цель для одного KPI: число или диапазон нижняя..верхняя; по одному разу на каждый KPI',
    locale: 'локаль, в которой введены данные: определяет, как читаются числа и даты, записанные текстом',
    'time-zone': 'часовой пояс дат в данных, по его стандартному имени',
  },
  list: joinOr(', ', ' или '),
  comma: ', ',
  unknownOption: (flag) => `неизвестный параметр ${flag}; список параметров: kpi-sheets --help`,
  needsValue: (flag) => `для ${flag} нужно значение; справка: kpi-sheets --help`,
  notOneOf: (flag, value, allowed) => `${flag} равно «${value}», ожидается ${allowed}`,
  badTarget: (value) => `--target равно «${value}», ожидается ID=число или ID=нижняя..верхняя`,
  unknownCommand: (command) => `неизвестная команда ${command}; команда — summary: kpi-sheets summary INPUT --out OUTPUT.xlsx`,
  missingInput: 'для summary нужен файл INPUT.xlsx или INPUT.csv: kpi-sheets summary INPUT --out OUTPUT.xlsx',
  extraArgument: (argument) => `лишний аргумент ${argument}: summary читает один входной файл`,
  outRequired: 'нужен параметр --out OUTPUT.xlsx',
  outNotXlsx: (out, suggestion) => `--out ${out}: результат — книга .xlsx; назовите файл ${suggestion}`,
  noSuchFile: (path) => `не удалось прочитать ${path}: такого файла нет`,
  inputIsFolder: (path) => `не удалось прочитать ${path}: это папка`,
  tooBig: (path, size, bound) => `не удалось прочитать ${path}: его размер ${size}, больше предела ${bound}`,
  cannotRead: (path, reason) => `не удалось прочитать ${path}: ${reason}`,
  outIsInput: (out) => `--out ${out} — это входной файл; выберите другое имя`,
  folderMissing: (out, folder) => `не удалось записать ${out}: папки ${folder} нет`,
  notAFolder: (out, folder) => `не удалось записать ${out}: ${folder} — файл, а не папка`,
  outIsFolder: (out) => `не удалось записать ${out}: это папка`,
  folderReadOnly: (out, folder) => `не удалось записать ${out}: нет прав на запись в папку ${folder}`,
  cannotWrite: (path, reason) => `не удалось записать ${path}: ${reason}`,
  permissionDenied: 'нет прав доступа',
  noSpace: 'на устройстве не осталось места',
  unknownKpi: (id) => `неизвестный идентификатор KPI ${id}`,
  tableKpi: (id) => `${id} нельзя записать в сводку (это табличная функция; введите её в ячейку)`,
  kpiNeeds: (id, needs, input) => `${id}: ${needs} в ${input}`,
  noKpi: (input) => `по ${input} нельзя вычислить ни один KPI: дайте столбцам заголовки вроде «Расходы», «Лиды» или «Выручка»`,
  cannotAdd: (input, reason) => `не удалось добавить сводку в ${input}: ${reason}`,
  wrote: (out, sheet, count, mode, ranges) => `${out}: «${sheet}», KPI: ${count} (${mode}), из ${ranges}`,
  liveAsValues: 'живым формулам нужно дополнение, поэтому живая сводка сохранена как значения',
  leftOut: (id, problem) => `${id} не включён: ${problem}`,
  note: (text) => `примечание: ${text}`,
};

export const CLI_MESSAGES: Readonly<Record<Language, CliMessages>> = { en: EN, fa: FA, ar: AR, ru: RU };
