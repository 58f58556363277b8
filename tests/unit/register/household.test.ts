// The population register's answer is outside data: only a whole, printable household is accepted,
// and the attest prints exactly what the register said, with its source and the moment of asking.
import { describe, expect, it } from "vitest";
import { householdAttestText } from "@/lib/register/attest-text";
import { householdAnswerSchema } from "@/lib/register/household";
import { approvalPath, registerApprovalPath } from "@/lib/cases/workflow";

const household = {
  address: {
    street: "Oude Bruggestraat",
    houseNumber: "13",
    box: "2",
    postcode: "8750",
    municipality: "Wingene",
  },
  members: [
    { name: "Jan Devos", birthDate: "1985-07-30", relation: "referentiepersoon" },
    { name: "Lies Devos", birthDate: "2016-02-29", relation: "dochter" },
  ],
};

describe("the register's household answer", () => {
  it("accepts a household with an address and its members", () => {
    expect(householdAnswerSchema.parse(household)).toEqual(household);
  });

  it("refuses what is no household: no members, an impossible birth date, markup, a control character", () => {
    const bad = [
      { ...household, members: [] },
      { ...household, members: [{ ...household.members[0], birthDate: "1985-02-30" }] },
      { ...household, members: [{ ...household.members[0], name: "<script>x</script>" }] },
      { ...household, address: { ...household.address, street: "Markt\u0000" } },
      { ...household, address: { ...household.address, postcode: "875" } },
      { address: "somewhere", members: "many" },
      null,
    ];
    for (const answer of bad)
      expect(householdAnswerSchema.safeParse(answer).success, JSON.stringify(answer)).toBe(false);
  });
});

describe("the attest's text", () => {
  it("names the address, every member with birth date and relation, and the register as source with the moment", () => {
    const text = householdAttestText(
      householdAnswerSchema.parse(household),
      new Date("2026-12-01T13:05:00Z"),
    );
    expect(text.split("\n\n")).toEqual([
      "Volgens het bevolkingsregister bestaat het gezin op het adres Oude Bruggestraat 13 bus 2, 8750 Wingene uit de volgende 2 personen:",
      "Jan Devos, geboren op 30/07/1985: referentiepersoon",
      "Lies Devos, geboren op 29/02/2016: dochter",
      "Bron: bevolkingsregister, opgevraagd op 01/12/2026 om 14:05.",
    ]);
  });
});

describe("the way to an approval for a case nobody handled yet", () => {
  const status = (code: string, kind: "OPEN" | "DECIDED", position: number, refuses = false) => ({
    code,
    label: code,
    kind,
    position,
    initial: position === 0,
    refuses,
  });
  const statuses = [
    status("RECEIVED", "OPEN", 0),
    status("IN_PROGRESS", "OPEN", 1),
    status("REFUSED", "DECIDED", 2, true),
    status("APPROVED", "DECIDED", 3),
  ];
  const t = (fromCode: string, toCode: string) => ({ fromCode, toCode, label: "" });

  it("goes through one open status when the workflow does not decide from the first", () => {
    const w = {
      statuses,
      transitions: [t("RECEIVED", "IN_PROGRESS"), t("IN_PROGRESS", "REFUSED"), t("IN_PROGRESS", "APPROVED")],
    };
    expect(approvalPath(w, "RECEIVED")).toEqual({ via: "IN_PROGRESS", outcome: "APPROVED" });
  });

  it("decides straight when the workflow allows it, and never picks a refusal", () => {
    const w = { statuses, transitions: [t("RECEIVED", "REFUSED"), t("RECEIVED", "APPROVED")] };
    expect(approvalPath(w, "RECEIVED")).toEqual({ via: null, outcome: "APPROVED" });
    expect(approvalPath({ statuses, transitions: [t("RECEIVED", "REFUSED")] }, "RECEIVED")).toBeNull();
  });
});

describe("where the register can still decide a case", () => {
  const status = (code: string, kind: "OPEN" | "WAITING" | "DECIDED", position: number) => ({
    code,
    label: code,
    kind,
    position,
    initial: position === 0,
    refuses: false,
  });
  const t = (fromCode: string, toCode: string) => ({ fromCode, toCode, label: "" });
  const workflow = {
    statuses: [
      status("RECEIVED", "OPEN", 0),
      status("IN_PROGRESS", "OPEN", 1),
      status("AWAITING_APPLICANT", "WAITING", 2),
      status("APPROVED", "DECIDED", 3),
    ],
    transitions: [
      t("RECEIVED", "IN_PROGRESS"),
      t("IN_PROGRESS", "APPROVED"),
      t("IN_PROGRESS", "AWAITING_APPLICANT"),
      t("AWAITING_APPLICANT", "IN_PROGRESS"),
    ],
  };
  const at = (status: string, closedAt: Date | null = null) => ({ workflow, status, closedAt });

  it("lets the applicant's own filing decide only from the initial status", () => {
    expect(registerApprovalPath(at("RECEIVED"), "applicant")).toEqual({
      via: "IN_PROGRESS",
      outcome: "APPROVED",
    });
    expect(registerApprovalPath(at("IN_PROGRESS"), "applicant")).toBeNull();
  });

  it("lets staff decide from any open status, not while waiting for the applicant, decided or closed", () => {
    expect(registerApprovalPath(at("RECEIVED"), "staff")).toEqual({
      via: "IN_PROGRESS",
      outcome: "APPROVED",
    });
    expect(registerApprovalPath(at("IN_PROGRESS"), "staff")).toEqual({ via: null, outcome: "APPROVED" });
    expect(registerApprovalPath(at("AWAITING_APPLICANT"), "staff")).toBeNull();
    expect(registerApprovalPath(at("APPROVED"), "staff")).toBeNull();
    expect(registerApprovalPath(at("IN_PROGRESS", new Date()), "staff")).toBeNull();
  });
});
