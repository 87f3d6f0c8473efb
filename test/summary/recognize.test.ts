import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeHeader } from '../../src/cells/normalize';
import { recognizeColumn, type ColumnFacts } from '../../src/summary/recognize';
import { recognizeStatusLabel } from '../../src/cells/status-labels';
import { allRoles, roleLabel, type Role } from '../../src/summary/roles';

/** Column facts by shorthand: N number, M money, P percent, D date, T text, S whole 0–10, A whole 1–6, E empty. */
const base: ColumnFacts = { type: 'number', nonBlank: 40, wholeNumbers0to10: false, wholeNumbers1to6: false };
const FACTS: Readonly<Record<string, ColumnFacts>> = {
  N: base,
  M: { ...base, type: 'money' },
  P: { ...base, type: 'percent' },
  D: { ...base, type: 'date' },
  T: { ...base, type: 'text' },
  S: { ...base, wholeNumbers0to10: true },
  A: { ...base, wholeNumbers0to10: true, wholeNumbers1to6: true },
  E: { ...base, type: 'empty', nonBlank: 0 },
};

type Row = readonly [header: string, facts: keyof typeof FACTS, expected: Role | null];

const EN: readonly Row[] = [
  ['Cost', 'M', 'cost'], ['Total marketing cost', 'M', 'cost'], ['Spend (USD)', 'M', 'cost'], ['Expenses', 'N', 'cost'],
  ['Ad spend', 'M', 'ad_spend'], ['Amount Spent (USD)', 'M', 'ad_spend'], ['Competitor ad spend', 'M', 'competitor_spend'],
  ['Clicks', 'N', 'clicks'], ['Link clicks', 'N', 'clicks'], ['Impr.', 'N', 'impressions'], ['Impressions', 'N', 'impressions'],
  ['Sessions', 'N', 'visits'], ['Website visits', 'N', 'visits'], ['Users', 'N', 'active_users'], ['Leads', 'N', 'leads'],
  ['Sign-ups', 'N', 'leads'], ['MQLs', 'N', 'mql'], ['Marketing qualified leads', 'N', 'mql'], ['Sales Qualified Leads (SQL)', 'N', 'sql'],
  ['Opportunities', 'N', 'opportunities'], ['Customers', 'N', 'customers'], ['New customers', 'N', 'new_customers'],
  ['newCustomers', 'N', 'new_customers'], ['Churned', 'N', 'lost_customers'], ['Lost customers', 'N', 'lost_customers'],
  ['Customers at start of period', 'N', 'customers_start'], ['Customers (end)', 'N', 'customers_end'], ['Revenue', 'M', 'revenue'],
  ['Purchase revenue', 'M', 'revenue'], ['MRR', 'M', 'revenue'], ['Conv. value', 'M', 'revenue'], ['Deal amount', 'M', 'amount'],
  ['Transactions', 'N', 'orders'], ['Orders', 'N', 'orders'], ['Units sold', 'N', 'items'], ['Score', 'S', 'score'],
  ['How likely are you to recommend us? (0-10)', 'S', 'score'], ['Date', 'D', 'date'], ['Month', 'D', 'date'],
  ['Deal stage', 'T', 'stage'], ['Status', 'T', 'status'], ['Close date', 'D', 'closed_date'], ['Created date', 'D', 'created_date'],
  ['Subscription start', 'D', 'start_date'], ['Cancelled at', 'D', 'end_date'], ['Last activity date', 'D', 'last_contact_date'],
  ['Customer ID', 'T', 'customer_id'], ['Email', 'T', 'customer_id'], ['Customer', 'T', 'customer_id'], ['Followers', 'N', 'followers'],
  ['Likes', 'N', 'interactions'], ['Reach', 'N', 'audience'], ['Emails sent', 'N', 'sent'], ['Delivered', 'N', 'delivered'],
  ['Bounces', 'N', 'bounced'], ['Unsubscribes', 'N', 'unsubscribed'], ['Form submissions', 'N', 'form_submissions'],
  ['Form views', 'N', 'form_views'], ['Free trials', 'N', 'trials'], ['Trial conversions', 'N', 'trial_conversions'],
  ['Won deals', 'N', 'won'], ['Lost deals', 'N', 'lost_deals'], ['Sales reps', 'N', 'sales_reps'], ['Sales rep', 'T', 'sales_rep'],
  ['Gross margin %', 'P', 'gross_margin'], ['Churn rate', 'P', 'churn_rate'], ['Churn', 'P', 'churn_rate'], ['Lead source', 'T', 'source'],
  ['Q1', 'A', 'answers'], ['Conversions', 'N', 'conversions'], ['Social media leads', 'N', 'social_leads'], ['Clicks per day', 'N', 'clicks'],
  ['CTR', 'P', null], ['CPC', 'M', null], ['Cost / conv.', 'M', null], ['Conversion rate', 'P', null], ['Cost per lead', 'M', null],
  ['Avg. order value', 'M', null], ['Customer acquisition cost', 'M', null], ['Order ID', 'T', null], ['Cost', 'T', null],
];

