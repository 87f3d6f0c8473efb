import { describe, expect, it } from 'vitest';
import { neglectedOpportunities, responseTime, salesCycle } from '../../../src/kpi/cohorts/sales-cycle';
import { KpiFailure } from '../../../src/kpi/failure';

function failure(f: () => unknown): KpiFailure {
  try {
    f();
  } catch (e) {
    if (e instanceof KpiFailure) return e;
    throw e;
  }
  throw new Error('no failure');
}

describe('salesCycle', () => {
  // Closed rows: 5 − 0 = 5, 50 − 20 = 30, 6 − 5 = 1; row 1 is open.
  const created = [0, 10, 20, 5];
  const closed = [5, NaN, 50, 6];
  it('mean and median over closed rows', () => {
    expect(salesCycle(created, closed, 'mean')).toBe(12);
    expect(salesCycle(created, closed, 'median')).toBe(5);
    expect(salesCycle([0, 0, 0, 0], [1, 2, 10, 3], 'median')).toBe(2.5);
    expect(salesCycle([100], [100], 'mean')).toBe(0);
  });
  it('refuses closed before created, no closed rows and different lengths', () => {
    expect(failure(() => salesCycle([0, 10], [1, 9], 'mean'))).toMatchObject({
      reason: 'negative_result',
      detail: { argument: 'closed_dates', position: 1 },
    });
    expect(failure(() => salesCycle([0, 1], [NaN, NaN], 'median'))).toMatchObject({
      reason: 'no_closed_rows',
      detail: { argument: 'closed_dates' },
    });
    expect(failure(() => salesCycle([0], [1, 2], 'mean')).reason).toBe('lengths_differ');
  });
});

describe('responseTime', () => {
  const minute = 60_000;
  const requests = [0, minute, 5 * minute];
  const replies = [2 * minute, 31 * minute, NaN]; // 2 min, 30 min, unanswered
  it('in minutes, hours and days', () => {
    expect(responseTime(requests, replies, 'minutes', 'mean')).toBe(16);
    expect(responseTime(requests, replies, 'hours', 'mean')).toBeCloseTo(16 / 60, 12);
    expect(responseTime(requests, replies, 'days', 'median')).toBeCloseTo(16 / 1440, 12);
  });
  it('refuses a reply before its request', () => {
    expect(failure(() => responseTime([10, 20], [15, 19], 'minutes', 'mean'))).toMatchObject({
      reason: 'negative_result',
      detail: { argument: 'reply_times', position: 1 },
    });
    expect(failure(() => responseTime([10], [NaN], 'minutes', 'mean'))).toMatchObject({ reason: 'no_closed_rows' });
  });
});

describe('neglectedOpportunities', () => {
  it('share with as-of − last contact > days', () => {
    // 30 − 0 = 30 > 15, 30 − 20 = 10, 30 − 10 = 20 > 15; the blank is skipped; exactly 15 is not neglected.
    expect(neglectedOpportunities([0, 20, 10, NaN], 30, 15)).toBeCloseTo(2 / 3, 15);
    expect(neglectedOpportunities([15], 30, 15)).toBe(0);
    expect(neglectedOpportunities([40], 30, 15)).toBe(0);
  });
  it('refuses no data', () => {
    expect(failure(() => neglectedOpportunities([], 30, 15))).toMatchObject({
      reason: 'no_data',
      detail: { argument: 'last_contact_dates' },
    });
    expect(failure(() => neglectedOpportunities([1], NaN, 15)).reason).toBe('no_data');
  });
});
