/** The two purchase models behind one interface, so the forecast, the tracking table and the predictions serve either. */

import type { FitOptions } from './bgnbd';
import {
  bgnbdAliveExpectedPurchases,
  bgnbdConditionalProbabilityOfPurchases,
  bgnbdLogLikelihood,
  bgnbdProbabilityAlive,
  bgnbdProbabilityOfPurchases,
  fitBgNbd,
  type BgNbdParams,
} from './bgnbd';
import {
  fitParetoNbd,
  paretoNbdAliveExpectedPurchases,
  paretoNbdConditionalProbabilityOfPurchases,
  paretoNbdLogLikelihood,
  paretoNbdProbabilityAlive,
  paretoNbdProbabilityOfPurchases,
  type ParetoNbdParams,
} from './pareto-nbd';

export type ModelName = 'bgnbd' | 'pareto_nbd';
export const MODEL_NAMES: readonly ModelName[] = ['bgnbd', 'pareto_nbd'];

/** The parameter names of each model, in the order its fit reports them. */
export const MODEL_PARAMETERS: Readonly<Record<ModelName, readonly string[]>> = { bgnbd: ['r', 'alpha', 'a', 'b'], pareto_nbd: ['r', 'alpha', 's', 'beta'] };

/** A fitted purchase model: every prediction for a customer with history (x, tₓ, T); x = tₓ = T = 0 is a new customer. */
export interface PurchaseModel {
  readonly name: ModelName;
  /** The parameters in MODEL_PARAMETERS order. */
  readonly values: readonly number[];
  /** P(alive at T | x, tₓ, T). */
  probabilityAlive(x: number, tx: number, T: number): number;
  /** Expected purchases in (T, T + t] of a customer alive at T after x purchases (depends on x and T only). */
  aliveExpected(t: number, x: number, T: number): number;
  /** P(exactly n purchases in (T, T + t] | x, tₓ, T). */
  probabilityOfPurchases(t: number, n: number, x: number, tx: number, T: number): number;
  /** ln L(parameters | x, tₓ, T). */
  logLikelihood(x: number, tx: number, T: number): number;
}

/** E[Y(t) | x, tₓ, T] = P(alive) × the alive customer's expectation; a new customer's E[X(t)] at x = tₓ = T = 0. */
export function conditionalExpected(model: PurchaseModel, t: number, x: number, tx: number, T: number): number {
  return model.probabilityAlive(x, tx, T) * model.aliveExpected(t, x, T);
}

/** The model with these parameters (in MODEL_PARAMETERS order). */
export function purchaseModel(name: ModelName, values: readonly number[]): PurchaseModel {
  if (name === 'bgnbd') {
    const p: BgNbdParams = { r: values[0], alpha: values[1], a: values[2], b: values[3] };
    return {
      name,
      values,
      probabilityAlive: (x, tx, T) => bgnbdProbabilityAlive(p, x, tx, T),
      aliveExpected: (t, x, T) => bgnbdAliveExpectedPurchases(p, t, x, T),
      probabilityOfPurchases: (t, n, x, tx, T) => (x > 0 || T > 0 ? bgnbdConditionalProbabilityOfPurchases(p, t, n, x, tx, T) : bgnbdProbabilityOfPurchases(p, t, n)),
      logLikelihood: (x, tx, T) => bgnbdLogLikelihood(p, x, tx, T),
    };
  }
  const p: ParetoNbdParams = { r: values[0], alpha: values[1], s: values[2], beta: values[3] };
  return {
    name,
    values,
    probabilityAlive: (x, tx, T) => paretoNbdProbabilityAlive(p, x, tx, T),
    aliveExpected: (t, x, T) => paretoNbdAliveExpectedPurchases(p, t, x, T),
    probabilityOfPurchases: (t, n, x, tx, T) => (x > 0 || T > 0 ? paretoNbdConditionalProbabilityOfPurchases(p, t, n, x, tx, T) : paretoNbdProbabilityOfPurchases(p, t, n)),
    logLikelihood: (x, tx, T) => paretoNbdLogLikelihood(p, x, tx, T),
  };
}

/** A model fitted by maximum likelihood: the model, its log-likelihood and, when asked for, the standard errors. */
export interface FittedModel {
  readonly model: PurchaseModel;
  readonly logLikelihood: number;
  readonly standardErrors?: readonly number[];
}

/** Fits `name` to a calibration summary. */
export function fitPurchaseModel(name: ModelName, frequency: ArrayLike<number>, recency: ArrayLike<number>, age: ArrayLike<number>, options: FitOptions = {}): FittedModel {
  if (name === 'bgnbd') {
    const fit = fitBgNbd(frequency, recency, age, options);
    return { model: purchaseModel(name, [fit.r, fit.alpha, fit.a, fit.b]), logLikelihood: fit.logLikelihood, standardErrors: fit.standardErrors };
  }
  const fit = fitParetoNbd(frequency, recency, age, options);
  return { model: purchaseModel(name, [fit.r, fit.alpha, fit.s, fit.beta]), logLikelihood: fit.logLikelihood, standardErrors: fit.standardErrors };
}
