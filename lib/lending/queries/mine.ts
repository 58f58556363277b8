// A borrower's own loans (Mijn Wingene) and the review page before a request. Scoped to the viewer.
import "server-only";
import { db } from "@/lib/db";
import { paged } from "@/lib/paging";
import { AppError } from "@/lib/errors";
import { loanCancelDeadline } from "../commands/cancel";
import { prepareLoan } from "../commands/prepare";
import { type EventDossier, ownOpenDossier } from "@/lib/events/dossier";
import { eventMessages } from "@/lib/events/messages";
import { basketSchema, basketToSearch, searchToBasket } from "../schema";
import type { LoanStatus } from "@/generated/prisma/enums";
import { dateKeyOf as dateKey } from "@/lib/be/date-key";
import { brusselsParts } from "@/lib/be/brussels-clock";

/**
 * "Vervallen": a loan cancelled because its order lapsed unpaid (job "loan-lapse", `lapsedAt`),
 * or still RESERVED in the minute before that job sees its order expired or cancelled.
 */
export function shownStatus(
  loan: { status: LoanStatus; lapsedAt: Date | null },
  orderStatus: string | null | undefined,
): LoanStatus | "LAPSED" {
  if (loan.status === "CANCELLED" && loan.lapsedAt) return "LAPSED";
  return loan.status === "RESERVED" && (orderStatus === "EXPIRED" || orderStatus === "CANCELLED")
    ? "LAPSED"
    : loan.status;
}

/** Loans with the status a person sees (shownStatus), their orders read in one query. */
export async function withShownStatus<
  T extends { orderId: string | null; status: LoanStatus; lapsedAt: Date | null },
>(loans: T[]) {
  const orders = await db.order.findMany({
    where: { id: { in: loans.flatMap((l) => (l.orderId ? [l.orderId] : [])) } },
    select: { id: true, status: true },
  });
  return loans.map((l) => ({ ...l, shown: shownStatus(l, orders.find((o) => o.id === l.orderId)?.status) }));
}

async function withOrders<T extends { orderId: string | null }>(loans: T[]) {
  const orders = await db.order.findMany({
    where: { id: { in: loans.flatMap((l) => (l.orderId ? [l.orderId] : [])) } },
    select: { id: true, status: true, accessToken: true, number: true, totalCents: true },
  });
  return loans.map((l) => ({ ...l, order: orders.find((o) => o.id === l.orderId) ?? null }));
}

/** The borrower's loans, latest pick-up first, one page (lib/paging), index Loan(userId, pickupDate). */
export async function myLoans(userId: string, page = 1) {
  const where = { userId };
  const { rows, ...paging } = await paged(
    page,
    () => db.loan.count({ where }),
    (window) =>
      db.loan.findMany({
        where,
        orderBy: [{ pickupDate: "desc" }, { id: "desc" }],
        include: {
          lines: { include: { item: { select: { name: true } } } },
          association: { select: { name: true } },
        },
        ...window,
      }),
  );
  const loans = (await withOrders(rows)).map((l) => ({
    ...l,
    shown: shownStatus(l, l.order?.status),
    pickup: dateKey(l.pickupDate),
    giveBack: dateKey(l.returnDate),
  }));
  return { ...paging, rows: loans };
}

export async function myLoan(userId: string, loanId: string, now = new Date()) {
  const loan = await db.loan.findFirst({
    where: { id: loanId, userId },
    include: {
      lines: { include: { item: { select: { name: true, unitPlural: true } } } },
      association: { select: { name: true } },
      pickupSlot: true,
      returnSlot: true,
      category: { select: { label: true } },
    },
  });
  if (!loan) return null;
  const [withOrder] = await withOrders([loan]);
  const deadline = await loanCancelDeadline(loan.pickupDate);
  const shown = shownStatus(loan, withOrder!.order?.status);
  // The Brussels date: just after midnight the UTC date is still yesterday.
  const today = brusselsParts(now).dateKey;
  return {
    ...withOrder!,
    shown,
    pickup: dateKey(loan.pickupDate),
    giveBack: dateKey(loan.returnDate),
    cancelDeadline: deadline,
    cancellable: (shown === "RESERVED" || shown === "CONFIRMED") && today <= deadline,
  };
}

export type Review =
  | {
      ok: true;
      prepared: Awaited<ReturnType<typeof prepareLoan>>;
      fields: Record<string, string>;
      /** Borrowed for this event dossier of the borrower's. */
      dossier: EventDossier | null;
    }
  | { ok: false; problem: string };

/** The review page re-runs every check on the basket in its address; nothing is stored. */
export async function reviewLoan(
  query: Record<string, string | string[] | undefined>,
  userId: string,
): Promise<Review> {
  const raw = searchToBasket(query);
  const parsed = basketSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, problem: parsed.error.issues[0]?.message ?? "Onvolledige aanvraag." };
  const dossier = parsed.data.dossier ? await ownOpenDossier(parsed.data.dossier, userId) : null;
  if (parsed.data.dossier && !dossier) return { ok: false, problem: eventMessages.dossierNotFound };
  try {
    const prepared = await prepareLoan(db, parsed.data, userId);
    // The confirming form posts the checked basket again, as the review page's address holds it.
    const fields = Object.fromEntries(new URLSearchParams(basketToSearch(parsed.data)));
    return { ok: true, prepared, fields, dossier };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, problem: error.message };
    throw error;
  }
}

/** The associations a user may borrow for: those they are an officer (MANAGER) of. */
export async function officerOf(userId: string) {
  return db.association.findMany({
    where: { members: { some: { userId, role: "MANAGER" } } },
    select: { id: true, name: true, recognised: true },
    orderBy: { name: "asc" },
  });
}
