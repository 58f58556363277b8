// The lists paged after the inbox (issue 16): Mijn Wingene's lists, the desks' resident search, the
// depot's late loans and an activity's waiting list. Each test fills one page and a bit more
// (PAGE_SIZE + 5) next to rows the filter must leave out, and proves the total counts only the
// matching rows, the order is applied before the page is cut (the first row of page 1 is the first
// of all), and the second page holds the rest.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { sessionPage, staffActivities } from "@/lib/activities/queries/staff";
import { myRegistrations } from "@/lib/activities/queries/mine";
import { appointmentsOf } from "@/lib/appointments/queries";
import { getMyCases } from "@/lib/cases/queries/mine";
import { db } from "@/lib/db";
import { myAdviceRequests } from "@/lib/events/queries/advisor";
import { myHallBookings } from "@/lib/halls/queries/mine";
import { myLoans } from "@/lib/lending/queries/mine";
import { lateLoans } from "@/lib/lending/queries/staff";
import { PAGE_SIZE } from "@/lib/paging";
import { getMyReports } from "@/lib/reports/queries";
import { findResidents } from "@/lib/residents/queries";
import { listAllPerformances } from "@/lib/tickets/admin-queries";
import { seed } from "@/prisma/seed";

const N = PAGE_SIZE + 5;
const DAY = 86_400_000;
const tag = () => randomUUID().slice(0, 8);
const at = (iso: string, plusDays = 0) => new Date(new Date(iso).getTime() + plusDays * DAY);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

beforeAll(async () => {
  await seed(db);
});

async function resident(name = `Inwoner ${tag()}`) {
  return db.user.create({ data: { name, email: `${tag()}-${randomUUID()}@example.be` } });
}

/** Page 1 full, page 2 the last five, both with the same true total. */
function expectTwoPages(
  first: { total: number; rows: unknown[]; pages: number },
  second: { rows: unknown[]; page: number },
  total: number,
) {
  expect(first.total).toBe(total);
  expect(first.pages).toBe(Math.ceil(total / PAGE_SIZE));
  expect(first.rows).toHaveLength(PAGE_SIZE);
  expect(second.page).toBe(2);
  expect(second.rows).toHaveLength(total - PAGE_SIZE);
}

