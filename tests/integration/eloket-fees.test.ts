// An e-loket fee is an order of the payment core: submitting a request with a fee opens an order
// for it (one line, the fee from the form's rules), paying that order marks the case's fee paid;
// a fee with an exemption to confirm waits for staff, who waive it or ask it as an order, once.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitDraft } from "@/lib/eloket/commands/submit";
import { judgeExemption } from "@/lib/eloket/commands/exemption";
import { CASE_FEE_ITEM } from "@/lib/eloket/fulfil";
import { AppError } from "@/lib/errors";
import { settle } from "@/lib/payments/settle";
import { seed } from "@/prisma/seed";
import { permitForm, product, resident, save, teamWithStaff } from "./eloket-fixtures";

beforeAll(async () => {
  await seed(db);
});

const now = new Date("2026-11-30T10:00:00Z");

describe("the fee of a request", () => {
  it("opens an order of the fee at submission, payable for 30 days", async () => {
    const { team } = await teamWithStaff();
    const { version } = await product(team.id);
    const user = await resident();
    await save(user.id, version.id, "wie", { name: "An", company: "nee" });
    await save(user.id, version.id, "wanneer", { from: "2026-12-01", to: "2026-12-03" });
    const submitted = await submitDraft(db, { userId: user.id, versionId: version.id, now });
    const c = await db.case.findUniqueOrThrow({ where: { id: submitted.id } });
    const order = await db.order.findUniqueOrThrow({
      where: { id: c.feeOrderId! },
      include: { lines: true },
    });
    expect(order).toMatchObject({ status: "PENDING", totalCents: 3000, buyerUserId: user.id });
    expect(order.lines.map((l) => [l.itemType, l.itemId, l.totalCents])).toEqual([
      [CASE_FEE_ITEM, c.id, 3000],
    ]);
    expect(order.expiresAt?.toISOString()).toBe("2026-12-30T10:00:00.000Z");
    expect(c.feePaidAt).toBeNull();
  });

  it("marks the case's fee paid when its order is paid", async () => {
    const { team, staff } = await teamWithStaff();
    const { version } = await product(team.id);
    const user = await resident();
    await save(user.id, version.id, "wie", { name: "An", company: "nee" });
    await save(user.id, version.id, "wanneer", { from: "2026-12-01", to: "2026-12-01" });
    const submitted = await submitDraft(db, { userId: user.id, versionId: version.id, now });
    const { feeOrderId } = await db.case.findUniqueOrThrow({ where: { id: submitted.id } });
    await settle(feeOrderId!, { method: "DESK_CARD", amountCents: 1000, recordedById: staff.id }, "Test");
    const c = await db.case.findUniqueOrThrow({ where: { id: submitted.id } });
    expect(c.feePaidAt).toBeInstanceOf(Date);
    expect(c.status).toBe("RECEIVED");
  });

  it("opens no order for a fee with an exemption that staff still have to confirm", async () => {
    const { caseId, user } = await exemptCase();
    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect([c.feeCents, c.exemption, c.feeOrderId]).toEqual([2000, "Inwoner zonder bedrijf", null]);
    expect(await db.order.count({ where: { buyerUserId: user.id } })).toBe(0);
  });

  it("waives the fee when staff accept the exemption, and tells the applicant", async () => {
    const { caseId, user, staff } = await exemptCase();
    await judgeExemption(db, { caseId, actorId: staff.id, accept: true });
    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect([c.feeCents, c.exemption, c.feeOrderId]).toEqual([0, null, null]);
    const mail = await db.mailMessage.findFirst({
      where: { to: user.email! },
      orderBy: { createdAt: "desc" },
    });
    expect(mail?.subject).toBe(`Je aanvraag ${c.number}: vrijstelling aanvaard`);
  });

  it("asks the fee as an order when staff refuse the exemption, once", async () => {
    const { caseId, user, staff } = await exemptCase();
    await judgeExemption(db, { caseId, actorId: staff.id, accept: false });
    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    const order = await db.order.findUniqueOrThrow({ where: { id: c.feeOrderId! } });
    expect([order.totalCents, order.buyerUserId, c.exemption]).toEqual([2000, user.id, null]);
    await expect(judgeExemption(db, { caseId, actorId: staff.id, accept: true })).rejects.toThrow(
      /geen vrijstelling/,
    );
    expect(await db.order.count({ where: { buyerUserId: user.id } })).toBe(1);
  });

  it("lets only staff of the case's team judge the exemption", async () => {
    const { caseId } = await exemptCase();
    const { staff: outsider } = await teamWithStaff();
    await expect(judgeExemption(db, { caseId, actorId: outsider.id, accept: true })).rejects.toBeInstanceOf(
      AppError,
    );
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).exemption).toBe(
      "Inwoner zonder bedrijf",
    );
  });
});

async function exemptCase() {
  const { team, staff } = await teamWithStaff();
  const { version } = await product(team.id, {
    ...permitForm,
    derived: [
      ...permitForm.derived!,
      {
        when: { field: "company", op: "equals", value: false },
        set: { exemption: "Inwoner zonder bedrijf" },
      },
    ],
  });
  const user = await resident();
  await save(user.id, version.id, "wie", { name: "An", company: "nee" });
  await save(user.id, version.id, "wanneer", { from: "2026-12-01", to: "2026-12-02" });
  const submitted = await submitDraft(db, { userId: user.id, versionId: version.id, now });
  return { caseId: submitted.id, user, staff };
}
