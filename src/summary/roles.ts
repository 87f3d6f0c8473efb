/** Column roles: what a selected column holds, its labels in the four languages and the header words that name it. */
import type { Language, Localized } from '../kpi/types';

/** What a column holds, as the KPIs of the catalog read it. */
export type Role =
  | 'cost' | 'ad_spend' | 'competitor_spend' | 'revenue' | 'amount' | 'loyal_revenue'
  | 'clicks' | 'impressions' | 'visits' | 'leads' | 'social_leads' | 'mql' | 'sql' | 'opportunities'
  | 'customers' | 'new_customers' | 'lost_customers' | 'customers_start' | 'customers_end' | 'active_users'
  | 'orders' | 'items' | 'conversions' | 'form_views' | 'form_submissions' | 'trials' | 'trial_conversions'
  | 'deals' | 'won' | 'lost_deals' | 'sales_reps'
  | 'followers' | 'interactions' | 'audience'
  | 'sent' | 'delivered' | 'bounced' | 'unsubscribed' | 'email_conversions'
  | 'gross_margin' | 'churn_rate' | 'score' | 'answers'
  | 'date' | 'start_date' | 'end_date' | 'created_date' | 'closed_date' | 'last_contact_date' | 'response_date'
  | 'status' | 'stage' | 'source' | 'sales_rep' | 'customer_id';

/**
 * The values a role expects: money and counts are numbers, a fraction is a rate 0…1 (a % column),
 * a score is a 0–10 answer, answers are 1–6 loyalty answers, labels are text, an id is text or number.
 */
export type RoleKind = 'money' | 'count' | 'fraction' | 'score' | 'answers' | 'date' | 'label' | 'id';

/** Header words per language; a leading `~` marks a weak word (half weight: "quantity", "customer" as an id). */
export type Synonyms = Readonly<Record<Language, readonly string[]>>;

/** One role: its kind, its labels for the sidebar's role menu, and the header words that name it. */
export interface RoleInfo {
  readonly role: Role;
  readonly kind: RoleKind;
  readonly labels: Localized;
  readonly synonyms: Synonyms;
}

/** Shorthand for a role entry. */
const r = (role: Role, kind: RoleKind, labels: Localized, synonyms: Synonyms): RoleInfo => ({ role, kind, labels, synonyms });

