// The report after a run, section by section in a fixed order: the throughput table, the seats
// sold, unexpected answers, the machine context, then the checks and the verdict.
import type { Accounting } from "./accounting";
import { printDiagnostics } from "./diagnostics";
import { summarise, type Sample } from "./load";
import type { Measurement } from "./phases";
import type { BuildStamp } from "./server";
import { printTable } from "./table";
import { printUnexpected } from "./unexpected";
import { printVerdict } from "./verdict";

/** "0", or the total with a breakdown per status (0 = a network error, no answer). */
function others(statuses: Map<number, number>, ok: number) {
  const rest = [...statuses].filter(([s]) => s !== ok && s !== 409);
  const total = rest.reduce((n, [, c]) => n + c, 0);
  return total === 0 ? "0" : `${total} (${rest.map(([s, c]) => `${s || "netwerk"}: ${c}`).join(", ")})`;
}

function printSeats(a: Accounting, soldoutRequests: number) {
  const { mainSold, soldoutSold } = a;
  console.log(
    `\nzitplaatsen hoofdvoorstelling: verkocht ${mainSold.taken} van ${mainSold.capacity} ` +
      `(actieve holds ${mainSold.held}, bestelde plaatsen ${mainSold.ordered}); ` +
      `alle hold-antwoorden incl. opwarmen: 201 × ${a.created}, 409 × ${a.refusedMain}, andere × ${others(a.mainStatuses, 201)}`,
  );
  console.log(
    `zitplaatsen uitverkocht-fase: verkocht ${soldoutSold.taken} van ${soldoutSold.capacity} ` +
      `(actieve holds ${soldoutSold.held}, bestelde plaatsen ${soldoutSold.ordered}); ` +
      `${soldoutRequests} verzoeken: 201 × ${a.soldoutCreated}, 409 × ${a.soldoutStatuses.get(409) ?? 0}, ` +
      `andere × ${others(a.soldoutStatuses, 201)}`,
  );
}

export function printReport(input: {
  connections: number;
  measurement: Measurement;
  soldoutSamples: Sample[];
  accounting: Accounting;
  serverLog: readonly string[];
  loadBefore: string[];
  build: BuildStamp;
}): void {
  const { measurement: m, accounting } = input;
  const pingSummary = summarise(m.pingWindows);
  const holdSummary = summarise(m.holdWindows);
  const ratio = holdSummary.perSecond / pingSummary.perSecond;
  printTable(input.connections, pingSummary, holdSummary, ratio);
  const echo = summarise([m.echoWindow]);
  console.log(
    `ter info: kale POST met JSON-body ${echo.perSecond.toFixed(1)} req/s, p95 ${echo.p95.toFixed(1)} ms; ` +
      `verhouding hold/kale POST ${(holdSummary.perSecond / echo.perSecond).toFixed(2)}`,
  );
  printSeats(accounting, input.soldoutSamples.length);
  printUnexpected(
    m.pingWindows.flatMap((w) => w.samples),
    m.holdSamples,
    input.soldoutSamples,
    input.serverLog,
  );
  printDiagnostics({ cpu: m.cpu, activity: m.activity, loadBefore: input.loadBefore, build: input.build });
  printVerdict(accounting.checks, ratio, holdSummary.p95);
}
