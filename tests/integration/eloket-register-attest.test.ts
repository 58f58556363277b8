// The attest of household composition from the population register: the portal's real HTTP client
// against a fake register on loopback. A resident whose national number staff read from the eID
// gets the attest decided at once with the register's household (never the rows they typed); anyone
// else, or a register that is down, slow or answers nonsense, leaves the case as filed for the team,
// with nothing half-written. Only staff can record a national number.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { caseDocumentSpec } from "@/lib/cases/document";
import { getCaseDocument } from "@/lib/cases/queries/document";
import { type NotInstantReason, issueFromRegister } from "@/lib/eloket/commands/register-attest";
import { savePage } from "@/lib/eloket/commands/draft";
import { submitDraft } from "@/lib/eloket/commands/submit";
import { renderPdf } from "@/lib/pdf/render";
import { getPdfIdentity } from "@/lib/municipality/queries";
import { DEMO_REGISTER_SOURCE, startDemoRegister } from "@/lib/register/demo";
import { httpPopulationRegister } from "@/lib/register/http-client";
import { recordNationalNumber, verifyResident } from "@/lib/residents/verification";
import { seed } from "@/prisma/seed";
import { type FakeRegister, startFakeRegister } from "../fakes/population-register";
import { testNationalNumber } from "../support/national-number";
import { pdfPages } from "../support/pdf-text";
import { product, resident, teamWithStaff } from "./eloket-fixtures";
import { attestForm, posted, registerHousehold, sessionOf } from "./register-fixtures";

const request = vi.hoisted(() => ({ session: null as { token: string } | null }));
vi.mock("@/lib/auth/session-token", () => ({ sessionToken: async () => request.session?.token ?? null }));
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  connection: async () => undefined,
}));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
}));
const { staffRecordNationalNumber } = await import("@/lib/residents/staff-actions");

let fake: FakeRegister;
let register: ReturnType<typeof httpPopulationRegister>;

beforeAll(async () => {
  await seed(db);
  fake = await startFakeRegister();
  register = httpPopulationRegister({ url: fake.url, token: fake.token, timeoutMs: 1_000 });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.mode = "normal";
  fake.asked.length = 0;
  request.session = null;
});

/** A resident with household rows of their own typing, a register product, and a filed request. */
async function filed(options: { fromRegister?: boolean; verified?: "residence" | "national-number" } = {}) {
  const { team, staff } = await teamWithStaff();
  const { product: p, version } = await product(team.id, attestForm);
  await db.product.update({
    where: { id: p.id },
    data: { issuedFromRegister: options.fromRegister ?? true },
  });
  const applicant = await resident("Getypte Aanvrager");
  await db.householdMember.create({
    data: { userId: applicant.id, firstName: "Getypt", lastName: "Kind", birthDate: new Date("2019-01-01") },
  });
  const nationalNumber = testNationalNumber();
  if (options.verified) await verifyResident(applicant.id, staff.id);
  if (options.verified === "national-number")
    await recordNationalNumber(applicant.id, staff.id, nationalNumber);
  fake.households.set(nationalNumber, registerHousehold);
  await savePage(db, {
    userId: applicant.id,
    versionId: version.id,
    page: "attest",
    answers: { purpose: "School" },
    cleaned: new Map(),
  });
  const c = await submitDraft(db, { userId: applicant.id, versionId: version.id });
  return { staff, applicant, caseId: c.id, nationalNumber };
}

const now = () => new Date("2026-12-01T13:05:00Z");

/** Everything the instant path could write, to prove a failed one wrote none of it. */
async function traces(caseId: string) {
  const c = await db.case.findUniqueOrThrow({
    where: { id: caseId },
    include: { events: { orderBy: { at: "asc" } } },
  });
  return {
    status: c.status,
    closedAt: c.closedAt,
    documentText: c.documentText,
    decision: await db.caseDecision.findUnique({ where: { caseId } }),
    events: c.events.map((e) => e.kind),
    registerAudit: await db.auditLog.count({
      where: { subjectId: caseId, action: "case.issued-from-register" },
    }),
    decidedAudit: await db.auditLog.count({ where: { subjectId: caseId, action: "case.decided" } }),
  };
}

const untouched = {
  status: "RECEIVED",
  closedAt: null,
  documentText: null,
  decision: null,
  events: ["SUBMITTED"],
  registerAudit: 0,
  decidedAudit: 0,
};