describe("Mijn Wingene lists page in their query", () => {
  it("Mijn afspraken: the coming ones soonest first and the past ones latest first, each counted apart", async () => {
    const [user, other] = [await resident(), await resident()];
    const desk = await db.desk.findFirstOrThrow({ orderBy: { name: "asc" } });
    const service = await db.appointmentService.findFirstOrThrow({ orderBy: { name: "asc" } });
    const now = at("2031-06-01T08:00:00Z");
    // One an hour at the same desk (no overlap): N coming and 3 past for the user, 2 coming for another.
    const starts = [...range(N).map((i) => i + 1), -1, -2, -3, N + 1, N + 2];
    await db.appointment.createMany({
      data: starts.map((hours, i) => {
        const startsAt = new Date(now.getTime() + hours * 3_600_000);
        const endsAt = new Date(startsAt.getTime() + 20 * 60_000);
        return {
          serviceId: service.id,
          deskId: desk.id,
          siteId: desk.siteId,
          startsAt,
          endsAt,
          blockedUntil: endsAt,
          slotKey: `paging-${tag()}`,
          userId: i < N + 3 ? user.id : other.id,
          name: "Inwoner",
          email: "inwoner@example.be",
          manageTokenHash: `paging-${randomUUID()}`,
        };
      }),
    });
    const first = await appointmentsOf(user.id, { coming: 1, past: 1 }, now);
    const second = await appointmentsOf(user.id, { coming: 2, past: 1 }, now);
    expectTwoPages(first.coming, second.coming, N);
    expect(first.coming.rows[0]!.startsAt).toEqual(new Date(now.getTime() + 3_600_000));
    expect(second.coming.rows.at(-1)!.startsAt).toEqual(new Date(now.getTime() + N * 3_600_000));
    expect(first.past.total).toBe(3);
    expect(first.past.rows.map((a) => a.startsAt)).toEqual(
      [-1, -2, -3].map((h) => new Date(now.getTime() + h * 3_600_000)),
    );
  });

  it("Mijn meldingen: own and followed reports, newest first; another resident's are not counted", async () => {
    const [user, other] = [await resident(), await resident()];
    const category = await db.reportCategory.findFirstOrThrow({ where: { departmentId: { not: null } } });
    const report = (reporterId: string, createdAt: Date) => ({
      number: `P-${randomUUID()}`,
      kind: "ISSUE" as const,
      categoryId: category.id,
      departmentId: category.departmentId!,
      status: "NEW" as const,
      description: "Een losse tegel.",
      reporterId,
      createdAt,
    });
    await db.report.createMany({
      data: [
        ...range(N).map((i) => report(user.id, at("2031-01-01T10:00:00Z", i))),
        ...range(3).map((i) => report(other.id, at("2031-12-01T10:00:00Z", i))),
      ],
    });
    // Filed by another, followed by the user: the newest of the user's list.
    const followed = await db.report.create({ data: report(other.id, at("2031-11-01T10:00:00Z")) });
    await db.reportFollower.create({ data: { reportId: followed.id, email: user.email!, userId: user.id } });
    const first = await getMyReports(user.id, 1);
    const second = await getMyReports(user.id, 2);
    expectTwoPages(first, second, N + 1);
    expect(first.rows[0]!.id).toBe(followed.id);
    expect(first.rows[1]!.createdAt).toEqual(at("2031-01-01T10:00:00Z", N - 1));
    expect(second.rows.at(-1)!.createdAt).toEqual(at("2031-01-01T10:00:00Z"));
  });

  it("Mijn zaalreservaties: own and the associations' bookings, latest first; another resident's not counted", async () => {
    const [user, other] = [await resident(), await resident()];
    const club = await db.association.create({
      data: { slug: `club-${tag()}`, name: "Club", members: { create: { userId: user.id } } },
    });
    const hall = await db.hall.findFirstOrThrow({ orderBy: { sortOrder: "asc" } });
    const booking = (userId: string, startsAt: Date) => ({
      hallId: hall.id,
      userId,
      category: "RESIDENT" as const,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
      status: "REQUESTED" as const,
      slotLabel: "Avond",
      units: 1,
      unitCents: 4000,
      priceCents: 4000,
      depositCents: 15000,
      tariffLabel: "Inwoner",
      purpose: "Verjaardag",
    });
    await db.hallBooking.createMany({
      data: [
        ...range(N).map((i) => booking(user.id, at("2034-01-01T18:00:00Z", i))),
        ...range(3).map((i) => booking(other.id, at("2034-06-01T18:00:00Z", i))),
        // Booked by another member for the club: the user's too, and the latest.
        { ...booking(other.id, at("2034-05-01T18:00:00Z")), associationId: club.id },
      ],
    });
    const first = await myHallBookings(user.id, 1);
    const second = await myHallBookings(user.id, 2);
    expectTwoPages(first, second, N + 1);
    expect(first.rows[0]!.association?.name).toBe("Club");
    expect(first.rows[1]!.startsAt).toEqual(at("2034-01-01T18:00:00Z", N - 1));
    expect(second.rows.at(-1)!.startsAt).toEqual(at("2034-01-01T18:00:00Z"));
  });

  it("Mijn uitleningen: latest pick-up first, another borrower's loans not counted", async () => {
    const [user, other] = [await resident(), await resident()];
    const base = await loanBase();
    await db.loan.createMany({
      data: [
        ...range(N).map((i) => loan(base, user.id, "RETURNED", at("2032-01-01", i), at("2032-01-02", i))),
        ...range(3).map((i) => loan(base, other.id, "RETURNED", at("2033-01-01", i), at("2033-01-02", i))),
      ],
    });
    const first = await myLoans(user.id, 1);
    const second = await myLoans(user.id, 2);
    expectTwoPages(first, second, N);
    expect(first.rows[0]!.pickup).toBe("2032-02-24"); // 2032-01-01 + 54 days
    expect(second.rows.at(-1)!.pickup).toBe("2032-01-01");
  });

  it("Mijn activiteiten: latest activity first, lapsed registrations not counted", async () => {
    const user = await resident();
    const session = await db.activitySession.findFirstOrThrow({ orderBy: { startDate: "asc" } });
    const registration = (i: number, status: "CONFIRMED" | "LAPSED") => ({
      sessionId: session.id,
      userId: user.id,
      childKey: `paging-${randomUUID()}`,
      childName: `Kind ${i}`,
      startDate: at("2032-07-01", i),
      endDate: at("2032-07-01", i),
      status,
      arrival: BigInt(Date.now() * 1000 + i),
      tariffCode: "STANDARD",
      tariffLabel: "Standaard",
      priceCents: 1000,
    });
    await db.activityRegistration.createMany({
      data: [
        ...range(N).map((i) => registration(i, "CONFIRMED")),
        ...range(3).map((i) => registration(100 + i, "LAPSED")),
      ],
    });
    const first = await myRegistrations(user.id, 1);
    const second = await myRegistrations(user.id, 2);
    expectTwoPages(first, second, N);
    expect(first.rows[0]!.childName).toBe(`Kind ${N - 1}`);
    expect(second.rows.at(-1)!.childName).toBe("Kind 0");
  });

  it("Mijn aanvragen: newest first, another applicant's cases not counted", async () => {
    const [user, other] = [await resident(), await resident()];
    const base = await caseBase();
    await db.case.createMany({
      data: [
        ...range(N).map((i) => caseRow(base, user.id, at("2031-03-01T09:00:00Z", i))),
        ...range(3).map((i) => caseRow(base, other.id, at("2031-09-01T09:00:00Z", i))),
      ],
    });
    const first = await getMyCases(user.id, 1);
    const second = await getMyCases(user.id, 2);
    expectTwoPages(first, second, N);
    expect(first.rows[0]!.submittedAt).toEqual(at("2031-03-01T09:00:00Z", N - 1));
    expect(second.rows.at(-1)!.submittedAt).toEqual(at("2031-03-01T09:00:00Z"));
  });

  it("Adviesvragen: only the advisor's body, the ones to give first by due day, then the given ones latest first", async () => {
    const advisor = await resident();
    const team = await db.team.create({ data: { slug: `advies-${tag()}`, name: "Adviesdienst" } });
    await db.teamMember.create({ data: { teamId: team.id, userId: advisor.id } });
    const body = await db.adviceBody.create({
      data: { slug: `dienst-${tag()}`, name: "Dienst", teamId: team.id },
    });
    const base = await caseBase();
    const cases = range(N).map((i) => ({
      ...caseRow(base, null, at("2031-04-01T09:00:00Z", i)),
      id: `paging-case-${randomUUID()}`,
    }));
    await db.case.createMany({ data: cases });
    // Half answered (on different days), half to give (due on different days), in shuffled order.
    await db.caseAdvice.createMany({
      data: cases.map((c, i) => ({
        caseId: c.id,
        bodySlug: body.slug,
        question: "Advies over de veiligheid.",
        dueOn: at("2031-05-01", (i * 7) % N),
        ...(i % 2 === 0
          ? {
              answeredAt: at("2031-04-20T12:00:00Z", (i * 11) % N),
              answer: "Gunstig.",
              verdict: "FAVOURABLE" as const,
            }
          : {}),
      })),
    });
    const first = await myAdviceRequests(advisor.id, 1);
    const second = await myAdviceRequests(advisor.id, 2);
    expectTwoPages(first, second, N);
    const all = [...first.rows, ...second.rows];
    const open = all.filter((r) => !r.answeredAt);
    expect(all.slice(0, open.length)).toEqual(open);
    expect(open.map((r) => r.dueOn.getTime())).toEqual(
      open.map((r) => r.dueOn.getTime()).toSorted((a, b) => a - b),
    );
    const given = all.slice(open.length).map((r) => r.answeredAt!.getTime());
    expect(given).toEqual(given.toSorted((a, b) => b - a));
  });
});

