// The e-loket's demo products of the team omgeving (environment and public domain).
import { type SeedProduct, applicant } from "./eloket-products-shared";

export const environmentProducts: SeedProduct[] = [
  {
    slug: "premie-regenwaterput",
    name: "Premie voor een regenwaterput",
    summary:
      "Een premie voor wie een regenwaterput plaatst of vernieuwt en ze aansluit op toilet of wasmachine.",
    keywords: "premie regenwater put hemelwater subsidie",
    audiences: ["RESIDENT"],
    costText: "Gratis; de premie is € 250 (€ 400 vanaf 10.000 liter)",
    attachments: "Foto's van de geplaatste put en de aansluiting, en je rekeningnummer.",
    slaDays: 30,
    fullyOnline: true,
    team: "omgeving",
    form: {
      pages: [
        {
          ...applicant,
          fields: [
            ...applicant.fields,
            { key: "address", type: "address", label: "Adres van de woning", prefill: "profile.address" },
          ],
        },
        {
          key: "put",
          title: "De regenwaterput",
          fields: [
            {
              key: "situation",
              type: "choice",
              label: "Gaat het om",
              options: [
                { value: "nieuwbouw", label: "Een nieuwbouw" },
                { value: "bestaand", label: "Een bestaande woning" },
              ],
            },
            {
              key: "newBuildInfo",
              type: "info",
              label: "Nieuwbouw",
              text: "Bij nieuwbouw is een regenwaterput verplicht (hemelwaterverordening). De premie geldt dan alleen voor wat boven het verplichte volume ligt.",
              showWhen: { field: "situation", op: "equals", value: "nieuwbouw" },
            },
            {
              key: "litres",
              type: "number",
              label: "Inhoud van de put",
              unit: "liter",
              min: 1000,
              max: 100000,
            },
            {
              key: "connected",
              type: "yesNo",
              label: "Is de put aangesloten op toilet, wasmachine of buitenkraan?",
            },
            {
              key: "notConnectedInfo",
              type: "info",
              label: "Geen premie zonder aansluiting",
              text: "De premie geldt alleen voor een put die hergebruikt wordt. Sluit je ze later aan, dien dan opnieuw in.",
              showWhen: { field: "connected", op: "equals", value: false },
            },
            {
              key: "installedOn",
              type: "date",
              label: "Datum van plaatsing",
              showWhen: { field: "connected", op: "equals", value: true },
            },
          ],
        },
        {
          key: "uitbetaling",
          title: "Uitbetaling en foto's",
          fields: [
            {
              key: "iban",
              type: "iban",
              label: "Rekeningnummer voor de premie",
              showWhen: { field: "connected", op: "equals", value: true },
            },
            {
              key: "photos",
              type: "file",
              label: "Foto's van de put en de aansluiting",
              kinds: ["image"],
              maxFiles: 3,
              showWhen: { field: "connected", op: "equals", value: true },
            },
            {
              key: "honour",
              type: "signature",
              label: "Verklaring op eer",
              statement:
                "Ik verklaar op eer dat deze gegevens juist zijn en dat de gemeente de put mag komen bekijken.",
              showWhen: { field: "connected", op: "equals", value: true },
            },
          ],
        },
      ],
      derived: [
        { when: { field: "litres", op: "gt", value: 4999 }, set: { premiumCents: 25000 } },
        { when: { field: "litres", op: "gt", value: 9999 }, set: { premiumCents: 40000 } },
      ],
    },
  },
  {
    slug: "container-openbaar-domein",
    name: "Container of werfkraan op de openbare weg",
    summary:
      "Toelating om een container, stelling of bouwmateriaal op straat, voetpad of parkeerstrook te plaatsen.",
    keywords: "container afvalcontainer stelling inname openbaar domein werf vergunning",
    audiences: ["RESIDENT", "ASSOCIATION"],
    costText: "€ 10 per dag",
    attachments: "",
    slaDays: 5,
    fullyOnline: true,
    team: "omgeving",
    document: {
      title: "Toelating container op de openbare weg",
      template:
        "Het college van burgemeester en schepenen van Wingene geeft {{naam}} toelating om een container op de openbare weg te plaatsen van {{from}} tot en met {{to}}.\n\nPlaats: {{place}}\n\nHoud deze toelating bij de container en toon ze op vraag van de politie.",
    },
    form: {
      pages: [
        applicant,
        {
          key: "plaats",
          title: "Waar en wanneer",
          fields: [
            { key: "place", type: "location", label: "Waar komt de container?" },
            { key: "from", type: "date", label: "Vanaf", notInPast: true },
            { key: "to", type: "date", label: "Tot en met" },
            { key: "onRoad", type: "yesNo", label: "Neemt de container een deel van de rijweg in?" },
            {
              key: "signage",
              type: "info",
              label: "Signalisatie",
              text: "Staat de container op de rijweg, dan zorg je zelf voor verlichting en borden volgens de toelating.",
              showWhen: { field: "onRoad", op: "equals", value: true },
            },
          ],
        },
      ],
      derived: [{ set: { feeCents: { perDay: ["from", "to"], cents: 1000 } } }],
    },
  },
  {
    slug: "inzage-bouwdossier",
    name: "Inzage in een bouwdossier",
    summary:
      "Bekijk de plannen en vergunningen van een woning of perceel, bijvoorbeeld voor een verkoop of verbouwing.",
    keywords: "bouwdossier plannen omgevingsvergunning inzage stedenbouw",
    audiences: ["RESIDENT"],
    costText: "Gratis; kopieën € 0,50 per blad",
    attachments: "Als je geen eigenaar bent: een volmacht van de eigenaar.",
    slaDays: 14,
    fullyOnline: false,
    team: "omgeving",
    form: {
      pages: [
        applicant,
        {
          key: "dossier",
          title: "Het dossier",
          fields: [
            { key: "address", type: "address", label: "Adres van het pand" },
            {
              key: "parcel",
              type: "text",
              label: "Perceelnummer (kadaster)",
              pattern: "cadastralParcel",
              required: false,
            },
            { key: "owner", type: "yesNo", label: "Ben je de eigenaar?" },
            {
              key: "mandate",
              type: "file",
              label: "Volmacht van de eigenaar",
              kinds: ["pdf", "image"],
              showWhen: { field: "owner", op: "equals", value: false },
            },
            {
              key: "reason",
              type: "choice",
              display: "checkboxes",
              label: "Waarvoor heb je het nodig?",
              options: [
                { value: "verkoop", label: "Verkoop of aankoop" },
                { value: "verbouwing", label: "Verbouwing" },
                { value: "andere", label: "Iets anders" },
              ],
            },
          ],
        },
      ],
    },
  },
];
