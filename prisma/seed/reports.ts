// Seeds the meldpunt: departments, the category list with routing and target days, the
// categories outside the municipality's remit with where to go instead, and a few demo reports.
import type { ReportKind } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db/client";
import { newStatusToken } from "@/lib/reports/token";
import { dueOnDate } from "@/lib/reports/overdue";
import { formatTrackingNumber } from "@/lib/reports/tracking-number";
import { residents } from "./data";

export const departments = [
  { slug: "technische-dienst", name: "Technische dienst", email: "technischedienst@wingene.be" },
  { slug: "milieu", name: "Milieudienst", email: "milieu@wingene.be" },
  { slug: "groen", name: "Groendienst", email: "groen@wingene.be" },
  { slug: "onthaal", name: "Onthaal en klachtenbehandeling", email: "info@wingene.be" },
];

const PUBLIC_SPACE: ReportKind[] = ["ISSUE", "SUGGESTION"];
const ALL: ReportKind[] = ["ISSUE", "COMPLAINT", "SUGGESTION", "QUESTION"];

export const categories: {
  slug: string;
  name: string;
  description: string;
  kinds: ReportKind[];
  department?: string;
  targetDays?: number;
  requiresLocation?: boolean;
  referral?: { name: string; text: string; url: string };
}[] = [
  {
    slug: "wegen-en-voetpaden",
    name: "Wegen en voetpaden",
    description: "Putten, losliggende tegels, verzakkingen, beschadigde fietspaden op gemeentewegen.",
    kinds: PUBLIC_SPACE,
    department: "technische-dienst",
    targetDays: 14,
    requiresLocation: true,
  },
  {
    slug: "straatverlichting",
    name: "Straatverlichting",
    description: "Een lamp die niet brandt, knippert of overdag blijft branden.",
    kinds: PUBLIC_SPACE,
    department: "technische-dienst",
    targetDays: 10,
    requiresLocation: true,
  },
  {
    slug: "zwerfvuil-en-sluikstort",
    name: "Zwerfvuil en sluikstort",
    description: "Achtergelaten afval, volle vuilnisbakken, sluikstorten.",
    kinds: PUBLIC_SPACE,
    department: "milieu",
    targetDays: 5,
    requiresLocation: true,
  },
  {
    slug: "groen",
    name: "Groen, bomen en hagen",
    description: "Overhangende takken, omgevallen bomen, maaien van bermen, speelpleinen.",
    kinds: PUBLIC_SPACE,
    department: "groen",
    targetDays: 21,
    requiresLocation: true,
  },
  {
    slug: "riolering",
    name: "Riolering en grachten",
    description: "Verstopte kolken, geurhinder uit de riolering, wateroverlast op straat.",
    kinds: PUBLIC_SPACE,
    department: "technische-dienst",
    targetDays: 10,
    requiresLocation: true,
  },
  {
    slug: "geluidshinder",
    name: "Geluidshinder",
    description: "Lawaai van feesten, werven of bedrijven.",
    kinds: ["ISSUE", "COMPLAINT"],
    department: "milieu",
    targetDays: 10,
  },
  {
    slug: "dienstverlening",
    name: "Dienstverlening van de gemeente",
    description: "Hoe een dienst, loket of medewerker je heeft geholpen.",
    kinds: ["COMPLAINT", "SUGGESTION", "QUESTION"],
    department: "onthaal",
    targetDays: 30,
  },
  {
    slug: "andere",
    name: "Andere",
    description: "Past je melding nergens anders? Kies dan deze.",
    kinds: ALL,
    department: "onthaal",
    targetDays: 14,
  },
  {
    slug: "gewestwegen",
    name: "Gewestwegen (N-wegen)",
    description: "De N37, N35 en N370 en hun fietspaden, verlichting en bermen.",
    kinds: PUBLIC_SPACE,
    referral: {
      name: "Agentschap Wegen en Verkeer",
      text: "Gewestwegen zoals de N37 en de N35 beheert het Agentschap Wegen en Verkeer. Meld het daar, via hun meldpunt.",
      url: "https://meldpuntwegen.be",
    },
  },
  {
    slug: "elektriciteitsnet",
    name: "Elektriciteits- en gasnet",
    description: "Stroomonderbreking, een beschadigde elektriciteitskast, gasgeur.",
    kinds: PUBLIC_SPACE,
    referral: {
      name: "Fluvius",
      text: "Het elektriciteits- en gasnet beheert Fluvius. Ruik je gas? Bel meteen 0800 65 0 65. Andere storingen meld je op de website van Fluvius.",
      url: "https://www.fluvius.be/nl/storingen-en-onderbrekingen",
    },
  },
];

