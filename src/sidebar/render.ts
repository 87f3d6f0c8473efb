/** Drawing the sidebar from the server's state and the user's choices; every text goes in as text (see dom.ts). */
import { LANGUAGES, type Direction, type Language } from '../kpi/types';
import type { KpiView, RangeView, SidebarState } from '../server/rpc-types';
import { h, isolated, option, replaceChildren } from './dom';
import { CALENDARS, dayOfIso, isoOfDay, type Calendar } from '../kpi/periods/period';
import { abTestOffers, abTestRequest, MODES, PERIODS, shownAbTest, takesTarget, type AbTestBy, type Choices } from './model';
import { DEFAULT_CONFIDENCE, DEFAULT_POWER } from '../kpi/statistics/sample-size';
import { percentText, sampleSizeAnswer, type SampleSizeText } from './sample-size';
import { isRightToLeft, LANGUAGE_NAMES, type SidebarStrings } from './strings';
import { EMPTY_TARGET, localeTag, targetExample, type TargetProblem } from './targets';

const ARROWS: Readonly<Record<Direction, string>> = { maximize: '↑', minimize: '↓', range: '↔' };

/** The page's language and direction: lang and dir on <html>, the title, and every [data-text] element of the template. */
export function renderFrame(doc: Document, language: Language, strings: SidebarStrings): void {
  const root = doc.documentElement;
  root.lang = language;
  root.dir = isRightToLeft(language) ? 'rtl' : 'ltr';
  doc.title = strings.title;
  for (const element of Array.from(doc.querySelectorAll<HTMLElement>('[data-text]'))) {
    const text = (strings as unknown as Record<string, unknown>)[element.dataset.text ?? ''];
    if (typeof text === 'string') element.textContent = text;
  }
}

/** The language switch, its own names in their own languages. */
export function renderLanguages(doc: Document, select: HTMLSelectElement, language: Language): void {
  replaceChildren(select, ...LANGUAGES.map((code) => {
    const item = option(doc, code, LANGUAGE_NAMES[code], code === language);
    item.lang = code;
    return item;
  }));
  select.value = language;
}

/** A count in the spreadsheet's locale (Persian digits for fa_IR). */
export function numberFormatter(locale: string): (n: number) => string {
  const format = new Intl.NumberFormat(localeTag(locale));
  return (n) => format.format(n);
}

/** One selected range: its A1, a remove button, and each column with its type, count and role menu. */
function rangeElement(doc: Document, range: RangeView, index: number, state: SidebarState, strings: SidebarStrings, count: (n: number) => string): HTMLElement {
  const columns = range.columns.map((column) => {
    const name = range.hasHeader && column.header.trim() !== '' ? column.header : column.a1;
    const roleSelect = h(doc, 'select', { className: 'role', attrs: { 'data-role-select': `${index}:${column.index}`, 'aria-label': strings.roleOf(name) } },
      option(doc, '', strings.noRole, column.role === null),
      ...state.roles.map((role) => option(doc, role.role, role.label, role.role === column.role)));
    roleSelect.value = column.role ?? '';
    return h(doc, 'li', { className: 'column', attrs: { 'data-column': String(column.index) } },
      h(doc, 'div', { className: 'column-head' },
        isolated(doc, name, 'column-name'),
        ' ',
        h(doc, 'span', { className: 'column-meta gray' },
          h(doc, 'span', { className: 'column-type', attrs: { 'data-type': column.type } }, strings.columnTypes[column.type] ?? column.type),
          ' · ',
          h(doc, 'span', { className: 'column-count' }, strings.nonBlank(count(column.nonBlank))))),
      roleSelect);
  });
  return h(doc, 'div', { className: 'range', attrs: { 'data-a1': range.a1, 'data-range-index': String(index) } },
    h(doc, 'div', { className: 'range-head' },
      isolated(doc, range.a1, 'range-a1'),
      h(doc, 'button', { className: 'remove secondary', attrs: { type: 'button', 'data-remove': String(index), 'aria-label': strings.removeRange(range.a1), title: strings.removeRange(range.a1) } }, strings.remove)),
    h(doc, 'ul', { className: 'columns' }, ...columns));
}

