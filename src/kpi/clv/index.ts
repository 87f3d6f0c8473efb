/** Predictive customer lifetime value: RFM summary, BG/NBD, Pareto/NBD, Gamma-Gamma, shifted-beta-geometric, forecast, tracking. */

export { rfmSummary } from './rfm';
export type { RfmSummary, RfmUnit, RfmOptions } from './rfm';
export {
  fitBgNbd,
  bgnbdExpectedPurchases,
  bgnbdAliveExpectedPurchases,
  bgnbdConditionalExpectedPurchases,
  bgnbdProbabilityAlive,
  bgnbdProbabilityOfPurchases,
  bgnbdConditionalProbabilityOfPurchases,
  bgnbdLogLikelihood,
} from './bgnbd';
export type { BgNbdParams, BgNbdFit, FitOptions } from './bgnbd';
export {
  fitParetoNbd,
  paretoNbdExpectedPurchases,
  paretoNbdAliveExpectedPurchases,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdProbabilityAlive,
  paretoNbdProbabilityOfPurchases,
  paretoNbdConditionalProbabilityOfPurchases,
  paretoNbdLogLikelihood,
} from './pareto-nbd';
export type { ParetoNbdParams, ParetoNbdFit } from './pareto-nbd';
export { fitGammaGamma, gammaGammaExpectedSpend, spendIncluded } from './gamma-gamma';
export type { GammaGammaParams, GammaGammaFit, SpendOptions } from './gamma-gamma';
export { fitShiftedBetaGeometric, sbgSurvival } from './sbg';
export type { SbgParams, SbgFit } from './sbg';
export { purchaseModel, fitPurchaseModel, conditionalExpected, MODEL_NAMES, MODEL_PARAMETERS } from './purchase-model';
export type { ModelName, PurchaseModel, FittedModel } from './purchase-model';
export { clvForecast, checkRepeatSpend } from './forecast';
export type { ClvForecast, ForecastCustomers, ForecastOptions } from './forecast';
export { clvTracking } from './tracking';
export type { TrackingTable } from './tracking';
export { minimizePositive } from './optimize';
export type { MinimizeOptions, MinimizeResult } from './optimize';
export { minimizePositiveSmooth } from './quasi-newton';
export { standardErrors } from './standard-errors';
export { lnGamma, lnBeta, digamma, hyp2f1 } from './special';
