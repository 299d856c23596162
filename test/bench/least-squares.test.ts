import { describe, expect, it } from 'vitest';
import { fitNonNegative } from './least-squares';

describe('fitNonNegative', () => {
  it('recovers the coefficients of an exact linear relation', () => {
    const x = [[1, 1, 0], [1, 2, 5], [1, 3, 1], [1, 4, 7], [1, 6, 2]];
    const y = x.map((row) => 0.5 + 2 * (row[1] ?? 0) + 3 * (row[2] ?? 0));
    const fit = fitNonNegative(x, y);
    expect(fit[0]).toBeCloseTo(0.5, 9);
    expect(fit[1]).toBeCloseTo(2, 9);
    expect(fit[2]).toBeCloseTo(3, 9);
  });

  it('holds a coefficient at zero where least squares would make it negative', () => {
    // y falls with the second feature: the unconstrained slope is −1, the non-negative fit drops the feature.
    const x = [[1, 1], [1, 2], [1, 3], [1, 4]];
    const y = [4, 3, 2, 1];
    expect(fitNonNegative(x, y)).toEqual([2.5, 0]);
  });

  it('skips a singular subset (a feature that repeats another) and still fits', () => {
    const x = [[1, 2, 2], [1, 3, 3], [1, 5, 5]];
    const y = [5, 7, 11];
    const fit = fitNonNegative(x, y);
    const predicted = x.map((row) => row.reduce((sum, value, index) => sum + value * (fit[index] ?? 0), 0));
    predicted.forEach((value, index) => expect(value).toBeCloseTo(y[index] ?? 0, 9));
  });
});
