// Rows for the e-loket's integration tests: a team with a staff member, a product with a
// published form (a container permit with a condition and a fee per day), residents.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ELOKET_WORKFLOW, ensureEloketWorkflow } from "@/lib/cases/default-workflow";
import { cleanPageFiles, savePage } from "@/lib/eloket/commands/draft";
import { publishVersion } from "@/lib/eloket/commands/publish";
import { submitDraft } from "@/lib/eloket/commands/submit";
import { type FormDefinitionInput, compile, parseDefinition } from "@/lib/form-engine";

const tag = () => randomUUID().slice(0, 8);

export async function resident(name = "Inwoner Test") {
  return db.user.create({ data: { name, email: `inwoner-${tag()}@example.be` } });
}

export async function teamWithStaff() {
  await ensureEloketWorkflow(db);
  const staff = await db.user.create({
    data: {
      name: "Medewerker Test",
      email: `medewerker-${tag()}@wingene.be`,
      staffRoles: { create: { role: "CIVIL_AFFAIRS" } },
    },
  });
  const team = await db.team.create({
    data: { slug: `team-${tag()}`, name: "Testteam", members: { create: { userId: staff.id } } },
  });
  return { team, staff };
}

export const permitForm: FormDefinitionInput = {
  pages: [
    {
      key: "wie",
      title: "Wie",
      fields: [
        { key: "name", type: "text", label: "Naam" },
        { key: "company", type: "yesNo", label: "Voor een bedrijf?" },
        {
          key: "companyName",
          type: "text",
          label: "Naam van het bedrijf",
          showWhen: { field: "company", op: "equals", value: true },
        },
      ],
    },
    {
      key: "wanneer",
      title: "Wanneer",
      fields: [
        { key: "from", type: "date", label: "Vanaf" },
        { key: "to", type: "date", label: "Tot en met" },
      ],
    },
  ],
  derived: [{ set: { feeCents: { perDay: ["from", "to"], cents: 1000 } } }],
};

export async function product(teamId: string, form: FormDefinitionInput = permitForm) {
  const row = await db.product.create({
    data: {
      slug: `product-${tag()}`,
      name: "Inname openbaar domein",
      summary: "Test",
      audiences: ["RESIDENT"],
      costText: "€ 10 per dag",
      slaDays: 5,
      teamId,
      workflowId: ELOKET_WORKFLOW,
    },
  });
  const version = await publishVersion(db, row.id, form);
  return { product: row, version };
}

const today = "2026-11-30";

/** Judges a posted page against the version's definition, as the page's action does, and saves it. */
export async function save(userId: string, versionId: string, page: string, posted: Record<string, unknown>) {
  const version = await db.productFormVersion.findUniqueOrThrow({ where: { id: versionId } });
  const def = parseDefinition(version.definition);
  const draft = await db.caseDraft.findUnique({ where: { userId_versionId: { userId, versionId } } });
  const parsed = compile(def, (draft?.answers ?? {}) as Record<string, unknown>, { page, today }).parse(
    posted,
  );
  return savePage(db, {
    userId,
    versionId,
    page,
    answers: parsed,
    cleaned: await cleanPageFiles(def, page, parsed),
  });
}

/** A case filed by a new resident on a new product of a new team, every question answered. */
export async function filedCase() {
  const { team, staff } = await teamWithStaff();
  const { product: p, version } = await product(team.id);
  const applicant = await resident("Jan Devos");
  const answers = { name: "Jan", company: false, from: "2026-12-01", to: "2026-12-02" };
  await savePage(db, {
    userId: applicant.id,
    versionId: version.id,
    page: "wie",
    answers,
    cleaned: new Map(),
  });
  const c = await submitDraft(db, { userId: applicant.id, versionId: version.id });
  return { team, staff, applicant, caseId: c.id, number: c.number, productId: p.id };
}
