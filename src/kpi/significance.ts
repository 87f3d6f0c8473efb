/** Confidence intervals, the A/B test and sample sizes: how much of a number is chance (issue 12). */
import { kpi, option, scalar } from './define';
import { abTest } from './statistics/ab-test';
import { meanInterval } from './statistics/mean';
import { npsInterval, type NpsMethod } from './statistics/nps';
import { rateInterval, type Interval, type RateMethod } from './statistics/rate';
import { DEFAULT_CONFIDENCE, DEFAULT_POWER, sampleSize } from './statistics/sample-size';
import { npsCounts } from './survey';
import type { Kpi, Param, Table } from './types';

/** A count of whole units (visitors, conversions), 0 or more. */
const units = (name: string, description: string): Param => ({ name, kind: 'count', description, domain: { min: 0, whole: true } });

const confidence = scalar('confidence', 'Optional, default 0.95: the confidence level, strictly between 0 and 1 (0.9, 95%, 0.99).', DEFAULT_CONFIDENCE, { min: 0, max: 1, open: true });

/** One header row (the estimate's key, low, high, n) and one value row. */
const intervalTable = (estimate: string, interval: Interval): Table => ({ columns: [estimate, 'low', 'high', 'n'], rows: [[interval.estimate, interval.low, interval.high, interval.n]] });

