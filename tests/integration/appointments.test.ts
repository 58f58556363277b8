// Booking appointments through the real commands on PostgreSQL: concurrent bookings on separate
// connections never exceed a slot's capacity, the personal link moves and cancels, a tampered
// link is refused, and bad requests store nothing.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment, cancelByToken, rescheduleByToken } from "@/lib/appointments/commands";
import { loadSlotInput } from "@/lib/appointments/slot-input";
import { generateSlots, type Slot } from "@/lib/appointments/slots";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { seed } from "@/prisma/seed";
import { appointmentMessages } from "@/lib/appointments/messages";

beforeAll(async () => {
  await seed(db);
});

async function ids(serviceSlug: string, siteSlug = "gemeentehuis-wingene") {
  const service = await db.appointmentService.findUniqueOrThrow({ where: { slug: serviceSlug } });
  const site = await db.site.findUniqueOrThrow({ where: { slug: siteSlug } });
  return { serviceId: service.id, siteId: site.id };
}

/** Free slots of a service, latest first, so tests in one database do not pick each other's. */
async function freeSlots(serviceSlug: string, siteSlug?: string): Promise<Slot[]> {
  const scope = await ids(serviceSlug, siteSlug);
  const input = await loadSlotInput({ ...scope, now: new Date() });
  return generateSlots(input!).reverse();
}

let desk = 0;
const person = () => {
  desk++;
  return {
    name: `Bezoeker ${desk}`,
    email: `bezoeker-${desk}-${Date.now()}@example.be`,
    phone: "0470 12 34 56",
  };
};

async function book(serviceSlug: string, startsAt: Date, siteSlug?: string) {
  return bookAppointment({ ...(await ids(serviceSlug, siteSlug)), startsAt, ...person() }, { userId: null });
}

const activeAt = (serviceId: string, startsAt: Date) =>
  db.appointment.count({ where: { serviceId, startsAt, status: { not: "CANCELLED" } } });

describe("booking races", () => {
  it("gives a one-desk slot to exactly one of eight people clicking at once", async () => {
    const slot = (await freeSlots("vrije-tijd"))[0];
    expect(slot.desks).toHaveLength(1);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => book("vrije-tijd", slot.startsAt)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect(r.reason).toBeInstanceOf(AppError);
      expect(r.reason.message).toBe(appointmentMessages.slotTaken);
    }
    const { serviceId } = await ids("vrije-tijd");
    expect(await activeAt(serviceId, slot.startsAt)).toBe(1);
  });

  it("fills both desks of a two-desk slot and no more", async () => {
    const slot = (await freeSlots("identiteitskaart-aanvragen")).find((s) => s.desks.length === 2)!;
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => book("identiteitskaart-aanvragen", slot.startsAt)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const { serviceId } = await ids("identiteitskaart-aanvragen");
    const rows = await db.appointment.findMany({ where: { serviceId, startsAt: slot.startsAt } });
    expect(new Set(rows.map((r) => r.deskId)).size).toBe(2);
  });

  it("seats exactly the capacity of a group session when twelve book at once", async () => {
    const slot = (await freeSlots("infosessie-renovatiepremies"))[0];
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => book("infosessie-renovatiepremies", slot.startsAt)),
    );
    // Only a full session may refuse: a refusal for any other reason (a lock wait) would show here.
    const refusals = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refusals.map((r) => (r.reason as Error).message)).toEqual(
      Array(4).fill(appointmentMessages.slotTaken),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(8);
    const { serviceId } = await ids("infosessie-renovatiepremies");
    expect(await activeAt(serviceId, slot.startsAt)).toBe(8);
  });

  it("lets the database refuse a different service overlapping on the same desk", async () => {
    // Bouwvergunning (45 + 15 minutes) and afval en milieu share the environment desk.
    const permit = (await freeSlots("bouwvergunning-bespreken"))[0];
    await book("bouwvergunning-bespreken", permit.startsAt);
    await expect(book("afval-en-milieu", new Date(permit.startsAt.getTime() + 15 * 60_000))).rejects.toThrow(
      appointmentMessages.slotTaken,
    );
  });
});

