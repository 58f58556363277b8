// `npm run bench:scale`: the staff lists at 1×, 10×, 100× and 1,000× the demo data of the tables
// that grow (reports, audit entries, orders, hall bookings, appointments, loans). A throwaway PostgreSQL
// is seeded, then grown step by step (scripts/bench/scale-fill.ts); at each size every list's query
// (what its page reads: the first page, count included) is timed in this process, median of
// BENCH_SCALE_RUNS (15) after 3 warm-up calls. The rendering of a page does not grow with the data
// (one page of rows), so the queries are what can. Verdict: the 1,000× median within 2× of the 1×.
import { randomBytes } from "node:crypto";
import os from "node:os";
import { seed } from "@/prisma/seed";
import { startDatabase } from "./bench/database";
import { fmt, pad } from "./bench/format";
import { createRun } from "./bench/resources";
import { medianTime } from "./bench/timing";
import { addBase } from "./bench/scale-base";
import { addCopies, originalCounts } from "./bench/scale-fill";

const runs = Number(process.env.BENCH_SCALE_RUNS ?? 15);
const FACTORS = (process.env.BENCH_SCALE_FACTORS ?? "1,10,100,1000").split(",").map(Number);
const run = createRun();

const time = (call: () => Promise<unknown>) => medianTime(call, runs, 3);

async function main() {
  const database = await startDatabase(run);
  await seed(database.prisma);
  await addBase(database.prisma);
  // The app's queries read lib/db, which connects to DATABASE_URL: set before they are loaded.
  process.env.DATABASE_URL = database.url;
  // lib/env.ts asks for a secret whatever is loaded; nothing here signs anything with it.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  const { listInbox } = await import("@/lib/reports/queries");
  const { inboxFilterFromSearch } = await import("@/lib/reports/inbox-filter");
  const { listAudit } = await import("@/lib/audit/queries");
  const { auditFilterSchema } = await import("@/lib/audit/schema");
  const { pendingRequests, depositsToSettle } = await import("@/lib/halls/queries/staff");
  const { getPerformanceForStaff } = await import("@/lib/tickets/admin-queries");
  const { weekCalendar } = await import("@/lib/appointments/staff-queries");
  const { mondayOf } = await import("@/lib/halls/calendar");
  const { brusselsParts } = await import("@/lib/be/time");
  const { depotDay } = await import("@/lib/lending/queries/staff");
  const { myLoans } = await import("@/lib/lending/queries/mine");
  const { myHallBookings } = await import("@/lib/halls/queries/mine");

  const prisma = database.prisma;
  const performance_ = await prisma.performance.findFirstOrThrow({ orderBy: { startsAt: "asc" } });
  const site = await prisma.appointment.findFirst({ select: { siteId: true, startsAt: true } });
  const monday = mondayOf(brusselsParts(site?.startsAt ?? new Date()).dateKey);
  const today = brusselsParts(new Date()).dateKey;
  // A resident with a month of bookings and loans (scale-base.ts) in a municipality whose tables
  // grow around them: the copies belong to another resident (scale-fill.ts, OTHER_RESIDENT). One
  // resident owning all 40,000 copies measured 3-4x at 1,000x (the count behind the true total).
  const resident = await prisma.user.findFirstOrThrow({ orderBy: { email: "asc" }, select: { id: true } });
  const lists: [string, () => Promise<unknown>][] = [
    ["meldpunt, oudste eerst", () => listInbox(inboxFilterFromSearch({}))],
    ["meldpunt, te laat eerst", () => listInbox(inboxFilterFromSearch({ sortering: "te-laat" }))],
    [
      "meldpunt, alle, nieuwste",
      () => listInbox(inboxFilterFromSearch({ status: "ALLE", sortering: "nieuwste" })),
    ],
    [
      "meldpunt, te laat (filter)",
      () => listInbox(inboxFilterFromSearch({ status: "ALLE", leeftijd: "overdue" })),
    ],
    ["auditlog", () => listAudit(auditFilterSchema.parse({}))],
    ["bestellingen voorstelling", () => getPerformanceForStaff(performance_.id)],
    ["zaalaanvragen", () => pendingRequests()],
    ["waarborgen", () => depositsToSettle()],
    ["uitleendienst, dag + te laat", () => depotDay(today)],
    ["mijn uitleningen", () => myLoans(resident.id)],
    ["mijn zaalreservaties", () => myHallBookings(resident.id)],
    ...(site
      ? [["afspraken, week", () => weekCalendar(site.siteId, monday)] as [string, () => Promise<unknown>]]
      : []),
  ];

  const base = await originalCounts(prisma);
  console.log(
    `[scale] ${os.cpus().length} cores; demo: ${Object.entries(base)
      .map(([t, n]) => `${t} ${n}`)
      .join(", ")}`,
  );
  const results = new Map<string, number[]>();
  let copies = 0;
  for (const factor of FACTORS) {
    const start = Date.now();
    await addCopies(prisma, copies + 1, factor - 1);
    copies = Math.max(copies, factor - 1);
    const counts = await originalCounts(prisma);
    console.log(
      `[scale] ${factor}×: ${Object.entries(counts)
        .map(([t, n]) => `${t} ${n}`)
        .join(", ")} (gevuld in ${fmt((Date.now() - start) / 1000, 1)} s)`,
    );
    for (const [name, call] of lists) {
      const ms = await time(call);
      results.set(name, [...(results.get(name) ?? []), ms]);
    }
  }

  console.log(
    `\n${"lijst".padEnd(30)}${FACTORS.map((f) => pad(`${f}× ms`, 11)).join("")}${pad("verhouding", 12)}`,
  );
  for (const [name, ms] of results) {
    const ratio = ms.at(-1)! / ms[0];
    console.log(
      `${name.padEnd(30)}${ms.map((m) => pad(fmt(m, 2), 11)).join("")}${pad(fmt(ratio, 2), 12)}  ${ratio <= 2 ? "ok" : "te traag"}`,
    );
  }
  console.log(`\nmediaan van ${runs} oproepen per lijst en grootte (eerste pagina, telling inbegrepen);`);
  console.log(`doel: ${FACTORS.at(-1)}× binnen 2× van ${FACTORS[0]}× (issue 16).`);
}

main()
  .catch((error) => {
    console.error("[scale] mislukt:", error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await run.cleanup();
    process.exit(process.exitCode ?? 0);
  });
