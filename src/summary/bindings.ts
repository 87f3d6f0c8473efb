/** Which column roles feed which KPI parameter, and the KPIs a selection can feed (proposal). */
import { CATALOG } from '../kpi/catalog';
import { LANGUAGE_PARAM } from '../kpi/define';
import type { Family, Kpi, Language, Localized } from '../kpi/types';
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
export const SUMMARY_TABLES: ReadonlySet<string> = new Set(['FUNNEL', 'PERIOD_SERIES', 'NEW_CUSTOMERS', 'CHURN_BY_PERIOD', 'COHORT_RETENTION', 'CLV_FORECAST', 'CLV_TRACKING']);

/** A KPI the summary can write: a row whose parameters are all sums over columns, or one of the summary's tables. */
export function summarizable(entry: Kpi): boolean {
  if (SUMMARY_TABLES.has(entry.id)) return true;
  return entry.compute !== undefined &&
    entry.unit !== 'table' &&
    entry.params.length > 0 &&
    entry.params.every((param) => ['money', 'count', 'number', 'fraction', 'list', 'option'].includes(param.kind) && (param.kind !== 'list' || !param.vector));
}

/** A table KPI's variants: the options the sidebar offers besides the period and the calendar (PERIOD_SERIES aggregate, CLV_FORECAST unit and model, …). */
export function variantParams(entry: Kpi): Kpi['params'] {
  return SUMMARY_TABLES.has(entry.id) ? entry.params.filter((param) => param.kind === 'option' && param.name !== 'period' && param.name !== 'calendar' && param.name !== LANGUAGE_PARAM) : [];
}

/** A variant's key in a request: the KPI id for its first variant (as saved requests have it), `ID.option` for the others (CLV_FORECAST.model). */
export function variantKey(entry: Kpi, param: Kpi['params'][number]): string {
  return variantParams(entry)[0] === param ? entry.id : `${entry.id}.${param.name}`;
}

/** The variants chosen for `entry` in a request's `variants`, by option name, each one of its option's choices. */
export function chosenVariants(entry: Kpi, variants: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const chosen: Record<string, string> = {};
  for (const param of variantParams(entry)) {
    const value = variants?.[variantKey(entry, param)];
    if (value !== undefined && param.choices?.includes(value)) chosen[param.name] = value;
  }
  return chosen;
}

/** A parameter the summary fills without a column: options, optional scalars and a single date (the calibration end is the last date). */
const unboundKind = (param: Kpi['params'][number]): boolean => param.kind === 'option' || param.kind === 'scalar' || (param.kind === 'dates' && !param.vector) || (param.kind === 'labels' && param.optional !== undefined);

/** A money column may join the binding when no money column already bound shows another currency. */
function currencyFits(column: ColumnDescription, param: Kpi['params'][number], bound: Binding, entry: Kpi): boolean {
  if (param.kind !== 'money' || !column.currency) return true;
  return bound.every((b, i) => !b || entry.params[i].kind !== 'money' || !b.column.currency || b.column.currency === column.currency);
}

/** The first column whose role feeds the parameter, trying the roles in order of preference. */
function findColumn(ranges: readonly RangeFacts[], roles: readonly Role[], fits: (column: ColumnDescription) => boolean): BoundColumn | undefined {
  for (const role of roles) {
    for (const range of ranges) {
      const column = range.columns.find((c) => c.role === role && fits(c));
      if (column) return { range, column };
    }
  }
  return undefined;
}

/** A KPI's columns, per parameter index (undefined for an unbound optional or option parameter). */
export type Binding = (BoundColumn | undefined)[];

/** Why a KPI cannot be bound: the first parameter without a column, and the roles that would feed it. */
export interface Missing {
  readonly missing: string;
  readonly roles: readonly Role[];
}

/** Binds every parameter of `entry` to columns of `ranges` (only columns whose role the user chose, when `chosenOnly`). */
function bindIn(entry: Kpi, ranges: readonly RangeFacts[], chosenOnly = false): Binding | Missing {
  const taken = new Set<ColumnDescription>();
  const bound: Binding = [];
  for (const param of entry.params) {
    if (unboundKind(param)) {
      bound.push(undefined);
      continue;
    }
    const roles = rolesFor(entry.id, param.name);
    const found = findColumn(ranges, roles, (column) => !taken.has(column) && (!chosenOnly || column.chosen) && currencyFits(column, param, bound, entry));
    if (!found && !param.optional) return { missing: param.name, roles };
    if (found) taken.add(found.column);
    bound.push(found);
  }
  return bound;
}

/** A KPI row's source: its binding and the tables it reads (several only when the user joined them by choosing roles). */
export interface Candidate {
  readonly binding: Binding;
  readonly ranges: readonly RangeFacts[];
}

/** The ranges a binding reads, in selection order. */
const rangesOf = (binding: Binding, ranges: readonly RangeFacts[]): RangeFacts[] => ranges.filter((range) => binding.some((b) => b?.range === range));

