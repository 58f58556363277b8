// Advice and decision on an event dossier: staff of the team Evenementen ask the fire service about
// named parts; the fire service's advisor sees only those parts and answers once; an advisor who
// was not asked gets "not found"; the decision with conditions moves the dossier, mails the
// organiser the permit PDF, and only the organiser's side and staff can download it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { answerAdvice, requestAdvice } from "@/lib/events/commands/advice";
import { decideEvent } from "@/lib/events/commands/decide";
import { adviceForAdvisor, myAdviceRequests } from "@/lib/events/queries/advisor";
import { permitFor } from "@/lib/events/queries/permit";
import { seed } from "@/prisma/seed";
import { pdfPages } from "../support/pdf-text";
import { contextFor, fileFuif, officerOfNewAssociation, plainResident } from "./events-fixtures";

beforeAll(async () => {
  await seed(db);
});

const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;

async function dossierInAdvice() {
  const { association, officer } = await officerOfNewAssociation("Jeugdhuis Test");
  const filed = await fileFuif(officer.id, contextFor([association]), association.id);
  const staff = await userId("evenementen@wingene.be");
  await requestAdvice(db, {
    caseId: filed.id,
    actorId: staff,
    body: "brandweer",
    pages: ["geluid", "constructies"],
    question: "Is de tent veilig opgesteld?",
    dueOn: "2027-05-01",
  });
  const advice = await db.caseAdvice.findFirstOrThrow({ where: { caseId: filed.id } });
  return { association, officer, filed, staff, advice };
}

