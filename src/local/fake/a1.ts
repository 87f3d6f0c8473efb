/**
 * A1 notation lives in one place, src/summary/a1.ts (column letters, quoted sheet names such as
 * 'O''Brien Q1'!A1:D90, whole columns and rows, open-ended ranges); the fake uses it from here.
 */
export * from '../../summary/a1';
