// Staff and the population register, through the server actions with the portal's real HTTP client
// against the loopback fake: staff of a case's team see the applicant's household on the case page
// (kept nowhere, every lookup audited with the number masked), anyone else is refused, a register
// that fails changes nothing; staff issue the attest through the one decision path; and a filing at
// the desk tries the register like the resident's own submit, so the counter hands over the PDF.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { maskNationalRegisterNumber } from "@/lib/be/national-register-number";
import { caseDocumentSpec } from "@/lib/cases/document";
import { caseMessages } from "@/lib/cases/messages";
import { getCaseDocument } from "@/lib/cases/queries/document";
import { savePage } from "@/lib/eloket/commands/draft";
import { submitDraft } from "@/lib/eloket/commands/submit";
import { registerMessages } from "@/lib/eloket/messages";
import { deskFiledCase } from "@/lib/eloket/queries/desk";
import { getPdfIdentity } from "@/lib/municipality/queries";
import { renderPdf } from "@/lib/pdf/render";
import { httpPopulationRegister } from "@/lib/register/http-client";
import { recordNationalNumber, verifyResident } from "@/lib/residents/verification";
import { seed } from "@/prisma/seed";
import { type FakeRegister, startFakeRegister } from "../fakes/population-register";
import { testNationalNumber } from "../support/national-number";
import { pdfPages } from "../support/pdf-text";
import { product, resident, teamWithStaff } from "./eloket-fixtures";
import { attestForm, posted, registerHousehold, sessionOf } from "./register-fixtures";

const request = vi.hoisted(() => ({
  session: null as { token: string } | null,
  register: null as import("@/lib/register/household").PopulationRegister | null,
}));
vi.mock("@/lib/auth/session-token", () => ({ sessionToken: async () => request.session?.token ?? null }));
vi.mock("@/lib/register", () => ({ populationRegister: () => request.register }));
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  connection: async () => undefined,
}));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
  // The desk's submit reads the halls through a cached query; outside Next's cache these do nothing.
  cacheLife: () => undefined,
  cacheTag: () => undefined,
}));
const { lookupHouseholdAction, issueAttestFromRegisterAction } =
  await import("@/lib/eloket/register-actions");
const { submitDeskRequest } = await import("@/lib/eloket/desk-actions");

let fake: FakeRegister;

beforeAll(async () => {
  await seed(db);
  fake = await startFakeRegister();
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.mode = "normal";
  fake.asked.length = 0;
  request.session = null;
  request.register = httpPopulationRegister({ url: fake.url, token: fake.token, timeoutMs: 1_000 });
});

const household = registerHousehold;
const form = posted;

async function signIn(userId: string) {
  request.session = await sessionOf(userId);
}

async function staffMember(role: "CIVIL_AFFAIRS" | "CALL_CENTRE") {
  return db.user.create({
    data: {
      name: `Medewerker ${role}`,
      email: `medewerker-${randomUUID().slice(0, 8)}@wingene.be`,
      staffRoles: { create: { role } },
    },
  });
}

/** A register product of a team, a resident (with a recorded national number unless said), a saved draft. */
async function drafted(options: { nationalNumber?: boolean } = {}) {
  const { team, staff } = await teamWithStaff();
  const { product: p, version } = await product(team.id, attestForm);
  await db.product.update({ where: { id: p.id }, data: { issuedFromRegister: true } });
  const applicant = await resident("Aanvrager Register");
  const nationalNumber = testNationalNumber();
  if (options.nationalNumber !== false) {
    await verifyResident(applicant.id, staff.id);
    await recordNationalNumber(applicant.id, staff.id, nationalNumber);
  }
  fake.households.set(nationalNumber, household);
  await savePage(db, {
    userId: applicant.id,
    versionId: version.id,
    page: "attest",
    answers: { purpose: "School" },
    cleaned: new Map(),
  });
  return { staff, applicant, nationalNumber, versionId: version.id };
}

async function filed(options: { nationalNumber?: boolean } = {}) {
  const setup = await drafted(options);
  const c = await submitDraft(db, { userId: setup.applicant.id, versionId: setup.versionId });
  return { ...setup, caseId: c.id };
}

/** What a lookup or a failed issue could change on the case. */
async function caseState(caseId: string) {
  const c = await db.case.findUniqueOrThrow({ where: { id: caseId }, include: { events: true } });
  return {
    status: c.status,
    documentText: c.documentText,
    decision: await db.caseDecision.findUnique({ where: { caseId } }),
    events: c.events.length,
  };
}

const untouched = { status: "RECEIVED", documentText: null, decision: null, events: 1 };