/** Every role, the more specific first: on an equal match the earlier role wins. */
export const ROLES: readonly RoleInfo[] = [
  r('ad_spend', 'money', { en: 'Ad spend', fa: 'هزینه تبلیغات', ar: 'الإنفاق الإعلاني', ru: 'Расходы на рекламу' }, {
    en: ['ad spend', 'ads spend', 'ad cost', 'ads cost', 'ad costs', 'advertising cost', 'advertising spend', 'advertising expense',
      'amount spent', 'media spend', 'paid media spend', 'ppc spend', 'campaign spend', 'own ad spend', 'our ad spend'],
    fa: ['هزینه تبلیغات', 'هزینه تبلیغاتی', 'هزینه‌های تبلیغاتی', 'مخارج تبلیغات', 'مخارج تبلیغاتی', 'بودجه تبلیغات', 'بودجه تبلیغاتی',
      'هزینه آگهی', 'هزینه بنر'],
    ar: ['الإنفاق الإعلاني', 'الإنفاق على الإعلانات', 'تكلفة الإعلانات', 'تكلفة الإعلان', 'تكاليف الإعلانات', 'تكاليف الإعلان',
      'ميزانية الإعلانات', 'ميزانية الإعلان', 'المبلغ المنفق', 'المبلغ الذي تم إنفاقه'],
    ru: ['расходы на рекламу', 'затраты на рекламу', 'рекламный бюджет', 'бюджет на рекламу', 'рекламные расходы', 'расход бюджета', 'потрачено', 'стоимость рекламы'],
  }),
  r('competitor_spend', 'money', { en: 'Competitors’ ad spend', fa: 'هزینه تبلیغات رقبا', ar: 'إنفاق المنافسين', ru: 'Расходы конкурентов' }, {
    en: ['competitor spend', 'competitors spend', 'competitor ad spend', 'competitors ad spend', 'competitor cost', 'competitors',
      'competition spend', 'competitor budget'],
    fa: ['هزینه رقبا', 'هزینه تبلیغات رقبا', 'مخارج تبلیغاتی رقبا', 'مخارج رقبا', 'بودجه رقبا', 'رقبا', 'رقیب'],
    ar: ['إنفاق المنافسين', 'إنفاق المنافسين على الإعلانات', 'المنافسون', 'المنافسين', 'ميزانية المنافسين', 'تكلفة المنافسين'],
    ru: ['расходы конкурентов', 'бюджет конкурентов', 'затраты конкурентов', 'конкуренты'],
  }),
  r('cost', 'money', { en: 'Cost', fa: 'هزینه', ar: 'التكلفة', ru: 'Расходы' }, {
    en: ['cost', 'costs', 'spend', 'spent', 'expense', 'expenses', 'budget', 'marketing cost', 'marketing spend', 'marketing expense',
      'total cost', 'campaign cost', 'acquisition cost', 'sales and marketing cost', 'outlay', 'expenditure'],
    fa: ['هزینه', 'هزینه‌ها', 'مخارج', 'بودجه', 'هزینه کمپین', 'هزینه بازاریابی', 'هزینه کل', 'هزینه جذب', 'مخارج بازاریابی', 'خرج'],
    ar: ['التكلفة', 'تكلفة', 'تكاليف', 'التكاليف', 'الإنفاق', 'المصاريف', 'المصروفات', 'الميزانية', 'النفقات', 'تكلفة التسويق',
      'تكاليف التسويق', 'تكلفة الحملة'],
    ru: ['расходы', 'затраты', 'стоимость', 'бюджет', 'издержки', 'траты', 'расходы на маркетинг', 'маркетинговые расходы'],
  }),
  r('loyal_revenue', 'money', { en: 'Sales increase from loyal customers', fa: 'افزایش فروش از مشتریان وفادار', ar: 'زيادة المبيعات من العملاء المخلصين', ru: 'Рост продаж от постоянных клиентов' }, {
    en: ['loyal customer sales', 'loyal customers revenue', 'sales from loyal customers', 'repeat customer revenue',
      'returning customer revenue', 'loyal sales increase', 'repeat revenue', 'sales increase from loyal customers'],
    fa: ['فروش مشتریان وفادار', 'درآمد مشتریان وفادار', 'افزایش فروش مشتریان وفادار', 'فروش وفادار'],
    ar: ['مبيعات العملاء المخلصين', 'إيرادات العملاء المخلصين', 'مبيعات العملاء الدائمين', 'إيرادات العملاء الدائمين'],
    ru: ['продажи постоянным клиентам', 'выручка от постоянных клиентов', 'доход от постоянных клиентов', 'продажи лояльным клиентам',
      'рост продаж от постоянных клиентов'],
  }),
  r('revenue', 'money', { en: 'Revenue', fa: 'درآمد', ar: 'الإيرادات', ru: 'Выручка' }, {
    en: ['revenue', 'revenues', 'sales', 'income', 'turnover', 'purchase revenue', 'total revenue', 'gross revenue', 'net revenue',
      'mrr', 'arr', 'monthly recurring revenue', 'recurring revenue', 'conv value', 'conversion value', 'total sales', 'gmv',
      'sales revenue', 'ad revenue', 'earnings'],
    fa: ['درآمد', 'درآمدها', 'فروش', 'فروش کل', 'درآمد فروش', 'مبلغ فروش', 'گردش', 'درآمد ماهانه', 'درآمد کل', 'عواید', 'دریافتی'],
    ar: ['الإيرادات', 'إيرادات', 'الإيراد', 'المبيعات', 'مبيعات', 'الدخل', 'إجمالي المبيعات', 'العائدات', 'العائد', 'قيمة المبيعات'],
    ru: ['выручка', 'доход', 'доходы', 'продажи', 'оборот', 'доход от продаж', 'выручка от продаж', 'объем продаж', 'поступления'],
  }),
  r('amount', 'money', { en: 'Amount', fa: 'مبلغ', ar: 'المبلغ', ru: 'Сумма' }, {
    en: ['amount', 'deal amount', 'deal value', 'deal size', 'order value', 'order total', 'order amount', 'transaction amount',
      'transaction value', 'payment', 'payment amount', 'invoice amount', 'invoice total', '~value', '~total', '~price'],
    fa: ['مبلغ', 'مبلغ سفارش', 'مبلغ معامله', 'ارزش معامله', 'مبلغ فاکتور', 'مبلغ پرداختی', 'مبلغ خرید', 'مبلغ تراکنش', 'پرداخت', '~قیمت'],
    ar: ['المبلغ', 'مبلغ', 'قيمة الصفقة', 'قيمة الطلب', 'مبلغ الفاتورة', 'مبلغ الطلب', 'مبلغ الدفع', 'المدفوعات', '~القيمة', '~السعر'],
    ru: ['сумма', 'сумма сделки', 'сумма заказа', 'стоимость заказа', 'сумма платежа', 'сумма счета', 'платеж', 'бюджет сделки', '~цена'],
  }),
  r('social_leads', 'count', { en: 'Leads from social media', fa: 'سرنخ از رسانه‌های اجتماعی', ar: 'العملاء المحتملون من التواصل الاجتماعي', ru: 'Лиды из соцсетей' }, {
    en: ['social leads', 'social media leads', 'leads from social', 'leads from social media', 'social network leads'],
    fa: ['سرنخ از رسانه‌های اجتماعی', 'سرنخ رسانه‌های اجتماعی', 'سرنخ شبکه‌های اجتماعی', 'لید شبکه‌های اجتماعی', 'لید شبکه اجتماعی',
      'سرنخ شبکه اجتماعی', 'لید اینستاگرام', 'سرنخ اینستاگرام'],
    ar: ['العملاء المحتملون من وسائل التواصل', 'العملاء المحتملون من التواصل الاجتماعي', 'عملاء محتملون من وسائل التواصل الاجتماعي',
      'عملاء التواصل الاجتماعي'],
    ru: ['лиды из соцсетей', 'лиды из социальных сетей', 'лиды соцсети', 'заявки из соцсетей'],
  }),
  r('mql', 'count', { en: 'Marketing qualified leads (MQL)', fa: 'لید واجد شرایط بازاریابی', ar: 'العملاء المؤهلون للتسويق', ru: 'Лиды, квалифицированные маркетингом' }, {
    en: ['mql', 'mqls', 'marketing qualified leads', 'marketing qualified lead', 'marketing qualified', 'marketing-qualified leads'],
    fa: ['لید واجد شرایط بازاریابی', 'سرنخ واجد شرایط بازاریابی', 'لیدهای واجد شرایط بازاریابی', 'واجد شرایط بازاریابی', 'ام کیو ال'],
    ar: ['العملاء المؤهلون للتسويق', 'العملاء المؤهلين للتسويق', 'مؤهل للتسويق', 'مؤهلون للتسويق', 'عملاء مؤهلون تسويقيا'],
    ru: ['лиды, квалифицированные маркетингом', 'квалифицированные маркетингом', 'маркетинговые лиды', 'маркетинг квалифицированные лиды',
      'квалифицированные маркетингом лиды'],
  }),
  r('sql', 'count', { en: 'Sales qualified leads (SQL)', fa: 'لید واجد شرایط فروش', ar: 'العملاء المؤهلون للبيع', ru: 'Лиды, квалифицированные для продаж' }, {
    en: ['sql', 'sqls', 'sales qualified leads', 'sales qualified lead', 'sales qualified', 'sales-qualified leads'],
    fa: ['فروش واجد شرایط', 'لید واجد شرایط فروش', 'سرنخ واجد شرایط فروش', 'لیدهای واجد شرایط فروش', 'واجد شرایط فروش'],
    ar: ['العملاء المؤهلون للبيع', 'العملاء المؤهلين للبيع', 'مؤهل للبيع', 'مؤهلون للبيع', 'عملاء مؤهلون للمبيعات'],
    ru: ['лиды, квалифицированные для продаж', 'квалифицированные для продаж', 'квалифицированные продажи лидов', 'квалифицированные лиды продаж'],
  }),
  r('leads', 'count', { en: 'Leads', fa: 'سرنخ', ar: 'العملاء المحتملون', ru: 'Лиды' }, {
    en: ['leads', 'lead', 'prospects', 'sign-ups', 'signups', 'lead count', 'new leads', 'inquiries', 'enquiries', 'contacts', 'all leads',
      'total leads', 'registrations'],
    fa: ['سرنخ', 'سرنخ‌ها', 'سرنخ فروش', 'لید', 'لیدها', 'مشتری بالقوه', 'مشتریان بالقوه', 'مشتری‌های بالقوه', 'مشتری احتمالی',
      'ثبت نام', 'درخواست'],
    ar: ['العملاء المحتملون', 'العملاء المحتملين', 'عملاء محتملون', 'العملاء المتوقعون', 'العميل المحتمل', 'الليدز', 'التسجيلات',
      'الطلبات الواردة'],
    ru: ['лиды', 'лидов', 'заявки', 'заявок', 'потенциальные клиенты', 'обращения', 'регистрации', 'лидогенерация'],
  }),
  r('opportunities', 'count', { en: 'Opportunities', fa: 'فرصت‌های فروش', ar: 'فرص البيع', ru: 'Возможности (сделки в работе)' }, {
    en: ['opportunities', 'opportunity', 'opps', 'open opportunities', 'pipeline deals', 'open deals', 'open opportunities count'],
    fa: ['فرصت', 'فرصت‌ها', 'فرصت فروش', 'فرصت‌های فروش', 'فرصت‌های باز'],
    ar: ['الفرص', 'فرص', 'فرص البيع', 'الفرص البيعية', 'الفرص المفتوحة'],
    ru: ['возможности', 'возможностей', 'сделки в работе', 'потенциальные сделки', 'шансы', 'открытые сделки'],
  }),
  r('trial_conversions', 'count', { en: 'Trials converted to purchases', fa: 'آزمایشی‌های تبدیل‌شده به خرید', ar: 'التجارب المحوّلة إلى شراء', ru: 'Пробные периоды, ставшие покупками' }, {
    en: ['trial conversions', 'converted trials', 'trials converted', 'trial to paid', 'paid conversions', 'trials that converted',
      'trial purchases'],
    fa: ['تبدیل نسخه آزمایشی', 'آزمایشی تبدیل شده', 'نسخه آزمایشی تبدیل شده', 'خرید پس از آزمایش', 'خرید بعد از نسخه آزمایشی'],
    ar: ['التجارب المحولة', 'تحويلات التجربة', 'التجارب التي تحولت إلى شراء', 'شراء بعد التجربة'],
    ru: ['конверсии из пробного периода', 'оплаты после триала', 'пробные, ставшие покупками', 'конвертированные триалы',
      'покупки после пробного периода'],
  }),
  r('trials', 'count', { en: 'Trials', fa: 'نسخه‌های آزمایشی', ar: 'النسخ التجريبية', ru: 'Пробные периоды' }, {
    en: ['trials', 'trial', 'free trials', 'trial users', 'trial starts', 'trial signups'],
    fa: ['نسخه آزمایشی', 'نسخه‌های آزمایشی', 'کاربران آزمایشی', 'دوره آزمایشی', 'اشتراک آزمایشی', 'آزمایشی'],
    ar: ['النسخ التجريبية', 'التجارب المجانية', 'الفترات التجريبية', 'الفترة التجريبية', 'التجربة المجانية'],
    ru: ['пробные периоды', 'пробный период', 'триалы', 'триал', 'пробные версии', 'пробные'],
  }),
  r('email_conversions', 'count', { en: 'E-mail conversions', fa: 'تبدیل از ایمیل', ar: 'التحويلات من البريد', ru: 'Конверсии из рассылки' }, {
    en: ['email conversions', 'e-mail conversions', 'conversions from email', 'email purchases', 'email signups'],
    fa: ['تبدیل ایمیل', 'تبدیل از ایمیل', 'خرید از ایمیل'],
    ar: ['التحويلات من البريد', 'تحويلات البريد الإلكتروني', 'التحويلات من البريد الإلكتروني'],
    ru: ['конверсии из email', 'конверсии из рассылки', 'конверсии из писем', 'конверсии email'],
  }),
  r('form_submissions', 'count', { en: 'Form submissions', fa: 'ارسال فرم', ar: 'إرسال النموذج', ru: 'Отправки формы' }, {
    en: ['form submissions', 'submissions', 'form fills', 'form completions', 'forms submitted', 'form submits'],
    fa: ['ارسال فرم', 'تکمیل فرم', 'فرم‌های تکمیل شده', 'فرم ارسال شده', 'فرم‌های ارسالی'],
    ar: ['إرسال النموذج', 'النماذج المرسلة', 'تعبئة النموذج', 'النماذج المكتملة'],
    ru: ['отправки формы', 'заполнения формы', 'заполненные формы', 'отправленные формы'],
  }),
  r('form_views', 'count', { en: 'Form views', fa: 'بازدید فرم', ar: 'مشاهدات النموذج', ru: 'Просмотры формы' }, {
    en: ['form views', 'form impressions', 'form visits', 'landing page views', 'landing page visits', 'form opens'],
    fa: ['بازدید فرم', 'مشاهده فرم', 'بازدید صفحه فرود', 'بازدید صفحه ورود', 'نمایش فرم'],
    ar: ['مشاهدات النموذج', 'زيارات صفحة الهبوط', 'مشاهدات صفحة الهبوط', 'زيارات النموذج'],
    ru: ['просмотры формы', 'показы формы', 'просмотры посадочной страницы', 'посещения формы'],
  }),
  r('conversions', 'count', { en: 'Conversions', fa: 'تبدیل', ar: 'التحويلات', ru: 'Конверсии' }, {
    en: ['conversions', 'conversion', 'conv', 'converted', 'goal completions', 'goals completed', 'results', 'all conv'],
    fa: ['تبدیل', 'تبدیل‌ها', 'تعداد تبدیل', 'تبدیل شده'],
    ar: ['التحويلات', 'تحويلات', 'التحويل', 'عدد التحويلات'],
    ru: ['конверсии', 'конверсия', 'достижения целей', 'целевые действия', 'конвертировано'],
  }),
  r('customers_start', 'count', { en: 'Customers at start of period', fa: 'مشتریان ابتدای دوره', ar: 'العملاء في بداية الفترة', ru: 'Клиенты на начало периода' }, {
    en: ['customers at start', 'customers start', 'starting customers', 'beginning customers', 'opening customers', 'customers beginning',
      'customers at start of period', 'start of period customers', 'customers bop', 'start customers'],
    fa: ['مشتریان ابتدای دوره', 'مشتریان اول دوره', 'مشتریان شروع دوره', 'مشتریان ابتدای ماه', 'مشتریان اول ماه', 'مشتری ابتدا'],
    ar: ['العملاء في بداية الفترة', 'عملاء بداية الفترة', 'العملاء في البداية', 'عملاء بداية الشهر'],
    ru: ['клиенты на начало периода', 'клиенты на начало', 'клиентов на начало', 'клиенты на начало месяца', 'клиенты в начале периода'],
  }),
  r('customers_end', 'count', { en: 'Customers at end of period', fa: 'مشتریان پایان دوره', ar: 'العملاء في نهاية الفترة', ru: 'Клиенты на конец периода' }, {
    en: ['customers at end', 'customers end', 'ending customers', 'closing customers', 'customers at end of period',
      'end of period customers', 'customers eop', 'end customers'],
    fa: ['مشتریان پایان دوره', 'مشتریان انتهای دوره', 'مشتریان آخر دوره', 'مشتریان پایان ماه', 'مشتریان آخر ماه', 'مشتری انتها'],
    ar: ['العملاء في نهاية الفترة', 'عملاء نهاية الفترة', 'العملاء في النهاية', 'عملاء نهاية الشهر'],
    ru: ['клиенты на конец периода', 'клиенты на конец', 'клиентов на конец', 'клиенты на конец месяца',
      'клиенты в конце периода'],
  }),
  r('new_customers', 'count', { en: 'New customers', fa: 'مشتریان جدید', ar: 'العملاء الجدد', ru: 'Новые клиенты' }, {
    en: ['new customers', 'new clients', 'new buyers', 'new accounts', 'new paying customers', 'customers acquired', 'acquired customers',
      'acquired', 'new subscriptions', 'new subscribers', 'first time buyers', 'first-time customers'],
    fa: ['مشتریان جدید', 'مشتری جدید', 'تعداد مشتریان جدید', 'مشتریان جذب شده', 'مشتریان کسب شده', 'مشتری جذب شده', 'جذب شده',
      'خریداران جدید'],
    ar: ['عملاء جدد', 'العملاء الجدد', 'عميل جديد', 'العملاء المكتسبون', 'عملاء مكتسبون', 'الزبائن الجدد'],
    ru: ['новые клиенты', 'новых клиентов', 'привлеченные клиенты', 'новые покупатели', 'привлечено клиентов', 'новые заказчики'],
  }),
  r('lost_customers', 'count', { en: 'Lost customers', fa: 'مشتریان از دست رفته', ar: 'العملاء المفقودون', ru: 'Ушедшие клиенты' }, {
    en: ['lost customers', 'customers lost', 'churned', 'churned customers', 'churn', 'churns', 'cancelled', 'canceled', 'cancellations',
      'lost', 'churned users', 'lost clients', 'cancelled subscriptions'],
    fa: ['ریزش', 'ریزش مشتری', 'مشتریان از دست رفته', 'از دست رفته', 'مشتریان ریزشی', 'لغو شده', 'مشتریان لغو کرده', 'مشتریان رفته'],
    ar: ['العملاء المفقودون', 'العملاء المفقودين', 'المفقودون', 'الملغاة', 'العملاء الذين غادروا', 'عملاء متسربون', 'التسرب',
      'العملاء المتسربون', 'الإلغاءات'],
    ru: ['ушедшие', 'ушедшие клиенты', 'отток', 'отток клиентов', 'отказались', 'потерянные клиенты', 'потерянные', 'ушло клиентов'],
  }),
  r('active_users', 'count', { en: 'Active users', fa: 'کاربران فعال', ar: 'المستخدمون النشطون', ru: 'Активные пользователи' }, {
    en: ['active users', 'users', 'mau', 'dau', 'monthly active users', 'daily active users', 'active customers', 'active accounts',
      'active subscribers'],
    fa: ['کاربران فعال', 'کاربر فعال', 'کاربران', 'مشتریان فعال', 'تعداد کاربران فعال'],
    ar: ['المستخدمون النشطون', 'المستخدمين النشطين', 'المستخدمون', 'المستخدمين', 'العملاء النشطون'],
    ru: ['активные пользователи', 'пользователи', 'активные клиенты', 'mau', 'активных пользователей'],
  }),
  r('customers', 'count', { en: 'Customers', fa: 'مشتریان', ar: 'العملاء', ru: 'Клиенты' }, {
    en: ['customers', 'customer', 'clients', 'client', 'buyers', 'customer count', 'total customers', 'paying customers', 'accounts',
      'purchasers'],
    fa: ['مشتری', 'مشتریان', 'مشتری‌ها', 'خریدار', 'خریداران', 'تعداد مشتریان', 'کل مشتریان'],
    ar: ['العملاء', 'عملاء', 'العميل', 'الزبائن', 'الزبون', 'المشترون', 'عدد العملاء'],
    ru: ['клиенты', 'клиентов', 'покупатели', 'заказчики', 'количество клиентов'],
  }),
  r('visits', 'count', { en: 'Website visits', fa: 'بازدید وبسایت', ar: 'زيارات الموقع', ru: 'Посещения сайта' }, {
    en: ['visits', 'visit', 'sessions', 'visitors', 'traffic', 'website visits', 'site visits', 'unique visitors', 'website traffic',
      'new users', 'pageviews', 'page views', 'views'],
    fa: ['بازدید', 'بازدیدها', 'بازدیدکننده', 'بازدید کننده', 'بازدیدکنندگان', 'بازدیدکنندگان وبسایت', 'بازدید سایت', 'ترافیک',
      'ترافیک سایت', 'سشن', 'جلسات', 'ورودی سایت', 'بازدید وبسایت'],
    ar: ['الزيارات', 'زيارات', 'الزوار', 'حركة المرور', 'الجلسات', 'زيارات الموقع', 'زوار الموقع', 'الترافيك'],
    ru: ['посещения', 'визиты', 'посетители', 'трафик', 'сеансы', 'сессии', 'посещаемость', 'посещения сайта', 'просмотры'],
  }),
  r('impressions', 'count', { en: 'Impressions', fa: 'نمایش', ar: 'مرات الظهور', ru: 'Показы' }, {
    en: ['impressions', 'impr', 'impression', 'ad impressions', 'displays'],
    fa: ['نمایش', 'نمایش‌ها', 'ایمپرشن', 'تعداد نمایش', 'دفعات نمایش', 'نمایش تبلیغ'],
    ar: ['مرات الظهور', 'عدد مرات الظهور', 'الانطباعات', 'مرات العرض', 'الظهور'],
    ru: ['показы', 'показов', 'число показов', 'показы рекламы'],
  }),
  r('clicks', 'count', { en: 'Clicks', fa: 'کلیک', ar: 'النقرات', ru: 'Клики' }, {
    en: ['clicks', 'click', 'link clicks', 'clicks all', 'ad clicks', 'outbound clicks'],
    fa: ['کلیک', 'کلیک‌ها', 'تعداد کلیک', 'کلیک روی لینک', 'کلیک بنر'],
    ar: ['النقرات', 'نقرات', 'عدد النقرات', 'نقرات الرابط', 'النقر'],
    ru: ['клики', 'кликов', 'переходы', 'клики по рекламе', 'переходов'],
  }),
  r('won', 'count', { en: 'Won deals', fa: 'معاملات موفق', ar: 'الصفقات المكسوبة', ru: 'Выигранные сделки' }, {
    en: ['won', 'won deals', 'deals won', 'closed won', 'wins', 'won opportunities', 'closed won deals'],
    fa: ['معاملات موفق', 'معامله موفق', 'فروش موفق', 'برنده', 'موفق', 'فرصت‌های برنده', 'برد'],
    ar: ['الصفقات المكسوبة', 'صفقات مكسوبة', 'صفقات ناجحة', 'الصفقات الناجحة', 'مكسوبة', 'الفرص المكسوبة'],
    ru: ['выигранные сделки', 'выиграно', 'выигранные', 'успешные сделки', 'выиграна', 'закрыто успешно', 'успешно'],
  }),
  r('lost_deals', 'count', { en: 'Lost deals', fa: 'معاملات از دست رفته', ar: 'الصفقات الخاسرة', ru: 'Проигранные сделки' }, {
    en: ['lost deals', 'deals lost', 'closed lost', 'lost opportunities', 'lost sales', 'closed lost deals', 'losses'],
    fa: ['معاملات ناموفق', 'معامله ناموفق', 'فروش از دست رفته', 'معاملات از دست رفته', 'فروش ناموفق', 'باخته', 'ناموفق'],
    ar: ['الصفقات الخاسرة', 'صفقات خاسرة', 'صفقات مفقودة', 'الصفقات المفقودة', 'خاسرة', 'المبيعات المفقودة'],
    ru: ['проигранные сделки', 'проиграно', 'потерянные сделки', 'неуспешные сделки', 'проиграна', 'закрыто неуспешно'],
  }),
  r('deals', 'count', { en: 'Deals', fa: 'کل معاملات', ar: 'الصفقات', ru: 'Сделки' }, {
    en: ['deals', 'deal', 'total deals', 'all deals', 'closed deals', 'deal count'],
    fa: ['کل معاملات', 'تعداد معاملات', 'قراردادها'],
    ar: ['الصفقات', 'صفقات', 'إجمالي الصفقات', 'عدد الصفقات'],
    ru: ['сделки', 'сделок', 'всего сделок', 'количество сделок'],
  }),
  r('sales_reps', 'count', { en: 'Sales staff', fa: 'تعداد فروشندگان', ar: 'عدد مندوبي المبيعات', ru: 'Менеджеры по продажам' }, {
    en: ['sales reps', 'salespeople', 'sales staff', 'reps', 'number of sales reps', 'sales headcount', 'headcount', 'sales team size',
      'salespersons', 'sales employees'],
    fa: ['فروشندگان', 'تعداد فروشنده', 'کارشناسان فروش', 'کارکنان فروش', 'کارمندان فروش', 'نمایندگان فروش', 'تعداد کارکنان فروش'],
    ar: ['مندوبو المبيعات', 'مندوبي المبيعات', 'موظفو المبيعات', 'موظفي المبيعات', 'عدد المندوبين', 'فريق المبيعات'],
    ru: ['менеджеры по продажам', 'продавцы', 'сотрудники отдела продаж', 'количество менеджеров', 'менеджеров по продажам'],
  }),
  r('sales_rep', 'label', { en: 'Salesperson', fa: 'فروشنده', ar: 'مندوب المبيعات', ru: 'Менеджер' }, {
    en: ['sales rep', 'salesperson', 'rep', 'owner', 'deal owner', 'account manager', 'assigned to', 'sales manager', 'seller',
      'sales reps', 'salespeople'],
    fa: ['فروشنده', 'کارشناس فروش', 'نماینده فروش', 'مسئول', 'کارشناس', 'فروشندگان', 'کارشناسان فروش'],
    ar: ['مندوب المبيعات', 'المندوب', 'المسؤول', 'البائع', 'مندوبو المبيعات', 'مندوبي المبيعات'],
    ru: ['менеджер', 'ответственный', 'продавец', 'менеджер по продажам', 'менеджеры по продажам', 'продавцы'],
  }),
  r('followers', 'count', { en: 'Followers', fa: 'دنبال‌کننده', ar: 'المتابعون', ru: 'Подписчики' }, {
    en: ['followers', 'follower', 'subscribers', 'fans', 'page likes', 'follower count', 'total followers'],
    fa: ['دنبال‌کننده', 'دنبال‌کنندگان', 'فالوور', 'فالوئر', 'فالوورها', 'تعداد دنبال‌کننده', 'اعضا'],
    ar: ['المتابعون', 'المتابعين', 'متابعون', 'عدد المتابعين', 'المعجبون', 'المشتركون'],
    ru: ['подписчики', 'подписчиков', 'фолловеры', 'число подписчиков', 'фанаты'],
  }),
  r('interactions', 'count', { en: 'Interactions', fa: 'تعامل', ar: 'التفاعلات', ru: 'Взаимодействия' }, {
    en: ['interactions', 'engagements', 'engagement', 'post engagement', 'likes', 'comments', 'shares', 'saves', 'reactions',
      'likes comments shares'],
    fa: ['تعامل', 'تعاملات', 'لایک', 'لایک‌ها', 'نظر', 'نظرات', 'کامنت', 'اشتراک‌گذاری', 'ذخیره', 'سیو', 'پسند'],
    ar: ['التفاعلات', 'التفاعل', 'الإعجابات', 'التعليقات', 'المشاركات', 'الحفظ'],
    ru: ['взаимодействия', 'лайки', 'комментарии', 'репосты', 'реакции', 'сохранения', 'вовлечения'],
  }),
  r('audience', 'count', { en: 'Audience (reach)', fa: 'مخاطبان (دسترسی)', ar: 'الجمهور (الوصول)', ru: 'Аудитория (охват)' }, {
    en: ['reach', 'audience', 'people reached', 'accounts reached', 'audience size', 'unique reach'],
    fa: ['مخاطب', 'مخاطبان', 'دسترسی', 'ریچ', 'تعداد مخاطب'],
    ar: ['الجمهور', 'الوصول', 'مدى الوصول', 'حجم الجمهور'],
    ru: ['охват', 'аудитория', 'размер аудитории'],
  }),
  r('delivered', 'count', { en: 'E-mails delivered', fa: 'ایمیل‌های تحویل‌شده', ar: 'الرسائل المسلّمة', ru: 'Доставлено' }, {
    en: ['delivered', 'deliveries', 'emails delivered', 'delivered emails', 'successful deliveries'],
    fa: ['تحویل شده', 'تحویل داده شده', 'ایمیل تحویل شده', 'ایمیل‌های تحویل‌شده'],
    ar: ['المسلمة', 'تم التسليم', 'الرسائل المسلمة', 'المستلمة', 'الرسائل المستلمة'],
    ru: ['доставлено', 'доставлены', 'доставленные', 'доставленные письма'],
  }),
  r('bounced', 'count', { en: 'E-mails bounced', fa: 'ایمیل‌های برگشتی', ar: 'الرسائل المرتدة', ru: 'Отказы (недоставленные)' }, {
    en: ['bounced', 'bounces', 'hard bounces', 'soft bounces', 'bounced emails', 'emails bounced'],
    fa: ['برگشتی', 'برگشت خورده', 'ایمیل برگشتی', 'ایمیل‌های برگشتی', 'بانس'],
    ar: ['المرتدة', 'الارتداد', 'الرسائل المرتدة', 'الرسائل المرتجعة', 'المرتجعة'],
    ru: ['отказы', 'недоставлено', 'недоставленные', 'возвраты писем', 'отказов'],
  }),
  r('unsubscribed', 'count', { en: 'Unsubscribes', fa: 'لغو اشتراک', ar: 'إلغاء الاشتراك', ru: 'Отписки' }, {
    en: ['unsubscribed', 'unsubscribes', 'unsubscribe', 'unsubs', 'opt-outs', 'opt outs'],
    fa: ['لغو اشتراک', 'لغو عضویت', 'لغو اشتراک ایمیل'],
    ar: ['إلغاء الاشتراك', 'ألغوا الاشتراك', 'الغاء الاشتراك', 'إلغاءات الاشتراك'],
    ru: ['отписки', 'отписались', 'отписавшиеся', 'отписок'],
  }),
  r('sent', 'count', { en: 'E-mails sent', fa: 'ایمیل‌های ارسال‌شده', ar: 'الرسائل المرسلة', ru: 'Отправлено' }, {
    en: ['sent', 'emails sent', 'sends', 'recipients', 'sent emails', '~emails', '~email'],
    fa: ['ارسال', 'ارسال شده', 'ایمیل ارسال شده', 'ایمیل‌های ارسال‌شده', 'تعداد ارسال', 'ارسالی', '~ایمیل'],
    ar: ['المرسلة', 'الرسائل المرسلة', 'تم الإرسال', 'الإرسال', 'عدد الرسائل'],
    ru: ['отправлено', 'отправлены', 'отправленные письма', 'отправок', 'писем отправлено'],
  }),
  r('items', 'count', { en: 'Items sold', fa: 'تعداد اقلام', ar: 'عدد القطع', ru: 'Товары (штук)' }, {
    en: ['items', 'units', 'items sold', 'units sold', 'products sold', 'qty', 'qty sold', 'sales units', '~quantity', 'line items'],
    fa: ['اقلام', 'تعداد اقلام', 'تعداد کالا', 'کالا', 'تعداد محصول', 'تعداد محصولات فروخته شده', 'کالای فروخته شده'],
    ar: ['العناصر', 'الكمية', 'عدد القطع', 'الوحدات', 'المنتجات المباعة', 'عدد المنتجات'],
    ru: ['товары', 'товаров', 'единицы', 'единиц', '~количество', 'количество товаров', '~штук', '~шт', 'продано штук'],
  }),
  r('orders', 'count', { en: 'Orders', fa: 'سفارش‌ها', ar: 'الطلبات', ru: 'Заказы' }, {
    en: ['orders', 'order', 'transactions', 'invoices', 'purchases', 'order count', 'number of orders', 'ecommerce purchases', 'checkouts'],
    fa: ['سفارش', 'سفارش‌ها', 'سفارشات', 'تراکنش', 'تراکنش‌ها', 'فاکتور', 'فاکتورها', 'تعداد سفارش', 'تعداد فاکتور', 'خرید'],
    ar: ['الطلبات', 'الطلب', 'المعاملات', 'الفواتير', 'عدد الطلبات', 'فاتورة'],
    ru: ['заказы', 'заказов', 'транзакции', 'счета', 'покупки', 'количество заказов', 'покупок'],
  }),
  r('churn_rate', 'fraction', { en: 'Churn rate', fa: 'نرخ ریزش', ar: 'معدل التسرب', ru: 'Коэффициент оттока' }, {
    en: ['churn rate', 'monthly churn', 'monthly churn rate', 'churn pct', 'customer churn rate', '~churn'],
    fa: ['نرخ ریزش', 'درصد ریزش', 'نرخ ریزش مشتری', 'نرخ ریزش ماهانه', '~ریزش'],
    ar: ['معدل التسرب', 'نسبة التسرب', 'معدل الإلغاء', 'معدل فقدان العملاء', '~التسرب'],
    ru: ['коэффициент оттока', 'уровень оттока', 'процент оттока', 'отток в месяц', '~отток'],
  }),
  r('gross_margin', 'fraction', { en: 'Gross margin', fa: 'حاشیه سود ناخالص', ar: 'هامش الربح الإجمالي', ru: 'Валовая маржа' }, {
    en: ['gross margin', 'margin', 'gm', 'gross margin pct', 'contribution margin'],
    fa: ['حاشیه سود', 'حاشیه سود ناخالص', 'حاشیه ناخالص', 'درصد سود ناخالص'],
    ar: ['هامش الربح الإجمالي', 'الهامش الإجمالي', 'هامش الربح', 'الهامش'],
    ru: ['валовая маржа', 'маржа', 'маржинальность', 'валовая маржинальность'],
  }),
  r('answers', 'answers', { en: 'Loyalty answers (1–6)', fa: 'پاسخ‌های وفاداری (۱ تا ۶)', ar: 'إجابات الولاء (1–6)', ru: 'Ответы о лояльности (1–6)' }, {
    en: ['answer', 'answers', 'response', 'responses', 'question', 'loyalty answer', 'loyalty question', 'cli answer', 'survey answer'],
    fa: ['پاسخ', 'پاسخ‌ها', 'سوال', 'سؤال', 'جواب', 'پاسخ سوال', 'سوال وفاداری'],
    ar: ['الإجابة', 'الإجابات', 'السؤال', 'إجابة', 'سؤال', 'الرد'],
    ru: ['ответ', 'ответы', 'вопрос', 'ответ на вопрос'],
  }),
  r('score', 'score', { en: 'Score (0–10)', fa: 'امتیاز (۰ تا ۱۰)', ar: 'التقييم (0–10)', ru: 'Оценка (0–10)' }, {
    en: ['score', 'rating', 'nps', 'nps score', 'likelihood to recommend', 'how likely', 'recommend', 'would recommend',
      'recommendation score', 'ltr'],
    fa: ['امتیاز', 'نمره', 'امتیاز nps', 'احتمال توصیه', 'احتمال معرفی', 'امتیاز معرفی', 'امتیاز مشتری'],
    ar: ['التقييم', 'الدرجة', 'درجة nps', 'احتمال التوصية', 'تقييم العميل', 'درجة التوصية'],
    ru: ['оценка', 'балл', 'баллы', 'nps', 'готовность рекомендовать', 'вероятность рекомендации', 'оценка nps'],
  }),
  r('created_date', 'date', { en: 'Created date', fa: 'تاریخ ایجاد', ar: 'تاريخ الإنشاء', ru: 'Дата создания' }, {
    en: ['created date', 'create date', 'created at', 'created', 'created on', 'creation date', 'date created', 'lead created',
      'lead date', 'lead created date', 'request date', 'requested at', 'opened at'],
    fa: ['تاریخ ایجاد', 'تاریخ ثبت', 'تاریخ ورود سرنخ', 'تاریخ ایجاد سرنخ', 'زمان ثبت', 'تاریخ درخواست', 'زمان درخواست'],
    ar: ['تاريخ الإنشاء', 'تاريخ التسجيل', 'وقت الطلب', 'تاريخ إنشاء العميل المحتمل'],
    ru: ['дата создания', 'создан', 'создано', 'дата заявки', 'дата обращения', 'время обращения', 'дата лида'],
  }),
  r('closed_date', 'date', { en: 'Close date', fa: 'تاریخ بستن', ar: 'تاريخ الإغلاق', ru: 'Дата закрытия' }, {
    en: ['close date', 'closed date', 'closed at', 'date closed', 'closed on', 'won date', 'close', 'closing date', 'deal closed'],
    fa: ['تاریخ بستن', 'تاریخ بسته شدن', 'تاریخ نهایی شدن', 'تاریخ بستن فروش', 'تاریخ قرارداد', 'تاریخ اتمام معامله'],
    ar: ['تاريخ الإغلاق', 'تاريخ إغلاق الصفقة', 'تاريخ إتمام الصفقة', 'تاريخ البيع'],
    ru: ['дата закрытия', 'закрыта', 'дата закрытия сделки', 'дата сделки', 'дата продажи'],
  }),
  r('last_contact_date', 'date', { en: 'Last contact', fa: 'آخرین تماس', ar: 'آخر تواصل', ru: 'Последний контакт' }, {
    en: ['last contact', 'last contacted', 'last activity', 'last activity date', 'last touch', 'last follow up', 'last contact date'],
    fa: ['آخرین تماس', 'آخرین پیگیری', 'تاریخ آخرین تماس', 'تاریخ آخرین پیگیری', 'آخرین ارتباط'],
    ar: ['آخر تواصل', 'آخر اتصال', 'تاريخ آخر تواصل', 'آخر متابعة', 'آخر نشاط'],
    ru: ['последний контакт', 'дата последнего контакта', 'последняя активность', 'последнее касание'],
  }),
  r('response_date', 'date', { en: 'First response', fa: 'زمان اولین پاسخ', ar: 'وقت أول رد', ru: 'Первый ответ' }, {
    en: ['first response', 'first reply', 'responded at', 'replied at', 'response date', 'first response date', 'first contact',
      'first contacted', 'reply date'],
    fa: ['زمان پاسخ', 'تاریخ پاسخ', 'اولین پاسخ', 'زمان اولین پاسخ', 'تاریخ اولین تماس'],
    ar: ['وقت الرد', 'تاريخ الرد', 'أول رد', 'وقت أول رد', 'تاريخ الاستجابة'],
    ru: ['время ответа', 'дата ответа', 'первый ответ', 'дата первого контакта'],
  }),
  r('start_date', 'date', { en: 'Start date', fa: 'تاریخ شروع', ar: 'تاريخ البدء', ru: 'Дата начала' }, {
    en: ['start date', 'subscription start', 'subscription start date', 'start', 'started', 'started at', 'signup date', 'sign up date',
      'join date', 'joined', 'joined at', 'subscribed at', 'first purchase date', 'activation date'],
    fa: ['تاریخ شروع', 'تاریخ عضویت', 'شروع اشتراک', 'تاریخ شروع اشتراک', 'تاریخ ثبت نام', 'تاریخ اولین خرید', 'شروع'],
    ar: ['تاريخ البدء', 'تاريخ البداية', 'تاريخ الاشتراك', 'بداية الاشتراك', 'تاريخ الانضمام', 'تاريخ أول شراء'],
    ru: ['дата начала', 'начало подписки', 'дата подписки', 'дата регистрации', 'дата первой покупки', 'начало'],
  }),
  r('end_date', 'date', { en: 'End date', fa: 'تاریخ پایان', ar: 'تاريخ الانتهاء', ru: 'Дата окончания' }, {
    en: ['end date', 'cancelled at', 'canceled at', 'cancellation date', 'cancel date', 'churn date', 'churned at', 'subscription end',
      'subscription end date', 'end', 'ended', 'ended at', 'termination date', 'last purchase date'],
    fa: ['تاریخ پایان', 'تاریخ لغو', 'تاریخ ریزش', 'پایان اشتراک', 'تاریخ پایان اشتراک', 'تاریخ آخرین خرید', 'پایان'],
    ar: ['تاريخ الانتهاء', 'تاريخ الإلغاء', 'نهاية الاشتراك', 'تاريخ النهاية', 'تاريخ المغادرة', 'تاريخ آخر شراء'],
    ru: ['дата окончания', 'дата отмены', 'дата оттока', 'окончание подписки', 'дата ухода', 'дата последней покупки', 'окончание'],
  }),
  r('date', 'date', { en: 'Date / period', fa: 'تاریخ', ar: 'التاريخ', ru: 'Дата' }, {
    en: ['date', 'day', 'month', 'week', 'year', 'quarter', 'period', 'order date', 'transaction date', 'purchase date', 'invoice date',
      'payment date', 'report date', 'reporting starts', 'time', 'timestamp', 'datetime', 'year month'],
    fa: ['تاریخ', 'روز', 'ماه', 'هفته', 'سال', 'فصل', 'دوره', 'تاریخ سفارش', 'تاریخ خرید', 'تاریخ فاکتور', 'تاریخ پرداخت', 'زمان'],
    ar: ['التاريخ', 'اليوم', 'الشهر', 'الأسبوع', 'السنة', 'الربع', 'الفترة', 'تاريخ الطلب', 'تاريخ الشراء', 'تاريخ الفاتورة', 'الوقت'],
    ru: ['дата', 'день', 'дни', 'месяц', 'неделя', 'год', 'квартал', 'период', 'дата заказа', 'дата покупки', 'дата платежа', 'время'],
  }),
  r('stage', 'label', { en: 'Stage', fa: 'مرحله', ar: 'المرحلة', ru: 'Этап' }, {
    en: ['stage', 'deal stage', 'pipeline stage', 'lifecycle stage', 'funnel stage', 'sales stage', 'step', 'lead stage'],
    fa: ['مرحله', 'مراحل', 'مرحله فروش', 'مرحله قیف', 'مرحله قیف فروش', 'مرحله معامله', 'گام'],
    ar: ['المرحلة', 'مرحلة', 'مرحلة الصفقة', 'مرحلة البيع', 'مرحلة القمع', 'المراحل'],
    ru: ['этап', 'стадия', 'этап воронки', 'этап сделки', 'этап продаж', 'стадия сделки'],
  }),
  r('status', 'label', { en: 'Status (won / lost)', fa: 'وضعیت (موفق / ناموفق)', ar: 'الحالة (ناجحة / خاسرة)', ru: 'Статус (выиграна / проиграна)' }, {
    en: ['status', 'outcome', 'result', 'deal status', 'won lost', 'win loss', 'lead status', 'opportunity status', 'state'],
    fa: ['وضعیت', 'نتیجه', 'وضعیت معامله', 'وضعیت سرنخ', 'وضعیت فروش', 'حالت'],
    ar: ['الحالة', 'حالة', 'النتيجة', 'حالة الصفقة', 'حالة العميل', 'الوضع'],
    ru: ['статус', 'результат', 'статус сделки', 'статус лида', 'состояние', 'итог'],
  }),
  r('source', 'label', { en: 'Source / channel', fa: 'منبع / کانال', ar: 'المصدر / القناة', ru: 'Источник / канал' }, {
    en: ['source', 'lead source', 'channel', 'utm source', 'utm medium', 'medium', 'traffic source', 'acquisition channel', 'origin'],
    fa: ['منبع', 'کانال', 'منبع سرنخ', 'منبع ترافیک', 'کانال جذب', 'منبع لید'],
    ar: ['المصدر', 'القناة', 'مصدر العميل', 'مصدر الزيارات', 'قناة الاكتساب'],
    ru: ['источник', 'канал', 'источник лида', 'канал привлечения', 'источник трафика'],
  }),
  r('customer_id', 'id', { en: 'Customer ID', fa: 'شناسه مشتری', ar: 'معرف العميل', ru: 'ID клиента' }, {
    en: ['customer id', 'client id', 'user id', 'account id', 'contact id', 'customer email', 'email', 'e-mail', 'email address',
      'customer number', '~id', '~customer', '~client', '~user', '~customer name', '~client name'],
    fa: ['شناسه مشتری', 'کد مشتری', 'شماره مشتری', 'ایمیل', 'ایمیل مشتری', 'شناسه کاربر', '~شناسه', '~مشتری', '~نام مشتری'],
    ar: ['معرف العميل', 'رقم العميل', 'رمز العميل', 'البريد الإلكتروني', 'معرف المستخدم', '~المعرف', '~العميل', '~اسم العميل'],
    ru: ['id клиента', 'код клиента', 'номер клиента', 'ид клиента', 'email', 'e-mail', 'почта', 'id пользователя', '~id', '~клиент',
      '~имя клиента'],
  }),
];

