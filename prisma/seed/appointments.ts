// Appointment services at the specialist desks and meeting rooms of both town halls, with staff
// availability for the desks that are not staffed all opening hours. Idempotent upserts.
import type { Db } from "@/lib/db/client";
import { residents } from "./data";

const h = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3));

type ServiceSeed = {
  slug: string;
  name: string;
  description: string;
  whatToBring: string;
  durationMinutes: number;
  bufferMinutes?: number;
  leadTimeMinutes?: number;
  sameDayAllowed?: boolean;
  capacityPerSlot?: number;
  /** "site-slug/desk-slug" */
  desks: string[];
};

const CIVIL_AFFAIRS_DESKS = [
  "gemeentehuis-wingene/burgerzaken-1",
  "gemeentehuis-wingene/burgerzaken-2",
  "gemeentehuis-ruiselede/burgerzaken",
];

export const appointmentServices: ServiceSeed[] = [
  {
    slug: "identiteitskaart-aanvragen",
    name: "Identiteitskaart aanvragen",
    description: "Een nieuwe elektronische identiteitskaart (eID) of kids-ID aanvragen.",
    whatToBring:
      "Je huidige identiteitskaart, een recente pasfoto volgens de ICAO-norm (of de code van je fotograaf) en je bankkaart. Voor een kids-ID komt het kind mee.",
    durationMinutes: 15,
    desks: CIVIL_AFFAIRS_DESKS,
  },
  {
    slug: "rijbewijs",
    name: "Rijbewijs aanvragen of vernieuwen",
    description: "Een voorlopig of definitief rijbewijs, een internationaal rijbewijs of een duplicaat.",
    whatToBring:
      "Je identiteitskaart, een recente pasfoto, je oude rijbewijs of het attest van de rijschool of het examencentrum, en je bankkaart.",
    durationMinutes: 15,
    desks: CIVIL_AFFAIRS_DESKS,
  },
  {
    slug: "reispas",
    name: "Reispas aanvragen",
    description: "Een paspoort aanvragen voor een reis buiten Europa. Reken op een week levertijd.",
    whatToBring:
      "Je identiteitskaart, een recente pasfoto volgens de ICAO-norm, je oude reispas als je die hebt en je bankkaart.",
    durationMinutes: 20,
    desks: CIVIL_AFFAIRS_DESKS,
  },
  {
    slug: "huwelijk-aangeven",
    name: "Huwelijk of wettelijke samenwoning",
    description: "Je huwelijk aangeven of een verklaring van wettelijke samenwoning afleggen.",
    whatToBring: "De identiteitskaarten van beide partners. Kom samen.",
    durationMinutes: 30,
    leadTimeMinutes: 24 * 60,
    sameDayAllowed: false,
    desks: CIVIL_AFFAIRS_DESKS,
  },
  {
    slug: "bouwvergunning-bespreken",
    name: "Bouwvergunning bespreken",
    description:
      "Een voorontwerp of bouwplan bespreken met een omgevingsambtenaar voor je een omgevingsvergunning aanvraagt.",
    whatToBring:
      "Je plannen (op papier of op een usb-stick), foto's van de huidige toestand en het kadastraal perceel.",
    durationMinutes: 45,
    bufferMinutes: 15,
    leadTimeMinutes: 48 * 60,
    sameDayAllowed: false,
    desks: ["gemeentehuis-wingene/omgeving", "gemeentehuis-ruiselede/gespreksruimte"],
  },
  {
    slug: "afval-en-milieu",
    name: "Afval en milieu",
    description: "Vragen over de afvalkalender, een diftar-container, een compostvat of een milieupremie.",
    whatToBring: "Je identiteitskaart en, voor een premie, de factuur en je rekeningnummer.",
    durationMinutes: 15,
    desks: ["gemeentehuis-wingene/omgeving", "gemeentehuis-ruiselede/onthaal"],
  },
  {
    slug: "vrije-tijd",
    name: "Vrije tijd",
    description: "Uitpas, sportkampen, jeugdwerk, zaalverhuur en subsidies voor verenigingen.",
    whatToBring: "Je identiteitskaart; voor een subsidie het ingevulde aanvraagformulier.",
    durationMinutes: 20,
    desks: ["gemeentehuis-wingene/vrije-tijd"],
  },
  {
    slug: "infosessie-renovatiepremies",
    name: "Infosessie renovatiepremies",
    description:
      "Een groepssessie van een uur in de gespreksruimte over de Mijn VerbouwPremie, energieleningen en gemeentelijke premies.",
    whatToBring: "Je vragen, en als je die hebt een recent EPC of een offerte.",
    durationMinutes: 60,
    leadTimeMinutes: 24 * 60,
    sameDayAllowed: false,
    capacityPerSlot: 8,
    desks: ["gemeentehuis-wingene/gespreksruimte-2"],
  },
];

