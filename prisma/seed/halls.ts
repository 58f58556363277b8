// Hall rental demo data: categories, day parts, and halls across Wingene,
// Zwevezele and Ruiselede with their tariffs, booking windows and cancellation rules. Upserts.
import type { HallCustomerCategory } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db/client";

const categories: { code: HallCustomerCategory; label: string; description: string }[] = [
  {
    code: "RECOGNISED_ASSOCIATION",
    label: "Erkende Wingense vereniging",
    description: "Verenigingen die de gemeente erkend heeft.",
  },
  {
    code: "LOCAL_ASSOCIATION",
    label: "Niet-erkende Wingense vereniging",
    description: "Verenigingen uit de gemeente zonder erkenning.",
  },
  {
    code: "RESIDENT",
    label: "Inwoner",
    description: "Inwoners van Wingene, Zwevezele, Ruiselede en Doomkerke.",
  },
  {
    code: "EXTERNAL",
    label: "Extern of commercieel",
    description: "Wie niet in de gemeente woont, bedrijven en commerciële activiteiten.",
  },
];

export const dayParts = [
  { code: "VOORMIDDAG", label: "Voormiddag", startMinutes: 8 * 60, endMinutes: 13 * 60, sortOrder: 1 },
  { code: "NAMIDDAG", label: "Namiddag", startMinutes: 13 * 60, endMinutes: 18 * 60, sortOrder: 2 },
  { code: "AVOND", label: "Avond", startMinutes: 18 * 60, endMinutes: 23 * 60, sortOrder: 3 },
];

type Tariffs = [number, number, number, number];
const tariffRows = (cents: Tariffs, windows: Tariffs = [12, 12, 6, 6]) =>
  (["RECOGNISED_ASSOCIATION", "LOCAL_ASSOCIATION", "RESIDENT", "EXTERNAL"] as const).map((category, i) => ({
    category,
    unitCents: cents[i],
    bookingWindowMonths: windows[i],
    invoiceAllowed: category === "RECOGNISED_ASSOCIATION",
  }));

const standardCancellation = [
  { minDaysBefore: 0, feePercent: 100, minimumCents: 2500 },
  { minDaysBefore: 14, feePercent: 50, minimumCents: 2500 },
];

