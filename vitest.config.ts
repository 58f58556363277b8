import path from "node:path";
import { defineConfig } from "vitest/config";
import { UNIT_TIME_ZONES } from "./tests/support/unit-time-zones";

const alias = {
  "@": path.resolve(__dirname),
  // `server-only` throws outside React Server Components; commands are plain TypeScript in tests.
  "server-only": path.resolve(__dirname, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      // Unit tests once per machine time zone (tests/support/unit-time-zones.ts).
      ...Object.entries(UNIT_TIME_ZONES).map(([name, TZ]) => ({
        resolve: { alias },
        test: { name, include: ["tests/unit/**/*.test.ts"], environment: "node" as const, env: { TZ } },
      })),
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/integration/setup-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
