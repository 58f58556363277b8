// Staff judge the exemption a resident claimed for a request's fee (a derived `exemption` in the
// form's rules, e.g. "sociaal tarief"). Accepted: the fee is waived. Refused: the fee is asked as an
// order of the payment core and the resident is mailed a link to pay. Either way once, on the locked
// case in the staff member's team scope, with an internal note and an audit row.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { formatEuro } from "@/lib/be/money";
import { staffCaseScope } from "@/lib/cases/access";
import { lockedCase, mailAbout } from "@/lib/cases/load";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { feeRequestedMail } from "@/lib/cases/mails";
import { eloketMessages as m } from "../messages";
import { openFeeOrder } from "./fee-order";

export async function judgeExemption(
  db: Db,
  input: { caseId: string; actorId: string; accept: boolean; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  const mailIds = await transaction(db, async (tx) => {
    const c = await lockedCase(tx, { id: input.caseId, scope: staffCaseScope(input.actorId) });
    if (!c.exemption || c.feeOrderId || c.feeCents === 0)
      throw new AppError("CONFLICT", m.noExemptionToJudge);
    const fee = formatEuro(c.feeCents);
    await tx.case.update({
      where: { id: c.id },
      data: input.accept ? { exemption: null, feeCents: 0 } : { exemption: null },
    });
    const order = input.accept
      ? null
      : await openFeeOrder(tx, {
          caseId: c.id,
          number: c.number,
          product: c.product.name,
          feeCents: c.feeCents,
          buyer: { userId: c.applicantId!, name: c.applicant?.name ?? "", email: c.applicant?.email ?? null },
          now,
        });
    await tx.caseEvent.create({
      data: {
        caseId: c.id,
        kind: "NOTE",
        actorId: input.actorId,
        internal: true,
        text: input.accept
          ? `Vrijstelling aanvaard (${c.exemption}): kostprijs ${fee} kwijtgescholden.`
          : `Vrijstelling niet aanvaard (${c.exemption}): kostprijs ${fee} gevraagd (bestelling ${order!.number}).`,
        at: now,
      },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: input.accept ? "case.exemption-accepted" : "case.exemption-refused",
      subjectType: "Case",
      subjectId: c.id,
      details: { feeCents: c.feeCents },
    });
    const about = mailAbout(c);
    return about ? [await queueMail(tx, feeRequestedMail({ ...about, fee, accepted: input.accept }))] : [];
  });
  await deliverQueued(db, mailIds);
}
