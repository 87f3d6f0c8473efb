/** Predictive customer lifetime value: a purchase model's expected purchases times Gamma-Gamma spend, discounted per period. */

import { KpiFailure } from '../failure';
import type { GammaGammaParams } from './gamma-gamma';
import { gammaGammaExpectedSpend, spendIncluded } from './gamma-gamma';
import { distinct } from './groups';
import type { PurchaseModel } from './purchase-model';

const { floor, pow } = Math;
const isFinite = Number.isFinite;

/** The customers to forecast: the columns of an RFM summary. */
export interface ForecastCustomers {
  readonly ids: readonly string[];
  readonly frequency: ArrayLike<number>;
  readonly recency: ArrayLike<number>;
  readonly age: ArrayLike<number>;
  readonly monetary: ArrayLike<number> | null;
}

export interface ForecastOptions {
  /** How many periods ahead. */
  readonly horizon: number;
  /** Discount rate per period (0.01 = 1%). */
  readonly discountRate: number;
  /**
   * Length of a period in the summary's unit, default 1: with a month length (30 days, 30.4375 days, 4.345 weeks, as
   * the peers count a month) the horizon is in months and the rate per month, as lifetimes' customer_lifetime_value.
   */
  readonly periodLength?: number;
  /** Repeat customers whose mean spend is below this (or not above 0) are left out of the spend columns and the total value. */
  readonly minSpend?: number;
}

/** Per customer (columns aligned with the input) and in total. */
export interface ClvForecast {
  readonly ids: readonly string[];
  /** P(alive | x, tₓ, T). */
  readonly probabilityAlive: Float64Array;
  /** C(h·L) = E[purchases in (T, T + h·L] | x, tₓ, T]. */
  readonly expectedPurchases: Float64Array;
  /** Gamma-Gamma E[spend per purchase | x, z̄]; NaN for a customer left out by minSpend; null without a spend model. */
  readonly expectedSpend: Float64Array | null;
  /** Σᵢ (C(iL) − C((i−1)L)) · spend / (1+d)ⁱ; NaN where the spend is. */
  readonly expectedValue: Float64Array | null;
  readonly total: { readonly expectedPurchases: number; readonly expectedValue: number | null };
  /** Repeat customers left out of the spend model by minSpend. */
  readonly excluded: number;
}

/**
 * Throws zero_spend_customer naming the first repeat customer whose mean spend is not above 0, with their count, unless
 * minSpend is given (then they are left out of the spend model and reported as excluded).
 */
export function checkRepeatSpend(customers: ForecastCustomers, minSpend: number | undefined): void {
  const { monetary } = customers;
  if (!monetary || minSpend !== undefined) return;
  let first = -1;
  let count = 0;
  for (let c = 0; c < customers.ids.length; c++) {
    if (customers.frequency[c] > 0 && !(monetary[c] > 0)) {
      if (first < 0) first = c;
      count++;
    }
  }
  if (count > 0) throw new KpiFailure('zero_spend_customer', { value: customers.ids[first], other: monetary[first], count });
}

/**
 * CLV over h periods of L units at rate d per period: Σᵢ₌₁..⌊h⌋ (C(iL) − C((i−1)L)) · spend / (1+d)ⁱ, plus
 * (C(hL) − C(⌊h⌋L)) · spend / (1+d)ʰ for a fractional horizon; with d = 0 it is C(hL) · spend. C = P(alive) × the alive
 * customer's expectation, which depends on (x, T) only: the discounted sum is computed once per distinct (x, T).
 * Without a spend model the forecast has purchases and P(alive) only.
 */
export function clvForecast(customers: ForecastCustomers, model: PurchaseModel, spend: GammaGammaParams | null, options: ForecastOptions): ClvForecast {
  const { horizon, discountRate } = options;
  const length = options.periodLength ?? 1;
  if (!(horizon >= 0 && isFinite(horizon))) throw new KpiFailure('no_data', { argument: 'horizon' });
  if (!(discountRate > -1 && isFinite(discountRate))) throw new KpiFailure('no_data', { argument: 'discount_rate' });
  if (!(length > 0 && isFinite(length))) throw new KpiFailure('divide_by_zero', { argument: 'month_length' });
  const whole = floor(horizon);
  const factors = new Float64Array(whole + 1);
  for (let i = 1; i <= whole; i++) factors[i] = 1 / pow(1 + discountRate, i);
  const lastFactor = 1 / pow(1 + discountRate, horizon);
  /** The alive customer's expectation over the horizon, and its discounted sum, once per distinct (x, T). */
  const n = customers.ids.length;
  const xs = distinct(Float64Array.from(customers.frequency));
  const Ts = distinct(Float64Array.from(customers.age));
  const pairs = distinct(Float64Array.from(xs.index, (xi, c) => xi * Ts.values.length + Ts.index[c]));
  const aliveFull = new Float64Array(pairs.values.length);
  const aliveDiscounted = new Float64Array(pairs.values.length);
  for (let k = 0; k < pairs.values.length; k++) {
    const Ti = pairs.values[k] % Ts.values.length;
    const x = xs.values[(pairs.values[k] - Ti) / Ts.values.length];
    const T = Ts.values[Ti];
    const full = model.aliveExpected(horizon * length, x, T);
    let discounted = full;
    if (discountRate !== 0) {
      discounted = 0;
      let previous = 0;
      for (let i = 1; i <= whole; i++) {
        const current = model.aliveExpected(i * length, x, T);
        discounted += (current - previous) * factors[i];
        previous = current;
      }
      if (horizon > whole) discounted += (full - previous) * lastFactor;
    }
    aliveFull[k] = full;
    aliveDiscounted[k] = discounted;
  }
  const probabilityAlive = new Float64Array(n);
  const expectedPurchases = new Float64Array(n);
  const expectedSpend = spend ? new Float64Array(n) : null;
  const expectedValue = spend ? new Float64Array(n) : null;
  let totalPurchases = 0;
  let totalValue = 0;
  let excluded = 0;
  for (let c = 0; c < n; c++) {
    const x = customers.frequency[c];
    const T = customers.age[c];
    const alive = model.probabilityAlive(x, customers.recency[c], T);
    const full = aliveFull[pairs.index[c]];
    const discounted = aliveDiscounted[pairs.index[c]];
    probabilityAlive[c] = alive;
    expectedPurchases[c] = alive * full;
    totalPurchases += alive * full;
    if (spend && expectedSpend && expectedValue) {
      const m = customers.monetary ? customers.monetary[c] : 0;
      if (x > 0 && !spendIncluded(m, options.minSpend)) {
        expectedSpend[c] = NaN;
        expectedValue[c] = NaN;
        excluded++;
        continue;
      }
      const perPurchase = gammaGammaExpectedSpend(spend, x, m);
      expectedSpend[c] = perPurchase;
      expectedValue[c] = alive * discounted * perPurchase;
      totalValue += expectedValue[c];
    }
  }
  return {
    ids: customers.ids,
    probabilityAlive,
    expectedPurchases,
    expectedSpend,
    expectedValue,
    total: { expectedPurchases: totalPurchases, expectedValue: spend ? totalValue : null },
    excluded,
  };
}
