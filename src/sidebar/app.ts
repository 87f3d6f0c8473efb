/**
 * The sidebar's behaviour: load the state, add and remove ranges, choose roles, KPIs, targets, period and mode, build
 * or rebuild. Server calls go through rpc(); choices change through the pure steps of model.ts; drawing is render.ts.
 */
import { languageOf } from '../cells/locale';
import { LANGUAGES, type Language } from '../kpi/types';
import type { SidebarBuildResult, SidebarState } from '../server/rpc-types';
import type { Role } from '../summary/roles';
import { byId } from './dom';
import { CALENDARS, type Calendar } from '../kpi/periods/period';
import { abTestRequest, addRanges, buildRequest, INITIAL_CHOICES, MODES, PERIODS, prefill, removeRange, setAbTest, setRole, setSelected, setTarget, setVariant, shownAbTest, takeState, targetProblems, type AbTestBy, type Choices } from './model';
import { renderAbTest, renderCalendars, renderCalibration, renderFrame, renderKpiEnabled, renderKpis, renderLanguages, renderModes, renderPeriods, renderRanges, renderResult, renderSampleSize, renderTargetProblems, type AbTestElements, type SampleSizeElements } from './render';
import { EMPTY_SAMPLE_SIZE, type SampleSizeText } from './sample-size';
import { asError, rpc } from './rpc';
import { startSelfTest } from './selftest';
import { stringsFor, type SidebarStrings } from './strings';
import { SELF_TEST_VIEW } from '../server/selftest/page';
import type { TargetText } from './targets';

export interface Sidebar {
  /** Settles when the first state (and the last request's ranges, if any) is drawn. */
  readonly ready: Promise<void>;
}

/** Attributes that name a control across redraws, so focus stays on "the same" control after the lists are drawn again. */
const FOCUS_KEYS = ['data-role-select', 'data-target', 'data-target-low', 'data-target-high'] as const;

const TARGET_PARTS: readonly [string, keyof TargetText][] = [['data-target', 'value'], ['data-target-low', 'low'], ['data-target-high', 'high']];

