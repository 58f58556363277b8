// The 1× of `npm run bench:scale`: the demo seed has reports but no audit entries, orders, hall
// bookings, appointments or loans, so a month of a small municipality's traffic is added on top of it
// (BASE rows per table, in SQL against the seeded halls, performance, desk and residents). The
// larger sizes copy these rows (scale-fill.ts).
import type { Db } from "@/lib/db/client";

const BASE = 40;

export async function addBase(db: Db): Promise<void> {
  const n = BASE;
  // Reports: the seeded ones and copies of them filed on earlier days, to BASE in all (some overdue).
  const [{ seeded }] = await db.$queryRawUnsafe<{ seeded: bigint }[]>(
    `SELECT count(*) AS seeded FROM "Report"`,
  );
  const rounds = Math.max(0, Math.ceil(n / Math.max(1, Number(seeded))) - 1);
  await db.$executeRawUnsafe(`
    INSERT INTO "Report"
    SELECT (jsonb_populate_record(NULL::"Report", to_jsonb(r) || jsonb_build_object(
      'id', 'base-report-' || gs || '-' || r."id", 'number', 'B' || gs || '-' || r."number",
      'createdAt', r."createdAt" - gs * interval '1 day', 'dueOn', r."dueOn" - gs))).*
    FROM "Report" r CROSS JOIN generate_series(1, ${rounds}) gs`);
  // Audit entries: five per row of the other tables, as the commands write them.
  await db.$executeRawUnsafe(`
    INSERT INTO "AuditLog" ("id", "at", "action", "actorId", "subjectType", "subjectId")
    SELECT 'base-audit-' || gs, now() - gs * interval '3 hours', 'report.created',
           (SELECT "id" FROM "User" ORDER BY "email" LIMIT 1), 'Report', 'base-' || gs
    FROM generate_series(1, ${5 * n}) gs`);
  // Orders with one ticket line each for the first performance: paid, some still open.
  await db.$executeRawUnsafe(`
    INSERT INTO "Order" ("id", "number", "holdReference", "buyerName", "buyerEmail", "totalCents", "accessToken", "status", "createdAt", "updatedAt")
    SELECT 'base-order-' || gs, 'B-' || gs, 'base-hold-' || gs, 'Inwoner ' || gs, 'inwoner' || gs || '@example.be', 1500,
           'base-token-' || gs, CASE WHEN gs % 5 = 0 THEN 'PENDING' ELSE 'PAID' END::"OrderStatus",
           now() - gs * interval '1 hour', now()
    FROM generate_series(1, ${n}) gs`);
  await db.$executeRawUnsafe(`
    INSERT INTO "OrderLine" ("id", "orderId", "itemType", "itemId", "description", "quantity", "unitCents", "tariffCode", "tariffLabel", "totalCents")
    SELECT 'base-line-' || gs, 'base-order-' || gs, 'ticket', t."id", 'Ticket', 1, 1500, 'STANDARD', 'Standaard', 1500
    FROM generate_series(1, ${n}) gs,
         LATERAL (SELECT tt."id" FROM "TicketType" tt JOIN "Performance" p ON p."id" = tt."performanceId"
                  ORDER BY p."startsAt", tt."sortOrder" LIMIT 1) t`);
  // Hall bookings: requests to decide (coming evenings) and ended ones with a deposit to settle.
  await db.$executeRawUnsafe(`
    INSERT INTO "HallBooking" ("id", "hallId", "userId", "category", "startsAt", "endsAt", "status", "slotLabel", "units", "unitCents", "priceCents", "depositCents", "tariffLabel", "purpose", "createdAt", "updatedAt")
    SELECT 'base-booking-' || gs, h."id", u."id", 'RESIDENT',
           date_trunc('day', now()) + (CASE WHEN gs % 2 = 0 THEN gs + 30 ELSE -gs - 30 END) * interval '1 day' + interval '18 hours',
           date_trunc('day', now()) + (CASE WHEN gs % 2 = 0 THEN gs + 30 ELSE -gs - 30 END) * interval '1 day' + interval '23 hours',
           CASE WHEN gs % 2 = 0 THEN 'REQUESTED' ELSE 'APPROVED' END::"HallBookingStatus",
           'Avond', 1, 4000, 4000, 15000, 'Inwoner', 'Verjaardagsfeest', now(), now()
    FROM generate_series(1, ${n}) gs,
         LATERAL (SELECT "id" FROM "Hall" ORDER BY "sortOrder" LIMIT 1) h,
         LATERAL (SELECT "id" FROM "User" ORDER BY "email" LIMIT 1) u`);
  // Appointments at one desk, half an hour apart.
  await db.$executeRawUnsafe(`
    INSERT INTO "Appointment" ("id", "serviceId", "deskId", "siteId", "startsAt", "endsAt", "blockedUntil", "slotKey", "name", "email", "manageTokenHash")
    SELECT 'base-appointment-' || gs, s."id", d."id", d."siteId",
           date_trunc('day', now()) + interval '9 hours' + gs * interval '30 minutes',
           date_trunc('day', now()) + interval '9 hours 20 minutes' + gs * interval '30 minutes',
           date_trunc('day', now()) + interval '9 hours 20 minutes' + gs * interval '30 minutes',
           'base-' || gs, 'Inwoner ' || gs, 'inwoner' || gs || '@example.be', 'base-hash-' || gs
    FROM generate_series(1, ${n}) gs,
         LATERAL (SELECT "id" FROM "AppointmentService" ORDER BY "name" LIMIT 1) s,
         LATERAL (SELECT "id", "siteId" FROM "Desk" ORDER BY "name" LIMIT 1) d`);
  // Material loans of one resident (the one with the hall bookings: a resident with a long history in
  // Mijn Wingene), every other one handed out and overdue (the depot's late list), the rest returned.
  await db.$executeRawUnsafe(`
    INSERT INTO "Loan" ("id", "status", "userId", "borrowerName", "borrowerEmail", "categoryCode", "pickupDate", "pickupSlotId", "returnDate", "returnSlotId", "depositCents", "createdAt", "updatedAt")
    SELECT 'base-loan-' || gs, CASE WHEN gs % 2 = 0 THEN 'HANDED_OUT' ELSE 'RETURNED' END::"LoanStatus",
           u."id", 'Inwoner', 'inwoner@example.be', c."code",
           current_date - (gs * 3 + 10), s."id", current_date - (gs * 3 + 7), s."id", 5000, now(), now()
    FROM generate_series(1, ${n}) gs,
         LATERAL (SELECT "code" FROM "LoanCategory" ORDER BY "sortOrder" LIMIT 1) c,
         LATERAL (SELECT "id" FROM "LoanSlot" ORDER BY "id" LIMIT 1) s,
         LATERAL (SELECT "id" FROM "User" ORDER BY "email" LIMIT 1) u`);
}