/**
 * Words that name a KPI result, not an input ("CTR", "cost per lead", "نرخ تبدیل", "коэффициент конверсии"):
 * a header holding one outside the phrase that named its role is a computed column and gets no role.
 * "per" words do not count before a period word (clicks per day).
 */
export const KPI_RESULT_WORDS: Synonyms = {
  en: ['per', 'rate', 'ratio', 'avg', 'average', 'mean', 'median', 'pct', 'percent', 'percentage', 'ctr', 'cpc', 'cpm', 'cpa', 'cpl',
    'cac', 'roi', 'roas', 'romi', 'ltv', 'clv', 'cltv', 'arpu', 'arppu', 'aov', 'cvr', 'ecpm', 'cpv', 'growth', 'payback', 'retention',
    'share of voice', 'cost conv', 'cost per conversion', 'conv value cost', 'return on ad spend', 'return on investment',
    'customer acquisition cost', 'lifetime value', 'sales cycle', 'time to close', 'days to close', 'response time', 'win rate',
    'neglected opportunities', 'loyalty index', 'cli', 'frequency'],
  fa: ['نرخ', 'درصد', 'نسبت', 'میانگین', 'متوسط', 'هر', 'ازای', 'سهم', 'بازگشت سرمایه', 'برگشت هزینه تبلیغات', 'هزینه جذب مشتری',
    'ارزش طول عمر', 'شاخص وفاداری', 'خالص ترویج', 'زمان چرخه', 'دوره بازگشت', 'رشد', 'نگهداری', 'نگهداشت', 'فرصت‌های نادیده گرفته شده',
    'زمان لازم برای بستن فروش'],
  ar: ['معدل', 'نسبة', 'متوسط', 'لكل', 'حصة', 'العائد على الاستثمار', 'العائد على الإنفاق الإعلاني', 'تكلفة اكتساب العميل',
    'قيمة بقاء العميل', 'القيمة الدائمة', 'هامش الربح الصافي', 'وقت استجابة', 'نمو', 'الاحتفاظ'],
  ru: ['коэффициент', 'доля', 'процент', 'средний', 'средняя', 'среднее', 'соотношение', 'стоимость лида', 'стоимость клика',
    'цена клика', 'цена лида', 'цена цели', 'стоимость конверсии', 'стоимость привлечения клиента', 'окупаемость', 'рентабельность',
    'удержание', 'пожизненная ценность', 'рост', 'цикл сделки', 'длительность сделки', 'ctr', 'cpc', 'cpl', 'cpa', 'roi', 'ltv'],
};

