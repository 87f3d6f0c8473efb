/**
 * The sidebar's choices as plain data, and the pure steps between them: adding and removing ranges, choosing roles,
 * taking a new state from the server, prefilling from the last request, and the build request they make.
 */
import { CALENDARS, type Calendar, type Period } from '../kpi/periods/period';
import type { Language } from '../kpi/types';
import type { KpiView, SidebarBuildRequest, SidebarState } from '../server/rpc-types';
import type { SummaryMode } from '../summary/plan';
import type { Role } from '../summary/roles';
import { EMPTY_TARGET, parseKpiTarget, targetText, type TargetProblem, type TargetText } from './targets';

export const PERIODS: readonly (Period | 'none')[] = ['none', 'day', 'week', 'month', 'quarter', 'year'];
export const MODES: readonly SummaryMode[] = ['live', 'portable', 'values'];

/** Everything the user chose; the server's SidebarState says what those choices mean. */
export interface Choices {
  /** The language picked in the switch; null lets the server choose (the user's locale). */
  readonly language: Language | null;
  readonly ranges: readonly string[];
  /** The user's role choices, keyed `rangeIndex:columnIndex`; null is "— none —". */
  readonly roles: Readonly<Record<string, Role | null>>;
  /** The KPIs ticked. */
  readonly selected: ReadonlySet<string>;
  /** The KPIs already offered once: a KPI is ticked by default only the first time it becomes available. */
  readonly offered: ReadonlySet<string>;
  readonly targets: Readonly<Record<string, TargetText>>;
  /** A table KPI's variant choice, by KPI id. */
  readonly variants: Readonly<Record<string, string>>;
  readonly period: Period | 'none';
  /** The calendar of the periods; null until chosen (the spreadsheet locale's). */
  readonly calendar: Calendar | null;
  readonly mode: SummaryMode;
}

export const INITIAL_CHOICES: Choices = {
  language: null,
  ranges: [],
  roles: {},
  selected: new Set(),
  offered: new Set(),
  targets: {},
  variants: {},
  period: 'none',
  calendar: null,
  mode: 'portable',
};

/** The ranges with the new ones appended, each once (the order of first appearance kept). */
export function addRanges(choices: Choices, a1s: readonly string[]): Choices {
  const ranges = [...choices.ranges];
  for (const a1 of a1s) if (a1 && !ranges.includes(a1)) ranges.push(a1);
  return { ...choices, ranges };
}

/** Without the range at this index; role choices of later ranges move down one index with it. */
export function removeRange(choices: Choices, index: number): Choices {
  const roles: Record<string, Role | null> = {};
  for (const [key, role] of Object.entries(choices.roles)) {
    const [r, c] = key.split(':').map(Number);
    if (r < index) roles[key] = role;
    else if (r > index) roles[`${r - 1}:${c}`] = role;
  }
  return { ...choices, ranges: choices.ranges.filter((_, i) => i !== index), roles };
}

export function setRole(choices: Choices, key: string, role: Role | null): Choices {
  return { ...choices, roles: { ...choices.roles, [key]: role } };
}

export function setSelected(choices: Choices, id: string, on: boolean): Choices {
  const selected = new Set(choices.selected);
  if (on) selected.add(id);
  else selected.delete(id);
  return { ...choices, selected };
}

export function setTarget(choices: Choices, id: string, part: keyof TargetText, text: string): Choices {
  return { ...choices, targets: { ...choices.targets, [id]: { ...(choices.targets[id] ?? EMPTY_TARGET), [part]: text } } };
}

export function setVariant(choices: Choices, id: string, value: string): Choices {
  return { ...choices, variants: { ...choices.variants, [id]: value } };
}

/** The choices after the server's answer: KPIs available for the first time are ticked, unless they cannot be computed. */
export function takeState(choices: Choices, state: SidebarState): Choices {
  const selected = new Set(choices.selected);
  const offered = new Set(choices.offered);
  for (const kpi of state.kpis) {
    if (kpi.available && !offered.has(kpi.id)) {
      offered.add(kpi.id);
      // A KPI that cannot be computed on this data is offered, not ticked.
      if (!kpi.problem) selected.add(kpi.id);
    }
  }
  return { ...choices, selected, offered };
}

/** The choices of the last build, to rebuild or edit: its KPIs ticked and no other, its targets typed in this locale. */
export function prefill(choices: Choices, last: SidebarBuildRequest, state: SidebarState): Choices {
  const targets: Record<string, TargetText> = {};
  for (const kpi of state.kpis) {
    const saved = last.targets[kpi.id];
    if (saved !== undefined) targets[kpi.id] = targetText(saved, kpi.unit, state.locale);
  }
  return {
    ...choices,
    ranges: [...last.ranges],
    roles: { ...last.roles },
    selected: new Set(last.kpis),
    offered: new Set(state.kpis.map((kpi) => kpi.id)),
    targets,
    variants: { ...(last.variants ?? {}) },
    period: PERIODS.includes(last.period) ? last.period : 'none',
    calendar: last.calendar && CALENDARS.includes(last.calendar) ? last.calendar : null,
    mode: MODES.includes(last.mode) ? last.mode : 'portable',
  };
}

/** Whether a KPI takes a target in the sidebar (a table KPI has no single value to compare). */
export const takesTarget = (kpi: Pick<KpiView, 'unit'>): boolean => kpi.unit !== 'table';

/** The problem with each ticked, available KPI's target, by KPI id. */
export function targetProblems(choices: Choices, state: SidebarState): Record<string, TargetProblem> {
  const problems: Record<string, TargetProblem> = {};
  for (const kpi of state.kpis) {
    if (!kpi.available || !choices.selected.has(kpi.id) || !takesTarget(kpi)) continue;
    const parsed = parseKpiTarget(choices.targets[kpi.id] ?? EMPTY_TARGET, kpi, state.locale);
    if (!parsed.ok) problems[kpi.id] = parsed.problem;
  }
  return problems;
}

export type RequestOutcome =
  | { readonly ok: true; readonly request: SidebarBuildRequest }
  | { readonly ok: false; readonly reason: 'noRanges' | 'noKpis' | 'targets'; readonly problems: Record<string, TargetProblem> };

/** The build request these choices make with this state, or why there is none yet. */
export function buildRequest(choices: Choices, state: SidebarState): RequestOutcome {
  const problems = targetProblems(choices, state);
  if (choices.ranges.length === 0) return { ok: false, reason: 'noRanges', problems };
  const kpis = state.kpis.filter((kpi) => kpi.available && choices.selected.has(kpi.id));
  if (kpis.length === 0) return { ok: false, reason: 'noKpis', problems };
  if (Object.keys(problems).length > 0) return { ok: false, reason: 'targets', problems };
  const targets: Record<string, number | [number, number]> = {};
  const variants: Record<string, string> = {};
  for (const kpi of kpis) {
    const variant = choices.variants[kpi.id];
    if (variant !== undefined && kpi.variant?.options.some((option) => option.value === variant)) variants[kpi.id] = variant;
    if (!takesTarget(kpi)) continue;
    const parsed = parseKpiTarget(choices.targets[kpi.id] ?? EMPTY_TARGET, kpi, state.locale);
    if (parsed.ok && parsed.value !== null) targets[kpi.id] = parsed.value;
  }
  return {
    ok: true,
    request: {
      ranges: [...choices.ranges],
      roles: { ...choices.roles },
      kpis: kpis.map((kpi) => kpi.id),
      targets,
      variants,
      period: choices.period,
      calendar: choices.calendar ?? state.calendar,
      mode: choices.mode,
      language: state.language,
    },
  };
}
