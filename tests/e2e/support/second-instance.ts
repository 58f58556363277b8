// A second instance of the portal: the same production build and the same database as the e2e
// server (the environment the runner gave Playwright), on a port of its own. Stateless instances are
// the production topology (ARCHITECTURE.md); tests/e2e/two-instances.spec.ts puts two side by side.
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "@/scripts/bench/free-port";
import { PORTAL_SERVER_COMMAND } from "@/server/command";

export type Instance = { origin: string; stop: () => Promise<void> };

async function waitForHealth(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`De tweede instantie stopte meteen:\n${log()}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`De tweede instantie antwoordde niet binnen 90 s:\n${log()}`);
}

export async function startSecondInstance(): Promise<Instance> {
  const port = await freePort();
  const [command, ...args] = PORTAL_SERVER_COMMAND;
  const child = spawn(command, args, {
    cwd: process.cwd(),
    env: { ...process.env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const origin = `http://localhost:${port}`;
  await waitForHealth(origin, child, () => output);
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
