// Hostile values a hand-made post can carry, refused with a Dutch message on the field by the shared
// building blocks and formAction, so no form needs its own defence (issue 11, hole 6). The NUL, the
// year 9999, the missing field and the long or broken return address failed before the fix.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { formAction } from "@/lib/actions/safe-action";
import { returnPathSchema } from "@/lib/auth/schema";
import { calendarDate, email, euroCents, wholeNumber } from "@/lib/forms/fields";
import { testResident } from "@/tests/support/actor";

const actor = testResident;
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};
const messages = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe("hostile input", () => {
  it("formAction refuses a NUL byte in any field, also one its schema reads as a plain string, and runs nothing", async () => {
    const run = vi.fn();
    // A plain z.string() like an id or a code: nothing in the schema itself would stop the NUL.
    const action = formAction({
      schema: z.object({ id: z.string(), name: z.string() }),
      guard: async () => actor,
      run,
    });
    const result = await action(null, form({ id: "abc\u0000def", name: "Anna" }));
    expect(result).toMatchObject({
      ok: false,
      message: "Controleer de gemarkeerde velden.",
      fieldErrors: { id: ["Dit veld bevat een teken dat we niet kunnen bewaren."] },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("formAction lets line breaks and tabs through (a description has paragraphs)", async () => {
    const run = vi.fn(async () => "ok");
    const action = formAction({ schema: z.object({ text: z.string() }), guard: async () => actor, run });
    expect(await action(null, form({ text: "Eerste alinea\r\n\r\n\tTweede" }))).toEqual({
      ok: true,
      data: "ok",
    });
  });

  it("a field missing from the post gets a Dutch message, never zod's English default", () => {
    expect(messages(z.object({ code: z.string() }), {})).toEqual(["Vul dit veld in."]);
    expect(messages(z.object({ code: z.string() }), { code: ["a", "b"] })).toEqual(["Dit veld klopt niet."]);
    expect(messages(calendarDate("Vul de geboortedatum in."), undefined)).toEqual([
      "Vul de geboortedatum in.",
    ]);
  });

  it("a date in year 9999, year 0 or an impossible day is refused with a Dutch message", () => {
    expect(messages(calendarDate(), "9999-12-31")).toEqual(["Kies een datum tussen 1900 en 2199."]);
    expect(messages(calendarDate(), "0000-01-01")).toEqual(["Kies een datum tussen 1900 en 2199."]);
    expect(messages(calendarDate(), "2027-02-30")).toEqual(["Deze datum bestaat niet."]);
    expect(messages(calendarDate(), "2027-02-28")).toEqual([]);
  });

  it("numbers past PostgreSQL's integer range are refused before they reach a column", () => {
    const quota = wholeNumber({ min: 0, max: 100_000, message: "Vul een aantal in." });
    expect(messages(quota, "2147483648")).toEqual(["Vul een aantal in."]);
    expect(messages(quota, "-99999999999999999999")).toEqual(["Vul een aantal in."]);
    const price = euroCents({ message: "Vul een bedrag in." });
    expect(messages(price, "99999999999999999999")).toEqual(["Vul een bedrag in."]);
    expect(messages(price, "1e308")).toEqual(["Vul een bedrag in."]);
  });

  it("a 1 MB e-mail address is refused with the field's message", () => {
    expect(messages(email(), `${"a".repeat(1_000_000)}@example.be`)).toEqual([
      "Vul een geldig e-mailadres in.",
    ]);
  });

  it("a return address that is too long, has a line break or leaves the site becomes /mijn", () => {
    expect(returnPathSchema.parse(`/${"a".repeat(1_000_000)}`)).toBe("/mijn");
    expect(returnPathSchema.parse("/mijn\r\nSet-Cookie: x=1")).toBe("/mijn");
    expect(returnPathSchema.parse("//evil.example")).toBe("/mijn");
    expect(returnPathSchema.parse(["/a", "/b"])).toBe("/mijn");
    expect(returnPathSchema.parse("/zalen/parochiezaal?dag=2027-01-04")).toBe(
      "/zalen/parochiezaal?dag=2027-01-04",
    );
  });
});
