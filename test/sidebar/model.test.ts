/** The sidebar's choices and the build request they make, without a browser. */
import { describe, expect, it } from 'vitest';
import type { KpiView, SidebarBuildRequest, SidebarState } from '../../src/server/rpc-types';
import { abTestOffers, addRanges, buildRequest, INITIAL_CHOICES, prefill, removeRange, setAbTest, setRole, setSelected, setTarget, setVariant, shownAbTest, takeState, targetProblems } from '../../src/sidebar/model';
import { sampleSizeAnswer, EMPTY_SAMPLE_SIZE, percentText } from '../../src/sidebar/sample-size';
import { sampleSize } from '../../src/kpi/statistics/sample-size';

const kpi = (id: string, unit: KpiView['unit'], direction: KpiView['direction'], available = true): KpiView => ({
  id, family: 'acquisition', familyName: 'Acquisition and cost', name: id, description: '', unit, unitName: unit, direction, available,
  ...(available ? {} : { needs: 'needs a leads column' }),
});

const state = (overrides: Partial<SidebarState> = {}): SidebarState => ({
  language: 'en',
  locale: 'en_US',
  calendar: 'gregorian',
  ranges: [{ a1: 'Campaigns!A1:B3', sheetName: 'Campaigns', hasHeader: true, columns: [] }],
  kpis: [kpi('CAC', 'money', 'minimize'), kpi('CONVERSION_RATE', 'percentage', 'maximize'), kpi('SHARE_OF_VOICE', 'percentage', 'range'), kpi('FUNNEL', 'table', 'maximize'), kpi('CPL', 'money', 'minimize', false)],
  roles: [{ role: 'cost', label: 'Cost' }],
  lastRequest: null,
  ...overrides,
});

const withRanges = addRanges(INITIAL_CHOICES, ['Campaigns!A1:B3']);

