// Seeds the event notification: its workflow, the team Evenementen (the events staff member and
// the beheerder), the product with its form, and the association officer the end-to-end test
// files for (nobody else writes to them), the advice bodies and last year's fuif.
import type { Db } from "@/lib/db/client";
import { publishVersion } from "@/lib/eloket/commands/publish";
import { EVENT_PRODUCT, EVENTS_TEAM, EVENTS_WORKFLOW, ensureEventsWorkflow } from "@/lib/events/workflow";
import { seedAdviceBodies, seedLastYearsFuif } from "./events-advice";
import { eventForm } from "./events-form-2";
import { seedUitdatabankEventTypes } from "./events-uitdatabank";

export const eventOrganiser = {
  email: "jasper.lannoo@example.be",
  name: "Jasper Lannoo",
  street: "Beernemstraat",
  houseNumber: "41",
  postcode: "8750",
  city: "Wingene",
  phone: "0478 12 34 56",
};

export const eventAssociation = {
  slug: "jeugdhuis-de-kluis",
  name: "Jeugdhuis De Kluis",
  recognised: true,
  village: "Wingene",
  email: "bestuur@jhdekluis.be",
};

export async function seedEvents(db: Db, now: Date) {
  await ensureEventsWorkflow(db);
  const organiser = await db.user.upsert({
    where: { email: eventOrganiser.email },
    update: {},
    create: { ...eventOrganiser, emailVerified: now },
  });
  const association = await db.association.upsert({
    where: { slug: eventAssociation.slug },
    update: {},
    create: eventAssociation,
  });
  await db.associationMember.upsert({
    where: { associationId_userId: { associationId: association.id, userId: organiser.id } },
    update: {},
    create: { associationId: association.id, userId: organiser.id, role: "MANAGER" },
  });
  const team = await db.team.upsert({
    where: { slug: EVENTS_TEAM },
    update: {},
    create: { slug: EVENTS_TEAM, name: "Evenementen" },
  });
  for (const email of ["evenementen@wingene.be", "beheerder@wingene.be"]) {
    const user = await db.user.findUnique({ where: { email } });
    if (user)
      await db.teamMember.upsert({
        where: { teamId_userId: { teamId: team.id, userId: user.id } },
        update: {},
        create: { teamId: team.id, userId: user.id },
      });
  }
  const product = await db.product.upsert({
    where: { slug: EVENT_PRODUCT },
    update: {},
    create: {
      slug: EVENT_PRODUCT,
      name: "Evenement melden",
      summary:
        "Meld een fuif, buurtfeest, markt of wielerwedstrijd: bewaar een concept, kopieer vorig jaar en volg de beslissing op.",
      keywords: "evenement fuif buurtfeest markt wielerwedstrijd evenementenloket toelating",
      audiences: ["RESIDENT", "ASSOCIATION"],
      costText: "Gratis",
      attachments: "Inplantingsplan, verzekeringsattest",
      slaDays: 21,
      fullyOnline: true,
      teamId: team.id,
      workflowId: EVENTS_WORKFLOW,
    },
  });
  const version =
    (await db.productFormVersion.findFirst({
      where: { productId: product.id },
      orderBy: { version: "desc" },
    })) ?? (await publishVersion(db, product.id, eventForm, now));
  await seedAdviceBodies(db, now);
  await seedUitdatabankEventTypes(db);
  if ((await db.case.count({ where: { productId: product.id } })) === 0)
    await seedLastYearsFuif(db, {
      now,
      productId: product.id,
      versionId: version.id,
      teamId: team.id,
      userId: organiser.id,
      associationId: association.id,
    });
}
