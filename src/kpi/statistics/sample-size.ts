/** Visitors an A/B test needs per variant. */
import { KpiFailure } from '../failure';
import { normalQuantile, zOf } from './normal';

/** The power and confidence SAMPLE_SIZE (and the sidebar's helper) assume when none is given. */
export const DEFAULT_POWER = 0.8;
export const DEFAULT_CONFIDENCE = 0.95;

/**
 * Visitors per variant to detect p₁ → p₂ with a two-sided test, p₂ = p₁ + effect (or p₁(1 + effect) when `relative`):
 * ⌈(z₁₋α/₂ √(2p̄(1 − p̄)) + z₁₋β √(p₁(1 − p₁) + p₂(1 − p₂)))² ÷ (p₂ − p₁)²⌉, p̄ = (p₁ + p₂)/2, α = 1 − confidence, 1 − β = power.
 */
export function sampleSize(baseline: number, effect: number, power = DEFAULT_POWER, confidence = DEFAULT_CONFIDENCE, relative = false): number {
  const target = relative ? baseline * (1 + effect) : baseline + effect;
  if (target === baseline) throw new KpiFailure('no_change', { argument: 'minimum_effect', value: baseline });
  if (!(target >= 0 && target <= 1)) throw new KpiFailure('rate_out_of_range', { argument: 'minimum_effect', value: target });
  const mean = (baseline + target) / 2;
  const root = zOf(confidence) * Math.sqrt(2 * mean * (1 - mean)) + normalQuantile(power) * Math.sqrt(baseline * (1 - baseline) + target * (1 - target));
  return Math.ceil((root / (target - baseline)) ** 2);
}
