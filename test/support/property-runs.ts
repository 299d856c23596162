/**
 * How many cases a fast-check property runs. The full count runs in CI (`CI=true`) or with
 * `FULL_PROPERTY_RUNS=1`; a local `npm test` runs a tenth of it (at least 100), so the suite holds on a
 * loaded laptop. Timeouts for property tests come from {@link propertyTimeout}.
 */
export function propertyRuns(full: number): number {
  const env = globalThis.process?.env ?? {};
  if (env.CI === 'true' || env.FULL_PROPERTY_RUNS === '1') return full;
  return Math.max(100, Math.round(full / 10));
}

/** A per-test timeout (ms) for a property of `runs` cases that are each expected to take under `msPerRun`. */
export function propertyTimeout(runs: number, msPerRun = 20): number {
  return Math.max(30_000, runs * msPerRun * 4);
}