describe("staff lists page in their query", () => {
  it("the desks' resident search: every match counted and sorted by name, staff accounts left out", async () => {
    const word = `Zoekpaging${tag()}`;
    await db.user.createMany({
      data: range(N).map((i) => ({
        name: `${word} ${String(i).padStart(3, "0")}`,
        email: `${tag()}-${i}@example.be`,
      })),
    });
    await db.user.create({
      data: {
        name: `${word} medewerker`,
        email: `${tag()}@wingene.be`,
        staffRoles: { create: { role: "ADMIN" } },
      },
    });
    const first = (await findResidents(word.toLowerCase(), 1))!;
    const second = (await findResidents(word, 2))!;
    expectTwoPages(first, second, N);
    expect(first.rows[0]!.name).toBe(`${word} 000`);
    expect(second.rows.at(-1)!.name).toBe(`${word} ${String(N - 1).padStart(3, "0")}`);
  });

  it("the depot's late loans: handed out and due before the day, longest late first", async () => {
    const user = await resident();
    const base = await loanBase();
    const day = "2036-01-01";
    const before = (await lateLoans(day, 1)).total;
    const late = range(N).map((i) => ({
      ...loan(base, user.id, "HANDED_OUT", at("2035-01-01", i), at("2035-02-01", i)),
      id: `paging-late-${randomUUID()}`,
    }));
    const notLate = [
      loan(base, user.id, "RETURNED", at("2035-01-01"), at("2035-02-01")),
      loan(base, user.id, "HANDED_OUT", at("2035-12-01"), at("2036-01-01")),
      loan(base, user.id, "CONFIRMED", at("2035-01-01"), at("2035-02-01")),
    ].map((l) => ({ ...l, id: `paging-not-late-${randomUUID()}` }));
    await db.loan.createMany({ data: [...late, ...notLate] });
    const pages = [];
    for (let page = 1; page <= Math.ceil((before + N) / PAGE_SIZE); page++)
      pages.push(await lateLoans(day, page));
    expect(pages[0]!.total).toBe(before + N);
    const rows = pages.flatMap((p) => p.rows);
    expect(rows).toHaveLength(before + N);
    const ids = new Set(rows.map((r) => r.id));
    expect(late.every((l) => ids.has(l.id))).toBe(true);
    expect(notLate.some((l) => ids.has(l.id))).toBe(false);
    const due = rows.map((r) => r.returnDate.getTime());
    expect(due).toEqual(due.toSorted((a, b) => a - b));
  });

  it("an activity's waiting list: paged in order of arrival, the children with a place all listed apart", async () => {
    const user = await resident();
    const session = await db.activitySession.findFirstOrThrow({ orderBy: { startDate: "desc" } });
    const before = (await sessionPage(session.id, 1))!;
    const row = (i: number, status: "WAITING" | "CONFIRMED") => ({
      sessionId: session.id,
      userId: user.id,
      childKey: `paging-${randomUUID()}`,
      childName: `Wacht ${i}`,
      startDate: session.startDate,
      endDate: session.endDate,
      status,
      arrival: BigInt(9_000_000_000_000_000 + i),
      tariffCode: "STANDARD",
      tariffLabel: "Standaard",
      priceCents: 1000,
    });
    // Inserted last-first, so an order by insertion would fail.
    await db.activityRegistration.createMany({
      data: [
        ...range(N)
          .reverse()
          .map((i) => row(i, "WAITING")),
        row(1000, "CONFIRMED"),
        row(1001, "CONFIRMED"),
      ],
    });
    const total = before.waiting.total + N;
    const last = Math.ceil(total / PAGE_SIZE);
    const end = (await sessionPage(session.id, last))!;
    expect(end.waiting.total).toBe(total);
    expect(end.waiting.page).toBe(last);
    expect(end.waiting.rows.at(-1)!.childName).toBe(`Wacht ${N - 1}`);
    expect(end.waiting.rows.every((r) => r.status === "WAITING" || r.status === "OFFERED")).toBe(true);
    expect(end.placed.length).toBe(before.placed.length + 2);
    expect(end.placed.every((r) => r.status === "HELD" || r.status === "CONFIRMED")).toBe(true);
  });
});

