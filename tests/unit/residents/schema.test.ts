import { describe, expect, it } from "vitest";
import { householdMemberSchema, nationalNumberInputSchema, profileSchema } from "@/lib/residents/schema";
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

describe("the national number staff record from the eID", () => {
  const read = (nationalNumber: unknown) =>
    nationalNumberInputSchema.safeParse({ residentId: "r1", nationalNumber });

  it("keeps the bare 11 digits of a valid number in the printed notation", () => {
    expect(read("85.07.30-123.35")).toMatchObject({ success: true, data: { nationalNumber: "85073012335" } });
  });

  it("accepts a birth from 2000 on, whose check digits count 2 000 000 000 on", () => {
    expect(read("03.05.12-046.12")).toMatchObject({ success: true, data: { nationalNumber: "03051204612" } });
    // The same nine digits with the 1900 check digits (97 - 030512046 mod 97 = 80): a 1903 birth.
    expect(messages(read("03051204680"))).toEqual([]);
    expect(messages(read("03051204613"))).toEqual(["Het controlegetal klopt niet."]);
  });

  it("refuses a wrong check digit, a short number and letters, in Dutch", () => {
    expect(messages(read("85073012336"))).toEqual(["Het controlegetal klopt niet."]);
    expect(messages(read("8507301233"))).toEqual(["Het rijksregisternummer moet 11 cijfers bevatten."]);
    expect(messages(read("85O73012335"))).toEqual(["Het rijksregisternummer moet 11 cijfers bevatten."]);
    expect(messages(read(undefined))).toEqual(["Vul het rijksregisternummer in."]);
  });
});
