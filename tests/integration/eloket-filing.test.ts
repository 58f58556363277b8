// Filing an e-loket request: drafts per page, versions that never move under a draft, the server
// judging the whole form again at submit, the fee from the rules, and the case it becomes.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getMyCase, getMyCases } from "@/lib/cases/queries/mine";
import { publishVersion } from "@/lib/eloket/commands/publish";
import { IncompleteDraft, submitDraft } from "@/lib/eloket/commands/submit";
import { getFiling } from "@/lib/eloket/queries/filing";
import { seed } from "@/prisma/seed";
import { permitForm, product, resident, save, teamWithStaff } from "./eloket-fixtures";

beforeAll(async () => {
  await seed(db); // the municipality's identity, which every mail carries
});

describe("drafts", () => {
  it("keeps answers per page and resumes them on another visit", async () => {
    const { team } = await teamWithStaff();
    const { product: p, version } = await product(team.id);
    const user = await resident();
    await save(user.id, version.id, "wie", { name: "An Peeters", company: "nee" });
    const filing = await getFiling(user.id, p.slug, db);
    expect(filing?.draft).toEqual({
      id: expect.any(String),
      answers: { name: "An Peeters", company: false },
      pagesDone: ["wie"],
    });
  });

  it("forgets an answer once a changed earlier answer hides its question", async () => {
    const { team } = await teamWithStaff();
    const { version } = await product(team.id);
    const user = await resident();
    await save(user.id, version.id, "wie", { name: "An", company: "ja", companyName: "Bouw NV" });
    const saved = await save(user.id, version.id, "wie", {
      name: "An",
      company: "nee",
      companyName: "Bouw NV",
    });
    expect(saved.answers).toEqual({ name: "An", company: false });
  });
});

describe("versions", () => {
  it("lets a draft on an old version finish on it after a new version is published", async () => {
    const { team } = await teamWithStaff();
    const { product: p, version: v1 } = await product(team.id);
    const user = await resident();
    await save(user.id, v1.id, "wie", { name: "An", company: "nee" });
    // Version 2 asks something new on the first page; the draft must not suddenly need it.
    const v2form = structuredClone(permitForm);
    v2form.pages[0]!.fields.push({ key: "vat", type: "text", label: "Btw-nummer" });
    const v2 = await publishVersion(db, p.id, v2form);
    expect(v2.version).toBe(2);
    expect((await getFiling(user.id, p.slug, db))?.version.id).toBe(v1.id);
    await save(user.id, v1.id, "wanneer", { from: "2026-12-01", to: "2026-12-04" });
    const submitted = await submitDraft(db, { userId: user.id, versionId: v1.id });
    const c = await db.case.findUniqueOrThrow({ where: { id: submitted.id } });
    expect(c.versionId).toBe(v1.id);
    // A new request by the same resident starts on version 2.
    expect((await getFiling(user.id, p.slug, db))?.version.id).toBe(v2.id);
  });

  it("numbers concurrent publishes consecutively", async () => {
    const { team } = await teamWithStaff();
    const { product: p } = await product(team.id);
    const versions = await Promise.all([
      publishVersion(db, p.id, permitForm),
      publishVersion(db, p.id, permitForm),
    ]);
    expect(versions.map((v) => v.version).sort()).toEqual([2, 3]);
  });
});

describe("submitting", () => {
  it("opens a case with a reference number, the fee from the rules, and mails the applicant", async () => {
    const { team } = await teamWithStaff();
    const { version } = await product(team.id);
    const user = await resident("An Peeters");
    await save(user.id, version.id, "wie", { name: "An", company: "nee" });
    await save(user.id, version.id, "wanneer", { from: "2026-12-01", to: "2026-12-03" });
    const submitted = await submitDraft(db, {
      userId: user.id,
      versionId: version.id,
      now: new Date("2026-11-30T10:00:00Z"),
    });
    expect(submitted.number).toMatch(/^EL-2026-\d{6}$/);
    const c = await db.case.findUniqueOrThrow({ where: { id: submitted.id }, include: { events: true } });
    expect(c).toMatchObject({ status: "RECEIVED", feeCents: 3000, teamId: team.id, applicantId: user.id });
    expect(c.dueOn.toISOString().slice(0, 10)).toBe("2026-12-05");
    expect(c.events.map((e) => e.kind)).toEqual(["SUBMITTED"]);
    expect(await db.caseDraft.count({ where: { userId: user.id } })).toBe(0);
    const mail = await db.mailMessage.findFirst({
      where: { to: user.email! },
      orderBy: { createdAt: "desc" },
    });
    expect(mail?.subject).toBe(`We ontvingen je aanvraag ${submitted.number}`);
  });

  it("refuses an incomplete draft and names the page to finish, storing nothing", async () => {
    const { team } = await teamWithStaff();
    const { version } = await product(team.id);
    const user = await resident();
    await save(user.id, version.id, "wie", { name: "An", company: "nee" });
    await expect(submitDraft(db, { userId: user.id, versionId: version.id })).rejects.toMatchObject({
      page: "wanneer",
    });
    await expect(submitDraft(db, { userId: user.id, versionId: version.id })).rejects.toBeInstanceOf(
      IncompleteDraft,
    );
    expect(await db.case.count({ where: { applicantId: user.id } })).toBe(0);
  });

  it("submits a draft once when the submit is clicked twice at the same time", async () => {
    const { team } = await teamWithStaff();
    const { version } = await product(team.id);
    const user = await resident();
    await save(user.id, version.id, "wie", { name: "An", company: "nee" });
    await save(user.id, version.id, "wanneer", { from: "2026-12-01", to: "2026-12-01" });
    const results = await Promise.allSettled(
      [0, 1].map(() => submitDraft(db, { userId: user.id, versionId: version.id })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.case.count({ where: { applicantId: user.id } })).toBe(1);
  });
});

describe("scope", () => {
  it("shows a resident only their own requests; another resident's is not found", async () => {
    const { team } = await teamWithStaff();
    const { version } = await product(team.id);
    const [owner, other] = [await resident(), await resident()];
    await save(owner.id, version.id, "wie", { name: "An", company: "nee" });
    await save(owner.id, version.id, "wanneer", { from: "2026-12-01", to: "2026-12-01" });
    const { id } = await submitDraft(db, { userId: owner.id, versionId: version.id });
    expect(await getMyCase(owner.id, id, db)).not.toBeNull();
    expect(await getMyCase(other.id, id, db)).toBeNull();
    expect((await getMyCases(other.id, 1, db)).rows).toEqual([]);
  });
});
