// The case-decision migration splits the e-loket's one decided status (Beslist) into Goedgekeurd and
// Geweigerd. Cases decided before it had the product's document issued, so they become approved,
// with their history; the events workflow's refusal is marked as refusing. This fills a database
// as it stood before, then migrates it.
import { describe, expect, it } from "vitest";
import { migratedForTests } from "./scratch-database";

const BEFORE = "20261201072322_hold_path_index";
const MIGRATION = "20261201105542_case_decision_outcome";

const OLD_ROWS = `
  INSERT INTO "CaseWorkflow" (id, name) VALUES ('eloket', 'E-loket'), ('events', 'Evenementen');
  INSERT INTO "CaseStatus" ("workflowId", code, label, kind, position, initial) VALUES
    ('eloket', 'RECEIVED', 'Ontvangen', 'OPEN', 0, true),
    ('eloket', 'IN_PROGRESS', 'In behandeling', 'OPEN', 1, false),
    ('eloket', 'AWAITING_APPLICANT', 'Wacht op aanvrager', 'WAITING', 2, false),
    ('eloket', 'DECIDED', 'Beslist', 'DECIDED', 3, false),
    ('eloket', 'CLOSED', 'Afgehandeld', 'CLOSED', 4, false),
    ('events', 'SUBMITTED', 'Ingediend', 'OPEN', 0, true),
    ('events', 'APPROVED', 'Goedgekeurd met voorwaarden', 'DECIDED', 1, false),
    ('events', 'REFUSED', 'Geweigerd', 'DECIDED', 2, false);
  INSERT INTO "CaseTransition" ("workflowId", "fromCode", "toCode", label) VALUES
    ('eloket', 'RECEIVED', 'IN_PROGRESS', 'In behandeling nemen'),
    ('eloket', 'IN_PROGRESS', 'DECIDED', 'Beslissing nemen'),
    ('eloket', 'IN_PROGRESS', 'CLOSED', 'Afhandelen'),
    ('eloket', 'DECIDED', 'CLOSED', 'Afhandelen'),
    ('events', 'SUBMITTED', 'REFUSED', 'Weigeren');
  INSERT INTO "Team" (id, slug, name) VALUES ('t1', 'burgerzaken', 'Burgerzaken');
  INSERT INTO "Product" (id, slug, name, summary, "costText", "slaDays", "teamId", "workflowId")
    VALUES ('p1', 'kaart', 'Kaart', 'Een kaart', 'Gratis', 5, 't1', 'eloket');
  INSERT INTO "ProductFormVersion" (id, "productId", version, definition) VALUES ('v1', 'p1', 1, '{}');
  INSERT INTO "Case" (id, number, "productId", "versionId", "workflowId", status, "teamId", answers, "dueOn", "updatedAt")
    VALUES
    ('c1', 'EL-2026-000001', 'p1', 'v1', 'eloket', 'DECIDED', 't1', '{}', '2026-12-10', now()),
    ('c2', 'EL-2026-000002', 'p1', 'v1', 'eloket', 'CLOSED', 't1', '{}', '2026-12-10', now()),
    ('c3', 'EL-2026-000003', 'p1', 'v1', 'eloket', 'IN_PROGRESS', 't1', '{}', '2026-12-10', now());
  INSERT INTO "CaseEvent" (id, "caseId", kind, "fromStatus", "toStatus") VALUES
    ('e1', 'c1', 'STATUS', 'IN_PROGRESS', 'DECIDED'),
    ('e2', 'c2', 'STATUS', 'IN_PROGRESS', 'DECIDED'),
    ('e3', 'c2', 'STATUS', 'DECIDED', 'CLOSED');
`;

describe("the case-decision migration", () => {
  const migrated = migratedForTests("case_decisions", {
    before: BEFORE,
    oldRows: OLD_ROWS,
    migration: MIGRATION,
  });

  it("replaces Beslist by Goedgekeurd and Geweigerd, with their moves, in the e-loket workflow", async () => {
    const statuses = await migrated.db.caseStatus.findMany({
      where: { workflowId: "eloket" },
      orderBy: { position: "asc" },
    });
    expect(statuses.map((s) => [s.code, s.kind, s.refuses])).toEqual([
      ["RECEIVED", "OPEN", false],
      ["IN_PROGRESS", "OPEN", false],
      ["AWAITING_APPLICANT", "WAITING", false],
      ["APPROVED", "DECIDED", false],
      ["REFUSED", "DECIDED", true],
      ["CLOSED", "CLOSED", false],
    ]);
    const moves = await migrated.db.caseTransition.findMany({ where: { workflowId: "eloket" } });
    expect(moves.map((t) => `${t.fromCode}>${t.toCode}`).sort()).toEqual([
      "APPROVED>CLOSED",
      "IN_PROGRESS>APPROVED",
      "IN_PROGRESS>CLOSED",
      "IN_PROGRESS>REFUSED",
      "RECEIVED>IN_PROGRESS",
      "REFUSED>CLOSED",
    ]);
  });

  it("makes the cases decided before approved, in their status and their history", async () => {
    const cases = await migrated.db.case.findMany({ orderBy: { number: "asc" }, select: { status: true } });
    expect(cases.map((c) => c.status)).toEqual(["APPROVED", "CLOSED", "IN_PROGRESS"]);
    const events = await migrated.db.caseEvent.findMany({ orderBy: { id: "asc" } });
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      ["IN_PROGRESS", "APPROVED"],
      ["IN_PROGRESS", "APPROVED"],
      ["APPROVED", "CLOSED"],
    ]);
  });

  it("marks the events workflow's refusal as refusing, and nothing else of it", async () => {
    const statuses = await migrated.db.caseStatus.findMany({
      where: { workflowId: "events" },
      orderBy: { position: "asc" },
    });
    expect(statuses.map((s) => [s.code, s.refuses])).toEqual([
      ["SUBMITTED", false],
      ["APPROVED", false],
      ["REFUSED", true],
    ]);
  });
});
