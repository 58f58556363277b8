// The designer's prefill, condition, fee and repeating-group forms through their server actions:
// only staff with forms:design may post them (403 otherwise, nothing stored), a good post is stored in the working
// copy and audited as a form edit, a bad one is refused in Dutch with nothing stored and no audit;
// and a field the designer set to prefill is filled for a signed-in resident in the published form.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import {
  createProduct,
  editWorkingCopy,
  publishWorkingCopy,
  workingCopy,
} from "@/lib/eloket/designer/commands";
import { addField, findField } from "@/lib/eloket/designer/edit";
import { seed } from "@/prisma/seed";
import { resident, teamWithStaff } from "./eloket-fixtures";
import { posted, sessionOf } from "./register-fixtures";

const request = vi.hoisted(() => ({
  session: null as { token: string } | null,
}));
vi.mock("@/lib/auth/session-token", () => ({ sessionToken: async () => request.session?.token ?? null }));
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  connection: async () => undefined,
}));
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  revalidatePath: () => undefined,
  // The filing step reads the halls through a cached query; outside Next's cache these do nothing.
  cacheLife: () => undefined,
  cacheTag: () => undefined,
}));
const { addSubFieldAction, removeSubFieldAction, setConditionAction, setFeeAction, setPrefillAction } =
  await import("@/lib/eloket/designer/actions");
const { loadFilingStep } = await import("@/lib/eloket/queries/filing-step");

beforeAll(async () => {
  await seed(db);
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";
});
beforeEach(() => {
  request.session = null;
});

async function admin() {
  return db.user.create({
    data: {
      name: "Beheerder Formulieren",
      email: `beheer-${randomUUID().slice(0, 8)}@wingene.be`,
      staffRoles: { create: { role: "ADMIN" } },
    },
  });
}

/** A product whose working copy asks a yes/no, a choice, a name, a number and a last text. */
async function designed() {
  const { team, staff } = await teamWithStaff();
  const designer = await admin();
  const p = await createProduct(db, designer.id, {
    name: "Premie voor een groendak",
    slug: `groendak-${randomUUID().slice(0, 8)}`,
    teamId: team.id,
    summary: "Een premie voor een nieuw groendak.",
    costText: "Volgens oppervlakte",
    slaDays: 30,
    audiences: ["RESIDENT"],
  });
  for (const [type, label] of [
    ["yesNo", "Plat dak?"],
    ["choice", "Soort dak"],
    ["text", "Naam"],
    ["number", "Oppervlakte"],
    ["text", "Dakbedekking"],
    ["group", "Dakvlakken"],
  ] as const)
    await editWorkingCopy(db, designer.id, p.id, "add-field", (d) => addField(d, "aanvraag", type, label));
  return { product: p, designer, staff };
}

/** What a server action ends in: a redirect (its address) or an answer. */
async function outcome(call: Promise<unknown>) {
  const result = await call.catch((e: { digest?: string }) => e);
  const digest = (result as { digest?: string } | null)?.digest;
  return digest?.startsWith("NEXT_REDIRECT") ? { redirect: digest.split(";")[2] } : result;
}

const edits = (productId: string) =>
  db.auditLog.findMany({
    where: { subjectId: productId, action: "eloket.form-edited" },
    orderBy: { at: "asc" },
  });

