import { describe, expect, it } from "vitest";
import { categorySchema, departmentSchema, retentionSchema } from "@/lib/reports/catalogue-schema";

const errorsOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

const inRemit = {
  name: "Speelpleinen",
  kinds: ["ISSUE", "SUGGESTION"],
  inRemit: "ja",
  departmentId: "dep1",
  targetDays: "14",
  requiresLocation: "on",
};

describe("category form", () => {
  it("accepts a routed category and turns the form strings into values", () => {
    const parsed = categorySchema.parse(inRemit);
    expect(parsed).toMatchObject({ targetDays: 14, requiresLocation: true, kinds: ["ISSUE", "SUGGESTION"] });
  });

  it("takes one ticked kind as a list and an unticked location box as false", () => {
    const parsed = categorySchema.parse({ ...inRemit, kinds: "QUESTION", requiresLocation: undefined });
    expect(parsed.kinds).toEqual(["QUESTION"]);
    expect(parsed.requiresLocation).toBe(false);
  });

  it("refuses no kinds, no department, absurd target days and an empty name in Dutch, per field", () => {
    const errors = errorsOf(
      categorySchema.safeParse({
        ...inRemit,
        name: " ",
        kinds: undefined,
        departmentId: "",
        targetDays: "0",
      }),
    );
    expect(errors.name).toBe("Vul de naam van de categorie in.");
    expect(errors.kinds).toBe("Kies minstens één soort waarvoor deze categorie geldt.");
    expect(errors.departmentId).toBe("Kies de dienst die deze meldingen behandelt.");
    expect(errors.targetDays).toBe("De streeftermijn ligt tussen 1 en 365 dagen.");
    expect(errorsOf(categorySchema.safeParse({ ...inRemit, targetDays: "twee" })).targetDays).toBe(
      "Vul de streeftermijn in als een geheel aantal dagen.",
    );
  });

  it("needs where-to-go text and an https link when outside the municipality's remit", () => {
    const out = { ...inRemit, inRemit: "nee", departmentId: "" };
    const errors = errorsOf(categorySchema.safeParse(out));
    expect(errors.referralText).toBe("Leg uit waar de inwoner wel terechtkan.");
    expect(errors.referralUrl).toBe("Geef de link naar de bevoegde dienst.");
    expect(errors.departmentId).toBeUndefined();
    expect(
      errorsOf(
        categorySchema.safeParse({
          ...out,
          referralText: "Bij Fluvius.",
          referralUrl: "javascript:alert(1)",
        }),
      ).referralUrl,
    ).toBe("Vul een volledige link in die begint met https://.");
    expect(
      categorySchema.safeParse({
        ...out,
        referralText: "Bij Fluvius.",
        referralUrl: "https://www.fluvius.be",
      }).success,
    ).toBe(true);
  });

  it("refuses a kind that does not exist, on the kinds field", () => {
    expect(errorsOf(categorySchema.safeParse({ ...inRemit, kinds: ["ISSUE", "ROMAN"] })).kinds).toBe(
      "Kies enkel uit de soorten in de lijst.",
    );
  });
});

describe("department and retention forms", () => {
  it("lower-cases the department address and refuses a bad one", () => {
    expect(departmentSchema.parse({ name: "Groendienst", email: " Groen@Wingene.be " }).email).toBe(
      "groen@wingene.be",
    );
    expect(errorsOf(departmentSchema.safeParse({ name: "", email: "groen" }))).toEqual({
      name: "Vul de naam van de dienst in.",
      email: "Vul een geldig e-mailadres in, bijvoorbeeld groen@wingene.be.",
    });
  });

  it("keeps the retention between 1 and 120 months", () => {
    expect(retentionSchema.parse({ retentionMonths: "18" }).retentionMonths).toBe(18);
    expect(errorsOf(retentionSchema.safeParse({ retentionMonths: "0" })).retentionMonths).toBe(
      "Kies tussen 1 en 120 maanden.",
    );
    expect(errorsOf(retentionSchema.safeParse({ retentionMonths: "-3" })).retentionMonths).toBe(
      "Kies tussen 1 en 120 maanden.",
    );
    expect(errorsOf(retentionSchema.safeParse({ retentionMonths: "twaalf" })).retentionMonths).toBe(
      "Vul een geheel aantal maanden in.",
    );
  });
});
