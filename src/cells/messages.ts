/** Every error message of the custom functions, in the four languages; `{name}` marks a slot. */
import { listText, type Language } from '../kpi/types';

export type MessageKey =
  | 'date_not_number'
  | 'error_value'
  | 'unreadable_number'
  | 'out_of_domain'
  | 'missing'
  | 'no_number'
  | 'not_vector'
  | 'bad_option'
  | 'text_not_date'
  | 'impossible_jalali_date'
  | 'blank_date'
  | 'number_not_date'
  | 'divide_by_zero'
  | 'no_data'
  | 'negative_result'
  | 'not_ascending'
  | 'lengths_differ'
  | 'no_repeat_customers'
  | 'no_variation'
  | 'fit_did_not_converge'
  | 'survival_not_decreasing'
  | 'too_few_periods'
  | 'no_closed_rows'
  | 'blank_cell'
  | 'invalid_value'
  | 'no_outcome_labels'
  | 'unknown_stage'
  | 'part_exceeds_whole'
  | 'too_few_values'
  | 'no_change'
  | 'rate_out_of_range'
  | 'zero_spend'
  | 'zero_spend_customer'
  | 'not_parameter_row'
  | 'expected_whole_range'
  | 'expected_range'
  | 'expected_min'
  | 'expected_whole_min'
  | 'expected_between'
  | 'expected_fraction'
  | 'row'
  | 'column'
  | 'row_column'
  | 'not_finite';