const FA: readonly Row[] = [
  ['هزینه', 'M', 'cost'], ['هزینه کمپین', 'M', 'cost'], ['هزینه‌های بازاریابی', 'M', 'cost'], ['بودجه', 'M', 'cost'],
  ['هزینه‌ی کمپین (تومان)', 'M', 'cost'], ['هزینه تبلیغات', 'M', 'ad_spend'], ['مخارج تبلیغاتی رقبا', 'M', 'competitor_spend'],
  ['تعداد کلیک', 'N', 'clicks'], ['کلیک‌ها', 'N', 'clicks'], ['تعداد كليك', 'N', 'clicks'], ['تعداد نمایش', 'N', 'impressions'],
  ['ایمپرشن', 'N', 'impressions'], ['بازدید', 'N', 'visits'], ['بازدیدکنندگان وبسایت', 'N', 'visits'], ['سرنخ', 'N', 'leads'],
  ['سرنخ‌ها', 'N', 'leads'], ['تعداد لید', 'N', 'leads'], ['مشتریهای بالقوه', 'N', 'leads'], ['لیدهای واجد شرایط بازاریابی', 'N', 'mql'],
  ['فروش واجد شرایط', 'N', 'sql'], ['مشتری', 'N', 'customers'], ['تعداد مشتریان', 'N', 'customers'], ['مشتریان جدید', 'N', 'new_customers'],
  ['تعداد مشتریان جدید', 'N', 'new_customers'], ['مشتریان کسب شده', 'N', 'new_customers'], ['ریزش', 'N', 'lost_customers'],
  ['مشتریان از دست رفته', 'N', 'lost_customers'], ['مشتریان ابتدای دوره', 'N', 'customers_start'], ['مشتریان پایان دوره', 'N', 'customers_end'],
  ['درآمد', 'M', 'revenue'], ['درآمد (تومان)', 'M', 'revenue'], ['فروش کل', 'M', 'revenue'], ['مبلغ', 'M', 'amount'],
  ['تعداد سفارش', 'N', 'orders'], ['فاکتورها', 'N', 'orders'], ['تعداد اقلام', 'N', 'items'], ['امتیاز', 'S', 'score'], ['نمره', 'S', 'score'],
  ['تاریخ', 'D', 'date'], ['ماه', 'D', 'date'], ['وضعیت', 'T', 'status'], ['مرحله', 'T', 'stage'], ['شناسه مشتری', 'T', 'customer_id'],
  ['دنبال‌کننده', 'N', 'followers'], ['دنبالکنندگان', 'N', 'followers'], ['لایک', 'N', 'interactions'], ['کاربران فعال', 'N', 'active_users'],
  ['تعداد فروشندگان', 'N', 'sales_reps'], ['نسخه آزمایشی', 'N', 'trials'], ['حاشیه سود', 'P', 'gross_margin'], ['نرخ ریزش', 'P', 'churn_rate'],
  ['تاریخ ایجاد', 'D', 'created_date'], ['تاریخ بسته شدن', 'D', 'closed_date'], ['ارسال شده', 'N', 'sent'], ['لغو اشتراک', 'N', 'unsubscribed'],
  ['نرخ تبدیل', 'P', null], ['هزینه هر کلیک', 'M', null], ['هزینه جذب مشتری', 'M', null], ['میانگین تراکنش', 'M', null],
  ['بازگشت سرمایه', 'P', null],
];

