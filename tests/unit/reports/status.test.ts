import { describe, expect, it } from "vitest";
import { ReportStatus } from "@/generated/prisma/enums";
import { canMove, isOpen, manualTargets, TRANSITIONS } from "@/lib/reports/status";

const all = Object.values(ReportStatus);

describe("report status transitions", () => {
  it("has an entry for every status and only points at existing statuses", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...all].sort());
    for (const targets of Object.values(TRANSITIONS)) for (const t of targets) expect(all).toContain(t);
  });

  it("follows the usual path nieuw → in behandeling → opgelost", () => {
    expect(canMove("NIEUW", "IN_BEHANDELING")).toBe(true);
    expect(canMove("IN_BEHANDELING", "OPGELOST")).toBe(true);
  });

  it("never moves a report to the status it already has", () => {
    for (const s of all) expect(canMove(s, s)).toBe(false);
  });

  it("refuses jumps that skip the work: solved straight back to new, merged back to anything", () => {
    expect(canMove("OPGELOST", "NIEUW")).toBe(false);
    expect(canMove("AFGEWEZEN", "OPGELOST")).toBe(false);
    for (const s of all) expect(canMove("SAMENGEVOEGD", s)).toBe(false);
  });

  it("lets closed reports be reopened", () => {
    for (const s of ["OPGELOST", "AFGEWEZEN", "DOORGESTUURD"] as const)
      expect(canMove(s, "IN_BEHANDELING")).toBe(true);
  });

  it("offers merging only through its own form", () => {
    expect(TRANSITIONS.NIEUW).toContain("SAMENGEVOEGD");
    expect(manualTargets("NIEUW")).not.toContain("SAMENGEVOEGD");
    expect(manualTargets("NIEUW")).toEqual(TRANSITIONS.NIEUW.filter((s) => s !== "SAMENGEVOEGD"));
  });

  it("counts new, in progress and waiting as open; the rest as closed", () => {
    expect(all.filter(isOpen).sort()).toEqual(["IN_BEHANDELING", "NIEUW", "WACHT_OP_INFO"]);
  });
});
