// The event notification's advice bodies and their advisors (each body's team), and last year's
// fuif of Jeugdhuis De Kluis as a decided dossier, so "copy last year's event" has something to
// copy in the demo. Advisors sign in like anyone; their team membership is their role.
import { Prisma } from "@/generated/prisma/client";
import { addBrusselsDays, brusselsParts } from "@/lib/be/time";
import { formatCaseNumber } from "@/lib/cases/number";
import type { Db } from "@/lib/db/client";
import { associationOption } from "@/lib/form-engine";

export const adviceBodies = [
  {
    slug: "politie",
    name: "Politiezone Regio Tielt",
    advisor: "advies@pzregiotielt.be",
    person: "Inspecteur Wim Dewulf",
  },
  {
    slug: "brandweer",
    name: "Brandweerzone Midwest",
    advisor: "preventie@brandweerzonemidwest.be",
    person: "Luitenant Sofie Maes",
  },
  { slug: "milieu", name: "Milieudienst Wingene", advisor: "milieu@wingene.be", person: "Pieter Vandamme" },
];

export async function seedAdviceBodies(db: Db, now: Date) {
  for (const body of adviceBodies) {
    const user = await db.user.upsert({
      where: { email: body.advisor },
      update: {},
      create: { email: body.advisor, name: body.person, emailVerified: now },
    });
    const team = await db.team.upsert({
      where: { slug: `advies-${body.slug}` },
      update: {},
      create: { slug: `advies-${body.slug}`, name: body.name },
    });
    await db.teamMember.upsert({
      where: { teamId_userId: { teamId: team.id, userId: user.id } },
      update: {},
      create: { teamId: team.id, userId: user.id },
    });
    await db.adviceBody.upsert({
      where: { slug: body.slug },
      update: {},
      create: { slug: body.slug, name: body.name, teamId: team.id },
    });
  }
}

/** Last year's approved fuif of the association, filed by its officer (for the copy demo). */
export async function seedLastYearsFuif(
  db: Db,
  input: {
    now: Date;
    productId: string;
    versionId: string;
    teamId: string;
    userId: string;
    associationId: string;
  },
) {
  const today = brusselsParts(input.now).dateKey;
  const start = addBrusselsDays(today, -300);
  const submitted = new Date(input.now.getTime() - 360 * 86_400_000);
  const [{ n }] = await db.$queryRaw<{ n: bigint }[]>`SELECT nextval('case_number_seq') AS n`;
  const answers = {
    organiser: associationOption(input.associationId),
    contactName: "Jasper Lannoo",
    contactEmail: "jasper.lannoo@example.be",
    contactPhone: "0478 12 34 56",
    eventName: "Kluisfuif",
    eventType: "fuif",
    description: "Jaarlijkse fuif van het jeugdhuis met twee dj's.",
    eventStart: start,
    eventEnd: start,
    hours: "van 21 tot 3 uur",
    setupDate: start,
    breakdownDate: addBrusselsDays(start, 1),
    locationKind: "openbaar-domein",
    streets: "Parking sporthal, Oude Bruggestraat",
    visitors: 450,
    access: "publiek",
    entranceFee: true,
    music: true,
    amplified: true,
    noiseCategory: "2",
    musicUntil: "03:00",
    drinks: true,
    strongDrink: false,
    food: false,
    structures: ["tent", "generator"],
    tentSize: "10 op 25 meter",
    tentInspection: true,
    roadClosure: false,
    parkingBan: true,
    parkingStreets: "Oude Bruggestraat, kant sporthal",
    firstAid: true,
    stewards: 8,
    extinguishers: 4,
    waste: "Eigen ploeg ruimt op tot 500 m rond de tent; glas en PMD apart.",
    toilets: 6,
    material: "40 nadarhekken, 10 vuilnisbakken",
    publicity: ["affiches", "online"],
    consent: true,
  };
  await db.case.create({
    data: {
      number: formatCaseNumber(n, submitted),
      productId: input.productId,
      versionId: input.versionId,
      workflowId: "events",
      teamId: input.teamId,
      status: "APPROVED",
      applicantId: input.userId,
      answers: answers as Prisma.InputJsonValue,
      dueOn: new Date(`${addBrusselsDays(start, -7)}T00:00:00Z`),
      submittedAt: submitted,
      closedAt: new Date(submitted.getTime() + 30 * 86_400_000),
      events: { create: { kind: "SUBMITTED", actorId: input.userId, toStatus: "SUBMITTED", at: submitted } },
      decision: {
        create: {
          outcome: "APPROVED",
          conditions: "Geluid tot 95 dB(A), muziek stil om 3 uur.\nNadarhekken langs de Oude Bruggestraat.",
          decidedAt: new Date(submitted.getTime() + 30 * 86_400_000),
        },
      },
    },
  });
}
