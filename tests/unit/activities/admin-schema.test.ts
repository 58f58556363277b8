// Staff's forms to manage activities: euros typed as people write them become cents, a new
// activity's address comes from its title, a session's dates, days and limits are in order, and an
// opening moment is read in Brussels time with its limits (waiting room 0-120, batch 1-1000).
import { describe, expect, it } from "vitest";
import { activityAdminMessages as m } from "@/lib/activities/admin-messages";
import {
  activitySchema,
  openingMomentSchema,
  sessionSchema,
  slugFromTitle,
} from "@/lib/activities/admin-schema";

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]);

const activity = {
  title: "Zomerkamp à la carte",
  kind: "CAMP",
  summary: "Een week buiten spelen.",
  description: "Vijf dagen in het bos.",
  organiser: "Jeugddienst",
  village: "Wingene",
  openingId: "opening-zomer-2027",
  cancelDays: "7",
  cancelFee: "12,50",
  residentDay: "12,50",
  residentWeek: "€ 55",
  nonResidentDay: "15.75",
  nonResidentWeek: "",
};

describe("the activity form", () => {
  it("turns typed euros into cents, an empty week price into none, and the title into the address", () => {
    const r = activitySchema.parse({ ...activity, published: "on" });
    expect(r.cancelFeeCents).toBe(1250);
    expect(r.tariffs).toEqual([
      { code: "RESIDENT", label: "Inwoner", dayCents: 1250, weekCents: 5500 },
      { code: "NON_RESIDENT", label: "Niet-inwoner", dayCents: 1575, weekCents: null },
    ]);
    expect(r.slug).toBe("zomerkamp-a-la-carte");
    expect(r).toMatchObject({ activityId: null, published: true, siblingDiscountPercent: 0 });
  });

  it("keeps a slug typed by staff and refuses one with spaces or capitals", () => {
    expect(activitySchema.parse({ ...activity, slug: "kamp-2027" }).slug).toBe("kamp-2027");
    expect(issues(activitySchema.safeParse({ ...activity, slug: "Kamp 2027" }))).toEqual([
      ["slug", m.slugForm],
    ]);
  });

  it("refuses an amount that is no euro, a negative fee and a discount over 100 %", () => {
    const r = activitySchema.safeParse({
      ...activity,
      residentDay: "twaalf",
      cancelFee: "-3",
      siblingDiscountPercent: "150",
    });
    expect(issues(r)).toEqual([
      ["cancelFee", m.price],
      ["siblingDiscountPercent", m.discount],
      ["residentDay", m.price],
    ]);
  });

  it("makes an address of a title with accents and signs only", () => {
    expect(slugFromTitle("  Kleien in Zwevezele!  ")).toBe("kleien-in-zwevezele");
    expect(slugFromTitle("Été & Ço")).toBe("ete-co");
  });
});

const session = {
  activityId: "kamp",
  label: "Week 1",
  start: "2027-07-05",
  end: "2027-07-09",
  days: "5",
  place: "Sporthal",
  capacity: "40",
};

describe("the session form", () => {
  it("reads limits left empty as none and a filled one as a number", () => {
    const r = sessionSchema.parse({ ...session, minAge: "6", maxAge: "", minSchoolYear: "4" });
    expect(r).toMatchObject({
      sessionId: null,
      minAge: 6,
      maxAge: null,
      minSchoolYear: 4,
      maxSchoolYear: null,
    });
    expect(r.capacity).toBe(40);
  });

  it("refuses an end before the start", () => {
    expect(issues(sessionSchema.safeParse({ ...session, end: "2027-07-04", days: "1" }))).toEqual([
      ["end", m.endBeforeStart],
    ]);
  });

  it("refuses more activity days than the period has, and accepts a one-day period", () => {
    expect(issues(sessionSchema.safeParse({ ...session, days: "6" }))).toEqual([["days", m.daysOverSpan(5)]]);
    expect(sessionSchema.safeParse({ ...session, end: "2027-07-05", days: "1" }).success).toBe(true);
  });

  it("refuses a maximum below the minimum, for age and for school year", () => {
    const r = sessionSchema.safeParse({
      ...session,
      minAge: "10",
      maxAge: "8",
      minSchoolYear: "9",
      maxSchoolYear: "4",
    });
    expect(issues(r)).toEqual([
      ["maxAge", m.ageOrder],
      ["maxSchoolYear", m.schoolYearOrder],
    ]);
  });

  it("refuses no places, more than 10.000 and an age over 25", () => {
    expect(issues(sessionSchema.safeParse({ ...session, capacity: "0" }))).toEqual([
      ["capacity", m.capacity],
    ]);
    expect(issues(sessionSchema.safeParse({ ...session, capacity: "10001" }))).toEqual([
      ["capacity", m.capacity],
    ]);
    expect(issues(sessionSchema.safeParse({ ...session, maxAge: "30" }))).toEqual([["maxAge", m.age]]);
  });
});

const opening = {
  label: "Zomer 2028",
  opensOn: "2028-03-04",
  opensAt: "09:00",
  closesOn: "2028-06-30",
  closesAt: "23:00",
  waitingRoomMinutes: "30",
  admitBatch: "50",
};

describe("the opening moment form", () => {
  it("reads opening and closing in Brussels time (winter and summer)", () => {
    const r = openingMomentSchema.parse(opening);
    expect(r.opensAt.toISOString()).toBe("2028-03-04T08:00:00.000Z");
    expect(r.closesAt.toISOString()).toBe("2028-06-30T21:00:00.000Z");
    expect(r).toMatchObject({ openingId: null, waitingRoomMinutes: 30, admitBatch: 50 });
  });

  it("refuses a closing at or before the opening and an hour that is no hour", () => {
    expect(
      issues(openingMomentSchema.safeParse({ ...opening, closesOn: "2028-03-04", closesAt: "09:00" })),
    ).toEqual([["closesOn", m.closesBeforeOpens]]);
    expect(issues(openingMomentSchema.safeParse({ ...opening, opensAt: "25:00" }))).toEqual([
      ["opensAt", m.time],
    ]);
  });

  it("keeps the waiting room within 0 to 120 minutes and the batch within 1 to 1000", () => {
    expect(
      openingMomentSchema.safeParse({ ...opening, waitingRoomMinutes: "0", admitBatch: "1000" }).success,
    ).toBe(true);
    expect(
      issues(openingMomentSchema.safeParse({ ...opening, waitingRoomMinutes: "121", admitBatch: "0" })),
    ).toEqual([
      ["waitingRoomMinutes", m.waitingRoom],
      ["admitBatch", m.admitBatch],
    ]);
  });
});
