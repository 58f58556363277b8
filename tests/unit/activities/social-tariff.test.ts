// The social tariff (UiTPAS kansentarief): the number checked for form (13 digits, spaces allowed
// when typed), the share of the week price or of day price × days rounded in the parent's favour,
// never stacked with the sibling discount, and only for a confirmed claim valid on the first day.
import { describe, expect, it } from "vitest";
import {
  priceLine,
  SOCIAL_TARIFF,
  socialClaimState,
  socialTariffApplies,
  tariffLabel,
} from "@/lib/activities/rules";
import { formatUitpasNumber, socialClaimSchema, uitpasNumber } from "@/lib/activities/social-schema";

const resident = { code: "RESIDENT", label: "Inwoner", dayCents: 1000, weekCents: 4000 };
const odd = { code: "NON_RESIDENT", label: "Niet-inwoner", dayCents: 1333, weekCents: null };

describe("the UiTPAS number", () => {
  it("takes 13 digits, with the spaces people type between groups removed", () => {
    expect(uitpasNumber("4100000000017")).toBe("4100000000017");
    expect(uitpasNumber(" 4100 0000 0001 7 ")).toBe("4100000000017");
    expect(formatUitpasNumber("4100000000017")).toBe("4100 0000 0001 7");
  });

  it("refuses 12 or 14 digits and letters", () => {
    expect(uitpasNumber("410000000001")).toBeNull();
    expect(uitpasNumber("41000000000170")).toBeNull();
    expect(uitpasNumber("41000000000A7")).toBeNull();
    expect(uitpasNumber("4100-0000-0000-17")).toBeNull();
  });

  it("gives the Dutch field message in the form and stores the digits only", () => {
    const bad = socialClaimSchema.safeParse({ memberId: "m1", uitpasNumber: "4100 0000 0000" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["uitpasNumber"]);
    expect(bad.error?.issues[0]?.message).toMatch(/13 cijfers/);
    const good = socialClaimSchema.parse({ memberId: "m1", uitpasNumber: "4100 0000 0001 7" });
    expect(good.uitpasNumber).toBe("4100000000017");
  });
});

describe("when the social tariff applies", () => {
  it("needs a confirmed claim whose end date is on or after the session's first day", () => {
    expect(socialTariffApplies({ status: "CONFIRMED", validUntil: "2027-07-05" }, "2027-07-05")).toBe(true);
    expect(socialTariffApplies({ status: "CONFIRMED", validUntil: "2027-07-04" }, "2027-07-05")).toBe(false);
    expect(socialTariffApplies({ status: "REQUESTED", validUntil: null }, "2027-07-05")).toBe(false);
    expect(socialTariffApplies({ status: "REFUSED", validUntil: "2099-01-01" }, "2027-07-05")).toBe(false);
    expect(socialTariffApplies(undefined, "2027-07-05")).toBe(false);
  });
});

describe("the social price", () => {
  it("is the share of the week price for a week", () => {
    expect(priceLine(resident, 5, 0, 0, 20)).toEqual({
      unitCents: 800,
      basis: "week",
      discounted: false,
      social: true,
    });
  });

  it("is the share of day price × days otherwise, rounded down to whole cents", () => {
    // 1333 × 3 = 3999; 20 % is 799.8, the parent pays 799.
    expect(priceLine(odd, 3, 0, 0, 20)).toEqual({
      unitCents: 799,
      basis: "day",
      discounted: false,
      social: true,
    });
  });

  it("does not stack the sibling discount on top: the lower of the two, never both", () => {
    // Second child: 25 % discount gives 3000, the social share 800: social, without the discount.
    expect(priceLine(resident, 5, 1, 25, 20)).toEqual({
      unitCents: 800,
      basis: "week",
      discounted: false,
      social: true,
    });
    // A sibling discount of 90 % (400) is lower than the share (800): the discount, not both (80).
    expect(priceLine(resident, 5, 1, 90, 20)).toEqual({
      unitCents: 400,
      basis: "week",
      discounted: true,
      social: false,
    });
  });

  it("is the normal price without a share (requested, refused or expired claim)", () => {
    expect(priceLine(resident, 5, 0, 0, null)).toEqual({
      unitCents: 4000,
      basis: "week",
      discounted: false,
      social: false,
    });
  });

  it("is labelled as the social tariff with its day or week basis", () => {
    expect(tariffLabel(SOCIAL_TARIFF.label, priceLine(resident, 5, 0, 0, 20))).toBe(
      "Kansentarief (UiTPAS), weekprijs",
    );
    expect(tariffLabel(SOCIAL_TARIFF.label, priceLine(resident, 2, 0, 0, 20))).toBe(
      "Kansentarief (UiTPAS), dagprijs",
    );
  });
});

describe("where a claim stands for the parent", () => {
  it("is confirmed up to and including its end date, expired the day after", () => {
    const claim = { status: "CONFIRMED", validUntil: "2027-08-31" };
    expect(socialClaimState(claim, "2027-08-31")).toBe("confirmed");
    expect(socialClaimState(claim, "2027-09-01")).toBe("expired");
  });

  it("names a missing, requested and refused claim, whatever the date", () => {
    expect(socialClaimState(undefined, "2027-01-01")).toBe("none");
    expect(socialClaimState({ status: "REQUESTED", validUntil: null }, "2027-01-01")).toBe("requested");
    expect(socialClaimState({ status: "REFUSED", validUntil: null }, "2027-01-01")).toBe("refused");
  });
});
