// Answers other than success or 409 (sold out): the first one per phase, with the server log's
// first error lines, so that a failing run says why without rerunning it.
import type { Sample } from "./load";

function firstError(samples: Sample[], ok: number): string | undefined {
  const bad = samples.find((s) => s.status !== ok && s.status !== 409);
  return bad ? `status ${bad.status}: ${bad.body ?? "(geen inhoud)"}`.slice(0, 300) : undefined;
}

export function printUnexpected(
  ping: Sample[],
  hold: Sample[],
  soldout: Sample[],
  serverLog: readonly string[],
): void {
  const errors = [firstError(ping, 200), firstError(hold, 201), firstError(soldout, 201)].filter(Boolean);
  if (!errors.length) return;
  console.log(`eerste onverwachte antwoorden:\n  ${errors.join("\n  ")}`);
  const logged = serverLog
    .join("")
    .split("\n")
    .filter((line) => line.trim());
  const reasons = logged.filter((line) => /fout|error|P20\d\d/i.test(line)).slice(0, 8);
  console.log(`serverlog (eerste foutregels):\n  ${reasons.map((l) => l.slice(0, 240)).join("\n  ")}`);
}
