// `npm run bench:pages`: what each public page costs the server, next to the cheapest route it has.
// Starts a throwaway PostgreSQL with the demo data, builds the production app when stale, serves it
// through the portal's own server (BENCH_SERVER=next-start: bare `next start`), then measures with
// autocannon, interleaved: the bare route (/api/bench/ping), a page, the bare route, the next page…
// After each page the server is given time to finish what it had accepted (scripts/bench/drain.ts).
// Shared, noisy machines: only the ratio to the bare route measured right before means something.
// Options (environment): BENCH_CONNECTIONS (50), BENCH_SECONDS per window (3), BENCH_ROUNDS (2),
// BENCH_PAGES (comma-separated names, e.g. "home,zaal").
import autocannon from "autocannon";
import os from "node:os";
import { seed } from "@/prisma/seed";
import { startDatabase } from "./bench/database";
import { drain, idleLatency } from "./bench/drain";
import { fmt, pad } from "./bench/format";
import { type PageTarget, publicPages } from "./bench/pages";
import { createRun } from "./bench/resources";
import { startServer } from "./bench/server";

const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const only = process.env.BENCH_PAGES?.split(",").map((s) => s.trim());
const run = createRun();

type Window = { rps: number; p95: number; non2xx: number; errors: number };

/** One closed-loop window on `path`; p95 from every response time (autocannon reports no p95). */
async function measure(port: number, path: string, duration = seconds): Promise<Window> {
  const times: number[] = [];
  const instance = autocannon({ url: `http://127.0.0.1:${port}${path}`, connections, duration });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.total / result.duration,
    p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? NaN,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  const db = await startDatabase(run);
  await seed(db.prisma);
  const pages = (await publicPages(db.prisma)).filter((p) => !only || only.includes(p.name));
  const server = await startServer(run, db.url);
  const mode = process.env.BENCH_SERVER === "next-start" ? "next start" : "server/main.ts";
  console.log(
    `[bench] ${os.cpus().length} cores, ${mode} op poort ${server.port}; ${connections} verbindingen, ` +
      `${rounds} × ${seconds} s per doel, telkens na ${seconds} s op /api/bench/ping`,
  );
  // Warm up: every page rendered once (first renders fill caches and load code), then some load.
  for (const page of pages) await fetch(`http://127.0.0.1:${server.port}${page.path}`).then((r) => r.text());
  await measure(server.port, "/api/bench/ping", 2);
  // Idle means a single bare request answers within a few times its idle time (shared machines).
  const prompt = Math.max(50, 4 * (await idleLatency(server.port)));

  const samples = new Map<PageTarget, { ratio: number[]; rps: number[]; p95: number[]; bad: number }>();
  const pings: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const page of pages) {
      if (run.abort.signal.aborted) return;
      const ping = await measure(server.port, "/api/bench/ping");
      const result = await measure(server.port, page.path);
      const drained = await drain(server.port, prompt);
      pings.push(ping.rps);
      const entry = samples.get(page) ?? { ratio: [], rps: [], p95: [], bad: 0 };
      entry.ratio.push(result.rps / ping.rps);
      entry.rps.push(result.rps);
      entry.p95.push(result.p95);
      entry.bad += result.non2xx + result.errors;
      samples.set(page, entry);
      console.log(
        `[bench] ronde ${round} ${pad(page.name, 16)} ${pad(fmt(result.rps), 6)} req/s (ping ${fmt(ping.rps)})` +
          (drained > 1000 ? `; de server werkte daarna nog ${fmt(drained / 1000, 1)} s af` : ""),
      );
    }
  }

  console.log(`\nbare route /api/bench/ping: mediaan ${fmt(median(pings))} req/s\n`);
  console.log(`${"pagina".padEnd(18)}${pad("req/s", 8)}${pad("p95 ms", 9)}${pad("ratio", 8)}  doel  pad`);
  for (const [page, s] of samples) {
    const ratio = median(s.ratio);
    const target = page.kind === "catalogue" ? 0.5 : 0.3;
    console.log(
      `${page.name.padEnd(18)}${pad(fmt(median(s.rps)), 8)}${pad(fmt(median(s.p95)), 9)}${pad(fmt(ratio, 3), 8)}` +
        `  ${ratio >= target ? "ok  " : "laag"}  ${page.path}${s.bad ? `  (${s.bad} antwoorden niet 2xx)` : ""}`,
    );
  }
  console.log("\nratio = req/s van de pagina / req/s van de kale route net ervoor (mediaan over de rondes);");
  console.log("doel: catalogus 0,5 of beter, detailpagina 0,3 of beter (issue 16).");
}

main()
  .catch((error) => {
    if (!run.abort.signal.aborted) {
      console.error("[bench] mislukt:", error);
      if (run.serverLog.length)
        console.error(`[bench] laatste serveruitvoer:\n${run.serverLog.slice(-20).join("")}`);
    }
    process.exitCode = 1;
  })
  .finally(async () => {
    if (run.abort.signal.aborted) return;
    await run.cleanup();
    process.exit(process.exitCode ?? 0);
  });
