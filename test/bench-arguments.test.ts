/** `npm run bench` keeps working as the catalog grows: every function it times computes on the arguments it generates. */
import { describe, expect, it } from 'vitest';
import { argumentsFor, benchedFunctions } from '../bench/custom-functions';
import { call } from './helpers/call';

describe('the custom-function bench', () => {
  it('times more than 40 functions, each computing on its generated range and settings', () => {
    const failures = benchedFunctions().flatMap((entry) => {
      try {
        call(entry.id, ...argumentsFor(entry, 200));
        return [];
      } catch (error) {
        return [`${entry.id}: ${(error as Error).message}`];
      }
    });
    expect(benchedFunctions().length).toBeGreaterThan(40);
    expect(failures).toEqual([]);
  });
});
