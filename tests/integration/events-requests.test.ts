// The hall booking and the material loan requested FOR an event dossier: the services' own create
// commands make them with every rule of theirs (stock, availability) and link them to the dossier in
// the same transaction. Another user's dossier or a closed one refuses the request: nothing is made.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { eventMessages } from "@/lib/events/messages";
import { submitDraft } from "@/lib/eloket/commands/submit";
import { linkedWithDossier, linkedWithDraft } from "@/lib/events/queries/linked";
import { dossierReturnHref, eventRequestLinks } from "@/lib/events/request-links";
import { requestBooking } from "@/lib/halls/commands/request";
import { hallMessages } from "@/lib/halls/messages";
import { bookingSchema } from "@/lib/halls/schema/booking";
import { requestLoan } from "@/lib/lending/commands/request";
import { reviewLoan } from "@/lib/lending/queries/mine";
import { basketToSearch } from "@/lib/lending/schema";
import { seed } from "@/prisma/seed";
import {
  contextFor,
  eventVersion,
  fuifPages,
  officerOfNewAssociation,
  organiserWithDossier as dossierOf,
  plainResident,
  savePosted,
} from "./events-fixtures";
import { eveningBooking, hall } from "./halls-fixtures";
import { categories, friday, item, plusDays, slots } from "./lending-fixtures";

let slot: Awaited<ReturnType<typeof slots>>;
beforeAll(async () => {
  await seed(db);
  await categories();
  slot = await slots();
});

const organiserWithDossier = () => dossierOf(friday(8));

const barriers = () => item("Nadarhek", 120, { RESIDENT: 50 });

function basket(itemId: string, quantity: number, pickup: string, dossier?: string) {
  return {
    quantities: { [itemId]: quantity },
    pickupDate: pickup,
    pickupSlotId: slot.fridayEvening.id,
    returnDate: plusDays(pickup, 3),
    returnSlotId: slot.mondayEvening.id,
    borrowFor: "self",
    dossier,
  };
}

const linkedIds = async (caseId: string) => {
  const l = await linkedWithDossier(caseId);
  return { halls: l.halls.map((h) => h.id), loans: l.loans.map((x) => x.id) };
};

const loansOf = (userId: string) => db.loan.count({ where: { userId } });
const bookingsOf = (userId: string) => db.hallBooking.count({ where: { userId } });

describe("requesting material for an event dossier", () => {
  it("creates the loan and links it to the dossier in one go, audited on the dossier", async () => {
    const { day, officer, filed } = await organiserWithDossier();
    const nadar = await barriers();
    const { loanId } = await requestLoan(basket(nadar.id, 20, day, filed.id), { userId: officer.id });
    expect(await linkedIds(filed.id)).toEqual({ halls: [], loans: [loanId] });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { subjectId: filed.id, action: "case.booking-linked" },
    });
    expect(audit.details).toEqual({ kind: "loan", id: loanId });
  });

  it("applies the stock rules: more than is free on the days is refused and nothing is made or linked", async () => {
    const { day, officer, filed } = await organiserWithDossier();
    const nadar = await barriers();
    const other = await plainResident();
    await requestLoan(basket(nadar.id, 110, day), { userId: other.id });
    const before = await loansOf(officer.id);
    await expect(requestLoan(basket(nadar.id, 20, day, filed.id), { userId: officer.id })).rejects.toThrow(
      /Nog 10 van 120/,
    );
    await expect(requestLoan(basket(nadar.id, 121, day, filed.id), { userId: officer.id })).rejects.toThrow(
      /in totaal 120/,
    );
    expect(await loansOf(officer.id)).toBe(before);
    expect(await linkedIds(filed.id)).toEqual({ halls: [], loans: [] });
  });

  it("refuses another user's dossier and a closed dossier: no loan, no hold, no link", async () => {
    const { day, filed } = await organiserWithDossier();
    const closed = await organiserWithDossier();
    await db.case.update({ where: { id: closed.filed.id }, data: { closedAt: new Date() } });
    const stranger = await plainResident();
    const nadar = await barriers();
    await expect(requestLoan(basket(nadar.id, 20, day, filed.id), { userId: stranger.id })).rejects.toThrow(
      eventMessages.dossierNotFound,
    );
    await expect(
      requestLoan(basket(nadar.id, 20, day, closed.filed.id), { userId: closed.officer.id }),
    ).rejects.toBeInstanceOf(AppError);
    expect([await loansOf(stranger.id), await loansOf(closed.officer.id)]).toEqual([0, 0]);
    expect(await db.order.count({ where: { buyerUserId: { in: [stranger.id, closed.officer.id] } } })).toBe(
      0,
    );
    expect(await linkedIds(filed.id)).toEqual({ halls: [], loans: [] });
    expect(await linkedIds(closed.filed.id)).toEqual({ halls: [], loans: [] });
  });

  it("refuses a forged dossier on the review page before anything is confirmed", async () => {
    const { day } = await organiserWithDossier();
    const stranger = await plainResident();
    const nadar = await barriers();
    const query = Object.fromEntries(
      new URLSearchParams(basketToSearch(basket(nadar.id, 20, day, "forged-dossier-id"))),
    );
    expect(await reviewLoan(query, stranger.id)).toEqual({
      ok: false,
      problem: eventMessages.dossierNotFound,
    });
  });
});