const AR: readonly Row[] = [
  ['التكلفة', 'M', 'cost'], ['تكاليف التسويق', 'M', 'cost'], ['الإنفاق', 'M', 'cost'], ['المصاريف', 'M', 'cost'], ['الميزانية', 'M', 'cost'],
  ['التَّكْلِفَة', 'M', 'cost'], ['تكلفة الإعلانات', 'M', 'ad_spend'], ['الإنفاق الإعلاني', 'M', 'ad_spend'], ['النقرات', 'N', 'clicks'],
  ['عدد النقرات', 'N', 'clicks'], ['مرات الظهور', 'N', 'impressions'], ['الزيارات', 'N', 'visits'], ['الزوار', 'N', 'visits'],
  ['حركة المرور', 'N', 'visits'], ['العملاء المحتملون', 'N', 'leads'], ['عملاء محتملين', 'N', 'leads'], ['العملاء المؤهلون للتسويق', 'N', 'mql'],
  ['العملاء المؤهلون للبيع', 'N', 'sql'], ['العملاء', 'N', 'customers'], ['العمــلاء', 'N', 'customers'], ['الزبائن', 'N', 'customers'],
  ['عملاء جدد', 'N', 'new_customers'], ['العملاء الجدد', 'N', 'new_customers'], ['العملاء المفقودون', 'N', 'lost_customers'],
  ['العملاء في بداية الفترة', 'N', 'customers_start'], ['الإيرادات', 'M', 'revenue'], ['الإيـــرادات', 'M', 'revenue'],
  ['المبيعات', 'M', 'revenue'], ['إجمالي المبيعات', 'M', 'revenue'], ['الدخل', 'M', 'revenue'], ['المبلغ', 'M', 'amount'],
  ['الطلبات', 'N', 'orders'], ['الفواتير', 'N', 'orders'], ['الكمية', 'N', 'items'], ['التقييم', 'S', 'score'], ['الدرجة', 'S', 'score'],
  ['التاريخ', 'D', 'date'], ['الشهر', 'D', 'date'], ['الحالة', 'T', 'status'], ['المرحلة', 'T', 'stage'], ['معرف العميل', 'T', 'customer_id'],
  ['المتابعون', 'N', 'followers'], ['الإعجابات', 'N', 'interactions'], ['الرسائل المرسلة', 'N', 'sent'], ['المسلّمة', 'N', 'delivered'],
  ['المرتدة', 'N', 'bounced'], ['إلغاء الاشتراك', 'N', 'unsubscribed'], ['مندوبو المبيعات', 'N', 'sales_reps'], ['النسخ التجريبية', 'N', 'trials'],
  ['هامش الربح', 'P', 'gross_margin'], ['معدل التسرب', 'P', 'churn_rate'], ['معدل التحويل', 'P', null], ['تكلفة اكتساب العميل', 'M', null],
  ['معدل الارتداد', 'P', null], ['تكلفة لكل نقرة', 'M', null],
];

