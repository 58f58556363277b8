import { describe, expect, it } from "vitest";
import { inboxFilterFromSearch, inboxQuery, sortInbox } from "@/lib/reports/inbox-filter";

const row = (number: string, createdAt: string, targetDays: number, overdue: boolean) => ({
  number,
  createdAt: new Date(createdAt),
  overdue,
  category: { targetDays },
});

describe("inbox order", () => {
  const rows = [
    row("A", "2026-11-01T09:00:00Z", 30, false), // due 1 December
    row("B", "2026-11-10T09:00:00Z", 5, true), // due 15 November, overdue
    row("C", "2026-11-20T09:00:00Z", 2, false), // due 22 November
    row("D", "2026-11-05T09:00:00Z", 5, true), // due 10 November, longest overdue
  ];

  it("puts overdue first, the longest overdue on top, then the rest by due date", () => {
    expect(sortInbox(rows, "te-laat").map((r) => r.number)).toEqual(["D", "B", "C", "A"]);
  });

  it("sorts by the day reports came in, oldest or newest first", () => {
    expect(sortInbox(rows, "oudste").map((r) => r.number)).toEqual(["A", "D", "B", "C"]);
    expect(sortInbox(rows, "nieuwste").map((r) => r.number)).toEqual(["C", "B", "D", "A"]);
  });

  it("leaves the list it was given alone", () => {
    sortInbox(rows, "nieuwste");
    expect(rows.map((r) => r.number)).toEqual(["A", "B", "C", "D"]);
  });
});

describe("inbox filter from the query string", () => {
  it("defaults to open reports, oldest first, and ignores unknown values", () => {
    expect(inboxFilterFromSearch({ status: "KAPOT", leeftijd: "99", sortering: "willekeurig" })).toEqual({
      category: undefined,
      department: undefined,
      status: "OPEN",
      age: undefined,
      sort: "oudste",
    });
  });

  it("reads a status by the Dutch word in the address, so saved links keep working", () => {
    expect(inboxFilterFromSearch({ status: "WACHT_OP_INFO" }).status).toBe("AWAITING_INFO");
    expect(inboxQuery(inboxFilterFromSearch({ status: "NIEUW" }))).toContain("status=NIEUW");
    // The English enum value is not an address word.
    expect(inboxFilterFromSearch({ status: "NEW" }).status).toBe("OPEN");
  });

  it("round-trips through the export link", () => {
    const filter = inboxFilterFromSearch({
      categorie: "c1",
      status: "ALLE",
      dienst: "d1",
      leeftijd: "overdue",
      sortering: "te-laat",
    });
    expect(inboxFilterFromSearch(Object.fromEntries(new URLSearchParams(inboxQuery(filter))))).toEqual(
      filter,
    );
  });
});
