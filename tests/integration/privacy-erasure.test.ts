// The right to erasure against a real database: after erasing a resident with data in many
// modules, no table still holds their name, e-mail address or phone number except the rows the
// rules keep (the paid order, for the accounting term); the kept rows are still there, the account
// cannot sign in, and the audit log says who erased whom. A resident with an unpaid order is
// refused with the Dutch reason and nothing of theirs changes.
import { PrismaAdapter } from "@auth/prisma-adapter";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ANONYMISED_BORROWER } from "@/lib/lending/retention";
import { eraseResident } from "@/lib/privacy/erase";
import { ERASED } from "@/lib/privacy/erase-scope";
import { listErasureRequests, requestErasure } from "@/lib/privacy/erasure-request";
import { seed } from "@/prisma/seed";
import { fillModules, orderFor, person } from "./privacy-erasure-fixtures";

beforeAll(async () => {
  await seed(db);
});

/** Every row of every table (public schema) whose text holds `needle`, as "Table:id". */
async function rowsHolding(needle: string): Promise<string[]> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const hits: string[] = [];
  for (const { table_name } of tables) {
    const rows = await db.$queryRawUnsafe<{ j: Record<string, unknown> }[]>(
      `SELECT row_to_json(t) AS j FROM "${table_name}" t WHERE row_to_json(t)::text ILIKE $1`,
      `%${needle}%`,
    );
    for (const r of rows) hits.push(`${table_name}:${String(r.j.id ?? r.j.key ?? r.j.identifier ?? "?")}`);
  }
  return hits.sort();
}

const staff = () =>
  db.user.create({
    data: {
      email: `dpo-${Date.now()}-${Math.random()}@wingene.be`,
      staffRoles: { create: { role: "ADMIN" } },
    },
  });

