// Rows and helpers for the event notification's integration tests: the seeded product (its form is
// the municipality's data), a fresh association with its officer, and filing a whole event page by
// page through the same compile + savePage the wizard's action uses.
import { randomUUID } from "node:crypto";
import { addBrusselsDays } from "@/lib/be/time";
import { db } from "@/lib/db";
import { cleanPageFiles, savePage } from "@/lib/eloket/commands/draft";
import { submitDraft } from "@/lib/eloket/commands/submit";
import { EVENT_PRODUCT } from "@/lib/events/workflow";
import {
  type Answers,
  type PrefillContext,
  associationOption,
  compile,
  parseDefinition,
  withOptions,
} from "@/lib/form-engine";

export const today = "2026-11-30";
const tag = () => randomUUID().slice(0, 8);

export const pdfFile = (name: string) =>
  new File([Buffer.from(`%PDF-1.7\n% ${name}\n`)], name, { type: "application/pdf" });

export async function eventVersion() {
  const product = await db.product.findUniqueOrThrow({ where: { slug: EVENT_PRODUCT } });
  const version = await db.productFormVersion.findFirstOrThrow({
    where: { productId: product.id },
    orderBy: { version: "desc" },
  });
  return { product, version, definition: parseDefinition(version.definition) };
}

export async function officerOfNewAssociation(name = "Feestcomité Test") {
  const association = await db.association.create({ data: { slug: `vereniging-${tag()}`, name } });
  const officer = await db.user.create({
    data: {
      name: "Bestuurder Test",
      email: `bestuurder-${tag()}@example.be`,
      memberships: { create: { associationId: association.id, role: "MANAGER" } },
    },
  });
  return { association, officer };
}

export async function plainResident() {
  return db.user.create({ data: { name: "Inwoner Test", email: `inwoner-${tag()}@example.be` } });
}

export const contextFor = (officerOf: { id: string; name: string }[]): PrefillContext => ({
  name: "Test",
  officerOf,
  halls: [{ slug: "de-kluis", name: "Zaal" }],
});

/** Judges a page like the action does (options from the context) and saves it. */
export async function savePosted(
  userId: string,
  context: PrefillContext,
  page: string,
  posted: Record<string, unknown>,
) {
  const { version, definition } = await eventVersion();
  const def = withOptions(definition, context);
  const draft = await db.caseDraft.findUnique({
    where: { userId_versionId: { userId, versionId: version.id } },
  });
  const parsed = compile(def, (draft?.answers ?? {}) as Answers, { page, today }).safeParse(posted);
  if (!parsed.success) return { ok: false as const, issues: parsed.error.issues };
  const saved = await savePage(db, {
    userId,
    versionId: version.id,
    page,
    answers: parsed.data,
    cleaned: await cleanPageFiles(def, page, parsed.data),
  });
  return { ok: true as const, saved };
}

/** A fuif with amplified music and a tent, organised by an association, page by page. */
export function fuifPages(associationId: string, place: { streets: string; start: string }) {
  return {
    organisator: {
      organiser: associationOption(associationId),
      contactName: "Bestuurder Test",
      contactEmail: "bestuur@example.be",
      contactPhone: "0478 12 34 56",
    },
    evenement: {
      eventName: "Zomerfuif",
      eventType: "fuif",
      description: "Fuif met dj.",
      eventStart: place.start,
      eventEnd: place.start,
      hours: "van 21 tot 3 uur",
      setupDate: place.start,
      breakdownDate: place.start,
    },
    locatie: { locationKind: "openbaar-domein", streets: place.streets },
    publiek: { visitors: "400", access: "publiek", entranceFee: "ja" },
    geluid: { music: "ja", amplified: "ja", noiseCategory: "2", musicUntil: "03:00" },
    drank: { drinks: "ja", strongDrink: "nee", food: "nee" },
    constructies: { structures: ["tent"], tentSize: "10 op 20 meter", tentInspection: "ja" },
    mobiliteit: { roadClosure: "nee", parkingBan: "nee" },
    veiligheid: { firstAid: "ja", stewards: "6", extinguishers: "3" },
    afval: { waste: "Eigen ploeg.", toilets: "4" },
    materiaal: { material: "20 nadarhekken" },
    publiciteit: { publicity: ["affiches"] },
    bijlagen: { sitePlan: pdfFile("plan.pdf"), insurance: pdfFile("verzekering.pdf") },
    toestemming: { consent: "on" },
  } satisfies Record<string, Record<string, unknown>>;
}

/** Files the whole fuif and submits it; returns the case. */
export async function fileFuif(
  userId: string,
  context: PrefillContext,
  associationId: string,
  place = { streets: `Markt ${tag()}`, start: "2027-06-19" },
) {
  for (const [page, posted] of Object.entries(fuifPages(associationId, place))) {
    const result = await savePosted(userId, context, page, posted);
    if (!result.ok) throw new Error(`${page}: ${JSON.stringify(result.issues)}`);
  }
  const { version } = await eventVersion();
  return submitDraft(db, { userId, versionId: version.id, context });
}

/** An association's officer who filed a fuif on the Saturday after `day` (a Friday far enough ahead to borrow). */
export async function organiserWithDossier(day: string) {
  const { association, officer } = await officerOfNewAssociation();
  const filed = await fileFuif(officer.id, contextFor([association]), association.id, {
    streets: "Markt",
    start: addBrusselsDays(day, 1),
  });
  return { day, association, officer, filed };
}
