// What the log may not carry: addresses, phone numbers, account and national register numbers,
// secrets in links, and the fields of an error that quote values (a PostgreSQL error's detail, an
// SMTP error's rejected recipients, Prisma's echo of the call's arguments).
import { afterEach, describe, expect, it, vi } from "vitest";
import { describeError, logError, redact } from "@/lib/log";

afterEach(() => vi.restoreAllMocks());

describe("redact", () => {
  it.each([
    ["Aanmeldlink voor marie.claeys@example.be verstuurd", "Aanmeldlink voor [e-mailadres] verstuurd"],
    [
      "/api/auth/callback/email?token=9f2c1a&email=marie.claeys%40example.be",
      "/api/auth/callback/email?token=[verborgen]&email=[verborgen]",
    ],
    ["bel 0470 12 34 56 of +32 51 65 50 00", "bel [telefoonnummer] of [telefoonnummer]"],
    ["gsm 0470/12.34.56", "gsm [telefoonnummer]"],
    ["rekening BE68 5390 0754 7034 en BE68539007547034", "rekening [rekeningnummer] en [rekeningnummer]"],
    [
      "rijksregister 85.07.30-033.28 of 85073003328",
      "rijksregister [rijksregisternummer] of [rijksregisternummer]",
    ],
  ])("hides personal data: %s", (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    "Melding MP-2026-000006 naar Milieudienst gestuurd",
    "order EL-2026-000123, € 150,00, op 01/12/2026 om 10:30",
    "mededeling +++123/4567/89012+++ en referentie 3f9a1c2e",
    "2026-12-01T10:00:00.000Z bij /beheer/aanvragen/cmx4mukba001cbo7dk8gmi7op",
    "at Object.run (/work/main/lib/actions/safe-action.ts:66:7)",
  ])("leaves what is not personal as it is: %s", (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe("describeError", () => {
  it("keeps a PostgreSQL error's kind, code and message but not its detail", () => {
    const error = Object.assign(
      new Error('duplicate key value violates unique constraint "User_email_key"'),
      {
        code: "23505",
        detail: "Key (email)=(ria@example.be) already exists.",
      },
    );
    const text = describeError(error);
    expect(text).toContain('Error (23505): duplicate key value violates unique constraint "User_email_key"');
    expect(text).toContain("log.test.ts");
    expect(text).not.toContain("ria@example.be");
  });

  it("hides the recipients of an SMTP refusal, in its message and its fields", () => {
    const error = Object.assign(
      new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <ria@example.be>: unknown"),
      {
        code: "EENVELOPE",
        rejected: ["ria@example.be"],
        response: "550 5.1.1 <ria@example.be>: unknown",
      },
    );
    const text = describeError(error);
    expect(text).toContain("EENVELOPE");
    expect(text).toContain("<[e-mailadres]>");
    expect(text).not.toContain("ria@example.be");
  });

  it("keeps of a Prisma error the call and the reason, not the arguments it echoes", () => {
    const error = new Error(
      [
        "Invalid `prisma.user.create()` invocation:",
        "{",
        '  data: { name: "Ria Peeters", street: "Markt 1" }',
        "}",
        "Argument `email` is missing.",
      ].join("\n"),
    );
    error.name = "PrismaClientValidationError";
    const text = describeError(error);
    expect(text).toContain("Invalid `prisma.user.create()` invocation: … Argument `email` is missing.");
    expect(text).not.toContain("Ria Peeters");
    expect(text).not.toContain("Markt 1");
  });

  it("describes the cause too, redacted", () => {
    const error = new Error("Versturen mislukt", { cause: new Error("geen antwoord van ria@example.be") });
    expect(describeError(error)).toContain("oorzaak: Error: geen antwoord van [e-mailadres]");
  });

  it("describes what is thrown that is not an error", () => {
    expect(describeError("kapot voor ria@example.be")).toBe("kapot voor [e-mailadres]");
  });
});

describe("logError", () => {
  it("writes one redacted line with the scope, the message and the error", () => {
    const written = vi.spyOn(console, "error").mockImplementation(() => {});
    logError(
      "mail",
      "bericht m1 voor ria@example.be blijft in de wachtrij",
      new Error("550 <ria@example.be>"),
    );
    expect(written).toHaveBeenCalledTimes(1);
    const line = String(written.mock.calls[0][0]);
    expect(
      line.startsWith(
        "[mail] bericht m1 voor [e-mailadres] blijft in de wachtrij: Error: 550 <[e-mailadres]>",
      ),
    ).toBe(true);
    expect(written.mock.calls[0]).toHaveLength(1);
  });
});
