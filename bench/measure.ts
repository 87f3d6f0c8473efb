/** Timing helpers shared by the benchmarks: medians of repeated runs and the Float64Array baseline they are divided by. */

/** Median wall time in ms of `runs` runs of `run`. */
export function medianMs(run: () => void, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

let sink = 0;
/** The baseline: a plain loop summing a Float64Array of `n` numbers, median ms. */
export function baselineMs(n: number, runs = 5): number {
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = (i % 1000) + 0.5;
  return medianMs(() => {
    let total = 0;
    for (let i = 0; i < n; i++) total += values[i];
    sink += total;
  }, runs);
}

/** Keeps results alive so the engine cannot drop the work. */
export function keep(value: unknown): void {
  if (value === sink) sink++;
}

export const fmt = (value: number, digits = 1): string => value.toFixed(digits);
