// The two endpoints under the same load: a bare route handler as the baseline (what the server,
// the network and this generator cost anyway), and the hold with one seat per request, so that
// every 201 stands for exactly one seat in the accounting.
import type { Target } from "./load";
import type { BenchPerformance } from "./performances";

export const holdTarget = (p: BenchPerformance): Target => ({
  method: "POST",
  path: "/api/tickets/hold",
  body: (n) =>
    JSON.stringify({
      performanceId: p.id,
      buyerName: "Bench Koper",
      buyerEmail: `bench-${n}@example.be`,
      quantities: { [p.typeId]: 1 },
    }),
});

export const pingTarget: Target = { method: "GET", path: "/api/bench/ping" };

/** A bare POST with a hold-sized JSON body: informative only, the verdict uses the GET baseline. */
export const echoTarget = (p: BenchPerformance): Target => ({ ...holdTarget(p), path: "/api/bench/ping" });
