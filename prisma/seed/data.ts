// Demo data for Gemeente Wingene (merged with Ruiselede on 1 January 2025). Realistic, not real:
// the people and e-mail addresses are invented.
import type { AssociationRole, DeskKind, StaffRole } from "@/generated/prisma/enums";

export const municipality = {
  name: "Gemeente Wingene",
  tagline: "Hier is elke inwoner koning",
  phone: "1750",
  phoneDisplay: "1750",
  email: "info@wingene.be",
  website: "https://www.wingene.be",
  street: "Oude Bruggestraat 13",
  postcode: "8750",
  city: "Wingene",
  // Invented account number for the demo (valid IBAN check digits).
  iban: "BE71 0961 2345 6769",
  bic: "GKCCBEBB",
  // Invented enterprise number for the demo (valid check digits: 97 - 2071234 mod 97 = 07).
  enterpriseNo: "0207.123.407",
  // The look: the green of the municipality, the logo mark and the home page's drawing (public/identiteit).
  brandColor: "#0b5e3b",
  logoPath: "/identiteit/logo.svg",
  heroPath: "/identiteit/hero.svg",
  heroAlt: "Getekend landschap van Wingene: velden, huizen, de kerktoren en een windmolen.",
};

const h = (text: string) => {
  const [hours, minutes] = text.split(":").map(Number);
  return hours * 60 + minutes;
};
const window = (weekday: number, from: string, to: string, label?: string, byAppointmentOnly = false) => ({
  weekday,
  opensAt: h(from),
  closesAt: h(to),
  label: label ?? null,
  byAppointmentOnly,
});

type SiteSeed = {
  slug: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  phone: string;
  email: string;
  sortOrder: number;
  desks: { slug: string; name: string; kind: DeskKind }[];
  hours: ReturnType<typeof window>[];
};

export const sites: SiteSeed[] = [
  {
    slug: "gemeentehuis-wingene",
    name: "Gemeentehuis Wingene",
    street: "Oude Bruggestraat 13",
    postcode: "8750",
    city: "Wingene",
    phone: "1750",
    email: "info@wingene.be",
    sortOrder: 1,
    desks: [
      { slug: "onthaal", name: "Onthaal", kind: "RECEPTION" },
      { slug: "snelbalie", name: "Snelbalie", kind: "EXPRESS" },
      { slug: "burgerzaken-1", name: "Themabalie Burgerzaken 1", kind: "SPECIALIST" },
      { slug: "burgerzaken-2", name: "Themabalie Burgerzaken 2", kind: "SPECIALIST" },
      { slug: "vrije-tijd", name: "Themabalie Vrije tijd", kind: "SPECIALIST" },
      { slug: "omgeving", name: "Themabalie Omgeving", kind: "SPECIALIST" },
      { slug: "gespreksruimte-1", name: "Gespreksruimte 1", kind: "MEETING_ROOM" },
      { slug: "gespreksruimte-2", name: "Gespreksruimte 2", kind: "MEETING_ROOM" },
    ],
    hours: [
      ...[1, 2, 3, 4, 5].map((d) => window(d, "08:30", "12:00")),
      window(1, "13:30", "16:00"),
      window(2, "13:30", "16:00"),
      window(2, "16:00", "19:00", "Avondopening"),
      window(3, "13:30", "16:00"),
      window(6, "09:00", "11:30", "Zaterdagvoormiddag, enkel op afspraak", true),
    ],
  },
  {
    slug: "gemeentehuis-ruiselede",
    name: "Gemeentehuis Ruiselede",
    street: "Marktplein 1",
    postcode: "8755",
    city: "Ruiselede",
    phone: "1750",
    email: "info@wingene.be",
    sortOrder: 2,
    desks: [
      { slug: "onthaal", name: "Onthaal", kind: "RECEPTION" },
      { slug: "burgerzaken", name: "Themabalie Burgerzaken", kind: "SPECIALIST" },
      { slug: "gespreksruimte", name: "Gespreksruimte", kind: "MEETING_ROOM" },
    ],
    hours: [
      ...[1, 2, 3, 4, 5].map((d) => window(d, "09:00", "12:00")),
      window(2, "17:00", "19:00", "Avondopening, enkel op afspraak", true),
      window(4, "13:30", "16:30"),
    ],
  },
];

