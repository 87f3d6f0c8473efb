import { describe, expect, it } from 'vitest';
import { fitShiftedBetaGeometric, sbgSurvival } from '../../../src/kpi/clv/index';
import { reasonOf } from '../../helpers/call';

const HIGH_END = [100, 86.9, 74.3, 65.3, 59.3, 55.1, 51.7, 49.1];
const REGULAR = [100, 63.1, 46.8, 38.2, 32.6, 28.9, 26.2, 24.1];

describe('shifted-beta-geometric (Fader & Hardie 2007)', () => {
  it('fits High End years 0–7 to α = 0.668, β = 3.806 and projects years 8–12', () => {
    const fit = fitShiftedBetaGeometric(HIGH_END);
    expect(Math.abs(fit.alpha - 0.668)).toBeLessThan(0.005);
    expect(Math.abs(fit.beta - 3.806)).toBeLessThan(0.005);
    [0.46, 0.436, 0.414, 0.395, 0.378].forEach((s, i) => expect(Math.abs(sbgSurvival(fit, 8 + i) - s)).toBeLessThan(0.002));
  });

  it('fits Regular years 0–7 to α = 0.704, β = 1.182 and projects years 8–12', () => {
    const fit = fitShiftedBetaGeometric(REGULAR);
    expect(Math.abs(fit.alpha - 0.704)).toBeLessThan(0.005);
    expect(Math.abs(fit.beta - 1.182)).toBeLessThan(0.005);
    [0.22, 0.204, 0.191, 0.18, 0.17].forEach((s, i) => expect(Math.abs(sbgSurvival(fit, 8 + i) - s)).toBeLessThan(0.002));
  });

  it('reads percentages, fractions and the 1,000-customer counts alike', () => {
    const percent = fitShiftedBetaGeometric(REGULAR);
    const fractions = fitShiftedBetaGeometric(REGULAR.map((s) => s / 100));
    const counts = fitShiftedBetaGeometric(REGULAR.map((s) => Math.round(s * 10)));
    for (const other of [fractions, counts]) {
      expect(other.alpha).toBeCloseTo(percent.alpha, 5);
      expect(other.beta).toBeCloseTo(percent.beta, 5);
      expect(other.logLikelihood).toBeCloseTo(percent.logLikelihood, 4);
    }
  });

  it('weighs the likelihood with a cohort’s own counts: same maximiser, LL scaled', () => {
    const thousand = fitShiftedBetaGeometric(REGULAR.map((s) => Math.round(s * 10)));
    const fiveThousand = fitShiftedBetaGeometric(REGULAR.map((s) => Math.round(s * 50)));
    expect(fiveThousand.alpha).toBeCloseTo(thousand.alpha, 5);
    expect(fiveThousand.beta).toBeCloseTo(thousand.beta, 5);
    expect(fiveThousand.logLikelihood).toBeCloseTo(5 * thousand.logLikelihood, 3);
  });

  it('has S(0) = 1 and decreasing S(t)', () => {
    const fit = fitShiftedBetaGeometric(HIGH_END);
    expect(sbgSurvival(fit, 0)).toBe(1);
    for (let t = 1; t < 30; t++) expect(sbgSurvival(fit, t)).toBeLessThan(sbgSurvival(fit, t - 1));
  });

  it('is deterministic', () => {
    expect(fitShiftedBetaGeometric(HIGH_END)).toEqual(fitShiftedBetaGeometric(HIGH_END));
  });

  it('refuses flat, increasing and too short survival', () => {
    expect(reasonOf(() => fitShiftedBetaGeometric([100, 100, 100, 100]))).toBe('survival_not_decreasing');
    expect(reasonOf(() => fitShiftedBetaGeometric([100, 80, 85, 70]))).toBe('survival_not_decreasing');
    expect(reasonOf(() => fitShiftedBetaGeometric([100, 80]))).toBe('too_few_periods');
    expect(reasonOf(() => fitShiftedBetaGeometric([0, 0, 0]))).toBe('invalid_value');
  });
});
