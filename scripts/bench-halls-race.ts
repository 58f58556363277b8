// `npm run bench:halls-race`: N residents (default 10, `--requests 20` or BENCH_REQUESTS) ask for
// the same hall evening at the same moment, each through the real command (requestBooking) in its
// own process with its own database connection, like requests landing on several app instances.
// Prints how long the losers waited (median, max) and what each was told, and fails (exit 1) only
// when the hall ends up booked more than once. A measurement, not a test: shared machines are noisy.
//
// The commands import "server-only"; scripts/bench/tsconfig.halls-race.json maps it to an empty
// module, as vitest.config.ts does for the integration tests.
import { type ChildProcess, fork } from "node:child_process";
import { randomUUID } from "node:crypto";
import { startDatabase } from "./bench/database";
import { createRun } from "./bench/resources";

type Job = { userId: string; hallId: string; date: string; warmUpHallId: string };
type Outcome = { ok: boolean; ms: number; message: string };

const AUTH_SECRET = "bench-halls-race-secret-of-at-least-32-characters";

function option(name: string, fallback: number): number {
  const flag = process.argv.indexOf(`--${name}`);
  const raw = flag >= 0 ? process.argv[flag + 1] : process.env[`BENCH_${name.toUpperCase()}`];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 2 || value > 50) throw new Error(`--${name}: 2 tot 50`);
  return value;
}

/** One racer: loads the command, warms its connection, waits for "go", books, reports. */
async function racer() {
  const { requestBooking } = await import("@/lib/halls/commands/request");
  const { bookingSchema } = await import("@/lib/halls/schema/booking");
  const { db } = await import("@/lib/db");
  const { AppError, GENERIC_ERROR_MESSAGE } = await import("@/lib/errors");
  process.once("message", async (job: Job) => {
    const input = (hallId: string) =>
      bookingSchema.parse({
        hallId,
        unit: "DAY_PART",
        date: job.date,
        dayParts: ["AVOND"],
        bookFor: "self",
        purpose: "Benchmark",
      });
    // A booking of its own first, in a hall of its own: every code path (queries, order, mail) is
    // warm, so the race measures waiting for the hall, not a cold start on a shared machine.
    await requestBooking(input(job.warmUpHallId), { userId: job.userId });
    process.send!("ready");
    await new Promise((resolve) => process.once("message", resolve));
    const started = performance.now();
    let outcome: Outcome;
    try {
      await requestBooking(input(job.hallId), { userId: job.userId });
      outcome = { ok: true, ms: performance.now() - started, message: "gereserveerd" };
    } catch (error) {
      // What a person would read: an AppError's own message, anything else the generic one.
      const raw = error instanceof Error ? error.message : String(error);
      const firstLine = raw.split("\n").find((line) => line.trim()) ?? "";
      const message =
        error instanceof AppError
          ? error.message
          : `${GENERIC_ERROR_MESSAGE} [onderliggend: ${firstLine.trim().slice(0, 120)}]`;
      outcome = { ok: false, ms: performance.now() - started, message };
    }
    process.send!(outcome, () => void db.$disconnect().finally(() => process.exit(0)));
  });
  process.send!("loaded");
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function next(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve, reject) => {
    child.once("message", resolve);
    child.once("exit", (code) => reject(new Error(`racer stopte vroeg (code ${code})`)));
  });
}

async function main() {
  const requests = option("requests", 10);
  const run = createRun();
  try {
    const database = await startDatabase(run);
    const { seed } = await import("@/prisma/seed");
    await seed(database.prisma);
    const { addBrusselsDays, brusselsInstant, brusselsParts } = await import("@/lib/be/time");
    const date = addBrusselsDays(brusselsParts(new Date()).dateKey, 30);
    const template = await database.prisma.hall.findFirstOrThrow({
      where: { requiresApproval: false, rentalUnit: "DAY_PART" },
      include: { tariffs: true },
    });
    const newHall = async () =>
      (
        await database.prisma.hall.create({
          data: {
            ...template,
            id: undefined,
            slug: `bench-${randomUUID()}`,
            name: `Benchzaal ${randomUUID().slice(0, 6)}`,
            tariffs: {
              create: template.tariffs.map(({ category, unitCents, bookingWindowMonths }) => ({
                category,
                unitCents,
                bookingWindowMonths,
              })),
            },
          },
        })
      ).id;
    const hallId = await newHall();
    const warmUpHalls = await Promise.all(Array.from({ length: requests }, newHall));
    const users = await Promise.all(
      Array.from({ length: requests }, (_, i) =>
        database.prisma.user.create({
          data: { email: `race-${i}-${randomUUID()}@example.be`, name: `Huurder ${i + 1}`, postcode: "8750" },
        }),
      ),
    );
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET,
      JOBS_ENABLED: "false",
      MAILBOX_DIR: `${run.workDir}/mailbox`,
    };
    const children = users.map(() =>
      fork(__filename, ["--racer"], { env, stdio: ["ignore", "inherit", "inherit", "ipc"] }),
    );
    await Promise.all(children.map(next)); // loaded
    await Promise.all(
      children.map((child, i) => {
        const ready = next(child);
        child.send({
          userId: users[i]!.id,
          hallId,
          date,
          warmUpHallId: warmUpHalls[i]!,
        } satisfies Job);
        return ready;
      }),
    );
    const outcomes = Promise.all(children.map((child) => next(child) as Promise<Outcome>));
    for (const child of children) child.send("go");
    const results = await outcomes;

    const losers = results.filter((r) => !r.ok);
    const told = new Map<string, number>();
    for (const r of losers) told.set(r.message, (told.get(r.message) ?? 0) + 1);
    const active = await database.prisma.hallBooking.count({
      where: {
        hallId,
        status: { in: ["REQUESTED", "APPROVED"] },
        startsAt: { gte: brusselsInstant(date, 0), lt: brusselsInstant(addBrusselsDays(date, 1), 0) },
      },
    });
    console.log(
      `\n[bench] ${requests} gelijktijdige aanvragen voor dezelfde avond (${date}), elk in een eigen proces en verbinding`,
    );
    console.log(
      `[bench] gelukt: ${results.length - losers.length}; geweigerd: ${losers.length}; actieve reservaties: ${active}`,
    );
    const winner = results.find((r) => r.ok);
    if (winner) console.log(`[bench] winnaar klaar na ${seconds(winner.ms)}`);
    if (losers.length) {
      const waits = losers.map((r) => r.ms);
      console.log(
        `[bench] wachttijd verliezers: mediaan ${seconds(median(waits))}, max ${seconds(Math.max(...waits))}`,
      );
      console.log("[bench] wat de verliezers te lezen kregen:");
      for (const [message, count] of told) console.log(`  ${count} × ${message}`);
    }
    process.exitCode = active === 1 ? 0 : 1;
  } finally {
    await run.cleanup();
  }
}

if (process.argv.includes("--racer")) void racer();
else
  main()
    .catch((error) => {
      console.error("[bench] mislukt:", error);
      process.exitCode = 1;
    })
    .finally(() => process.exit(process.exitCode ?? 0));
