// The uitleendienst's demo data for Wingene: borrower categories (domain-be.md), the catalogue
// with stock, deposits, damage fees, prices per category and accessories, the depot's slots
// (weekday mornings and an evening slot) and the settings. Upserts by code and slug.
import type { Db } from "@/lib/db/client";
import { renditionsOf, storeFile } from "@/lib/uploads/store";
import { itemPicture } from "./lending-pictures";

export const loanCategories = [
  {
    code: "INTERNAL",
    label: "Gemeentelijke dienst",
    description: "Diensten van de gemeente en het OCMW; alleen via de uitleendienst.",
    leadWorkingDays: 2,
    horizonMonths: 12,
    staffOnly: true,
    sortOrder: 0,
  },
  {
    code: "RECOGNISED",
    label: "Erkende vereniging of school",
    description: "Verenigingen die de gemeente erkend heeft en scholen in Wingene.",
    leadWorkingDays: 10,
    horizonMonths: 6,
    forAssociation: true,
    recognisedOnly: true,
    sortOrder: 1,
  },
  {
    code: "NONPROFIT",
    label: "Andere vereniging of vzw",
    description: "Niet-erkende verenigingen en vzw's zonder winstoogmerk.",
    leadWorkingDays: 10,
    horizonMonths: 6,
    forAssociation: true,
    sortOrder: 2,
  },
  {
    code: "RESIDENT",
    label: "Inwoner",
    description: "Inwoners voor een privéfeest of buurtfeest.",
    leadWorkingDays: 10,
    horizonMonths: 6,
    sortOrder: 3,
  },
  {
    code: "COMMERCIAL",
    label: "Commercieel",
    description: "Bedrijven en activiteiten met winstoogmerk; alleen via de uitleendienst.",
    leadWorkingDays: 10,
    horizonMonths: 3,
    staffOnly: true,
    sortOrder: 4,
  },
];

type Prices = [
  internal: number,
  recognised: number,
  nonprofit: number,
  resident: number | null,
  commercial: number,
];

const items: {
  slug: string;
  shape: string;
  name: string;
  unitSingular: string;
  unitPlural: string;
  stock: number;
  depositCents: number;
  damageFeeCents: number;
  prices: Prices;
  description: string;
  conditions: string;
  /** Large items the technical service delivers and collects. */
  deliverable?: boolean;
}[] = [
  {
    slug: "stoelen",
    deliverable: true,
    shape: "stoel",
    name: "Stoel",
    unitSingular: "stoel",
    unitPlural: "stoelen",
    stock: 400,
    depositCents: 100,
    damageFeeCents: 2500,
    prices: [0, 20, 40, 50, 100],
    description: "Stapelbare kunststof stoel, per 10 op een kar.",
    conditions: "Gestapeld en proper terugbrengen.",
  },
  {
    slug: "tafels",
    deliverable: true,
    shape: "tafel",
    name: "Tafel",
    unitSingular: "tafel",
    unitPlural: "tafels",
    stock: 80,
    depositCents: 500,
    damageFeeCents: 8000,
    prices: [0, 100, 150, 200, 400],
    description: "Klaptafel van 180 × 80 cm voor 6 personen.",
    conditions: "Zonder plakband of nietjes terugbrengen.",
  },
  {
    slug: "nadarhekken",
    deliverable: true,
    shape: "nadar",
    name: "Nadarhek",
    unitSingular: "nadarhek",
    unitPlural: "nadarhekken",
    stock: 120,
    depositCents: 500,
    damageFeeCents: 9000,
    prices: [0, 50, 100, 150, 200],
    description: "Verzinkt hek van 2,5 m om een terrein af te bakenen.",
    conditions: "Elk hek staat op een voet; hekken op de openbare weg vragen een politietoelating.",
  },
  {
    slug: "voeten-nadarhekken",
    deliverable: true,
    shape: "voet",
    name: "Voet voor nadarhek",
    unitSingular: "voet",
    unitPlural: "voeten",
    stock: 130,
    depositCents: 0,
    damageFeeCents: 1500,
    prices: [0, 0, 0, 0, 0],
    description: "Betonnen voet waarop een nadarhek staat.",
    conditions: "Samen met de hekken terugbrengen.",
  },
  {
    slug: "parkeerverbodsborden",
    shape: "bord",
    name: "Bord parkeerverbod",
    unitSingular: "bord",
    unitPlural: "borden",
    stock: 30,
    depositCents: 500,
    damageFeeCents: 6000,
    prices: [0, 100, 200, null, 400],
    description: "Verkeersbord E1 met onderbord voor de datum, op een voet.",
    conditions: "Alleen met een politiebesluit; 24 uur vooraf plaatsen.",
  },
  {
    slug: "podiumelementen",
    deliverable: true,
    shape: "podium",
    name: "Podiumelement",
    unitSingular: "podiumelement",
    unitPlural: "podiumelementen",
    stock: 24,
    depositCents: 2500,
    damageFeeCents: 30000,
    prices: [0, 500, 800, 1000, 2000],
    description: "Element van 2 × 1 m, hoogte instelbaar van 40 tot 100 cm.",
    conditions: "Opbouwen volgens de handleiding; niet betreden met naaldhakken.",
  },
  {
    slug: "feesttenten",
    deliverable: true,
    shape: "tent",
    name: "Feesttent",
    unitSingular: "feesttent",
    unitPlural: "feesttenten",
    stock: 4,
    depositCents: 10000,
    damageFeeCents: 60000,
    prices: [0, 2500, 4000, 5000, 10000],
    description: "Tent van 6 × 12 m met zijwanden.",
    conditions: "Altijd verankeren met 4 gewichten; afbreken bij windkracht 6.",
  },
  {
    slug: "tentgewichten",
    deliverable: true,
    shape: "gewicht",
    name: "Tentgewicht",
    unitSingular: "tentgewicht",
    unitPlural: "tentgewichten",
    stock: 16,
    depositCents: 0,
    damageFeeCents: 3000,
    prices: [0, 0, 0, 0, 0],
    description: "Betonblok van 25 kg om een tent te verankeren.",
    conditions: "Samen met de tent terugbrengen.",
  },
  {
    slug: "geluidsinstallatie",
    shape: "geluid",
    name: "Geluidsinstallatie",
    unitSingular: "geluidsinstallatie",
    unitPlural: "geluidsinstallaties",
    stock: 1,
    depositCents: 25000,
    damageFeeCents: 150000,
    prices: [0, 2500, 5000, null, 10000],
    description: "Twee boxen, mengtafel en twee draadloze microfoons.",
    conditions: "Geluidsnormen (VLAREM) respecteren.",
  },
  {
    slug: "toiletwagen",
    deliverable: true,
    shape: "toilet",
    name: "Toiletwagen",
    unitSingular: "toiletwagen",
    unitPlural: "toiletwagens",
    stock: 1,
    depositCents: 25000,
    damageFeeCents: 200000,
    prices: [0, 5000, 8000, null, 15000],
    description: "Aanhangwagen met 2 toiletten en 2 urinoirs; water- en stroomaansluiting nodig.",
    conditions: "Leeg en gereinigd terugbrengen.",
  },
  {
    slug: "elektriciteitskasten",
    shape: "stroom",
    name: "Elektriciteitskast",
    unitSingular: "elektriciteitskast",
    unitPlural: "elektriciteitskasten",
    stock: 3,
    depositCents: 5000,
    damageFeeCents: 40000,
    prices: [0, 1000, 2000, null, 4000],
    description: "Verdeelkast met 4 stopcontacten en 1 aansluiting van 32 A.",
    conditions: "Alleen aansluiten door een bevoegd persoon.",
  },
];