export const halls = [
  {
    slug: "feestzaal-de-meersen",
    name: "Feestzaal De Meersen",
    kind: "Feestzaal",
    village: "Wingene",
    street: "Oude Bruggestraat 21",
    postcode: "8750",
    city: "Wingene",
    capacity: 250,
    description:
      "Ruime feestzaal met podium en volledig uitgeruste keuken, geschikt voor eetfestijnen, fuiven en recepties.",
    facilities: [
      "Podium",
      "Professionele keuken",
      "Toog met koelcel",
      "Geluidsinstallatie",
      "Rolstoeltoegankelijk",
    ],
    rules:
      "Muziek stopt om 23 uur. Laat de zaal borstelschoon achter; afval neem je mee. Versiering alleen met de voorziene haken.",
    photoUrl: "/zalen/feestzaal.svg",
    photoAlt: "Voorbeeldafbeelding van een feestzaal",
    rentalUnit: "DAY_PART" as const,
    requiresApproval: true,
    depositCents: 25000,
    sortOrder: 1,
    tariffs: tariffRows([5000, 10000, 15000, 30000]),
  },
  {
    slug: "sporthal-wingene",
    name: "Sporthal Wingene",
    kind: "Sporthal",
    village: "Wingene",
    street: "Beernemsestraat 5",
    postcode: "8750",
    city: "Wingene",
    capacity: 120,
    description: "Sporthal met drie terreinen voor zaalvoetbal, volleybal, badminton en basketbal.",
    facilities: ["3 sportterreinen", "Kleedkamers met douches", "Tribune", "Cafetaria"],
    rules: "Alleen sportschoenen met lichte zool. Per uur te huur tussen 8 en 23 uur.",
    photoUrl: "/zalen/sporthal.svg",
    photoAlt: "Voorbeeldafbeelding van een sporthal",
    rentalUnit: "HOURLY" as const,
    opensAtMinutes: 8 * 60,
    closesAtMinutes: 23 * 60,
    requiresApproval: false,
    depositCents: 12500,
    sortOrder: 2,
    tariffs: tariffRows([1000, 1500, 2000, 4000]),
  },
  {
    slug: "vergaderzaal-de-linde",
    name: "Vergaderzaal De Linde",
    kind: "Vergaderzaal",
    village: "Zwevezele",
    street: "Lichterveldestraat 3",
    postcode: "8750",
    city: "Zwevezele",
    capacity: 30,
    description: "Lichte vergaderzaal boven de bibliotheek van Zwevezele, met projector en koffiehoek.",
    facilities: ["Projector en scherm", "Wifi", "Koffiezet", "Lift"],
    rules: "Zet tafels en stoelen terug zoals je ze vond.",
    photoUrl: "/zalen/vergaderzaal.svg",
    photoAlt: "Voorbeeldafbeelding van een vergaderzaal",
    rentalUnit: "DAY_PART" as const,
    requiresApproval: false,
    depositCents: 12500,
    sortOrder: 3,
    tariffs: tariffRows([0, 2000, 3500, 7500]),
  },
  {
    slug: "parochiecentrum-ruiselede",
    name: "Parochiecentrum Ruiselede",
    kind: "Parochiecentrum",
    village: "Ruiselede",
    street: "Marktplaats 4",
    postcode: "8755",
    city: "Ruiselede",
    capacity: 150,
    description:
      "Het parochiecentrum in het hart van Ruiselede: grote zaal met keuken, ideaal voor verenigingsfeesten.",
    facilities: ["Keuken", "Toog", "Tafels en stoelen voor 150 personen", "Rolstoeltoegankelijk"],
    rules: "Geen confetti of rookmachines. De sleutel haal je af aan het onthaal van het gemeentehuis.",
    photoUrl: "/zalen/parochiecentrum.svg",
    photoAlt: "Voorbeeldafbeelding van een parochiecentrum",
    rentalUnit: "DAY_PART" as const,
    requiresApproval: true,
    depositCents: 15000,
    sortOrder: 4,
    tariffs: tariffRows([4000, 8000, 12000, 24000]),
  },
  {
    slug: "vergaderzaal-het-torentje",
    name: "Vergaderzaal Het Torentje",
    kind: "Vergaderzaal",
    village: "Ruiselede",
    street: "Bruggestraat 1",
    postcode: "8755",
    city: "Ruiselede",
    capacity: 20,
    description: "Kleine vergaderzaal in het gemeentehuis van Ruiselede, voor bestuursvergaderingen.",
    facilities: ["Scherm met HDMI", "Wifi", "Rolstoeltoegankelijk"],
    rules: "Alleen voor vergaderingen; geen eten.",
    photoUrl: "/zalen/vergaderzaal.svg",
    photoAlt: "Voorbeeldafbeelding van een vergaderzaal",
    rentalUnit: "DAY_PART" as const,
    requiresApproval: false,
    depositCents: 0,
    sortOrder: 5,
    // External customers cannot rent this room: no tariff for them.
    tariffs: tariffRows([0, 1500, 2500, 5000]).filter((t) => t.category !== "EXTERNAL"),
  },
];

export async function seedHalls(db: Db): Promise<void> {
  for (const [i, c] of categories.entries())
    await db.hallCategory.upsert({ where: { code: c.code }, update: {}, create: { ...c, sortOrder: i } });
  for (const p of dayParts) await db.hallDayPart.upsert({ where: { code: p.code }, update: {}, create: p });
  for (const { tariffs, ...hall } of halls) {
    const row = await db.hall.upsert({ where: { slug: hall.slug }, update: {}, create: hall });
    for (const t of tariffs)
      await db.hallTariff.upsert({
        where: { hallId_category: { hallId: row.id, category: t.category } },
        update: {},
        create: { ...t, hallId: row.id },
      });
    for (const r of standardCancellation)
      await db.hallCancellationRule.upsert({
        where: { hallId_minDaysBefore: { hallId: row.id, minDaysBefore: r.minDaysBefore } },
        update: {},
        create: { ...r, hallId: row.id },
      });
  }
}
