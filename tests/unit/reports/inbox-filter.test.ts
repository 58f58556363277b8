import { describe, expect, it } from "vitest";
import { inboxFilterFromSearch, inboxQuery } from "@/lib/reports/inbox-filter";

describe("inbox filter from the query string", () => {
  it("defaults to open reports, oldest first, and ignores unknown values", () => {
    expect(inboxFilterFromSearch({ status: "KAPOT", leeftijd: "99", sortering: "willekeurig" })).toEqual({
      category: undefined,
      department: undefined,
      status: "OPEN",
      age: undefined,
      sort: "oudste",
      page: 1,
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
