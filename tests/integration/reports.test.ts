// The meldpunt through its real commands on PostgreSQL: routing, status history, merging with
// followers, the status-page token, and the rate limiter under concurrent submissions.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hit, pruneRateLimits } from "@/lib/rate-limit";
import {
  changeStatus,
  createReport,
  followReport,
  mergeReport,
  nearbyOpenReports,
  reassignDepartment,
  sendMessage,
} from "@/lib/reports/commands";
import { getReportByToken } from "@/lib/reports/queries";
import { checkReportRate, REPORT_LIMITS } from "@/lib/reports/rate-limits";
import { seed } from "@/prisma/seed";

let staffId: string;

beforeAll(async () => {
  await seed(db);
  staffId = (await db.user.findUniqueOrThrow({ where: { email: "technischedienst@wingene.be" } })).id;
});

const email = (who: string) => `${who}-${randomUUID().slice(0, 8)}@example.be`;
// Each test gets its own spot, so duplicate checks of parallel tests never meet.
const spot = () => ({ latitude: 51.0 + Math.random() * 0.1, longitude: 3.2 + Math.random() * 0.2 });

function lampReport(reporter = email("melder"), at = spot()) {
  return createReport(
    {
      kind: "ISSUE",
      category: "straatverlichting",
      description: "De straatlamp voor nummer 12 brandt niet.",
      addressText: "Stationsstraat 12, 8750 Zwevezele",
      ...at,
      name: "Melder",
      email: reporter,
    },
    [],
    { channel: "WEB" },
  );
}

const mailsTo = (to: string) => db.mailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

describe("filing a report", () => {
  it("routes it to the category's department with a tracking number, history and a confirmation mail", async () => {
    const reporter = email("routing");
    const { id, number, token } = await lampReport(reporter);
    const report = await db.report.findUniqueOrThrow({
      where: { id },
      include: { department: true, statusChanges: true },
    });
    expect(number).toMatch(/^MP-20\d\d-\d{6}$/);
    expect(report.department.slug).toBe("technische-dienst");
    expect(report.status).toBe("NEW");
    expect(report.statusChanges.map((c) => [c.fromStatus, c.toStatus])).toEqual([[null, "NEW"]]);
    expect(report.statusTokenHash).not.toContain(token);
    const [mail] = await mailsTo(reporter);
    expect(mail.subject).toContain(number);
    expect(mail.text).toContain(`/melding/${token}`);
  });

  it("sends litter to the environment department and a staff-entered report keeps its channel", async () => {
    const { id } = await createReport(
      {
        kind: "ISSUE",
        category: "zwerfvuil-en-sluikstort",
        description: "Zakken afval aan de glasbol.",
        addressText: "Markt, Wingene",
      },
      [],
      { channel: "PHONE", createdById: staffId },
    );
    const report = await db.report.findUniqueOrThrow({ where: { id }, include: { department: true } });
    expect(report.department.slug).toBe("milieu");
    expect(report.channel).toBe("PHONE");
    expect(report.createdById).toBe(staffId);
  });

  it("refuses out-of-remit categories and a kind the category does not take, storing nothing", async () => {
    const before = await db.report.count();
    await expect(
      createReport(
        { kind: "ISSUE", category: "gewestwegen", description: "Put in de N37 ter hoogte van de rotonde." },
        [],
        {
          channel: "WEB",
        },
      ),
    ).rejects.toThrow(/Agentschap Wegen en Verkeer/);
    await expect(
      createReport(
        { kind: "QUESTION", category: "straatverlichting", description: "Wanneer gaan de lampen aan?" },
        [],
        {
          channel: "WEB",
        },
      ),
    ).rejects.toBeInstanceOf(AppError);
    expect(await db.report.count()).toBe(before);
  });

  it("stores photos as given (already cleaned) with their type", async () => {
    const { id } = await createReport(
      {
        kind: "ISSUE",
        category: "groen",
        description: "Tak over het voetpad.",
        addressText: "Kerkstraat 3, Zwevezele",
      },
      [{ contentType: "image/png", bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47]) }],
      { channel: "WEB" },
    );
    const [photo] = await db.reportPhoto.findMany({ where: { reportId: id } });
    expect(photo.contentType).toBe("image/png");
    expect(photo.size).toBe(4);
  });
});

