// The result document of a request: issued from the product's template when staff decide the
// case, kept as issued when the template changes later, shown only to the applicant and the
// case's team, and blanked with the answers at retention.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { decideCase } from "@/lib/cases/commands/decide";
import { moveCase } from "@/lib/cases/commands/staff";
import { getCaseDocument } from "@/lib/cases/queries/document";
import { removeExpiredCaseData } from "@/lib/cases/retention";
import { setDocumentTemplate } from "@/lib/eloket/designer/commands";
import { seed } from "@/prisma/seed";
import { filedCase, product, resident, teamWithStaff } from "./eloket-fixtures";

beforeAll(async () => {
  await seed(db);
});

const TEMPLATE =
  "Toelating {{nummer}} voor {{naam}}, bedrijf: {{company}}.\n\nVan {{from}} tot {{to}}. {{onbekend}}";

async function decidedCase(template: string | null = TEMPLATE) {
  const { staff, applicant, caseId, number, productId } = await filedCase();
  // The template is read when the case is decided.
  await db.product.update({
    where: { id: productId },
    data: { documentTitle: template ? "Toelating" : null, documentTemplate: template },
  });
  await moveCase(db, { caseId, actorId: staff.id, seen: "RECEIVED", to: "IN_PROGRESS" });
  await decideCase(db, {
    caseId,
    actorId: staff.id,
    seen: "IN_PROGRESS",
    outcome: "APPROVED",
    reason: "",
    now: new Date("2026-12-03T10:00:00Z"),
  });
  return { staff, applicant, caseId, number, productId };
}

describe("the result document", () => {
  it("is filled from the answers and the case when staff decide", async () => {
    const { caseId, number } = await decidedCase();
    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.documentTitle).toBe("Toelating");
    expect(c.documentText).toBe(
      `Toelating ${number} voor Jan Devos, bedrijf: Nee.\n\nVan 01/12/2026 tot 02/12/2026. [onbekend?]`,
    );
    expect(c.documentIssuedAt?.toISOString()).toBe("2026-12-03T10:00:00.000Z");
  });

  it("stays as issued when the product's template changes afterwards", async () => {
    const { caseId, productId } = await decidedCase();
    const before = (await db.case.findUniqueOrThrow({ where: { id: caseId } })).documentText;
    await db.product.update({ where: { id: productId }, data: { documentTemplate: "Iets anders" } });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).documentText).toBe(before);
  });

  it("is not issued for a product without a template", async () => {
    const { caseId, applicant } = await decidedCase(null);
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).documentText).toBeNull();
    expect(await getCaseDocument(caseId, { userId: applicant.id, staff: false })).toBeNull();
  });

  it("is given to the applicant and the case's team, not to another resident or another team", async () => {
    const { caseId, applicant, staff } = await decidedCase();
    const other = await resident();
    const { staff: outsider } = await teamWithStaff();
    expect(await getCaseDocument(caseId, { userId: applicant.id, staff: false })).toMatchObject({
      title: "Toelating",
    });
    expect(await getCaseDocument(caseId, { userId: staff.id, staff: true })).not.toBeNull();
    expect(await getCaseDocument(caseId, { userId: other.id, staff: false })).toBeNull();
    expect(await getCaseDocument(caseId, { userId: outsider.id, staff: true })).toBeNull();
  });

  it("loses its text with the answers at retention", async () => {
    const { caseId, staff } = await decidedCase();
    await moveCase(db, { caseId, actorId: staff.id, seen: "APPROVED", to: "CLOSED" });
    await db.case.update({
      where: { id: caseId },
      data: { closedAt: new Date(Date.now() - 25 * 31 * 86_400_000) },
    });
    await removeExpiredCaseData(db);
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).documentText).toBeNull();
  });

  it("is set in the designer only with placeholders the form knows, audited; both empty removes it", async () => {
    const { team, staff } = await teamWithStaff();
    const { product: p } = await product(team.id);
    await expect(
      setDocumentTemplate(db, staff.id, p.id, {
        documentTitle: "Kaart",
        documentTemplate: "{{naam}} {{kenteken}}",
      }),
    ).rejects.toMatchObject({ field: "documentTemplate", message: expect.stringContaining("{{kenteken}}") });
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).documentTemplate).toBeNull();
    await setDocumentTemplate(db, staff.id, p.id, {
      documentTitle: "Kaart",
      documentTemplate: "{{naam}} {{from}}",
    });
    expect(await db.product.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      documentTitle: "Kaart",
      documentTemplate: "{{naam}} {{from}}",
    });
    expect(await db.auditLog.count({ where: { action: "eloket.document-changed", subjectId: p.id } })).toBe(
      1,
    );
    await setDocumentTemplate(db, staff.id, p.id, {});
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).documentTitle).toBeNull();
  });
});