export const SIGNIFICANCE: readonly Kpi[] = [
  kpi({
    id: 'RATE_CI',
    family: 'funnel',
    names: { en: 'Rate with confidence interval', fa: 'نرخ با بازه اطمینان', ar: 'المعدل مع فترة الثقة', ru: 'Доля с доверительным интервалом' },
    unit: 'table',
    direction: 'maximize',
    description: 'A rate (successes ÷ trials) with its confidence interval, Wilson score or Clopper–Pearson exact: spills rate, low, high, n.',
    formula: 'successes ÷ trials; Wilson: (s + z²/2 ± z√(s(n − s)/n + z²/4)) ÷ (n + z²); successes ≤ trials',
    definitionNote: 'Wilson score interval (Newcombe 1998, method 3), not centred on the rate; "exact" is Clopper–Pearson (method 5). Counts are whole numbers.',
    params: [
      units('successes', 'Successes: conversions, deals won, customers lost (at most trials).'),
      units('trials', 'Trials: visitors, deals, customers at the start.'),
      confidence,
      option('method', 'Optional, default "wilson": wilson (score interval) or exact (Clopper–Pearson).', ['wilson', 'exact'], 'wilson'),
    ],
    compute: (a) => intervalTable('rate', rateInterval(a.number(0), a.number(1), a.number(2), a.option(3) as RateMethod)),
    example: { call: 'RATE_CI(81, 263)', result: 'rate 0.308, low 0.2553, high 0.3662, n 263' },
  }),
  kpi({
    id: 'NPS_CI',
    family: 'survey',
    names: { en: 'Net promoter score with confidence interval', fa: 'خالص ترویج کنندگان با بازه اطمینان', ar: 'صافي نقاط الترويج مع فترة الثقة', ru: 'NPS с доверительным интервалом' },
    unit: 'table',
    direction: 'maximize',
    description: 'NPS with its confidence interval on −100…100, adjusted Wald by default: spills NPS, low, high, n.',
    formula: '100(p − d) ± 100 z √((p + d − (p − d)²)/m); adjusted: p = (P + 0.75)/(n + 3), d = (D + 0.75)/(n + 3), m = n + 3; wald: p = P/n, d = D/n, m = n',
    definitionNote: 'The NPS column is always 100(P − D)/n; the adjusted-Wald interval is centred on the adjusted score, so with very few answers it may leave the plain NPS outside.',
    params: [
      { name: 'scores', kind: 'list', domain: { min: 0, max: 10, whole: true }, description: 'Answers to "would you recommend us?" on 0–10.' },
      confidence,
      option('method', 'Optional, default "adjusted": adjusted (adjusted Wald) or wald.', ['adjusted', 'wald'], 'adjusted'),
    ],
    compute: (a) => {
      const { promoters, detractors, n } = npsCounts(a.list(0).values);
      return intervalTable('nps', npsInterval(promoters, detractors, n, a.number(1), a.option(2) as NpsMethod));
    },
    example: { call: 'NPS_CI({1;2;3;5;7;8;9;9;9;10})', result: 'NPS 0, low −46.47, high 46.47, n 10' },
  }),
  kpi({
    id: 'AB_TEST',
    family: 'funnel',
    names: { en: 'A/B test of two conversion rates', fa: 'آزمون A/B دو نرخ تبدیل', ar: 'اختبار A/B لمعدلي تحويل', ru: 'A/B-тест двух конверсий' },
    unit: 'table',
    direction: 'maximize',
    description: 'A/B test: rates A and B, difference B − A, relative lift, the interval of the difference, z, p-value and a verdict (B better, A better, not significant).',
    formula: 'B − A ± Newcombe hybrid score interval; z = (B − A) ÷ √(p̄(1 − p̄)(1/visitors_a + 1/visitors_b)); p two-sided',
    definitionNote: "Difference interval: Newcombe 1998, method 10, from the two Wilson intervals. z-test with the pooled rate p̄ (z 0, p 1 when both rates are 0 or both 1); the verdict is significant when p < 1 − confidence. Lift (B − A) ÷ A is blank when A is 0.",
    params: [
      units('conversions_a', 'Conversions of variant A (the control).'),
      units('visitors_a', 'Visitors of variant A.'),
      units('conversions_b', 'Conversions of variant B.'),
      units('visitors_b', 'Visitors of variant B.'),
      confidence,
    ],
    compute: (a) => {
      const test = abTest(a.number(0), a.number(1), a.number(2), a.number(3), a.number(4));
      return {
        columns: ['rate_a', 'rate_b', 'difference', 'lift', 'low', 'high', 'z', 'p_value', 'verdict'],
        rows: [[test.rateA, test.rateB, test.difference, test.lift, test.low, test.high, test.z, test.pValue, { label: test.verdict }]],
      };
    },
    example: { call: 'AB_TEST(48, 80, 56, 70)', result: 'A 0.6, B 0.8, difference 0.2 (0.0524–0.3339), p 0.008, B better' },
  }),
  kpi({
    id: 'SAMPLE_SIZE',
    family: 'funnel',
    names: { en: 'Sample size per variant', fa: 'حجم نمونه برای هر نسخه', ar: 'حجم العينة لكل نسخة', ru: 'Размер выборки на вариант' },
    unit: 'number',
    direction: 'minimize',
    description: 'Visitors each variant needs to detect a change of minimum_effect in a baseline rate with a two-sided test.',
    formula: '⌈(z(1 − α/2)√(2p̄(1 − p̄)) + z(power)√(p₁(1 − p₁) + p₂(1 − p₂)))² ÷ (p₂ − p₁)²⌉, p̄ = (p₁ + p₂)/2',
    definitionNote: 'p₁ is the baseline rate, p₂ = p₁ + minimum_effect, or p₁ × (1 + minimum_effect) when relative is TRUE; α = 1 − confidence.',
    params: [
      { name: 'baseline_rate', kind: 'fraction', domain: { min: 0, max: 1 }, description: 'The current conversion rate (0.05 or 5%).' },
      { name: 'minimum_effect', kind: 'number', description: 'The smallest change worth detecting: 0.01 is one percentage point, or 10% with relative TRUE.' },
      scalar('power', 'Optional, default 0.8: the chance of detecting a real change that large, above 0.5 and below 1.', DEFAULT_POWER, { min: 0.5, max: 1, open: true }),
      confidence,
      option('relative', 'Optional, default FALSE: TRUE when minimum_effect is relative to the baseline rate.', ['FALSE', 'TRUE'], 'FALSE'),
    ],
    compute: (a) => sampleSize(a.number(0), a.number(1), a.number(2), a.number(3), a.option(4) === 'TRUE'),
    example: { call: 'SAMPLE_SIZE(0.1, 0.05)', result: '686' },
  }),
  kpi({
    id: 'MEAN_CI',
    family: 'revenue',
    names: { en: 'Mean with confidence interval', fa: 'میانگین با بازه اطمینان', ar: 'المتوسط مع فترة الثقة', ru: 'Среднее с доверительным интервалом' },
    unit: 'table',
    direction: 'maximize',
    description: "A mean (order value, response time) with Student's t confidence interval: spills mean, low, high, n.",
    formula: 'x̄ ± t(1 − α/2, n − 1) × s ÷ √n',
    definitionNote: 's is the sample standard deviation (n − 1); at least two values.',
    params: [{ name: 'values', kind: 'list', description: 'The values: order amounts, response times, … (blanks and text are skipped).' }, confidence],
    compute: (a) => intervalTable('mean', meanInterval(a.list(0).values, a.number(1))),
    example: { call: 'MEAN_CI({10;12;9;11;13})', result: 'mean 11, low 9.037, high 12.963, n 5' },
  }),
];