/** Words of a "per" kind, ignored as KPI markers when a period word follows (spend per day, هزینه هر ماه). */
export const PER_WORDS: readonly string[] = ['per', 'هر', 'ازای', 'لكل'];

/** Period words, which keep "per day" an input. */
export const PERIOD_WORDS: readonly string[] = ['day', 'week', 'month', 'quarter', 'year', 'period', 'روز', 'هفته', 'ماه', 'فصل', 'سال',
  'دوره', 'يوم', 'أسبوع', 'شهر', 'سنة', 'فترة', 'день', 'неделя', 'месяц', 'квартал', 'год', 'период'];

/** Identifier and label columns that feed no KPI: an order number is not a count of orders. */
export const NOT_AN_INPUT: Synonyms = {
  en: ['order id', 'order number', 'transaction id', 'invoice id', 'invoice number', 'campaign', 'campaign name', 'campaign id',
    'ad set', 'ad set name', 'ad name', 'ad group', 'keyword', 'notes', 'note', 'description', 'product', 'product name', 'sku'],
  fa: ['شماره سفارش', 'کد سفارش', 'شماره فاکتور', 'نام کمپین', 'کمپین', 'توضیحات', 'یادداشت', 'محصول', 'نام محصول'],
  ar: ['رقم الطلب', 'رقم الفاتورة', 'اسم الحملة', 'الحملة', 'ملاحظات', 'المنتج', 'اسم المنتج'],
  ru: ['номер заказа', 'номер счета', 'кампания', 'название кампании', 'примечание', 'комментарий менеджера', 'товар', 'название товара'],
};

/** Roles whose column is a stage count of the funnel, recognised in stage labels (lead, MQL, SQL, …). */
export const FUNNEL_ROLES: readonly Role[] = ['visits', 'leads', 'mql', 'sql', 'opportunities', 'customers', 'new_customers', 'won',
  'lost_deals', 'trials', 'deals'];

const BY_ROLE: ReadonlyMap<Role, RoleInfo> = new Map(ROLES.map((info) => [info.role, info]));

/** The entry of a role. */
export function roleInfo(role: Role): RoleInfo {
  const info = BY_ROLE.get(role);
  if (info === undefined) throw new Error(`unknown role ${role}`);
  return info;
}

/** A role's label in `language`, for the sidebar's role menu. */
export function roleLabel(role: Role, language: Language): string {
  return roleInfo(role).labels[language];
}
