// The headline table: throughput and latency of ping and hold side by side, and their ratio, the
// one figure that survives a shared, noisy machine.
import { fmt, pad } from "./format";
import type { Summary } from "./load";

function row(name: string, s: Summary, ok: number) {
  const others = [...s.statuses].filter(([status]) => status !== ok && status !== 409);
  return [
    name.padEnd(24),
    pad(fmt(s.perSecond, 1), 9),
    pad(fmt(s.p50, 1), 8),
    pad(fmt(s.p95, 1), 8),
    pad(fmt(s.p99, 1), 8),
    pad(s.statuses.get(ok) ?? 0, 8),
    pad(s.statuses.get(409) ?? 0, 7),
    pad(
      others.reduce((n, [, c]) => n + c, 0),
      7,
    ),
  ].join(" ");
}

export function printTable(connections: number, ping: Summary, hold: Summary, ratio: number) {
  console.log(
    `\n===== bench:tickets — ${connections} verbindingen, ${fmt(ping.seconds, 1)} s gemeten per doel =====`,
  );
  console.log(
    `${"doel".padEnd(24)} ${pad("req/s", 9)} ${pad("p50 ms", 8)} ${pad("p95 ms", 8)} ${pad("p99 ms", 8)} ${pad(
      "2xx",
      8,
    )} ${pad("409", 7)} ${pad("andere", 7)}`,
  );
  console.log(row("GET /api/bench/ping", ping, 200));
  console.log(row("POST /api/tickets/hold", hold, 201));
  console.log(`verhouding hold/ping: ${fmt(ratio, 2)}`);
  // A 409 is cheaper than a hold: once sold out, req/s no longer measures holds.
  const refusedMeasured = hold.statuses.get(409) ?? 0;
  if (refusedMeasured > 0) {
    console.log(
      `let op: uitverkocht tijdens de meting; ${refusedMeasured} × 409 (goedkoper dan een hold) telt mee in ` +
        `req/s. Verhoog --seats om alleen geslaagde holds te meten.`,
    );
  }
}
