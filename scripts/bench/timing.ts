// The median time of a call in this process, after warm-up calls (the JIT and the database's
// caches): how the query benchmarks (bench:scale, bench:loans) time one read.
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function medianTime(
  call: () => Promise<unknown>,
  runs: number,
  warmUp: number,
): Promise<number> {
  for (let i = 0; i < warmUp; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await call();
    samples.push(performance.now() - start);
  }
  return median(samples);
}