const hallRequest = (hallId: string, date: string, bookFor: string, dossier?: string, weeks = "1") =>
  bookingSchema.parse({
    unit: "DAY_PART",
    bookFor,
    purpose: "Zomerfuif",
    hallId,
    date,
    dayParts: ["AVOND"],
    weeks,
    dossier,
  });

describe("requesting a hall for an event dossier", () => {
  it("books the hall and links it; a taken evening is refused and nothing is linked", async () => {
    const { day, association, officer, filed } = await organiserWithDossier();
    const h = await hall();
    const eventDay = plusDays(day, 1);
    const outcome = await requestBooking(hallRequest(h.id, eventDay, association.id, filed.id), {
      userId: officer.id,
    });
    expect(await linkedIds(filed.id)).toEqual({ halls: outcome.bookingIds, loans: [] });

    const second = await organiserWithDossier();
    const taken = await hall();
    await eveningBooking(taken.id, (await plainResident()).id, eventDay);
    const before = await bookingsOf(second.officer.id);
    await expect(
      requestBooking(hallRequest(taken.id, eventDay, second.association.id, second.filed.id), {
        userId: second.officer.id,
      }),
    ).rejects.toMatchObject({ message: hallMessages.overlap });
    expect(await bookingsOf(second.officer.id)).toBe(before);
    expect(await linkedIds(second.filed.id)).toEqual({ halls: [], loans: [] });
  });

  it("refuses another user's dossier and a weekly series for an event", async () => {
    const { day, filed } = await organiserWithDossier();
    const other = await officerOfNewAssociation();
    const h = await hall();
    await expect(
      requestBooking(hallRequest(h.id, plusDays(day, 1), other.association.id, filed.id), {
        userId: other.officer.id,
      }),
    ).rejects.toThrow(eventMessages.dossierNotFound);
    expect(await bookingsOf(other.officer.id)).toBe(0);
    expect(() => hallRequest(h.id, plusDays(day, 1), other.association.id, filed.id, "3")).toThrow(
      hallMessages.eventNotWeekly,
    );
  });
});

describe("requesting material from the wizard, before the notification is submitted", () => {
  it("links the loan to the draft, and submitting moves it to the dossier; another user's draft is refused", async () => {
    const day = friday(9);
    const { association, officer } = await officerOfNewAssociation();
    const context = contextFor([association]);
    const pages = fuifPages(association.id, { streets: "Kerkstraat", start: plusDays(day, 1) });
    for (const [page, posted] of Object.entries(pages)) await savePosted(officer.id, context, page, posted);
    const draft = await db.caseDraft.findFirstOrThrow({ where: { userId: officer.id } });
    const nadar = await barriers();
    const stranger = await plainResident();
    await expect(requestLoan(basket(nadar.id, 20, day, draft.id), { userId: stranger.id })).rejects.toThrow(
      eventMessages.dossierNotFound,
    );

    const { loanId } = await requestLoan(basket(nadar.id, 20, day, draft.id), { userId: officer.id });
    expect((await linkedWithDraft(draft.id)).loans.map((l) => l.id)).toEqual([loanId]);
    const { version } = await eventVersion();
    const filed = await submitDraft(db, { userId: officer.id, versionId: version.id, context });
    expect(await linkedIds(filed.id)).toEqual({ halls: [], loans: [loanId] });
    expect(await db.loan.findUniqueOrThrow({ where: { id: loanId } })).toMatchObject({
      eventCaseId: filed.id,
      eventDraftId: null,
    });
    expect(await loansOf(stranger.id)).toBe(0);
  });
});

describe("the links from the dossier to the services", () => {
  it("open the loan for set-up to break-down, and the hall on the first day only when the event is in a hall", () => {
    const answers = {
      eventStart: "2027-06-19",
      eventEnd: "2027-06-20",
      setupDate: "2027-06-18",
      breakdownDate: "2027-06-21",
      locationKind: "zaal",
      hall: "de-kluis",
    };
    expect(eventRequestLinks(answers, "c1")).toEqual({
      loan: "/uitlenen?van=2027-06-18&tot=2027-06-21&dossier=c1#lenen",
      hall: "/zalen/de-kluis?datum=2027-06-19&dossier=c1#reserveren",
    });
    expect(eventRequestLinks({ ...answers, locationKind: "openbaar-domein" }, "c1").hall).toBeNull();
    expect(eventRequestLinks({ ...answers, hall: "geen-zaal" }, "c1").hall).toBeNull();
  });

  it("come back to the dossier, or to the wizard step the request was started from", () => {
    expect(dossierReturnHref({ id: "c1", number: "EL-2027-000001" }, { kind: "loan", id: "l1" })).toBe(
      "/mijn/aanvragen/c1?uitlening=l1",
    );
    expect(dossierReturnHref({ id: "d1", number: null }, { kind: "loan", id: "l1" })).toBe(
      "/loket/evenement-melden/aanvraag/materiaal?uitlening=l1",
    );
    expect(dossierReturnHref({ id: "d1", number: null }, { kind: "hall", id: "b1" })).toBe(
      "/loket/evenement-melden/aanvraag/locatie?zaal=b1",
    );
  });
});