describe("status page tokens", () => {
  it("opens the report for its own token and nothing for a forged one", async () => {
    const { id, token } = await lampReport();
    expect((await getReportByToken(token))?.report.id).toBe(id);
    expect(await getReportByToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).toBeNull();
    expect(await getReportByToken("x".repeat(27))).toBeNull();
    expect(await getReportByToken("' OR 1=1 --")).toBeNull();
  });
});

describe("status changes", () => {
  it("keeps history with who and when, refuses moves the map does not allow, and mails reporter and followers", async () => {
    const reporter = email("status");
    const follower = email("volger");
    const { id } = await lampReport(reporter);
    await followReport(id, follower, null);
    await changeStatus(id, "IN_PROGRESS", staffId);
    await changeStatus(id, "RESOLVED", staffId, "De lamp is vervangen.");
    await expect(changeStatus(id, "NEW", staffId)).rejects.toThrow(/niet toegelaten/);
    await expect(changeStatus(id, "MERGED", staffId)).rejects.toBeInstanceOf(AppError);
    const report = await db.report.findUniqueOrThrow({
      where: { id },
      include: { statusChanges: { orderBy: { at: "asc" } }, messages: true },
    });
    expect(report.status).toBe("RESOLVED");
    expect(report.closedAt).not.toBeNull();
    expect(report.statusChanges.map((c) => [c.fromStatus, c.toStatus, c.actorId])).toEqual([
      [null, "NEW", null],
      ["NEW", "IN_PROGRESS", staffId],
      ["IN_PROGRESS", "RESOLVED", staffId],
    ]);
    expect(report.messages.map((m) => m.body)).toEqual(["De lamp is vervangen."]);
    for (const to of [reporter, follower]) {
      const subjects = (await mailsTo(to)).map((m) => m.subject);
      expect(subjects.some((s) => /opgelost/.test(s))).toBe(true);
    }
    const solved = (await mailsTo(reporter)).find((m) => /opgelost/.test(m.subject))!;
    expect(solved.text).toContain("De lamp is vervangen.");
  });

  it("lets exactly one of two staff members who change the same report at once win", async () => {
    const { id } = await lampReport();
    // Two closing moves: whichever lands second is refused, whether it read the old status (the
    // conditional update fails) or the new one (the map has no move from one closed status to another).
    const results = await Promise.allSettled([
      changeStatus(id, "RESOLVED", staffId),
      changeStatus(id, "REJECTED", staffId),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const changes = await db.reportStatusChange.count({ where: { reportId: id } });
    expect(changes).toBe(2);
  });

  it("reassigns to another department and notes it internally, without mailing the reporter", async () => {
    const reporter = email("dienst");
    const { id } = await lampReport(reporter);
    const groen = await db.department.findUniqueOrThrow({ where: { slug: "groen" } });
    await reassignDepartment(id, groen.id, staffId);
    const report = await db.report.findUniqueOrThrow({ where: { id }, include: { notes: true } });
    expect(report.departmentId).toBe(groen.id);
    expect(report.notes[0].body).toContain("Groendienst");
    expect(await mailsTo(reporter)).toHaveLength(1); // only the confirmation
  });

  it("mails a message to the resident but keeps internal notes internal", async () => {
    const reporter = email("bericht");
    const { id } = await lampReport(reporter);
    await sendMessage(id, "We komen volgende week langs.", staffId);
    const mails = await mailsTo(reporter);
    expect(mails.at(-1)?.text).toContain("We komen volgende week langs.");
  });
});

describe("duplicates and merging", () => {
  it("finds an open report of the same category close by", async () => {
    const at = spot();
    const { id } = await lampReport(email("eerste"), at);
    const nearby = await nearbyOpenReports(
      (await db.reportCategory.findUniqueOrThrow({ where: { slug: "straatverlichting" } })).id,
      { latitude: at.latitude + 0.0002, longitude: at.longitude },
    );
    expect(nearby.map((r) => r.id)).toContain(id);
    expect(nearby.find((r) => r.id === id)!.distance).toBeLessThan(30);
  });

  it("moves followers to the target once, adds the duplicate's reporter, informs them and follows the token", async () => {
    const [a, b, shared, onlyA, onlyB] = ["a", "b", "gedeeld", "alleen-a", "alleen-b"].map(email);
    const source = await lampReport(a);
    const target = await lampReport(b);
    await followReport(source.id, shared, null);
    await followReport(source.id, onlyA, null);
    await followReport(target.id, shared, null);
    await followReport(target.id, onlyB, null);

    await mergeReport(source.id, target.number.toLowerCase(), staffId);

    const merged = await db.report.findUniqueOrThrow({
      where: { id: source.id },
      include: { followers: true, statusChanges: true },
    });
    expect(merged.status).toBe("MERGED");
    expect(merged.mergedIntoId).toBe(target.id);
    expect(merged.followers).toEqual([]);
    expect(merged.statusChanges.at(-1)).toMatchObject({ toStatus: "MERGED", actorId: staffId });
    const followers = (await db.reportFollower.findMany({ where: { reportId: target.id } }))
      .map((f) => f.email)
      .sort();
    expect(followers).toEqual([a, onlyA, onlyB, shared].sort());

    for (const to of [a, shared, onlyA]) {
      expect((await mailsTo(to)).some((m) => m.subject.includes(`samengevoegd met ${target.number}`))).toBe(
        true,
      );
    }
    expect((await mailsTo(onlyB)).some((m) => /samengevoegd/.test(m.subject))).toBe(false);

    // The duplicate's own link now shows the target, and later news reaches everyone once.
    const seen = await getReportByToken(source.token);
    expect(seen?.report.id).toBe(target.id);
    expect(seen?.mergedFrom).toBe(source.number);
    await changeStatus(target.id, "RESOLVED", staffId);
    for (const to of [a, b, shared, onlyA, onlyB]) {
      expect((await mailsTo(to)).filter((m) => /opgelost/.test(m.subject))).toHaveLength(1);
    }
  });

  it("refuses merging into itself, into an unknown number, or a report that is already merged", async () => {
    const r = await lampReport();
    const other = await lampReport();
    await expect(mergeReport(r.id, r.number, staffId)).rejects.toThrow(/zichzelf/);
    await expect(mergeReport(r.id, "MP-1999-999999", staffId)).rejects.toThrow(/bestaat niet/);
    await mergeReport(r.id, other.number, staffId);
    await expect(mergeReport(r.id, other.number, staffId)).rejects.toBeInstanceOf(AppError);
  });
});

describe("rate limiting", () => {
  it("allows up to the limit in a window, then refuses, and starts over in the next window", async () => {
    const key = `test:${randomUUID()}`;
    const limit = { max: 3, windowSeconds: 60 };
    const t0 = new Date("2026-11-25T10:00:00Z");
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hit(db, key, limit, t0));
    expect(results).toEqual([true, true, true, false]);
    expect(await hit(db, key, limit, new Date(t0.getTime() + 61_000))).toBe(true);
  });

  it("counts concurrent submissions from separate connections exactly", async () => {
    const pool = createPrismaClient(process.env.DATABASE_URL!, 25);
    try {
      const key = `test:${randomUUID()}`;
      const results = await Promise.all(
        Array.from({ length: 25 }, () => hit(pool, key, { max: 5, windowSeconds: 3600 })),
      );
      expect(results.filter(Boolean)).toHaveLength(5);
      expect((await db.rateLimitBucket.findUniqueOrThrow({ where: { key } })).count).toBe(25);
    } finally {
      await pool.$disconnect();
    }
  });

  it("refuses a flood of reports from one address with a Dutch message", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    const results = await Promise.allSettled(
      Array.from({ length: REPORT_LIMITS.perAddress.max + 5 }, (_, i) =>
        checkReportRate(ip, email(`flood${i}`)),
      ),
    );
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused).toHaveLength(5);
    expect(String((refused[0] as PromiseRejectedResult).reason.message)).toMatch(
      /Probeer het over een uur opnieuw/,
    );
  });

  it("limits one e-mail address across addresses", async () => {
    const who = email("zelfde");
    const results = await Promise.allSettled(
      Array.from({ length: REPORT_LIMITS.perEmail.max + 2 }, (_, i) =>
        checkReportRate(`198.51.100.${i}-${randomUUID()}`, who),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(2);
  });

  it("prunes windows that ended long ago and keeps current ones", async () => {
    const old = `test:${randomUUID()}`;
    const current = `test:${randomUUID()}`;
    await hit(db, old, { max: 1, windowSeconds: 60 }, new Date(Date.now() - 3 * 86_400_000));
    await hit(db, current, { max: 1, windowSeconds: 60 });
    await pruneRateLimits(db);
    expect(await db.rateLimitBucket.findUnique({ where: { key: old } })).toBeNull();
    expect(await db.rateLimitBucket.findUnique({ where: { key: current } })).not.toBeNull();
  });
});
