import { describe, expect, it } from "vitest";
import { signInMail } from "@/lib/auth/mails";
import { composeMail } from "@/lib/mail/compose";

const identity = {
  name: "Gemeente Proefdorp",
  street: "Dorpsplein 1",
  postcode: "9999",
  city: "Proefdorp",
  phoneDisplay: "09 000 00 00",
  email: "info@proefdorp.be",
  website: null,
};

describe("the sign-in mail", () => {
  it("carries the link in the HTML and the plain text, in the layout of the municipality it is from", async () => {
    const url = "https://loket.example/api/auth/callback/email?token=abc&email=an%40example.be";
    const mail = await composeMail(identity, signInMail("an@example.be", url));
    expect(mail.to).toBe("an@example.be");
    expect(mail.subject).toBe("Aanmelden bij het digitaal loket");
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(url.replace(/&/g, "&amp;"));
    expect(mail.text).toContain("Gemeente Proefdorp");
    expect(mail.text).not.toContain("Wingene");
  });
});