describe("season lists page in their query", () => {
  it("the staff list of performances: every season counted, the latest first", async () => {
    const before = (await listAllPerformances(1)).total;
    const word = `paging-${tag()}`;
    const pools = range(N).map((i) => ({
      id: `${word}-pool-${i}`,
      key: `${word}-${i}`,
      label: "Zaal",
      capacity: 100,
    }));
    await db.capacityPool.createMany({ data: pools });
    await db.performance.createMany({
      data: range(N).map((i) => ({
        slug: `${word}-${i}`,
        title: `${word} ${i}`,
        description: "Voorstelling.",
        venueName: "Zaal",
        venueAddress: "Markt 1, 8750 Wingene",
        startsAt: at("2040-01-01T20:00:00Z", i),
        salesStartAt: at("2039-01-01T10:00:00Z"),
        salesEndAt: at("2040-01-01T18:00:00Z", i),
        poolId: pools[i]!.id,
      })),
    });
    const first = await listAllPerformances(1);
    const second = await listAllPerformances(2);
    expect(first.total).toBe(before + N);
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(first.rows[0]!.title).toBe(`${word} ${N - 1}`);
    expect(second.rows[0]!.title).toBe(`${word} ${N - 1 - PAGE_SIZE}`);
    expect(first.rows[0]!.capacity).toBe(100);
  });

  it("the staff list of activities: every activity counted, by title across pages", async () => {
    const before = (await staffActivities(1)).total;
    const opening = await db.registrationOpening.findFirstOrThrow();
    const word = `Paging ${tag()}`;
    await db.activity.createMany({
      data: range(N)
        .reverse()
        .map((i) => ({
          slug: `${word.replace(" ", "-").toLowerCase()}-${i}`,
          title: `${word} ${String(i).padStart(3, "0")}`,
          kind: "CAMP" as const,
          summary: "Kamp.",
          description: "Kamp.",
          organiser: "Jeugddienst",
          village: "Wingene",
          openingId: opening.id,
        })),
    });
    const pages = [];
    for (let page = 1; page <= Math.ceil((before + N) / PAGE_SIZE); page++)
      pages.push(await staffActivities(page));
    expect(pages[0]!.total).toBe(before + N);
    const mine = pages.flatMap((p) => p.rows).filter((a) => a.title.startsWith(word));
    expect(mine.map((a) => a.title)).toEqual(range(N).map((i) => `${word} ${String(i).padStart(3, "0")}`));
  });
});

