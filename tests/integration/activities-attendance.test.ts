// Presence per day and the fiscal attest 281.86: staff with activities:manage tick who was there
// (a resident is refused, every save is audited, a day is stored once), and the parent downloads an
// attest per child per year with only the days present, the amounts paid and the fiscal maximum per
// day; another resident's request for that child is not found.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { municipality } from "@/prisma/seed/data";
import { pdfPages } from "@/tests/support/pdf-text";
import { activity, opening, parent, session } from "./activities-fixtures";
import { actorWith, formData } from "../support/server-action-call";

// Outside Next's server: who is signed in is set per test, forbidden() behaves as with the
// portal's next.config (authInterrupts), and a route handler needs no request scope.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => current.actor }));
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  connection: async () => undefined,
}));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
}));

const { saveAttendanceAction } = await import("@/lib/activities/staff-actions");
const { childcareAttest, myAttests } = await import("@/lib/activities/queries/attest");
const { GET: attestRoute } = await import("@/app/api/activiteiten/attest/[memberId]/[year]/route");
const { removeExpiredAttendance } = await import("@/lib/activities/retention");
const { updateOwnHouseholdMember } = await import("@/lib/residents/actions");

const actorFor = (userId: string, staff: boolean) => actorWith(userId, staff ? ["LEISURE"] : []);

let arrival = 1_000_000n;
/** A confirmed registration of a paid (or unpaid) order for one child of a parent. */
async function registration(
  sessionId: string,
  who: Awaited<ReturnType<typeof parent>>,
  child: number,
  priceCents: number,
  orderStatus: "PAID" | "PENDING" = "PAID",
) {
  const s = await db.activitySession.findUniqueOrThrow({ where: { id: sessionId } });
  const member = who.members[child]!;
  const order = await db.order.create({
    data: {
      number: `T-${randomUUID().slice(0, 12)}`,
      status: orderStatus,
      holdReference: `order:${randomUUID()}`,
      buyerUserId: who.user.id,
      buyerName: "Test Ouder",
      totalCents: priceCents,
      accessToken: randomUUID(),
    },
  });
  return db.activityRegistration.create({
    data: {
      sessionId,
      userId: who.user.id,
      memberId: member.id,
      childKey: member.childKey!,
      childName: member.firstName,
      startDate: s.startDate,
      endDate: s.endDate,
      status: "CONFIRMED",
      arrival: arrival++,
      orderId: order.id,
      tariffCode: "RESIDENT",
      tariffLabel: "Inwoner",
      priceCents,
    },
  });
}

const post = formData;

const stored = async (registrationId: string) =>
  (await db.activityAttendance.findMany({ where: { registrationId }, orderBy: { day: "asc" } })).map((a) =>
    a.day.toISOString().slice(0, 10),
  );

let staffId: string;
beforeAll(async () => {
  await db.municipality.upsert({ where: { id: 1 }, update: {}, create: { id: 1, ...municipality } });
  await db.childcareDayCap.upsert({
    where: { year: 2027 },
    update: { maxDayCents: 1570 },
    create: { year: 2027, maxDayCents: 1570, source: "test" },
  });
  staffId = (await db.user.create({ data: { email: `staff-${randomUUID()}@example.be`, name: "Monitor" } }))
    .id;
});
beforeEach(() => {
  current.actor = null;
});

