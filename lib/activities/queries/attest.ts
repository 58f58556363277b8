// The fiscal attest for childcare costs (model 281.86) of one child in one calendar year, and the
// list of attests a parent can download. Scoped to the parent: a child of someone else's
// household is not found. Only the parent's own confirmed registrations of a paid order with a
// price, and only days staff marked present, count (attestPeriods decides the days and amounts).
// A year without a fiscal maximum per day (ChildcareDayCap) gets no attest. The attest's year is
// the year of the days of care (the camps are paid before they start, in the same year).
import "server-only";
import { db } from "@/lib/db";
import { formatAddress } from "@/lib/be/address";
import { type AttestPeriod, attestPeriods, attestTotals, type PaidRegistration } from "../attendance-rules";

async function paidAttendance(userId: string, memberId?: string) {
  const regs = await db.activityRegistration.findMany({
    where: {
      status: "CONFIRMED",
      priceCents: { gt: 0 },
      userId,
      member: { userId, ...(memberId ? { id: memberId } : {}) },
      attendance: { some: {} },
    },
    select: {
      memberId: true,
      orderId: true,
      priceCents: true,
      session: { select: { days: true, activity: { select: { title: true } } } },
      attendance: { select: { day: true } },
    },
  });
  const orderIds = [...new Set(regs.flatMap((r) => (r.orderId ? [r.orderId] : [])))];
  const paid = new Set(
    (await db.order.findMany({ where: { id: { in: orderIds }, status: "PAID" }, select: { id: true } })).map(
      (o) => o.id,
    ),
  );
  return regs
    .filter((r) => r.orderId && paid.has(r.orderId))
    .map((r) => ({
      memberId: r.memberId,
      reg: {
        title: r.session.activity.title,
        sessionDays: r.session.days,
        priceCents: r.priceCents,
        attended: r.attendance.map((a) => a.day),
      } satisfies PaidRegistration,
    }));
}

export type ChildcareAttest = {
  year: number;
  organiser: { name: string; address: string; city: string; enterpriseNo: string | null };
  debtor: { name: string; address: string };
  child: { name: string; birthDate: Date; severeDisability: boolean };
  periods: AttestPeriod[];
  capCents: number;
  totalDays: number;
  totalCents: number;
  deductibleCents: number;
};

/** The fiscal maximum per day of every year that has one. */
async function dayCaps() {
  const rows = await db.childcareDayCap.findMany();
  return new Map(rows.map((r) => [r.year, r.maxDayCents]));
}

export async function childcareAttest(
  userId: string,
  memberId: string,
  year: number,
): Promise<ChildcareAttest | null> {
  const member = await db.householdMember.findFirst({
    where: { id: memberId, userId },
    include: { user: true },
  });
  if (!member) return null;
  const cap = await db.childcareDayCap.findUnique({ where: { year } });
  if (!cap) return null;
  const regs = await paidAttendance(userId, memberId);
  const periods = attestPeriods(
    regs.map((r) => r.reg),
    member,
    year,
    cap.maxDayCents,
  );
  if (periods.length === 0) return null;
  const m = await db.municipality.findUniqueOrThrow({ where: { id: 1 } });
  const u = member.user;
  return {
    year,
    organiser: {
      name: m.name,
      address: `${m.street}, ${m.postcode} ${m.city}`,
      city: m.city,
      enterpriseNo: m.enterpriseNo,
    },
    debtor: {
      name: u.name ?? u.email ?? "",
      address:
        u.street && u.houseNumber && u.postcode && u.city
          ? formatAddress({
              street: u.street,
              houseNumber: u.houseNumber,
              box: u.box,
              postcode: u.postcode,
              city: u.city,
            })
          : "Niet ingevuld in het profiel van de ouder",
    },
    child: {
      name: `${member.firstName} ${member.lastName}`,
      birthDate: member.birthDate,
      severeDisability: member.severeDisability,
    },
    periods,
    capCents: cap.maxDayCents,
    ...attestTotals(periods),
  };
}

/** Every child and year for which the parent can download an attest, newest year first. */
export async function myAttests(userId: string) {
  const [regs, children, caps] = await Promise.all([
    paidAttendance(userId),
    db.householdMember.findMany({ where: { userId }, orderBy: { birthDate: "asc" } }),
    dayCaps(),
  ]);
  const list: { memberId: string; firstName: string; year: number }[] = [];
  for (const child of children) {
    const own = regs.filter((r) => r.memberId === child.id).map((r) => r.reg);
    const years = new Set(own.flatMap((r) => r.attended.map((d) => d.getUTCFullYear())));
    for (const year of [...years].sort((a, b) => b - a)) {
      const cap = caps.get(year);
      if (cap !== undefined && attestPeriods(own, child, year, cap).length > 0)
        list.push({ memberId: child.id, firstName: child.firstName, year });
    }
  }
  return list;
}