async function loanBase() {
  const [category, slot] = await Promise.all([
    db.loanCategory.findFirstOrThrow({ orderBy: { sortOrder: "asc" } }),
    db.loanSlot.findFirstOrThrow(),
  ]);
  return { categoryCode: category.code, slotId: slot.id };
}

function loan(
  base: Awaited<ReturnType<typeof loanBase>>,
  userId: string,
  status: "RETURNED" | "HANDED_OUT" | "CONFIRMED",
  pickupDate: Date,
  returnDate: Date,
) {
  return {
    userId,
    status,
    borrowerName: "Lener",
    categoryCode: base.categoryCode,
    pickupDate,
    pickupSlotId: base.slotId,
    returnDate,
    returnSlotId: base.slotId,
    depositCents: 0,
  };
}

async function caseBase() {
  const version = await db.productFormVersion.findFirstOrThrow({ include: { product: true } });
  return {
    productId: version.productId,
    versionId: version.id,
    workflowId: version.product.workflowId,
    teamId: version.product.teamId,
  };
}

function caseRow(base: Awaited<ReturnType<typeof caseBase>>, applicantId: string | null, submittedAt: Date) {
  return {
    ...base,
    number: `P-${randomUUID()}`,
    status: "SUBMITTED",
    applicantId,
    answers: {},
    submittedAt,
    dueOn: at("2031-12-31"),
  };
}
