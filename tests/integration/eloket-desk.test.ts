// The desk files an e-loket request for a resident: the resident's own draft (started online or
// not), the case on the resident's name, the staff member as filer in the history and audit log.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getMyCases } from "@/lib/cases/queries/mine";
import { submitDraft } from "@/lib/eloket/commands/submit";
import { getFiling } from "@/lib/eloket/queries/filing";
import { stepStates } from "@/lib/eloket/steps";
import { seed } from "@/prisma/seed";
import { product, resident, save, teamWithStaff } from "./eloket-fixtures";

beforeAll(async () => {
  await seed(db);
});

describe("filing at the desk", () => {
  it("files the case on the resident's name with the staff member as filer in history and audit", async () => {
    const { team, staff } = await teamWithStaff();
    const { version } = await product(team.id);
    const user = await resident("Jef Desmet");
    await save(user.id, version.id, "wie", { name: "Jef", company: "nee" });
    await save(user.id, version.id, "wanneer", { from: "2026-12-01", to: "2026-12-02" });
    const submitted = await submitDraft(db, { userId: user.id, versionId: version.id, filedById: staff.id });
    const c = await db.case.findUniqueOrThrow({ where: { id: submitted.id }, include: { events: true } });
    expect(c).toMatchObject({ applicantId: user.id, filedById: staff.id, feeCents: 2000 });
    expect(c.events).toMatchObject([{ kind: "SUBMITTED", actorId: staff.id }]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "case.submitted", subjectId: c.id },
    });
    expect(audit).toMatchObject({ actorId: staff.id, onBehalfOfId: user.id });
    expect((await getMyCases(user.id)).rows.map((x) => x.number)).toContain(submitted.number);
    const mail = await db.mailMessage.findFirst({
      where: { to: user.email! },
      orderBy: { createdAt: "desc" },
    });
    expect(mail?.subject).toBe(`We ontvingen je aanvraag ${submitted.number}`);
  });

  it("records a resident's own online filing with no filer and the resident as actor", async () => {
    const { team } = await teamWithStaff();
    const { version } = await product(team.id);
    const user = await resident();
    await save(user.id, version.id, "wie", { name: "Els", company: "nee" });
    await save(user.id, version.id, "wanneer", { from: "2026-12-01", to: "2026-12-01" });
    const { id } = await submitDraft(db, { userId: user.id, versionId: version.id });
    const c = await db.case.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(c.filedById).toBeNull();
    expect(c.events[0]?.actorId).toBe(user.id);
  });

  it("continues the draft the resident started online, with its answers and the desk's step links", async () => {
    const { team } = await teamWithStaff();
    const { product: p, version } = await product(team.id);
    const user = await resident();
    await save(user.id, version.id, "wie", { name: "Mia", company: "ja", companyName: "Bouw NV" });
    const filing = await getFiling(user.id, p.slug, db);
    expect(filing?.version.id).toBe(version.id);
    const saved = filing!.draft!.answers;
    expect(saved).toMatchObject({ name: "Mia", companyName: "Bouw NV" });
    const def = filing!.version.definition;
    const desk = stepStates(def, saved, ["wie"], "wanneer", p.slug, "2026-11-30", user.id);
    expect(desk.map((s) => s.href)).toEqual([
      `/beheer/aanvragen/balie/${p.slug}/wie?inwoner=${user.id}`,
      `/beheer/aanvragen/balie/${p.slug}/wanneer?inwoner=${user.id}`,
      `/beheer/aanvragen/balie/${p.slug}/controle?inwoner=${user.id}`,
    ]);
    const own = stepStates(def, saved, ["wie"], "wanneer", p.slug, "2026-11-30");
    expect(own[0]?.href).toBe(`/loket/${p.slug}/aanvraag/wie`);
  });
});
