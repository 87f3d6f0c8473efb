/** Which column roles feed which KPI parameter, and the KPIs a selection can feed (proposal). */
import { CATALOG } from '../kpi/catalog';
import type { Family, Kpi, Language } from '../kpi/types';
import type { ColumnDescription, RangeFacts } from './facts';
import { roleLabel, type Role } from './roles';

/** Roles that feed a parameter, best first, by parameter name. */
const BY_PARAM: Readonly<Record<string, readonly Role[]>> = {
  costs: ['cost', 'ad_spend'],
  cost: ['cost', 'ad_spend'],
  new_customers: ['new_customers', 'customers'],
  leads: ['leads'],
  clicks: ['clicks'],
  impressions: ['impressions'],
  revenue: ['revenue', 'amount'],
  amounts: ['revenue', 'amount'],
  ad_spend: ['ad_spend', 'cost'],
  own_spend: ['ad_spend', 'cost'],
  competitors_spend: ['competitor_spend'],
  social_leads: ['social_leads'],
  all_leads: ['leads'],
  conversions: ['conversions', 'customers', 'new_customers'],
  total: ['leads', 'visits'],
  won: ['won'],
  opportunities: ['opportunities', 'deals'],
  deals: ['deals', 'opportunities'],
  visits: ['visits'],
  submissions: ['form_submissions'],
  views: ['form_views'],
  converted: ['trial_conversions'],
  trials: ['trials'],
  orders: ['orders'],
  items: ['items'],
  active_users: ['active_users'],
  customers: ['customers', 'new_customers'],
  reps: ['sales_reps'],
  customers_at_start: ['customers_start'],
  customers_end: ['customers_end'],
  customers_start: ['customers_start'],
  scores: ['score'],
  interactions: ['interactions'],
  audience: ['audience', 'followers'],
  delivered: ['delivered'],
  sent: ['sent'],
  bounced: ['bounced'],
  unsubscribed: ['unsubscribed'],
  mql: ['mql'],
  sql: ['sql'],
  loyal_increase: ['loyal_revenue'],
  gross_margin: ['gross_margin'],
  churn_rate: ['churn_rate'],
  customer_ids: ['customer_id'],
  dates: ['date'],
  values: ['revenue', 'amount'],
  start_dates: ['start_date'],
  end_dates: ['end_date'],
  stage_counts: ['stage'],
};

/** Where a parameter name means different things in different KPIs. */
const BY_KPI: Readonly<Record<string, Readonly<Record<string, readonly Role[]>>>> = {
  CHURN: { lost: ['lost_customers'] },
  LOST_SALES_RATE: { lost: ['lost_deals'] },
  EMAIL_CONVERSION: { conversions: ['email_conversions', 'conversions'] },
  CPC: { cost: ['ad_spend', 'cost'] },
  CPM: { cost: ['ad_spend', 'cost'] },
  PROFIT_MARGIN: { costs: ['cost'] },
};

/** The roles that can feed parameter `name` of KPI `id`. */
export function rolesFor(id: string, name: string): readonly Role[] {
  return BY_KPI[id]?.[name] ?? BY_PARAM[name] ?? [];
}

/** A column chosen for a parameter, with the range it lies in. */
export interface BoundColumn {
  readonly range: RangeFacts;
  readonly column: ColumnDescription;
}

/** The table functions the summary writes as a spilled formula under the KPI rows. */
export const SUMMARY_TABLES: ReadonlySet<string> = new Set(['FUNNEL', 'PERIOD_SERIES', 'NEW_CUSTOMERS', 'CHURN_BY_PERIOD', 'COHORT_RETENTION', 'CLV_FORECAST']);

/** A KPI the summary can write: a row whose parameters are all sums over columns, or one of the summary's tables. */
export function summarizable(entry: Kpi): boolean {
  if (SUMMARY_TABLES.has(entry.id)) return true;
  return entry.compute !== undefined &&
    entry.unit !== 'table' &&
    entry.params.length > 0 &&
    entry.params.every((param) => ['money', 'count', 'number', 'fraction', 'list', 'option'].includes(param.kind) && (param.kind !== 'list' || !param.vector));
}

