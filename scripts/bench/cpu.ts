// Who used the CPU during a phase (Linux /proc): the Next.js server, PostgreSQL, this load
// generator, and everything else on the machine (other engineers' builds and tests). On shared
// machines this says whether a figure is the app's limit or the neighbours'.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";

const TICKS_PER_SECOND = 100; // USER_HZ; 100 on every common Linux

type ProcStat = { pid: number; ppid: number; ticks: number };

function readProc(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may contain spaces and parentheses: split after the last ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { pid, ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** CPU ticks used so far by `root` and all its descendants (alive ones). */
function treeTicks(root: number): number {
  const all = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProc(Number(name)))
    .filter((p): p is ProcStat => p !== null);
  const children = new Map<number, ProcStat[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let total = 0;
  const stack = all.filter((p) => p.pid === root);
  while (stack.length) {
    const p = stack.pop()!;
    total += p.ticks;
    stack.push(...(children.get(p.pid) ?? []));
  }
  return total;
}

/** Busy and total ticks of the whole machine (/proc/stat, all cores). */
function machineTicks(): { busy: number; total: number } {
  const [, ...values] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
  const n = values.map(Number);
  const idle = n[3] + (n[4] ?? 0); // idle + iowait
  const total = n.slice(0, 8).reduce((a, b) => a + b, 0); // without guest (already in user)
  return { busy: total - idle, total };
}

export type CpuShare = {
  server: number;
  postgres: number;
  generator: number;
  others: number;
  machine: number;
};

export type CpuProbe = { stop: () => CpuShare };

/** Starts measuring; `stop()` returns percentages of one core (a 2-core machine has 200 %). */
export function probeCpu(serverPid: number | undefined, postgresPid: number | undefined): CpuProbe {
  if (!existsSync("/proc/stat")) {
    return { stop: () => ({ server: NaN, postgres: NaN, generator: NaN, others: NaN, machine: NaN }) };
  }
  const start = {
    server: serverPid ? treeTicks(serverPid) : 0,
    postgres: postgresPid ? treeTicks(postgresPid) : 0,
    generator: process.cpuUsage(),
    machine: machineTicks(),
    at: performance.now(),
  };
  return {
    stop: () => {
      const seconds = (performance.now() - start.at) / 1000;
      // A process that exited meanwhile takes its ticks along: never report less than nothing.
      const pct = (ticks: number) => Math.max(0, (ticks / TICKS_PER_SECOND / seconds) * 100);
      const server = serverPid ? pct(treeTicks(serverPid) - start.server) : NaN;
      const postgres = postgresPid ? pct(treeTicks(postgresPid) - start.postgres) : NaN;
      const used = process.cpuUsage(start.generator);
      const generator = ((used.user + used.system) / 1e6 / seconds) * 100;
      const end = machineTicks();
      const cores = os.cpus().length;
      const machine = ((end.busy - start.machine.busy) / (end.total - start.machine.total)) * 100 * cores;
      const others = Math.max(0, machine - (server || 0) - (postgres || 0) - generator);
      return { server, postgres, generator, others, machine };
    },
  };
}
