import { describe, expect, it } from "vitest";
import { householdMemberSchema, profileSchema } from "@/lib/residents/schema";
import { closureSchema } from "@/lib/sites/schema";

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.error?.issues.map((i) => i.message) ?? [];

describe("profile schema", () => {
  it("reads an empty address and phone as none, and keeps a whole Belgian address", () => {
    const empty = { street: "", houseNumber: "", box: "", postcode: "", city: "" };
    expect(profileSchema.parse({ name: "Jan Devos", phone: "", address: empty })).toEqual({
      name: "Jan Devos",
      phone: undefined,
      address: null,
    });
    expect(
      profileSchema.parse({
        name: "Jan Devos",
        address: { ...empty, street: "Markt", houseNumber: "1", postcode: "8750", city: "Wingene" },
      }).address,
    ).toEqual({ street: "Markt", houseNumber: "1", box: undefined, postcode: "8750", city: "Wingene" });
  });

  it("explains a wrong postcode, a half address and a wrong phone number in Dutch", () => {
    const r = profileSchema.safeParse({
      name: "Jan",
      phone: "abc",
      address: { postcode: "875", city: "Wingene" },
    });
    expect(messages(r)).toEqual(
      expect.arrayContaining([
        "Een Belgische postcode heeft 4 cijfers.",
        "Vul de straat in.",
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