describe("the instant attest", () => {
  it("is decided at once for a resident with a staff-recorded national number, from the register's household, not the typed rows", async () => {
    const { applicant, caseId, nationalNumber } = await filed({ verified: "national-number" });
    expect(await issueFromRegister(db, register, { caseId, userId: applicant.id, now })).toEqual({
      issued: true,
    });
    expect(fake.asked).toEqual([nationalNumber]);

    const c = await db.case.findUniqueOrThrow({ where: { id: caseId }, include: { events: true } });
    expect(c.status).toBe("APPROVED");
    expect(c.closedAt).toBeNull();
    expect(await db.caseDecision.findUniqueOrThrow({ where: { caseId } })).toMatchObject({
      outcome: "APPROVED",
      decidedById: null,
    });
    expect(c.events.map((e) => `${e.kind}:${e.fromStatus ?? ""}>${e.toStatus}`).sort()).toEqual(
      ["SUBMITTED:>RECEIVED", "STATUS:RECEIVED>IN_PROGRESS", "STATUS:IN_PROGRESS>APPROVED"].sort(),
    );
    expect(c.documentText).toContain("Register Referent, geboren op 30/07/1985: referentiepersoon");
    expect(c.documentText).toContain("Register Dochter, geboren op 29/02/2016: dochter");
    expect(c.documentText).toContain("Oude Bruggestraat 13, 8750 Wingene");
    expect(c.documentText).not.toContain("Getypt");
    expect(
      await db.auditLog.count({ where: { subjectId: caseId, action: "case.issued-from-register" } }),
    ).toBe(1);

    // The PDF in Mijn aanvragen: the register's members and the source with the moment of asking.
    const doc = await getCaseDocument(caseId, { userId: applicant.id, staff: false });
    const pdf = (await pdfPages(await renderPdf(caseDocumentSpec(doc!), await getPdfIdentity()))).join("\n");
    expect(pdf).toContain("Register Dochter");
    expect(pdf).toContain("Bron: bevolkingsregister, opgevraagd op 01/12/2026 om 14:05.");
    expect(pdf).not.toContain("Getypt");
  });

  it("goes to staff undecided for a resident without a recorded national number, without asking the register", async () => {
    for (const verified of [undefined, "residence"] as const) {
      const { applicant, caseId } = await filed({ verified });
      expect(await issueFromRegister(db, register, { caseId, userId: applicant.id, now })).toEqual({
        issued: false,
        reason: "not-verified",
      });
      expect(await traces(caseId)).toEqual(untouched);
    }
    expect(fake.asked).toEqual([]);
  });

  it.each<[string, FakeRegister["mode"], NotInstantReason]>([
    ["answers 503", "down", "unreachable"],
    ["answers something that is no household", "malformed", "malformed"],
    ["stays silent past the timeout", "silent", "unreachable"],
  ])("is not issued when the register %s, and nothing is half-written", async (_, mode, reason) => {
    const { applicant, caseId } = await filed({ verified: "national-number" });
    fake.mode = mode;
    expect(await issueFromRegister(db, register, { caseId, userId: applicant.id, now })).toEqual({
      issued: false,
      reason,
    });
    expect(await traces(caseId)).toEqual(untouched);
  });

  it("is not issued when the register does not know the number, is unreachable or refuses the token", async () => {
    const { applicant, caseId } = await filed({ verified: "national-number" });
    await db.residentVerification.update({
      where: { userId: applicant.id },
      data: { nationalNumber: testNationalNumber() },
    });
    const asked = (r: typeof register) => issueFromRegister(db, r, { caseId, userId: applicant.id, now });
    expect(await asked(register)).toEqual({ issued: false, reason: "not-found" });
    const closed = await startFakeRegister();
    await closed.close();
    expect(await asked(httpPopulationRegister({ url: closed.url, token: "x" }))).toEqual({
      issued: false,
      reason: "unreachable",
    });
    expect(await asked(httpPopulationRegister({ url: fake.url, token: "wrong" }))).toEqual({
      issued: false,
      reason: "unreachable",
    });
    expect(await traces(caseId)).toEqual(untouched);
  });

  it("leaves a product that is not issued from the register to staff, without asking the register", async () => {
    const { applicant, caseId } = await filed({ fromRegister: false, verified: "national-number" });
    expect(await issueFromRegister(db, register, { caseId, userId: applicant.id, now })).toBeNull();
    expect(fake.asked).toEqual([]);
    expect(await traces(caseId)).toEqual(untouched);
  });

  it("does not touch a case staff already took, nor another resident's case", async () => {
    const { applicant, caseId } = await filed({ verified: "national-number" });
    const other = await resident();
    expect(await issueFromRegister(db, register, { caseId, userId: other.id, now })).toBeNull();
    await db.case.update({ where: { id: caseId }, data: { status: "IN_PROGRESS" } });
    expect(await issueFromRegister(db, register, { caseId, userId: applicant.id, now })).toBeNull();
    expect((await traces(caseId)).decision).toBeNull();
  });
});