describe("the designer's prefill, condition, fee and group actions", () => {
  it("refuse staff without forms:design with 403 and store nothing", async () => {
    const { product: p, staff } = await designed();
    const before = (await workingCopy(db, p.id))!.definition;
    const auditsBefore = (await edits(p.id)).length;
    request.session = await sessionOf(staff.id);
    const calls = [
      () => setPrefillAction(null, posted({ productId: p.id, field: "naam", prefill: "profile.name" })),
      () =>
        setConditionAction(
          null,
          posted({ productId: p.id, field: "dakbedekking", condition1: "platDak:ja" }),
        ),
      () => setFeeAction(null, posted({ productId: p.id, kind: "fixed", amount: "25" })),
      () =>
        addSubFieldAction(
          null,
          posted({ productId: p.id, field: "dakvlakken", type: "number", label: "Oppervlakte" }),
        ),
      () => removeSubFieldAction(null, posted({ productId: p.id, field: "dakvlakken", sub: "omschrijving" })),
    ];
    for (const call of calls)
      expect(await outcome(call())).toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
    expect((await workingCopy(db, p.id))!.definition).toEqual(before);
    expect(await edits(p.id)).toHaveLength(auditsBefore);
  });

  it("store a prefill the published form fills in for a signed-in resident, audited", async () => {
    const { product: p, designer } = await designed();
    request.session = await sessionOf(designer.id);
    expect(
      await outcome(
        setPrefillAction(null, posted({ productId: p.id, field: "naam", prefill: "profile.name" })),
      ),
    ).toEqual({ redirect: `/beheer/formulieren/${p.id}?bewaard=1#veld-naam` });
    expect(findField((await workingCopy(db, p.id))!.definition, "naam")).toMatchObject({
      prefill: "profile.name",
    });
    expect((await edits(p.id)).at(-1)).toMatchObject({
      actorId: designer.id,
      details: { operation: "set-prefill" },
    });

    await publishWorkingCopy(db, designer.id, p.id);
    const applicant = await resident("Lotte Designer");
    const step = await loadFilingStep({
      userId: applicant.id,
      actingName: null,
      slug: p.slug,
      step: "aanvraag",
    });
    expect(step?.answers).toMatchObject({ naam: "Lotte Designer" });
  });

  it("store ONE OF two conditions, and refuse a condition on a later field with nothing stored", async () => {
    const { product: p, designer } = await designed();
    request.session = await sessionOf(designer.id);
    const good = posted({
      productId: p.id,
      field: "dakbedekking",
      match: "any",
      condition1: "platDak:ja",
      condition2: "soortDak:keuze-2",
      condition3: "",
    });
    expect(await outcome(setConditionAction(null, good))).toMatchObject({ redirect: expect.any(String) });
    const stored = (await workingCopy(db, p.id))!.definition;
    expect(findField(stored, "dakbedekking")?.showWhen).toEqual({
      any: [
        { field: "platDak", op: "equals", value: true },
        { field: "soortDak", op: "equals", value: "keuze-2" },
      ],
    });
    const audits = (await edits(p.id)).length;
    const later = posted({ productId: p.id, field: "platDak", condition1: "soortDak:keuze-1" });
    expect(await outcome(setConditionAction(null, later))).toMatchObject({
      ok: false,
      message: "Kies een eerder ja/nee- of keuzeveld als voorwaarde.",
    });
    expect((await workingCopy(db, p.id))!.definition).toEqual(stored);
    expect(await edits(p.id)).toHaveLength(audits);
  });

  it("store a fee per unit with an exemption, and refuse an amount that is no amount on its field", async () => {
    const { product: p, designer } = await designed();
    request.session = await sessionOf(designer.id);
    const before = (await workingCopy(db, p.id))!.definition;
    const audits = (await edits(p.id)).length;
    expect(
      await outcome(setFeeAction(null, posted({ productId: p.id, kind: "fixed", amount: "veel" }))),
    ).toMatchObject({
      ok: false,
      fieldErrors: { amount: ["Vul een bedrag groter dan nul in, zoals 5 of 2,50."] },
    });
    expect(
      await outcome(
        setFeeAction(null, posted({ productId: p.id, kind: "perUnit", amount: "5", unitField: "naam" })),
      ),
    ).toMatchObject({ ok: false, message: "Kies het getalveld waarvan elke eenheid de kostprijs telt." });
    expect((await workingCopy(db, p.id))!.definition).toEqual(before);
    expect(await edits(p.id)).toHaveLength(audits);

    const fee = posted({
      productId: p.id,
      kind: "perUnit",
      amount: "2,50",
      unitField: "oppervlakte",
      exemptWhen: "platDak:nee",
      exemptReason: "Schuin dak: premie niet van toepassing",
    });
    expect(await outcome(setFeeAction(null, fee))).toEqual({
      redirect: `/beheer/formulieren/${p.id}?bewaard=1#kostprijs`,
    });
    expect((await workingCopy(db, p.id))!.definition.derived).toEqual([
      { set: { feeCents: { perUnit: "oppervlakte", cents: 250 } } },
      {
        when: { field: "platDak", op: "equals", value: false },
        set: { exemption: "Schuin dak: premie niet van toepassing" },
      },
    ]);
    expect((await edits(p.id)).at(-1)).toMatchObject({ details: { operation: "set-fee" } });
  });

  it("add a question to a repeating group, audited, and refuse removing its last one with nothing stored", async () => {
    const { product: p, designer } = await designed();
    request.session = await sessionOf(designer.id);
    const add = posted({ productId: p.id, field: "dakvlakken", type: "number", label: "Oppervlakte in m²" });
    expect(await outcome(addSubFieldAction(null, add))).toEqual({
      redirect: `/beheer/formulieren/${p.id}?bewaard=1#veld-dakvlakken`,
    });
    const group = findField((await workingCopy(db, p.id))!.definition, "dakvlakken");
    expect(group?.type === "group" && group.fields.map((f) => [f.key, f.type])).toEqual([
      ["omschrijving", "text"],
      ["oppervlakteInM", "number"],
    ]);
    expect((await edits(p.id)).at(-1)).toMatchObject({ details: { operation: "add-sub-field" } });

    const remove = (sub: string) =>
      removeSubFieldAction(null, posted({ productId: p.id, field: "dakvlakken", sub }));
    expect(await outcome(remove("omschrijving"))).toMatchObject({ redirect: expect.any(String) });
    const stored = (await workingCopy(db, p.id))!.definition;
    const audits = (await edits(p.id)).length;
    expect(await outcome(remove("oppervlakteInM"))).toMatchObject({
      ok: false,
      message: "Een groep heeft minstens één vraag.",
    });
    expect(
      await outcome(
        addSubFieldAction(null, posted({ productId: p.id, field: "dakvlakken", type: "choice", label: "x" })),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { type: ["Kies het soort vraag."] },
    });
    expect((await workingCopy(db, p.id))!.definition).toEqual(stored);
    expect(await edits(p.id)).toHaveLength(audits);
  });
});
