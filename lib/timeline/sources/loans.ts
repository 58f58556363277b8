// Loans from the uitleendienst on the borrower's timeline, linking to Mijn uitleningen.
import "server-only";
import { formatDate } from "@/lib/be/time";
import { db } from "@/lib/db";
import { LENDING_SERVICE, LOAN_STATUS_LABELS } from "@/lib/lending/labels";
import { staffNames } from "../staff-names";
import type { TimelineSource } from "../types";

export const loanActivity: TimelineSource = async (userId, limit) => {
  const loans = await db.loan.findMany({
    where: { userId },
    orderBy: { updatedAt: "desc" },
    take: limit,
    include: {
      lines: { include: { item: { select: { name: true } } } },
      association: { select: { name: true } },
    },
  });
  const staff = await staffNames(loans.map((x) => x.createdById));
  return loans.map((l) => ({
    id: `loan-${l.id}`,
    at: l.updatedAt,
    service: LENDING_SERVICE,
    title: `${l.lines.map((x) => `${x.quantity} × ${x.item.name.toLowerCase()}`).join(", ")} op ${formatDate(l.pickupDate)}`,
    description: `${LOAN_STATUS_LABELS[l.status]}${l.association ? ` · voor ${l.association.name}` : ""}`,
    href: `/mijn/uitleningen/${l.id}`,
    byStaff: l.createdById ? (staff.get(l.createdById) ?? "een medewerker") : null,
  }));
};
