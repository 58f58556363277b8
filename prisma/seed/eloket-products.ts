// The e-loket's demo products: what Wingene's residents ask most, each with its form as data.
// Texts and tariffs are the municipality's (they would be edited in the form designer).

import { environmentProducts } from "./eloket-products-environment";
import type { FormDefinitionInput } from "@/lib/form-engine";
import { type SeedProduct, applicant } from "./eloket-products-shared";

/** "For whom": the resident or a household member (the options come from the household). */
const forWhom: FormDefinitionInput["pages"][number]["fields"][number] = {
  key: "forWhom",
  type: "choice",
  label: "Voor wie vraag je het attest?",
  prefill: "household.members",
  options: [{ value: "mezelf", label: "Mezelf" }],
};

/** Burgerzaken and financiën; omgeving's products are in eloket-products-environment.ts. */
export const eloketProducts: SeedProduct[] = [
  {
    slug: "attest-gezinssamenstelling",
    name: "Attest van gezinssamenstelling",
    summary: "Een attest met wie er op je adres woont, voor school, werkgever, ziekenfonds of huisvesting.",
    keywords: "gezin samenstelling uittreksel bevolkingsregister attest",
    audiences: ["RESIDENT", "HOUSEHOLD_MEMBER"],
    costText: "Gratis",
    attachments: "",
    slaDays: 2,
    fullyOnline: true,
    team: "burgerzaken",
    issuedFromRegister: true,
    form: {
      pages: [
        {
          key: "attest",
          title: "Het attest",
          fields: [
            forWhom,
            {
              key: "purpose",
              type: "choice",
              display: "select",
              label: "Waarvoor heb je het nodig?",
              options: [
                { value: "school", label: "School of studietoelage" },
                { value: "werkgever", label: "Werkgever" },
                { value: "ziekenfonds", label: "Ziekenfonds of kinderbijslag" },
                { value: "huisvesting", label: "Sociale huisvesting" },
                { value: "andere", label: "Iets anders" },
              ],
            },
            {
              key: "purposeOther",
              type: "text",
              label: "Waarvoor dan?",
              showWhen: { field: "purpose", op: "equals", value: "andere" },
            },
            {
              key: "info",
              type: "info",
              label: "Uit het bevolkingsregister",
              text: "Het attest komt uit het bevolkingsregister, niet uit wat je hier of in je profiel invult. Heeft een loket van de gemeente je identiteitskaart gezien, dan krijg je het meteen in Mijn aanvragen; anders maakt burgerzaken het voor je op.",
            },
          ],
        },
      ],
    },
  },
  {
    slug: "bewonerskaart",
    name: "Bewonersparkeerkaart",
    summary: "Parkeer zonder tijdslimiet in de blauwe zone van je eigen straat in het centrum van Wingene.",
    keywords: "parkeerkaart bewonerskaart blauwe zone auto wagen parkeren",
    audiences: ["RESIDENT"],
    costText:
      "€ 25 per jaar voor de eerste kaart, € 50 voor een tweede; gratis met een parkeerkaart voor personen met een handicap.",
    attachments:
      "Een bewijs van je adres (huurcontract, eigendomsakte of een recente energiefactuur).\nVoor een bedrijfs- of leasewagen: een attest van je werkgever of de leasemaatschappij.",
    slaDays: 10,
    fullyOnline: true,
    team: "burgerzaken",
    document: {
      title: "Bewonersparkeerkaart",
      template:
        "Het college van burgemeester en schepenen van Wingene reikt deze bewonersparkeerkaart uit aan {{naam}}, {{address}}.\n\nNummerplaat: {{plate}}\nKaart: {{card}}\n\nDe kaart geldt een jaar vanaf {{datum}} in de blauwe zone van de eigen straat. Leg ze goed zichtbaar achter de voorruit.",
    },
    form: {
      pages: [
        {
          ...applicant,
          fields: [
            ...applicant.fields,
            { key: "address", type: "address", label: "Je adres", prefill: "profile.address" },
          ],
        },
        {
          key: "voertuig",
          title: "Je voertuig",
          fields: [
            { key: "plate", type: "vehiclePlate", label: "Nummerplaat" },
            {
              key: "ownership",
              type: "choice",
              label: "Van wie is het voertuig?",
              options: [
                { value: "eigen", label: "Van mij of iemand van mijn gezin" },
                { value: "bedrijf", label: "Een bedrijfswagen" },
                { value: "lease", label: "Een leasewagen" },
              ],
            },
            {
              key: "employerProof",
              type: "file",
              label: "Attest van je werkgever of leasemaatschappij",
              kinds: ["pdf", "image"],
              showWhen: { field: "ownership", op: "in", value: ["bedrijf", "lease"] },
            },
            {
              key: "card",
              type: "choice",
              label: "Welke kaart vraag je aan?",
              options: [
                { value: "eerste", label: "De eerste kaart van ons gezin (€ 25)" },
                { value: "tweede", label: "Een tweede kaart (€ 50)" },
              ],
            },
            {
              key: "disability",
              type: "yesNo",
              label: "Heb je een parkeerkaart voor personen met een handicap?",
              help: "Dan is de bewonerskaart gratis. We kijken je kaart na.",
            },
          ],
        },
        {
          key: "bewijs",
          title: "Bewijs van adres",
          fields: [
            {
              key: "addressProof",
              type: "file",
              label: "Bewijs van je adres",
              help: "Een huurcontract, eigendomsakte of recente energiefactuur: een foto of pdf, hoogstens 10 MB.",
              kinds: ["pdf", "image"],
            },
            {
              key: "consent",
              type: "signature",
              label: "Verklaring",
              statement: "Ik verklaar dat ik op dit adres woon en dat het voertuig door mij gebruikt wordt.",
            },
          ],
        },
      ],
      derived: [
        { set: { feeCents: 2500 } },
        { when: { field: "card", op: "equals", value: "tweede" }, set: { feeCents: 5000 } },
        {
          when: { field: "disability", op: "equals", value: true },
          set: { feeCents: 0, exemption: "Parkeerkaart voor personen met een handicap" },
        },
      ],
    },
  },
  {
    slug: "klacht",
    name: "Klacht over de dienstverlening",
    summary:
      "Niet tevreden over hoe de gemeente je hielp? Laat het ons weten: we antwoorden binnen 30 dagen.",
    keywords: "klacht ontevreden klachtenbehandeling",
    audiences: ["RESIDENT", "ASSOCIATION"],
    costText: "Gratis",
    attachments: "",
    slaDays: 30,
    fullyOnline: true,
    team: "burgerzaken",
    form: {
      pages: [
        applicant,
        {
          key: "klacht",
          title: "Je klacht",
          fields: [
            { key: "subject", type: "text", label: "Waarover gaat je klacht?", maxLength: 150 },
            { key: "happenedOn", type: "date", label: "Wanneer gebeurde het?", required: false },
            { key: "description", type: "textarea", label: "Wat is er gebeurd?", maxLength: 5000 },
            { key: "callBack", type: "yesNo", label: "Wil je dat we je opbellen?" },
          ],
        },
      ],
    },
  },
  {
    slug: "attest-woonst",
    name: "Attest van woonst",
    summary: "Een bewijs van je adres in het bevolkingsregister en sinds wanneer je er woont.",
    keywords: "woonst adres verblijf attest bewijs",
    audiences: ["RESIDENT", "HOUSEHOLD_MEMBER"],
    costText: "Gratis",
    attachments: "",
    slaDays: 2,
    fullyOnline: true,
    team: "burgerzaken",
    form: {
      pages: [
        {
          key: "attest",
          title: "Het attest",
          fields: [
            forWhom,
            { key: "history", type: "yesNo", label: "Moeten ook je vorige adressen op het attest?" },
          ],
        },
      ],
    },
  },
  {
    slug: "geboortepremie",
    name: "Geboortepremie",
    summary: "€ 100 voor elk kind dat geboren of geadopteerd wordt in een gezin in Wingene.",
    keywords: "geboorte premie baby adoptie kind",
    audiences: ["RESIDENT"],
    costText: "Gratis; de premie is € 100 per kind",
    attachments: "",
    slaDays: 30,
    fullyOnline: true,
    team: "financien",
    form: {
      pages: [
        {
          key: "kind",
          title: "Het kind",
          fields: [
            { key: "childName", type: "text", label: "Naam van het kind" },
            { key: "born", type: "date", label: "Geboortedatum of datum van adoptie" },
            { key: "adoption", type: "yesNo", label: "Gaat het om een adoptie?" },
            { key: "twins", type: "number", label: "Aantal kinderen (bij een meerling)", min: 1, max: 6 },
          ],
        },
        {
          key: "uitbetaling",
          title: "Uitbetaling",
          fields: [{ key: "iban", type: "iban", label: "Rekeningnummer" }],
        },
      ],
      derived: [{ set: { premiumCents: { perUnit: "twins", cents: 10000 } } }],
    },
  },
  ...environmentProducts,
];
