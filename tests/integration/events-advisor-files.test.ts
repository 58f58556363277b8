// An advisor downloads the dossier's files of the pages their body was asked about, through the same
// lookup the download route /api/loket/bestand uses (getCaseAttachment): the fire service asked
// about "bijlagen" gets the site plan; the police asked only about the sound gets "not found"; a
// body that was not asked gets "not found"; after the answer the files stay readable while the
// dossier is open, and the decision (which closes it) ends that.
import { beforeAll, describe, expect, it } from "vitest";
import { getCaseAttachment } from "@/lib/cases/queries/staff";
import { db } from "@/lib/db";
import { answerAdvice, requestAdvice } from "@/lib/events/commands/advice";
import { decideEvent } from "@/lib/events/commands/decide";
import { adviceForAdvisor } from "@/lib/events/queries/advisor";
import { seed } from "@/prisma/seed";
import { contextFor, fileFuif, officerOfNewAssociation } from "./events-fixtures";

beforeAll(async () => {
  await seed(db);
});

const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;
const asAdvisor = (id: string) => ({ userId: id, staff: false });

async function dossierAskedOfFireAndPolice() {
  const { association, officer } = await officerOfNewAssociation("Chiro Test");
  const filed = await fileFuif(officer.id, contextFor([association]), association.id);
  const staff = await userId("evenementen@wingene.be");
  const ask = (body: string, pages: string[]) =>
    requestAdvice(db, {
      caseId: filed.id,
      actorId: staff,
      body,
      pages,
      question: "Advies?",
      dueOn: "2027-05-01",
    });
  await ask("brandweer", ["constructies", "bijlagen"]);
  await ask("politie", ["geluid"]);
  const files = await db.caseFile.findMany({ where: { caseId: filed.id } });
  const sitePlan = files.find((f) => f.fieldKey === "sitePlan")!;
  const fireAdvice = await db.caseAdvice.findFirstOrThrow({
    where: { caseId: filed.id, bodySlug: "brandweer" },
  });
  return {
    filed,
    staff,
    sitePlan,
    fireAdvice,
    fire: await userId("preventie@brandweerzonemidwest.be"),
    police: await userId("advies@pzregiotielt.be"),
    environment: await userId("milieu@wingene.be"),
  };
}

describe("an advisor opens the attachments of the pages asked", () => {
  it("gives the fire service, asked about 'bijlagen', the site plan's bytes and lists both files on its view", async () => {
    const { sitePlan, fire, fireAdvice } = await dossierAskedOfFireAndPolice();
    const file = await getCaseAttachment(sitePlan.fileId, asAdvisor(fire));
    expect(file?.contentType).toBe("application/pdf");
    expect(Buffer.from(file!.bytes).toString()).toContain("plan.pdf");
    const view = await adviceForAdvisor(fireAdvice.id, fire);
    expect(view?.files.map((f) => f.fieldKey).sort()).toEqual(["insurance", "sitePlan"]);
  });

  it("gives the police, asked only about the sound, 'not found' for the site plan and no links", async () => {
    const { filed, sitePlan, police } = await dossierAskedOfFireAndPolice();
    expect(await getCaseAttachment(sitePlan.fileId, asAdvisor(police))).toBeNull();
    const policeAdvice = await db.caseAdvice.findFirstOrThrow({
      where: { caseId: filed.id, bodySlug: "politie" },
    });
    expect((await adviceForAdvisor(policeAdvice.id, police))?.files).toEqual([]);
  });

  it("gives an advisor of a body that was not asked (milieudienst) 'not found'", async () => {
    const { sitePlan, environment } = await dossierAskedOfFireAndPolice();
    expect(await getCaseAttachment(sitePlan.fileId, asAdvisor(environment))).toBeNull();
  });

  it("keeps the files readable after the advice is answered while the dossier is open; the decision ends it", async () => {
    const { filed, staff, sitePlan, fire, fireAdvice } = await dossierAskedOfFireAndPolice();
    await answerAdvice(db, {
      adviceId: fireAdvice.id,
      userId: fire,
      verdict: "FAVOURABLE",
      answer: "In orde.",
    });
    expect(await getCaseAttachment(sitePlan.fileId, asAdvisor(fire))).not.toBeNull();
    await decideEvent(db, {
      caseId: filed.id,
      actorId: staff,
      outcome: "APPROVED",
      conditions: "Geen.",
      seen: "ADVICE",
    });
    expect(await getCaseAttachment(sitePlan.fileId, asAdvisor(fire))).toBeNull();
    expect((await adviceForAdvisor(fireAdvice.id, fire))?.files).toEqual([]);
  });
});
