import { describe, expect, it } from "vitest";
import { ReportStatus } from "@/generated/prisma/enums";
import { canMove, isOpen, manualTargets, TRANSITIONS } from "@/lib/reports/status";

const all = Object.values(ReportStatus);

describe("report status transitions", () => {
  it("has an entry for every status and only points at existing statuses", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...all].sort());
    for (const targets of Object.values(TRANSITIONS)) for (const t of targets) expect(all).toContain(t);
  });

  it("follows the usual path new → in progress → resolved", () => {
    expect(canMove("NEW", "IN_PROGRESS")).toBe(true);
    expect(canMove("IN_PROGRESS", "RESOLVED")).toBe(true);
  });

  it("never moves a report to the status it already has", () => {
    for (const s of all) expect(canMove(s, s)).toBe(false);
  });

  it("refuses jumps that skip the work: solved straight back to new, merged back to anything", () => {
    expect(canMove("RESOLVED", "NEW")).toBe(false);
    expect(canMove("REJECTED", "RESOLVED")).toBe(false);
    for (const s of all) expect(canMove("MERGED", s)).toBe(false);
  });

  it("lets closed reports be reopened", () => {
    for (const s of ["RESOLVED", "REJECTED", "FORWARDED"] as const)
      expect(canMove(s, "IN_PROGRESS")).toBe(true);
  });

  it("offers merging only through its own form", () => {
    expect(TRANSITIONS.NEW).toContain("MERGED");
    expect(manualTargets("NEW")).not.toContain("MERGED");
    expect(manualTargets("NEW")).toEqual(TRANSITIONS.NEW.filter((s) => s !== "MERGED"));
  });

  it("counts new, in progress and waiting as open; the rest as closed", () => {
    expect(all.filter(isOpen).sort()).toEqual(["AWAITING_INFO", "IN_PROGRESS", "NEW"]);
  });
});
