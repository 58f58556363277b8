// The appointment mails as residents get them: greeted by name, the facts, a link to the
// appointment, signed by the service with the municipality's name from data, and the .ics.
import { describe, expect, it } from "vitest";
import {
  appointmentBookedMail,
  appointmentCancelledMail,
  appointmentReminderMail,
} from "@/lib/appointments/mails";
import { composeMail } from "@/lib/mail/compose";
import { testIdentity } from "@/tests/support/identity";
import { appointment } from "./appointment-fixture";

const links = {
  manage: "https://loket.proefdorp.be/afspraak/abc",
  bookAgain: "https://loket.proefdorp.be/afspraken/reispas",
  host: "loket.proefdorp.be",
};

describe("appointment mails", () => {
  it("confirm with the facts, the personal link and the .ics, signed by the service", async () => {
    const mail = await composeMail(testIdentity, appointmentBookedMail(appointment, links));
    expect(mail.subject).toBe("Afspraak bevestigd: Reispas aanvragen op dinsdag 15 juni 2027 om 09:30");
    for (const part of [mail.text, mail.html!]) {
      expect(part).toContain("Beste An Peeters,");
      expect(part).toContain("https://loket.proefdorp.be/afspraak/abc");
      expect(part).toContain("Het onthaal, Gemeente Proefdorp");
    }
    expect(mail.text).toContain("Waar: Gemeentehuis Proefdorp, Dorpsplein 1, 9999 Proefdorp (Burgerzaken 1)");
    expect(mail.text).not.toContain("Wingene");
    const [ics] = mail.attachments!;
    expect(ics.content).toContain("UID:afspraak-afspraak1@loket.proefdorp.be");
    expect(ics.content).toContain("DTSTART:20270615T073000Z");
  });

  it("link a cancellation to booking again and the reminder to the appointment", async () => {
    const cancelled = await composeMail(testIdentity, appointmentCancelledMail(appointment, links));
    expect(cancelled.text).toContain("https://loket.proefdorp.be/afspraken/reispas");
    expect(cancelled.attachments![0].content).toContain("STATUS:CANCELLED");
    const reminder = await composeMail(testIdentity, appointmentReminderMail(appointment, links));
    expect(reminder.subject).toBe("Herinnering: morgen 09:30 Reispas aanvragen");
    expect(reminder.text).toContain("https://loket.proefdorp.be/afspraak/abc");
  });
});
