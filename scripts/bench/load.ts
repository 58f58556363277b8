// A small closed-loop load generator on node:http: `connections` workers on one keep-alive agent,
// each sending its next request as soon as the previous answer is in. Dependency-free on purpose:
// the same client measures the baseline and the endpoint, so its own cost cancels out in the ratio.
import http from "node:http";
import { performance } from "node:perf_hooks";

export type Sample = { status: number; ms: number; endedAt: number; body?: string };

export type Target = {
  method: "GET" | "POST";
  path: string;
  /** Called per request, so every request may carry its own body. */
  body?: (n: number) => string;
  /** Extra headers per request (e.g. the client address a trusted proxy would add). */
  headers?: (n: number) => Record<string, string>;
};

export type LoadOptions = {
  port: number;
  connections: number;
  target: Target;
  /** Stop issuing at this performance.now() instant… */
  until?: number;
  /** …or after this many requests. */
  requests?: number;
  signal?: AbortSignal;
  /** Keep the body of answers with these statuses (to show an error); never of the others. */
  keepBodyOf?: (status: number) => boolean;
};

const REQUEST_TIMEOUT_MS = 30_000;

function send(agent: http.Agent, options: LoadOptions, n: number): Promise<Sample> {
  const { port, target, keepBodyOf } = options;
  const payload = target.body?.(n);
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (status: number, body?: string) => {
      const endedAt = performance.now();
      resolve({ status, ms: endedAt - started, endedAt, body });
    };
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        method: target.method,
        path: target.path,
        agent,
        timeout: REQUEST_TIMEOUT_MS,
        headers: {
          ...target.headers?.(n),
          ...(payload
            ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }
            : {}),
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const keep = keepBodyOf?.(status) ?? false;
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => keep && chunks.push(chunk));
        response.on("end", () => done(status, keep ? Buffer.concat(chunks).toString("utf8") : undefined));
        response.on("error", (error) => done(0, String(error)));
      },
    );
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", (error) => done(0, String(error)));
    request.end(payload);
  });
}

/** Runs the load and returns every answer (also those that ended after `until`). */
export async function runLoad(options: LoadOptions): Promise<Sample[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const samples: Sample[] = [];
  let issued = 0;
  const more = () =>
    !options.signal?.aborted &&
    (options.requests === undefined || issued < options.requests) &&
    (options.until === undefined || performance.now() < options.until);
  const worker = async () => {
    while (more()) samples.push(await send(agent, options, issued++));
  };
  try {
    await Promise.all(Array.from({ length: options.connections }, worker));
  } finally {
    agent.destroy();
  }
  return samples;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export type Summary = {
  completed: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: Map<number, number>;
};

/** Throughput and latency of the answers that ended inside the measured window(s). */
export function summarise(windows: { samples: Sample[]; from: number; to: number }[]): Summary {
  const inside = windows.flatMap(({ samples, from, to }) =>
    samples.filter((s) => s.endedAt >= from && s.endedAt <= to),
  );
  const seconds = windows.reduce((sum, w) => sum + (w.to - w.from) / 1000, 0);
  const latencies = inside.map((s) => s.ms).sort((a, b) => a - b);
  return {
    completed: inside.length,
    seconds,
    perSecond: inside.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statuses: countStatuses(inside),
  };
}

export function countStatuses(samples: Sample[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of samples) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  return counts;
}
