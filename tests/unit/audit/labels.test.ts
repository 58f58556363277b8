import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS, auditActionLabel, auditSubjectLabel } from "@/lib/audit/labels";

describe("audit labels", () => {
  it("give every action code a Dutch label of its own", () => {
    const labels = Object.values(AUDIT_ACTION_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
    for (const [code, label] of Object.entries(AUDIT_ACTION_LABELS)) {
      expect(code).toMatch(/^[a-z-]+\.[a-z_-]+$/);
      expect(label).not.toMatch(/[a-z]\.[a-z]/);
    }
    expect(auditActionLabel("hall.approved")).toBe("Zaalaanvraag goedgekeurd");
  });

  it("show a code without a label (an old row) as it is, never as an empty cell", () => {
    expect(auditActionLabel("counter.blocked")).toBe("Andere handeling (counter.blocked)");
    expect(auditSubjectLabel("HallBooking")).toBe("Zaalreservatie");
    expect(auditSubjectLabel("SomethingNew")).toBe("SomethingNew");
  });
});