export const MESSAGES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  en: {
    date_not_number: '{fn}: {arg}{at} is a date ({value}), expected a number',
    error_value: '{fn}: {arg}{at} is the error {value}',
    unreadable_number: '{fn}: {arg}{at} is the text "{value}", which is not a number in this spreadsheet\'s locale ({locale}); type it as a number',
    out_of_domain: '{fn}: {arg}{at} is {value}, expected {expected}',
    missing: '{fn}: {arg} is missing',
    no_number: '{fn}: {arg} has no number',
    not_vector: '{fn}: {arg} must be one column or one row, not {rows}×{columns}',
    bad_option: '{fn}: {arg} is "{value}", expected one of {choices}',
    text_not_date: '{fn}: {arg}{at} is the text "{value}", expected a date',
    impossible_jalali_date: '{fn}: {arg}{at} is "{value}", which is not a day of the Solar Hijri calendar',
    blank_date: '{fn}: {arg}{at} is blank, expected a date',
    number_not_date: '{fn}: {arg}{at} is the number {value}, expected a date',
    divide_by_zero: '{fn}: {arg} is 0, so the division has no result',
    no_data: '{fn}: {arg} has no value to compute from',
    negative_result: '{fn}: {arg}{at} is less than {other}',
    not_ascending: '{fn}: {arg}{at} is not after the cell before it; period starts must ascend',
    lengths_differ: '{fn}: {arg} and {other} must have the same number of cells',
    no_repeat_customers: '{fn}: no customer bought more than once, so repeat buying cannot be estimated',
    no_variation: '{fn}: every customer looks the same, so the model cannot be fitted',
    fit_did_not_converge: '{fn}: the model fit did not converge on this data',
    survival_not_decreasing: '{fn}: {arg}{at} is above the period before; survival cannot increase',
    too_few_periods: '{fn}: {arg} needs at least {count} periods',
    no_closed_rows: '{fn}: {arg} has no closed row',
    blank_cell: '{fn}: {arg}{at} is blank, but the same row has data in another column',
    invalid_value: '{fn}: {arg}{at} is not a value this model accepts',
    no_outcome_labels: '{fn}: {arg} has no won or lost label (won, closed won, lost, موفق, مكسوبة, выиграна, …)',
    unknown_stage: '{fn}: {arg}{at} is not one of the stages in stage_names',
    part_exceeds_whole: '{fn}: {arg} ({value}) is more than {other} ({whole})',
    too_few_values: '{fn}: {arg} needs at least {count} numbers',
    no_change: '{fn}: {arg} leaves the rate at {value}, so there is no change to detect',
    rate_out_of_range: '{fn}: {arg} takes the rate to {value}, outside 0 to 1',
    zero_spend: '{fn}: {arg}{at} is {value}, but a repeat customer\'s mean amount must be above 0 ({count} such customers); give min_spend to leave them out',
    zero_spend_customer: '{fn}: customer {value} bought again but spent {other} on average ({count} such customers); amounts must be above 0, or give min_spend to leave them out',
    not_parameter_row: '{fn}: {arg} is not a fitted parameter row: expected {value} (the output of {other})',
    expected_whole_range: 'a whole number {min}–{max}',
    expected_range: 'a number {min}–{max}',
    expected_min: '{min} or more',
    expected_whole_min: 'a whole number, {min} or more',
    expected_between: 'more than {min} and less than {max}',
    expected_fraction: 'a fraction from 0 to 1 (75% or 0.75)',
    row: ' row {row}',
    column: ' column {column}',
    row_column: ' row {row}, column {column}',
    not_finite: '{fn}: the result is not a finite number (the inputs are too large or too small)',
  },
  fa: {
    date_not_number: '{fn}: {arg}{at} یک تاریخ است ({value})، باید عدد باشد',
    error_value: '{fn}: {arg}{at} خطای {value} است',
    unreadable_number: '{fn}: {arg}{at} متن «{value}» است که در زبان و منطقه این صفحه‌گسترده ({locale}) عدد نیست؛ آن را به صورت عدد وارد کنید',
    out_of_domain: '{fn}: {arg}{at} برابر {value} است، باید {expected} باشد',
    missing: '{fn}: {arg} داده نشده است',
    no_number: '{fn}: {arg} هیچ عددی ندارد',
    not_vector: '{fn}: {arg} باید یک ستون یا یک ردیف باشد، نه {rows}×{columns}',
    bad_option: '{fn}: {arg} برابر «{value}» است، باید یکی از این‌ها باشد: {choices}',
    text_not_date: '{fn}: {arg}{at} متن «{value}» است، باید تاریخ باشد',
    impossible_jalali_date: '{fn}: {arg}{at} «{value}» است که چنین روزی در تقویم هجری شمسی وجود ندارد',
    blank_date: '{fn}: {arg}{at} خالی است، باید تاریخ باشد',
    number_not_date: '{fn}: {arg}{at} عدد {value} است، باید تاریخ باشد',
    divide_by_zero: '{fn}: {arg} صفر است، پس تقسیم نتیجه‌ای ندارد',
    no_data: '{fn}: {arg} هیچ مقداری برای محاسبه ندارد',
    negative_result: '{fn}: {arg}{at} کمتر از {other} است',
    not_ascending: '{fn}: {arg}{at} بعد از خانه قبلی نیست؛ شروع دوره‌ها باید صعودی باشد',
    lengths_differ: '{fn}: {arg} و {other} باید تعداد خانه‌های برابر داشته باشند',
    no_repeat_customers: '{fn}: هیچ مشتری بیش از یک بار خرید نکرده است، پس خرید تکراری برآوردشدنی نیست',
    no_variation: '{fn}: همه مشتریان یکسان‌اند، پس مدل برازش‌پذیر نیست',
    fit_did_not_converge: '{fn}: برازش مدل روی این داده همگرا نشد',
    survival_not_decreasing: '{fn}: {arg}{at} از دوره قبل بیشتر است؛ بقا نمی‌تواند افزایش یابد',
    too_few_periods: '{fn}: {arg} دست‌کم {count} دوره لازم دارد',
    no_closed_rows: '{fn}: {arg} هیچ ردیف بسته‌شده‌ای ندارد',
    blank_cell: '{fn}: {arg}{at} خالی است، ولی همین ردیف در ستون دیگری داده دارد',
    invalid_value: '{fn}: {arg}{at} مقداری نیست که این مدل بپذیرد',
    no_outcome_labels: '{fn}: {arg} هیچ برچسب موفق یا ناموفقی ندارد (موفق، برنده، ناموفق، won، lost، …)',
    unknown_stage: '{fn}: {arg}{at} جزو مراحل stage_names نیست',
    part_exceeds_whole: '{fn}: {arg} ({value}) بیشتر از {other} ({whole}) است',
    too_few_values: '{fn}: {arg} دست‌کم {count} عدد لازم دارد',
    no_change: '{fn}: {arg} نرخ را روی {value} نگه می‌دارد، پس تغییری برای آشکار کردن نیست',
    rate_out_of_range: '{fn}: {arg} نرخ را به {value} می‌رساند که بیرون از ۰ تا ۱ است',
    zero_spend: '{fn}: {arg}{at} برابر {value} است، ولی میانگین مبلغ مشتری تکراری باید بیشتر از صفر باشد ({count} مشتری این‌گونه)؛ برای کنار گذاشتن آن‌ها min_spend را بدهید',
    zero_spend_customer: '{fn}: مشتری {value} دوباره خرید کرده ولی میانگین مبلغش {other} است ({count} مشتری این‌گونه)؛ مبلغ‌ها باید بیشتر از صفر باشند، یا برای کنار گذاشتن آن‌ها min_spend را بدهید',
    not_parameter_row: '{fn}: {arg} ردیف پارامترهای برازش‌شده نیست: {value} لازم است (خروجی {other})',
    expected_whole_range: 'یک عدد صحیح {min} تا {max}',
    expected_range: 'عددی از {min} تا {max}',
    expected_min: '{min} یا بیشتر',
    expected_whole_min: 'یک عدد صحیح {min} یا بیشتر',
    expected_between: 'بیشتر از {min} و کمتر از {max}',
    expected_fraction: 'کسری از ۰ تا ۱ (۷۵٪ یا 0.75)',
    row: ' ردیف {row}',
    column: ' ستون {column}',
    row_column: ' ردیف {row}، ستون {column}',
    not_finite: '{fn}: نتیجه عددی متناهی نیست (ورودی‌ها بیش از حد بزرگ یا کوچک‌اند)',
  },
  ar: {
    date_not_number: '{fn}: {arg}{at} تاريخ ({value})، والمتوقع رقم',
    error_value: '{fn}: {arg}{at} هو الخطأ {value}',
    unreadable_number: '{fn}: {arg}{at} هو النص "{value}" وليس رقمًا في لغة هذا الجدول ({locale})؛ اكتبه رقمًا',
    out_of_domain: '{fn}: {arg}{at} يساوي {value}، والمتوقع {expected}',
    missing: '{fn}: {arg} غير موجود',
    no_number: '{fn}: {arg} لا يحتوي على أي رقم',
    not_vector: '{fn}: يجب أن يكون {arg} عمودًا واحدًا أو صفًا واحدًا، لا {rows}×{columns}',
    bad_option: '{fn}: {arg} هو "{value}"، والمتوقع أحد: {choices}',
    text_not_date: '{fn}: {arg}{at} هو النص "{value}"، والمتوقع تاريخ',
    impossible_jalali_date: '{fn}: {arg}{at} هو "{value}"، ولا يوجد هذا اليوم في التقويم الهجري الشمسي',
    blank_date: '{fn}: {arg}{at} فارغ، والمتوقع تاريخ',
    number_not_date: '{fn}: {arg}{at} هو الرقم {value}، والمتوقع تاريخ',
    divide_by_zero: '{fn}: {arg} يساوي 0، فلا ناتج للقسمة',
    no_data: '{fn}: {arg} لا يحتوي على قيمة للحساب',
    negative_result: '{fn}: {arg}{at} أقل من {other}',
    not_ascending: '{fn}: {arg}{at} ليس بعد الخلية التي قبلها؛ يجب أن تكون بدايات الفترات تصاعدية',
    lengths_differ: '{fn}: يجب أن يكون لـ {arg} و{other} العدد نفسه من الخلايا',
    no_repeat_customers: '{fn}: لم يشترِ أي عميل أكثر من مرة، فلا يمكن تقدير الشراء المتكرر',
    no_variation: '{fn}: جميع العملاء متماثلون، فلا يمكن ملاءمة النموذج',
    fit_did_not_converge: '{fn}: لم تتقارب ملاءمة النموذج على هذه البيانات',
    survival_not_decreasing: '{fn}: {arg}{at} أعلى من الفترة السابقة؛ لا يمكن أن يزيد البقاء',
    too_few_periods: '{fn}: يحتاج {arg} إلى {count} فترات على الأقل',
    no_closed_rows: '{fn}: لا يحتوي {arg} على أي صف مغلق',
    blank_cell: '{fn}: {arg}{at} فارغ، لكن الصف نفسه يحتوي على بيانات في عمود آخر',
    invalid_value: '{fn}: {arg}{at} ليس قيمة يقبلها هذا النموذج',
    no_outcome_labels: '{fn}: لا يحتوي {arg} على أي تسمية فوز أو خسارة (مكسوبة، خاسرة، won، lost، …)',
    unknown_stage: '{fn}: {arg}{at} ليست من المراحل في stage_names',
    part_exceeds_whole: '{fn}: {arg} ({value}) أكبر من {other} ({whole})',
    too_few_values: '{fn}: يحتاج {arg} إلى {count} أرقام على الأقل',
    no_change: '{fn}: {arg} يُبقي المعدل عند {value}، فلا تغيير يمكن اكتشافه',
    rate_out_of_range: '{fn}: {arg} يجعل المعدل {value}، خارج النطاق من 0 إلى 1',
    zero_spend: '{fn}: {arg}{at} يساوي {value}، لكن متوسط مبلغ العميل المتكرر يجب أن يكون أكبر من 0 ({count} من هؤلاء العملاء)؛ أعطِ min_spend لاستبعادهم',
    zero_spend_customer: '{fn}: العميل {value} اشترى مرة أخرى لكن متوسط إنفاقه {other} ({count} من هؤلاء العملاء)؛ يجب أن تكون المبالغ أكبر من 0، أو أعطِ min_spend لاستبعادهم',
    not_parameter_row: '{fn}: {arg} ليس صف معلمات مقدرة: المتوقع {value} (ناتج {other})',
    expected_whole_range: 'عددًا صحيحًا من {min} إلى {max}',
    expected_range: 'رقمًا من {min} إلى {max}',
    expected_min: '{min} أو أكثر',
    expected_whole_min: 'عددًا صحيحًا {min} أو أكثر',
    expected_between: 'أكبر من {min} وأصغر من {max}',
    expected_fraction: 'كسرًا من 0 إلى 1 (75% أو 0.75)',
    row: ' الصف {row}',
    column: ' العمود {column}',
    row_column: ' الصف {row}، العمود {column}',
    not_finite: '{fn}: النتيجة ليست رقمًا منتهيًا (المدخلات كبيرة أو صغيرة جدًا)',
  },
  ru: {
    date_not_number: '{fn}: {arg}{at} — дата ({value}), ожидалось число',
    error_value: '{fn}: {arg}{at} — ошибка {value}',
    unreadable_number: '{fn}: {arg}{at} — текст «{value}», который не является числом в региональных настройках таблицы ({locale}); введите его как число',
    out_of_domain: '{fn}: {arg}{at} равно {value}, ожидалось {expected}',
    missing: '{fn}: не указан аргумент {arg}',
    no_number: '{fn}: в {arg} нет ни одного числа',
    not_vector: '{fn}: {arg} должен быть одним столбцом или одной строкой, а не {rows}×{columns}',
    bad_option: '{fn}: {arg} равно «{value}», ожидалось одно из: {choices}',
    text_not_date: '{fn}: {arg}{at} — текст «{value}», ожидалась дата',
    impossible_jalali_date: '{fn}: {arg}{at} — «{value}», такого дня нет в иранском календаре (солнечная хиджра)',
    blank_date: '{fn}: {arg}{at} пусто, ожидалась дата',
    number_not_date: '{fn}: {arg}{at} — число {value}, ожидалась дата',
    divide_by_zero: '{fn}: {arg} равно 0, деление невозможно',
    no_data: '{fn}: в {arg} нет значений для расчёта',
    negative_result: '{fn}: {arg}{at} меньше, чем {other}',
    not_ascending: '{fn}: {arg}{at} не позже предыдущей ячейки; начала периодов должны возрастать',
    lengths_differ: '{fn}: в {arg} и {other} должно быть одинаковое число ячеек',
    no_repeat_customers: '{fn}: ни один клиент не покупал больше одного раза, повторные покупки оценить нельзя',
    no_variation: '{fn}: все клиенты одинаковы, модель не может быть подобрана',
    fit_did_not_converge: '{fn}: подбор модели не сошёлся на этих данных',
    survival_not_decreasing: '{fn}: {arg}{at} больше, чем в предыдущем периоде; доля оставшихся не может расти',
    too_few_periods: '{fn}: для {arg} нужно не меньше {count} периодов',
    no_closed_rows: '{fn}: в {arg} нет закрытых строк',
    blank_cell: '{fn}: {arg}{at} пусто, хотя в той же строке есть данные в другом столбце',
    invalid_value: '{fn}: {arg}{at} — значение, которое эта модель не принимает',
    no_outcome_labels: '{fn}: в {arg} нет ни одной метки «выиграна» или «проиграна» (won, lost, …)',
    unknown_stage: '{fn}: {arg}{at} нет среди этапов в stage_names',
    part_exceeds_whole: '{fn}: {arg} ({value}) больше, чем {other} ({whole})',
    too_few_values: '{fn}: в {arg} нужно не меньше {count} чисел',
    no_change: '{fn}: {arg} оставляет долю равной {value}, изменения для обнаружения нет',
    rate_out_of_range: '{fn}: {arg} даёт долю {value}, вне диапазона от 0 до 1',
    zero_spend: '{fn}: {arg}{at} равно {value}, но средняя сумма повторного покупателя должна быть больше 0 (таких клиентов: {count}); укажите min_spend, чтобы исключить их',
    zero_spend_customer: '{fn}: клиент {value} покупал повторно, но в среднем потратил {other} (таких клиентов: {count}); суммы должны быть больше 0, или укажите min_spend, чтобы исключить таких клиентов',
    not_parameter_row: '{fn}: {arg} — не строка подобранных параметров: ожидались {value} (результат {other})',
    expected_whole_range: 'целое число от {min} до {max}',
    expected_range: 'число от {min} до {max}',
    expected_min: '{min} или больше',
    expected_whole_min: 'целое число, {min} или больше',
    expected_between: 'больше {min} и меньше {max}',
    expected_fraction: 'доля от 0 до 1 (75% или 0,75)',
    row: ' строка {row}',
    column: ' столбец {column}',
    row_column: ' строка {row}, столбец {column}',
    not_finite: '{fn}: результат не является конечным числом (входные данные слишком велики или слишком малы)',
  },
};

/** The message `key` in `language`, its `{slots}` filled from `values` (a list joined as the language writes lists). */
export function message(language: Language, key: MessageKey, values: Readonly<Record<string, string | number | readonly string[]>> = {}): string {
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    return value === undefined ? slot : Array.isArray(value) ? listText(value, language) : String(value);
  });
}
