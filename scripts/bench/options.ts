// Command-line options of `npm run bench:tickets`. Every option is a flag or an environment
// variable, so a CI job can set them without editing the npm script:
//   --connections=50   BENCH_CONNECTIONS      concurrent keep-alive connections
//   --duration=10      BENCH_DURATION         measured seconds per endpoint (split over the rounds)
//   --warmup=2         BENCH_WARMUP           seconds of warm-up per endpoint, not measured
//   --rounds=2         BENCH_ROUNDS           ping/hold alternations (noise shows between rounds)
//   --seats=20000      BENCH_SEATS            capacity of the measured performance
//   --soldout-seats=100     BENCH_SOLDOUT_SEATS     capacity of the sold-out performance
//   --soldout-requests=300  BENCH_SOLDOUT_REQUESTS  requests against it (1 seat each)

function option(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const index = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  const raw =
    index >= 0
      ? args[index].includes("=")
        ? args[index].split("=")[1]
        : args[index + 1]
      : process.env[`BENCH_${name.toUpperCase().replace(/-/g, "_")}`];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} moet een positief getal zijn`);
  return value;
}

/** Throws on an invalid value. */
export function parseOptions() {
  return {
    connections: Math.round(option("connections", 50)),
    duration: option("duration", 10),
    warmup: option("warmup", 2),
    rounds: Math.round(option("rounds", 2)),
    seats: Math.round(option("seats", 20_000)),
    soldoutSeats: Math.round(option("soldout-seats", 100)),
    soldoutRequests: Math.round(option("soldout-requests", 300)),
  };
}

export type BenchOptions = ReturnType<typeof parseOptions>;