/** Desks staffed only part of the opening hours ("site/desk" → weekday windows). */
const availability: Record<string, { weekday: number; from: string; to: string }[]> = {
  // The environment officer: Monday to Wednesday, including the Tuesday evening opening.
  "gemeentehuis-wingene/omgeving": [
    { weekday: 1, from: "08:30", to: "16:00" },
    { weekday: 2, from: "08:30", to: "19:00" },
    { weekday: 3, from: "08:30", to: "12:00" },
  ],
  // Info sessions: Tuesday evening and Thursday morning.
  "gemeentehuis-wingene/gespreksruimte-2": [
    { weekday: 2, from: "18:00", to: "19:00" },
    { weekday: 4, from: "09:00", to: "10:00" },
  ],
};

async function deskId(db: Db, ref: string): Promise<string> {
  const [siteSlug, deskSlug] = ref.split("/");
  const desk = await db.desk.findFirstOrThrow({
    where: { slug: deskSlug, site: { slug: siteSlug } },
    select: { id: true },
  });
  return desk.id;
}

/** Walk-in services of the express desk, each with its ticket letter. */
export const queueServices = [
  { slug: "attesten", name: "Attesten en uittreksels", prefix: "A", averageMinutes: 4 },
  { slug: "afhalen", name: "Identiteitskaart of rijbewijs afhalen", prefix: "B", averageMinutes: 5 },
  { slug: "afval", name: "Afvalzakken en containers", prefix: "C", averageMinutes: 3 },
  { slug: "andere-vraag", name: "Een andere vraag", prefix: "D", averageMinutes: 6 },
];

export async function seedAppointments(db: Db): Promise<void> {
  for (const [index, service] of queueServices.entries()) {
    await db.queueService.upsert({
      where: { slug: service.slug },
      update: {},
      create: { ...service, sortOrder: index },
    });
  }
  for (const [index, { desks, ...service }] of appointmentServices.entries()) {
    const row = await db.appointmentService.upsert({
      where: { slug: service.slug },
      update: {},
      create: { ...service, sortOrder: index },
    });
    for (const ref of desks) {
      const id = await deskId(db, ref);
      await db.appointmentServiceDesk.upsert({
        where: { serviceId_deskId: { serviceId: row.id, deskId: id } },
        update: {},
        create: { serviceId: row.id, deskId: id },
      });
    }
  }
  for (const [ref, windows] of Object.entries(availability)) {
    const id = await deskId(db, ref);
    if (await db.deskAvailability.count({ where: { deskId: id } })) continue;
    await db.deskAvailability.createMany({
      data: windows.map((w) => ({ deskId: id, weekday: w.weekday, startsAt: h(w.from), endsAt: h(w.to) })),
    });
  }
  // The resident the appointment tests book with, also on databases seeded before it existed.
  const lies = residents.find((r) => r.email === "lies.vdberghe@example.be")!;
  await db.user.upsert({
    where: { email: lies.email },
    update: {},
    create: {
      email: lies.email,
      name: lies.name,
      street: lies.street,
      houseNumber: lies.houseNumber,
      postcode: lies.postcode,
      city: lies.city,
      phone: lies.phone,
      emailVerified: new Date(),
    },
  });
}