const RU: readonly Row[] = [
  ['Расходы', 'M', 'cost'], ['Затраты, руб.', 'M', 'cost'], ['Бюджет', 'M', 'cost'], ['Стоимость', 'M', 'cost'],
  ['Расходы на рекламу', 'M', 'ad_spend'], ['Рекламный бюджет', 'M', 'ad_spend'], ['Клики', 'N', 'clicks'], ['Кол-во кликов', 'N', 'clicks'],
  ['Показы', 'N', 'impressions'], ['Посещения', 'N', 'visits'], ['Визиты', 'N', 'visits'], ['Посетители', 'N', 'visits'], ['Трафик', 'N', 'visits'],
  ['Лиды', 'N', 'leads'], ['Заявки', 'N', 'leads'], ['Количество лидов', 'N', 'leads'], ['MQL', 'N', 'mql'],
  ['Лиды, квалифицированные маркетингом', 'N', 'mql'], ['Лиды, квалифицированные для продаж', 'N', 'sql'], ['Клиенты', 'N', 'customers'],
  ['Покупатели', 'N', 'customers'], ['Новые клиенты', 'N', 'new_customers'], ['Новые клиенты за месяц', 'N', 'new_customers'],
  ['Ушедшие клиенты', 'N', 'lost_customers'], ['Отток', 'N', 'lost_customers'], ['Клиенты на начало периода', 'N', 'customers_start'],
  ['Клиентов на конец месяца', 'N', 'customers_end'], ['Выручка', 'M', 'revenue'], ['Доход от продаж', 'M', 'revenue'],
  ['Продажи', 'M', 'revenue'], ['Сумма', 'M', 'amount'], ['Заказы', 'N', 'orders'], ['Количество заказов', 'N', 'orders'],
  ['Товары', 'N', 'items'], ['Оценка', 'S', 'score'], ['Балл', 'S', 'score'], ['Дата', 'D', 'date'], ['Месяц', 'D', 'date'],
  ['Статус', 'T', 'status'], ['Этап', 'T', 'stage'], ['ID клиента', 'T', 'customer_id'], ['Подписчики', 'N', 'followers'],
  ['Лайки', 'N', 'interactions'], ['Охват', 'N', 'audience'], ['Отправлено', 'N', 'sent'], ['Доставлено', 'N', 'delivered'],
  ['Отписки', 'N', 'unsubscribed'], ['Менеджеры по продажам', 'N', 'sales_reps'], ['Пробные периоды', 'N', 'trials'],
  ['Дата закрытия', 'D', 'closed_date'], ['Дата создания', 'D', 'created_date'], ['Маржа', 'P', 'gross_margin'], ['Отток', 'P', 'churn_rate'],
  ['ЁМКОСТЬ РЫНКА', 'N', null], ['Стоимость лида', 'M', null], ['Коэффициент конверсии', 'P', null], ['Удержание клиентов', 'P', null],
  ['CTR, %', 'P', null], ['Средний чек', 'M', null],
];

describe.each([['en', EN], ['fa', FA], ['ar', AR], ['ru', RU]] as const)('headers in %s', (_language, rows) => {
  it('has at least 25 real-looking headers', () => {
    expect(rows.length).toBeGreaterThanOrEqual(25);
  });
  it.each(rows)('%s (%s) → %s', (header, facts, expected) => {
    const result = recognizeColumn(header, FACTS[facts]);
    expect(result.role).toBe(expected);
    if (expected !== null) expect(result.confidence).toBeGreaterThan(0.5);
    else expect(result.confidence).toBeLessThan(0.3);
  });
});

