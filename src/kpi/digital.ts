/** Digital, social and e-mail KPIs (catalog: "Digital, social and e-mail"). */
import { count, divide, kpi, partOfWhole, ratioKpi } from './define';
import type { Kpi } from './types';

const rate = (id: string, names: Kpi['names'], direction: Kpi['direction'], description: string, top: [string, string], bottom: [string, string], example: Kpi['example'], definitionNote?: string): Kpi =>
  ratioKpi({ id, family: 'digital', names, direction, description, top, bottom, example, ...(definitionNote ? { definitionNote } : {}) });

// Marked partOfWhole (numerator ⊂ denominator by definition): DELIVERY_RATE and BOUNCE_RATE (delivered and bounced
// e-mails are among those sent), UNSUBSCRIBE_RATE (only a delivered e-mail can be unsubscribed from). Not
// ENGAGEMENT_RATE (one follower interacts many times, non-followers too), not EMAIL_CONVERSION (its conversions are
// events, which repeat purchases and forwarded e-mails can push above the deliveries).
export const DIGITAL: readonly Kpi[] = [
  rate(
    'ENGAGEMENT_RATE',
    { en: 'Engagement rate', fa: 'میزان تعامل شبکه‌های اجتماعی', ar: 'معدل التفاعل', ru: 'Коэффициент вовлечённости' },
    'maximize',
    'Engagement rate: interactions (likes, shares, comments, saves, …) ÷ audience (followers or reach).',
    ['interactions', 'Likes, shares, comments, messages, tags and saves.'],
    ['audience', 'Followers, reach or impressions: the summary names which.'],
    { call: 'ENGAGEMENT_RATE(450, 10000)', result: '0.045' },
    'The audience passed decides the variant: followers, reach or impressions.',
  ),
  kpi({
    id: 'FOLLOWER_GROWTH',
    family: 'digital',
    names: { en: 'Follower growth', fa: 'رشد دنبال‌کننده', ar: 'معدل نمو الجمهور', ru: 'Рост подписчиков' },
    unit: 'percentage',
    direction: 'maximize',
    description: 'Follower growth: (followers at end − followers at start) ÷ followers at start.',
    formula: '(followers_end − followers_start) ÷ followers_start',
    params: [count('followers_end', 'Followers at the end of the period.'), count('followers_start', 'Followers at the start of the period.')],
    compute: (a) => divide(a.number(0) - a.number(1), a.number(1), 'followers_start'),
    native: (t) => `(${t.sum(0)}-${t.sum(1)})/${t.sum(1)}`,
    example: { call: 'FOLLOWER_GROWTH(11000, 10000)', result: '0.1' },
  }),
  partOfWhole(rate(
    'DELIVERY_RATE',
    { en: 'E-mail delivery rate', fa: 'نرخ تحویل ایمیل', ar: 'معدل التسليم', ru: 'Доля доставленных писем' },
    'maximize',
    'E-mail delivery rate: delivered ÷ sent.',
    ['delivered', 'E-mails delivered.'],
    ['sent', 'E-mails sent.'],
    { call: 'DELIVERY_RATE(9800, 10000)', result: '0.98' },
  )),
  partOfWhole(rate(
    'BOUNCE_RATE',
    { en: 'E-mail bounce rate', fa: 'نرخ برگشت ایمیل', ar: 'معدل الارتداد', ru: 'Доля отказов доставки' },
    'minimize',
    'E-mail bounce rate: bounced ÷ sent.',
    ['bounced', 'E-mails bounced.'],
    ['sent', 'E-mails sent.'],
    { call: 'BOUNCE_RATE(200, 10000)', result: '0.02' },
  )),
  partOfWhole(rate(
    'UNSUBSCRIBE_RATE',
    { en: 'Unsubscribe rate', fa: 'نرخ لغو اشتراک', ar: 'معدل إلغاء الاشتراك', ru: 'Доля отписок' },
    'minimize',
    'Unsubscribe rate: unsubscribes ÷ delivered.',
    ['unsubscribed', 'Unsubscribes.'],
    ['delivered', 'E-mails delivered.'],
    { call: 'UNSUBSCRIBE_RATE(49, 9800)', result: '0.005' },
  )),
  rate(
    'EMAIL_CONVERSION',
    { en: 'E-mail conversion rate', fa: 'نرخ تبدیل ایمیل', ar: 'معدل التحويل عبر البريد', ru: 'Конверсия рассылки' },
    'maximize',
    'E-mail conversion rate: conversions ÷ delivered.',
    ['conversions', 'Conversions from the e-mails.'],
    ['delivered', 'E-mails delivered.'],
    { call: 'EMAIL_CONVERSION(196, 9800)', result: '0.02' },
  ),
];
