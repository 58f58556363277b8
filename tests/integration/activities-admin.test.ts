// Staff manage activities on /beheer/vrije-tijd/activiteiten through the real server actions: a new
// activity with its two tariffs and a session shows in the public catalogue (its cache tag
// expired); a session's capacity goes through the capacity engine and never below the places taken;
// a session with registrations cannot go; an opening's hour stays once it started; a resident is
// refused (403); bad input stores nothing; every save is audited.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { activityAdminMessages as am } from "@/lib/activities/admin-messages";
import type { Actor } from "@/lib/auth/actor";
import { availability, takeHolds } from "@/lib/capacity";
import { db } from "@/lib/db";
import { activity, opening, poolOf, session } from "./activities-fixtures";
import { actorWith, digestOf, formData } from "../support/server-action-call";

process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
const current = vi.hoisted(() => ({ actor: null as Actor | null, expired: [] as string[] }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => current.actor }));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
  updateTag: (tag: string) => void current.expired.push(tag),
  // The catalogue is a cached query; outside Next's cache these do nothing.
  cacheLife: () => undefined,
  cacheTag: () => undefined,
}));

const { removeSessionAction, saveActivityAction, saveDayCapAction, saveOpeningAction, saveSessionAction } =
  await import("@/lib/activities/admin-actions");
const { activityCatalogue } = await import("@/lib/activities/queries/catalogue");

const actorFor = (userId: string, staff: boolean) => actorWith(userId, staff ? ["LEISURE"] : []);

const post = formData;

/** What a server action's redirect() throws: its digest names the address. */
async function redirectOf(result: Promise<unknown>): Promise<string> {
  const digest = await digestOf(result);
  expect(digest).toMatch(/^NEXT_REDIRECT/);
  return digest.split(";")[2]!;
}

const audits = (subjectId: string) =>
  db.auditLog.findMany({
    where: { subjectId },
    orderBy: { at: "asc" },
    select: { action: true, actorId: true },
  });

let staffId: string;
let residentId: string;
let openingId: string;
beforeAll(async () => {
  staffId = (
    await db.user.create({ data: { email: `vrijetijd-${randomUUID()}@wingene.be`, name: "Vrije tijd" } })
  ).id;
  residentId = (await db.user.create({ data: { email: `ouder-${randomUUID()}@example.be`, name: "Ouder" } }))
    .id;
  openingId = (await opening(new Date(Date.now() + 7 * 86_400_000))).id;
});
beforeEach(() => {
  current.actor = actorFor(staffId, true);
  current.expired = [];
});

const activityFields = (title: string, extra: Record<string, string> = {}) =>
  post({
    title,
    kind: "SPORTS",
    summary: "Sporten in de vakantie.",
    description: "Een week balsporten in de sporthal.",
    organiser: "Sportdienst Wingene",
    village: "Zwevezele",
    openingId,
    cancelDays: "5",
    cancelFee: "2,50",
    siblingDiscountPercent: "10",
    published: "on",
    residentDay: "12,50",
    residentWeek: "50",
    nonResidentDay: "17,50",
    nonResidentWeek: "",
    ...extra,
  });