describe('normalizeHeader', () => {
  it('maps Arabic ي ى ك ة and hamza-alefs to the Persian letters', () => {
    expect(normalizeHeader('كليك')).toEqual(normalizeHeader('کلیک'));
    expect(normalizeHeader('مشتري')).toEqual(normalizeHeader('مشتری'));
    expect(normalizeHeader('مستوى')).toEqual(normalizeHeader('مستوی'));
    expect(normalizeHeader('تكلفة')).toEqual(normalizeHeader('تکلفه'));
    expect(normalizeHeader('الإيرادات')).toEqual(normalizeHeader('الايرادات'));
    expect(normalizeHeader('درآمد')).toEqual(normalizeHeader('درامد'));
  });
  it('turns ZWNJ into a word break and drops the plural fragment', () => {
    expect(normalizeHeader('سرنخ\u200Cها')).toEqual(['سرنخ']);
    expect(normalizeHeader('مشتری\u200Cهای جدید')).toEqual(normalizeHeader('مشتریان جدید'));
    expect(normalizeHeader('a\u200Bb')).toEqual(['a', 'b']);
  });
  it('drops harakat, superscript alef and tatweel', () => {
    expect(normalizeHeader('التَّكْلِفَة')).toEqual(normalizeHeader('التكلفة'));
    expect(normalizeHeader('الإيـــرادات')).toEqual(normalizeHeader('الإيرادات'));
    expect(normalizeHeader('هٰذا')).toEqual(normalizeHeader('هذا'));
  });
  it('reads Persian and Arabic-Indic digits as ASCII', () => {
    expect(normalizeHeader('فروش ۱۴۰۲')).toEqual(['فروش', '1402']);
    expect(normalizeHeader('المبيعات ٢٠٢٤')).toEqual([...normalizeHeader('المبيعات'), '2024']);
  });
  it('lower-cases Cyrillic, reads ё as е and stems Russian endings', () => {
    expect(normalizeHeader('КЛИЕНТЫ')).toEqual(['клиент']);
    expect(normalizeHeader('клиентов')).toEqual(['клиент']);
    expect(normalizeHeader('клиента')).toEqual(['клиент']);
    expect(normalizeHeader('Счёт')).toEqual(normalizeHeader('счет'));
  });
  it('strips the Arabic article and English plurals', () => {
    expect(normalizeHeader('النقرات')).toEqual(normalizeHeader('نقرة'));
    expect(normalizeHeader('Opportunities')).toEqual(['opportunity']);
    expect(normalizeHeader('Status')).toEqual(['status']);
  });
  it('keeps a tag’s text and drops punctuation', () => {
    expect(normalizeHeader('<b>cost</b>')).toEqual(['cost']);
    expect(normalizeHeader('Spend (USD), total!')).toEqual(['spend', 'usd', 'total']);
    expect(normalizeHeader('')).toEqual([]);
  });
  it('never throws and is idempotent on its joined output', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
      const tokens = normalizeHeader(text);
      expect(normalizeHeader(tokens.join(' '))).toEqual(tokens);
    }), { numRuns: 2000 });
  });
  it('is idempotent on script-mixed headers', () => {
    const letters = [...'abcsyeiоаыклиентвйьالةيىكأإآهـًٌٍَُِّْٰ\u200Cیکهای۱٢ نرخ%<>/'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 30 }), (chars) => {
      const tokens = normalizeHeader(chars.join(''));
      expect(normalizeHeader(tokens.join(' '))).toEqual(tokens);
    }), { numRuns: 2000 });
  });
});

describe('recognizeColumn: odd headers', () => {
  it('treats a formula header as no header and does not crash', () => {
    expect(() => recognizeColumn('=IMPORTXML("http://x")', FACTS.N)).not.toThrow();
    expect(recognizeColumn('=IMPORTXML("http://x")', FACTS.N).role).toBeNull();
    expect(recognizeColumn('=IMPORTXML("http://x")', FACTS.S).role).toBe('score');
  });
  it('reads the text of an HTML-like header', () => {
    expect(recognizeColumn('<b>cost</b>', FACTS.M)).toMatchObject({ role: 'cost', matched: 'cost' });
  });
  it('never throws on arbitrary text and always gives a confidence 0…1', () => {
    const facts = fc.constantFrom(...Object.values(FACTS));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), facts, (header, f) => {
      const result = recognizeColumn(header, f);
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }), { numRuns: 1000 });
  });
});

