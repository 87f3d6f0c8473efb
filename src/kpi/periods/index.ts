/** Period arithmetic and per-period KPIs computed from raw rows. */
export * from './period';
export * from './series';
export * from './new-customers';
export * from './jalali';
export * from './labels';
