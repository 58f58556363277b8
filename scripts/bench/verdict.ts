// The closing lines: the accounting checks (which decide the exit code) and the performance verdict
// against the targets, informational only because shared machines make absolute figures noisy.
import type { Check } from "./accounting";
import { fmt } from "./format";

const TARGET_RATIO = 0.4;
const TARGET_P95_MS = 250;

export function printVerdict(checks: Check[], ratio: number, holdP95: number): void {
  console.log(`\ncontroles (overboeking en boekhouding):`);
  for (const c of checks) console.log(`  ${c.ok ? "OK  " : "FOUT"} ${c.text}`);
  const ratioOk = ratio >= TARGET_RATIO;
  const p95Ok = holdP95 < TARGET_P95_MS;
  console.log(
    `\noordeel: verhouding ${fmt(ratio, 2)} ${ratioOk ? "≥" : "<"} ${TARGET_RATIO} ${ratioOk ? "✓" : "✗"}; ` +
      `p95 hold ${fmt(holdP95, 1)} ms ${p95Ok ? "<" : "≥"} ${TARGET_P95_MS} ms ${p95Ok ? "✓" : "✗"} → ` +
      `${ratioOk && p95Ok ? "doel gehaald" : "doel niet gehaald"} (informatief)` +
      (checks.every((c) => c.ok) ? "; geen overboeking" : "; OVERBOEKING OF BOEKHOUDFOUT"),
  );
}