describe('sidebar choices', () => {
  it('sends a table KPI\'s variant when it is one of its choices, and keeps it through a prefill', () => {
    const cohort: KpiView = { ...kpi('COHORT_RETENTION', 'table', 'maximize'), variants: [{ key: 'COHORT_RETENTION', name: 'measure', options: [{ value: 'percent', label: 'Share' }, { value: 'count', label: 'Count' }], value: 'percent' }] };
    const withCohort = state({ kpis: [cohort] });
    let choices = takeState(withRanges, withCohort);
    choices = setVariant(choices, 'COHORT_RETENTION', 'count');
    const outcome = buildRequest(choices, withCohort);
    expect(outcome.ok && outcome.request.variants).toEqual({ COHORT_RETENTION: 'count' });
    expect(buildRequest(setVariant(choices, 'COHORT_RETENTION', 'bogus'), withCohort)).toMatchObject({ ok: true, request: { variants: {} } });
    expect(prefill(INITIAL_CHOICES, (outcome as { request: SidebarBuildRequest }).request, withCohort).variants).toEqual({ COHORT_RETENTION: 'count' });
  });

  it('sends both variants of the forecast (unit and model) and the calibration end, only while a CLV table is ticked; a prefill keeps them', () => {
    const menu = (key: string, name: string, values: string[]) => ({ key, name, options: values.map((value) => ({ value, label: value })), value: values[0] });
    const forecast: KpiView = { ...kpi('CLV_FORECAST', 'table', 'maximize'), variants: [menu('CLV_FORECAST', 'unit', ['week', 'month']), menu('CLV_FORECAST.model', 'model', ['bgnbd', 'pareto_nbd'])] };
    const clv = state({ kpis: [forecast, kpi('CAC', 'money', 'minimize')], calibration: { first: '1997-01-01', last: '1998-06-30', split: '1997-12-31' } });
    let choices = takeState(withRanges, clv);
    choices = setVariant(setVariant(choices, 'CLV_FORECAST.model', 'pareto_nbd'), 'CLV_FORECAST', 'month');
    choices = { ...choices, calibrationEnd: '1997-09-30' };
    const outcome = buildRequest(choices, clv);
    expect(outcome).toMatchObject({ ok: true, request: { variants: { CLV_FORECAST: 'month', 'CLV_FORECAST.model': 'pareto_nbd' }, calibrationEnd: '1997-09-30' } });
    const request = (outcome as { request: SidebarBuildRequest }).request;
    expect(prefill(INITIAL_CHOICES, request, clv)).toMatchObject({ variants: { CLV_FORECAST: 'month', 'CLV_FORECAST.model': 'pareto_nbd' }, calibrationEnd: '1997-09-30' });
    const withoutClv = buildRequest(setSelected(choices, 'CLV_FORECAST', false), clv);
    expect(withoutClv.ok && 'calibrationEnd' in withoutClv.request).toBe(false);
    const empty = buildRequest({ ...choices, calibrationEnd: '' }, clv);
    expect(empty.ok && 'calibrationEnd' in empty.request).toBe(false);
  });

  it('adds ranges once each, in order', () => {
    const once = addRanges(INITIAL_CHOICES, ['A!A1:B2', "'Q1 \"old\" <data>'!A1:B3", 'A!A1:B2']);
    expect(once.ranges).toEqual(['A!A1:B2', "'Q1 \"old\" <data>'!A1:B3"]);
    expect(addRanges(once, ['A!A1:B2', 'B!C1:C9']).ranges).toEqual(['A!A1:B2', "'Q1 \"old\" <data>'!A1:B3", 'B!C1:C9']);
  });

  it('removing a range drops its roles and moves later ones down', () => {
    let choices = addRanges(INITIAL_CHOICES, ['A!A1', 'B!A1', 'C!A1']);
    choices = setRole(setRole(setRole(choices, '0:1', 'cost'), '1:0', 'leads'), '2:3', null);
    const removed = removeRange(choices, 1);
    expect(removed.ranges).toEqual(['A!A1', 'C!A1']);
    expect(removed.roles).toEqual({ '0:1': 'cost', '1:3': null });
  });

  it('ticks a KPI the first time it is available, and keeps the user untick', () => {
    const first = takeState(withRanges, state());
    expect([...first.selected].sort()).toEqual(['CAC', 'CONVERSION_RATE', 'FUNNEL', 'SHARE_OF_VOICE']);
    const unticked = setSelected(first, 'CAC', false);
    expect(takeState(unticked, state()).selected.has('CAC')).toBe(false);
  });

  it('builds the request: available ticked KPIs in catalog order, parsed targets, period, mode, language', () => {
    let choices = takeState(withRanges, state({ language: 'ru', locale: 'ru_RU' }));
    choices = setTarget(choices, 'CAC', 'value', '25 000');
    choices = setTarget(choices, 'CONVERSION_RATE', 'value', '12%');
    choices = setTarget(setTarget(choices, 'SHARE_OF_VOICE', 'low', '10'), 'SHARE_OF_VOICE', 'high', '20,5');
    choices = setSelected(setRole({ ...choices, period: 'month', mode: 'values' }, '0:1', 'cost'), 'CPL', true);
    const outcome = buildRequest(choices, state({ language: 'ru', locale: 'ru_RU' }));
    expect(outcome).toEqual({
      ok: true,
      request: {
        ranges: ['Campaigns!A1:B3'],
        roles: { '0:1': 'cost' },
        kpis: ['CAC', 'CONVERSION_RATE', 'SHARE_OF_VOICE', 'FUNNEL'],
        targets: { CAC: 25000, CONVERSION_RATE: 0.12, SHARE_OF_VOICE: [0.1, 0.205] },
        variants: {},
        period: 'month',
        calendar: 'gregorian',
        mode: 'values',
        language: 'ru',
      },
    });
    expect(JSON.parse(JSON.stringify(outcome))).toEqual(outcome);
  });

  it('an unreadable target of a ticked KPI blocks the build; of an unticked one it does not', () => {
    let choices = setTarget(takeState(withRanges, state()), 'CAC', 'value', 'lots');
    expect(targetProblems(choices, state())).toEqual({ CAC: 'unreadable' });
    expect(buildRequest(choices, state())).toMatchObject({ ok: false, reason: 'targets', problems: { CAC: 'unreadable' } });
    choices = setSelected(choices, 'CAC', false);
    expect(buildRequest(choices, state()).ok).toBe(true);
  });

  it('says why there is no request: no range, no KPI', () => {
    expect(buildRequest(INITIAL_CHOICES, state({ ranges: [] }))).toMatchObject({ ok: false, reason: 'noRanges' });
    expect(buildRequest(withRanges, state())).toMatchObject({ ok: false, reason: 'noKpis' });
  });

  it('prefills from the last request: its KPIs only, targets in the locale, period and mode', () => {
    const last: SidebarBuildRequest = {
      ranges: ['Campaigns!A1:B3'], roles: { '0:2': 'leads' }, kpis: ['CAC'], targets: { CAC: 25000.5, CONVERSION_RATE: 0.12, SHARE_OF_VOICE: [0.1, 0.2] },
      period: 'quarter', mode: 'live', language: 'en',
    };
    const filled = prefill(INITIAL_CHOICES, last, state({ locale: 'fa_IR', language: 'fa' }));
    expect(filled.ranges).toEqual(last.ranges);
    expect(filled.roles).toEqual(last.roles);
    expect([...filled.selected]).toEqual(['CAC']);
    expect(filled.targets.CAC.value).toBe('۲۵۰۰۰٫۵');
    expect(filled.targets.SHARE_OF_VOICE).toMatchObject({ low: '۱۰%', high: '۲۰%' });
    expect(filled).toMatchObject({ period: 'quarter', mode: 'live' });
    expect(takeState(filled, state()).selected).toEqual(new Set(['CAC']));
    expect(buildRequest(filled, state({ locale: 'fa_IR', language: 'fa' }))).toMatchObject({ ok: true, request: { targets: { CAC: 25000.5 } } });
  });

  describe('the A/B test', () => {
    const three = ['Campaigns!A1:B3', 'Page A!A1:C9', 'Page B!A1:C9'];
    const abState = state({
      ranges: three.map((a1) => ({ a1, sheetName: a1.split('!')[0], hasHeader: true, columns: [] })),
      abTest: { ranges: [1, 2], columns: [{ key: '0:1', range: 0, header: 'Variant', variants: ['Old', 'New'] }] },
    });
    const base = takeState(addRanges(INITIAL_CHOICES, three), abState);

    it('is off by default and sends nothing; two ranges default to the first two offered; a column to the first', () => {
      expect(abTestOffers(abState)).toEqual(['off', 'ranges', 'column']);
      expect(abTestOffers(state())).toEqual(['off']);
      expect(abTestOffers(state({ abTest: { ranges: [0], columns: [] } }))).toEqual(['off']);
      const off = buildRequest(base, abState);
      expect(off.ok && 'abTest' in off.request).toBe(false);
      expect(buildRequest(setAbTest(base, { by: 'ranges' }), abState)).toMatchObject({ ok: true, request: { abTest: { a: 1, b: 2 } } });
      expect(buildRequest(setAbTest(base, { by: 'ranges', a: 2 }), abState)).toMatchObject({ ok: true, request: { abTest: { a: 2, b: 1 } } });
      expect(buildRequest(setAbTest(base, { by: 'column' }), abState)).toMatchObject({ ok: true, request: { abTest: { variantColumn: '0:1' } } });
      // A way the state does not offer is off.
      expect(shownAbTest(setAbTest(base, { by: 'column' }), state()).by).toBe('off');
    });

    it('refuses A and B on the same range; with it, no KPI is needed', () => {
      expect(buildRequest(setAbTest(base, { by: 'ranges', a: 1, b: 1 }), abState)).toMatchObject({ ok: false, reason: 'abTest' });
      const none = [...base.selected].reduce((c, id) => setSelected(c, id, false), base);
      expect(buildRequest(none, abState)).toMatchObject({ ok: false, reason: 'noKpis' });
      expect(buildRequest(setAbTest(none, { by: 'ranges' }), abState)).toMatchObject({ ok: true, request: { kpis: [], abTest: { a: 1, b: 2 } } });
    });

    it('removing a range moves the chosen ranges and column with it, and forgets one removed', () => {
      const chosen = setAbTest(base, { by: 'ranges', a: 2, b: 1, column: '1:3' });
      expect(removeRange(chosen, 0).abTest).toEqual({ by: 'ranges', a: 1, b: 0, column: '0:3' });
      expect(removeRange(chosen, 1).abTest).toEqual({ by: 'ranges', a: 1, b: null, column: null });
    });

    it('prefills from the last request: two ranges or a variant column', () => {
      const last = (abTest: SidebarBuildRequest['abTest']): SidebarBuildRequest => ({ ranges: three, roles: {}, kpis: ['CAC'], targets: {}, period: 'none', mode: 'live', language: 'en', abTest });
      expect(prefill(INITIAL_CHOICES, last({ a: 2, b: 1 }), abState).abTest).toEqual({ by: 'ranges', a: 2, b: 1, column: null });
      const column = prefill(INITIAL_CHOICES, last({ variantColumn: '0:1' }), abState);
      expect(column.abTest).toEqual({ by: 'column', a: null, b: null, column: '0:1' });
      expect(buildRequest(column, abState)).toMatchObject({ ok: true, request: { abTest: { variantColumn: '0:1' } } });
      expect(prefill(INITIAL_CHOICES, last(undefined), abState).abTest.by).toBe('off');
    });
  });

  describe('the sample-size helper', () => {
    const text = (change: Partial<typeof EMPTY_SAMPLE_SIZE>) => ({ ...EMPTY_SAMPLE_SIZE, ...change });

    it('answers SAMPLE_SIZE for percents typed in the locale, defaults 80% power and 95% confidence', () => {
      expect(sampleSizeAnswer(text({ baseline: '5', effect: '1' }), 'en_US')).toEqual({ ok: true, visitors: sampleSize(0.05, 0.01, 0.8, 0.95) });
      expect(sampleSizeAnswer(text({ baseline: '5%', effect: '1%', power: '', confidence: ' ' }), 'en_US')).toEqual({ ok: true, visitors: 8158 });
      expect(sampleSizeAnswer(text({ baseline: '12,5', effect: '10', relative: true, power: '90', confidence: '99' }), 'ru_RU')).toEqual({ ok: true, visitors: sampleSize(0.125, 0.1, 0.9, 0.99, true) });
      expect(sampleSizeAnswer(text({ baseline: '۵', effect: '-۱' }), 'fa_IR')).toEqual({ ok: true, visitors: sampleSize(0.05, -0.01) });
      expect([percentText(0.8, 'en_US'), percentText(0.95, 'fa_IR'), percentText(0.125, 'ru_RU')]).toEqual(['80', '۹۵', '12,5']);
    });

    it.each([
      [{ baseline: '5' }, 'incomplete'],
      [{ baseline: 'five', effect: '1' }, 'unreadable'],
      [{ baseline: '5', effect: '1', power: 'high' }, 'unreadable'],
      [{ baseline: '0', effect: '1' }, 'baseline'],
      [{ baseline: '100', effect: '-1' }, 'baseline'],
      [{ baseline: '5', effect: '0' }, 'effect'],
      [{ baseline: '5', effect: '-6' }, 'effect'],
      [{ baseline: '50', effect: '150', relative: true }, 'effect'],
      [{ baseline: '5', effect: '1', power: '50' }, 'power'],
      [{ baseline: '5', effect: '1', confidence: '100' }, 'confidence'],
    ] as const)('%j: %s', (change, problem) => {
      expect(sampleSizeAnswer(text(change), 'en_US')).toEqual({ ok: false, problem });
    });
  });
});