describe("an activity created by staff", () => {
  it("is stored with both tariffs and a session, audited, and shows in the public catalogue", async () => {
    const title = `Sportweek ${randomUUID().slice(0, 8)}`;
    const to = await redirectOf(saveActivityAction(null, activityFields(title)));
    const activityId = /bewerken\/([^?]+)\?nieuw=1$/.exec(to)![1]!;
    expect(current.expired).toContain("activities");

    const sessionTo = await redirectOf(
      saveSessionAction(
        null,
        post({
          activityId,
          label: "Week 1",
          start: "2027-07-05",
          end: "2027-07-09",
          days: "5",
          place: "Sporthal De Leeuw",
          minAge: "6",
          maxAge: "12",
          capacity: "24",
        }),
      ),
    );
    expect(sessionTo).toContain(`bewerken/${activityId}`);

    const listed = (await activityCatalogue()).find((a) => a.id === activityId);
    expect(listed).toMatchObject({
      title,
      slug: title.toLowerCase().replace(" ", "-"),
      kind: "SPORTS",
      cancelFeeCents: 250,
      siblingDiscountPercent: 10,
    });
    expect(listed!.tariffs.map((t) => [t.code, t.dayCents, t.weekCents])).toEqual([
      ["RESIDENT", 1250, 5000],
      ["NON_RESIDENT", 1750, null],
    ]);
    const [s] = listed!.sessions;
    expect(s).toMatchObject({ label: "Week 1", days: 5, minAge: 6, maxAge: 12, capacity: 24 });
    const pool = await poolOf(s!.poolId);
    expect(pool).toMatchObject({ key: `session:${s!.id}`, capacity: 24, taken: 0 });

    expect(await audits(activityId)).toEqual([{ action: "activity.created", actorId: staffId }]);
    expect(await audits(s!.id)).toEqual([{ action: "activity.session-saved", actorId: staffId }]);
  });

  it("refuses a second activity with the same address on the address field, storing nothing", async () => {
    const title = `Kleiatelier ${randomUUID().slice(0, 8)}`;
    await redirectOf(saveActivityAction(null, activityFields(title)));
    const before = await db.activity.count();
    const result = await saveActivityAction(null, activityFields(`${title}!`));
    const slug = title.toLowerCase().replace(" ", "-");
    expect(result).toMatchObject({ ok: false, fieldErrors: { slug: [am.slugTaken(slug)] } });
    expect(await db.activity.count()).toBe(before);
  });

  it("changes the fields and the tariffs of an existing activity and audits the change", async () => {
    const a = await activity(openingId);
    const result = await saveActivityAction(
      null,
      activityFields("Testkamp hernoemd", {
        activityId: a.id,
        slug: a.slug,
        residentDay: "9",
        published: "",
      }),
    );
    expect(result).toMatchObject({ ok: true, data: { id: a.id, slug: a.slug } });
    const stored = await db.activity.findUniqueOrThrow({ where: { id: a.id }, include: { tariffs: true } });
    expect(stored).toMatchObject({ title: "Testkamp hernoemd", published: false, kind: "SPORTS" });
    expect(stored.tariffs.find((t) => t.code === "RESIDENT")).toMatchObject({
      dayCents: 900,
      weekCents: 5000,
    });
    expect(await audits(a.id)).toEqual([{ action: "activity.changed", actorId: staffId }]);
    expect(current.expired).toContain("activities");
  });

  it("stores nothing on bad input and answers on the fields in Dutch", async () => {
    const before = await db.activity.count();
    const result = await saveActivityAction(null, activityFields("", { residentDay: "veel", openingId: "" }));
    expect(result).toMatchObject({ ok: false });
    const errors = (result as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(errors.residentDay).toEqual([am.price]);
    expect(errors.openingId).toEqual([am.opening]);
    expect(await db.activity.count()).toBe(before);
    expect(current.expired).toEqual([]);
  });

  it("is refused to a resident with 403 and stores nothing", async () => {
    current.actor = actorFor(residentId, false);
    const before = await db.activity.count();
    await expect(saveActivityAction(null, activityFields("Stiekem kamp"))).rejects.toMatchObject({
      digest: expect.stringContaining("403"),
    });
    const o = await opening(new Date(Date.now() + 86_400_000));
    await expect(
      saveOpeningAction(
        null,
        post({ openingId: o.id, label: "Gekaapt", opensOn: "2030-01-01", opensAt: "09:00" }),
      ),
    ).rejects.toMatchObject({ digest: expect.stringContaining("403") });
    expect(await db.activity.count()).toBe(before);
    expect((await db.registrationOpening.findUniqueOrThrow({ where: { id: o.id } })).label).toBe(
      "Test opening",
    );
  });
});

const sessionFields = (
  activityId: string,
  sessionId: string,
  capacity: number,
  extra: Record<string, string> = {},
) =>
  post({
    activityId,
    sessionId,
    label: "Week 1",
    start: "2027-07-05",
    end: "2027-07-09",
    days: "5",
    place: "Sporthal De Leeuw",
    minAge: "6",
    maxAge: "12",
    capacity: String(capacity),
    ...extra,
  });

async function sessionWithTaken(capacity: number, taken: number) {
  const a = await activity(openingId);
  const s = await session(a.id, capacity);
  await takeHolds(db, {
    reference: `order:${randomUUID()}`,
    holds: [{ poolId: s.poolId, quantity: taken }],
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  return { a, s };
}

describe("a session's capacity", () => {
  it("cannot go below the places taken: the message names them and nothing changes", async () => {
    const { a, s } = await sessionWithTaken(10, 6);
    const result = await saveSessionAction(null, sessionFields(a.id, s.id, 5, { label: "Andere naam" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { capacity: [am.capacityBelowTaken(6)] } });
    expect(await poolOf(s.poolId)).toMatchObject({ capacity: 10, taken: 6 });
    expect(await db.activitySession.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({
      label: "Week 1",
      capacity: 10,
    });
    expect(await audits(s.id)).toEqual([]);
  });

  it("may go down to exactly the places taken, and raised gives more free places in the engine", async () => {
    const { a, s } = await sessionWithTaken(10, 6);
    await redirectOf(saveSessionAction(null, sessionFields(a.id, s.id, 6)));
    expect((await availability(db, [s.poolId])).get(s.poolId)).toMatchObject({ capacity: 6, available: 0 });
    await redirectOf(saveSessionAction(null, sessionFields(a.id, s.id, 15)));
    expect((await availability(db, [s.poolId])).get(s.poolId)).toMatchObject({ capacity: 15, available: 9 });
    expect((await db.activitySession.findUniqueOrThrow({ where: { id: s.id } })).capacity).toBe(15);
    expect(await audits(s.id)).toHaveLength(2);
  });

  it("refuses more activity days than the period has and stores nothing", async () => {
    const { a, s } = await sessionWithTaken(10, 1);
    const result = await saveSessionAction(null, sessionFields(a.id, s.id, 20, { days: "7" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { days: [am.daysOverSpan(5)] } });
    expect(await poolOf(s.poolId)).toMatchObject({ capacity: 10 });
  });
});

describe("removing a session", () => {
  it("removes a session nobody registered for, with its pool, and audits it", async () => {
    const a = await activity(openingId);
    const s = await session(a.id, 8);
    await redirectOf(removeSessionAction(null, post({ activityId: a.id, sessionId: s.id })));
    expect(await db.activitySession.count({ where: { id: s.id } })).toBe(0);
    expect(await db.capacityPool.count({ where: { id: s.poolId } })).toBe(0);
    expect(await audits(s.id)).toEqual([{ action: "activity.session-removed", actorId: staffId }]);
  });

  it("refuses a session with a registration, even one on the waiting list", async () => {
    const a = await activity(openingId);
    const s = await session(a.id, 8);
    await db.activityRegistration.create({
      data: {
        sessionId: s.id,
        childKey: `kind-${randomUUID()}`,
        childName: "Mila",
        startDate: s.startDate,
        endDate: s.endDate,
        status: "WAITING",
        arrival: BigInt(Date.now()),
        tariffCode: "RESIDENT",
        tariffLabel: "Inwoner",
        priceCents: 5000,
      },
    });
    const result = await removeSessionAction(null, post({ activityId: a.id, sessionId: s.id }));
    expect(result).toMatchObject({ ok: false, message: am.sessionHasRegistrations(1) });
    expect(await db.activitySession.count({ where: { id: s.id } })).toBe(1);
  });
});

const openingFields = (extra: Record<string, string>) =>
  post({
    label: "Herfst 2027",
    opensOn: "2027-09-04",
    opensAt: "09:00",
    closesOn: "2027-10-31",
    closesAt: "23:00",
    waitingRoomMinutes: "20",
    admitBatch: "100",
    ...extra,
  });

describe("an opening moment", () => {
  it("is created in Brussels time and audited", async () => {
    const label = `Herfst ${randomUUID().slice(0, 8)}`;
    await redirectOf(saveOpeningAction(null, openingFields({ label })));
    const o = await db.registrationOpening.findFirstOrThrow({ where: { label } });
    expect(o).toMatchObject({
      opensAt: new Date("2027-09-04T07:00:00Z"),
      closesAt: new Date("2027-10-31T22:00:00Z"),
      waitingRoomMinutes: 20,
      admitBatch: 100,
    });
    expect(await audits(o.id)).toEqual([{ action: "activity.opening-saved", actorId: staffId }]);
  });

  it("keeps its opening hour once started (past, or parents admitted), while the rest may change", async () => {
    // On a whole minute, as the form posts it.
    const past = await opening(new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000));
    const moved = await saveOpeningAction(null, openingFields({ openingId: past.id }));
    expect(moved).toMatchObject({ ok: false, fieldErrors: { opensOn: [am.openingStarted(past.opensAt)] } });
    expect(await db.registrationOpening.findUniqueOrThrow({ where: { id: past.id } })).toMatchObject({
      label: "Test opening",
      opensAt: past.opensAt,
    });

    const admitted = await opening(new Date(Date.now() + 86_400_000));
    await db.registrationOpening.update({ where: { id: admitted.id }, data: { admitted: 50 } });
    const refused = await saveOpeningAction(null, openingFields({ openingId: admitted.id }));
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { opensOn: [am.openingStarted(admitted.opensAt)] },
    });

    // The same hour with a new name and closing is fine.
    const { brusselsParts, formatTime } = await import("@/lib/be/time");
    await redirectOf(
      saveOpeningAction(
        null,
        openingFields({
          openingId: past.id,
          label: "Zomer, verlengd",
          opensOn: brusselsParts(past.opensAt).dateKey,
          opensAt: formatTime(past.opensAt),
          closesOn: "2040-01-01",
        }),
      ),
    );
    expect(await db.registrationOpening.findUniqueOrThrow({ where: { id: past.id } })).toMatchObject({
      label: "Zomer, verlengd",
      opensAt: past.opensAt,
    });
  });

  it("refuses a closing before the opening, or a waiting room over 120 minutes, and stores nothing", async () => {
    const before = await db.registrationOpening.count();
    expect(await saveOpeningAction(null, openingFields({ closesOn: "2027-09-01" }))).toMatchObject({
      ok: false,
      fieldErrors: { closesOn: [am.closesBeforeOpens] },
    });
    expect(await saveOpeningAction(null, openingFields({ waitingRoomMinutes: "200" }))).toMatchObject({
      ok: false,
      fieldErrors: { waitingRoomMinutes: [am.waitingRoom] },
    });
    expect(await db.registrationOpening.count()).toBe(before);
  });
});

describe("the fiscal maximum per day of childcare", () => {
  // A year of its own per run: the table is shared with the attest tests.
  const year = 2040 + Math.floor(Math.random() * 60);
  const cap = () => db.childcareDayCap.findUnique({ where: { year } });

  it("stores a year's amount, replaces it on a second save, and audits both with the amount before", async () => {
    current.actor = actorFor(staffId, true);
    const fields = { year: String(year), maxDay: "16,40", source: "FOD Financiën, FAQ kinderoppas" };
    expect(await redirectOf(saveDayCapAction(null, post(fields)))).toBe(
      `/beheer/vrije-tijd/activiteiten/fiscaal-maximum?bewaard=${year}`,
    );
    expect(await cap()).toMatchObject({ maxDayCents: 1640, source: "FOD Financiën, FAQ kinderoppas" });
    await redirectOf(saveDayCapAction(null, post({ ...fields, maxDay: "16,80" })));
    expect((await cap())?.maxDayCents).toBe(1680);
    const saved = await db.auditLog.findMany({
      where: { subjectType: "ChildcareDayCap", subjectId: String(year) },
      orderBy: { at: "asc" },
    });
    expect(saved.map((a) => [a.action, a.actorId, (a.details as { before: number | null }).before])).toEqual([
      ["activity.day-cap-saved", staffId, null],
      ["activity.day-cap-saved", staffId, 1640],
    ]);
  });

  it("refuses a year out of range, a zero amount and a missing source on their fields, storing nothing", async () => {
    current.actor = actorFor(staffId, true);
    const before = await db.childcareDayCap.count();
    const result = await saveDayCapAction(null, post({ year: "1999", maxDay: "0", source: " " }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { year: [am.capYear], maxDay: [am.capAmount], source: [am.capSource] },
    });
    expect(await db.childcareDayCap.count()).toBe(before);
  });

  it("is refused to a resident with 403 and stores nothing", async () => {
    current.actor = actorFor(residentId, false);
    const fields = { year: String(year + 1), maxDay: "1,00", source: "Eigen bedrag" };
    await expect(saveDayCapAction(null, post(fields))).rejects.toMatchObject({
      digest: expect.stringContaining("403"),
    });
    expect(await db.childcareDayCap.findUnique({ where: { year: year + 1 } })).toBeNull();
  });
});