export const exceptionalClosures = [
  {
    site: "gemeentehuis-ruiselede",
    startsOn: "2026-12-18",
    endsOn: "2026-12-18",
    reason: "Opleiding personeel",
  },
  { site: null, startsOn: "2026-12-31", endsOn: "2026-12-31", reason: "Oudejaarsdag" },
];

type PersonSeed = {
  email: string;
  name: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  phone?: string;
};

export const staff: (PersonSeed & { roles: StaffRole[] })[] = [
  {
    email: "onthaal@wingene.be",
    name: "Sofie Vermeulen",
    roles: ["FRONT_DESK"],
    street: "Oude Bruggestraat",
    houseNumber: "13",
    postcode: "8750",
    city: "Wingene",
  },
  {
    email: "callcenter@wingene.be",
    name: "Pieter Maes",
    roles: ["CALL_CENTRE"],
    street: "Oude Bruggestraat",
    houseNumber: "13",
    postcode: "8750",
    city: "Wingene",
  },
  {
    email: "burgerzaken@wingene.be",
    name: "Els Desmet",
    roles: ["CIVIL_AFFAIRS"],
    street: "Oude Bruggestraat",
    houseNumber: "13",
    postcode: "8750",
    city: "Wingene",
  },
  {
    email: "vrijetijd@wingene.be",
    name: "Tom Vanhoutte",
    roles: ["LEISURE"],
    street: "Oude Bruggestraat",
    houseNumber: "13",
    postcode: "8750",
    city: "Wingene",
  },
  {
    email: "evenementen@wingene.be",
    name: "Lien De Smet",
    roles: ["EVENTS"],
    street: "Oude Bruggestraat",
    houseNumber: "13",
    postcode: "8750",
    city: "Wingene",
  },
  {
    email: "technischedienst@wingene.be",
    name: "Koen Verhaeghe",
    roles: ["TECHNICAL_SERVICE"],
    street: "Oude Bruggestraat",
    houseNumber: "13",
    postcode: "8750",
    city: "Wingene",
  },
  {
    email: "beheerder@wingene.be",
    name: "Nathalie Goethals",
    roles: ["ADMIN"],
    street: "Oude Bruggestraat",
    houseNumber: "13",
    postcode: "8750",
    city: "Wingene",
  },
];

export const residents: (PersonSeed & {
  household: { firstName: string; lastName: string; birthDate: string }[];
})[] = [
  {
    email: "an.peeters@example.be",
    name: "An Peeters",
    street: "Stationsstraat",
    houseNumber: "42",
    postcode: "8750",
    city: "Zwevezele",
    phone: "0470 12 34 56",
    household: [
      { firstName: "Lotte", lastName: "Claeys", birthDate: "2016-04-12" },
      { firstName: "Wout", lastName: "Claeys", birthDate: "2019-09-03" },
    ],
  },
  {
    email: "jan.devos@example.be",
    name: "Jan Devos",
    street: "Hulstestraat",
    houseNumber: "7",
    postcode: "8750",
    city: "Wingene",
    phone: "0486 98 76 54",
    household: [],
  },
  {
    email: "marie.claeys@example.be",
    name: "Marie Claeys",
    street: "Bruggestraat",
    houseNumber: "15",
    postcode: "8755",
    city: "Ruiselede",
    household: [{ firstName: "Noor", lastName: "Van Damme", birthDate: "2014-01-30" }],
  },
  {
    // Writes of the hall rental e2e tests (tests/e2e/halls.spec.ts) go through this account.
    email: "bram.verstraete@example.be",
    name: "Bram Verstraete",
    street: "Ruiseleedsesteenweg",
    houseNumber: "88",
    postcode: "8750",
    city: "Wingene",
    household: [],
  },
  {
    // Books appointments in the end-to-end tests (appointments).
    email: "lies.vdberghe@example.be",
    name: "Lies Vandenberghe",
    street: "Beernemstraat",
    houseNumber: "28",
    postcode: "8750",
    city: "Wingene",
    phone: "0495 11 22 33",
    household: [],
  },
  // The meldpunt's e2e tests file reports as her.
  {
    email: "lotte.vermeersch@example.be",
    name: "Lotte Vermeersch",
    street: "Kerkstraat",
    houseNumber: "3",
    postcode: "8750",
    city: "Zwevezele",
    household: [],
  },
];

