// The English-names migration renames enum values, tables and columns in place. Rows written with
// the old Dutch values and "counter" tables must come out under the new names, with their links,
// defaults and constraints intact: this fills a database as it stood before, then migrates it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { createScratchDatabase, type ScratchDatabase, withClient } from "./scratch-database";

const BEFORE = "20261125055255_partial_refunds";
const RENAME = "20261130114911_english_names";

// Every enum value and table the migration renames, written as the app wrote them before.
const OLD_ROWS = `
  INSERT INTO "User" (id, email, "updatedAt") VALUES ('u1', 'els@example.be', now());
  INSERT INTO "StaffRoleAssignment" (id, "userId", role) VALUES
    ('r1', 'u1', 'ONTHAAL'), ('r2', 'u1', 'CALLCENTER'), ('r3', 'u1', 'BURGERZAKEN'),
    ('r4', 'u1', 'VRIJE_TIJD'), ('r5', 'u1', 'EVENEMENTEN'), ('r6', 'u1', 'TECHNISCHE_DIENST'),
    ('r7', 'u1', 'BEHEERDER');
  INSERT INTO "Association" (id, slug, name) VALUES ('a1', 'chiro', 'Chiro');
  INSERT INTO "AssociationMember" (id, "associationId", "userId", role) VALUES ('m1', 'a1', 'u1', 'BEHEERDER');
  INSERT INTO "Site" (id, slug, name, street, postcode, city) VALUES ('s1', 'wingene', 'Wingene', 'Markt 1', '8750', 'Wingene');
  INSERT INTO "Counter" (id, "siteId", slug, name, kind) VALUES
    ('c1', 's1', 'onthaal', 'Onthaal', 'ONTHAAL'), ('c2', 's1', 'snel', 'Snelbalie', 'SNELBALIE'),
    ('c3', 's1', 'thema', 'Themabalie', 'THEMABALIE'), ('c4', 's1', 'gesprek', 'Gespreksruimte', 'GESPREKSRUIMTE');
  INSERT INTO "ClosurePeriod" (id, "startsOn", "endsOn", reason, kind) VALUES
    ('k1', '2026-12-25', '2026-12-25', 'Kerstmis', 'FEESTDAG'),
    ('k2', '2026-12-31', '2026-12-31', 'Inventaris', 'UITZONDERLIJK');
  INSERT INTO "AppointmentService" (id, slug, name, description, "whatToBring", "durationMinutes")
    VALUES ('sv1', 'eid', 'eID', 'Identiteitskaart', 'Pasfoto', 15);
  INSERT INTO "AppointmentServiceCounter" ("serviceId", "counterId") VALUES ('sv1', 'c3');
  INSERT INTO "CounterAvailability" (id, "counterId", weekday, "startsAt", "endsAt") VALUES ('av1', 'c3', 2, 540, 720);
  INSERT INTO "CounterBlock" (id, "counterId", "startsAt", "endsAt", reason)
    VALUES ('b1', 'c3', '2026-12-01T08:00Z', '2026-12-01T09:00Z', 'Teamoverleg');
  INSERT INTO "Appointment" (id, "serviceId", "counterId", "siteId", "startsAt", "endsAt", "blockedUntil", "slotKey", name, email, "manageTokenHash")
    VALUES ('ap1', 'sv1', 'c3', 's1', '2026-12-02T08:00Z', '2026-12-02T08:15Z', '2026-12-02T08:15Z', 'ap1', 'Els', 'els@example.be', 'hash-1');
  INSERT INTO "QueueService" (id, slug, name, prefix) VALUES ('q1', 'eid', 'eID', 'A');
  INSERT INTO "QueueTicket" (id, "siteId", "queueServiceId", day, number, code, "trackToken", "counterId", status)
    VALUES ('t1', 's1', 'q1', '2026-12-02', 1, 'A001', 'track-1', 'c2', 'CALLED');
  INSERT INTO "QueueDayCounter" ("siteId", "queueServiceId", day, last) VALUES ('s1', 'q1', '2026-12-02', 1);
  INSERT INTO "Order" (id, number, "holdReference", "buyerName", "totalCents", "accessToken", "updatedAt") VALUES
    ('o1', 'W-1', 'hold-1', 'Els', 1200, 'token-1', now()), ('o2', 'W-2', 'hold-2', 'Els', 1200, 'token-2', now());
  INSERT INTO "Payment" (id, "orderId", method, "amountCents", "updatedAt") VALUES
    ('p1', 'o1', 'COUNTER_CASH', 1200, now()), ('p2', 'o2', 'COUNTER_CARD', 1200, now());
  INSERT INTO "Department" (id, slug, name, email) VALUES ('d1', 'td', 'Technische dienst', 'td@wingene.be');
  INSERT INTO "ReportCategory" (id, slug, name, kinds, "departmentId")
    VALUES ('rc1', 'straat', 'Straat', ARRAY['MELDING', 'KLACHT', 'SUGGESTIE', 'VRAAG']::"ReportKind"[], 'd1');
  INSERT INTO "Report" (id, number, kind, "categoryId", "departmentId", description, "statusTokenHash", "updatedAt", channel, status) VALUES
    ('rp1', 'MP-2026-000001', 'MELDING', 'rc1', 'd1', 'Put', 'h1', now(), 'TELEFOON', 'IN_BEHANDELING'),
    ('rp2', 'MP-2026-000002', 'KLACHT', 'rc1', 'd1', 'Wachttijd', 'h2', now(), 'BALIE', 'WACHT_OP_INFO'),
    ('rp3', 'MP-2026-000003', 'VRAAG', 'rc1', 'd1', 'Vraag', 'h3', now(), 'EMAIL', 'DOORGESTUURD'),
    ('rp4', 'MP-2026-000004', 'SUGGESTIE', 'rc1', 'd1', 'Idee', 'h4', now(), 'WEB', 'OPGELOST');
  INSERT INTO "ReportStatusChange" (id, "reportId", "fromStatus", "toStatus") VALUES
    ('sc1', 'rp1', NULL, 'NIEUW'), ('sc2', 'rp2', 'AFGEWEZEN', 'SAMENGEVOEGD');
  INSERT INTO "AuditLog" (id, action, "subjectType") VALUES
    ('al1', 'counter.blocked', 'CounterBlock'), ('al2', 'counter-availability.added', 'CounterAvailability'),
    ('al3', 'counter.created', 'Counter'), ('al4', 'tickets.sold-at-counter', 'Order'),
    ('al5', 'appointment.moved', 'Appointment');
`;