/** A table KPI's variant: its one option besides the period (PERIOD_SERIES aggregate, CHURN_BY_PERIOD basis, COHORT_RETENTION measure, CLV_FORECAST unit). */
export function variantParam(entry: Kpi): Kpi['params'][number] | undefined {
  return SUMMARY_TABLES.has(entry.id) ? entry.params.find((param) => param.kind === 'option' && param.name !== 'period') : undefined;
}

/** A parameter the summary fills without a column: options, optional scalars and a single date (the calibration end is the last date). */
const unboundKind = (param: Kpi['params'][number]): boolean => param.kind === 'option' || param.kind === 'scalar' || (param.kind === 'dates' && !param.vector) || (param.kind === 'labels' && param.optional !== undefined);

/** The first column whose role feeds the parameter, trying the roles in order of preference. */
function findColumn(ranges: readonly RangeFacts[], roles: readonly Role[], taken: ReadonlySet<ColumnDescription>): BoundColumn | undefined {
  for (const role of roles) {
    for (const range of ranges) {
      const column = range.columns.find((c) => c.role === role && !taken.has(c));
      if (column) return { range, column };
    }
  }
  return undefined;
}

/**
 * Per parameter index, the column bound to it (undefined for an unbound optional or option parameter). A table
 * function reads rows, so its columns must come from one range: the first range that feeds them all.
 */
export function bind(entry: Kpi, ranges: readonly RangeFacts[]): (BoundColumn | undefined)[] | { missing: string; roles: readonly Role[] } {
  if (entry.unit !== 'table') return bindIn(entry, ranges);
  let first: ReturnType<typeof bindIn> | undefined;
  for (const range of ranges) {
    const binding = bindIn(entry, [range]);
    if (Array.isArray(binding)) return binding;
    first ??= binding;
  }
  return first ?? bindIn(entry, ranges);
}

function bindIn(entry: Kpi, ranges: readonly RangeFacts[]): (BoundColumn | undefined)[] | { missing: string; roles: readonly Role[] } {
  const taken = new Set<ColumnDescription>();
  const bound: (BoundColumn | undefined)[] = [];
  for (const param of entry.params) {
    if (unboundKind(param)) {
      bound.push(undefined);
      continue;
    }
    const roles = rolesFor(entry.id, param.name);
    const found = findColumn(ranges, roles, taken);
    if (!found && !param.optional) return { missing: param.name, roles };
    if (found) taken.add(found.column);
    bound.push(found);
  }
  return bound;
}

export interface Proposal {
  readonly id: string;
  readonly family: Family;
  readonly name: string;
  readonly unit: Kpi['unit'];
  readonly direction: Kpi['direction'];
  readonly available: boolean;
  /** For a KPI that is not available: the input it lacks, in words ("needs a leads column"). */
  readonly needs?: string;
}

const NEEDS: Record<Language, (what: string) => string> = {
  en: (what) => `needs ${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what} column`,
  fa: (what) => `به ستون ${what} نیاز دارد`,
  ar: (what) => `يحتاج إلى عمود ${what}`,
  ru: (what) => `нужен столбец «${what}»`,
};

/** Every summarizable KPI with whether the selection feeds it, grouped by family in catalog order. */
export function proposeKpis(ranges: readonly RangeFacts[], language: Language): Proposal[] {
  return CATALOG.filter(summarizable).map((entry) => {
    const binding = bind(entry, ranges);
    const base = { id: entry.id, family: entry.family, name: entry.names[language], unit: entry.unit, direction: entry.direction };
    if (!Array.isArray(binding)) {
      const what = binding.roles.length > 0 ? roleLabel(binding.roles[0], language).toLowerCase() : binding.missing;
      return { ...base, available: false, needs: NEEDS[language](what) };
    }
    return { ...base, available: true };
  });
}
