import { describe, expect, it } from "vitest";
import { PERMISSIONS, permissionsFor } from "@/lib/auth/permissions";
import { sectionsFor, staffSections } from "@/lib/staff/sections";

describe("permission matrix", () => {
  it("gives residents (no roles) no permission at all", () => {
    expect(permissionsFor([]).size).toBe(0);
    expect(sectionsFor(permissionsFor([]))).toEqual([]);
  });

  it("gives the administrator every permission", () => {
    expect([...permissionsFor(["ADMIN"])].sort()).toEqual([...PERMISSIONS].sort());
  });

  it("keeps reception out of the audit log and site settings", () => {
    const reception = permissionsFor(["FRONT_DESK"]);
    expect(reception.has("residents:act-for")).toBe(true);
    expect(reception.has("audit:read")).toBe(false);
    expect(reception.has("sites:manage")).toBe(false);
    expect(sectionsFor(reception).map((s) => s.slug)).toEqual([
      "inwoners",
      "onthaal",
      "meldpunt",
      "aanvragen",
      "aanvragen-balie",
    ]);
  });

  it("lets reception and civil affairs handle e-loket cases, and only the administrator design forms", () => {
    for (const role of ["FRONT_DESK", "CIVIL_AFFAIRS"] as const)
      expect(permissionsFor([role]).has("cases:handle")).toBe(true);
    expect(permissionsFor(["LEISURE"]).has("cases:handle")).toBe(false);
    const designers = (
      [
        "FRONT_DESK",
        "CALL_CENTRE",
        "CIVIL_AFFAIRS",
        "LEISURE",
        "EVENTS",
        "TECHNICAL_SERVICE",
        "ADMIN",
      ] as const
    ).filter((r) => permissionsFor([r]).has("forms:design"));
    expect(designers).toEqual(["ADMIN"]);
  });

  it("combines roles", () => {
    const both = permissionsFor(["EVENTS", "TECHNICAL_SERVICE"]);
    expect(both.has("events:manage")).toBe(true);
    expect(both.has("loans:manage")).toBe(true);
    expect(both.has("leisure:manage")).toBe(false);
  });

  it("lets the technical service and the leisure team run the uitleendienst's depot, and nobody else but the administrator", () => {
    for (const role of ["TECHNICAL_SERVICE", "LEISURE", "ADMIN"] as const)
      expect(sectionsFor(permissionsFor([role])).map((s) => s.slug)).toContain("uitleendienst");
    for (const role of ["FRONT_DESK", "CALL_CENTRE", "CIVIL_AFFAIRS", "EVENTS"] as const)
      expect(permissionsFor([role]).has("loans:manage")).toBe(false);
  });

  it("shows the staff management section to the administrator only", () => {
    const roles = [
      "FRONT_DESK",
      "CALL_CENTRE",
      "CIVIL_AFFAIRS",
      "LEISURE",
      "EVENTS",
      "TECHNICAL_SERVICE",
    ] as const;
    for (const role of roles) {
      expect(permissionsFor([role]).has("staff:manage")).toBe(false);
      expect(sectionsFor(permissionsFor([role])).map((s) => s.slug)).not.toContain("medewerkers");
    }
    expect(sectionsFor(permissionsFor(["ADMIN"])).find((s) => s.slug === "medewerkers")?.permission).toBe(
      "staff:manage",
    );
  });

  it("guards every back-office section with a known permission", () => {
    for (const section of staffSections) expect(PERMISSIONS).toContain(section.permission);
  });
});