const demoReports = [
  {
    key: "demo-1",
    category: "straatverlichting",
    description: "Lamp aan de kerk brandt al een week niet meer; het is er 's avonds erg donker.",
    addressText: "Markt, 8750 Wingene",
    latitude: 51.0567,
    longitude: 3.2733,
    reporterName: "Jan Devos",
    reporterEmail: "jan.devos@example.be",
    daysAgo: 12,
  },
  {
    key: "demo-2",
    category: "zwerfvuil-en-sluikstort",
    description: "Zakken huisvuil achtergelaten naast de glasbol.",
    addressText: "Stationsstraat, 8750 Zwevezele",
    latitude: 51.0428,
    longitude: 3.2093,
    reporterName: "An Peeters",
    reporterEmail: "an.peeters@example.be",
    daysAgo: 2,
  },
  {
    key: "demo-3",
    category: "wegen-en-voetpaden",
    description: "Diepe put in het fietspad, gevaarlijk voor fietsers.",
    addressText: "Bruggestraat, 8755 Ruiselede",
    latitude: 51.0418,
    longitude: 3.3953,
    reporterName: "Marie Claeys",
    reporterEmail: "marie.claeys@example.be",
    daysAgo: 20,
  },
  {
    key: "demo-4",
    category: "groen",
    description: "Tak hangt over het voetpad, je moet op straat lopen.",
    addressText: "Hulstestraat 7, 8750 Wingene",
    latitude: 51.0645,
    longitude: 3.2652,
    reporterName: "Jan Devos",
    reporterEmail: "jan.devos@example.be",
    daysAgo: 1,
  },
] as const;

export async function seedReports(db: Db, now: Date): Promise<void> {
  for (const d of departments) await db.department.upsert({ where: { slug: d.slug }, update: {}, create: d });
  for (const [index, c] of categories.entries()) {
    const department = c.department
      ? await db.department.findUniqueOrThrow({ where: { slug: c.department } })
      : null;
    const data = {
      slug: c.slug,
      name: c.name,
      description: c.description,
      kinds: c.kinds,
      departmentId: department?.id ?? null,
      targetDays: c.targetDays ?? 14,
      inRemit: !c.referral,
      referralName: c.referral?.name ?? null,
      referralText: c.referral?.text ?? null,
      referralUrl: c.referral?.url ?? null,
      requiresLocation: c.requiresLocation ?? false,
      sortOrder: index,
    };
    await db.reportCategory.upsert({ where: { slug: c.slug }, update: {}, create: data });
  }
  for (const r of demoReports) {
    // The demo reports are recognised by their description, so a rerun adds none twice.
    if (await db.report.findFirst({ where: { description: r.description } })) continue;
    const category = await db.reportCategory.findUniqueOrThrow({ where: { slug: r.category } });
    const reporter = await db.user.findUnique({ where: { email: r.reporterEmail } });
    const createdAt = new Date(now.getTime() - r.daysAgo * 86_400_000);
    const [{ n }] = await db.$queryRaw<{ n: bigint }[]>`SELECT nextval('report_number_seq') AS n`;
    await db.report.create({
      data: {
        number: formatTrackingNumber(n, createdAt),
        kind: "ISSUE",
        categoryId: category.id,
        departmentId: category.departmentId!,
        dueOn: dueOnDate(createdAt, category.targetDays),
        channel: "WEB",
        description: r.description,
        addressText: r.addressText,
        latitude: r.latitude,
        longitude: r.longitude,
        reporterId: reporter?.id ?? null,
        reporterName: r.reporterName,
        reporterEmail: r.reporterEmail,
        links: { create: { tokenHash: newStatusToken().hash } },
        createdAt,
        statusChanges: {
          create: { fromStatus: null, toStatus: "NEW", actorId: reporter?.id, at: createdAt },
        },
      },
    });
  }
}

/** The meldpunt's demo resident, by e-mail, from the residents list in data.ts. */
const REPORTS_DEMO_RESIDENT = "lotte.vermeersch@example.be";

/**
 * Second meldpunt step: the retention setting, and the demo resident the e2e tests file reports as.
 * Databases that ran "basis" before she was added to the residents list get her here.
 */
export async function seedReportsSettings(db: Db): Promise<void> {
  await db.reportSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1, retentionMonths: 12 } });
  const resident = residents.find((r) => r.email === REPORTS_DEMO_RESIDENT);
  if (!resident) return;
  // Her household (empty) belongs to the "basis" step; only the account matters here.
  const { email, name, street, houseNumber, postcode, city, phone } = resident as typeof resident & {
    phone?: string;
  };
  const profile = { email, name, street, houseNumber, postcode, city, phone };
  await db.user.upsert({
    where: { email: profile.email },
    update: {},
    create: { ...profile, emailVerified: new Date() },
  });
}