describe("advice", () => {
  it("moves the dossier to 'in advies' and mails the fire service's advisor a link", async () => {
    const { filed, advice } = await dossierInAdvice();
    const c = await db.case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(c.status).toBe("ADVICE");
    const mail = await db.mailMessage.findFirst({
      where: {
        to: "preventie@brandweerzonemidwest.be",
        subject: `Adviesvraag over evenement ${filed.number}`,
      },
    });
    expect(mail?.text).toContain(`/mijn/advies/${advice.id}`);
  });

  it("shows the advisor only the pages asked, never the rest of the dossier", async () => {
    const { advice } = await dossierInAdvice();
    const seen = await adviceForAdvisor(advice.id, await userId("preventie@brandweerzonemidwest.be"));
    expect(seen?.definition.pages.map((p) => p.key)).toEqual(["geluid", "constructies"]);
    expect(seen?.answers).toEqual({
      music: true,
      amplified: true,
      noiseCategory: "2",
      musicUntil: "03:00",
      structures: ["tent"],
      tentSize: "10 op 20 meter",
      tentInspection: true,
    });
  });

  it("gives an advisor who was not asked (police) 'not found', to read and to answer", async () => {
    const { advice } = await dossierInAdvice();
    const police = await userId("advies@pzregiotielt.be");
    expect(await adviceForAdvisor(advice.id, police)).toBeNull();
    expect((await myAdviceRequests(police)).rows.map((r) => r.id)).not.toContain(advice.id);
    await expect(
      answerAdvice(db, { adviceId: advice.id, userId: police, verdict: "FAVOURABLE", answer: "Prima." }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const organiser = await plainResident();
    expect(await adviceForAdvisor(advice.id, organiser.id)).toBeNull();
  });

  it("takes the advisor's answer once; a second answer is told it was given", async () => {
    const { advice, filed } = await dossierInAdvice();
    const fire = await userId("preventie@brandweerzonemidwest.be");
    await answerAdvice(db, {
      adviceId: advice.id,
      userId: fire,
      verdict: "CONDITIONAL",
      answer: "Twee nooduitgangen van 1,8 m breed.",
    });
    await expect(
      answerAdvice(db, { adviceId: advice.id, userId: fire, verdict: "UNFAVOURABLE", answer: "Toch niet." }),
    ).rejects.toThrow("Dit advies werd al gegeven.");
    const stored = await db.caseAdvice.findUniqueOrThrow({ where: { id: advice.id } });
    expect([stored.verdict, stored.answer]).toEqual(["CONDITIONAL", "Twee nooduitgangen van 1,8 m breed."]);
    const note = await db.caseEvent.findFirst({
      where: { caseId: filed.id, text: { contains: "Advies van" } },
    });
    expect(note).toMatchObject({ internal: true });
  });

  it("refuses asking the same body twice about one dossier, on the body field", async () => {
    const { filed, staff } = await dossierInAdvice();
    await expect(
      requestAdvice(db, {
        caseId: filed.id,
        actorId: staff,
        body: "brandweer",
        pages: ["geluid"],
        question: "Nog eens?",
        dueOn: "2027-05-01",
      }),
    ).rejects.toMatchObject({ field: "body" });
  });

  it("refuses staff outside the team Evenementen: not found", async () => {
    const { filed } = await dossierInAdvice();
    await expect(
      requestAdvice(db, {
        caseId: filed.id,
        actorId: await userId("burgerzaken@wingene.be"),
        body: "politie",
        pages: ["mobiliteit"],
        question: "Verkeer?",
        dueOn: "2027-05-01",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the decision and the permit", () => {
  it("approves with conditions, mails the permit PDF that states them, and serves it to the organiser's side only", async () => {
    const { association, officer, filed, staff } = await dossierInAdvice();
    await decideEvent(db, {
      caseId: filed.id,
      actorId: staff,
      outcome: "APPROVED",
      conditions: "Muziek stil om 3 uur.\nTwee nooduitgangen van 1,8 m.",
      seen: "ADVICE",
    });
    const c = await db.case.findUniqueOrThrow({ where: { id: filed.id }, include: { decision: true } });
    expect([c.status, c.closedAt !== null, c.decision?.outcome]).toEqual(["APPROVED", true, "APPROVED"]);

    const mail = await db.mailMessage.findFirstOrThrow({
      where: { subject: `Beslissing over je evenement ${filed.number}: goedgekeurd met voorwaarden` },
    });
    const [attachment] = mail.attachments as { filename: string; content: string; encoding: string }[];
    expect([attachment!.filename, attachment!.encoding]).toEqual([`toelating-${filed.number}.pdf`, "base64"]);
    const text = (await pdfPages(Buffer.from(attachment!.content, "base64"))).join(" ");
    expect(text).toContain("Toelating evenement");
    expect(text).toContain("Zomerfuif");
    expect(text).toContain("Jeugdhuis Test");
    expect(text).toContain("Muziek stil om 3 uur.");
    expect(text).toContain("Twee nooduitgangen van 1,8 m.");

    expect(await permitFor(filed.id, { userId: officer.id, officerOf: [], staff: false })).not.toBeNull();
    const colleague = await plainResident();
    expect(
      await permitFor(filed.id, { userId: colleague.id, officerOf: [association.id], staff: false }),
    ).not.toBeNull();
    expect(await permitFor(filed.id, { userId: colleague.id, officerOf: [], staff: false })).toBeNull();
    expect(await permitFor(filed.id, { userId: staff, officerOf: [], staff: true })).not.toBeNull();
    const otherStaff = await userId("burgerzaken@wingene.be");
    expect(await permitFor(filed.id, { userId: otherStaff, officerOf: [], staff: true })).toBeNull();
  });

  it("records a decision once; a second one (or one on a stale page) changes nothing", async () => {
    const { filed, staff } = await dossierInAdvice();
    await decideEvent(db, {
      caseId: filed.id,
      actorId: staff,
      outcome: "REFUSED",
      conditions: "Te laat.",
      seen: "ADVICE",
    });
    await expect(
      decideEvent(db, {
        caseId: filed.id,
        actorId: staff,
        outcome: "APPROVED",
        conditions: "Toch.",
        seen: "ADVICE",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const c = await db.case.findUniqueOrThrow({ where: { id: filed.id }, include: { decision: true } });
    expect([c.status, c.decision?.conditions]).toEqual(["REFUSED", "Te laat."]);
    expect(await permitFor(filed.id, { userId: staff, officerOf: [], staff: true })).toBeNull();
  });
});

describe("races on separate connections", () => {
  it("keeps one of two decisions taken at the same moment; the other is told", async () => {
    const { filed, staff } = await dossierInAdvice();
    const [a, b] = [
      createPrismaClient(process.env.DATABASE_URL!, 2),
      createPrismaClient(process.env.DATABASE_URL!, 2),
    ];
    try {
      const results = await Promise.allSettled([
        decideEvent(a, {
          caseId: filed.id,
          actorId: staff,
          outcome: "APPROVED",
          conditions: "A",
          seen: "ADVICE",
        }),
        decideEvent(b, {
          caseId: filed.id,
          actorId: staff,
          outcome: "REFUSED",
          conditions: "B",
          seen: "ADVICE",
        }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
      expect(await db.caseDecision.count({ where: { caseId: filed.id } })).toBe(1);
    } finally {
      await Promise.all([a.$disconnect(), b.$disconnect()]);
    }
  });

  it("keeps one of two answers to the same advice sent at the same moment", async () => {
    const { advice } = await dossierInAdvice();
    const fire = await userId("preventie@brandweerzonemidwest.be");
    const [a, b] = [
      createPrismaClient(process.env.DATABASE_URL!, 2),
      createPrismaClient(process.env.DATABASE_URL!, 2),
    ];
    try {
      const results = await Promise.allSettled([
        answerAdvice(a, { adviceId: advice.id, userId: fire, verdict: "FAVOURABLE", answer: "Eerste" }),
        answerAdvice(b, { adviceId: advice.id, userId: fire, verdict: "UNFAVOURABLE", answer: "Tweede" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const stored = await db.caseAdvice.findUniqueOrThrow({ where: { id: advice.id } });
      const winner = results[0]!.status === "fulfilled" ? "Eerste" : "Tweede";
      expect(stored.answer).toBe(winner);
    } finally {
      await Promise.all([a.$disconnect(), b.$disconnect()]);
    }
  });
});
