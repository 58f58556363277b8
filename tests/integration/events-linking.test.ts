// An organiser links their own hall booking and material loan to their event dossier: both then
// show on the dossier for the organiser and for staff. Another user's booking, another user's
// dossier, a cancelled booking or a second link are refused and change nothing; unlinking works.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { setDossierLink } from "@/lib/events/commands/link";
import { linkCandidates, linkedWithDossier } from "@/lib/events/queries/linked";
import { requestLoan } from "@/lib/lending/commands/request";
import { seed } from "@/prisma/seed";
import { organiserWithDossier as dossierOf, plainResident } from "./events-fixtures";
import { eveningBooking, hall } from "./halls-fixtures";
import { categories, friday, item, plusDays, slots } from "./lending-fixtures";

let slot: Awaited<ReturnType<typeof slots>>;
beforeAll(async () => {
  await seed(db);
  await categories();
  slot = await slots();
});

async function hallBooking(userId: string, day: string, status: "APPROVED" | "CANCELLED" = "APPROVED") {
  return eveningBooking((await hall()).id, userId, day, status);
}

async function loan(userId: string, pickup: string) {
  const barriers = await item("Nadarhek", 120, { RESIDENT: 50 });
  const { loanId } = await requestLoan(
    {
      quantities: { [barriers.id]: 20 },
      pickupDate: pickup,
      pickupSlotId: slot.fridayEvening.id,
      returnDate: plusDays(pickup, 3),
      returnSlotId: slot.mondayEvening.id,
      borrowFor: "self",
    },
    { userId },
  );
  return loanId;
}

const organiserWithDossier = () => dossierOf(friday(8));

const linked = async (caseId: string) => {
  const l = await linkedWithDossier(caseId);
  return { halls: l.halls.map((h) => h.id), loans: l.loans.map((x) => x.id) };
};

describe("linking bookings to an event dossier", () => {
  it("offers the organiser's own booking and loan around the event and links both to the dossier", async () => {
    const { day, officer, filed } = await organiserWithDossier();
    const booking = await hallBooking(officer.id, plusDays(day, 1));
    const loanId = await loan(officer.id, day);
    const c = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    const offered = await linkCandidates(officer.id, c.subjectDay!);
    expect([offered.halls.map((h) => h.id), offered.loans.map((l) => l.id)]).toEqual([
      [booking.id],
      [loanId],
    ]);

    await setDossierLink(db, {
      caseId: filed.id,
      userId: officer.id,
      kind: "hall",
      id: booking.id,
      link: true,
    });
    await setDossierLink(db, { caseId: filed.id, userId: officer.id, kind: "loan", id: loanId, link: true });
    expect(await linked(filed.id)).toEqual({ halls: [booking.id], loans: [loanId] });
    const after = await linkCandidates(officer.id, c.subjectDay!);
    expect([after.halls, after.loans]).toEqual([[], []]);
    expect(await db.auditLog.count({ where: { subjectId: filed.id, action: "case.booking-linked" } })).toBe(
      2,
    );
  });

  it("refuses another user's booking, another user's dossier, a cancelled booking and a second link", async () => {
    const { day, officer, filed } = await organiserWithDossier();
    const stranger = await plainResident();
    const theirs = await hallBooking(stranger.id, plusDays(day, 1));
    const cancelled = await hallBooking(officer.id, plusDays(day, 1), "CANCELLED");
    const mine = await hallBooking(officer.id, plusDays(day, 1));
    const attempt = (userId: string, id: string) =>
      setDossierLink(db, { caseId: filed.id, userId, kind: "hall", id, link: true });

    await expect(attempt(officer.id, theirs.id)).rejects.toThrow(/niet \(meer\) koppelen/);
    await expect(attempt(officer.id, cancelled.id)).rejects.toBeInstanceOf(AppError);
    await expect(attempt(stranger.id, theirs.id)).rejects.toThrow(/bestaat niet/);
    await attempt(officer.id, mine.id);
    await expect(attempt(officer.id, mine.id)).rejects.toThrow(/al gekoppeld/);
    expect(await linked(filed.id)).toEqual({ halls: [mine.id], loans: [] });
  });

  it("unlinks, leaving the booking itself as it was", async () => {
    const { day, officer, filed } = await organiserWithDossier();
    const booking = await hallBooking(officer.id, plusDays(day, 1));
    await setDossierLink(db, {
      caseId: filed.id,
      userId: officer.id,
      kind: "hall",
      id: booking.id,
      link: true,
    });
    await setDossierLink(db, {
      caseId: filed.id,
      userId: officer.id,
      kind: "hall",
      id: booking.id,
      link: false,
    });
    expect(await linked(filed.id)).toEqual({ halls: [], loans: [] });
    expect((await db.hallBooking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("APPROVED");
  });
});