export function renderRanges(doc: Document, container: HTMLElement, empty: HTMLElement, state: SidebarState, strings: SidebarStrings): void {
  const count = numberFormatter(state.locale);
  replaceChildren(container, ...state.ranges.map((range, i) => rangeElement(doc, range, i, state, strings, count)));
  empty.hidden = state.ranges.length > 0;
}

/** The unit and the direction arrow (its meaning in a title for the pointer and a label for screen readers). */
function kpiMeta(doc: Document, kpi: KpiView, strings: SidebarStrings): HTMLElement {
  return h(doc, 'span', { className: 'kpi-meta gray' },
    h(doc, 'span', { className: 'unit' }, kpi.unitName),
    ' ',
    h(doc, 'span', { className: 'direction', attrs: { 'data-direction': kpi.direction, title: strings.directions[kpi.direction], 'aria-label': strings.directions[kpi.direction], role: 'img' } }, ARROWS[kpi.direction]));
}

function targetInput(doc: Document, attr: string, id: string, value: string, label: string, placeholder: string, disabled: boolean): HTMLInputElement {
  const input = h(doc, 'input', { className: 'target-input', attrs: { type: 'text', inputmode: 'decimal', autocomplete: 'off', dir: 'auto', [attr]: id, 'aria-label': label, placeholder } });
  input.value = value;
  input.disabled = disabled;
  return input;
}

/** An available KPI: checkbox, name, unit, direction and its target field(s). */
function availableKpi(doc: Document, kpi: KpiView, choices: Choices, state: SidebarState, strings: SidebarStrings): HTMLElement {
  const checked = choices.selected.has(kpi.id);
  const checkbox = h(doc, 'input', { attrs: { type: 'checkbox', name: 'kpi', value: kpi.id } });
  checkbox.checked = checked;
  const name = h(doc, 'span', { className: 'kpi-name' }, kpi.name);
  if (kpi.description) name.title = kpi.description;
  let target: HTMLElement | null = null;
  if (takesTarget(kpi)) {
    const text = choices.targets[kpi.id] ?? EMPTY_TARGET;
    const example = targetExample(kpi.unit, state.locale);
    const suffix = kpi.unit === 'percentage' ? h(doc, 'span', { className: 'suffix gray' }, '%') : null;
    const fields = kpi.direction === 'range'
      ? [
        h(doc, 'label', { className: 'target-field' }, h(doc, 'span', {}, strings.targetLow), ' ', targetInput(doc, 'data-target-low', kpi.id, text.low, strings.targetLowFor(kpi.name), example, !checked), suffix),
        h(doc, 'label', { className: 'target-field' }, h(doc, 'span', {}, strings.targetHigh), ' ', targetInput(doc, 'data-target-high', kpi.id, text.high, strings.targetHighFor(kpi.name), example, !checked), suffix?.cloneNode(true)),
      ]
      : [h(doc, 'label', { className: 'target-field' }, h(doc, 'span', {}, strings.target), ' ', targetInput(doc, 'data-target', kpi.id, text.value, strings.targetFor(kpi.name), example, !checked), suffix)];
    target = h(doc, 'div', { className: 'target' }, ...fields,
      h(doc, 'p', { className: 'target-error error', attrs: { 'data-target-error': kpi.id, 'aria-live': 'polite' }, hidden: true }));
  }
  return h(doc, 'div', { className: 'kpi', attrs: { 'data-kpi': kpi.id } },
    h(doc, 'label', { className: 'kpi-label' }, checkbox, ' ', name),
    ' ',
    kpiMeta(doc, kpi, strings),
    kpi.tables && state.ranges.length > 1 ? h(doc, 'div', { className: 'tables gray' }, kpi.tables.join(' · ')) : null,
    kpi.problem ? h(doc, 'div', { className: 'problem error' }, kpi.problem) : null,
    target,
    variantSelect(doc, kpi, choices, strings));
}

