// Staff set the route of a day's deliveries or collections: a place per stop, stored on the loan
// (deliveryRoutePosition or collectionRoutePosition; null: after the placed stops, by postcode and
// street). Every loan named must be a delivered loan on that day's route; the loans are locked, the
// places written and the change audited in one transaction.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { lockRows, transaction } from "@/lib/db/tx";
import { FieldError } from "@/lib/errors";
import { lendingMessages } from "../messages";
import type { RouteOrderInput } from "../schema";

const asDate = (key: string) => new Date(`${key}T00:00:00Z`);

export async function saveRouteOrder({ day, route, positions }: RouteOrderInput, staffId: string) {
  const ids = Object.keys(positions).sort();
  const onRoute = route === "DELIVERY" ? { pickupDate: asDate(day) } : { returnDate: asDate(day) };
  await transaction(db, async (tx) => {
    await lockRows(tx, "Loan", ids);
    const loans = await tx.loan.findMany({
      where: { id: { in: ids }, delivery: true, ...onRoute },
      select: { id: true },
    });
    const stranger = ids.find((id) => !loans.some((l) => l.id === id));
    if (stranger) throw new FieldError(`positions.${stranger}`, lendingMessages.loanNotFound, "NOT_FOUND");
    for (const id of ids)
      await tx.loan.update({
        where: { id },
        data:
          route === "DELIVERY"
            ? { deliveryRoutePosition: positions[id] }
            : { collectionRoutePosition: positions[id] },
      });
    await recordAudit(tx, {
      actorId: staffId,
      action: "loan.route-ordered",
      subjectType: "Loan",
      details: { day, route, positions },
    });
  });
}