describe("staff looking up the household on a case", () => {
  it("shows the register's household to staff of the case's team, audits one lookup with the number masked and stores nothing", async () => {
    const { staff, applicant, caseId, nationalNumber } = await filed();
    await signIn(staff.id);
    const result = await lookupHouseholdAction(null, form({ caseId }));
    expect(result).toMatchObject({
      ok: true,
      data: {
        address: "Oude Bruggestraat 13, 8750 Wingene",
        members: [
          { name: "Register Referent", birthDate: "30/07/1985", relation: "referentiepersoon" },
          { name: "Register Dochter", birthDate: "29/02/2016", relation: "dochter" },
        ],
        nationalNumber: maskNationalRegisterNumber(nationalNumber),
      },
    });
    expect(JSON.stringify(result)).not.toContain(nationalNumber);
    expect(fake.asked).toEqual([nationalNumber]);

    const audits = await db.auditLog.findMany({
      where: { subjectId: caseId, action: "case.register-consulted" },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: staff.id,
      onBehalfOfId: applicant.id,
      subjectType: "Case",
      details: { outcome: "found", members: 2, nationalNumber: maskNationalRegisterNumber(nationalNumber) },
    });
    const everyAudit = await db.auditLog.findMany({
      where: { OR: [{ subjectId: caseId }, { onBehalfOfId: applicant.id }] },
    });
    expect(JSON.stringify(everyAudit)).not.toContain(nationalNumber);
    expect(await caseState(caseId)).toEqual(untouched);
  });

  it("refuses staff outside the case's team as not found and a resident with 403, without asking the register", async () => {
    const { applicant, caseId } = await filed();
    const outsider = await teamWithStaff();
    await signIn(outsider.staff.id);
    expect(await lookupHouseholdAction(null, form({ caseId }))).toMatchObject({
      ok: false,
      message: caseMessages.notFound,
    });
    await signIn(applicant.id);
    const refused = await lookupHouseholdAction(null, form({ caseId })).catch((e: { digest?: string }) => e);
    expect(refused).toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
    expect(fake.asked).toEqual([]);
    expect(await db.auditLog.count({ where: { subjectId: caseId, action: "case.register-consulted" } })).toBe(
      0,
    );
  });

  it.each<[string, FakeRegister["mode"], string, keyof typeof registerMessages.failed]>([
    ["answers 503", "down", "unreachable", "unreachable"],
    ["stays silent past the timeout", "silent", "unreachable", "unreachable"],
    ["answers something that is no household", "malformed", "malformed", "malformed"],
  ])(
    "says in Dutch that the register %s and changes nothing on the case",
    async (_, mode, outcome, message) => {
      const { staff, caseId } = await filed();
      fake.mode = mode;
      await signIn(staff.id);
      expect(await lookupHouseholdAction(null, form({ caseId }))).toMatchObject({
        ok: false,
        message: registerMessages.failed[message],
      });
      expect(await caseState(caseId)).toEqual(untouched);
      const audit = await db.auditLog.findFirstOrThrow({
        where: { subjectId: caseId, action: "case.register-consulted" },
      });
      expect(audit.details).toMatchObject({ outcome });
    },
  );

  it("says so when the register does not know the number or no register is configured", async () => {
    const { staff, caseId, nationalNumber } = await filed();
    fake.households.delete(nationalNumber);
    await signIn(staff.id);
    expect(await lookupHouseholdAction(null, form({ caseId }))).toMatchObject({
      ok: false,
      message: registerMessages.failed["not-found"],
    });
    request.register = {
      source: "bevolkingsregister",
      householdOf: async () => ({ kind: "unavailable", reason: "not-configured" }),
    };
    expect(await lookupHouseholdAction(null, form({ caseId }))).toMatchObject({
      ok: false,
      message: registerMessages.failed["not-configured"],
    });
    expect(await caseState(caseId)).toEqual(untouched);
  });

  it("without a recorded national number says where to record it, asks no register and audits nothing", async () => {
    const { staff, caseId } = await filed({ nationalNumber: false });
    await signIn(staff.id);
    expect(await lookupHouseholdAction(null, form({ caseId }))).toMatchObject({
      ok: false,
      message: registerMessages.noNationalNumber,
    });
    expect(fake.asked).toEqual([]);
    expect(await db.auditLog.count({ where: { subjectId: caseId, action: "case.register-consulted" } })).toBe(
      0,
    );
  });
});

