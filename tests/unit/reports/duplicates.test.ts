import { describe, expect, it } from "vitest";
import { type Candidate, findDuplicates } from "@/lib/reports/duplicates";

const now = new Date("2026-11-25T10:00:00Z");
const here = { latitude: 51.0561, longitude: 3.2739, categoryId: "lamp" };
// About 0.0001 degree of latitude is 11 m.
const near = (metres: number) => ({ latitude: here.latitude + metres / 111_195, longitude: here.longitude });

function candidate(over: Partial<Candidate> & { id: string }): Candidate {
  return {
    ...near(20),
    categoryId: "lamp",
    status: "NEW",
    createdAt: new Date("2026-11-20T10:00:00Z"),
    ...over,
  };
}

describe("findDuplicates", () => {
  it("finds an open report of the same category close by, with its distance", () => {
    const [found, ...rest] = findDuplicates(here, [candidate({ id: "a" })], now);
    expect(rest).toEqual([]);
    expect(found.id).toBe("a");
    expect(found.distance).toBeCloseTo(20, 0);
  });

  it("sorts nearest first", () => {
    const found = findDuplicates(
      here,
      [candidate({ id: "far", ...near(60) }), candidate({ id: "close", ...near(5) })],
      now,
    );
    expect(found.map((c) => c.id)).toEqual(["close", "far"]);
  });

  it("ignores other categories, closed or merged reports", () => {
    const found = findDuplicates(
      here,
      [
        candidate({ id: "other", categoryId: "put" }),
        candidate({ id: "solved", status: "RESOLVED" }),
        candidate({ id: "merged", mergedIntoId: "x" }),
        candidate({ id: "waiting", status: "AWAITING_INFO" }),
      ],
      now,
    );
    expect(found.map((c) => c.id)).toEqual(["waiting"]);
  });

  it("stops at the radius and the age limit", () => {
    const rule = { radiusMetres: 50, maxAgeDays: 10 };
    const found = findDuplicates(
      here,
      [
        candidate({ id: "inside", ...near(49) }),
        candidate({ id: "outside", ...near(51) }),
        candidate({ id: "old", createdAt: new Date("2026-11-14T09:59:00Z") }),
        candidate({ id: "just-in-time", createdAt: new Date("2026-11-15T10:00:00Z") }),
      ],
      now,
      rule,
    );
    expect(found.map((c) => c.id).sort()).toEqual(["inside", "just-in-time"]);
  });
});
