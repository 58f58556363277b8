// What the depot sees: a day's hand-outs and returns, one loan with its lines, and the resident at
// the desk. Staff only (pages guard with loans:manage).
import "server-only";
import { db } from "@/lib/db";
import { pageFromSearch, paged } from "@/lib/paging";
import { getResidentForStaff, findResidents } from "@/lib/residents/queries";
import { officerOf, shownStatus, withShownStatus } from "./mine";
import { dayRoute } from "./route";

const asDate = (key: string) => new Date(`${key}T00:00:00Z`);

const depotInclude = {
  lines: { include: { item: { select: { name: true } } } },
  association: { select: { name: true } },
  pickupSlot: true,
  returnSlot: true,
} as const;

/**
 * The depot's day: hand-outs and returns at the depot, and the technical service's deliveries and
 * collections in route order (queries/route.ts). These lists of one day stay unpaged: each loan takes at least one
 * unit of stock on that day, so a day holds at most the depot's stock of loans. What is late grows
 * with every loan never brought back: paged (lib/paging, `?telaat=`), longest late first, on the
 * index Loan(status, returnDate).
 */
export async function depotDay(dateKey: string, latePage = 1) {
  const [pickups, returns, late, deliveries, collections] = await Promise.all([
    db.loan.findMany({
      where: {
        delivery: false,
        pickupDate: asDate(dateKey),
        status: { in: ["RESERVED", "CONFIRMED", "HANDED_OUT"] },
      },
      include: depotInclude,
      orderBy: { pickupSlot: { startMinutes: "asc" } },
    }),
    db.loan.findMany({
      where: { delivery: false, returnDate: asDate(dateKey), status: { in: ["HANDED_OUT", "RETURNED"] } },
      include: depotInclude,
      orderBy: { returnSlot: { startMinutes: "asc" } },
    }),
    lateLoans(dateKey, latePage),
    dayRoute(dateKey, "DELIVERY"),
    dayRoute(dateKey, "COLLECTION"),
  ]);
  const [shownPickups, shownReturns] = await Promise.all([
    withShownStatus(pickups),
    withShownStatus(returns),
  ]);
  return {
    pickups: shownPickups.filter((l) => l.shown !== "LAPSED"),
    returns: shownReturns,
    deliveries,
    collections,
    late,
  };
}

/** Loans handed out and due back before the day, longest late first, one page. */
export async function lateLoans(dateKey: string, page: number) {
  const where = { returnDate: { lt: asDate(dateKey) }, status: "HANDED_OUT" } as const;
  return paged(
    page,
    () => db.loan.count({ where }),
    (window) =>
      db.loan.findMany({
        where,
        orderBy: [{ returnDate: "asc" }, { id: "asc" }],
        select: { id: true, borrowerName: true, returnDate: true, association: { select: { name: true } } },
        ...window,
      }),
  );
}

export async function depotLoan(loanId: string) {
  const loan = await db.loan.findUnique({
    where: { id: loanId },
    include: {
      lines: { include: { item: true }, orderBy: { id: "asc" } },
      association: { select: { name: true } },
      pickupSlot: true,
      returnSlot: true,
      category: { select: { label: true } },
      user: { select: { phone: true } },
    },
  });
  if (!loan) return null;
  const order = loan.orderId
    ? await db.order.findUnique({
        where: { id: loan.orderId },
        select: { status: true, number: true, accessToken: true, totalCents: true },
      })
    : null;
  return {
    ...loan,
    order,
    shown: shownStatus(loan, order?.status),
    pickup: loan.pickupDate.toISOString().slice(0, 10),
    giveBack: loan.returnDate.toISOString().slice(0, 10),
  };
}

/** The desk: the resident served (found with the staff search, or registered) and the associations they lead. */
export async function deskResident(query: { inwoner?: string; q?: string; pagina?: string }) {
  const [resident, found] = await Promise.all([
    query.inwoner ? getResidentForStaff(query.inwoner) : null,
    !query.inwoner && query.q ? findResidents(query.q.slice(0, 100), pageFromSearch(query.pagina)) : null,
  ]);
  const parties = resident ? await officerOf(resident.id) : [];
  return { resident, found, parties };
}