describe("the English-names migration", () => {
  let scratch: ScratchDatabase;
  let db: Db;

  beforeAll(async () => {
    scratch = await createScratchDatabase("english_names");
    await applyMigrations(scratch.url, BEFORE);
    await withClient(scratch.url, (client) => client.query(OLD_ROWS));
    // Up to the rename only: later migrations reshape some of these tables (holidays became rules).
    expect(await applyMigrations(scratch.url, RENAME)).toContain(RENAME);
    db = createPrismaClient(scratch.url, 2);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await scratch?.drop();
  });

  it("keeps staff and association roles under their English names", async () => {
    const roles = await db.staffRoleAssignment.findMany({ orderBy: { id: "asc" }, select: { role: true } });
    expect(roles.map((r) => r.role)).toEqual([
      "FRONT_DESK",
      "CALL_CENTRE",
      "CIVIL_AFFAIRS",
      "LEISURE",
      "EVENTS",
      "TECHNICAL_SERVICE",
      "ADMIN",
    ]);
    expect(await db.associationMember.findUniqueOrThrow({ where: { id: "m1" } })).toMatchObject({
      role: "MANAGER",
    });
  });

  it("moves counters and everything pointing at them to desks", async () => {
    const desks = await db.desk.findMany({ orderBy: { id: "asc" }, select: { kind: true } });
    expect(desks.map((d) => d.kind)).toEqual(["RECEPTION", "EXPRESS", "SPECIALIST", "MEETING_ROOM"]);
    const specialist = await db.desk.findUniqueOrThrow({
      where: { id: "c3" },
      include: { appointmentServices: true, availability: true, blocks: true, appointments: true },
    });
    expect(specialist.appointmentServices).toEqual([{ serviceId: "sv1", deskId: "c3" }]);
    expect(specialist.availability).toMatchObject([{ id: "av1", weekday: 2, startsAt: 540, endsAt: 720 }]);
    expect(specialist.blocks).toMatchObject([{ id: "b1", reason: "Teamoverleg" }]);
    expect(specialist.appointments).toMatchObject([{ id: "ap1", deskId: "c3" }]);
    expect(await db.queueTicket.findUniqueOrThrow({ where: { id: "t1" } })).toMatchObject({ deskId: "c2" });
    expect(await db.queueNumberSequence.findMany()).toMatchObject([
      { siteId: "s1", queueServiceId: "q1", last: 1 },
    ]);
  });

  it("keeps closures, desk payments and reports under their English names", async () => {
    const closures = await withClient(scratch.url, (client) =>
      client.query<{ kind: string }>(`SELECT kind FROM "ClosurePeriod" ORDER BY id`),
    );
    expect(closures.rows.map((c) => c.kind)).toEqual(["PUBLIC_HOLIDAY", "EXCEPTIONAL"]);
    const payments = await db.payment.findMany({ orderBy: { id: "asc" }, select: { method: true } });
    expect(payments.map((p) => p.method)).toEqual(["DESK_CASH", "DESK_CARD"]);
    expect(await db.reportCategory.findUniqueOrThrow({ where: { id: "rc1" } })).toMatchObject({
      kinds: ["ISSUE", "COMPLAINT", "SUGGESTION", "QUESTION"],
    });
    const reports = await db.report.findMany({
      orderBy: { id: "asc" },
      select: { kind: true, channel: true, status: true },
    });
    expect(reports).toEqual([
      { kind: "ISSUE", channel: "PHONE", status: "IN_PROGRESS" },
      { kind: "COMPLAINT", channel: "DESK", status: "AWAITING_INFO" },
      { kind: "QUESTION", channel: "EMAIL", status: "FORWARDED" },
      { kind: "SUGGESTION", channel: "WEB", status: "RESOLVED" },
    ]);
    const changes = await db.reportStatusChange.findMany({
      orderBy: { id: "asc" },
      select: { fromStatus: true, toStatus: true },
    });
    expect(changes).toEqual([
      { fromStatus: null, toStatus: "NEW" },
      { fromStatus: "REJECTED", toStatus: "MERGED" },
    ]);
  });

  it("renames the audit log's actions and subjects along, leaving others alone", async () => {
    const rows = await db.auditLog.findMany({
      orderBy: { id: "asc" },
      select: { action: true, subjectType: true },
    });
    expect(rows).toEqual([
      { action: "desk.blocked", subjectType: "DeskBlock" },
      { action: "desk-availability.added", subjectType: "DeskAvailability" },
      { action: "desk.created", subjectType: "Desk" },
      { action: "tickets.sold-at-desk", subjectType: "Order" },
      { action: "appointment.moved", subjectType: "Appointment" },
    ]);
  });

  it("keeps the column defaults, now with the English values", async () => {
    const [defaults] = await withClient(scratch.url, async (client) => {
      await client.query(`INSERT INTO "User" (id, "updatedAt") VALUES ('u2', now())`);
      await client.query(
        `INSERT INTO "AssociationMember" (id, "associationId", "userId") VALUES ('m3', 'a1', 'u2')`,
      );
      await client.query(`INSERT INTO "Report" (id, number, kind, "categoryId", "departmentId", description, "statusTokenHash", "updatedAt")
                          VALUES ('rp5', 'MP-2026-000005', 'ISSUE', 'rc1', 'd1', 'Nieuw', 'h5', now())`);
      const { rows } = await client.query<{ role: string; status: string; channel: string }>(
        `SELECT m.role, r.status, r.channel FROM "AssociationMember" m, "Report" r WHERE m.id = 'm3' AND r.id = 'rp5'`,
      );
      return rows;
    });
    expect(defaults).toEqual({ role: "MEMBER", status: "NEW", channel: "WEB" });
  });

  it("keeps the renamed no-overlap constraint guarding a desk's appointments", async () => {
    const overlapping = withClient(scratch.url, (client) =>
      client.query(`INSERT INTO "Appointment" (id, "serviceId", "deskId", "siteId", "startsAt", "endsAt", "blockedUntil", "slotKey", name, email, "manageTokenHash")
                    VALUES ('ap2', 'sv1', 'c3', 's1', '2026-12-02T08:05Z', '2026-12-02T08:20Z', '2026-12-02T08:20Z', 'ap2', 'Jan', 'jan@example.be', 'hash-2')`),
    );
    await expect(overlapping).rejects.toMatchObject({
      code: "23P01",
      constraint: "Appointment_desk_no_overlap",
    });
  });
});
