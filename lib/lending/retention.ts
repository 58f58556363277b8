// Privacy retention for loans: LoanSettings.retentionMonths after a loan ended (settled or
// cancelled), the borrower's name and e-mail copy, the delivery address and the link to their account go; what was lent,
// when, the category and the money stay for the depot's figures. (The order keeps the buyer for the
// accounting term, like every order; see the privacy statement.) Runs nightly (lib/jobs/schedules.ts).
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { monthsBefore } from "@/lib/reports/retention";

export const DEFAULT_RETENTION_MONTHS = 24;
export const ANONYMISED_BORROWER = "Geanonimiseerd";

/** The delivery address goes with the name (the postcode too: a street is rarely needed without it). */
export const DELIVERY_ADDRESS_REMOVED = {
  deliveryStreet: null,
  deliveryHouseNumber: null,
  deliveryBox: null,
  deliveryPostcode: null,
  deliveryCity: null,
} as const;

export async function loanRetentionMonths(db: Db): Promise<number> {
  const settings = await db.loanSettings.findUnique({ where: { id: 1 } });
  return settings?.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
}

/** Removes the borrower's personal data of loans that ended before the cut-off; returns how many. */
export async function removeExpiredLoanData(db: Db, now = new Date()): Promise<number> {
  const cutoff = monthsBefore(now, await loanRetentionMonths(db));
  return transaction(db, async (tx) => {
    // A conditional update claims each loan once, also when two runs overlap.
    const claimed = await tx.loan.updateManyAndReturn({
      where: {
        anonymisedAt: null,
        OR: [
          { status: "SETTLED", settledAt: { lt: cutoff } },
          { status: "CANCELLED", cancelledAt: { lt: cutoff } },
        ],
      },
      data: {
        borrowerName: ANONYMISED_BORROWER,
        borrowerEmail: null,
        userId: null,
        feeNote: null,
        ...DELIVERY_ADDRESS_REMOVED,
        anonymisedAt: now,
      },
      select: { id: true },
    });
    if (claimed.length)
      await recordAudit(tx, {
        actorId: null,
        action: "loan.anonymised",
        subjectType: "Loan",
        details: { count: claimed.length },
      });
    return claimed.length;
  });
}
