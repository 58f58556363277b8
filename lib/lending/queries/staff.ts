// What the depot sees: a day's hand-outs and returns, one loan with its lines, and the resident at
// the desk. Staff only (pages guard with loans:manage).
import "server-only";
import { db } from "@/lib/db";
import { getResidentForStaff, searchResidents } from "@/lib/residents/queries";
import { officerOf, shownStatus } from "./mine";

const asDate = (key: string) => new Date(`${key}T00:00:00Z`);

export async function depotDay(dateKey: string) {
  const include = {
    lines: { include: { item: { select: { name: true } } } },
    association: { select: { name: true } },
    pickupSlot: true,
    returnSlot: true,
  } as const;
  const [pickups, returns, late] = await Promise.all([
    db.loan.findMany({
      where: { pickupDate: asDate(dateKey), status: { in: ["RESERVED", "CONFIRMED", "HANDED_OUT"] } },
      include,
      orderBy: { pickupSlot: { startMinutes: "asc" } },
    }),
    db.loan.findMany({
      where: { returnDate: asDate(dateKey), status: { in: ["HANDED_OUT", "RETURNED"] } },
      include,
      orderBy: { returnSlot: { startMinutes: "asc" } },
    }),
    db.loan.findMany({
      where: { returnDate: { lt: asDate(dateKey) }, status: "HANDED_OUT" },
      include,
      orderBy: { returnDate: "asc" },
    }),
  ]);
  const orders = await db.order.findMany({
    where: { id: { in: [...pickups, ...returns].flatMap((l) => (l.orderId ? [l.orderId] : [])) } },
    select: { id: true, status: true },
  });
  const status = (l: { status: (typeof pickups)[number]["status"]; orderId: string | null }) =>
    shownStatus(l.status, orders.find((o) => o.id === l.orderId)?.status);
  return {
    pickups: pickups.map((l) => ({ ...l, shown: status(l) })).filter((l) => l.shown !== "LAPSED"),
    returns: returns.map((l) => ({ ...l, shown: status(l) })),
    late: late.map((l) => ({ ...l, shown: status(l) })),
  };
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
    shown: shownStatus(loan.status, order?.status),
    pickup: loan.pickupDate.toISOString().slice(0, 10),
    giveBack: loan.returnDate.toISOString().slice(0, 10),
  };
}

/** The desk: the resident served (found with the staff search, or registered) and the associations they lead. */
export async function deskResident(query: { inwoner?: string; q?: string }) {
  const [resident, found] = await Promise.all([
    query.inwoner ? getResidentForStaff(query.inwoner) : null,
    !query.inwoner && query.q ? searchResidents(query.q.slice(0, 100)) : [],
  ]);
  const parties = resident ? await officerOf(resident.id) : [];
  return { resident, found, parties };
}
