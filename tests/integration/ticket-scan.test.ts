// Scanning at the door with real tickets (reserved and paid through the real commands): a ticket
// gets in once, also when ten phones scan it at the same moment, and every scan is logged.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatTime } from "@/lib/be/time";
import { ensurePool } from "@/lib/capacity";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { settle } from "@/lib/payments/settle";
import { reserveTickets } from "@/lib/tickets/commands";
import { reservationSchema } from "@/lib/tickets/schema";
import {
  admissionCounts,
  describeScan,
  normalizeTicketCode,
  scanAndReport,
  scanTicket,
} from "@/lib/tickets/scan";
import { listScanPerformances } from "@/lib/tickets/scan-queries";
import { scanRequestSchema } from "@/lib/tickets/scan-schema";
import { seed } from "@/prisma/seed";
import { posted } from "../support/form-post";
import { onlineBuyer } from "../support/online-buyer";

// Racing scans need a connection each, more than the app client's pool holds.
const raceDb = createPrismaClient(process.env.DATABASE_URL!, 12);
afterAll(() => raceDb.$disconnect());

beforeAll(async () => {
  await seed(db);
});

async function performance(title: string, startsInMs = 20 * 86_400_000) {
  const slug = `scan-${randomUUID()}`;
  const startsAt = new Date(Date.now() + startsInMs);
  return db.performance.create({
    data: {
      slug,
      title,
      description: "Test",
      venueName: "Zaal",
      venueAddress: "Markt 1, 8750 Wingene",
      startsAt,
      salesStartAt: new Date(Date.now() - 86_400_000),
      salesEndAt: new Date(startsAt.getTime() - 60_000),
      published: true,
      poolId: await ensurePool(db, `performance:${slug}`, "Zaal", 50),
      ticketTypes: { create: [{ code: "VOLWASSENE", label: "Volwassene", priceCents: 1200 }] },
    },
    include: { ticketTypes: true },
  });
}

/** Buys `count` tickets the way the desk does and returns them. */
async function tickets(p: Awaited<ReturnType<typeof performance>>, count: number) {
  const order = await reserveTickets(
    reservationSchema.parse(
      posted({
        performanceId: p.id,
        buyerName: "Sam Scanner",
        buyerEmail: `sam-${randomUUID()}@example.be`,
        [`quantities.${p.ticketTypes[0].id}`]: String(count),
      }),
    ),
    onlineBuyer(),
  );
  expect(await settle(order.id, { method: "DESK_CASH", amountCents: order.totalCents }, "Balie")).toBe(
    "paid",
  );
  return db.ticket.findMany({ where: { orderId: order.id }, orderBy: { createdAt: "asc" } });
}

const device = (name: string) => `${name} ${randomUUID().slice(0, 6)}`;