describe("presence per day on the participant list", () => {
  it("refuses a resident without the activities permission and stores nothing", async () => {
    const o = await opening(new Date("2027-03-01T08:00:00Z"));
    const s = await session((await activity(o.id)).id, 10);
    const p = await parent([{ firstName: "Lotte", birthDate: "2018-05-01" }]);
    const r = await registration(s.id, p, 0, 6000);
    current.actor = actorFor(p.user.id, false);
    const attempt = saveAttendanceAction(
      null,
      post([
        ["sessionId", s.id],
        ["days.2027-07-05", r.id],
      ]),
    );
    await expect(attempt).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    expect(await stored(r.id)).toEqual([]);
  });

  it("stores the ticked days, audits the save, and a second save keeps, adds and removes per day", async () => {
    const o = await opening(new Date("2027-03-01T08:00:00Z"));
    const s = await session((await activity(o.id)).id, 10);
    const p = await parent([
      { firstName: "Mila", birthDate: "2018-05-01" },
      { firstName: "Noah", birthDate: "2019-06-01" },
    ]);
    const mila = await registration(s.id, p, 0, 6000);
    const noah = await registration(s.id, p, 1, 6000);
    current.actor = actorFor(staffId, true);

    const first = await saveAttendanceAction(
      null,
      post([
        ["sessionId", s.id],
        ["days.2027-07-05", mila.id],
        ["days.2027-07-05", noah.id],
        ["days.2027-07-06", mila.id],
      ]),
    );
    expect(first).toEqual({ ok: true, data: { present: 3 } });
    expect(await stored(mila.id)).toEqual(["2027-07-05", "2027-07-06"]);
    expect(await stored(noah.id)).toEqual(["2027-07-05"]);
    const kept = await db.activityAttendance.findFirstOrThrow({
      where: { registrationId: mila.id, day: new Date("2027-07-05T00:00:00Z") },
    });
    expect(kept.markedById).toBe(staffId);

    const second = await saveAttendanceAction(
      null,
      post([
        ["sessionId", s.id],
        ["days.2027-07-05", mila.id],
        ["days.2027-07-07", mila.id],
        ["days.2027-07-07", noah.id],
      ]),
    );
    expect(second).toEqual({ ok: true, data: { present: 3 } });
    expect(await stored(mila.id)).toEqual(["2027-07-05", "2027-07-07"]);
    expect(await stored(noah.id)).toEqual(["2027-07-07"]);
    const again = await db.activityAttendance.findFirstOrThrow({
      where: { registrationId: mila.id, day: new Date("2027-07-05T00:00:00Z") },
    });
    expect(again.markedAt).toEqual(kept.markedAt);

    const audits = await db.auditLog.findMany({
      where: { action: "activity.attendance-saved", subjectId: s.id },
      orderBy: { at: "asc" },
    });
    expect(audits.map((a) => a.actorId)).toEqual([staffId, staffId]);
    expect(audits[1]!.details).toMatchObject({ present: 3, added: 2, removed: 2 });
  });

  it("refuses a day outside the session and a child of another session, with a Dutch message", async () => {
    const o = await opening(new Date("2027-03-01T08:00:00Z"));
    const a = await activity(o.id);
    const s = await session(a.id, 10);
    const other = await session(a.id, 10, { start: "2027-08-02", end: "2027-08-06" });
    const p = await parent([
      { firstName: "Jules", birthDate: "2018-05-01" },
      { firstName: "Fien", birthDate: "2019-06-01" },
    ]);
    const jules = await registration(s.id, p, 0, 6000);
    const fien = await registration(other.id, p, 1, 6000);
    current.actor = actorFor(staffId, true);
    const outside = await saveAttendanceAction(
      null,
      post([
        ["sessionId", s.id],
        ["days.2027-07-10", jules.id],
      ]),
    );
    expect(outside).toMatchObject({
      ok: false,
      message: "Deze dag hoort niet bij de periode. Laad de lijst opnieuw.",
    });
    const stranger = await saveAttendanceAction(
      null,
      post([
        ["sessionId", s.id],
        ["days.2027-07-05", fien.id],
      ]),
    );
    expect(stranger).toMatchObject({ ok: false, message: "Deze inschrijving vonden we niet." });
    expect(await stored(jules.id)).toEqual([]);
    expect(await stored(fien.id)).toEqual([]);
  });
});

