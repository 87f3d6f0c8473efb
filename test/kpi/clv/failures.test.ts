import { describe, expect, it } from 'vitest';
import { fitBgNbd, fitGammaGamma, fitShiftedBetaGeometric, gammaGammaExpectedSpend, rfmSummary } from '../../../src/kpi/clv/index';
import { reasonOf } from '../../helpers/call';

describe('CLV fits refuse data that cannot support them', () => {
  it('no repeat customers', () => {
    expect(reasonOf(() => fitBgNbd([0, 0, 0], [0, 0, 0], [10, 20, 30]))).toBe('no_repeat_customers');
    expect(reasonOf(() => fitGammaGamma([0, 0, 0], [0, 0, 0]))).toBe('no_repeat_customers');
    expect(reasonOf(() => fitGammaGamma([], []))).toBe('no_repeat_customers');
  });

  it('no variation', () => {
    expect(reasonOf(() => fitBgNbd([2, 2], [5, 5], [10, 10]))).toBe('no_variation');
    expect(reasonOf(() => fitGammaGamma([1, 3, 2], [10, 10, 10]))).toBe('no_variation');
  });

  it('lengths differ', () => {
    expect(reasonOf(() => fitBgNbd([1, 2], [1], [3, 3]))).toBe('lengths_differ');
    expect(reasonOf(() => fitGammaGamma([1, 2], [1]))).toBe('lengths_differ');
    expect(reasonOf(() => rfmSummary(['a', 'b'], [1], [1, 2], 10, 7))).toBe('lengths_differ');
  });

  it('invalid summaries and arguments', () => {
    expect(reasonOf(() => fitBgNbd([], [], []))).toBe('no_data');
    expect(reasonOf(() => fitBgNbd([1, 2], [5, 20], [10, 10]))).toBe('invalid_value');
    expect(reasonOf(() => fitBgNbd([1, Number.NaN], [5, 2], [10, 10]))).toBe('invalid_value');
    expect(reasonOf(() => rfmSummary(['a'], [1], [1], 10, 0))).toBe('divide_by_zero');
    expect(reasonOf(() => rfmSummary(['a'], [Number.NaN], [1], 10, 7))).toBe('invalid_value');
    expect(reasonOf(() => gammaGammaExpectedSpend({ p: 1, q: 0.5, gamma: 1 }, 0, 0))).toBe('fit_did_not_converge');
  });

  it('survival that a beta mixture cannot fit: constant or rising churn runs off to the boundary', () => {
    expect(reasonOf(() => fitShiftedBetaGeometric([1000, 500, 250, 125, 62.5]))).toBe('fit_did_not_converge');
    expect(reasonOf(() => fitShiftedBetaGeometric([100, 100, 90, 80]))).toBe('fit_did_not_converge');
    expect(reasonOf(() => fitShiftedBetaGeometric([100, 80, 80, 70, 66]))).toBe('no failure');
  });

  it('an empty log before the calibration end gives no rows, not a failure', () => {
    expect(rfmSummary(['a', 'b'], [20, 30], [1, 2], 10, 7).ids).toEqual([]);
  });
});
