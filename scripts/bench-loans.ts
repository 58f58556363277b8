// `npm run bench:loans`: how long the uitleendienst's availability read (free stock per item per
// day, lib/lending/queries/availability.ts) takes for a 6-month window over the whole catalogue,
// first on the demo data, then with 2,000 loans more in the database, made through the real
// command (requestLoan: pools, holds, orders), as many residents would. The demo figure is the
// baseline of the same run (the machines are shared): the verdict is the ratio. Afterwards the
// ledger is checked: on no day is more promised of an item than its stock.
import { randomBytes } from "node:crypto";
import os from "node:os";
import { seed } from "@/prisma/seed";
import { startDatabase } from "./bench/database";
import { fmt } from "./bench/format";
import { createRun } from "./bench/resources";
import { medianTime } from "./bench/timing";

const LOANS = Number(process.env.BENCH_LOANS ?? 2000);
const RUNS = Number(process.env.BENCH_LOANS_RUNS ?? 15);
const WINDOW_DAYS = 182;
const run = createRun();

// A fixed sequence (not Math.random): two runs ask for the same loans.
let state = 20261201;
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const time = (call: () => Promise<unknown>) => medianTime(call, RUNS, 10);

async function main() {
  const database = await startDatabase(run);
  const prisma = database.prisma;
  await seed(prisma);
  // The app's modules read lib/db and lib/env, which need these before they are loaded.
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  const { freePerDay } = await import("@/lib/lending/queries/availability");
  const { requestLoan } = await import("@/lib/lending/commands/request");
  const { addBrusselsDays, brusselsParts } = await import("@/lib/be/time");
  const { addWorkingDays, isWorkingDay, weekdayOf } = await import("@/lib/be/working-days");

  const items = await prisma.loanItem.findMany({
    where: { active: true },
    select: { id: true, stock: true, prices: { select: { categoryCode: true } } },
  });
  // Residents ask only for what their category may borrow (the form offers nothing else).
  const forResidents = items.filter((i) => i.prices.some((p) => p.categoryCode === "RESIDENT"));
  const required = await prisma.loanAccessory.findMany({ where: { required: true } });
  const today = brusselsParts(new Date()).dateKey;
  const from = addWorkingDays(today, 12);
  const to = addBrusselsDays(from, WINDOW_DAYS - 1);
  const read = () => freePerDay(prisma, items, from, to);
  const roundTrip = await time(() => prisma.$queryRaw`SELECT 1`);
  const before = await time(read);
  console.log(`[loans] ${os.cpus().length} cores; ${items.length} artikelen, venster ${from} tot ${to}`);

  const borrowers = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      prisma.user.create({
        data: { email: `bench-lener-${i}@example.be`, name: `Lener ${i}`, postcode: "8750", city: "Wingene" },
      }),
    ),
  );
  // Half borrow for a recognised association (which may borrow what residents may not).
  const associations = await Promise.all(
    borrowers.slice(0, 100).map((b, i) =>
      prisma.association.create({
        data: {
          slug: `bench-vereniging-${i}`,
          name: `Vereniging ${i}`,
          recognised: true,
          members: { create: { userId: b.id, role: "MANAGER" } },
        },
      }),
    ),
  );
  // Pick-ups on working weekdays in the window (a slot each morning), back 0 to 6 days later.
  const days = Array.from({ length: WINDOW_DAYS - 30 }, (_, i) => addBrusselsDays(from, i)).filter(
    (d) => isWorkingDay(d) && weekdayOf(d) <= 5,
  );
  const refused = new Map<string, number>();
  const started = performance.now();
  let made = 0;
  // Until LOANS are made; a request refused (no stock left those days) is counted and replaced.
  for (let tries = 0; made < LOANS && tries < LOANS * 5; tries++) {
    const who = Math.floor(random() * borrowers.length);
    const pickupDate = pick(days);
    let returnDate = addBrusselsDays(pickupDate, Math.floor(random() * 7));
    while (!isWorkingDay(returnDate)) returnDate = addBrusselsDays(returnDate, 1);
    const offer = who < associations.length ? items : forResidents;
    const chosen = new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(offer)));
    const quantities: Record<string, number> = Object.fromEntries(
      [...chosen].map((item) => [item.id, 1 + Math.floor(random() * Math.max(1, item.stock / 10))]),
    );
    // What a careful borrower does: the required accessories with them (20 barriers, 20 feet).
    for (const rule of required)
      if (quantities[rule.itemId])
        quantities[rule.accessoryId] = Math.max(
          quantities[rule.accessoryId] ?? 0,
          quantities[rule.itemId]! * rule.perUnit,
        );
    try {
      await requestLoan(
        {
          quantities,
          pickupDate,
          pickupSlotId: `loanslot-pickup-${weekdayOf(pickupDate)}`,
          returnDate,
          returnSlotId: `loanslot-return-${weekdayOf(returnDate)}`,
          borrowFor: who < associations.length ? associations[who]!.id : "self",
        },
        { userId: borrowers[who]!.id },
        { db: prisma },
      );
      made++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      refused.set(message, (refused.get(message) ?? 0) + 1);
    }
  }
  const filling = (performance.now() - started) / 1000;
  const loans = await prisma.loan.count();
  const after = await time(read);

  // The ledger: for every item and day, what is taken never exceeds the item's stock.
  const [{ over }] = await prisma.$queryRaw<{ over: bigint }[]>`
    SELECT count(*) AS over FROM "CapacityPool" p
    JOIN "LoanItem" i ON split_part(p.key, ':', 1) = 'loan' AND split_part(p.key, ':', 2) = i.id
    WHERE (SELECT coalesce(sum(h.quantity), 0) FROM "CapacityHold" h
           WHERE h."poolId" = p.id AND h.status IN ('HELD', 'CONFIRMED')) > i.stock`;

  console.log(`[loans] ${made} leningen gemaakt in ${fmt(filling, 1)} s, ${loans} in de databank`);
  for (const [message, n] of [...refused].sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`[loans] geweigerd (${n}×): ${message}`);
  console.log(`\n${"meting".padEnd(44)}${"ms".padStart(10)}${"verhouding".padStart(12)}`);
  const row = (name: string, ms: number) =>
    console.log(`${name.padEnd(44)}${fmt(ms, 2).padStart(10)}${fmt(ms / before, 2).padStart(12)}`);
  row("SELECT 1 (heen en terug)", roundTrip);
  row("beschikbaarheid 6 maanden, demo", before);
  row(`beschikbaarheid 6 maanden, +${made} leningen`, after);
  console.log(`\nmediaan van ${RUNS} lezingen; ${items.length} artikelen x ${WINDOW_DAYS} dagen.`);
  console.log(`dagen waarop meer beloofd is dan de voorraad: ${over} (moet 0 zijn)`);
  if (over > 0n) process.exitCode = 1;
}

main()
  .catch((error) => {
    console.error("[loans] mislukt:", error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await run.cleanup();
    process.exit(process.exitCode ?? 0);
  });
