/** Cohort KPIs computed from raw rows: churn by period, cohort retention, durations. */
export * from './churn-by-period';
export * from './cohort-retention';
export * from './sales-cycle';
