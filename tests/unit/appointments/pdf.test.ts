// The paper confirmation staff print for a caller without e-mail, read back as text.
import { describe, expect, it } from "vitest";
import { appointmentConfirmationSpec } from "@/lib/appointments/pdf";
import { renderPdf } from "@/lib/pdf/render";
import { pdfPages } from "@/tests/support/pdf-text";

const identity = {
  name: "Gemeente Proefdorp",
  street: "Dorpsplein 1",
  postcode: "9999",
  city: "Proefdorp",
  phoneDisplay: "050 00 00 00",
  email: "info@proefdorp.be",
  website: null,
};

const appointment = {
  id: "afspraak1",
  sequence: 0,
  startsAt: new Date("2027-06-15T07:30:00Z"),
  endsAt: new Date("2027-06-15T07:45:00Z"),
  name: "An Peeters",
  email: "an@example.be",
  service: { name: "Reispas aanvragen", slug: "reispas", whatToBring: "Je identiteitskaart" },
  desk: { name: "Burgerzaken 1" },
  site: { name: "Gemeentehuis Proefdorp", street: "Dorpsplein 1", postcode: "9999", city: "Proefdorp" },
};
describe("the paper confirmation of an appointment", () => {
  it("prints with the facts and the phone number to change it", async () => {
    const pdf = await renderPdf(appointmentConfirmationSpec(appointment, "050 00 00 00"), identity);
    const [page] = await pdfPages(pdf);
    expect(page).toContain("Bevestiging afspraak: Reispas aanvragen");
    expect(page).toContain("dinsdag 15 juni 2027 om 09:30 tot 09:45");
    expect(page).toContain("Je identiteitskaart");
    expect(page).toContain("Bel ons op 050 00 00 00");
  });
});
