/**
 * The reasons a sidebar request is refused, in the four languages. A message is `field: reason`: the field stays its
 * id (ranges[0], targets["CAC"], period: part of the contract), the reason is translated; `shown` is user input
 * already quoted and cut to one short line.
 */
import type { Language } from '../kpi/types';

export interface RequestMessages {
  readonly missing: string;
  readonly notText: (shown: string) => string;
  readonly notList: (shown: string) => string;
  readonly notRecord: (shown: string) => string;
  readonly empty: string;
  readonly tooMany: (max: number) => string;
  readonly notOneOf: (shown: string, allowed: string) => string;
  readonly notNumber: (shown: string) => string;
  readonly notWhole: (shown: string) => string;
  readonly notA1: (shown: string) => string;
  readonly badRoleKey: (shown: string, ranges: number) => string;
  readonly notRole: (shown: string) => string;
  readonly unknownKpi: (shown: string) => string;
  readonly duplicate: (shown: string) => string;
  readonly pairForSingle: string;
  readonly needsPair: string;
  readonly lowAboveHigh: (low: string, high: string) => string;
  readonly noTarget: string;
  readonly noVariant: string;
  readonly notRangeIndex: (shown: string, ranges: number) => string;
  readonly sameRange: string;
  readonly abTestShape: string;
  readonly notDate: (shown: string) => string;
  /** A calibration end on or outside the first and last dates of the customers' transactions. */
  readonly outsideDates: (shown: string, first: string, last: string) => string;
  /** Why a saved request cannot be read at all. */
  readonly unreadable: string;
  /** The one line the user gets when the saved request was corrupt and has been deleted; `reason` is a message above. */
  readonly discarded: (reason: string) => string;
}

