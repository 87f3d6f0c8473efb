/**
 * The sidebar's sample-size helper: "how many visitors do I need" from a baseline rate and the smallest effect worth
 * detecting, typed as percents in the spreadsheet's locale, computed here with SAMPLE_SIZE's own function (no server call).
 */
import { KpiFailure } from '../kpi/failure';
import { DEFAULT_CONFIDENCE, DEFAULT_POWER, sampleSize } from '../kpi/statistics/sample-size';
import { localeTag, parseTarget } from './targets';

/** What the user typed; power and confidence are null until typed (their defaults, 80% and 95%, are shown). */
export interface SampleSizeText {
  readonly baseline: string;
  readonly effect: string;
  /** Whether the effect is a percent of the baseline rate rather than percentage points. */
  readonly relative: boolean;
  readonly power: string | null;
  readonly confidence: string | null;
}

export const EMPTY_SAMPLE_SIZE: SampleSizeText = { baseline: '', effect: '', relative: false, power: null, confidence: null };

/** Why there is no answer yet: a field left blank, a number that does not read, or a value outside its range. */
export type SampleSizeProblem = 'incomplete' | 'unreadable' | 'baseline' | 'effect' | 'power' | 'confidence';

export type SampleSizeAnswer = { readonly ok: true; readonly visitors: number } | { readonly ok: false; readonly problem: SampleSizeProblem };

/** A percent as this locale writes it, without the sign (the field shows it): 80 → "80", "۸۰" in fa_IR. */
export function percentText(fraction: number, locale: string): string {
  return new Intl.NumberFormat(localeTag(locale), { useGrouping: false, maximumFractionDigits: 6 }).format(Number((fraction * 100).toPrecision(12)));
}

/**
 * Visitors per variant to detect the change (two-sided test): SAMPLE_SIZE(baseline, effect, power, confidence, relative),
 * each field read as a percent ("5" and "5%" are 0.05). The baseline lies strictly between 0% and 100%, power between
 * 50% and 100%, confidence between 0% and 100%; the effect is not 0 and keeps the new rate within 0%–100%.
 */
export function sampleSizeAnswer(text: SampleSizeText, locale: string): SampleSizeAnswer {
  if (text.baseline.trim() === '' || text.effect.trim() === '') return { ok: false, problem: 'incomplete' };
  const read = (typed: string | null, fallback: number): number | null => {
    if (typed === null || typed.trim() === '') return fallback;
    const parsed = parseTarget(typed, 'percentage', locale);
    return parsed.ok ? parsed.value : null;
  };
  const [baseline, effect, power, confidence] = [read(text.baseline, NaN), read(text.effect, NaN), read(text.power, DEFAULT_POWER), read(text.confidence, DEFAULT_CONFIDENCE)];
  if (baseline === null || effect === null || power === null || confidence === null) return { ok: false, problem: 'unreadable' };
  if (!(baseline > 0 && baseline < 1)) return { ok: false, problem: 'baseline' };
  if (!(power > 0.5 && power < 1)) return { ok: false, problem: 'power' };
  if (!(confidence > 0 && confidence < 1)) return { ok: false, problem: 'confidence' };
  try {
    // SAMPLE_SIZE refuses no change and a new rate outside 0%–100%.
    const visitors = sampleSize(baseline, effect, power, confidence, text.relative);
    return Number.isFinite(visitors) ? { ok: true, visitors } : { ok: false, problem: 'effect' };
  } catch (error) {
    if (error instanceof KpiFailure) return { ok: false, problem: 'effect' };
    throw error;
  }
}
