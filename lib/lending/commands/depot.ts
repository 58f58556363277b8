// At the depot: hand out (the quantities actually given), take back (per line returned, damaged,
// missing; fees by the item's tariff), and settle the deposit (the rest refunded through the
// payment core's part refunds, the borrower mailed). Each step is a conditional move of the loan's
// status under a lock on the loan, so two staff members clicking at once do it once.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { formatEuro } from "@/lib/be/money";
import { brusselsInstant, brusselsParts } from "@/lib/be/time";
import { db } from "@/lib/db";
import { lockRows, transaction } from "@/lib/db/tx";
import type { Tx } from "@/lib/db/client";
import { AppError, FieldError } from "@/lib/errors";
import { deliverQueued, queueMail } from "@/lib/mail/outbox";
import { refundPart } from "@/lib/payments/part-refund";
import type { LoanStatus } from "@/generated/prisma/enums";
import { deliveryForMail } from "../delivery-mail";
import { depositSettledMail } from "../mails";
import { lendingMessages } from "../messages";
import { depositKept } from "../rules";
import { dateKeyOf, startedDaysLate } from "../stock-rules";
import type { StockConflict } from "../stock/conflicts";
import { outOfServiceIn } from "./stock";

async function lockedLoan(tx: Tx, loanId: string, status: LoanStatus, refusal: string) {
  await lockRows(tx, "Loan", [loanId]);
  const loan = await tx.loan.findUnique({
    where: { id: loanId },
    include: { lines: { include: { item: true }, orderBy: { id: "asc" } }, returnSlot: true },
  });
  if (!loan) throw new AppError("NOT_FOUND", lendingMessages.loanNotFound);
  if (loan.status !== status) throw new AppError("CONFLICT", refusal);
  return loan;
}

export async function handOut(
  loanId: string,
  given: Record<string, number>,
  staffId: string,
  now = new Date(),
) {
  await transaction(db, async (tx) => {
    const loan = await lockedPaidLoan(tx, loanId);
    for (const line of loan.lines) {
      const q = given[line.id] ?? 0;
      if (q > line.quantity)
        throw new FieldError(`given.${line.id}`, lendingMessages.givenTooMany(line.quantity));
      await tx.loanLine.update({ where: { id: line.id }, data: { handedOut: q } });
    }
    await tx.loan.update({
      where: { id: loanId },
      data: { status: "HANDED_OUT", handedOutAt: now, handedOutById: staffId },
    });
    await recordAudit(tx, {
      actorId: staffId,
      onBehalfOfId: loan.userId,
      associationId: loan.associationId,
      action: "loan.handed-out",
      subjectType: "Loan",
      subjectId: loanId,
      details: given,
    });
  });
}

async function lockedPaidLoan(tx: Tx, loanId: string) {
  await lockRows(tx, "Loan", [loanId]);
  const current = await tx.loan.findUnique({ where: { id: loanId }, select: { status: true } });
  if (current?.status === "RESERVED") throw new AppError("CONFLICT", lendingMessages.notPaidYet);
  return lockedLoan(tx, loanId, "CONFIRMED", lendingMessages.notForHandOut);
}

export type TakeBack = {
  returned: Record<string, number>;
  damaged: Record<string, number>;
  missing: Record<string, number>;
  note?: string;
};