describe("scanning a ticket at the door", () => {
  it("admits a valid ticket once and names the first device on the second scan", async () => {
    const p = await performance("Scanconcert");
    const [ticket] = await tickets(p, 1);
    const left = device("Ingang links");

    const first = await scanTicket({ code: ticket.code, performanceId: p.id, device: left, staffId: null });
    expect(first.result).toBe("ADMITTED");
    expect(first.ticket).toMatchObject({ typeLabel: "Volwassene", performanceTitle: "Scanconcert" });
    expect(describeScan(first).message).toBe("Geldig – welkom! Volwassene");
    const stored = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(stored.admittedBy).toBe(left);
    expect(stored.admittedAt).toEqual(first.admittedAt);

    const second = await scanTicket({
      code: ticket.code,
      performanceId: p.id,
      device: device("Ingang rechts"),
      staffId: null,
    });
    expect(second).toMatchObject({ result: "ALREADY_USED", admittedBy: left, admittedAt: stored.admittedAt });
    expect(describeScan(second)).toEqual({
      headline: "Al gebruikt",
      message: `Al gebruikt om ${formatTime(stored.admittedAt!)} door toestel '${left}'`,
    });
  });

  it("admits exactly once when ten devices scan the same ticket at the same moment", async () => {
    const p = await performance("Drukke avond");
    const [ticket] = await tickets(p, 1);
    const devices = Array.from({ length: 10 }, (_, i) => device(`Toestel ${i + 1}`));

    const outcomes = await Promise.all(
      devices.map((d) =>
        scanTicket({ code: ticket.code, performanceId: p.id, device: d, staffId: null }, raceDb),
      ),
    );

    const admitted = outcomes.filter((o) => o.result === "ADMITTED");
    expect(admitted).toHaveLength(1);
    const winner = admitted[0].admittedBy;
    const rest = outcomes.filter((o) => o.result !== "ADMITTED");
    expect(rest).toHaveLength(9);
    for (const o of rest) expect(o).toMatchObject({ result: "ALREADY_USED", admittedBy: winner });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).admittedBy).toBe(winner);
    const log = await db.ticketScan.groupBy({ by: ["result"], where: { ticketId: ticket.id }, _count: true });
    expect(Object.fromEntries(log.map((r) => [r.result, r._count]))).toEqual({
      ADMITTED: 1,
      ALREADY_USED: 9,
    });
  });

  it("answers UNKNOWN for a code no ticket has", async () => {
    const p = await performance("Onbekende avond");
    const code = randomUUID().replaceAll("-", "").slice(0, 27);
    const outcome = await scanTicket({ code, performanceId: p.id, device: device("Kassa"), staffId: null });
    expect(outcome).toEqual({ result: "UNKNOWN", code });
    expect(describeScan(outcome).message).toBe("Onbekend ticket");
  });

  it("refuses a ticket of another performance and says which one, without admitting it", async () => {
    const here = await performance("Hier en nu");
    const elsewhere = await performance("Elders later", 30 * 86_400_000);
    const [ticket] = await tickets(elsewhere, 1);
    const outcome = await scanTicket({
      code: ticket.code,
      performanceId: here.id,
      device: device("Ingang"),
      staffId: null,
    });
    expect(outcome.result).toBe("WRONG_PERFORMANCE");
    expect(outcome.ticket?.performanceTitle).toBe("Elders later");
    expect(describeScan(outcome).message).toMatch(/^Ticket voor een andere voorstelling: Elders later \(/);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).admittedAt).toBeNull();
    // It still gets in at its own performance.
    expect(
      (await scanTicket({ code: ticket.code, performanceId: elsewhere.id, device: "Elders", staffId: null }))
        .result,
    ).toBe("ADMITTED");
  });

  it("refuses a cancelled ticket", async () => {
    const p = await performance("Geschrapt");
    const [ticket] = await tickets(p, 1);
    await db.ticket.update({ where: { id: ticket.id }, data: { status: "CANCELLED" } });
    const outcome = await scanTicket({
      code: ticket.code,
      performanceId: p.id,
      device: device("Ingang"),
      staffId: null,
    });
    expect(outcome.result).toBe("CANCELLED");
    expect(describeScan(outcome).message).toBe("Geannuleerd ticket");
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).admittedAt).toBeNull();
  });

  it("finds the code in a URL or in text copied from the ticket page", async () => {
    const p = await performance("Linkavond");
    const [viaUrl, viaText] = await tickets(p, 2);
    const scan = (code: string) => scanTicket({ code, performanceId: p.id, device: "Gsm", staffId: null });
    expect((await scan(`https://wingene.be/t/${viaUrl.code}?bron=qr`)).result).toBe("ADMITTED");
    expect((await scan(`  Code: ${viaText.code}\n`)).result).toBe("ADMITTED");
    expect(normalizeTicketCode("  https://wingene.be/ticket/kort/ ")).toBe("kort");
    expect(normalizeTicketCode(" abc ")).toBe("abc");
  });

  it("logs every scan with its code, ticket, device, result and staff member", async () => {
    const p = await performance("Logboek");
    const [ticket] = await tickets(p, 1);
    const staff = await db.user.findUniqueOrThrow({ where: { email: "vrijetijd@wingene.be" } });
    const d = device("Logtoestel");
    const unknown = `onbekend-${randomUUID()}`;
    for (const code of [ticket.code, ticket.code, unknown]) {
      await scanTicket({ code, performanceId: p.id, device: d, staffId: staff.id });
    }
    const log = await db.ticketScan.findMany({ where: { device: d }, orderBy: { at: "asc" } });
    expect(log.map((s) => [s.code, s.ticketId, s.result, s.scannedById])).toEqual([
      [ticket.code, ticket.id, "ADMITTED", staff.id],
      [ticket.code, ticket.id, "ALREADY_USED", staff.id],
      [unknown, null, "UNKNOWN", staff.id],
    ]);
  });

  it("refuses an unknown performance with a Dutch NOT_FOUND and logs nothing", async () => {
    const d = device("Nergens");
    await expect(
      scanTicket({ code: "x", performanceId: "bestaat-niet", device: d, staffId: null }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Deze voorstelling bestaat niet (meer)." });
    expect(await db.ticketScan.count({ where: { device: d } })).toBe(0);
  });
});

describe("what the door sees", () => {
  it("answers the API shape with the performance's counts after the scan", async () => {
    const p = await performance("Telavond");
    const [ticket, , cancelled] = await tickets(p, 3);
    await db.ticket.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
    const answer = await scanAndReport({
      code: ticket.code,
      performanceId: p.id,
      device: " Poort ",
      staffId: null,
    });
    expect(answer).toMatchObject({
      result: "ADMITTED",
      headline: "Geldig",
      message: "Geldig – welkom! Volwassene",
      code: ticket.code,
      device: "Poort",
      admittedBy: "Poort",
      ticket: { typeLabel: "Volwassene", performanceTitle: "Telavond" },
      counts: { admitted: 1, total: 2 },
    });
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer); // plain JSON, as the API sends it
  });

  it("lists today's and coming performances with admitted and valid counts, without cancelled ones", async () => {
    const soon = await performance("Straks", 2 * 3_600_000);
    const later = await performance("Volgende week", 7 * 86_400_000);
    const cancelled = await performance("Afgelast", 3 * 3_600_000);
    await db.performance.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date() } });
    const [a] = await tickets(soon, 2);
    await scanTicket({ code: a.code, performanceId: soon.id, device: "Deur", staffId: null });

    const listed = await listScanPerformances();
    const byId = new Map(listed.map((p) => [p.id, p]));
    expect(byId.get(soon.id)?.counts).toEqual({ admitted: 1, total: 2 });
    expect(byId.get(later.id)?.counts).toEqual({ admitted: 0, total: 0 });
    expect(byId.has(cancelled.id)).toBe(false);
    expect(byId.get(later.id)?.today).toBe(false);
    expect((await admissionCounts([soon.id, later.id])).get(soon.id)).toEqual({ admitted: 1, total: 2 });
  });

  it("validates the request with Dutch messages", () => {
    const result = scanRequestSchema.safeParse({ code: "  ", performanceId: "p", device: "" });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "Vul de code van het ticket in.",
      "Geef dit toestel een naam, bijvoorbeeld 'Ingang links'.",
    ]);
    expect(scanRequestSchema.safeParse(null).error?.issues[0].message).toBe(
      "Stuur een code, een voorstelling en de naam van het toestel.",
    );
    expect(scanRequestSchema.parse({ code: " abc ", performanceId: "p", device: " Deur " })).toEqual({
      code: "abc",
      performanceId: "p",
      device: "Deur",
    });
  });
});
