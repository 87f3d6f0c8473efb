/** Predictive customer lifetime value: RFM summary, BG/NBD, Gamma-Gamma, shifted-beta-geometric, forecast. */

export { rfmSummary } from './rfm';
export type { RfmRow } from './rfm';
export { fitBgNbd, bgnbdExpectedPurchases, bgnbdConditionalExpectedPurchases, bgnbdProbabilityAlive } from './bgnbd';
export type { BgNbdParams, BgNbdFit } from './bgnbd';
export { fitGammaGamma, gammaGammaExpectedSpend } from './gamma-gamma';
export type { GammaGammaParams, GammaGammaFit } from './gamma-gamma';
export { fitShiftedBetaGeometric, sbgSurvival } from './sbg';
export type { SbgParams, SbgFit } from './sbg';
export { clvForecast } from './forecast';
export type { ClvForecast, ClvForecastRow } from './forecast';
export { minimizePositive } from './optimize';
export type { MinimizeOptions, MinimizeResult } from './optimize';
export { lnGamma, lnBeta, hyp2f1 } from './special';
