// Wingene's demo activities for the summer of 2027 and a swimming course whose registration opens
// in a few days. Tariffs are data per activity: a verified resident pays the resident tariff.
import type { ActivityKind } from "@/generated/prisma/enums";

type SessionSeed = {
  label: string;
  start: string;
  end: string;
  days: number;
  place: string;
  capacity: number;
  minAge?: number;
  maxAge?: number;
  minSchoolYear?: number;
  maxSchoolYear?: number;
};

export type ActivitySeed = {
  slug: string;
  title: string;
  kind: ActivityKind;
  summary: string;
  description: string;
  organiser: string;
  whatToBring?: string;
  village: string;
  opening: "summer" | "swimming";
  cancelDays: number;
  cancelFeeCents: number;
  siblingDiscountPercent: number;
  tariffs: { code: string; label: string; dayCents: number; weekCents: number | null }[];
  sessions: SessionSeed[];
  /** Places given by a lottery: the seed opens its preference window yesterday, for a week. */
  lottery?: boolean;
};

const tariffs = (resident: number, residentWeek: number | null, other: number, otherWeek: number | null) => [
  { code: "RESIDENT", label: "Inwoner", dayCents: resident, weekCents: residentWeek },
  { code: "NON_RESIDENT", label: "Niet-inwoner", dayCents: other, weekCents: otherWeek },
];

const playgroundWeek = (n: number, start: string, end: string, days = 5): SessionSeed => ({
  label: `Week ${n}`,
  start,
  end,
  days,
  place: "Speelplein Sjakosj, Beernemstraat 10, Wingene",
  capacity: 60,
  minAge: 3,
  maxAge: 12,
});

const swimmingSeries = (label: string): SessionSeed => ({
  label,
  start: "2027-03-03",
  end: "2027-05-12",
  days: 10,
  place: "Zwembad Wingene, Oude Bruggestraat",
  capacity: 12,
  minAge: 5,
  maxAge: 8,
});

export const activitySeeds: ActivitySeed[] = [
  {
    slug: "speelpleinwerking-sjakosj-zomer-2027",
    title: "Speelpleinwerking Sjakosj",
    kind: "PLAYGROUND",
    summary: "Elke weekdag van juli spelen op het speelplein, met animatoren van de jeugddienst.",
    description:
      "Van 9 tot 17 uur (opvang vanaf 8 uur en tot 18 uur). Per week: knutselen, sport, een uitstap op vrijdag. Kinderen van 3 tot 12 jaar.",
    organiser: "Jeugddienst Wingene",
    whatToBring: "Lunchpakket, drinkfles, pet en zonnecrème, kleren die vuil mogen worden.",
    village: "Wingene",
    opening: "summer",
    cancelDays: 7,
    cancelFeeCents: 500,
    siblingDiscountPercent: 20,
    tariffs: tariffs(500, 2000, 800, 3200),
    sessions: [
      playgroundWeek(1, "2027-07-05", "2027-07-09"),
      playgroundWeek(2, "2027-07-12", "2027-07-16"),
      // 21 July is a public holiday: four days.
      playgroundWeek(3, "2027-07-19", "2027-07-23", 4),
      playgroundWeek(4, "2027-07-26", "2027-07-30"),
    ],
  },
  {
    slug: "sportkamp-multimove-2027",
    title: "Sportkamp Multimove",
    kind: "SPORTS",
    summary: "Een week balsporten, turnen, klimmen en zwemmen in sporthal De Leeuw.",
    description: "Van 9 tot 16 uur, met sportmonitoren van de sportdienst. Voor kinderen van 6 tot 12 jaar.",
    organiser: "Sportdienst Wingene",
    whatToBring: "Sportkledij, zwemgerief (woensdag), lunchpakket.",
    village: "Wingene",
    opening: "summer",
    cancelDays: 14,
    cancelFeeCents: 1000,
    siblingDiscountPercent: 10,
    tariffs: tariffs(1500, 6500, 2200, 9500),
    sessions: [
      {
        label: "Week 1",
        start: "2027-07-05",
        end: "2027-07-09",
        days: 5,
        place: "Sporthal De Leeuw, Wingene",
        capacity: 24,
        minAge: 6,
        maxAge: 12,
      },
      {
        label: "Week 5",
        start: "2027-08-02",
        end: "2027-08-06",
        days: 5,
        place: "Sporthal De Leeuw, Wingene",
        capacity: 24,
        minAge: 6,
        maxAge: 12,
      },
    ],
  },
  {
    slug: "jeugdkamp-wilde-bossen-2027",
    title: "Jeugdkamp De Wilde Bossen",
    kind: "CAMP",
    summary: "Vijf dagen hutten bouwen, sporen zoeken en kampvuur in de bossen van Wildenburg.",
    description:
      "Van 9 tot 17 uur met de jeugddienst. Er zijn meer kandidaten dan plaatsen: de plaatsen worden verloot. Geef tot drie voorkeuren per kind op; broers en zussen kunnen samen blijven.",
    organiser: "Jeugddienst Wingene",
    whatToBring: "Stevige schoenen, regenjas, lunchpakket.",
    village: "Wingene",
    opening: "summer",
    cancelDays: 14,
    cancelFeeCents: 1000,
    siblingDiscountPercent: 10,
    tariffs: tariffs(1600, 7000, 2300, 10000),
    lottery: true,
    sessions: [
      {
        label: "Week 2",
        start: "2027-07-12",
        end: "2027-07-16",
        days: 5,
        place: "Jeugdlokaal Wildenburg",
        capacity: 20,
        minAge: 6,
        maxAge: 12,
      },
      {
        label: "Week 6",
        start: "2027-08-09",
        end: "2027-08-13",
        days: 5,
        place: "Jeugdlokaal Wildenburg",
        capacity: 20,
        minAge: 6,
        maxAge: 12,
      },
    ],
  },
  {
    slug: "workshop-kleien-zwevezele-2027",
    title: "Workshop kleien",
    kind: "WORKSHOP",
    summary: "Een namiddag draaien en boetseren met klei in de bibliotheek van Zwevezele.",
    description:
      "Van 13.30 tot 16.30 uur, met een keramiste. Voor kinderen van het lager onderwijs; kleine groep.",
    organiser: "Bibliotheek Wingene",
    whatToBring: "Een oude T-shirt.",
    village: "Zwevezele",
    opening: "summer",
    cancelDays: 3,
    cancelFeeCents: 0,
    siblingDiscountPercent: 0,
    tariffs: tariffs(1200, null, 1500, null),
    sessions: [
      {
        label: "Woensdag 14 juli",
        start: "2027-07-14",
        end: "2027-07-14",
        days: 1,
        place: "Bibliotheek Zwevezele, Kerkplein 3",
        capacity: 2,
        minSchoolYear: 4,
        maxSchoolYear: 9,
      },
    ],
  },
  {
    slug: "zwemlessen-beginners-voorjaar-2027",
    title: "Zwemlessen voor beginners",
    kind: "COURSE",
    summary: "Tien lessen op woensdagnamiddag in zwembad Wingene, voor kinderen die nog niet kunnen zwemmen.",
    description: "Tien lessen van 45 minuten, in kleine groepen met een lesgever van de sportdienst.",
    organiser: "Sportdienst Wingene",
    whatToBring: "Zwemkledij, handdoek; een badmuts krijg je.",
    village: "Wingene",
    opening: "swimming",
    cancelDays: 7,
    cancelFeeCents: 500,
    siblingDiscountPercent: 0,
    tariffs: tariffs(550, null, 800, null),
    sessions: [swimmingSeries("Reeks A (14u)"), swimmingSeries("Reeks B (15u)")],
  },
];

