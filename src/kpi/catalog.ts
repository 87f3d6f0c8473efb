/** The KPI catalog: every KPI of kpi-catalog.md, in one list, the single source for functions, docs and the summary. */
import { ACQUISITION } from './acquisition';
import { BY_PERIOD } from './by-period';
import { COUNTS } from './counts';
import { DIGITAL } from './digital';
import { FUNNEL_KPIS } from './funnel';
import { CLV_PREDICTIONS } from './clv-predictions';
import { LIFETIME_VALUE } from './lifetime-value';
import { RAW_ROWS } from './raw-rows';
import { RETENTION_KPIS } from './retention';
import { REVENUE } from './revenue';
import { SIGNIFICANCE } from './significance';
import { SURVEY } from './survey';
import type { Kpi } from './types';

export const CATALOG: readonly Kpi[] = [
  ...ACQUISITION,
  ...FUNNEL_KPIS,
  ...COUNTS,
  ...REVENUE,
  ...RETENTION_KPIS,
  ...SURVEY,
  ...DIGITAL,
  ...RAW_ROWS,
  ...LIFETIME_VALUE,
  ...CLV_PREDICTIONS,
  ...BY_PERIOD,
  ...SIGNIFICANCE,
];

const BY_ID = new Map(CATALOG.map((entry) => [entry.id, entry]));

/** The catalog entry with this id, or undefined. */
export function kpiById(id: string): Kpi | undefined {
  return BY_ID.get(id);
}

/** The KPIs that are custom functions, in catalog order. */
export function customFunctions(): Kpi[] {
  return CATALOG.filter((entry) => entry.customFunction);
}
