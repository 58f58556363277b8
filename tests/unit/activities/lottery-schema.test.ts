// The lottery forms' schemas: a parent's ranked choices (none, gaps, the same period twice) and
// staff's window (Brussels date and hour, closing after opening).
import { describe, expect, it } from "vitest";
import { activityMessages as m } from "@/lib/activities/messages";
import { allocationModeSchema, deskLotteryEntrySchema, lotteryEntrySchema } from "@/lib/activities/schema";

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]);

describe("the lottery entry form", () => {
  it("keeps the children with a first choice, in rank order", () => {
    const r = lotteryEntrySchema.parse({
      activityId: "kamp",
      together: "on",
      children: {
        lien: { first: "w2", second: "w6", third: "" },
        wout: { first: "", second: "", third: "" },
      },
    });
    expect(r).toEqual({
      activityId: "kamp",
      together: true,
      friendCode: null,
      children: [{ memberId: "lien", choices: ["w2", "w6"] }],
    });
  });

  it("at the desk keeps the resident it is for beside the same entry, and refuses a form without one", () => {
    const posted = { activityId: "kamp", children: { lien: { first: "w2" } } };
    expect(deskLotteryEntrySchema.parse({ ...posted, residentId: "ouder-1" })).toEqual({
      residentId: "ouder-1",
      activityId: "kamp",
      together: false,
      friendCode: null,
      children: [{ memberId: "lien", choices: ["w2"] }],
    });
    expect(issues(deskLotteryEntrySchema.safeParse(posted)).map(([path]) => path)).toEqual(["residentId"]);
  });

  it("reads a friend code as typed (spaces, dash, lower case) and refuses one of another length", () => {
    const entry = (friendCode: string) => ({
      activityId: "kamp",
      friendCode,
      children: { lien: { first: "week-1" } },
    });
    expect(lotteryEntrySchema.parse(entry("k7pm-q2xr")).friendCode).toBe("K7PMQ2XR");
    expect(lotteryEntrySchema.parse(entry(" K7PM Q2XR ")).friendCode).toBe("K7PMQ2XR");
    expect(lotteryEntrySchema.parse(entry("")).friendCode).toBeNull();
    for (const bad of ["K7PM-Q2X", "K7PM-Q2XRA", "K7PM_Q2XR"])
      expect(issues(lotteryEntrySchema.safeParse(entry(bad)))).toEqual([["friendCode", m.friendCodeForm]]);
  });

  it("puts 'no child chosen' on the first child's first choice", () => {
    const r = lotteryEntrySchema.safeParse({ activityId: "kamp", children: { lien: { first: "" } } });
    expect(issues(r)).toEqual([["children.lien.first", m.lotteryNoChild]]);
  });

  it("refuses a second choice without a first, and the same period twice", () => {
    expect(
      issues(lotteryEntrySchema.safeParse({ activityId: "k", children: { a: { second: "w2" } } })),
    ).toContainEqual(["children.a.first", m.lotteryGapInChoices]);
    expect(
      issues(
        lotteryEntrySchema.safeParse({ activityId: "k", children: { a: { first: "w2", second: "w2" } } }),
      ),
    ).toEqual([["children.a.second", m.lotteryChoiceTwice]]);
  });
});

describe("staff's allocation form", () => {
  it("reads the window in Brussels time", () => {
    const r = allocationModeSchema.parse({
      activityId: "kamp",
      mode: "LOTTERY",
      opensOn: "2027-03-01",
      opensAt: "09:00",
      closesOn: "2027-03-31",
      closesAt: "20:00",
    });
    expect(r.opensAt?.toISOString()).toBe("2027-03-01T08:00:00.000Z");
    expect(r.closesAt?.toISOString()).toBe("2027-03-31T18:00:00.000Z");
  });

  it("refuses a window that closes before it opens, and needs no window for first come", () => {
    const wrong = allocationModeSchema.safeParse({
      activityId: "k",
      mode: "LOTTERY",
      opensOn: "2027-03-02",
      opensAt: "09:00",
      closesOn: "2027-03-01",
      closesAt: "09:00",
    });
    expect(issues(wrong)).toEqual([["closesOn", m.lotteryWindowOrder]]);
    expect(allocationModeSchema.parse({ activityId: "k", mode: "FIRST_COME" })).toMatchObject({
      opensAt: null,
      closesAt: null,
    });
  });
});
