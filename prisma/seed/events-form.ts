// The event notification's form as data (a product on the e-loket's engine): what Wingene asks an
// organiser, which questions apply when, and the notice rules (risk category and how many days
// ahead, after /work/shared/domain-be.md). A form designer would edit this as a new version.
import type { FormDefinitionInput } from "@/lib/form-engine";

type Field = FormDefinitionInput["pages"][number]["fields"][number];
const yes = (field: string) => ({ field, op: "equals" as const, value: true });
const yesNo = (key: string, label: string, extra: Partial<Field> = {}) =>
  ({ key, type: "yesNo", label, ...extra }) as Field;

export const eventTypes = [
  { value: "fuif", label: "Fuif of party" },
  { value: "buurtfeest", label: "Buurtfeest of straatfeest" },
  { value: "markt", label: "Markt of rommelmarkt" },
  { value: "wielerwedstrijd", label: "Wielerwedstrijd" },
  { value: "sportevenement", label: "Ander sportevenement (loop, tornooi)" },
  { value: "concert", label: "Concert of optreden" },
  { value: "optocht", label: "Stoet of optocht" },
  { value: "andere", label: "Iets anders" },
];

const pages: FormDefinitionInput["pages"] = [
  {
    key: "organisator",
    title: "Organisator",
    fields: [
      {
        key: "organiser",
        type: "choice",
        label: "Wie organiseert het evenement?",
        help: "Een vereniging kun je alleen kiezen als je er bestuurder van bent.",
        prefill: "association.officerOf",
        options: [{ value: "mezelf", label: "Ikzelf als inwoner" }],
      },
      { key: "contactName", type: "text", label: "Contactpersoon", prefill: "profile.name" },
      { key: "contactEmail", type: "email", label: "E-mailadres", prefill: "profile.email" },
      {
        key: "contactPhone",
        type: "phone",
        label: "Gsm-nummer op de dag zelf",
        prefill: "profile.phone",
      },
    ],
  },
  {
    key: "evenement",
    title: "Het evenement",
    fields: [
      { key: "eventName", type: "text", label: "Naam van het evenement", maxLength: 120 },
      { key: "eventType", type: "choice", display: "select", label: "Soort evenement", options: eventTypes },
      { key: "description", type: "textarea", label: "Korte beschrijving", maxLength: 2000 },
      { key: "eventStart", type: "date", label: "Eerste dag", notInPast: true, notCopied: true },
      { key: "eventEnd", type: "date", label: "Laatste dag", notBefore: "eventStart", notCopied: true },
      { key: "hours", type: "text", label: "Uren", help: "Bijvoorbeeld: van 20 tot 3 uur.", maxLength: 100 },
      {
        key: "setupDate",
        type: "date",
        label: "Opbouw vanaf",
        notAfter: "eventStart",
        notCopied: true,
        help: "De dag waarop je begint op te bouwen (ten laatste de eerste dag).",
      },
      {
        key: "breakdownDate",
        type: "date",
        label: "Afbraak klaar op",
        notBefore: "eventEnd",
        notCopied: true,
      },
    ],
  },
  {
    key: "locatie",
    title: "Locatie",
    fields: [
      {
        key: "locationKind",
        type: "choice",
        label: "Waar vindt het plaats?",
        options: [
          { value: "zaal", label: "In een gemeentelijke zaal" },
          { value: "openbaar-domein", label: "Op het openbaar domein (straat, plein, weide)" },
        ],
      },
      {
        key: "hall",
        type: "choice",
        display: "select",
        label: "Welke zaal?",
        help: "De zaal zelf huur je via Zalen huren.",
        prefill: "halls.all",
        options: [{ value: "geen-zaal", label: "Geen zaal beschikbaar" }],
        showWhen: { field: "locationKind", op: "equals", value: "zaal" },
      },
      {
        key: "streets",
        type: "text",
        label: "Straten of plein",
        help: "Bijvoorbeeld: Markt en Kerkstraat tussen nr. 1 en 20.",
        maxLength: 300,
        showWhen: { field: "locationKind", op: "equals", value: "openbaar-domein" },
      },
      {
        key: "area",
        type: "location",
        label: "Plaats op de kaart",
        required: false,
        showWhen: { field: "locationKind", op: "equals", value: "openbaar-domein" },
      },
    ],
  },
  {
    key: "publiek",
    title: "Publiek",
    fields: [
      { key: "visitors", type: "number", label: "Verwacht aantal bezoekers tegelijk", min: 1, max: 100000 },
      {
        key: "access",
        type: "choice",
        label: "Wie mag komen?",
        options: [
          { value: "publiek", label: "Iedereen (publiek evenement)" },
          { value: "uitnodiging", label: "Alleen genodigden" },
        ],
      },
      yesNo("entranceFee", "Vraag je inkom?"),
    ],
  },
  {
    key: "geluid",
    title: "Muziek en geluid",
    fields: [
      yesNo("music", "Is er muziek?"),
      yesNo("amplified", "Is de muziek versterkt (boxen, dj, band)?", { showWhen: yes("music") }),
      {
        key: "noiseCategory",
        type: "choice",
        label: "Geluidsniveau (VLAREM-categorie)",
        help: "Het hoogste geluidsniveau bij de mengtafel.",
        options: [
          { value: "1", label: "Categorie 1: tot 85 dB(A)" },
          { value: "2", label: "Categorie 2: tot 95 dB(A), met zichtbare geluidsmeter" },
          { value: "3", label: "Categorie 3: tot 100 dB(A), met registratie en gratis oordopjes" },
        ],
        showWhen: yes("amplified"),
      },
      { key: "musicUntil", type: "text", label: "Muziek tot", maxLength: 20, showWhen: yes("music") },
    ],
  },
  {
    key: "drank",
    title: "Drank en eten",
    fields: [
      yesNo("drinks", "Schenk je drank?"),
      yesNo("strongDrink", "Schenk je sterke drank (meer dan 1,2 % gedistilleerd)?", {
        help: "Daarvoor is toelating van het college nodig. Geen alcohol onder 16 jaar.",
        showWhen: yes("drinks"),
      }),
      yesNo("food", "Zijn er eetstanden of foodtrucks?"),
      {
        key: "foodStands",
        type: "number",
        label: "Aantal eetstanden",
        min: 1,
        max: 200,
        showWhen: yes("food"),
      },
    ],
  },
];

export const eventPagesPartOne = pages;
