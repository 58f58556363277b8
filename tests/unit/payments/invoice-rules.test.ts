// The pure rules of an invoice: its number, its due date in Brussels calendar days (across both DST
// changes and the turn of the year), when it is overdue, and which reminder it is due for.
import { describe, expect, it } from "vitest";
import {
  describeInvoice,
  formatInvoiceNumber,
  invoiceDueOn,
  invoiceState,
  invoiceYear,
  isOverdue,
  reminderDue,
} from "@/lib/payments/invoice-rules";

describe("invoice number", () => {
  it("is F-<year>-<six digits>, padded, and grows past six digits rather than wrapping", () => {
    expect(formatInvoiceNumber(2026, 1)).toBe("F-2026-000001");
    expect(formatInvoiceNumber(2026, 4213)).toBe("F-2026-004213");
    expect(formatInvoiceNumber(2027, 1234567)).toBe("F-2027-1234567");
  });

  it("takes the Brussels year: 22:30 UTC on 31 December is 23:30 in Brussels (that year), 23:30 UTC is already 1 January in Brussels (the next)", () => {
    expect(invoiceYear(new Date("2026-12-31T22:30:00Z"))).toBe(2026);
    expect(invoiceYear(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
  });
});

describe("due date", () => {
  it("is the given number of calendar days after the Brussels day of the invoice", () => {
    expect(invoiceDueOn(new Date("2026-03-02T09:00:00Z"), 30)).toBe("2026-04-01");
    expect(invoiceDueOn(new Date("2026-03-02T09:00:00Z"), 0)).toBe("2026-03-02");
  });

  it("counts from the Brussels day, not the UTC day, late in the evening", () => {
    // 23:30 UTC on 1 June is 01:30 on 2 June in Brussels.
    expect(invoiceDueOn(new Date("2026-06-01T23:30:00Z"), 30)).toBe("2026-07-02");
  });

  it("is not shifted by the DST changes of March and October nor by the turn of the year", () => {
    expect(invoiceDueOn(new Date("2026-03-28T12:00:00Z"), 1)).toBe("2026-03-29");
    expect(invoiceDueOn(new Date("2026-10-24T12:00:00Z"), 1)).toBe("2026-10-25");
    expect(invoiceDueOn(new Date("2026-12-15T12:00:00Z"), 30)).toBe("2027-01-14");
  });

  it("refuses a negative or fractional number of days", () => {
    expect(() => invoiceDueOn(new Date(), -1)).toThrow(RangeError);
    expect(() => invoiceDueOn(new Date(), 1.5)).toThrow(RangeError);
  });
});

describe("overdue", () => {
  const due = new Date("2026-04-01T00:00:00Z");

  it("is not overdue on its due date itself, and is from the next Brussels day", () => {
    expect(isOverdue("2026-04-01", new Date("2026-04-01T21:00:00Z"))).toBe(false);
    expect(isOverdue("2026-04-01", new Date("2026-04-01T22:30:00Z"))).toBe(true);
  });

  it("reads a stored invoice as open, overdue, paid or void from its order's status", () => {
    const after = new Date("2026-04-05T10:00:00Z");
    expect(invoiceState("PENDING", due, new Date("2026-03-20T10:00:00Z"))).toBe("open");
    expect(invoiceState("PENDING", due, after)).toBe("overdue");
    expect(invoiceState("PAID", due, after)).toBe("paid");
    expect(invoiceState("CANCELLED", due, after)).toBe("void");
  });

  it("names the invoice with its due date and structured communication in one line", () => {
    expect(describeInvoice({ invoiceNumber: "F-2026-000007", invoiceDueOn: due, ogm: "000000000707" })).toBe(
      "factuur F-2026-000007, te betalen uiterlijk 01/04/2026 met mededeling +++000/0000/00707+++",
    );
  });
});

describe("reminder due", () => {
  const days = { first: 3, second: 14 };

  it("is the first one from the Brussels day `first` days after the due date, not the day before", () => {
    // 3 April is due + 2; 23:30 UTC on 3 April is already 4 April (due + 3) in Brussels.
    expect(reminderDue("2026-04-01", 0, null, new Date("2026-04-03T21:30:00Z"), days)).toBeNull();
    expect(reminderDue("2026-04-01", 0, null, new Date("2026-04-03T22:30:00Z"), days)).toBe(1);
    expect(reminderDue("2026-04-01", 0, null, new Date("2026-05-20T08:00:00Z"), days)).toBe(1);
  });

  it("is the second one `second` Brussels days after the day of the first, across the October DST change", () => {
    const first = new Date("2026-10-20T22:30:00Z"); // 21 October in Brussels
    expect(reminderDue("2026-10-18", 1, first, new Date("2026-11-03T22:30:00Z"), days)).toBeNull();
    expect(reminderDue("2026-10-18", 1, first, new Date("2026-11-04T07:00:00Z"), days)).toBe(2);
  });

  it("is none after the second, and none for a first without its time", () => {
    const far = new Date("2027-06-01T08:00:00Z");
    expect(reminderDue("2026-04-01", 2, new Date("2026-04-18T08:00:00Z"), far, days)).toBeNull();
    expect(reminderDue("2026-04-01", 1, null, far, days)).toBeNull();
  });
});