export async function takeBack(loanId: string, counts: TakeBack, staffId: string, now = new Date()) {
  return transaction(db, async (tx) => {
    const loan = await lockedLoan(tx, loanId, "HANDED_OUT", lendingMessages.notHandedOut);
    let feeCents = 0;
    const reasons: string[] = [];
    for (const line of loan.lines) {
      const [returned, damaged, missing] = [counts.returned, counts.damaged, counts.missing].map(
        (c) => c[line.id] ?? 0,
      ) as [number, number, number];
      const handedOut = line.handedOut ?? 0;
      if (returned + damaged + missing !== handedOut)
        throw new FieldError(`returned.${line.id}`, lendingMessages.returnCountWrong(handedOut));
      await tx.loanLine.update({ where: { id: line.id }, data: { returned, damaged, missing } });
      const lost = damaged + missing;
      if (lost > 0) {
        feeCents += lost * line.item.damageFeeCents;
        reasons.push(
          `${[damaged && `${damaged} beschadigd`, missing && `${missing} ontbrekend`].filter(Boolean).join(", ")}: ${line.item.name} (${lost} × ${formatEuro(line.item.damageFeeCents)})`,
        );
      }
    }
    // Late: a fine per started day after the return slot ended, from the tariff in LoanSettings.
    const daysLate = startedDaysLate(
      brusselsInstant(dateKeyOf(loan.returnDate), loan.returnSlot.endMinutes),
      now,
    );
    if (daysLate > 0) {
      const perDay = (await tx.loanSettings.findUnique({ where: { id: 1 } }))?.lateFeePerDayCents ?? 0;
      feeCents += daysLate * perDay;
      if (perDay > 0) reasons.push(`${daysLate} dag(en) te laat (${daysLate} × ${formatEuro(perDay)})`);
    }
    const note = [reasons.join("; "), counts.note?.trim()].filter(Boolean).join(". ") || null;
    const conflicts = await outOfServiceAfterReturn(tx, loan, counts, staffId, now);
    await tx.loan.update({
      where: { id: loanId },
      data: { status: "RETURNED", returnedAt: now, returnedById: staffId, feeCents, feeNote: note },
    });
    await recordAudit(tx, {
      actorId: staffId,
      onBehalfOfId: loan.userId,
      associationId: loan.associationId,
      action: "loan.taken-back",
      subjectType: "Loan",
      subjectId: loanId,
      details: { feeCents },
    });
    return { feeCents, conflicts };
  });
}

/**
 * Missing units are gone from today on, damaged ones go to repair (open-ended, until staff mark
 * them repaired). They are not in the depot whatever is booked, so a clash with later loans is
 * stored and returned: those borrowers must be called.
 */
async function outOfServiceAfterReturn(
  tx: Tx,
  loan: { id: string; lines: { id: string; itemId: string }[] },
  counts: TakeBack,
  staffId: string,
  now: Date,
) {
  const today = brusselsParts(now).dateKey;
  const conflicts: StockConflict[] = [];
  for (const line of loan.lines)
    for (const [kind, count] of [
      ["LOST", counts.missing[line.id] ?? 0],
      ["REPAIR", counts.damaged[line.id] ?? 0],
    ] as const)
      if (count > 0) {
        const change = {
          itemId: line.itemId,
          kind,
          quantity: count,
          fromDate: today,
          untilDate: null,
          loanId: loan.id,
        };
        conflicts.push(...(await outOfServiceIn(tx, change, { staffId, confirmed: true, now })).conflicts);
      }
  return conflicts;
}

/**
 * Gives back the deposit minus the fees (a part refund with its own key, so a repeated click pays
 * once), then marks the loan settled and mails the borrower in one transaction.
 */
export async function settleLoanDeposit(loanId: string, staffId: string, now = new Date()) {
  const loan = await db.loan.findUnique({ where: { id: loanId } });
  if (!loan) throw new AppError("NOT_FOUND", lendingMessages.loanNotFound);
  if (loan.status !== "RETURNED") throw new AppError("CONFLICT", lendingMessages.notReturned);
  const kept = depositKept(loan.feeCents, loan.depositCents);
  const back = loan.depositCents - kept;
  let manual = false;
  if (back > 0 && loan.orderId) {
    const refund = await refundPart({
      orderId: loan.orderId,
      key: `loan-deposit:${loan.id}`,
      amountCents: back,
      reason: "Waarborg uitleendienst",
      actorId: staffId,
    });
    manual = refund.manual;
  }
  const mailId = await transaction(db, async (tx) => {
    const locked = await lockedLoan(tx, loanId, "RETURNED", lendingMessages.notReturned);
    await tx.loan.update({ where: { id: loanId }, data: { status: "SETTLED", settledAt: now } });
    await recordAudit(tx, {
      actorId: staffId,
      onBehalfOfId: locked.userId,
      associationId: locked.associationId,
      action: "loan.deposit-settled",
      subjectType: "Loan",
      subjectId: loanId,
      details: { keptCents: kept, refundedCents: back },
    });
    const mail = depositSettledMail(
      {
        ...locked,
        pickupDate: locked.pickupDate.toISOString().slice(0, 10),
        returnDate: locked.returnDate.toISOString().slice(0, 10),
        delivery: await deliveryForMail(tx, locked),
      },
      kept,
      locked.feeNote ? [locked.feeNote] : [],
      manual,
    );
    return mail && queueMail(tx, mail);
  });
  await deliverQueued(db, [mailId]);
  return { keptCents: kept, refundedCents: back, manual };
}