describe('recognizeColumn: values confirm or veto', () => {
  it('a numeric "cost" is cost, a text "cost" is not', () => {
    expect(recognizeColumn('cost', FACTS.N).role).toBe('cost');
    expect(recognizeColumn('cost', FACTS.T)).toMatchObject({ role: null, matched: 'cost (values disagree)' });
  });
  it('a date column headed "month" is the date', () => {
    expect(recognizeColumn('month', FACTS.D)).toMatchObject({ role: 'date' });
    expect(recognizeColumn('month', FACTS.D).confidence).toBeGreaterThan(recognizeColumn('month', FACTS.T).confidence);
  });
  it('confirmed values raise the confidence, missing values lower it', () => {
    expect(recognizeColumn('Revenue', FACTS.M).confidence).toBeGreaterThan(recognizeColumn('Revenue', FACTS.N).confidence);
    expect(recognizeColumn('Revenue', FACTS.N).confidence).toBeGreaterThan(recognizeColumn('Revenue', FACTS.E).confidence);
  });
  it('won/lost labels in any language make a status column, whatever the header', () => {
    const texts = [
      ['Won', 'Lost', 'Closed won', 'Closed lost', 'Open'],
      ['موفق', 'ناموفق', 'برنده', 'باخته'],
      ['مكسوبة', 'ناجحة', 'خاسرة', 'مفقودة'],
      ['Выиграна', 'Успешно', 'Проиграна', 'Отказ'],
    ];
    for (const distinctTexts of texts) {
      expect(recognizeColumn('Column F', { ...FACTS.T, distinctTexts })).toMatchObject({ role: 'status', matched: 'values: won/lost labels' });
      expect(recognizeColumn('', { ...FACTS.T, distinctTexts }).role).toBe('status');
    }
  });
  it('funnel stage names make a stage column', () => {
    expect(recognizeColumn('', { ...FACTS.T, distinctTexts: ['Lead', 'MQL', 'SQL', 'Opportunity', 'Customer'] }).role).toBe('stage');
    expect(recognizeColumn('', { ...FACTS.T, distinctTexts: ['سرنخ', 'فرصت فروش', 'مشتری'] }).role).toBe('stage');
  });
  it('whole numbers 0–10 are scores under a score header or none; 1–6 under a question header are answers', () => {
    for (const header of ['score', 'rating', 'Likelihood to recommend', 'امتیاز', 'оценка', 'التقييم', '']) {
      expect(recognizeColumn(header, FACTS.S).role).toBe('score');
    }
    expect(recognizeColumn('Q2', FACTS.A).role).toBe('answers');
    expect(recognizeColumn('Response', FACTS.S)).toMatchObject({ role: 'score' });
    expect(recognizeColumn('Clicks', FACTS.S).role).toBe('clicks');
  });
  it('lets values choose between roles a word shares', () => {
    expect(recognizeColumn('Customer', FACTS.N).role).toBe('customers');
    expect(recognizeColumn('Customer', FACTS.T).role).toBe('customer_id');
    expect(recognizeColumn('Emails', FACTS.N).role).toBe('sent');
    expect(recognizeColumn('Churn', FACTS.N).role).toBe('lost_customers');
    expect(recognizeColumn('Churn %', FACTS.N).role).toBe('churn_rate');
    expect(recognizeColumn('Conversions', FACTS.P).role).toBeNull();
  });
  it('prefers the longer phrase', () => {
    expect(recognizeColumn('New customers', FACTS.N).matched).toBe('new customers');
    expect(recognizeColumn('Ad spend', FACTS.M).role).toBe('ad_spend');
    expect(recognizeColumn('Lost customers', FACTS.N).role).toBe('lost_customers');
    expect(recognizeColumn('Marketing qualified leads', FACTS.N).role).toBe('mql');
  });
});

describe('recognizeStatusLabel', () => {
  it.each([
    ['won', 'won'], ['Closed Won', 'won'], ['closed-lost', 'lost'], ['Lost', 'lost'], ['Open', 'open'], ['In progress', 'open'],
    ['موفق', 'won'], ['برنده', 'won'], ['ناموفق', 'lost'], ['باخته', 'lost'], ['در حال پیگیری', 'open'],
    ['مكسوبة', 'won'], ['ناجحة', 'won'], ['خاسرة', 'lost'], ['مفقودة', 'lost'], ['قيد المتابعة', 'open'],
    ['Выиграна', 'won'], ['успешно', 'won'], ['Проиграна', 'lost'], ['Отказ', 'lost'], ['неуспешно', 'lost'], ['В работе', 'open'],
    ['not won', 'lost'], ['не выиграна', 'lost'], ['Closed', null], ['won/lost', null], ['', null], ['Tehran', null],
  ] as const)('%s → %s', (text, expected) => {
    expect(recognizeStatusLabel(text)).toBe(expected);
  });
});

describe('roles', () => {
  it('labels every role in the four languages and names it in each', () => {
    for (const info of allRoles()) {
      for (const language of ['en', 'fa', 'ar', 'ru'] as const) {
        expect(roleLabel(info.role, language).length).toBeGreaterThan(0);
        expect(info.synonyms[language].length).toBeGreaterThan(0);
      }
    }
  });
  it('recognises every role from its own English label', () => {
    const exceptions = new Set<Role>(['status']);
    for (const info of allRoles()) {
      if (exceptions.has(info.role)) continue;
      const facts = { money: 'M', count: 'N', fraction: 'P', score: 'S', answers: 'A', date: 'D', label: 'T', id: 'T' }[info.kind];
      expect([info.role, recognizeColumn(info.labels.en, FACTS[facts]).role]).toEqual([info.role, info.role]);
    }
  });
});
