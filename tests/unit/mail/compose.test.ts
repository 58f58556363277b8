import { describe, expect, it } from "vitest";
import { contactForwardMail, contactReceiptMail } from "@/lib/contact/mails";
import { composeMail } from "@/lib/mail/compose";
import { testIdentity } from "@/tests/support/identity";

describe("composeMail", () => {
  it("wraps a template in the layout with the municipality's identity from data, in HTML and plain text", async () => {
    const mail = await composeMail(
      testIdentity,
      contactReceiptMail({ name: "Ria", email: "ria@example.be", message: "Een vraag over de markt" }),
    );
    expect(mail.to).toBe("ria@example.be");
    expect(mail.subject).toBe("We ontvingen je bericht");
    for (const part of [mail.html!, mail.text]) {
      expect(part).toContain("Goeiedag,");
      expect(part).toContain("Gemeente Proefdorp");
      expect(part).toContain("Dorpsplein 1, 9999 Proefdorp");
    }
    expect(mail.html).toContain('lang="nl-BE"');
    expect(mail.text).not.toContain("<");
  });

  it("sends the contact receipt (to an address nobody proved) without a word the sender typed", async () => {
    const mail = await composeMail(
      testIdentity,
      contactReceiptMail({
        name: "Win een iPhone op spam.example",
        email: "doel@example.be",
        message: "Koop nu!",
      }),
    );
    for (const part of [mail.html!, mail.text]) {
      expect(part).not.toContain("spam.example");
      expect(part).not.toContain("Koop nu");
    }
  });

  it("escapes what a resident typed instead of letting it become markup", async () => {
    const mail = await composeMail(
      testIdentity,
      contactForwardMail("info@proefdorp.be", {
        name: "<b>Ria</b>",
        email: "ria@example.be",
        message: "x".repeat(20),
      }),
    );
    expect(mail.html).not.toContain("<b>Ria</b>");
    expect(mail.html).toContain("&lt;b&gt;Ria&lt;/b&gt;");
  });
});