/** A table KPI's variant menus (aggregate, churn basis, cohort measure, time unit, purchase model), each named when there are several; or nothing. */
function variantSelect(doc: Document, kpi: KpiView, choices: Choices, strings: SidebarStrings): HTMLElement | null {
  if (!kpi.variants) return null;
  const named = kpi.variants.length > 1;
  return h(doc, 'div', { className: 'target' }, ...kpi.variants.map((menu) => {
    const chosen = choices.variants[menu.key] ?? menu.value;
    const name = (strings.variantNames as Record<string, string>)[menu.name];
    const select = h(doc, 'select', { className: 'variant', attrs: { 'data-variant': menu.key, 'aria-label': named && name ? `${kpi.name}: ${name}` : kpi.name } },
      ...menu.options.map((option) => {
        const element = h(doc, 'option', { attrs: { value: option.value } }, option.label);
        element.selected = option.value === chosen;
        return element;
      }));
    return named && name ? h(doc, 'label', { className: 'target-field' }, h(doc, 'span', {}, name), ' ', select) : select;
  }));
}

/** The CLV tables' calibration end: shown when the ranges feed them, the field bounded by their dates, the default named under it. */
export function renderCalibration(el: { block: HTMLElement; input: HTMLInputElement; hint: HTMLElement }, state: SidebarState, choices: Choices, strings: SidebarStrings): void {
  const dates = state.calibration;
  el.block.hidden = !dates;
  if (!dates) return;
  // Strictly between the first and the last date: the field's bounds are inclusive.
  const shift = (iso: string, days: number): string => isoOfDay(dayOfIso(iso) + days);
  el.input.min = shift(dates.first, 1);
  el.input.max = shift(dates.last, -1);
  el.input.value = choices.calibrationEnd;
  // The date isolated left to right, so that a right-to-left sentence keeps its digits in order.
  el.hint.textContent = strings.calibrationHint(`\u2066${dates.split}\u2069`);
}

/** A KPI the columns cannot feed: greyed, no checkbox, with what it needs. */
function unavailableKpi(doc: Document, kpi: KpiView, strings: SidebarStrings): HTMLElement {
  return h(doc, 'div', { className: 'kpi unavailable gray', attrs: { 'data-kpi': kpi.id, 'aria-disabled': 'true' } },
    h(doc, 'span', { className: 'kpi-name' }, kpi.name),
    ' ',
    kpiMeta(doc, kpi, strings),
    kpi.needs ? h(doc, 'div', { className: 'needs' }, kpi.needs) : null);
}

/** The KPIs by family, one fieldset each; an empty state before any range or when none is available. */
export function renderKpis(doc: Document, container: HTMLElement, empty: HTMLElement, state: SidebarState, choices: Choices, strings: SidebarStrings): void {
  const anyAvailable = state.kpis.some((kpi) => kpi.available);
  if (state.ranges.length === 0) {
    replaceChildren(container);
    empty.textContent = strings.noKpisYet;
    empty.hidden = false;
    return;
  }
  empty.textContent = strings.noKpisAvailable;
  empty.hidden = anyAvailable;
  const families = new Map<string, KpiView[]>();
  for (const kpi of state.kpis) {
    const list = families.get(kpi.family) ?? [];
    list.push(kpi);
    families.set(kpi.family, list);
  }
  replaceChildren(container, ...Array.from(families.values(), (kpis) => h(doc, 'fieldset', { className: 'family', attrs: { 'data-family': kpis[0].family } },
    h(doc, 'legend', {}, kpis[0].familyName),
    ...kpis.filter((kpi) => kpi.available).map((kpi) => availableKpi(doc, kpi, choices, state, strings)),
    ...kpis.filter((kpi) => !kpi.available).map((kpi) => unavailableKpi(doc, kpi, strings)))));
}

