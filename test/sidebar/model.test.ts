/** The sidebar's choices and the build request they make, without a browser. */
import { describe, expect, it } from 'vitest';
import type { KpiView, SidebarBuildRequest, SidebarState } from '../../src/server/rpc-types';
import { addRanges, buildRequest, INITIAL_CHOICES, prefill, removeRange, setRole, setSelected, setTarget, setVariant, takeState, targetProblems } from '../../src/sidebar/model';

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
    const cohort: KpiView = { ...kpi('COHORT_RETENTION', 'table', 'maximize'), variant: { options: [{ value: 'percent', label: 'Share' }, { value: 'count', label: 'Count' }], value: 'percent' } };
    const withCohort = state({ kpis: [cohort] });
    let choices = takeState(withRanges, withCohort);
    choices = setVariant(choices, 'COHORT_RETENTION', 'count');
    const outcome = buildRequest(choices, withCohort);
    expect(outcome.ok && outcome.request.variants).toEqual({ COHORT_RETENTION: 'count' });
    expect(buildRequest(setVariant(choices, 'COHORT_RETENTION', 'bogus'), withCohort)).toMatchObject({ ok: true, request: { variants: {} } });
    expect(prefill(INITIAL_CHOICES, (outcome as { request: SidebarBuildRequest }).request, withCohort).variants).toEqual({ COHORT_RETENTION: 'count' });
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
});
