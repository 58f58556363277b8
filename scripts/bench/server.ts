// The production build, served by the portal's own server (server/main.ts) on a free port, as
// `npm start` serves it. BENCH_SERVER=next-start serves it with a bare `next start` instead (to
// compare with the state before the portal had its own server). Spawned in its own process group
// so that the cleanup stops exactly this server and its children and nothing else.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { PORTAL_SERVER_COMMAND } from "@/server/command";
import { buildIfStale } from "../build-if-stale";
import { freePort } from "./free-port";
import type { BenchRun } from "./resources";

/**
 * buildIfStale, retried for a while: in a shared checkout another `next build` (an e2e run, a
 * colleague) may hold Next's build lock; when it is done the build is usually fresh.
 */
async function buildWhenFree(env: NodeJS.ProcessEnv, signal: AbortSignal, attempts = 10): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return buildIfStale(env);
    } catch (error) {
      if (attempt >= attempts || signal.aborted) throw error;
      console.log(`[bench] bouwen lukte niet (ander build bezig?); nieuwe poging ${attempt + 1} over 15 s`);
      await new Promise((resolve) => setTimeout(resolve, 15_000));
    }
  }
}

async function waitForHealth(run: BenchRun, port: number, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (run.abort.signal.aborted) throw new Error("afgebroken");
    if (run.server?.exitCode !== null || run.server?.signalCode !== null) {
      throw new Error(`de server stopte vroegtijdig:\n${run.serverLog.slice(-20).join("")}`);
    }
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`, {
      signal: AbortSignal.timeout(2_000),
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`/api/health antwoordde niet binnen ${timeoutMs / 1000} s`);
}

/** The build that is being measured. */
export type BuildStamp = { id: string; time: number };

/** In a shared checkout someone may rebuild .next during the run: the figures then mix two builds. */
export function rebuiltSince(build: BuildStamp): boolean {
  return (
    !existsSync(".next/BUILD_ID") ||
    readFileSync(".next/BUILD_ID", "utf8") !== build.id ||
    statSync(".next/BUILD_ID").mtimeMs !== build.time
  );
}

export async function startServer(run: BenchRun, databaseUrl: string, extraEnv: Record<string, string> = {}) {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    JOBS_ENABLED: "false",
    MAILBOX_DIR: path.join(run.workDir, "mailbox"),
    SMTP_URL: "",
    PUBLIC_URL: `http://localhost:${port}`,
    PORT: String(port),
    ...extraEnv,
  };
  await buildWhenFree(env, run.abort.signal);
  const build: BuildStamp = {
    id: readFileSync(".next/BUILD_ID", "utf8"),
    time: statSync(".next/BUILD_ID").mtimeMs,
  };
  const [command, ...args] =
    process.env.BENCH_SERVER === "next-start"
      ? ["npx", "next", "start", "-p", String(port)]
      : PORTAL_SERVER_COMMAND;
  const server = spawn(command, args, {
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  run.server = server;
  for (const stream of [server.stdout!, server.stderr!]) {
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      run.serverLog.push(chunk);
      if (run.serverLog.length > 2000) run.serverLog.shift();
    });
  }
  await waitForHealth(run, port);
  return { port, pid: server.pid, build };
}