/** Shows each KPI's target problem under its field, marks its inputs invalid, and clears the others. */
export function renderTargetProblems(container: HTMLElement, problems: Readonly<Record<string, TargetProblem>>, state: SidebarState, strings: SidebarStrings): void {
  const units = new Map(state.kpis.map((kpi) => [kpi.id, kpi.unit]));
  for (const element of Array.from(container.querySelectorAll<HTMLElement>('[data-target-error]'))) {
    const id = element.dataset.targetError ?? '';
    const problem = problems[id];
    const unit = units.get(id) ?? 'number';
    element.textContent = problem === undefined ? '' : problem === 'unreadable' ? strings.unreadableTarget(targetExample(unit, state.locale)) : strings.targetProblems[problem];
    element.hidden = problem === undefined;
    const kpi = element.closest('.kpi');
    for (const input of Array.from(kpi?.querySelectorAll<HTMLInputElement>('input.target-input') ?? [])) {
      if (problem === undefined) input.removeAttribute('aria-invalid');
      else input.setAttribute('aria-invalid', 'true');
    }
  }
}

/** Enables a KPI's target fields when it is ticked. */
export function renderKpiEnabled(container: HTMLElement, id: string, on: boolean): void {
  for (const kpi of Array.from(container.querySelectorAll<HTMLElement>('.kpi'))) {
    if (kpi.dataset.kpi !== id) continue;
    for (const input of Array.from(kpi.querySelectorAll<HTMLInputElement>('input.target-input'))) input.disabled = !on;
  }
}

export function renderPeriods(doc: Document, select: HTMLSelectElement, period: Choices['period'], strings: SidebarStrings): void {
  replaceChildren(select, ...PERIODS.map((p) => option(doc, p, strings.periods[p], p === period)));
  select.value = period;
}

/** The calendar menu: Gregorian or Solar Hijri, the chosen one (else the locale's) selected. */
export function renderCalendars(doc: Document, select: HTMLSelectElement, calendar: Calendar, strings: SidebarStrings): void {
  replaceChildren(select, ...CALENDARS.map((c) => option(doc, c, strings.calendars[c], c === calendar)));
  select.value = calendar;
}

/** The three modes as radio buttons, each with its one-sentence explanation. */
export function renderModes(doc: Document, container: HTMLElement, mode: Choices['mode'], strings: SidebarStrings): void {
  replaceChildren(container, ...MODES.map((m) => {
    const radio = h(doc, 'input', { attrs: { type: 'radio', name: 'mode', value: m, id: `mode-${m}`, 'aria-describedby': `mode-${m}-sentence` } });
    radio.checked = m === mode;
    return h(doc, 'div', { className: 'mode', attrs: { 'data-mode': m } },
      h(doc, 'label', { className: 'mode-label', attrs: { for: `mode-${m}` } }, radio, ' ', h(doc, 'span', { className: 'mode-name' }, strings.modes[m].name)),
      h(doc, 'p', { className: 'mode-sentence gray', attrs: { id: `mode-${m}-sentence` } }, strings.modes[m].sentence));
  }));
}

/** The A/B test block's controls. */
export interface AbTestElements {
  readonly block: HTMLElement;
  readonly by: HTMLSelectElement;
  readonly a: HTMLSelectElement;
  readonly b: HTMLSelectElement;
  readonly column: HTMLSelectElement;
  readonly ranges: HTMLElement;
  readonly columns: HTMLElement;
  readonly error: HTMLElement;
}

/**
 * The A/B test block, shown when the ranges offer a test: how it reads its variants (off by default), ranges A and B
 * by their A1, or a variant column with its two labels; a line when A and B are the same range.
 */