describe("the fiscal attest 281.86", () => {
  async function attended() {
    const o = await opening(new Date("2027-03-01T08:00:00Z"));
    const a = await activity(o.id);
    const cheap = await session(a.id, 10);
    const dear = await session(a.id, 10, { start: "2027-08-02", end: "2027-08-06" });
    const unpaid = await session(a.id, 10, { start: "2027-08-09", end: "2027-08-13" });
    const p = await parent([{ firstName: "Emma", birthDate: "2018-05-01" }]);
    const r1 = await registration(cheap.id, p, 0, 6000); // 12,00 a day
    const r2 = await registration(dear.id, p, 0, 10_000); // 20,00 a day, above the maximum
    const r3 = await registration(unpaid.id, p, 0, 6000, "PENDING");
    const days = (registrationId: string, keys: string[]) =>
      db.activityAttendance.createMany({
        data: keys.map((k) => ({ registrationId, day: new Date(`${k}T00:00:00Z`) })),
      });
    await days(r1.id, ["2027-07-05", "2027-07-06", "2027-07-08"]);
    await days(r2.id, ["2027-08-02", "2027-08-03"]);
    await days(r3.id, ["2027-08-09"]);
    return { p, child: p.members[0]! };
  }

  it("counts only the days present of paid registrations, at the price paid and capped per day", async () => {
    const { p, child } = await attended();
    const attest = await childcareAttest(p.user.id, child.id, 2027);
    expect(attest?.periods.map((x) => [x.days, x.amountCents, x.deductibleCents])).toEqual([
      [3, 3600, 3600],
      [2, 4000, 3140],
    ]);
    expect(attest).toMatchObject({ totalDays: 5, totalCents: 7600, deductibleCents: 6740, capCents: 1570 });
    expect(await myAttests(p.user.id)).toEqual([{ memberId: child.id, firstName: "Emma", year: 2027 }]);
  });

  it("serves the parent a PDF naming the organiser and the amounts, and another resident gets 404", async () => {
    const { p, child } = await attended();
    const params = { params: Promise.resolve({ memberId: child.id, year: "2027" }) };
    current.actor = actorFor(p.user.id, false);
    const response = await attestRoute(new Request("http://localhost/"), params);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const text = (await pdfPages(new Uint8Array(await response.arrayBuffer()))).join(" ");
    expect(text).toContain("281.86");
    expect(text).toContain("Gemeente Wingene");
    expect(text).toContain("Emma");
    expect(text).toMatch(/76,00/);
    expect(text).toMatch(/67,40/);

    const other = await parent([{ firstName: "Anders", birthDate: "2018-01-01" }]);
    current.actor = actorFor(other.user.id, false);
    expect((await attestRoute(new Request("http://localhost/"), params)).status).toBe(404);
    expect(await childcareAttest(other.user.id, child.id, 2027)).toBeNull();
    current.actor = actorFor(p.user.id, false);
    const noYear = { params: Promise.resolve({ memberId: child.id, year: "2026" }) };
    expect((await attestRoute(new Request("http://localhost/"), noYear)).status).toBe(404);
  });

  it("counts a 15-year-old only once the parent declares a severe disability, and the PDF says so", async () => {
    const o = await opening(new Date("2027-03-01T08:00:00Z"));
    const a = await activity(o.id);
    const camp = await session(a.id, 10);
    const p = await parent([{ firstName: "Jonas", birthDate: "2012-05-01" }]);
    const child = p.members[0]!;
    const r = await registration(camp.id, p, 0, 6000);
    await db.activityAttendance.createMany({
      data: ["2027-07-05", "2027-07-06"].map((k) => ({
        registrationId: r.id,
        day: new Date(`${k}T00:00:00Z`),
      })),
    });
    expect(await childcareAttest(p.user.id, child.id, 2027)).toBeNull();
    expect(await myAttests(p.user.id)).toEqual([]);

    current.actor = actorFor(p.user.id, false);
    const saved = await updateOwnHouseholdMember(
      null,
      post([
        ["id", child.id],
        ["firstName", child.firstName],
        ["lastName", child.lastName],
        ["birthDate", "2012-05-01"],
        ["severeDisability", "on"],
      ]),
    );
    expect(saved.ok).toBe(true);
    const attest = await childcareAttest(p.user.id, child.id, 2027);
    expect(attest).toMatchObject({ totalDays: 2, totalCents: 2400, child: { severeDisability: true } });
    expect(await myAttests(p.user.id)).toEqual([{ memberId: child.id, firstName: "Jonas", year: 2027 }]);
    const params = { params: Promise.resolve({ memberId: child.id, year: "2027" }) };
    const response = await attestRoute(new Request("http://localhost/"), params);
    const text = (await pdfPages(new Uint8Array(await response.arrayBuffer()))).join(" ");
    expect(text).toMatch(/ja \(opvang telt tot 21 jaar\)/);
    expect(text).toMatch(/nog\s+geen\s+21\s+jaar\s+oud/);
  });

  it("removes presence days once their years of retention are over, and keeps the recent ones", async () => {
    const { child } = await attended();
    const regs = await db.activityRegistration.findMany({
      where: { memberId: child.id },
      select: { id: true },
    });
    const ids = regs.map((r) => r.id);
    const count = () => db.activityAttendance.count({ where: { registrationId: { in: ids } } });
    expect(await count()).toBe(6);
    await removeExpiredAttendance(db, new Date("2034-12-31T12:00:00Z"));
    expect(await count()).toBe(6);
    await removeExpiredAttendance(db, new Date("2035-01-01T12:00:00Z"));
    expect(await count()).toBe(0);
  });
});
