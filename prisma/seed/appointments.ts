// Appointment services at the theme counters and meeting rooms of both town halls, with staff
// availability for the counters that are not staffed all opening hours. Idempotent upserts.
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
  /** "site-slug/counter-slug" */
  counters: string[];
};

const BURGERZAKEN = [
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
    counters: BURGERZAKEN,
  },
  {
    slug: "rijbewijs",
    name: "Rijbewijs aanvragen of vernieuwen",
    description: "Een voorlopig of definitief rijbewijs, een internationaal rijbewijs of een duplicaat.",
    whatToBring:
      "Je identiteitskaart, een recente pasfoto, je oude rijbewijs of het attest van de rijschool of het examencentrum, en je bankkaart.",
    durationMinutes: 15,
    counters: BURGERZAKEN,
  },
  {
    slug: "reispas",
    name: "Reispas aanvragen",
    description: "Een paspoort aanvragen voor een reis buiten Europa. Reken op een week levertijd.",
    whatToBring:
      "Je identiteitskaart, een recente pasfoto volgens de ICAO-norm, je oude reispas als je die hebt en je bankkaart.",
    durationMinutes: 20,
    counters: BURGERZAKEN,
  },
  {
    slug: "huwelijk-aangeven",
    name: "Huwelijk of wettelijke samenwoning",
    description: "Je huwelijk aangeven of een verklaring van wettelijke samenwoning afleggen.",
    whatToBring: "De identiteitskaarten van beide partners. Kom samen.",
    durationMinutes: 30,
    leadTimeMinutes: 24 * 60,
    sameDayAllowed: false,
    counters: BURGERZAKEN,
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
    counters: ["gemeentehuis-wingene/omgeving", "gemeentehuis-ruiselede/gespreksruimte"],
  },
  {
    slug: "afval-en-milieu",
    name: "Afval en milieu",
    description: "Vragen over de afvalkalender, een diftar-container, een compostvat of een milieupremie.",
    whatToBring: "Je identiteitskaart en, voor een premie, de factuur en je rekeningnummer.",
    durationMinutes: 15,
    counters: ["gemeentehuis-wingene/omgeving", "gemeentehuis-ruiselede/onthaal"],
  },
  {
    slug: "vrije-tijd",
    name: "Vrije tijd",
    description: "Uitpas, sportkampen, jeugdwerk, zaalverhuur en subsidies voor verenigingen.",
    whatToBring: "Je identiteitskaart; voor een subsidie het ingevulde aanvraagformulier.",
    durationMinutes: 20,
    counters: ["gemeentehuis-wingene/vrije-tijd"],
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
    counters: ["gemeentehuis-wingene/gespreksruimte-2"],
  },
];

/** Counters staffed only part of the opening hours ("site/counter" → weekday windows). */
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

async function counterId(db: Db, ref: string): Promise<string> {
  const [siteSlug, counterSlug] = ref.split("/");
  const counter = await db.counter.findFirstOrThrow({
    where: { slug: counterSlug, site: { slug: siteSlug } },
    select: { id: true },
  });
  return counter.id;
}

/** Walk-in services of the quick counter, each with its ticket letter. */
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
  for (const [index, { counters, ...service }] of appointmentServices.entries()) {
    const row = await db.appointmentService.upsert({
      where: { slug: service.slug },
      update: {},
      create: { ...service, sortOrder: index },
    });
    for (const ref of counters) {
      const id = await counterId(db, ref);
      await db.appointmentServiceCounter.upsert({
        where: { serviceId_counterId: { serviceId: row.id, counterId: id } },
        update: {},
        create: { serviceId: row.id, counterId: id },
      });
    }
  }
  for (const [ref, windows] of Object.entries(availability)) {
    const id = await counterId(db, ref);
    if (await db.counterAvailability.count({ where: { counterId: id } })) continue;
    await db.counterAvailability.createMany({
      data: windows.map((w) => ({ counterId: id, weekday: w.weekday, startsAt: h(w.from), endsAt: h(w.to) })),
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
