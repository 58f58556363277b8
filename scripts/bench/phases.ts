// The load phases: a warm-up (JIT, connection pools; not measured), then alternating windows of the
// same load on ping and hold, so that a noisy neighbour hits both alike, with CPU and
// pg_stat_activity sampled per window; then a sold-out burst. When the run is aborted a phase
// returns undefined and the caller stops: the signal handler cleans up and exits.
import { performance } from "node:perf_hooks";
import { type CpuShare, probeCpu } from "./cpu";
import { DATABASE } from "./database";
import { fmt } from "./format";
import { runLoad, type Sample, summarise } from "./load";
import type { BenchOptions } from "./options";
import { type Activity, sampleActivity } from "./pg-activity";
import type { BenchPerformance } from "./performances";
import type { BenchRun } from "./resources";
import { echoTarget, holdTarget, pingTarget } from "./targets";

export type PhaseContext = {
  run: BenchRun;
  options: BenchOptions;
  port: number;
  serverPid: number | undefined;
  /** Of the benchmark database, for pg_stat_activity. */
  url: string;
};

export type Window = { samples: Sample[]; from: number; to: number };

export type Measurement = {
  pingWindows: Window[];
  holdWindows: Window[];
  /** Every hold answer, warm-up included: each 201 took a seat, so the accounting needs them all. */
  holdSamples: Sample[];
  cpu: { ping: CpuShare[]; hold: CpuShare[] };
  activity: Activity[];
  echoWindow: Window;
};

// Only unexpected answers keep their body (to show the first error), never the thousands of others.
const keepBodyOf = (status: number) => status !== 200 && status !== 201 && status !== 409;

const common = ({ port, options, run }: PhaseContext) => ({
  port,
  connections: options.connections,
  signal: run.abort.signal,
});

/** Warm-up, then the measured rounds on the measured performance. */
export async function measure(
  ctx: PhaseContext,
  measured: BenchPerformance,
): Promise<Measurement | undefined> {
  const { options, run } = ctx;
  const signal = run.abort.signal;
  const holdSamples: Sample[] = [];
  await runLoad({ ...common(ctx), target: pingTarget, until: performance.now() + options.warmup * 1000 });
  holdSamples.push(
    ...(await runLoad({
      ...common(ctx),
      target: holdTarget(measured),
      until: performance.now() + options.warmup * 1000,
      keepBodyOf,
    })),
  );

  const windowMs = (options.duration / options.rounds) * 1000;
  const pingWindows: Window[] = [];
  const holdWindows: Window[] = [];
  const cpu = { ping: [] as CpuShare[], hold: [] as CpuShare[] };
  const activity: Activity[] = [];
  for (let round = 0; round < options.rounds && !signal.aborted; round++) {
    let probe = probeCpu(ctx.serverPid, run.postgresPid);
    let from = performance.now();
    const ping = await runLoad({ ...common(ctx), target: pingTarget, until: from + windowMs, keepBodyOf });
    pingWindows.push({ samples: ping, from, to: from + windowMs });
    cpu.ping.push(probe.stop());

    if (signal.aborted) return undefined;
    const sampler = await sampleActivity(ctx.url, DATABASE);
    run.stopSampler = sampler.stop;
    probe = probeCpu(ctx.serverPid, run.postgresPid);
    from = performance.now();
    const hold = await runLoad({
      ...common(ctx),
      target: holdTarget(measured),
      until: from + windowMs,
      keepBodyOf,
    });
    holdWindows.push({ samples: hold, from, to: from + windowMs });
    holdSamples.push(...hold);
    cpu.hold.push(probe.stop());
    run.stopSampler = undefined;
    activity.push(await sampler.stop());
    if (signal.aborted) return undefined;
    const pr = summarise([pingWindows[round]]);
    const hr = summarise([holdWindows[round]]);
    console.log(
      `[bench] ronde ${round + 1}: ping ${fmt(pr.perSecond)} req/s, hold ${fmt(hr.perSecond)} req/s ` +
        `(verhouding ${fmt(hr.perSecond / pr.perSecond, 2)}), p95 ${fmt(pr.p95, 1)} / ${fmt(hr.p95, 1)} ms`,
    );
  }
  // One window of the bare POST after the rounds, to show how much of the gap is reading a POST body.
  const from = performance.now();
  const echo = await runLoad({
    ...common(ctx),
    target: echoTarget(measured),
    until: from + windowMs,
    keepBodyOf,
  });
  const echoWindow: Window = { samples: echo, from, to: from + windowMs };
  return { pingWindows, holdWindows, holdSamples, cpu, activity, echoWindow };
}

/** Sold out: more buyers than seats, all at once. */
export async function soldOut(ctx: PhaseContext, soldout: BenchPerformance): Promise<Sample[] | undefined> {
  const signal = ctx.run.abort.signal;
  const samples = signal.aborted
    ? []
    : await runLoad({
        ...common(ctx),
        target: holdTarget(soldout),
        requests: ctx.options.soldoutRequests,
        keepBodyOf,
      });
  if (signal.aborted) return undefined;
  return samples;
}