/** Starts the sidebar on a document made from sidebar.html: the builder, or the self-test view when its body says so (Help → Check the add-on). */
export function startSidebar(doc: Document): Sidebar {
  if (doc.body?.dataset.view === SELF_TEST_VIEW) return startSelfTest(doc);
  const el = {
    language: byId<HTMLSelectElement>(doc, 'language'),
    error: byId(doc, 'error'),
    rebuildBlock: byId(doc, 'rebuild-block'),
    rebuild: byId<HTMLButtonElement>(doc, 'rebuild'),
    useSelection: byId<HTMLButtonElement>(doc, 'use-selection'),
    ranges: byId(doc, 'ranges'),
    rangesEmpty: byId(doc, 'ranges-empty'),
    kpis: byId(doc, 'kpis'),
    kpisEmpty: byId(doc, 'kpis-empty'),
    period: byId<HTMLSelectElement>(doc, 'period'),
    calendar: byId<HTMLSelectElement>(doc, 'calendar'),
    modes: byId(doc, 'modes'),
    build: byId<HTMLButtonElement>(doc, 'build'),
    status: byId(doc, 'status'),
  };
  const calibration = { block: byId(doc, 'calibration-block'), input: byId<HTMLInputElement>(doc, 'calibration-end'), hint: byId(doc, 'calibration-hint') };
  const ab: AbTestElements = {
    block: byId(doc, 'abtest-block'),
    by: byId<HTMLSelectElement>(doc, 'abtest-by'),
    a: byId<HTMLSelectElement>(doc, 'abtest-a'),
    b: byId<HTMLSelectElement>(doc, 'abtest-b'),
    column: byId<HTMLSelectElement>(doc, 'abtest-column'),
    ranges: byId(doc, 'abtest-ranges'),
    columns: byId(doc, 'abtest-columns'),
    error: byId(doc, 'abtest-error'),
  };
  const sample: SampleSizeElements & { baseline: HTMLInputElement; effect: HTMLInputElement; kind: HTMLElement } = {
    baseline: byId<HTMLInputElement>(doc, 'ss-baseline'),
    effect: byId<HTMLInputElement>(doc, 'ss-effect'),
    kind: byId(doc, 'ss-effect-kind'),
    power: byId<HTMLInputElement>(doc, 'ss-power'),
    confidence: byId<HTMLInputElement>(doc, 'ss-confidence'),
    answer: byId(doc, 'ss-answer'),
  };

  /** The choices the drawn state belongs to. */
  let choices: Choices = INITIAL_CHOICES;
  /** The choices of the newest state request (ahead of `choices` while it is on its way). */
  let wanted: Choices = INITIAL_CHOICES;
  let state: SidebarState | null = null;
  let language: Language = languageOf(doc.defaultView?.navigator.language ?? 'en');
  let strings: SidebarStrings = stringsFor(language);
  let pending = 0;
  let building = false;
  let latest = 0;
  let hasLastRequest = false;
  let result: SidebarBuildResult | null = null;
  let status: ((s: SidebarStrings) => string) | null = null;
  /** What the sample-size helper's fields hold (it needs no server call). */
  let sampleText: SampleSizeText = EMPTY_SAMPLE_SIZE;
  /** The spreadsheet's locale once the state says it; numbers are typed and shown in it. */
  const locale = (): string => state?.locale ?? 'en_US';

  const setStatus = (next: ((s: SidebarStrings) => string) | null): void => {
    status = next;
    el.status.textContent = next ? next(strings) : '';
  };

  const showError = (message: string): void => {
    el.error.textContent = message;
    el.error.hidden = message === '';
  };

  const problems = () => (state ? targetProblems(choices, state) : {});

  const updateButtons = (): void => {
    el.build.disabled = building || pending > 0 || state === null || Object.keys(problems()).length > 0 || !abTestRequest(choices, state).ok;
    el.rebuild.disabled = building || pending > 0;
    el.useSelection.disabled = building;
    el.build.setAttribute('aria-busy', String(building));
  };

  /** A change that needs no server call: applied to the drawn choices and to the ones on their way. */
  const local = (change: (c: Choices) => Choices): void => {
    choices = change(choices);
    wanted = change(wanted);
  };

  const focusedKey = (): [string, string] | null => {
    const active = doc.activeElement;
    if (!active) return null;
    for (const attr of FOCUS_KEYS) {
      const value = active.getAttribute(attr);
      if (value !== null) return [attr, value];
    }
    return null;
  };

  const restoreFocus = (key: [string, string] | null): void => {
    if (!key) return;
    const [attr, value] = key;
    const match = Array.from(doc.querySelectorAll<HTMLElement>(`[${attr}]`)).find((element) => element.getAttribute(attr) === value);
    match?.focus();
  };

  function renderAll(): void {
    if (!state) return;
    const focus = focusedKey();
    language = state.language;
    strings = stringsFor(language);
    renderFrame(doc, language, strings);
    renderLanguages(doc, el.language, language);
    renderRanges(doc, el.ranges, el.rangesEmpty, state, strings);
    renderKpis(doc, el.kpis, el.kpisEmpty, state, choices, strings);
    renderTargetProblems(el.kpis, problems(), state, strings);
    renderPeriods(doc, el.period, choices.period, strings);
    renderCalendars(doc, el.calendar, choices.calendar ?? state.calendar, strings);
    renderModes(doc, el.modes, choices.mode, strings);
    renderCalibration(calibration, state, choices, strings);
    renderAbTest(doc, ab, state, choices, strings);
    renderSampleSize(sample, sampleText, locale(), strings);
    renderResult(doc, result, strings);
    el.rebuildBlock.hidden = !hasLastRequest;
    setStatus(status);
    restoreFocus(focus);
    updateButtons();
  }

  /** Asks for the state of the wanted choices after this change; on failure the drawn choices stay and the error shows. */
  async function request(change: (c: Choices) => Choices): Promise<boolean> {
    wanted = change(wanted);
    const asked = wanted;
    const mine = ++latest;
    pending++;
    updateButtons();
    setStatus((s) => s.loading);
    try {
      const answer = await rpc('sidebarState', asked.ranges, asked.roles, asked.language);
      if (mine !== latest) return false;
      state = answer;
      choices = takeState(wanted, answer);
      wanted = choices;
      showError('');
      // The server's notice (a corrupt saved request was discarded) arrives in the state's language.
      const notice = answer.notice;
      setStatus(notice ? () => notice : null);
      renderAll();
      return true;
    } catch (error) {
      if (mine !== latest) return false;
      wanted = { ...wanted, language: choices.language, ranges: choices.ranges, roles: choices.roles };
      setStatus(null);
      renderAll();
      showError(asError(error).message);
      return false;
    } finally {
      pending--;
      updateButtons();
    }
  }

  async function useSelection(): Promise<void> {
    pending++;
    updateButtons();
    setStatus((s) => s.readingSelection);
    try {
      const selection = await rpc('sidebarSelection');
      if (selection.length === 0) {
        setStatus(null);
        showError(strings.selectionEmpty);
        return;
      }
      const before = wanted.ranges.length;
      const next = addRanges(wanted, selection);
      if (next.ranges.length === before) {
        showError('');
        setStatus((s) => s.selectionKnown);
        return;
      }
      await request(() => next);
    } catch (error) {
      setStatus(null);
      showError(asError(error).message);
    } finally {
      pending--;
      updateButtons();
    }
  }

  /** A build or rebuild: the button disabled, a status line, then the sheet's link and notes or the server's error. */
  async function run(call: () => Promise<SidebarBuildResult>, progress: (s: SidebarStrings) => string): Promise<void> {
    building = true;
    result = null;
    renderResult(doc, null, strings);
    showError('');
    setStatus(progress);
    updateButtons();
    try {
      const built = await call();
      result = built;
      hasLastRequest = true;
      el.rebuildBlock.hidden = false;
      setStatus((s) => s.built(built.sheetName));
      renderResult(doc, built, strings);
    } catch (error) {
      setStatus(null);
      showError(asError(error).message);
    } finally {
      building = false;
      updateButtons();
    }
  }

  async function build(): Promise<void> {
    if (!state || building || pending > 0) return;
    const outcome = buildRequest(choices, state);
    if (!outcome.ok) {
      renderTargetProblems(el.kpis, outcome.problems, state, strings);
      const messages = { noRanges: strings.chooseRanges, noKpis: strings.chooseKpi, targets: strings.fixTargets, abTest: strings.fixAbTest };
      showError(messages[outcome.reason]);
      el.kpis.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
      return;
    }
    await run(() => rpc('sidebarBuild', outcome.request), (s) => s.building);
  }

  async function load(): Promise<void> {
    renderFrame(doc, language, strings);
    renderLanguages(doc, el.language, language);
    renderPeriods(doc, el.period, choices.period, strings);
    renderModes(doc, el.modes, choices.mode, strings);
    renderSampleSize(sample, sampleText, locale(), strings);
    updateButtons();
    if (!(await request((c) => c)) || !state?.lastRequest) return;
    hasLastRequest = true;
    el.rebuildBlock.hidden = false;
    const filled = prefill(wanted, state.lastRequest, state);
    local((c) => ({ ...c, selected: filled.selected, offered: filled.offered, targets: filled.targets, variants: filled.variants, calibrationEnd: filled.calibrationEnd, period: filled.period, calendar: filled.calendar, mode: filled.mode, abTest: filled.abTest }));
    if (filled.ranges.length > 0) await request((c) => ({ ...c, ranges: filled.ranges, roles: filled.roles }));
    else renderAll();
  }

  el.language.addEventListener('change', () => {
    const value = el.language.value as Language;
    if (LANGUAGES.includes(value)) void request((c) => ({ ...c, language: value }));
  });

  el.useSelection.addEventListener('click', () => void useSelection());

  el.ranges.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.('button[data-remove]');
    if (!button) return;
    const index = Number(button.getAttribute('data-remove'));
    if (Number.isInteger(index)) void request((c) => removeRange(c, index));
  });

  el.ranges.addEventListener('change', (event) => {
    const select = event.target as HTMLSelectElement | null;
    const key = select?.getAttribute?.('data-role-select');
    if (!select || !key || !state) return;
    const role = state.roles.some((r) => r.role === select.value) ? (select.value as Role) : null;
    void request((c) => setRole(c, key, role));
  });

  el.kpis.addEventListener('change', (event) => {
    const variant = (event.target as HTMLElement | null)?.getAttribute?.('data-variant');
    if (variant) {
      const value = (event.target as HTMLSelectElement).value;
      local((c) => setVariant(c, variant, value));
      return;
    }
    const input = event.target as HTMLInputElement | null;
    if (!input || input.name !== 'kpi' || input.type !== 'checkbox' || !state) return;
    local((c) => setSelected(c, input.value, input.checked));
    renderKpiEnabled(el.kpis, input.value, input.checked);
    renderTargetProblems(el.kpis, problems(), state, strings);
    updateButtons();
  });

  el.kpis.addEventListener('input', (event) => {
    const input = event.target as HTMLInputElement | null;
    if (!input?.getAttribute || !state) return;
    for (const [attr, part] of TARGET_PARTS) {
      const id = input.getAttribute(attr);
      if (id === null) continue;
      local((c) => setTarget(c, id, part, input.value));
      renderTargetProblems(el.kpis, problems(), state, strings);
      updateButtons();
      return;
    }
  });

  // A date picker reports as it changes ('input') and when it closes ('change'); an empty field is no calibration end.
  for (const type of ['input', 'change']) calibration.input.addEventListener(type, () => local((c) => ({ ...c, calibrationEnd: calibration.input.value })));

  el.period.addEventListener('change', () => {
    const value = el.period.value as Choices['period'];
    if (PERIODS.includes(value)) local((c) => ({ ...c, period: value }));
  });

  el.calendar.addEventListener('change', () => {
    const value = el.calendar.value as Calendar;
    if (CALENDARS.includes(value)) local((c) => ({ ...c, calendar: value }));
  });

  el.modes.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement | null;
    const value = input?.value as Choices['mode'];
    if (input?.name === 'mode' && input.checked && MODES.includes(value)) local((c) => ({ ...c, mode: value }));
  });

  /** An A/B test choice: no server call; the block and the Build button follow. */
  const chooseAbTest = (change: (c: Choices) => Choices): void => {
    if (!state) return;
    local(change);
    renderAbTest(doc, ab, state, choices, strings);
    updateButtons();
  };

  ab.by.addEventListener('change', () => {
    const by = ab.by.value as AbTestBy;
    // The shown ranges become the chosen ones, so that a later redraw keeps them.
    if (state) chooseAbTest((c) => setAbTest(c, { ...shownAbTest(c, state!), by }));
  });

  for (const [select, side] of [[ab.a, 'a'], [ab.b, 'b']] as const) {
    select.addEventListener('change', () => {
      const index = Number(select.value);
      if (Number.isInteger(index)) chooseAbTest((c) => setAbTest(c, { [side]: index }));
    });
  }

  ab.column.addEventListener('change', () => chooseAbTest((c) => setAbTest(c, { column: ab.column.value })));

  /** A sample-size field changed: read it into the text and draw the answer again. */
  const sampleChanged = (change: Partial<SampleSizeText>): void => {
    sampleText = { ...sampleText, ...change };
    renderSampleSize(sample, sampleText, locale(), strings);
  };
  sample.baseline.addEventListener('input', () => sampleChanged({ baseline: sample.baseline.value }));
  sample.effect.addEventListener('input', () => sampleChanged({ effect: sample.effect.value }));
  sample.power.addEventListener('input', () => sampleChanged({ power: sample.power.value }));
  sample.confidence.addEventListener('input', () => sampleChanged({ confidence: sample.confidence.value }));
  sample.kind.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement | null;
    if (input?.name === 'ss-effect-kind' && input.checked) sampleChanged({ relative: input.value === 'relative' });
  });

  el.build.addEventListener('click', () => void build());

  el.rebuild.addEventListener('click', () => {
    if (!building && pending === 0) void run(() => rpc('sidebarRebuild'), (s) => s.rebuilding);
  });

  // A #gid link cannot leave the sidebar's frame: the server activates the sheet.
  doc.getElementById('result-link')?.addEventListener('click', (event) => {
    const id = Number(new URLSearchParams((event.currentTarget as HTMLAnchorElement).hash.slice(1)).get('gid'));
    if (!Number.isFinite(id)) return;
    event.preventDefault();
    void rpc('sidebarActivate', id);
  });

  return { ready: load() };
}