export const REQUEST_MESSAGES: Readonly<Record<Language, RequestMessages>> = {
  en: {
    missing: 'is missing',
    notText: (shown) => `must be text, not ${shown}`,
    notList: (shown) => `must be a list, not ${shown}`,
    notRecord: (shown) => `must be a set of named values, not ${shown}`,
    empty: 'must not be empty',
    tooMany: (max) => `has more than ${max} entries`,
    notOneOf: (shown, allowed) => `${shown} is not one of ${allowed}`,
    notNumber: (shown) => `${shown} is not a finite number`,
    notWhole: (shown) => `${shown} is not a whole number`,
    notA1: (shown) => `${shown} is not a range with its sheet, such as 'Sheet1'!A1:D90`,
    badRoleKey: (shown, ranges) => `${shown} is not a "range:column" key of one of the ${ranges} ranges`,
    notRole: (shown) => `${shown} is not a column role`,
    unknownKpi: (shown) => `${shown} is not a KPI the summary can write`,
    duplicate: (shown) => `${shown} is listed twice`,
    pairForSingle: 'takes one number, not a [low, high] pair',
    needsPair: 'takes a [low, high] pair of numbers',
    lowAboveHigh: (low, high) => `the low bound ${low} is above the high bound ${high}`,
    noTarget: 'a table takes no target',
    noVariant: 'this KPI has no variant to choose',
    notRangeIndex: (shown, ranges) => `${shown} is not the index of one of the ${ranges} ranges (0 is the first)`,
    sameRange: 'variants A and B must be two different ranges',
    abTestShape: 'takes either two ranges {a, b} or a variant column {variantColumn}',
    notDate: (shown) => `${shown} is not a date written like 2024-03-31`,
    outsideDates: (shown, first, last) => `${shown} is not strictly between the first date ${first} and the last date ${last} of the transactions`,
    unreadable: 'it is not readable JSON',
    discarded: (reason) => `The saved summary request was damaged (${reason}) and has been discarded: choose "Build KPI summary" to build it again.`,
  },
  fa: {
    missing: 'داده نشده است',
    notText: (shown) => `باید متن باشد، نه ${shown}`,
    notList: (shown) => `باید فهرست باشد، نه ${shown}`,
    notRecord: (shown) => `باید مجموعه‌ای از مقادیر نام‌دار باشد، نه ${shown}`,
    empty: 'نباید خالی باشد',
    tooMany: (max) => `بیش از ${max} مورد دارد`,
    notOneOf: (shown, allowed) => `${shown} یکی از ${allowed} نیست`,
    notNumber: (shown) => `${shown} یک عدد متناهی نیست`,
    notWhole: (shown) => `${shown} یک عدد صحیح نیست`,
    notA1: (shown) => `${shown} محدوده‌ای همراه با نام برگه‌اش نیست، مانند 'Sheet1'!A1:D90`,
    badRoleKey: (shown, ranges) => `${shown} کلید «محدوده:ستون» یکی از ${ranges} محدوده نیست`,
    notRole: (shown) => `${shown} یکی از نقش‌های ستون نیست`,
    unknownKpi: (shown) => `${shown} شاخصی نیست که خلاصه بتواند بنویسد`,
    duplicate: (shown) => `${shown} دو بار آمده است`,
    pairForSingle: 'یک عدد می‌گیرد، نه جفت [پایین، بالا]',
    needsPair: 'یک جفت عدد [پایین، بالا] می‌گیرد',
    lowAboveHigh: (low, high) => `کران پایین ${low} از کران بالا ${high} بزرگ‌تر است`,
    noTarget: 'جدول هدف نمی‌گیرد',
    noVariant: 'این شاخص گونه‌ای برای انتخاب ندارد',
    notRangeIndex: (shown, ranges) => `${shown} شماره یکی از ${ranges} محدوده نیست (۰ اولی است)`,
    sameRange: 'نسخه‌های A و B باید دو محدوده متفاوت باشند',
    abTestShape: 'یا دو محدوده {a, b} می‌گیرد یا یک ستون نسخه {variantColumn}',
    notDate: (shown) => `${shown} تاریخی به شکل 2024-03-31 نیست`,
    outsideDates: (shown, first, last) => `${shown} پس از نخستین تاریخ ${first} و پیش از آخرین تاریخ ${last} تراکنش‌ها نیست`,
    unreadable: 'JSON خوانا نیست',
    discarded: (reason) => `درخواست ذخیره‌شده خلاصه خراب بود (${reason}) و کنار گذاشته شد: برای ساخت دوباره «ساخت خلاصه شاخص‌ها» را انتخاب کنید.`,
  },
  ar: {
    missing: 'غير موجود',
    notText: (shown) => `يجب أن يكون نصًا، وليس ${shown}`,
    notList: (shown) => `يجب أن يكون قائمة، وليس ${shown}`,
    notRecord: (shown) => `يجب أن يكون مجموعة من القيم المسماة، وليس ${shown}`,
    empty: 'يجب ألا يكون فارغًا',
    tooMany: (max) => `يحتوي على أكثر من ${max} عنصر`,
    notOneOf: (shown, allowed) => `${shown} ليس من بين ${allowed}`,
    notNumber: (shown) => `${shown} ليس عددًا منتهيًا`,
    notWhole: (shown) => `${shown} ليس عددًا صحيحًا`,
    notA1: (shown) => `${shown} ليس نطاقًا مع اسم ورقته، مثل 'Sheet1'!A1:D90`,
    badRoleKey: (shown, ranges) => `${shown} ليس مفتاح "نطاق:عمود" لأحد النطاقات الـ ${ranges}`,
    notRole: (shown) => `${shown} ليس من أدوار الأعمدة`,
    unknownKpi: (shown) => `${shown} ليس مؤشرًا يمكن للملخص كتابته`,
    duplicate: (shown) => `${shown} مذكور مرتين`,
    pairForSingle: 'يأخذ رقمًا واحدًا، وليس زوجًا [أدنى، أعلى]',
    needsPair: 'يأخذ زوجًا من الأرقام [أدنى، أعلى]',
    lowAboveHigh: (low, high) => `الحد الأدنى ${low} أعلى من الحد الأعلى ${high}`,
    noTarget: 'الجدول لا يأخذ هدفًا',
    noVariant: 'لا يوجد لهذا المؤشر خيار للاختيار',
    notRangeIndex: (shown, ranges) => `${shown} ليس رقم أحد النطاقات الـ ${ranges} (0 هو الأول)`,
    sameRange: 'يجب أن تكون النسختان A وB نطاقين مختلفين',
    abTestShape: 'يأخذ إما نطاقين {a, b} أو عمود نسخ {variantColumn}',
    notDate: (shown) => `${shown} ليس تاريخًا مكتوبًا بصيغة 2024-03-31`,
    outsideDates: (shown, first, last) => `${shown} ليس بعد أول تاريخ ${first} وقبل آخر تاريخ ${last} للمعاملات`,
    unreadable: 'ليس JSON مقروءًا',
    discarded: (reason) => `كان طلب الملخص المحفوظ تالفًا (${reason}) وتم حذفه: اختر "إنشاء ملخص المؤشرات" لإنشائه من جديد.`,
  },
  ru: {
    missing: 'отсутствует',
    notText: (shown) => `должно быть текстом, а не ${shown}`,
    notList: (shown) => `должно быть списком, а не ${shown}`,
    notRecord: (shown) => `должно быть набором именованных значений, а не ${shown}`,
    empty: 'не должно быть пустым',
    tooMany: (max) => `содержит больше ${max} элементов`,
    notOneOf: (shown, allowed) => `${shown} — не одно из значений ${allowed}`,
    notNumber: (shown) => `${shown} — не конечное число`,
    notWhole: (shown) => `${shown} — не целое число`,
    notA1: (shown) => `${shown} — не диапазон с именем листа, например 'Sheet1'!A1:D90`,
    badRoleKey: (shown, ranges) => `${shown} — не ключ «диапазон:столбец» одного из ${ranges} диапазонов`,
    notRole: (shown) => `${shown} — не роль столбца`,
    unknownKpi: (shown) => `${shown} — не KPI, который может войти в сводку`,
    duplicate: (shown) => `${shown} указан дважды`,
    pairForSingle: 'принимает одно число, а не пару [нижняя, верхняя]',
    needsPair: 'принимает пару чисел [нижняя, верхняя]',
    lowAboveHigh: (low, high) => `нижняя граница ${low} больше верхней ${high}`,
    noTarget: 'у таблицы нет цели',
    noVariant: 'у этого KPI нет варианта для выбора',
    notRangeIndex: (shown, ranges) => `${shown} — не номер одного из ${ranges} диапазонов (0 — первый)`,
    sameRange: 'варианты A и B должны быть двумя разными диапазонами',
    abTestShape: 'принимает либо два диапазона {a, b}, либо столбец вариантов {variantColumn}',
    notDate: (shown) => `${shown} — не дата вида 2024-03-31`,
    outsideDates: (shown, first, last) => `${shown} — не строго между первой датой ${first} и последней датой ${last} транзакций`,
    unreadable: 'это не читаемый JSON',
    discarded: (reason) => `Сохранённый запрос сводки был повреждён (${reason}) и удалён: выберите «Создать сводку KPI», чтобы собрать её заново.`,
  },
};
