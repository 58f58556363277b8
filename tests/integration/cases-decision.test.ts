// Deciding an e-loket case: approving issues the product's document, refusing issues a refusal
// letter with the reason and the objection period; a refusal without a reason, a plain move to a
// decided status and a second decision are refused and change nothing; the applicant is mailed.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { decideCase } from "@/lib/cases/commands/decide";
import { moveCase } from "@/lib/cases/commands/staff";
import { getCaseDocument } from "@/lib/cases/queries/document";
import { seed } from "@/prisma/seed";
import { filedCase } from "./eloket-fixtures";

beforeAll(async () => {
  await seed(db);
});

async function inProgress() {
  const filed = await filedCase();
  await db.product.update({
    where: { id: filed.productId },
    data: { documentTitle: "Toelating", documentTemplate: "Toelating {{nummer}} voor {{naam}}." },
  });
  await moveCase(db, { caseId: filed.caseId, actorId: filed.staff.id, seen: "RECEIVED", to: "IN_PROGRESS" });
  return filed;
}

const caseOf = (id: string) =>
  db.case.findUniqueOrThrow({
    where: { id },
    include: { decision: true, events: { orderBy: { at: "asc" } } },
  });

describe("deciding a case", () => {
  it("approving records the outcome and issues the product's document, and the case stays open to close", async () => {
    const { caseId, staff, number } = await inProgress();
    await decideCase(db, { caseId, actorId: staff.id, seen: "IN_PROGRESS", outcome: "APPROVED", reason: "" });
    const c = await caseOf(caseId);
    expect([c.status, c.decision?.outcome, c.closedAt]).toEqual(["APPROVED", "APPROVED", null]);
    expect(c.documentTitle).toBe("Toelating");
    expect(c.documentText).toBe(`Toelating ${number} voor Jan Devos.`);
  });

  it("refusing issues a refusal letter with the reason and the objection period instead of the document", async () => {
    const { caseId, staff, applicant, number } = await inProgress();
    await db.municipality.update({ where: { id: 1 }, data: { objectionDays: 30 } });
    await decideCase(db, {
      caseId,
      actorId: staff.id,
      seen: "IN_PROGRESS",
      outcome: "REFUSED",
      reason: "De regenwaterput is kleiner dan 5.000 liter.",
    });
    const c = await caseOf(caseId);
    expect([c.status, c.decision?.conditions]).toEqual([
      "REFUSED",
      "De regenwaterput is kleiner dan 5.000 liter.",
    ]);
    expect(c.documentTitle).toBe("Weigering van je aanvraag");
    expect(c.documentText).toContain(`Je aanvraag ${number}`);
    expect(c.documentText).toContain("Reden: De regenwaterput is kleiner dan 5.000 liter.");
    expect(c.documentText).toContain("binnen 30 dagen");
    expect(c.documentText).not.toContain("Toelating");
    expect(c.events.at(-1)).toMatchObject({
      toStatus: "REFUSED",
      text: "De regenwaterput is kleiner dan 5.000 liter.",
    });
    // The applicant downloads the letter where an approval's document would be.
    expect(await getCaseDocument(caseId, { userId: applicant.id, staff: false })).toMatchObject({
      title: "Weigering van je aanvraag",
    });
    const mail = await db.mailMessage.findFirstOrThrow({
      where: { subject: `Je aanvraag ${number}: geweigerd` },
    });
    expect(mail.text).toContain("Reden: De regenwaterput is kleiner dan 5.000 liter.");
  });

  it("refuses a refusal without a reason and stores nothing", async () => {
    const { caseId, staff } = await inProgress();
    await expect(
      decideCase(db, { caseId, actorId: staff.id, seen: "IN_PROGRESS", outcome: "REFUSED", reason: "  " }),
    ).rejects.toMatchObject({ field: "reason" });
    const c = await caseOf(caseId);
    expect([c.status, c.decision, c.documentText]).toEqual(["IN_PROGRESS", null, null]);
  });

  it("does not let a plain status move decide, nor decide to a status that is not a decision", async () => {
    const { caseId, staff } = await inProgress();
    await expect(
      moveCase(db, { caseId, actorId: staff.id, seen: "IN_PROGRESS", to: "APPROVED" }),
    ).rejects.toThrow("Een beslissing neem je met het beslissingsformulier");
    await expect(
      decideCase(db, { caseId, actorId: staff.id, seen: "IN_PROGRESS", outcome: "CLOSED", reason: "" }),
    ).rejects.toMatchObject({ field: "outcome" });
    expect((await caseOf(caseId)).status).toBe("IN_PROGRESS");
  });

  it("decides once: a second decision on the page seen before is refused and the first stands", async () => {
    const { caseId, staff } = await inProgress();
    await decideCase(db, { caseId, actorId: staff.id, seen: "IN_PROGRESS", outcome: "APPROVED", reason: "" });
    await expect(
      decideCase(db, {
        caseId,
        actorId: staff.id,
        seen: "IN_PROGRESS",
        outcome: "REFUSED",
        reason: "Toch niet.",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const c = await caseOf(caseId);
    expect([c.status, c.decision?.outcome, c.documentTitle]).toEqual(["APPROVED", "APPROVED", "Toelating"]);
  });
});
