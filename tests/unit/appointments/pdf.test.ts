// The paper confirmation staff print for a caller without e-mail, read back as text.
import { describe, expect, it } from "vitest";
import { appointmentConfirmationSpec } from "@/lib/appointments/pdf";
import { renderPdf } from "@/lib/pdf/render";
import { pdfPages } from "@/tests/support/pdf-text";
import { testIdentity } from "@/tests/support/identity";
import { appointment } from "./appointment-fixture";

describe("the paper confirmation of an appointment", () => {
  it("prints with the facts and the phone number to change it", async () => {
    const pdf = await renderPdf(appointmentConfirmationSpec(appointment, "050 00 00 00"), testIdentity);
    const [page] = await pdfPages(pdf);
    expect(page).toContain("Bevestiging afspraak: Reispas aanvragen");
    expect(page).toContain("dinsdag 15 juni 2027 om 09:30 tot 09:45");
    expect(page).toContain("Je identiteitskaart");
    expect(page).toContain("Bel ons op 050 00 00 00");
  });
});
