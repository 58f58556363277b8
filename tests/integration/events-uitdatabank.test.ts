// Publishing an approved public event in UiTdatabank, through the real fetch client against a fake
// Entry API on loopback (tests/fakes/uitdatabank.ts): approving queues it in the decision's
// transaction and the id UiTdatabank returns is stored; a 500 keeps the decision and leaves the
// publication for a later try; without configuration nothing is queued; an event for invited
// guests only, or without the organiser's yes, never is. Staff retry a failed one (their team only).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { decideEvent } from "@/lib/events/commands/decide";
import { retryPublication } from "@/lib/events/commands/publication";
import { MAX_PUBLISH_ATTEMPTS, publishPendingEvents } from "@/lib/events/uitdatabank/outbox";
import { submitDraft } from "@/lib/eloket/commands/submit";
import { seed } from "@/prisma/seed";
import { type FakeUitdatabank, startFakeUitdatabank } from "../fakes/uitdatabank";
import { contextFor, eventVersion, fuifPages, officerOfNewAssociation, savePosted } from "./events-fixtures";

let fake: FakeUitdatabank;

beforeAll(async () => {
  await seed(db);
  fake = await startFakeUitdatabank();
});

afterAll(async () => {
  await fake.close();
});

const staffId = async () =>
  (await db.user.findUniqueOrThrow({ where: { email: "evenementen@wingene.be" } })).id;

/** A fuif filed and submitted; `access` and `uitPublish` as the organiser answered them. */
async function filedEvent(answers: { access: "publiek" | "uitnodiging"; uitPublish?: "ja" | "nee" }) {
  const { association, officer } = await officerOfNewAssociation();
  const context = contextFor([association]);
  const pages = fuifPages(association.id, { streets: "Markt", start: "2027-06-19" });
  const posted = {
    ...pages,
    publiek: { ...pages.publiek, access: answers.access },
    publiciteit: { ...pages.publiciteit, ...(answers.uitPublish ? { uitPublish: answers.uitPublish } : {}) },
  };
  for (const [page, fields] of Object.entries(posted)) {
    const result = await savePosted(officer.id, context, page, fields);
    if (!result.ok) throw new Error(`${page}: ${JSON.stringify(result.issues)}`);
  }
  const { version } = await eventVersion();
  return submitDraft(db, { userId: officer.id, versionId: version.id, context });
}

async function approve(caseId: string, uitdatabank: FakeUitdatabank["config"] | null, now = new Date()) {
  await decideEvent(db, {
    caseId,
    actorId: await staffId(),
    outcome: "APPROVED",
    conditions: "Muziek stil om 3 uur.",
    seen: "SUBMITTED",
    uitdatabank,
    now,
  });
}

const publicationOf = (caseId: string) => db.eventPublication.findUnique({ where: { caseId } });

describe("publishing in UiTdatabank", () => {
  it("publishes an approved public event the organiser agreed to, and stores the id and public address", async () => {
    fake.mode = "normal";
    const filed = await filedEvent({ access: "publiek", uitPublish: "ja" });
    await approve(filed.id, fake.config);
    const sent = fake.created.at(-1)!;
    expect(sent.body).toMatchObject({
      name: { nl: "Zomerfuif" },
      terms: [{ id: "0.28.0.0.0" }],
      calendarType: "single",
      location: { "@id": `${fake.config.entryUrl}/places/wingene-openbaar-domein` },
      audience: { audienceType: "everyone" },
    });
    expect(await publicationOf(filed.id)).toMatchObject({
      status: "PUBLISHED",
      externalId: sent.id,
      publicUrl: `https://www.uitinvlaanderen.be/agenda/e/evenement/${sent.id}`,
      lastError: null,
    });
  });

  it("keeps the decision when UiTdatabank answers 500, and publishes on a later try of the job", async () => {
    fake.mode = "down";
    const filed = await filedEvent({ access: "publiek", uitPublish: "ja" });
    const now = new Date();
    await approve(filed.id, fake.config, now);
    const c = await db.case.findUniqueOrThrow({ where: { id: filed.id }, include: { decision: true } });
    expect([c.status, c.decision?.outcome]).toEqual(["APPROVED", "APPROVED"]);
    const failed = await publicationOf(filed.id);
    expect([failed?.status, failed?.attempts]).toEqual(["PENDING", 1]);
    expect(failed?.lastError).toContain("HTTP 500");
    expect(failed!.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());

    fake.mode = "normal";
    expect(await publishPendingEvents(db, fake.config, now)).toBe(0); // not yet due
    await publishPendingEvents(db, fake.config, new Date(now.getTime() + 2 * 60_000));
    expect(await publicationOf(filed.id)).toMatchObject({
      status: "PUBLISHED",
      attempts: 2,
      lastError: null,
    });
  });

  it("queues nothing and sends nothing when publishing is not configured", async () => {
    const filed = await filedEvent({ access: "publiek", uitPublish: "ja" });
    const before = fake.created.length;
    await approve(filed.id, null);
    expect(await publicationOf(filed.id)).toBeNull();
    expect(await publishPendingEvents(db, null)).toBe(0);
    expect(fake.created.length).toBe(before);
  });

  it("never queues an event for invited guests only, nor one whose organiser said no", async () => {
    const invited = await filedEvent({ access: "uitnodiging", uitPublish: "ja" });
    const refused = await filedEvent({ access: "publiek", uitPublish: "nee" });
    await approve(invited.id, fake.config);
    await approve(refused.id, fake.config);
    expect(await publicationOf(invited.id)).toBeNull();
    expect(await publicationOf(refused.id)).toBeNull();
  });

  it("stops after the last try; staff of the team retry it (audited), staff of another team get 'not found'", async () => {
    fake.mode = "down";
    const filed = await filedEvent({ access: "publiek", uitPublish: "ja" });
    let now = new Date();
    await approve(filed.id, fake.config, now);
    for (let i = 1; i < MAX_PUBLISH_ATTEMPTS; i++) {
      now = new Date(now.getTime() + 60 * 60_000);
      await publishPendingEvents(db, fake.config, now);
    }
    const stopped = await publicationOf(filed.id);
    expect([stopped?.status, stopped?.attempts]).toEqual(["FAILED", MAX_PUBLISH_ATTEMPTS]);

    fake.mode = "normal";
    const other = (await db.user.findUniqueOrThrow({ where: { email: "burgerzaken@wingene.be" } })).id;
    await expect(
      retryPublication(db, { caseId: filed.id, actorId: other, config: fake.config }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await publicationOf(filed.id))?.status).toBe("FAILED");

    const staff = await staffId();
    expect(await retryPublication(db, { caseId: filed.id, actorId: staff, config: fake.config })).toBe(true);
    expect((await publicationOf(filed.id))?.status).toBe("PUBLISHED");
    const audit = await db.auditLog.findFirst({
      where: { action: "events.publication-retried", subjectId: filed.id, actorId: staff },
    });
    expect(audit).not.toBeNull();
    await expect(
      retryPublication(db, { caseId: filed.id, actorId: staff, config: fake.config }),
    ).rejects.toThrow("Deze publicatie is al gelukt of wordt nu verstuurd.");
  });
});