/**
 * Every way the selection feeds `entry`, one table each: a KPI reads one table, never a mix. Columns whose roles the user
 * chose in several tables are an explicit join and feed one more candidate. A table KPI reads the first table that feeds it.
 */
export function candidates(entry: Kpi, ranges: readonly RangeFacts[]): Candidate[] | Missing {
  const found: Candidate[] = [];
  let first: Missing | undefined;
  for (const range of ranges) {
    const binding = bindIn(entry, [range]);
    if (!Array.isArray(binding)) {
      first ??= binding;
      continue;
    }
    found.push({ binding, ranges: [range] });
    if (entry.unit === 'table') return found;
  }
  if (entry.unit !== 'table') {
    const joined = bindIn(entry, ranges, true);
    if (Array.isArray(joined) && rangesOf(joined, ranges).length > 1) found.push({ binding: joined, ranges: rangesOf(joined, ranges) });
  }
  return found.length > 0 ? found : (first ?? (bindIn(entry, []) as Missing));
}

/** The first candidate's binding, or what is missing (a table section reads one table). */
export function bind(entry: Kpi, ranges: readonly RangeFacts[]): Binding | Missing {
  const found = candidates(entry, ranges);
  return Array.isArray(found) ? found[0].binding : found;
}

/** How the summary names a table: its sheet, or its range when the selection has several ranges on that sheet; a join with " + ". */
export function tableLabel(tables: readonly RangeFacts[], ranges: readonly RangeFacts[]): string {
  return tables.map((table) => (ranges.filter((range) => range.sheetName === table.sheetName).length > 1 ? table.a1 : table.sheetName)).join(' + ');
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
  /** The tables that feed it, one summary row each ("Campaigns", "Sales + Costs" for a join). */
  readonly tables?: readonly string[];
  /** For an available KPI that still cannot be computed on the data: the function's one-line error (it is not ticked by default). */
  readonly problem?: string;
}

/** What an input no column role feeds is called (a value typed in a cell: ARPU, LTV, …), in each language. */
const UNROLED: Readonly<Record<string, Localized>> = {
  arpu: { en: 'ARPU', fa: 'میانگین درآمد هر کاربر', ar: 'متوسط الإيراد لكل مستخدم', ru: 'ARPU' },
  ltv: { en: 'LTV', fa: 'ارزش طول عمر مشتری', ar: 'القيمة الدائمة للعميل', ru: 'LTV' },
  cac: { en: 'CAC', fa: 'هزینه جذب مشتری', ar: 'تكلفة اكتساب العميل', ru: 'CAC' },
  current: { en: 'current value', fa: 'مقدار فعلی', ar: 'القيمة الحالية', ru: 'текущее значение' },
  previous: { en: 'previous value', fa: 'مقدار قبلی', ar: 'القيمة السابقة', ru: 'предыдущее значение' },
  followers_end: { en: 'followers at end of period', fa: 'دنبال‌کنندگان در پایان دوره', ar: 'المتابعون في نهاية الفترة', ru: 'подписчики на конец периода' },
};

/** "an" before a vowel sound: a vowel (not "use…"), or an acronym whose first letter is read with one (an ARPU, an LTV, an MQL). */
const article = (word: string): string => ((/^[aeiou]/i.test(word) && !/^(u[a-z]|eu)/i.test(word)) || /^[AEFHILMNORSX][A-Z0-9]+\b/.test(word) ? 'an' : 'a');

const NEEDS: Record<Language, (what: string) => string> = {
  en: (what) => `needs ${article(what)} ${what} column`,
  fa: (what) => `به ستون ${what} نیاز دارد`,
  ar: (what) => `يحتاج إلى عمود ${what}`,
  ru: (what) => `нужен столбец «${what}»`,
};

/** Checks an available KPI on the selection's cells, bound as proposed: its one-line error, or undefined when it computes. */
export type ComputeCheck = (entry: Kpi, binding: Binding) => string | undefined;

/** Every summarizable KPI with whether the selection feeds it (and, given a check, whether it computes), grouped by family in catalog order. */
export function proposeKpis(ranges: readonly RangeFacts[], language: Language, check?: ComputeCheck): Proposal[] {
  return CATALOG.filter(summarizable).map((entry) => {
    const found = candidates(entry, ranges);
    const base = { id: entry.id, family: entry.family, name: entry.names[language], unit: entry.unit, direction: entry.direction };
    if (!Array.isArray(found)) {
      const label = found.roles.length > 0 ? roleLabel(found.roles[0], language) : (UNROLED[found.missing]?.[language] ?? found.missing);
      // "a leads column", but "an ARPU column": acronyms keep their capitals.
      const what = /\p{Lu}{2}/u.test(label) ? label : label.toLowerCase();
      return { ...base, available: false, needs: NEEDS[language](what) };
    }
    const problem = check?.(entry, found[0].binding);
    return { ...base, available: true, tables: found.map((candidate) => tableLabel(candidate.ranges, ranges)), ...(problem ? { problem } : {}) };
  });
}
