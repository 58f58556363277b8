// "Loskoppelen" on the wizard: the organiser undoes the link of a loan requested from the wizard for
// their own event draft. The loan stays a loan in the lending service (same status); only the link
// to the draft goes, audited on the draft. Another user (with the draft's and the loan's ids) is
// refused and nothing changes; a link already undone cannot be undone again.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { unlinkFromDraft } from "@/lib/events/commands/link";
import { eventMessages } from "@/lib/events/messages";
import { linkedWithDraft } from "@/lib/events/queries/linked";
import { requestLoan } from "@/lib/lending/commands/request";
import { seed } from "@/prisma/seed";
import { contextFor, fuifPages, officerOfNewAssociation, plainResident, savePosted } from "./events-fixtures";
import { categories, friday, item, plusDays, slots } from "./lending-fixtures";

let slot: Awaited<ReturnType<typeof slots>>;
beforeAll(async () => {
  await seed(db);
  await categories();
  slot = await slots();
});

/** An organiser with an event draft (all steps saved) and a loan of nadar barriers requested for it. */
async function draftWithLoan(weeks: number) {
  const day = friday(weeks);
  const { association, officer } = await officerOfNewAssociation();
  const context = contextFor([association]);
  const pages = fuifPages(association.id, { streets: "Kerkstraat", start: plusDays(day, 1) });
  for (const [page, posted] of Object.entries(pages)) await savePosted(officer.id, context, page, posted);
  const draft = await db.caseDraft.findFirstOrThrow({ where: { userId: officer.id } });
  const nadar = await item("Nadarhek", 120, { RESIDENT: 50 });
  const { loanId } = await requestLoan(
    {
      quantities: { [nadar.id]: 10 },
      pickupDate: day,
      pickupSlotId: slot.fridayEvening.id,
      returnDate: plusDays(day, 3),
      returnSlotId: slot.mondayEvening.id,
      borrowFor: "self",
      dossier: draft.id,
    },
    { userId: officer.id },
  );
  return { officer, draft, loanId };
}

const unlinkAudits = (draftId: string) =>
  db.auditLog.count({
    where: { action: "case.booking-unlinked", subjectType: "CaseDraft", subjectId: draftId },
  });

describe("undoing the link of a request made for a draft", () => {
  it("unlinks the organiser's own loan from their draft; the loan itself stays as it was", async () => {
    const { officer, draft, loanId } = await draftWithLoan(10);
    const before = await db.loan.findUniqueOrThrow({ where: { id: loanId } });
    await unlinkFromDraft(db, { draftId: draft.id, userId: officer.id, kind: "loan", id: loanId });
    const after = await db.loan.findUniqueOrThrow({ where: { id: loanId } });
    expect([after.eventDraftId, after.eventCaseId, after.status]).toEqual([null, null, before.status]);
    expect((await linkedWithDraft(draft.id)).loans).toEqual([]);
    expect(await unlinkAudits(draft.id)).toBe(1);
    await expect(
      unlinkFromDraft(db, { draftId: draft.id, userId: officer.id, kind: "loan", id: loanId }),
    ).rejects.toThrow(eventMessages.unlinkNotPossible);
  });

  it("refuses another user with the draft's and the loan's ids, and changes nothing", async () => {
    const { draft, loanId } = await draftWithLoan(11);
    const stranger = await plainResident();
    await expect(
      unlinkFromDraft(db, { draftId: draft.id, userId: stranger.id, kind: "loan", id: loanId }),
    ).rejects.toThrow(eventMessages.draftNotFound);
    expect((await db.loan.findUniqueOrThrow({ where: { id: loanId } })).eventDraftId).toBe(draft.id);
    expect(await unlinkAudits(draft.id)).toBe(0);
  });
});
