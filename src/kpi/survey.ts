/** Survey KPIs: net promoter score and customer loyalty index (catalog: "Retention and loyalty"). */
import { KpiFailure } from './failure';
import { kpi } from './define';
import type { Args, Kpi, NumberGrid } from './types';

/** Promoters (9–10), detractors (0–6) and answers among 0–10 scores. */
export function npsCounts(scores: ArrayLike<number>): { promoters: number; detractors: number; n: number } {
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (score >= 9) promoters++;
    else if (score <= 6) detractors++;
  }
  return { promoters, detractors, n: scores.length };
}

/** NPS = 100 × (promoters (9–10) − detractors (0–6)) ÷ answers, on −100…100. */
export function netPromoterScore(scores: ArrayLike<number>): number {
  const { promoters, detractors, n } = npsCounts(scores);
  if (n === 0) throw new KpiFailure('no_data', { argument: 'scores' });
  return (100 * (promoters - detractors)) / n;
}

/** CLI = mean over customers of the mean of their answers scored 1→100, 2→80, …, 6→0 (score = 120 − 20 × answer). */
export function customerLoyaltyIndex(answers: NumberGrid): number {
  const { values, rowCount, columnCount } = answers;
  let total = 0;
  let customers = 0;
  for (let r = 0; r < rowCount; r++) {
    let sum = 0;
    let n = 0;
    for (let i = r * columnCount; i < (r + 1) * columnCount; i++) {
      const answer = values[i];
      if (answer !== answer) continue; // NaN: no answer
      sum += 120 - 20 * answer;
      n++;
    }
    if (n === 0) continue;
    total += sum / n;
    customers++;
  }
  if (customers === 0) throw new KpiFailure('no_data', { argument: 'answers' });
  return total / customers;
}

export const SURVEY: readonly Kpi[] = [
  kpi({
    id: 'NPS',
    family: 'survey',
    names: { en: 'Net promoter score', fa: 'خالص ترویج کنندگان', ar: 'صافي نقاط الترويج', ru: 'Индекс потребительской лояльности (NPS)' },
    unit: 'score',
    direction: 'maximize',
    description: 'Net promoter score: % promoters (9–10) − % detractors (0–6), from −100 to 100.',
    formula: '100 × (promoters − detractors) ÷ answers',
    definitionNote: 'The 0–10 scale only; passives (7–8) count in the answers but not in the difference.',
    params: [{ name: 'scores', kind: 'list', domain: { min: 0, max: 10, whole: true }, description: 'Answers to "would you recommend us?" on 0–10.' }],
    compute: (a: Args) => netPromoterScore(a.list(0).values),
    native: (t) => `100*(${t.countIf(0, '">=9"')}-${t.countIf(0, '"<=6"')})/${t.count(0)}`,
    sampling: { kind: 'nps' },
    example: { call: 'NPS({1;2;3;5;7;8;9;9;9;10})', result: '0' },
  }),
  kpi({
    id: 'CLI',
    family: 'survey',
    names: { en: 'Customer loyalty index', fa: 'شاخص وفاداری مشتری', ar: 'مؤشر ولاء العملاء', ru: 'Индекс лояльности клиентов' },
    unit: 'score',
    direction: 'maximize',
    description: 'Customer loyalty index 0–100: answers 1…6 scored 100, 80, 60, 40, 20, 0; mean per customer (row), then mean of customers.',
    formula: 'mean over rows of mean(120 − 20 × answer)',
    definitionNote: "The seed's 1–6 scale only (1 = most willing); one customer per row, one question per column.",
    params: [{ name: 'answers', kind: 'grid', domain: { min: 1, max: 6, whole: true }, description: 'Answers on 1–6 (1 = most willing), one customer per row, one question per column.' }],
    compute: (a: Args) => customerLoyaltyIndex(a.grid(0)),
    example: { call: 'CLI({1,2,3})', result: '80' },
  }),
];
