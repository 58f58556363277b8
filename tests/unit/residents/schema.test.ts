import { describe, expect, it } from "vitest";
import { householdMemberSchema, profileSchema } from "@/lib/residents/schema";
import { closureSchema } from "@/lib/sites/schema";

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.error?.issues.map((i) => i.message) ?? [];

describe("profile schema", () => {
  it("turns empty optional fields into null and keeps a Belgian postcode", () => {
    expect(
      profileSchema.parse({
        name: "Jan Devos",
        phone: "",
        street: "",
        houseNumber: "",
        box: "",
        postcode: "8750",
        city: "Wingene",
      }),
    ).toEqual({
      name: "Jan Devos",
      phone: null,
      street: null,
      houseNumber: null,
      box: null,
      postcode: "8750",
      city: "Wingene",
    });
  });

  it("explains a wrong postcode and phone number in Dutch", () => {
    const r = profileSchema.safeParse({ name: "Jan", phone: "abc", postcode: "875" });
    expect(messages(r)).toEqual(
      expect.arrayContaining([
        "Een Belgische postcode heeft 4 cijfers.",
        expect.stringMatching(/geldig telefoonnummer/),
      ]),
    );
  });
});

describe("household member schema", () => {
  it("refuses a birth date in the future", () => {
    const r = householdMemberSchema.safeParse({
      firstName: "Lotte",
      lastName: "Claeys",
      birthDate: "2999-01-01",
    });
    expect(messages(r)).toContain("De geboortedatum ligt in de toekomst.");
  });

  it("refuses a date that does not exist", () => {
    const r = householdMemberSchema.safeParse({
      firstName: "Lotte",
      lastName: "Claeys",
      birthDate: "2019-02-30",
    });
    expect(r.success).toBe(false);
  });
});

describe("closure schema", () => {
  it("refuses an end before the start, on the end field", () => {
    const r = closureSchema.safeParse({
      siteId: "",
      startsOn: "2026-12-10",
      endsOn: "2026-12-09",
      reason: "Opleiding",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({
      path: ["endsOn"],
      message: "De einddatum ligt voor de begindatum.",
    });
  });

  it("reads an empty site as every site", () => {
    expect(
      closureSchema.parse({ siteId: "", startsOn: "2026-12-10", endsOn: "2026-12-10", reason: "Opleiding" })
        .siteId,
    ).toBeNull();
  });
});