describe("staff issuing the attest from the register", () => {
  it("decides an open case through the one decision path with the staff member as decider", async () => {
    const { staff, applicant, caseId } = await filed();
    await db.case.update({ where: { id: caseId }, data: { status: "IN_PROGRESS" } });
    await signIn(staff.id);
    expect(await issueAttestFromRegisterAction(null, form({ caseId, seen: "IN_PROGRESS" }))).toMatchObject({
      ok: true,
    });
    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.status).toBe("APPROVED");
    expect(c.documentText).toContain("Register Dochter, geboren op 29/02/2016: dochter");
    expect(await db.caseDecision.findUniqueOrThrow({ where: { caseId } })).toMatchObject({
      outcome: "APPROVED",
      decidedById: staff.id,
    });
    expect(
      await db.auditLog.findFirstOrThrow({
        where: { subjectId: caseId, action: "case.issued-from-register" },
      }),
    ).toMatchObject({ actorId: staff.id, onBehalfOfId: applicant.id });
    // Decided now: a second press finds nothing left to issue.
    expect(await issueAttestFromRegisterAction(null, form({ caseId, seen: "APPROVED" }))).toMatchObject({
      ok: false,
      message: registerMessages.cannotIssue,
    });
  });

  it("changes nothing when a colleague moved the case meanwhile, the register is down, or the staff member is outside the team", async () => {
    const { staff, caseId } = await filed();
    await signIn(staff.id);
    expect(await issueAttestFromRegisterAction(null, form({ caseId, seen: "IN_PROGRESS" }))).toMatchObject({
      ok: false,
      message: caseMessages.movedMeanwhile,
    });
    fake.mode = "down";
    expect(await issueAttestFromRegisterAction(null, form({ caseId, seen: "RECEIVED" }))).toMatchObject({
      ok: false,
      message: registerMessages.failed.unreachable,
    });
    fake.mode = "normal";
    await signIn((await teamWithStaff()).staff.id);
    expect(await issueAttestFromRegisterAction(null, form({ caseId, seen: "RECEIVED" }))).toMatchObject({
      ok: false,
      message: caseMessages.notFound,
    });
    expect(await caseState(caseId)).toEqual(untouched);
  });
});

describe("a filing at the desk", () => {
  const redirectOf = async (posted: Promise<unknown>) => {
    const error = (await posted.catch((e: { digest?: string }) => e)) as { digest?: string };
    const url = /^NEXT_REDIRECT;\w+;([^;]+);/.exec(error.digest ?? "")?.[1];
    expect(url, JSON.stringify(error)).toBeDefined();
    return new URL(url!, "http://portal.test");
  };

  it("of an attest for a resident with a recorded number is decided at once, and the desk that filed it gets the PDF", async () => {
    const { applicant, versionId, nationalNumber } = await drafted();
    // The call centre files requests but handles no team's cases.
    const desk = await staffMember("CALL_CENTRE");
    await signIn(desk.id);
    const to = await redirectOf(
      submitDeskRequest(null, form({ _version: versionId, _resident: applicant.id })),
    );
    expect(to.pathname).toBe("/beheer/aanvragen/balie");
    expect(to.searchParams.get("register")).toBe("uitgereikt");
    expect(fake.asked).toEqual([nationalNumber]);

    const number = to.searchParams.get("verstuurd")!;
    const filedCase = await deskFiledCase(number, applicant.id, desk.id);
    expect(filedCase?.documentIssuedAt).not.toBeNull();
    const c = await db.case.findUniqueOrThrow({ where: { id: filedCase!.id } });
    expect(c).toMatchObject({ status: "APPROVED", filedById: desk.id, applicantId: applicant.id });
    expect(
      await db.auditLog.findFirstOrThrow({ where: { subjectId: c.id, action: "case.issued-from-register" } }),
    ).toMatchObject({ actorId: desk.id, onBehalfOfId: applicant.id });

    const doc = await getCaseDocument(c.id, { userId: desk.id, staff: false, desk: true });
    const pdf = (await pdfPages(await renderPdf(caseDocumentSpec(doc!), await getPdfIdentity()))).join("\n");
    expect(pdf).toContain("Register Referent");
    // Another desk colleague, who did not file it, does not get it.
    const colleague = await staffMember("CALL_CENTRE");
    expect(await getCaseDocument(c.id, { userId: colleague.id, staff: false, desk: true })).toBeNull();
    expect(await deskFiledCase(number, applicant.id, colleague.id)).toBeNull();
  });

  it("of an attest for a resident without a recorded number goes to the team's inbox, and the desk reads why", async () => {
    const { applicant, versionId } = await drafted({ nationalNumber: false });
    const desk = await staffMember("CALL_CENTRE");
    await signIn(desk.id);
    const to = await redirectOf(
      submitDeskRequest(null, form({ _version: versionId, _resident: applicant.id })),
    );
    expect(to.searchParams.get("register")).toBe("not-verified");
    expect(registerMessages.deskNotInstant["not-verified"]).toContain("inbox");
    expect(fake.asked).toEqual([]);
    const filedCase = await deskFiledCase(to.searchParams.get("verstuurd")!, applicant.id, desk.id);
    expect(await caseState(filedCase!.id)).toEqual(untouched);
  });
});