describe("a booking behind another one still in flight", () => {
  it("is told the slot was just taken once its lock timeout passes, instead of waiting", async () => {
    const slot = (await freeSlots("vrije-tijd"))[0];
    const { serviceId, siteId } = await ids("vrije-tijd");
    // Another connection inserted an overlapping appointment on the only desk and has not committed.
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(
        `INSERT INTO "Appointment" (id, "serviceId", "deskId", "siteId", "startsAt", "endsAt", "blockedUntil", "slotKey", name, email, "manageTokenHash")
         VALUES ($1, $2, $3, $4, $5, $6, $6, $1, 'In behandeling', 'x@example.be', $1)`,
        [randomUUID(), serviceId, slot.desks[0].deskId, siteId, slot.startsAt, slot.endsAt],
      );
      await expect(book("vrije-tijd", slot.startsAt)).rejects.toThrow(appointmentMessages.slotTaken);
    } finally {
      await holder.query("ROLLBACK");
      await holder.end();
    }
    // Once the other one gave up, the slot is free again.
    await expect(book("vrije-tijd", slot.startsAt)).resolves.toMatchObject({ startsAt: slot.startsAt });
  });
});

describe("bad requests", () => {
  it("refuses a slot in the past, a service not offered at the site, or an odd time", async () => {
    await expect(book("vrije-tijd", new Date(Date.now() - 3_600_000))).rejects.toThrow(/verleden/);
    const future = (await freeSlots("vrije-tijd"))[0].startsAt;
    await expect(book("vrije-tijd", future, "gemeentehuis-ruiselede")).rejects.toThrow(/niet beschikbaar/);
    await expect(book("vrije-tijd", new Date(future.getTime() + 7 * 60_000))).rejects.toThrow(
      /kan je geen afspraak/,
    );
  });
});

describe("the personal link", () => {
  it("moves the appointment, mails a new calendar file and frees the old time", async () => {
    const [first, second] = await freeSlots("rijbewijs", "gemeentehuis-ruiselede");
    const booked = await book("rijbewijs", second.startsAt, "gemeentehuis-ruiselede");
    const moved = await rescheduleByToken(booked.token, first.startsAt);
    expect(moved.startsAt).toEqual(first.startsAt);
    const row = await db.appointment.findUniqueOrThrow({ where: { id: booked.id } });
    expect(row.sequence).toBe(1);
    const again = await book("rijbewijs", second.startsAt, "gemeentehuis-ruiselede");
    expect(again.id).not.toBe(booked.id);
    const mail = await db.mailMessage.findFirstOrThrow({
      where: { to: row.email, subject: { startsWith: "Afspraak verplaatst" } },
    });
    const [ics] = mail.attachments as { filename: string; content: string }[];
    expect(ics.filename).toBe("afspraak.ics");
    expect(ics.content).toContain("SEQUENCE:1");
    expect(ics.content).toContain(
      `DTSTART:${first.startsAt.toISOString().replace(/[-:]/g, "").replace(".000", "")}`,
    );
  });

  it("cancels once, frees the slot, and refuses a tampered link without changing anything", async () => {
    const slot = (await freeSlots("reispas"))[0];
    const booked = await book("reispas", slot.startsAt);
    const tampered = `${booked.token.slice(0, -1)}${booked.token.endsWith("A") ? "B" : "A"}`;
    await expect(cancelByToken(tampered)).rejects.toThrow(/link is ongeldig/);
    await expect(rescheduleByToken(tampered, slot.startsAt)).rejects.toThrow(/link is ongeldig/);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe("BOOKED");

    await Promise.all([cancelByToken(booked.token), cancelByToken(booked.token)]);
    const row = await db.appointment.findUniqueOrThrow({ where: { id: booked.id } });
    expect(row.status).toBe("CANCELLED");
    expect(
      await db.mailMessage.count({
        where: { to: row.email, subject: { startsWith: "Afspraak geannuleerd" } },
      }),
    ).toBe(1);
    await expect(rescheduleByToken(booked.token, slot.startsAt)).rejects.toThrow(/al geannuleerd/);
    // The freed slot can be booked again.
    await expect(book("reispas", slot.startsAt)).resolves.toMatchObject({ startsAt: slot.startsAt });
  });
});