export function renderAbTest(doc: Document, el: AbTestElements, state: SidebarState, choices: Choices, strings: SidebarStrings): void {
  const offers = abTestOffers(state);
  el.block.hidden = offers.length < 2;
  const shown = shownAbTest(choices, state);
  const words: Record<AbTestBy, string> = { off: strings.abTestOff, ranges: strings.abTestByRanges, column: strings.abTestByColumn };
  replaceChildren(el.by, ...offers.map((by) => option(doc, by, words[by], by === shown.by)));
  el.by.value = shown.by;
  const rangeOptions = (chosen: number | null): HTMLOptionElement[] => (state.abTest?.ranges ?? []).map((r) => option(doc, String(r), state.ranges[r]?.a1 ?? String(r + 1), r === chosen));
  replaceChildren(el.a, ...rangeOptions(shown.a));
  replaceChildren(el.b, ...rangeOptions(shown.b));
  el.a.value = String(shown.a);
  el.b.value = String(shown.b);
  replaceChildren(el.column, ...(state.abTest?.columns ?? []).map((c) => option(doc, c.key, `${c.header} (${c.variants[0]} / ${c.variants[1]}) · ${state.ranges[c.range]?.a1 ?? ''}`, c.key === shown.column)));
  if (shown.column !== null) el.column.value = shown.column;
  el.ranges.hidden = shown.by !== 'ranges';
  el.columns.hidden = shown.by !== 'column';
  const problem = !abTestRequest(choices, state).ok;
  el.error.textContent = problem ? strings.sameRange : '';
  el.error.hidden = !problem;
  for (const select of [el.a, el.b]) {
    if (problem) select.setAttribute('aria-invalid', 'true');
    else select.removeAttribute('aria-invalid');
  }
}

/** The sample-size helper's fields and answer. */
export interface SampleSizeElements {
  readonly power: HTMLInputElement;
  readonly confidence: HTMLInputElement;
  readonly answer: HTMLElement;
}

/** The sample-size answer in the locale's digits (or what is missing or wrong); power and confidence show their defaults until typed. */
export function renderSampleSize(el: SampleSizeElements, text: SampleSizeText, locale: string, strings: SidebarStrings): void {
  if (text.power === null) el.power.value = percentText(DEFAULT_POWER, locale);
  if (text.confidence === null) el.confidence.value = percentText(DEFAULT_CONFIDENCE, locale);
  const answer = sampleSizeAnswer(text, locale);
  if (answer.ok) {
    el.answer.textContent = strings.sampleSizeAnswer(numberFormatter(locale)(answer.visitors));
    el.answer.className = 'sample-size-answer';
  } else {
    el.answer.textContent = answer.problem === 'unreadable' ? strings.unreadableTarget(targetExample('percentage', locale)) : strings.sampleSizeProblems[answer.problem];
    el.answer.className = `sample-size-answer ${answer.problem === 'incomplete' ? 'gray' : 'error'}`;
  }
  el.answer.dataset.visitors = answer.ok ? String(answer.visitors) : '';
}

/** The built sheet: a link to it (#gid=…) and the builder's notes. */
export function renderResult(doc: Document, result: { sheetName: string; sheetId: number; notes: readonly string[] } | null, strings: SidebarStrings): void {
  const block = doc.getElementById('result');
  const link = doc.getElementById('result-link') as HTMLAnchorElement | null;
  const notes = doc.getElementById('notes');
  const notesBlock = doc.getElementById('notes-block');
  if (!block || !link || !notes || !notesBlock) return;
  if (!result) {
    block.hidden = true;
    return;
  }
  link.href = `#gid=${encodeURIComponent(String(result.sheetId))}`;
  link.textContent = result.sheetName;
  link.title = strings.openSheet;
  replaceChildren(notes, ...result.notes.map((note) => h(doc, 'li', {}, note)));
  notesBlock.hidden = result.notes.length === 0;
  block.hidden = false;
}