const accessories = [
  { item: "nadarhekken", accessory: "voeten-nadarhekken", perUnit: 1, required: true },
  { item: "feesttenten", accessory: "tentgewichten", perUnit: 4, required: true },
  { item: "tafels", accessory: "stoelen", perUnit: 6, required: false },
];

const MORNING = { startMinutes: 8 * 60, endMinutes: 11 * 60 + 30 };
const EVENING = { startMinutes: 18 * 60, endMinutes: 20 * 60 };
const slots = [
  ...[1, 2, 3, 4, 5].flatMap((d) => [
    { id: `loanslot-pickup-${d}`, kind: "PICKUP" as const, isoWeekday: d, ...MORNING },
    { id: `loanslot-return-${d}`, kind: "RETURN" as const, isoWeekday: d, ...MORNING },
  ]),
  // The evening slots: pick up on Friday after work, bring back on Monday evening.
  { id: "loanslot-pickup-5-evening", kind: "PICKUP" as const, isoWeekday: 5, ...EVENING },
  { id: "loanslot-return-1-evening", kind: "RETURN" as const, isoWeekday: 1, ...EVENING },
  // The technical service delivers on Thursday and Friday mornings and collects on Monday and
  // Tuesday mornings.
  ...[4, 5].map((d) => ({
    id: `loanslot-delivery-${d}`,
    kind: "DELIVERY" as const,
    isoWeekday: d,
    ...MORNING,
  })),
  ...[1, 2].map((d) => ({
    id: `loanslot-collection-${d}`,
    kind: "COLLECTION" as const,
    isoWeekday: d,
    ...MORNING,
  })),
];

const CODES = ["INTERNAL", "RECOGNISED", "NONPROFIT", "RESIDENT", "COMMERCIAL"] as const;

export async function seedLending(db: Db): Promise<void> {
  for (const c of loanCategories)
    await db.loanCategory.upsert({ where: { code: c.code }, update: {}, create: c });
  for (const [i, { shape, prices, ...item }] of items.entries()) {
    const existing = await db.loanItem.findUnique({ where: { slug: item.slug } });
    let photoId = existing?.photoId ?? null;
    if (!photoId) {
      const picture = await itemPicture(shape, item.name);
      photoId = await storeFile(
        db,
        picture,
        { purpose: "loan-item-photo", visibility: "PUBLIC" },
        await renditionsOf(picture),
      );
    }
    const row = await db.loanItem.upsert({
      where: { slug: item.slug },
      update: {},
      create: { ...item, photoId, sortOrder: i },
    });
    for (const [j, unitCents] of prices.entries())
      if (unitCents !== null)
        await db.loanItemPrice.upsert({
          where: { itemId_categoryCode: { itemId: row.id, categoryCode: CODES[j]! } },
          update: {},
          create: { itemId: row.id, categoryCode: CODES[j]!, unitCents },
        });
  }
  for (const a of accessories) {
    const [item, accessory] = await Promise.all(
      [a.item, a.accessory].map((slug) => db.loanItem.findUniqueOrThrow({ where: { slug } })),
    );
    await db.loanAccessory.upsert({
      where: { itemId_accessoryId: { itemId: item!.id, accessoryId: accessory!.id } },
      update: {},
      create: { itemId: item!.id, accessoryId: accessory!.id, perUnit: a.perUnit, required: a.required },
    });
  }
  for (const s of slots) await db.loanSlot.upsert({ where: { id: s.id }, update: {}, create: s });
  // Transport: one price for bringing and collecting, inside Wingene and Ruiselede (merged in 2025).
  await db.loanSettings.upsert({
    where: { id: 1 },
    update: {},
    create: { id: 1, deliveryCents: 6000, deliveryPostcodes: ["8750", "8755"] },
  });
}
