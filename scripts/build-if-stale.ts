// Builds the production app when a source is newer than the last build (or there is none).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "content",
  "lib",
  "public",
  "generated",
  "next.config.ts",
  "instrumentation.ts",
  "instrumentation-client.ts",
  "package-lock.json",
  "postcss.config.mjs",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (max, name) => Math.max(max, newestMtime(path.join(entry, name))),
    stat.mtimeMs,
  );
}

function buildIsStale(): boolean {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return true;
  return Math.max(...SOURCES.map(newestMtime)) > statSync(buildId).mtimeMs;
}

export function buildIfStale(env: NodeJS.ProcessEnv): void {
  if (!buildIsStale()) return;
  console.log("[build] de portaalsite wordt gebouwd…");
  const build = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...env, NODE_ENV: "production" },
  });
  if (build.status !== 0) throw new Error("next build is mislukt");
}
