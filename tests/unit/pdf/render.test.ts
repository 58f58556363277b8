import { describe, expect, it } from "vitest";
import { renderPdf } from "@/lib/pdf/render";
import { ticketsSpec } from "@/lib/tickets/pdf";
import { pdfPages } from "@/tests/support/pdf-text";
import { testIdentity } from "@/tests/support/identity";

const ticket = (code: string, label: string) => ({
  code,
  ticketType: { label },
  performance: {
    title: "Zomerconcert één avond",
    startsAt: new Date("2027-06-12T18:00:00Z"),
    venueName: "Zaal De Linde",
    venueAddress: "Markt 1, 8750 Wingene",
  },
});

describe("the PDF layer", () => {
  it("draws a ticket per page in the municipality's layout, with page numbers and the order reference", async () => {
    const pdf = await renderPdf(
      ticketsSpec("W27-000042", "An Peeters", [ticket("CODE-A", "Volwassene"), ticket("CODE-B", "Kind")]),
      testIdentity,
    );
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain("Gemeente Proefdorp");
    expect(pages[0]).toContain("Dorpsplein 1, 9999 Proefdorp");
    expect(pages[0]).toContain("Bestelling W27-000042");
    expect(pages[0]).toContain("Ticket 1 van 2: Zomerconcert één avond");
    expect(pages[0]).toContain("Code: CODE-A");
    expect(pages[0]).toContain("Pagina 1 van 2");
    expect(pages[1]).toContain("Code: CODE-B");
    expect(pages[1]).toContain("Kind");
    // The first render loads react-pdf and its fonts: seconds on a machine shared by several runs.
  }, 30_000);
});
