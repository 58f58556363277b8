// Seeds the e-loket: teams and who is in them, the workflow, the products and their first version.
import type { Db } from "@/lib/db/client";
import { ensureEloketWorkflow, ELOKET_WORKFLOW } from "@/lib/cases/default-workflow";
import { publishVersion } from "@/lib/eloket/commands/publish";
import { eloketProducts } from "./eloket-products";

export const teams = [
  {
    slug: "burgerzaken",
    name: "Burgerzaken",
    members: ["burgerzaken@wingene.be", "onthaal@wingene.be", "beheerder@wingene.be"],
  },
  { slug: "omgeving", name: "Omgeving", members: ["onthaal@wingene.be", "beheerder@wingene.be"] },
  { slug: "financien", name: "Financiën", members: ["burgerzaken@wingene.be", "beheerder@wingene.be"] },
];

/** Residents whose requests the e-loket's end-to-end tests file (nobody else writes to them). */
export const eloketResidents = [
  {
    email: "sarah.verhaeghe@example.be",
    name: "Sarah Verhaeghe",
    street: "Kerkstraat",
    houseNumber: "3",
    postcode: "8750",
    city: "Wingene",
    phone: "0471 23 45 67",
  },
  {
    email: "kobe.desmet@example.be",
    name: "Kobe Desmet",
    street: "Zwevezeelsestraat",
    houseNumber: "19",
    postcode: "8750",
    city: "Zwevezele",
  },
];

export async function seedEloket(db: Db, now: Date) {
  await ensureEloketWorkflow(db);
  for (const person of eloketResidents)
    await db.user.upsert({
      where: { email: person.email },
      update: {},
      create: { ...person, emailVerified: now },
    });
  for (const { members, ...team } of teams) {
    const row = await db.team.upsert({ where: { slug: team.slug }, update: {}, create: team });
    for (const email of members) {
      const user = await db.user.findUnique({ where: { email } });
      if (user)
        await db.teamMember.upsert({
          where: { teamId_userId: { teamId: row.id, userId: user.id } },
          update: {},
          create: { teamId: row.id, userId: user.id },
        });
    }
  }
  await db.caseSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 } });
  for (const { form, team, document, ...product } of eloketProducts) {
    const teamId = (await db.team.findUniqueOrThrow({ where: { slug: team } })).id;
    const documentFields = { documentTitle: document?.title, documentTemplate: document?.template };
    const row = await db.product.upsert({
      where: { slug: product.slug },
      update: {},
      create: { ...product, ...documentFields, teamId, workflowId: ELOKET_WORKFLOW },
    });
    // A database seeded before products had documents gets the template once.
    if (document && !row.documentTemplate)
      await db.product.update({ where: { id: row.id }, data: documentFields });
    if ((await db.productFormVersion.count({ where: { productId: row.id } })) === 0)
      await publishVersion(db, row.id, form, now);
  }
}
