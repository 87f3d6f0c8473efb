/**
 * Confidence intervals as native formulas, for portable summaries: NORMSINV, SQRT, MIN, MAX and arithmetic only, which
 * Google Sheets, Excel, LibreOffice and HyperFormula compute alike (NORMSINV rather than NORM.S.INV, which an .xlsx file
 * must spell _xlfn.NORM.S.INV). Each term is a formula (`SUM(kpi_won)`, a cell); the results match `rateInterval` and
 * `npsInterval` to 1e-9.
 */
import type { Kpi, NativeTerms } from '../types';

/** The ends of an interval and its half-width, each a formula without the leading '='. */
export interface NativeInterval {
  readonly low: string;
  readonly high: string;
  /** Half the interval's width: the "±" of a proportion's Wilson interval (not centred on the rate) or of NPS's. */
  readonly margin: string;
}

/** z for a confidence level: NORMSINV((1 + confidence)/2). */
const nativeZ = (confidence: string): string => `NORMSINV((1+${confidence})/2)`;

/** Wilson's score interval (see `wilsonInterval`): (s + z²/2)/(n + z²) ± z√(s(n − s)/n + z²/4)/(n + z²), within 0…1. */
export function wilsonNative(successes: string, trials: string, confidence = '0.95'): NativeInterval {
  const z = nativeZ(confidence);
  const s = `(${successes})`;
  const n = `(${trials})`;
  const center = `(${s}+${z}^2/2)/(${n}+${z}^2)`;
  const margin = `${z}*SQRT(${s}*(${n}-${s})/${n}+${z}^2/4)/(${n}+${z}^2)`;
  return { low: `MAX(0,${center}-${margin})`, high: `MIN(1,${center}+${margin})`, margin };
}

/** The adjusted-Wald NPS interval (see `npsInterval`): m = n + 3, 100(P − D)/m ± 100 z √(((P + D + 1.5)/m − ((P − D)/m)²)/m), within −100…100. */
export function npsNative(promoters: string, detractors: string, answers: string, confidence = '0.95'): NativeInterval {
  const m = `(${answers}+3)`;
  const difference = `(${promoters}-${detractors})/${m}`;
  const margin = `100*${nativeZ(confidence)}*SQRT(((${promoters}+${detractors}+1.5)/${m}-(${difference})^2)/${m})`;
  return { low: `MAX(-100,100*${difference}-${margin})`, high: `MIN(100,100*${difference}+${margin})`, margin };
}

/** A catalog KPI's interval as native formulas over its terms: a proportion's part (less minus) among its whole, or NPS's scores; undefined for other KPIs. */
export function nativeIntervalOf(entry: Kpi, t: NativeTerms, confidence = '0.95'): NativeInterval | undefined {
  if (entry.sampling?.kind === 'nps') return npsNative(t.countIf(0, '">=9"'), t.countIf(0, '"<=6"'), t.count(0), confidence);
  if (entry.sampling?.kind !== 'proportion' || !entry.bounded) return undefined;
  const index = (name: string): number => entry.params.findIndex((param) => param.name === name);
  const { part, minus, whole } = entry.bounded;
  return wilsonNative(minus ? `${t.sum(index(part))}-${t.sum(index(minus))}` : t.sum(index(part)), t.sum(index(whole)), confidence);
}
