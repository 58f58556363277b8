// Context for judging the figures on a shared machine: who used the CPU, where the app's database
// connections waited, the machine's load before and after, and whether .next was rebuilt meanwhile.
import { readFileSync } from "node:fs";
import os from "node:os";
import type { CpuShare } from "./cpu";
import { fmt, pad } from "./format";
import type { Activity } from "./pg-activity";
import { type BuildStamp, rebuiltSince } from "./server";

/** The 1, 5 and 15 minute load averages. */
export function loadAverage(): string[] {
  return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3);
}

function cpuLine(name: string, c: CpuShare) {
  return `  ${name.padEnd(6)} next ${pad(fmt(c.server), 3)} %  postgres ${pad(fmt(c.postgres), 3)} %  generator ${pad(
    fmt(c.generator),
    3,
  )} %  anderen ${pad(fmt(c.others), 3)} %  (machine ${fmt(c.machine)} % van ${os.cpus().length * 100} %)`;
}

function meanCpu(shares: CpuShare[]): CpuShare {
  const mean = (key: keyof CpuShare) => shares.reduce((sum, s) => sum + s[key], 0) / shares.length;
  return {
    server: mean("server"),
    postgres: mean("postgres"),
    generator: mean("generator"),
    others: mean("others"),
    machine: mean("machine"),
  };
}

function meanActivity(activity: Activity[]): Activity {
  return activity.reduce(
    (sum, x) => ({
      samples: sum.samples + x.samples,
      running: sum.running + x.running / activity.length,
      lockWait: sum.lockWait + x.lockWait / activity.length,
      idleInTransaction: sum.idleInTransaction + x.idleInTransaction / activity.length,
      idle: sum.idle + x.idle / activity.length,
    }),
    { samples: 0, running: 0, lockWait: 0, idleInTransaction: 0, idle: 0 },
  );
}

export function printDiagnostics(input: {
  cpu: { ping: CpuShare[]; hold: CpuShare[] };
  activity: Activity[];
  loadBefore: string[];
  build: BuildStamp;
}): void {
  console.log(`\nCPU tijdens de metingen (procent van één core):`);
  console.log(cpuLine("ping", meanCpu(input.cpu.ping)));
  console.log(cpuLine("hold", meanCpu(input.cpu.hold)));
  const a = meanActivity(input.activity);
  console.log(
    `PostgreSQL-verbindingen van de app tijdens hold (gemiddeld over ${a.samples} steekproeven): ` +
      `bezig ${fmt(a.running, 1)}, wacht op rijslot ${fmt(a.lockWait, 1)}, ` +
      `idle in transactie ${fmt(a.idleInTransaction, 1)}, idle ${fmt(a.idle, 1)}`,
  );
  console.log(`belasting machine vooraf ${input.loadBefore.join(" ")}, achteraf ${loadAverage().join(" ")}`);
  if (rebuiltSince(input.build)) {
    console.log(
      "LET OP: .next werd tijdens de meting opnieuw gebouwd (door iemand anders); cijfers onbetrouwbaar.",
    );
  }
}
