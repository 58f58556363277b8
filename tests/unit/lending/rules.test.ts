import { describe, expect, it } from "vitest";
import {
  accessoryNeeds,
  addMonths,
  cancelDeadline,
  categoryFor,
  depositKept,
  leadWindow,
  loanDays,
  poolKey,
} from "@/lib/lending/rules";

const categories = [
  { code: "INTERNAL", forAssociation: false, recognisedOnly: false, staffOnly: true, sortOrder: 0 },
  { code: "RECOGNISED", forAssociation: true, recognisedOnly: true, staffOnly: false, sortOrder: 1 },
  { code: "NONPROFIT", forAssociation: true, recognisedOnly: false, staffOnly: false, sortOrder: 2 },
  { code: "RESIDENT", forAssociation: false, recognisedOnly: false, staffOnly: false, sortOrder: 3 },
  { code: "COMMERCIAL", forAssociation: false, recognisedOnly: false, staffOnly: true, sortOrder: 4 },
];

describe("lending rules", () => {
  it("holds stock on every day from pick-up to return, both included, across the DST night", () => {
    expect(loanDays("2026-10-23", "2026-10-26")).toEqual([
      "2026-10-23",
      "2026-10-24",
      "2026-10-25",
      "2026-10-26",
    ]);
    expect(loanDays("2026-06-13", "2026-06-13")).toEqual(["2026-06-13"]);
    expect(poolKey("item1", "2026-06-13")).toBe("loan:item1:2026-06-13");
  });

  it("puts a private person, a recognised and an unrecognised association in their category", () => {
    expect(categoryFor(categories, null)?.code).toBe("RESIDENT");
    expect(categoryFor(categories, { recognised: true })?.code).toBe("RECOGNISED");
    expect(categoryFor(categories, { recognised: false })?.code).toBe("NONPROFIT");
  });

  it("allows pick-up from 10 working days ahead and return up to the horizon", () => {
    // Monday 6/7/2026 + 10 working days skips the weekends and 11 July (a Saturday that year).
    expect(leadWindow("2026-07-06", 10, 6)).toEqual({ earliest: "2026-07-20", latest: "2027-01-06" });
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
  });

  it("asks for the required accessories in proportion and only suggests the others", () => {
    const rules = [
      { itemId: "nadar", accessoryId: "voet", perUnit: 1, required: true },
      { itemId: "tent", accessoryId: "gewicht", perUnit: 4, required: true },
      { itemId: "tent", accessoryId: "tafel", perUnit: 2, required: false },
    ];
    const { missing, suggested } = accessoryNeeds({ nadar: 20, voet: 10, tent: 2, gewicht: 8 }, rules);
    expect(missing).toEqual([expect.objectContaining({ accessoryId: "voet", needed: 20, chosen: 10 })]);
    expect(suggested).toEqual([expect.objectContaining({ accessoryId: "tafel", needed: 4, chosen: 0 })]);
    expect(accessoryNeeds({ nadar: 0 }, rules)).toEqual({ missing: [], suggested: [] });
  });

  it("keeps back the fees, at most the deposit", () => {
    expect(depositKept(1500, 5000)).toBe(1500);
    expect(depositKept(9000, 5000)).toBe(5000);
    expect(depositKept(0, 5000)).toBe(0);
  });
});

describe("cancel deadline", () => {
  it("leaves the configured working days before the pick-up, skipping weekends and holidays", () => {
    // Pick-up Saturday 13/06/2026, 3 working days: Thu 11, Fri 12 … the deadline is Tuesday 9/06.
    expect(cancelDeadline("2026-06-13", 3)).toBe("2026-06-09");
    // Pick-up Tuesday 7/04/2026 after Easter Monday: 3 working days back is Wednesday 1/04.
    expect(cancelDeadline("2026-04-07", 3)).toBe("2026-04-01");
  });
});
