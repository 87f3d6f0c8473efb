/** Predictive customer lifetime value: BG/NBD purchases times Gamma-Gamma spend, discounted per period. */

import { KpiFailure } from '../failure';
import type { BgNbdParams } from './bgnbd';
import { bgnbdConditionalExpectedPurchases, bgnbdProbabilityAlive } from './bgnbd';
import type { GammaGammaParams } from './gamma-gamma';
import { gammaGammaExpectedSpend } from './gamma-gamma';
import type { RfmRow } from './rfm';

export interface ClvForecastRow {
  readonly id: string;
  /** P(alive | x, tₓ, T). */
  readonly probabilityAlive: number;
  /** C(horizon) = E[purchases in (T, T + horizon] | x, tₓ, T]. */
  readonly expectedPurchases: number;
  /** Gamma-Gamma E[spend per purchase | x, z̄]. */
  readonly expectedSpend: number;
  /** Σᵢ (C(i) − C(i−1)) · spend / (1+d)ⁱ. */
  readonly expectedValue: number;
}

export interface ClvForecast {
  readonly customers: ClvForecastRow[];
  readonly total: { readonly expectedPurchases: number; readonly expectedValue: number };
}

/**
 * CLV over `horizon` periods (the rows' unit) at discount rate d per period:
 * Σᵢ₌₁..⌊h⌋ (C(i) − C(i−1)) · spend / (1+d)ⁱ, plus (C(h) − C(⌊h⌋)) · spend / (1+d)ʰ for a fractional horizon;
 * with d = 0 it is C(h) · spend.
 */
export function clvForecast(
  rows: readonly RfmRow[],
  bg: BgNbdParams,
  gg: GammaGammaParams,
  horizon: number,
  discountRate: number,
): ClvForecast {
  if (!(horizon >= 0 && Number.isFinite(horizon))) throw new KpiFailure('no_data', { argument: 'horizon' });
  if (!(discountRate > -1 && Number.isFinite(discountRate))) throw new KpiFailure('no_data', { argument: 'discount_rate' });
  const whole = Math.floor(horizon);
  let totalPurchases = 0;
  let totalValue = 0;
  const customers = rows.map((row): ClvForecastRow => {
    const { frequency: x, recency: tx, age: T } = row;
    const expected = (t: number): number => bgnbdConditionalExpectedPurchases(bg, t, x, tx, T);
    const expectedSpend = gammaGammaExpectedSpend(gg, x, row.monetary);
    const expectedPurchases = expected(horizon);
    let discountedPurchases = expectedPurchases;
    if (discountRate !== 0) {
      discountedPurchases = 0;
      let previous = 0;
      for (let i = 1; i <= whole; i++) {
        const current = expected(i);
        discountedPurchases += (current - previous) / Math.pow(1 + discountRate, i);
        previous = current;
      }
      if (horizon > whole) discountedPurchases += (expectedPurchases - previous) / Math.pow(1 + discountRate, horizon);
    }
    const expectedValue = discountedPurchases * expectedSpend;
    totalPurchases += expectedPurchases;
    totalValue += expectedValue;
    return { id: row.id, probabilityAlive: bgnbdProbabilityAlive(bg, x, tx, T), expectedPurchases, expectedSpend, expectedValue };
  });
  return { customers, total: { expectedPurchases: totalPurchases, expectedValue: totalValue } };
}
