// The meldpunt through its real commands on PostgreSQL: routing, status history, merging with
// followers, the status-page token, and the rate limiter under concurrent submissions.
import { randomUUID } from "node:crypto";
import sharp from "sharp";
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
  reassignDepartment,
  sendMessage,
} from "@/lib/reports/commands";
import { reportMessages } from "@/lib/reports/messages";
import { cleanReportPhotos } from "@/lib/reports/photos";
import { getMyReport, getReportByToken, getReportPhoto, nearbyOpenReports } from "@/lib/reports/queries";
import { hashStatusToken } from "@/lib/reports/token";
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
      location: { text: "Stationsstraat 12, 8750 Zwevezele", ...at },
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
    const links = await db.reportLink.findMany({ where: { reportId: id } });
    expect(links.map((l) => l.tokenHash)).toEqual([hashStatusToken(token)]);
    const [mail] = await mailsTo(reporter);
    expect(mail.subject).toContain(number);
    expect(mail.text).toContain("Beste Melder,");
    expect(mail.text).toContain(`/melding/${token}`);
  });

  it("sends litter to the environment department and a staff-entered report keeps its channel", async () => {
    const { id } = await createReport(
      {
        kind: "ISSUE",
        category: "zwerfvuil-en-sluikstort",
        description: "Zakken afval aan de glasbol.",
        location: { text: "Markt, Wingene" },
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
        {
          kind: "ISSUE",
          category: "gewestwegen",
          description: "Put in de N37 ter hoogte van de rotonde.",
          location: {},
        },
        [],
        {
          channel: "WEB",
        },
      ),
    ).rejects.toThrow(/Agentschap Wegen en Verkeer/);
    await expect(
      createReport(
        {
          kind: "QUESTION",
          category: "straatverlichting",
          description: "Wanneer gaan de lampen aan?",
          location: {},
        },
        [],
        {
          channel: "WEB",
        },
      ),
    ).rejects.toBeInstanceOf(AppError);
    expect(await db.report.count()).toBe(before);
  });

  it("stores a phone photo upright, without its GPS, as a private report-photo file only the report's viewers get", async () => {
    const sideways = await sharp({ create: { width: 60, height: 30, channels: 3, background: "#556677" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 3/1 22/1" } })
      .toBuffer();
    expect((await sharp(sideways).metadata()).exif).toBeDefined();
    const photos = await cleanReportPhotos([
      new File([new Uint8Array(sideways)], "IMG_0042.JPG", { type: "image/jpeg" }),
    ]);
    const reporter = await db.user.create({ data: { name: "Fotograaf", email: email("foto") } });
    const stranger = await db.user.create({ data: { name: "Buur", email: email("buur") } });
    const { id, token } = await createReport(
      {
        kind: "ISSUE",
        category: "groen",
        description: "Tak over het voetpad.",
        location: { text: "Kerkstraat 3, Zwevezele" },
      },
      photos,
      { channel: "WEB", reporterId: reporter.id },
    );
    const [photo] = await db.reportPhoto.findMany({ where: { reportId: id }, include: { file: true } });
    expect(photo.file).toMatchObject({
      purpose: "report-photo",
      visibility: "PRIVATE",
      width: 30,
      height: 60,
    });
    const stored = await sharp(Buffer.from(photo.file.bytes)).metadata();
    expect(stored.exif).toBeUndefined();
    expect(stored.orientation ?? 1).toBe(1);

    expect(await getReportPhoto(photo.fileId, { token })).not.toBeNull();
    expect(await getReportPhoto(photo.fileId, { staff: true })).not.toBeNull();
    expect(await getReportPhoto(photo.fileId, { userId: reporter.id })).not.toBeNull();
    expect(await getReportPhoto(photo.fileId, { userId: stranger.id })).toBeNull();
    const other = await lampReport();
    expect(await getReportPhoto(photo.fileId, { token: other.token })).toBeNull();
    expect(await getReportPhoto(photo.fileId, {})).toBeNull();
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
    await changeStatus(id, "RESOLVED", staffId, { message: "De lamp is vervangen." });
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

  it("lets exactly one of two staff members who change the same report at once win, and tells the other", async () => {
    const { id } = await lampReport();
    const results = await Promise.allSettled([
      changeStatus(id, "RESOLVED", staffId, { seen: "NEW" }),
      changeStatus(id, "REJECTED", staffId, { seen: "NEW" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [lost] = results.filter((r) => r.status === "rejected");
    expect((lost as PromiseRejectedResult).reason.message).toBe(reportMessages.statusChangedMeanwhile);
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

describe("links in later mails", () => {
  const firstLinkIn = (text: string) => text.match(/https?:\/\/\S+\/melding\/([A-Za-z0-9_-]{27})/)?.[1];

  it("gives a reporter without an account a new working link in every mail, and keeps the first one working", async () => {
    const reporter = email("zonder-account");
    const { id, token } = await lampReport(reporter);
    await changeStatus(id, "IN_PROGRESS", staffId);
    await sendMessage(id, "We komen morgen kijken.", staffId);
    const [, statusMail, messageMail] = await mailsTo(reporter);
    for (const mail of [statusMail, messageMail]) {
      expect(mail.text).toContain("Beste Melder,");
      const fresh = firstLinkIn(mail.text);
      expect(fresh).toBeDefined();
      expect(fresh).not.toBe(token);
      expect((await getReportByToken(fresh!))?.report.id).toBe(id);
    }
    expect((await getReportByToken(token))?.report.id).toBe(id);
    expect(statusMail.text).not.toContain("eerste e-mail");
  });

  it("links a reporter with an account to the report in Mijn Wingene, greeting them by their name", async () => {
    const resident = await db.user.create({ data: { name: "Rita Rapport", email: email("account") } });
    const { id } = await createReport(
      {
        kind: "ISSUE",
        category: "straatverlichting",
        description: "De lamp aan de bushalte knippert.",
        location: spot(),
        name: "Rita Rapport",
        email: resident.email!,
      },
      [],
      { channel: "WEB", reporterId: resident.id },
    );
    await changeStatus(id, "IN_PROGRESS", staffId);
    const statusMail = (await mailsTo(resident.email!)).find((m) => /in behandeling/.test(m.subject))!;
    expect(statusMail.text).toContain("Beste Rita Rapport,");
    expect(statusMail.text).toContain(`/mijn/meldingen/${id}`);
    expect(statusMail.html).toContain(`/mijn/meldingen/${id}`);
  });

  it("gives a follower their own link, which goes when the follower goes", async () => {
    const follower = email("eigen-link");
    const { id } = await lampReport();
    await followReport(id, follower, null);
    await changeStatus(id, "RESOLVED", staffId);
    const mails = await mailsTo(follower);
    const links = mails.map((m) => firstLinkIn(m.text));
    expect(new Set(links).size).toBe(2);
    for (const link of links) expect((await getReportByToken(link!))?.report.id).toBe(id);
    await db.reportFollower.deleteMany({ where: { reportId: id, email: follower } });
    for (const link of links) expect(await getReportByToken(link!)).toBeNull();
  });

  it("shows a follower the status and the municipality's messages, never the reporter's words or photos", async () => {
    const photos = await cleanReportPhotos([
      new File(
        [
          new Uint8Array(
            await sharp({ create: { width: 8, height: 8, channels: 3, background: "#123" } })
              .png()
              .toBuffer(),
          ),
        ],
        "lamp.png",
        { type: "image/png" },
      ),
    ]);
    const reporter = await db.user.create({ data: { name: "Melder", email: email("melder-foto") } });
    const { id, token } = await createReport(
      {
        kind: "ISSUE",
        category: "straatverlichting",
        description: "Mijn buurman Piet laat zijn lamp kapotgaan.",
        location: { text: "Kerkstraat 9, Wingene", ...spot() },
      },
      photos,
      { channel: "WEB", reporterId: reporter.id },
    );
    const followerUser = await db.user.create({ data: { name: "Volger", email: email("volger") } });
    await followReport(id, followerUser.email!, followerUser.id);
    const anonymous = email("volger-anoniem");
    await followReport(id, anonymous, null);
    await sendMessage(id, "We vervangen de lamp volgende week.", staffId);

    const followerLink = firstLinkIn((await mailsTo(anonymous))[0].text)!;
    const asFollower = await getReportByToken(followerLink);
    expect(asFollower).toMatchObject({ viewer: "follower", own: null });
    expect(JSON.stringify(asFollower)).not.toContain("Piet");
    expect(asFollower!.report.messages.map((m) => m.body)).toEqual(["We vervangen de lamp volgende week."]);
    const inMijn = await getMyReport(followerUser.id, id);
    expect(inMijn).toMatchObject({ viewer: "follower", own: null });

    const [photo] = await db.reportPhoto.findMany({ where: { reportId: id } });
    expect(await getReportPhoto(photo.fileId, { token: followerLink })).toBeNull();
    expect(await getReportPhoto(photo.fileId, { userId: followerUser.id })).toBeNull();
    // The reporter keeps their own view, by link and in Mijn Wingene.
    expect((await getReportByToken(token))?.own?.description).toContain("Piet");
    expect((await getMyReport(reporter.id, id))?.own?.photos).toHaveLength(1);
    expect(await getReportPhoto(photo.fileId, { token })).not.toBeNull();
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

  it("lets one of two staff members merging the same duplicate at once win, and tells the other", async () => {
    const duplicate = await lampReport();
    const [one, two] = [await lampReport(), await lampReport()];
    const results = await Promise.allSettled([
      mergeReport(duplicate.id, one.number, staffId),
      mergeReport(duplicate.id, two.number, staffId),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [lost] = results.filter((r) => r.status === "rejected");
    expect((lost as PromiseRejectedResult).reason.message).toBe(
      reportMessages.mergedMeanwhile(duplicate.number),
    );
    const merged = await db.report.findUniqueOrThrow({ where: { id: duplicate.id } });
    expect([one.id, two.id]).toContain(merged.mergedIntoId);
    expect(await db.reportStatusChange.count({ where: { reportId: duplicate.id, toStatus: "MERGED" } })).toBe(
      1,
    );
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
