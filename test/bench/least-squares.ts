/**
 * Non-negative least squares for a handful of features, by exhaustion: every subset of the features is fitted by
 * ordinary least squares (normal equations, Gaussian elimination with partial pivoting), and of the fits whose
 * coefficients are all ≥ 0 the one with the smallest squared error wins. With k features that is 2^k small solves,
 * exact and plain to read for the bench's four (content-cost.ts); not meant for many features.
 */

/** Solves `a · x = b` for a small square system; undefined when it is singular. */
function solve(a: number[][], b: number[]): number[] | undefined {
  const n = b.length;
  const rows = a.map((row, index) => [...row, b[index] ?? 0]);
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++) if (Math.abs(rows[row]?.[column] ?? 0) > Math.abs(rows[pivot]?.[column] ?? 0)) pivot = row;
    const top = rows[pivot];
    if (top === undefined || Math.abs(top[column] ?? 0) < 1e-12) return undefined;
    rows[pivot] = rows[column] ?? [];
    rows[column] = top;
    for (let row = 0; row < n; row++) {
      const current = rows[row];
      if (row === column || current === undefined) continue;
      const factor = (current[column] ?? 0) / (top[column] ?? 1);
      for (let index = column; index <= n; index++) current[index] = (current[index] ?? 0) - factor * (top[index] ?? 0);
    }
  }
  return rows.map((row, index) => (row[n] ?? 0) / (row[index] ?? 1));
}

/** Ordinary least squares of `y` on the columns of `x` listed in `columns`; the other coefficients are 0. */
function fitColumns(x: readonly number[][], y: readonly number[], columns: readonly number[]): number[] | undefined {
  const gram = columns.map((i) => columns.map((j) => x.reduce((sum, row) => sum + (row[i] ?? 0) * (row[j] ?? 0), 0)));
  const moment = columns.map((i) => x.reduce((sum, row, index) => sum + (row[i] ?? 0) * (y[index] ?? 0), 0));
  const solution = solve(gram, moment);
  if (solution === undefined) return undefined;
  const coefficients = new Array<number>(x[0]?.length ?? 0).fill(0);
  columns.forEach((column, index) => (coefficients[column] = solution[index] ?? 0));
  return coefficients;
}

/**
 * The coefficients c ≥ 0 minimising Σ (y − x·c)² over the rows of `x` (one row of feature values per observation).
 *
 * @example
 * fitNonNegative([[1, 1], [1, 2], [1, 3]], [2, 3, 4]); // ≈ [1, 1]
 */
export function fitNonNegative(x: readonly number[][], y: readonly number[]): number[] {
  const width = x[0]?.length ?? 0;
  let best: number[] = new Array<number>(width).fill(0);
  let bestError = Infinity;
  for (let subset = 1; subset < 2 ** width; subset++) {
    const columns = [...Array(width).keys()].filter((column) => (subset >> column) & 1);
    const fit = fitColumns(x, y, columns);
    if (fit === undefined || fit.some((value) => value < 0)) continue;
    const error = x.reduce((sum, row, index) => sum + ((y[index] ?? 0) - row.reduce((total, value, column) => total + value * (fit[column] ?? 0), 0)) ** 2, 0);
    if (error < bestError) {
      best = fit;
      bestError = error;
    }
  }
  return best;
}