export const associations: {
  slug: string;
  name: string;
  recognised: boolean;
  village: string;
  email: string;
  members: { email: string; role: AssociationRole }[];
}[] = [
  {
    slug: "chiro-zwevezele",
    name: "Chiro Zwevezele",
    recognised: true,
    village: "Zwevezele",
    email: "leiding@chirozwevezele.be",
    members: [
      { email: "an.peeters@example.be", role: "MANAGER" },
      { email: "jan.devos@example.be", role: "MEMBER" },
    ],
  },
  {
    slug: "wielerclub-ruiselede",
    name: "Wielerclub Ruiselede",
    recognised: false,
    village: "Ruiselede",
    email: "bestuur@wcruiselede.be",
    members: [
      { email: "marie.claeys@example.be", role: "MANAGER" },
      { email: "an.peeters@example.be", role: "MEMBER" },
    ],
  },
  {
    slug: "kwb-wingene",
    name: "KWB Wingene",
    recognised: true,
    village: "Wingene",
    email: "bestuur@kwbwingene.be",
    members: [{ email: "bram.verstraete@example.be", role: "MANAGER" }],
  },
];

/** Cultural season: invented performances, dated relative to the day of seeding. */
export const performances = [
  {
    slug: "de-zingende-zagers",
    title: "De Zingende Zagers",
    subtitle: "Muziektheater over houthakkers die liever zongen",
    description:
      "Vier muzikanten, twaalf zagen en één boomstam. Een warme, grappige voorstelling voor iedereen vanaf acht jaar, met live muziek en veel zaagsel.",
    venueName: "Feestzaal De Kouter",
    venueAddress: "Kouterstraat 2, 8750 Wingene",
    daysAhead: 24,
    startTime: "20:00",
    durationMinutes: 90,
    seats: 180,
    types: [
      { code: "VOLWASSENE", label: "Volwassene", priceCents: 1600 },
      { code: "MIN12", label: "Kind (-12)", priceCents: 800 },
      { code: "SENIOR", label: "60-plusser", priceCents: 1400 },
      {
        code: "KANSEN",
        label: "Kansentarief (UiTPAS)",
        priceCents: 320,
        quota: 20,
        description: "Je betaalt 20 %; toon je UiTPAS aan de ingang.",
      },
    ],
  },
  {
    slug: "nieuwjaarsconcert-harmonie",
    title: "Nieuwjaarsconcert",
    subtitle: "Koninklijke Harmonie Sint-Cecilia",
    description:
      "De harmonie speelt het nieuwe jaar in met walsen, filmmuziek en een verrassing. Na afloop klinken we samen.",
    venueName: "Parochiezaal Zwevezele",
    venueAddress: "Sint-Eligiusplein 1, 8750 Zwevezele",
    daysAhead: 45,
    startTime: "15:00",
    durationMinutes: 120,
    seats: 250,
    types: [
      { code: "VOLWASSENE", label: "Volwassene", priceCents: 1200 },
      { code: "MIN12", label: "Kind (-12)", priceCents: 0 },
      { code: "KANSEN", label: "Kansentarief (UiTPAS)", priceCents: 240, quota: 25 },
    ],
  },
  {
    slug: "comedy-in-ruiselede",
    title: "Comedy in Ruiselede",
    subtitle: "Drie jonge comedians, één avond",
    description:
      "Een avond stand-upcomedy met drie nieuwe stemmen uit West-Vlaanderen. Niet geschikt voor kinderen.",
    venueName: "Cultuurzaal Ruiselede",
    venueAddress: "Marktplein 3, 8755 Ruiselede",
    daysAhead: 60,
    startTime: "20:30",
    durationMinutes: 100,
    seats: 120,
    types: [
      { code: "VOLWASSENE", label: "Volwassene", priceCents: 1800 },
      { code: "KANSEN", label: "Kansentarief (UiTPAS)", priceCents: 360, quota: 10 },
    ],
  },
];
