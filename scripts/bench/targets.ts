// The two endpoints under the same load: a bare route handler as the baseline (what the server,
// the network and this generator cost anyway), and the hold with one seat per request, so that
// every 201 stands for exactly one seat in the accounting. Every buyer comes from an address of
// their own, as a thousand buyers would: the bench's server trusts this machine as their proxy
// (TRUSTED_PROXIES, see BENCH_SERVER_ENV), so the per-address hold limit counts each one apart.
import type { Target } from "./load";
import type { BenchPerformance } from "./performances";

// Each load phase numbers its requests from 0; a phase's buyers start past the previous phase's,
// so no buyer (e-mail or address) ever comes twice and no per-buyer limit is reached.
let phases = 0;
const PHASE_SPAN = 1 << 20;

export const holdTarget = (p: BenchPerformance): Target => {
  const first = (phases++ % 15) * PHASE_SPAN;
  return {
    method: "POST",
    path: "/api/tickets/hold",
    body: (n) =>
      JSON.stringify({
        performanceId: p.id,
        buyerName: "Bench Koper",
        buyerEmail: `bench-${first + n}@example.be`,
        quantities: { [p.typeId]: 1 },
      }),
    headers: (n) => {
      const b = first + n;
      return { "x-forwarded-for": `10.${(b >> 16) & 255}.${(b >> 8) & 255}.${b & 255}` };
    },
  };
};

/** The proxy the hold target's addresses come through: this machine. */
export const BENCH_SERVER_ENV = { TRUSTED_PROXIES: "127.0.0.1" };

export const pingTarget: Target = { method: "GET", path: "/api/bench/ping" };

/** A bare POST with a hold-sized JSON body: informative only, the verdict uses the GET baseline. */
export const echoTarget = (p: BenchPerformance): Target => ({ ...holdTarget(p), path: "/api/bench/ping" });
