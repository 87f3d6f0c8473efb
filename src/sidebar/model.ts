/**
 * The sidebar's choices as plain data, and the pure steps between them: adding and removing ranges, choosing roles and
 * an A/B test, taking a new state from the server, prefilling from the last request, and the build request they make.
 */
import { CALENDARS, type Calendar, type Period } from '../kpi/periods/period';
import type { Language } from '../kpi/types';
import type { KpiView, SidebarBuildRequest, SidebarState } from '../server/rpc-types';
import type { AbTestChoice } from '../summary/ab-test';
import type { SummaryMode } from '../summary/plan';
import type { Role } from '../summary/roles';
import { CALIBRATED_TABLES } from '../summary/calibrated-tables';
import { EMPTY_TARGET, parseKpiTarget, targetText, type TargetProblem, type TargetText } from './targets';

export const PERIODS: readonly (Period | 'none')[] = ['none', 'day', 'week', 'month', 'quarter', 'year'];
export const MODES: readonly SummaryMode[] = ['live', 'portable', 'values'];

/** How the A/B test reads its two variants: not at all (the default), two ranges, or one range's variant column. */
export type AbTestBy = 'off' | 'ranges' | 'column';

/** The A/B test the user chose: ranges A and B by index, or a variant column `range:column`; null until chosen (the first offered). */
export interface AbTestChoices {
  readonly by: AbTestBy;
  readonly a: number | null;
  readonly b: number | null;
  readonly column: string | null;
}

export const NO_AB_TEST: AbTestChoices = { by: 'off', a: null, b: null, column: null };

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
  /** Table KPI variant choices, keyed as the variant menus' keys (COHORT_RETENTION, CLV_FORECAST.model). */
  readonly variants: Readonly<Record<string, string>>;
  /** The CLV tables' calibration end as the date field holds it ("yyyy-mm-dd"), '' when left empty. */
  readonly calibrationEnd: string;
  readonly period: Period | 'none';
  /** The calendar of the periods; null until chosen (the spreadsheet locale's). */
  readonly calendar: Calendar | null;
  readonly mode: SummaryMode;
  readonly abTest: AbTestChoices;
}

export const INITIAL_CHOICES: Choices = {
  language: null,
  ranges: [],
  roles: {},
  selected: new Set(),
  offered: new Set(),
  targets: {},
  variants: {},
  calibrationEnd: '',
  period: 'none',
  calendar: null,
  mode: 'portable',
  abTest: NO_AB_TEST,
};

/** The ranges with the new ones appended, each once (the order of first appearance kept). */
export function addRanges(choices: Choices, a1s: readonly string[]): Choices {
  const ranges = [...choices.ranges];
  for (const a1 of a1s) if (a1 && !ranges.includes(a1)) ranges.push(a1);
  return { ...choices, ranges };
}

/** A `range:column` key after the range at `index` is removed: the same below it, one range down above it, null on it. */
function keyWithout(key: string, index: number): string | null {
  const [r, c] = key.split(':').map(Number);
  return r < index ? key : r > index ? `${r - 1}:${c}` : null;
}

