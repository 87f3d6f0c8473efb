/** Column roles: what a selected column holds, its labels in the four languages and the header words that name it. */
import type { Language, Localized } from '../kpi/types';
import { unpacked } from './packed';
import ROLE_WORDS from './roles.data';

/** What a column holds, as the KPIs of the catalog read it. */
export type Role =
  | 'cost' | 'ad_spend' | 'competitor_spend' | 'revenue' | 'amount' | 'loyal_revenue'
  | 'clicks' | 'impressions' | 'visits' | 'leads' | 'social_leads' | 'mql' | 'sql' | 'opportunities'
  | 'customers' | 'new_customers' | 'lost_customers' | 'customers_start' | 'customers_end' | 'active_users'
  | 'orders' | 'items' | 'conversions' | 'form_views' | 'form_submissions' | 'trials' | 'trial_conversions'
  | 'deals' | 'won' | 'lost_deals' | 'sales_reps'
  | 'followers' | 'interactions' | 'audience'
  | 'sent' | 'delivered' | 'bounced' | 'unsubscribed' | 'email_conversions'
  | 'gross_margin' | 'churn_rate' | 'score' | 'answers'
  | 'date' | 'start_date' | 'end_date' | 'created_date' | 'closed_date' | 'last_contact_date' | 'response_date'
  | 'status' | 'stage' | 'source' | 'sales_rep' | 'customer_id';

/**
 * The values a role expects: money and counts are numbers, a fraction is a rate 0…1 (a % column),
 * a score is a 0–10 answer, answers are 1–6 loyalty answers, labels are text, an id is text or number.
 */
export type RoleKind = 'money' | 'count' | 'fraction' | 'score' | 'answers' | 'date' | 'label' | 'id';

/** Header words per language; a leading `~` marks a weak word (half weight: "quantity", "customer" as an id). */
export type Synonyms = Readonly<Record<Language, readonly string[]>>;

/** One role: its kind, its labels for the sidebar's role menu, and the header words that name it. */
export interface RoleInfo {
  readonly role: Role;
  readonly kind: RoleKind;
  readonly labels: Localized;
  readonly synonyms: Synonyms;
}

/** The header words: the roles, KPI-result words and identifier words (roles.data.ts). */
export const roleWords = (): typeof ROLE_WORDS => unpacked(ROLE_WORDS);

/** Every role, the more specific first: on an equal match the earlier role wins. */
export const allRoles = (): readonly RoleInfo[] => roleWords().roles;

/** Words of a "per" kind, ignored as KPI markers when a period word follows (spend per day, هزینه هر ماه). */
export const PER_WORDS: readonly string[] = ['per', 'هر', 'ازای', 'لكل'];

/** Period words, which keep "per day" an input. */
export const PERIOD_WORDS: readonly string[] = ['day', 'week', 'month', 'quarter', 'year', 'period', 'روز', 'هفته', 'ماه', 'فصل', 'سال',
  'دوره', 'يوم', 'أسبوع', 'شهر', 'سنة', 'فترة', 'день', 'неделя', 'месяц', 'квартал', 'год', 'период'];

/** Roles whose column is a stage count of the funnel, recognised in stage labels (lead, MQL, SQL, …). */
export const FUNNEL_ROLES: readonly Role[] = ['visits', 'leads', 'mql', 'sql', 'opportunities', 'customers', 'new_customers', 'won',
  'lost_deals', 'trials', 'deals'];

let byRole: ReadonlyMap<Role, RoleInfo> | undefined;

/** The entry of a role. */
export function roleInfo(role: Role): RoleInfo {
  byRole ??= new Map(allRoles().map((info) => [info.role, info]));
  const info = byRole.get(role);
  if (info === undefined) throw new Error(`unknown role ${role}`);
  return info;
}

/** A role's label in `language`, for the sidebar's role menu. */
export function roleLabel(role: Role, language: Language): string {
  return roleInfo(role).labels[language];
}