describe("the demo's practice register", () => {
  it("gives the seeded resident with a recorded national number the seeded attest at once, naming the practice register", async () => {
    const token = "demo-test-token";
    const demo = await startDemoRegister(token);
    try {
      const an = await db.user.findUniqueOrThrow({ where: { email: "an.peeters@example.be" } });
      const attest = await db.product.findUniqueOrThrow({
        where: { slug: "attest-gezinssamenstelling" },
        include: { versions: { orderBy: { version: "desc" }, take: 1 } },
      });
      expect(attest.issuedFromRegister).toBe(true);
      const versionId = attest.versions[0]!.id;
      await savePage(db, {
        userId: an.id,
        versionId,
        page: "attest",
        answers: { forWhom: "mezelf", purpose: "school" },
        cleaned: new Map(),
      });
      const { id: caseId } = await submitDraft(db, { userId: an.id, versionId });
      const practice = httpPopulationRegister({ url: demo.url, token, source: DEMO_REGISTER_SOURCE });
      expect(await issueFromRegister(db, practice, { caseId, userId: an.id, now })).toEqual({ issued: true });
      const text = (await db.case.findUniqueOrThrow({ where: { id: caseId } })).documentText;
      // The register knows her partner, whom she never typed into her profile.
      expect(text).toContain("Tom Claeys, geboren op 02/11/1982: partner");
      expect(text).toContain("Bron: oefenregister van de demo (geen echt bevolkingsregister)");
    } finally {
      await demo.close();
    }
  });
});

describe("recording the national number", () => {
  const form = posted;
  const signIn = async (userId: string) => {
    request.session = await sessionOf(userId);
  };

  it("is refused to a resident, also for their own account, with 403 and nothing stored", async () => {
    process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";
    const { staff } = await teamWithStaff();
    const self = await resident();
    await verifyResident(self.id, staff.id);
    await signIn(self.id);
    const error = await staffRecordNationalNumber(
      null,
      form({ residentId: self.id, nationalNumber: testNationalNumber() }),
    ).catch((e: { digest?: string }) => e);
    expect(error).toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
    expect(
      (await db.residentVerification.findUniqueOrThrow({ where: { userId: self.id } })).nationalNumber,
    ).toBeNull();
  });

  it("stores the bare digits for staff, audited without the number, and refuses a bad one, an unverified resident or a number on another account", async () => {
    const { staff } = await teamWithStaff();
    const [a, b] = [await resident(), await resident()];
    await signIn(staff.id);
    const nn = testNationalNumber();
    const printed = `${nn.slice(0, 2)}.${nn.slice(2, 4)}.${nn.slice(4, 6)}-${nn.slice(6, 9)}.${nn.slice(9)}`;

    const unverified = await staffRecordNationalNumber(
      null,
      form({ residentId: a.id, nationalNumber: printed }),
    );
    expect(unverified).toMatchObject({
      ok: false,
      fieldErrors: { nationalNumber: [expect.stringContaining("Bevestig eerst")] },
    });

    await verifyResident(a.id, staff.id);
    await verifyResident(b.id, staff.id);
    const wrong = `${nn.slice(0, 9)}${String((Number(nn.slice(9)) % 97) + 1).padStart(2, "0")}`;
    expect(
      await staffRecordNationalNumber(null, form({ residentId: a.id, nationalNumber: wrong })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { nationalNumber: ["Het controlegetal klopt niet."] },
    });
    expect(
      await staffRecordNationalNumber(null, form({ residentId: a.id, nationalNumber: printed })),
    ).toMatchObject({
      ok: true,
    });
    expect(await db.residentVerification.findUniqueOrThrow({ where: { userId: a.id } })).toMatchObject({
      nationalNumber: nn,
      nationalNumberById: staff.id,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { subjectId: a.id, action: "resident.national-number-recorded" },
    });
    expect(audit).toMatchObject({ actorId: staff.id, onBehalfOfId: a.id });
    expect(JSON.stringify(audit)).not.toContain(nn);

    expect(
      await staffRecordNationalNumber(null, form({ residentId: b.id, nationalNumber: nn })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { nationalNumber: [expect.stringContaining("andere inwoner")] },
    });
    expect(
      (await db.residentVerification.findUniqueOrThrow({ where: { userId: b.id } })).nationalNumber,
    ).toBeNull();
  });
});
