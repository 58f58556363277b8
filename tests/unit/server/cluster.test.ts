// SERVER_PROCESSES: the primary forks that many servers, only the first runs the jobs, and one that
// dies is started again in its place (with the same job setting).
import { EventEmitter } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";

const forked = vi.hoisted(() => [] as { env: Record<string, string>; worker: EventEmitter }[]);
vi.mock("node:cluster", () => ({
  default: {
    workers: {},
    fork: (env: Record<string, string>) => {
      const worker = new EventEmitter();
      forked.push({ env, worker });
      return worker;
    },
  },
}));
vi.mock("@/lib/log", () => ({ logInfo: () => undefined, logError: () => undefined }));

const { startCluster } = await import("@/server/cluster");

afterEach(() => {
  forked.length = 0;
  vi.useRealTimers();
  process.removeAllListeners("SIGTERM");
  process.removeAllListeners("SIGINT");
});

describe("startCluster", () => {
  it("forks one server per process with the jobs in the first only", () => {
    startCluster(3, true);
    expect(forked.map((f) => f.env.JOBS_ENABLED)).toEqual(["true", "false", "false"]);
  });

  it("runs no jobs anywhere when they are switched off", () => {
    startCluster(2, false);
    expect(forked.map((f) => f.env.JOBS_ENABLED)).toEqual(["false", "false"]);
  });

  it("starts a server that died again, in its place", () => {
    vi.useFakeTimers();
    startCluster(2, true);
    forked[0]!.worker.emit("exit", 1, null);
    vi.advanceTimersByTime(1_000);
    expect(forked).toHaveLength(3);
    expect(forked[2]!.env.JOBS_ENABLED).toBe("true");
  });
});
