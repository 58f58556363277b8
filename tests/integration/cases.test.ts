// The case workflow: moves that are data, two staff moving one case at once, questions the case
// waits for, assignment within the team, the team inbox's scope, filters and paging, retention.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { answerQuestion } from "@/lib/cases/commands/answer";
import { decideCase } from "@/lib/cases/commands/decide";
import { addNote, askQuestion, assignCase, moveCase } from "@/lib/cases/commands/staff";
import { caseInboxFilter } from "@/lib/cases/inbox-filter";
import { getMyCase } from "@/lib/cases/queries/mine";
import { getCaseForStaff, listCaseInbox } from "@/lib/cases/queries/staff";
import { removeExpiredCaseData } from "@/lib/cases/retention";
import { savePage } from "@/lib/eloket/commands/draft";
import { submitDraft } from "@/lib/eloket/commands/submit";
import { seed } from "@/prisma/seed";
import { filedCase, product, resident, teamWithStaff } from "./eloket-fixtures";

beforeAll(async () => {
  await seed(db);
});

const statusOf = async (id: string) => (await db.case.findUniqueOrThrow({ where: { id } })).status;

describe("the workflow as data", () => {
  it("moves along allowed transitions with a history row, and closes at a closed status", async () => {
    const { staff, caseId } = await filedCase();
    await moveCase(db, { caseId, actorId: staff.id, seen: "RECEIVED", to: "IN_PROGRESS" });
    await decideCase(db, { caseId, actorId: staff.id, seen: "IN_PROGRESS", outcome: "APPROVED", reason: "" });
    await moveCase(db, { caseId, actorId: staff.id, seen: "APPROVED", to: "CLOSED" });
    const c = await db.case.findUniqueOrThrow({
      where: { id: caseId },
      include: { events: { orderBy: { at: "asc" } } },
    });
    expect(c.closedAt).not.toBeNull();
    expect(c.events.map((e) => e.toStatus)).toEqual(["RECEIVED", "IN_PROGRESS", "APPROVED", "CLOSED"]);
  });

  it("refuses a move the workflow does not have, and changes nothing", async () => {
    const { staff, caseId } = await filedCase();
    await expect(moveCase(db, { caseId, actorId: staff.id, seen: "RECEIVED", to: "CLOSED" })).rejects.toThrow(
      "Deze stap kan niet vanuit de huidige status.",
    );
    expect(await statusOf(caseId)).toBe("RECEIVED");
  });

  it("lets one of two staff members moving the same case at once win; the other is told", async () => {
    const { staff, caseId } = await filedCase();
    const [a, b] = [
      createPrismaClient(process.env.DATABASE_URL!, 2),
      createPrismaClient(process.env.DATABASE_URL!, 2),
    ];
    try {
      const results = await Promise.allSettled([
        moveCase(a, { caseId, actorId: staff.id, seen: "RECEIVED", to: "IN_PROGRESS" }),
        moveCase(b, { caseId, actorId: staff.id, seen: "RECEIVED", to: "IN_PROGRESS" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason.message).toMatch(/Een collega wijzigde de status/);
      expect(await db.caseEvent.count({ where: { caseId, kind: "STATUS" } })).toBe(1);
    } finally {
      await Promise.all([a.$disconnect(), b.$disconnect()]);
    }
  });
});

describe("questions to the applicant", () => {
  it("makes the case wait until the applicant answers, then returns to where it was", async () => {
    const { staff, applicant, caseId } = await filedCase();
    await moveCase(db, { caseId, actorId: staff.id, seen: "RECEIVED", to: "IN_PROGRESS" });
    await askQuestion(db, { caseId, actorId: staff.id, question: "Welk huisnummer precies?" });
    expect(await statusOf(caseId)).toBe("AWAITING_APPLICANT");
    await expect(askQuestion(db, { caseId, actorId: staff.id, question: "Nog iets?" })).rejects.toThrow(
      /al een vraag open/,
    );
    const q = await db.caseQuestion.findFirstOrThrow({ where: { caseId } });
    await answerQuestion(db, { caseId, questionId: q.id, userId: applicant.id, answer: "Nummer 12" });
    expect(await statusOf(caseId)).toBe("IN_PROGRESS");
    await expect(
      answerQuestion(db, { caseId, questionId: q.id, userId: applicant.id, answer: "Nog eens" }),
    ).rejects.toThrow(/geen vraag meer open/);
  });

  it("does not let another resident answer (not found)", async () => {
    const { staff, caseId } = await filedCase();
    await askQuestion(db, { caseId, actorId: staff.id, question: "Welk huisnummer?" });
    const q = await db.caseQuestion.findFirstOrThrow({ where: { caseId } });
    const other = await resident();
    await expect(
      answerQuestion(db, { caseId, questionId: q.id, userId: other.id, answer: "x" }),
    ).rejects.toThrow(/bestaat niet of is niet van jou/);
  });

  it("keeps internal notes from the applicant", async () => {
    const { staff, applicant, caseId } = await filedCase();
    await addNote(db, { caseId, actorId: staff.id, text: "Adres nagekeken in het rijksregister." });
    const mine = await getMyCase(applicant.id, caseId, db);
    expect(mine?.events.map((e) => e.kind)).toEqual(["SUBMITTED"]);
  });
});

describe("team scope", () => {
  it("lets only staff of the case's team see or change it", async () => {
    const { caseId } = await filedCase();
    const { staff: outsider } = await teamWithStaff();
    expect(await getCaseForStaff(outsider.id, caseId, db)).toBeNull();
    await expect(
      moveCase(db, { caseId, actorId: outsider.id, seen: "RECEIVED", to: "IN_PROGRESS" }),
    ).rejects.toThrow(/bestaat niet/);
    expect(await statusOf(caseId)).toBe("RECEIVED");
  });

  it("assigns only to members of the team", async () => {
    const { staff, caseId } = await filedCase();
    const { staff: outsider } = await teamWithStaff();
    await expect(assignCase(db, { caseId, actorId: staff.id, assigneeId: outsider.id })).rejects.toThrow(
      /hoort niet bij het team/,
    );
    await assignCase(db, { caseId, actorId: staff.id, assigneeId: staff.id });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).assigneeId).toBe(staff.id);
  });

  it("lists the team's cases with filters in the query and pages of 25", async () => {
    const { team, staff } = await teamWithStaff();
    const { version } = await product(team.id);
    for (let i = 0; i < 27; i++) {
      const applicant = await resident();
      const answers = { name: "X", company: false, from: "2026-12-01", to: "2026-12-01" };
      await savePage(db, {
        userId: applicant.id,
        versionId: version.id,
        page: "wie",
        answers,
        cleaned: new Map(),
      });
      await submitDraft(db, {
        userId: applicant.id,
        versionId: version.id,
        now: new Date(i === 0 ? "2026-01-05T10:00:00Z" : Date.now()),
      });
    }
    const first = await listCaseInbox(staff.id, caseInboxFilter({ team: team.slug }), new Date(), db);
    expect([first.total, first.pages, first.rows.length]).toEqual([27, 2, 25]);
    expect(first.rows[0]?.overdue).toBe(true);
    const second = await listCaseInbox(
      staff.id,
      caseInboxFilter({ team: team.slug, pagina: "2" }),
      new Date(),
      db,
    );
    expect(second.rows).toHaveLength(2);
    const late = await listCaseInbox(
      staff.id,
      caseInboxFilter({ team: team.slug, "te-laat": "1" }),
      new Date(),
      db,
    );
    expect(late.total).toBe(1);
    const mine = await listCaseInbox(
      staff.id,
      caseInboxFilter({ team: team.slug, wie: "mij" }),
      new Date(),
      db,
    );
    expect(mine.total).toBe(0);
  });
});

describe("retention", () => {
  it("removes answers, files and the applicant of cases closed longer than the period, once", async () => {
    const { staff, caseId } = await filedCase();
    const file = await db.storedFile.create({
      data: {
        purpose: "eloket-attachment",
        visibility: "PRIVATE",
        contentType: "application/pdf",
        size: 3,
        sha256: "t",
        bytes: Uint8Array.from([1, 2, 3]),
      },
    });
    await db.caseFile.create({ data: { caseId, fileId: file.id, fieldKey: "proof" } });
    await moveCase(db, { caseId, actorId: staff.id, seen: "RECEIVED", to: "IN_PROGRESS" });
    await moveCase(db, { caseId, actorId: staff.id, seen: "IN_PROGRESS", to: "CLOSED" });
    await db.case.update({
      where: { id: caseId },
      data: { closedAt: new Date(Date.now() - 25 * 31 * 86_400_000) },
    });
    const [a, b] = await Promise.all([removeExpiredCaseData(db), removeExpiredCaseData(db)]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ answers: {}, applicantId: null });
    expect(c.anonymisedAt).not.toBeNull();
    expect(await db.storedFile.count({ where: { id: file.id } })).toBe(0);
    expect(c.number).toMatch(/^EL-/);
  });

  it("keeps cases closed within the period", async () => {
    const { staff, caseId } = await filedCase();
    await moveCase(db, { caseId, actorId: staff.id, seen: "RECEIVED", to: "IN_PROGRESS" });
    await moveCase(db, { caseId, actorId: staff.id, seen: "IN_PROGRESS", to: "CLOSED" });
    await removeExpiredCaseData(db);
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).anonymisedAt).toBeNull();
  });
});
