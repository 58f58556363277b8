import { type FormDefinitionInput, formDefinitionSchema } from "@/lib/form-engine";

/** A container permit with a condition, a fee per day and an exemption, as staff would define it. */
export const containerInput: FormDefinitionInput = {
  pages: [
    {
      key: "aanvrager",
      title: "Aanvrager",
      fields: [
        { key: "name", type: "text", label: "Naam", prefill: "profile.name" },
        { key: "forCompany", type: "yesNo", label: "Vraag je dit aan voor een bedrijf?" },
        {
          key: "company",
          type: "text",
          label: "Ondernemingsnummer",
          pattern: "enterpriseNumber",
          showWhen: { field: "forCompany", op: "equals", value: true },
        },
      ],
    },
    {
      key: "container",
      title: "Container",
      fields: [
        { key: "from", type: "date", label: "Vanaf", notInPast: true },
        { key: "to", type: "date", label: "Tot en met" },
        { key: "count", type: "number", label: "Aantal containers", min: 1, max: 5 },
        { key: "social", type: "yesNo", label: "Heb je een leefloon?", required: false },
        {
          key: "iban",
          type: "iban",
          label: "Rekeningnummer",
          showWhen: { not: { field: "social", op: "empty" } },
        },
      ],
    },
  ],
  derived: [
    { set: { feeCents: { perDay: ["from", "to"], cents: 1000 } } },
    { when: { field: "count", op: "gt", value: 1 }, set: { feeCents: { perUnit: "count", cents: 2500 } } },
    {
      when: { field: "social", op: "equals", value: true },
      set: { feeCents: 0, exemption: "Leefloon: te controleren" },
    },
  ],
};

export const container = formDefinitionSchema.parse(containerInput);
export const today = "2026-11-30";
