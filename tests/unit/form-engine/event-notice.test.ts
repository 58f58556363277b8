// The event notification's risk category and deadline, as a table of cases over the seeded rules
// (prisma/seed/events-form-2.ts): the form designer's data, read by the engine's noticeOf.
import { describe, expect, it } from "vitest";
import { dueDateOf, formDefinitionSchema, noticeOf } from "@/lib/form-engine";
import { eventForm } from "@/prisma/seed/events-form-2";

const rules = formDefinitionSchema.parse(eventForm).derived;
const start = "2027-06-19";

const cases: {
  name: string;
  answers: Record<string, unknown>;
  risk: string;
  level: number;
  leadDays: number;
  dueBy: string;
}[] = [
  {
    name: "a small buurtfeest in a hall",
    answers: { eventType: "buurtfeest", locationKind: "zaal", visitors: 120 },
    risk: "Klein evenement",
    level: 1,
    leadDays: 30,
    dueBy: "2027-05-20",
  },
  {
    name: "a fuif in a hall for 400",
    answers: { eventType: "fuif", locationKind: "zaal", visitors: 400 },
    risk: "Klein evenement",
    level: 1,
    leadDays: 30,
    dueBy: "2027-05-20",
  },
  {
    name: "an open-air fuif (public domain)",
    answers: { eventType: "fuif", locationKind: "openbaar-domein", visitors: 300 },
    risk: "Groot evenement",
    level: 2,
    leadDays: 60,
    dueBy: "2027-04-20",
  },
  {
    name: "more than 500 visitors",
    answers: { eventType: "markt", locationKind: "openbaar-domein", visitors: 501 },
    risk: "Groot evenement",
    level: 2,
    leadDays: 60,
    dueBy: "2027-04-20",
  },
  {
    name: "exactly 500 visitors stays small",
    answers: { eventType: "markt", locationKind: "openbaar-domein", visitors: 500 },
    risk: "Klein evenement",
    level: 1,
    leadDays: 30,
    dueBy: "2027-05-20",
  },
  {
    name: "noise category 3",
    answers: { eventType: "concert", locationKind: "zaal", visitors: 200, noiseCategory: "3" },
    risk: "Groot evenement",
    level: 2,
    leadDays: 60,
    dueBy: "2027-04-20",
  },
  {
    name: "strong drink",
    answers: { eventType: "buurtfeest", locationKind: "zaal", visitors: 80, strongDrink: true },
    risk: "Groot evenement",
    level: 2,
    leadDays: 60,
    dueBy: "2027-04-20",
  },
  {
    name: "more than 2000 visitors",
    answers: { eventType: "concert", locationKind: "openbaar-domein", visitors: 2500 },
    risk: "Groot evenement",
    level: 3,
    leadDays: 90,
    dueBy: "2027-03-21",
  },
  {
    name: "a cycling race, whatever its size (14 weeks)",
    answers: { eventType: "wielerwedstrijd", locationKind: "openbaar-domein", visitors: 3000 },
    risk: "Wielerwedstrijd",
    level: 3,
    leadDays: 98,
    dueBy: "2027-03-13",
  },
];

describe("event notification: risk category and deadline rules", () => {
  it.each(cases)(
    "$name → $risk (level $level), $leadDays days ahead",
    ({ answers, risk, level, leadDays, dueBy }) => {
      const notice = noticeOf(rules, { ...answers, eventStart: start }, "2027-01-04");
      expect(notice).toEqual({ risk, level, leadDays, dueBy, late: false, from: start });
    },
  );

  it("knows the category and lead time before the date is answered, and the last day once it is", () => {
    expect(noticeOf(rules, { eventType: "wielerwedstrijd" }, "2027-01-04")).toEqual({
      risk: "Wielerwedstrijd",
      level: 3,
      leadDays: 98,
      dueBy: undefined,
      late: false,
    });
  });

  it("is late from the day after the last day, not on it", () => {
    const answers = { eventType: "buurtfeest", visitors: 50, eventStart: start };
    expect(noticeOf(rules, answers, "2027-05-20")?.late).toBe(false);
    expect(noticeOf(rules, answers, "2027-05-21")?.late).toBe(true);
  });

  it("counts calendar days across the spring DST change (the last Sunday of March)", () => {
    const notice = noticeOf(rules, { eventType: "buurtfeest", eventStart: "2027-04-10" }, "2027-01-01");
    expect(notice?.dueBy).toBe("2027-03-11");
  });

  it("says nothing for a form without notice rules", () => {
    expect(noticeOf([{ set: { feeCents: 500 } }], {}, "2027-01-01")).toBeNull();
  });
});

describe("the case's due date", () => {
  const notice = (from?: string) => ({ late: false, from });
  it.each([
    { name: "the service level when the event is far off", from: "2027-06-19", due: "2027-01-25" },
    { name: "the day before an event that comes sooner", from: "2027-01-12", due: "2027-01-11" },
    { name: "today for an event tomorrow or today", from: "2027-01-04", due: "2027-01-04" },
    { name: "the service level without a date", from: undefined, due: "2027-01-25" },
  ])("is $name", ({ from, due }) => {
    expect(dueDateOf("2027-01-04", 21, notice(from))).toBe(due);
  });
});