/** Household details for the seeded children: school year 2026-2027. */
export const childDetails: Record<
  string,
  { schoolYear: number; dietNotes?: string; pickupBy?: string; photoConsent?: boolean }
> = {
  "Lotte Claeys": { schoolYear: 8, pickupBy: "Oma Rita Claeys", photoConsent: true },
  "Wout Claeys": { schoolYear: 5, dietNotes: "Vegetarisch" },
  "Noor Van Damme": { schoolYear: 10, photoConsent: true },
};

/** A parent for the end-to-end tests of activities: three children, resident of Wingene. */
export const activityParent = {
  email: "hanne.maes@example.be",
  name: "Hanne Maes",
  street: "Beernemstraat",
  houseNumber: "21",
  postcode: "8750",
  city: "Wingene",
  phone: "0478 55 66 77",
  children: [
    { firstName: "Mila", lastName: "Maes", birthDate: "2017-05-14", schoolYear: 7 },
    { firstName: "Finn", lastName: "Maes", birthDate: "2018-10-02", schoolYear: 6 },
    { firstName: "Lou", lastName: "Maes", birthDate: "2016-02-20", schoolYear: 8 },
  ],
};

// The fiscal maximum per day of childcare (attest 281.86) per calendar year of payment. 2022 to
// 2024 are the amounts FOD Financien published (2024: fin.belgium.be, "kosten betaald in 2024");
// 2025 is the indexed amount Wikifin computed, to be checked against FOD Financien's figure; the
// later years repeat it as a demo value until staff enter the indexed amount of that year on the
// leisure settings page (the attest prints whichever row its year has).
const published = "FOD Financien, geindexeerd maximum per opvangdag";
const computed = "Wikifin, geindexeerd bedrag (nog na te kijken bij FOD Financien)";
const demo = "Demowaarde (bedrag van 2025): vervang door het geindexeerde bedrag van FOD Financien";
export const childcareDayCaps = [
  { year: 2022, maxDayCents: 1440, source: published },
  { year: 2023, maxDayCents: 1570, source: published },
  { year: 2024, maxDayCents: 1640, source: published },
  { year: 2025, maxDayCents: 1690, source: computed },
  { year: 2026, maxDayCents: 1690, source: demo },
  { year: 2027, maxDayCents: 1690, source: demo },
];

/** Demo UiTPAS numbers (13 digits, no real card) and the leisure staff member who confirmed. */
export const socialTariffSeed = {
  confirmed: "4100000000017",
  requested: "4100000000024",
  decidedBy: "vrijetijd@wingene.be",
};

/** A demo organiser (a monitor with a resident account, no staff role) of the playground. */
export const demoOrganiser = {
  email: "marie.claeys@example.be",
  activity: "speelpleinwerking-sjakosj-zomer-2027",
};
