// Every Dutch sentence staff read when they manage activities, sessions, tariffs and openings.
import { formatDateTime } from "@/lib/be/time";

export const activityAdminMessages = {
  capYear: "Geef een jaar tussen 2000 en 2100.",
  capAmount: "Geef het maximum per dag in euro, bijvoorbeeld 16,10 (hoogstens 100,00).",
  capSource: "Geef waar het bedrag vandaan komt, bijvoorbeeld de FAQ van FOD Financiën.",
  title: "Geef een titel van minstens 3 tekens.",
  slugForm: "Gebruik voor het webadres kleine letters, cijfers en koppeltekens, bijvoorbeeld zomerkamp-2027.",
  slugTaken: (slug: string) =>
    `Het webadres ${slug} is al in gebruik door een andere activiteit. Kies een ander.`,
  kind: "Kies het soort activiteit.",
  summary: "Geef een korte samenvatting.",
  description: "Beschrijf de activiteit.",
  organiser: "Geef wie de activiteit organiseert.",
  village: "Geef de deelgemeente.",
  opening: "Kies een inschrijvingsmoment.",
  openingNotFound: "Dit inschrijvingsmoment bestaat niet (meer).",
  cancelDays: "Geef een aantal dagen van 0 tot 60.",
  discount: "Geef een percentage van 0 tot 100.",
  price: "Geef een bedrag in euro, bijvoorbeeld 12,50.",
  sessionLabel: "Geef de periode een naam, bijvoorbeeld Week 1.",
  start: "Kies de eerste dag.",
  end: "Kies de laatste dag.",
  endBeforeStart: "De laatste dag mag niet voor de eerste dag liggen.",
  days: "Geef het aantal dagen dat de activiteit loopt (minstens 1).",
  daysOverSpan: (span: number) =>
    `Deze periode telt ${span === 1 ? "1 dag" : `${span} dagen`}; meer activiteitsdagen kan niet.`,
  place: "Geef de plaats.",
  age: "Geef een leeftijd van 0 tot 25 of laat leeg.",
  ageOrder: "De maximumleeftijd mag niet lager zijn dan de minimumleeftijd.",
  schoolYear: "Kies een schooljaar uit de lijst of laat leeg.",
  schoolYearOrder: "Het hoogste schooljaar mag niet lager zijn dan het laagste.",
  capacity: "Geef een aantal plaatsen van 1 tot 10.000.",
  capacityBelowTaken: (taken: number) =>
    `Er ${taken === 1 ? "is al 1 plaats" : `zijn al ${taken} plaatsen`} ingenomen (vastgehouden of betaald); minder plaatsen dan dat kan niet.`,
  datesWithRegistrations:
    "Er zijn al inschrijvingen voor deze periode: de data kunnen niet meer veranderen. Maak een nieuwe periode.",
  sessionHasRegistrations: (count: number) =>
    `Deze periode heeft ${count === 1 ? "1 inschrijving" : `${count} inschrijvingen`} (ook geannuleerde of op de wachtlijst) en kan niet weg.`,
  sessionInLottery: "Ouders kozen deze periode in een loting: ze kan niet weg.",
  openingLabel: "Geef het inschrijvingsmoment een naam.",
  day: "Kies een datum.",
  time: "Vul een uur in zoals 09:00.",
  closesBeforeOpens: "De inschrijvingen moeten sluiten na de opening.",
  waitingRoom: "Geef 0 tot 120 minuten.",
  admitBatch: "Geef een aantal van 1 tot 1000.",
  openingStarted: (opensAt: Date) =>
    `Dit inschrijvingsmoment is al begonnen (${formatDateTime(opensAt)}): het openingsuur kan niet meer veranderen.`,
} as const;