/** Without the range at this index; role choices and the A/B test's ranges after it move down one index with it. */
export function removeRange(choices: Choices, index: number): Choices {
  const roles: Record<string, Role | null> = {};
  for (const [key, role] of Object.entries(choices.roles)) {
    const moved = keyWithout(key, index);
    if (moved !== null) roles[moved] = role;
  }
  const shift = (i: number | null): number | null => (i === null || i === index ? null : i > index ? i - 1 : i);
  const { abTest } = choices;
  const moved = { ...abTest, a: shift(abTest.a), b: shift(abTest.b), column: abTest.column === null ? null : keyWithout(abTest.column, index) };
  return { ...choices, ranges: choices.ranges.filter((_, i) => i !== index), roles, abTest: moved };
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

export function setAbTest(choices: Choices, change: Partial<AbTestChoices>): Choices {
  return { ...choices, abTest: { ...choices.abTest, ...change } };
}

/** The ways this state offers an A/B test: always off; two ranges when two ranges have conversions and visitors; a variant column when one has it. */
export function abTestOffers(state: SidebarState): AbTestBy[] {
  const sources = state.abTest;
  return ['off', ...((sources?.ranges.length ?? 0) >= 2 ? ['ranges' as const] : []), ...((sources?.columns.length ?? 0) > 0 ? ['column' as const] : [])];
}

/** The A/B test as shown and sent: the chosen ranges and column while offered, else the first ones offered (B the first after A). */
export function shownAbTest(choices: Choices, state: SidebarState): AbTestChoices {
  const ranges = state.abTest?.ranges ?? [];
  const columns = state.abTest?.columns ?? [];
  const { by, a, b, column } = choices.abTest;
  const shownA = a !== null && ranges.includes(a) ? a : (ranges[0] ?? null);
  const shownB = b !== null && ranges.includes(b) ? b : (ranges.find((r) => r !== shownA) ?? null);
  const shownColumn = column !== null && columns.some((c) => c.key === column) ? column : (columns[0]?.key ?? null);
  return { by: abTestOffers(state).includes(by) ? by : 'off', a: shownA, b: shownB, column: shownColumn };
}

/** The request's A/B test: none when off, the choice, or a problem (A and B the same range). */
export function abTestRequest(choices: Choices, state: SidebarState): { readonly ok: true; readonly value?: AbTestChoice } | { readonly ok: false; readonly problem: 'sameRange' } {
  const shown = shownAbTest(choices, state);
  if (shown.by === 'ranges' && shown.a !== null && shown.b !== null) return shown.a === shown.b ? { ok: false, problem: 'sameRange' } : { ok: true, value: { a: shown.a, b: shown.b } };
  if (shown.by === 'column' && shown.column !== null) return { ok: true, value: { variantColumn: shown.column } };
  return { ok: true };
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
    calibrationEnd: last.calibrationEnd ?? '',
    period: PERIODS.includes(last.period) ? last.period : 'none',
    calendar: last.calendar && CALENDARS.includes(last.calendar) ? last.calendar : null,
    mode: MODES.includes(last.mode) ? last.mode : 'portable',
    abTest: !last.abTest ? NO_AB_TEST : 'variantColumn' in last.abTest ? { ...NO_AB_TEST, by: 'column', column: last.abTest.variantColumn } : { ...NO_AB_TEST, by: 'ranges', a: last.abTest.a, b: last.abTest.b },
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
  | { readonly ok: false; readonly reason: 'noRanges' | 'noKpis' | 'targets' | 'abTest'; readonly problems: Record<string, TargetProblem> };

/** The build request these choices make with this state, or why there is none yet. */
export function buildRequest(choices: Choices, state: SidebarState): RequestOutcome {
  const problems = targetProblems(choices, state);
  if (choices.ranges.length === 0) return { ok: false, reason: 'noRanges', problems };
  const kpis = state.kpis.filter((kpi) => kpi.available && choices.selected.has(kpi.id));
  const abTest = abTestRequest(choices, state);
  // An A/B test alone makes a summary too.
  if (kpis.length === 0 && !(abTest.ok && abTest.value)) return { ok: false, reason: 'noKpis', problems };
  if (Object.keys(problems).length > 0) return { ok: false, reason: 'targets', problems };
  if (!abTest.ok) return { ok: false, reason: 'abTest', problems };
  const targets: Record<string, number | [number, number]> = {};
  const variants: Record<string, string> = {};
  const calibrationEnd = state.calibration && kpis.some((kpi) => CALIBRATED_TABLES.includes(kpi.id)) ? choices.calibrationEnd : '';
  for (const kpi of kpis) {
    for (const menu of kpi.variants ?? []) {
      const variant = choices.variants[menu.key];
      if (variant !== undefined && menu.options.some((option) => option.value === variant)) variants[menu.key] = variant;
    }
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
      ...(calibrationEnd ? { calibrationEnd } : {}),
      period: choices.period,
      calendar: choices.calendar ?? state.calendar,
      mode: choices.mode,
      language: state.language,
      ...(abTest.value ? { abTest: abTest.value } : {}),
    },
  };
}
