// The second half of the event notification's form, and its notice rules (events-form.ts has the
// first half): structures, mobility, safety, waste, material, publicity, attachments and consent.
import type { FormDefinitionInput } from "@/lib/form-engine";
import { eventPagesPartOne } from "./events-form";

const has = (field: string, value: string) => ({ field, op: "equals" as const, value });
const yes = (field: string) => ({ field, op: "equals" as const, value: true });

const pages: FormDefinitionInput["pages"] = [
  {
    key: "constructies",
    title: "Tenten en constructies",
    fields: [
      {
        key: "structures",
        type: "choice",
        display: "checkboxes",
        label: "Wat zet je op?",
        required: false,
        help: "Niets aanvinken als je niets opzet.",
        options: [
          { value: "tent", label: "Tent of feesttent" },
          { value: "podium", label: "Podium" },
          { value: "generator", label: "Stroomgenerator" },
          { value: "springkasteel", label: "Springkasteel" },
        ],
      },
      {
        key: "tentSize",
        type: "text",
        label: "Afmetingen van de tent",
        help: "Bijvoorbeeld: 10 op 20 meter.",
        maxLength: 100,
        showWhen: has("structures", "tent"),
      },
      {
        key: "tentInspection",
        type: "yesNo",
        label: "Heeft de tent een geldig keuringsattest?",
        showWhen: has("structures", "tent"),
      },
    ],
  },
  {
    key: "mobiliteit",
    title: "Mobiliteit",
    fields: [
      { key: "roadClosure", type: "yesNo", label: "Moet er een straat worden afgesloten?" },
      {
        key: "closureStreets",
        type: "text",
        label: "Welke straten?",
        maxLength: 300,
        showWhen: yes("roadClosure"),
      },
      { key: "parkingBan", type: "yesNo", label: "Is er een parkeerverbod nodig?" },
      { key: "parkingStreets", type: "text", label: "Waar?", maxLength: 300, showWhen: yes("parkingBan") },
    ],
  },
  {
    key: "veiligheid",
    title: "Veiligheid",
    fields: [
      { key: "firstAid", type: "yesNo", label: "Is er een EHBO-post?" },
      { key: "stewards", type: "number", label: "Aantal stewards of nadarbewakers", min: 0, max: 500 },
      { key: "extinguishers", type: "number", label: "Aantal brandblussers", min: 0, max: 200 },
    ],
  },
  {
    key: "afval",
    title: "Afval en sanitair",
    fields: [
      { key: "waste", type: "textarea", label: "Hoe ruim je het afval op?", maxLength: 1000 },
      { key: "toilets", type: "number", label: "Aantal toiletten", min: 0, max: 200 },
    ],
  },
  {
    key: "materiaal",
    title: "Materiaal van de gemeente",
    intro: "Wat je zou willen lenen. Je vraagt het materiaal zelf nog aan via de uitleendienst.",
    fields: [
      { key: "material", type: "textarea", label: "Gewenst materiaal", required: false, maxLength: 1000 },
    ],
  },
  {
    key: "publiciteit",
    title: "Publiciteit",
    fields: [
      {
        key: "publicity",
        type: "choice",
        display: "checkboxes",
        label: "Hoe maak je reclame?",
        required: false,
        options: [
          { value: "affiches", label: "Affiches" },
          { value: "borden", label: "Borden langs de weg" },
          { value: "online", label: "Online en sociale media" },
        ],
      },
      {
        key: "uitPublish",
        type: "yesNo",
        label:
          "Mag de gemeente je evenement na de goedkeuring publiceren in de UiTdatabank (UiT in Vlaanderen)?",
        help: "Alleen een publiek evenement wordt gepubliceerd: de naam, de beschrijving, de uren, de plaats en de data.",
        required: false,
        showWhen: has("access", "publiek"),
      },
    ],
  },
  {
    key: "bijlagen",
    title: "Bijlagen",
    fields: [
      { key: "sitePlan", type: "file", label: "Inplantingsplan", kinds: ["pdf", "image"], maxFiles: 2 },
      {
        key: "insurance",
        type: "file",
        label: "Verzekeringsattest (burgerlijke aansprakelijkheid)",
        kinds: ["pdf"],
      },
    ],
  },
  {
    key: "toestemming",
    title: "Toestemming",
    fields: [
      {
        key: "consent",
        type: "signature",
        label: "Verklaring",
        statement:
          "Ik verklaar dat deze gegevens juist zijn. De gemeente gebruikt ze om het evenement te beoordelen en deelt ze met politie, brandweer en milieudienst voor hun advies.",
      },
    ],
  },
];

/** How far ahead and how risky: later rules override earlier ones (data, not code). */
const derived: FormDefinitionInput["derived"] = [
  { set: { riskCategory: "Klein evenement", riskLevel: 1, leadDays: 30, deadlineFrom: "eventStart" } },
  {
    when: {
      any: [
        { field: "visitors", op: "gt", value: 500 },
        { all: [has("locationKind", "openbaar-domein"), has("eventType", "fuif")] },
        has("noiseCategory", "3"),
        yes("strongDrink"),
      ],
    },
    set: { riskCategory: "Groot evenement", riskLevel: 2, leadDays: 60 },
  },
  {
    when: { field: "visitors", op: "gt", value: 2000 },
    set: { riskCategory: "Groot evenement", riskLevel: 3, leadDays: 90 },
  },
  {
    when: has("eventType", "wielerwedstrijd"),
    set: { riskCategory: "Wielerwedstrijd", riskLevel: 3, leadDays: 98 },
  },
];

export const eventForm: FormDefinitionInput = { pages: [...eventPagesPartOne, ...pages], derived };