describe("erasing a resident", () => {
  it("leaves their name, e-mail and phone only on the paid order, keeps what the law keeps, and ends sign-in", async () => {
    const anna = await person("Anna");
    const bert = await person("Bert");
    const rows = await fillModules(anna, bert);
    const session = await db.session.findFirstOrThrow({ where: { userId: anna.user.id } });
    await requestErasure(anna.user.id);
    expect((await listErasureRequests(1)).rows.map((r) => r.id)).toContain(anna.user.id);
    const admin = await staff();
    // The scan sees the person in every module before the erasure.
    const tablesBefore = new Set((await rowsHolding(anna.tag)).map((r) => r.split(":")[0]));
    for (const table of [
      "User",
      "Appointment",
      "Report",
      "ReportNote",
      "ReportMessage",
      "StoredFile",
      "HallBooking",
      "Order",
      "Loan",
      "HouseholdMember",
      "ActivityRegistration",
      "Case",
      "CaseEvent",
      "CaseQuestion",
      "QueueTicket",
      "MailMessage",
      "ReportFollower",
      "VerificationToken",
      "RateLimitBucket",
      "AuditLog",
    ])
      expect(tablesBefore, table).toContain(table);
    expect(await rowsHolding(rows.nationalNumber)).toEqual([expect.stringMatching(/^ResidentVerification:/)]);

    const counts = await eraseResident(db, { actorId: admin.id, residentId: anna.user.id });

    // The paid order is an accounting record: its buyer and its line ("Ticket voor …") stay.
    const paidOrder = `Order:${rows.paid.id}`;
    const kept = [paidOrder, `OrderLine:${rows.paid.lines[0].id}`].sort();
    expect(await rowsHolding(anna.email)).toEqual([paidOrder]);
    expect(await rowsHolding(anna.name)).toEqual(kept);
    expect(await rowsHolding(anna.phone)).toEqual([]);
    expect(await rowsHolding(rows.nationalNumber)).toEqual([]);
    // The tag is also in the street, the child's name, the file name: gone everywhere else too.
    expect(await rowsHolding(anna.tag)).toEqual(kept);
    expect(counts).toMatchObject({
      sessions: 1,
      accounts: 1,
      household: 1,
      followers: 1,
      reportPhotos: 1,
      user: 1,
    });

    // Kept: the paid order with its buyer, the rows that count (pseudonymised), the audit log.
    const paid = await db.order.findUniqueOrThrow({
      where: { id: rows.paid.id },
      include: { payments: true },
    });
    expect(paid).toMatchObject({ buyerName: anna.name, buyerEmail: anna.email, status: "PAID" });
    expect(paid.payments).toHaveLength(1);
    expect(await db.order.findUniqueOrThrow({ where: { id: rows.cancelled.id } })).toMatchObject({
      buyerName: ERASED,
      buyerEmail: null,
      buyerUserId: null,
    });
    expect(await db.hallBooking.findFirstOrThrow({ where: { userId: anna.user.id } })).toMatchObject({
      priceCents: 15000,
      purpose: ERASED,
      depositReason: null,
    });
    expect(
      await db.loan.count({ where: { borrowerName: ANONYMISED_BORROWER, userId: null, feeNote: null } }),
    ).toBeGreaterThan(0);
    expect(await db.case.findUniqueOrThrow({ where: { id: rows.closedCase.id } })).toMatchObject({
      applicantId: null,
      answers: {},
    });
    expect(await db.report.findUniqueOrThrow({ where: { id: rows.ownReport.id } })).toMatchObject({
      status: "RESOLVED",
      reporterId: null,
      description: ERASED,
    });
    expect(await db.auditLog.count({ where: { actorId: anna.user.id, action: "profile.updated" } })).toBe(1);
    expect(await db.auditLog.count({ where: { actorId: anna.user.id, action: "household.added" } })).toBe(1);

    // The resident B whose report Anna followed keeps everything.
    expect(await rowsHolding(bert.email)).not.toEqual([]);
    expect(await db.user.findUniqueOrThrow({ where: { id: bert.user.id } })).toMatchObject({
      name: bert.name,
    });

    // Sign-in: no account by the address, no session, no linked login; the tombstone is marked.
    const adapter = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
    expect(await adapter.getUserByEmail!(anna.email)).toBeNull();
    expect(await adapter.getSessionAndUser!(session.sessionToken)).toBeNull();
    expect(await adapter.getUserByAccount!({ provider: "oidc", providerAccountId: anna.tag })).toBeNull();
    const tombstone = await db.user.findUniqueOrThrow({ where: { id: anna.user.id } });
    expect(tombstone).toMatchObject({ name: null, email: null, phone: null, street: null });
    expect(tombstone.erasedAt).toBeInstanceOf(Date);
    expect((await listErasureRequests(1)).rows.map((r) => r.id)).not.toContain(anna.user.id);

    // The audit entry: who erased which account, when; no personal data (the scan above covers it).
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "privacy.erased", subjectId: anna.user.id },
    });
    expect(entry).toMatchObject({ actorId: admin.id, onBehalfOfId: anna.user.id, subjectType: "User" });

    // A second run finds nothing to erase.
    await expect(eraseResident(db, { actorId: admin.id, residentId: anna.user.id })).rejects.toThrow(
      "bestaat niet (meer) of is al gewist",
    );
  });

  it("refuses a resident with an unpaid order with the Dutch reason, and changes nothing", async () => {
    const carl = await person("Carl");
    const other = await person("Dora");
    await fillModules(carl, other);
    const open = await orderFor(carl, "PENDING");
    const before = await rowsHolding(carl.tag);
    const admin = await staff();

    await expect(eraseResident(db, { actorId: admin.id, residentId: carl.user.id })).rejects.toThrow(
      `Wissen kan nog niet. Rond dit eerst af of annuleer het: Bestelling ${open.number} is nog niet betaald.`,
    );

    expect(await rowsHolding(carl.tag)).toEqual(before);
    expect(await db.session.count({ where: { userId: carl.user.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "privacy.erased", subjectId: carl.user.id } })).toBe(0);
  });

  it("names each thing still running: an appointment ahead and an open case", async () => {
    const eva = await person("Eva");
    const desk = await db.desk.findFirstOrThrow();
    const startsAt = new Date(
      Date.UTC(2031, 4, 5 + Math.floor(Math.random() * 20), 8, Math.floor(Math.random() * 50)),
    );
    await db.appointment.create({
      data: {
        serviceId: (await db.appointmentService.findFirstOrThrow()).id,
        deskId: desk.id,
        siteId: desk.siteId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 600_000),
        blockedUntil: new Date(startsAt.getTime() + 600_000),
        slotKey: `erase-${eva.tag}`,
        userId: eva.user.id,
        name: eva.name,
        email: eva.email,
        manageTokenHash: `erase-${eva.tag}`,
      },
    });
    const { closedCase } = await fillModules(eva, await person("Fien"));
    await db.case.update({ where: { id: closedCase.id }, data: { closedAt: null } });
    const admin = await staff();
    const refusal = eraseResident(db, { actorId: admin.id, residentId: eva.user.id });
    await expect(refusal).rejects.toThrow(/Er staat nog een afspraak op \d\d\/\d\d\/2031/);
    await expect(refusal).rejects.toThrow(`Aanvraag ${closedCase.number} is nog in behandeling.`);
  });

  it("refuses to erase a staff account", async () => {
    const admin = await staff();
    const other = await staff();
    await expect(eraseResident(db, { actorId: admin.id, residentId: other.id })).rejects.toThrow(
      "personeelsaccount",
    );
  });
});
