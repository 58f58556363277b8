"use client";
// The catalogue's filters: a GET form, so a filtered view has its own address and works without
// JavaScript (?leeftijd=8&van=2027-07-01&tot=2027-08-31&soort=kamp).
import { DateField, QueryForm, Select, TextField } from "@/components/ui/form";
import type { FieldErrors } from "@/lib/actions/result";
import { KIND_LABELS, KIND_WORDS } from "@/lib/activities/labels";
import { catalogueFilterSchema } from "@/lib/activities/schema";
import type { FormValues } from "@/lib/forms/form-data";

const KINDS = Object.entries(KIND_WORDS).map(([kind, word]) => ({
  value: word,
  label: KIND_LABELS[kind as keyof typeof KIND_LABELS],
}));

export function CatalogueFilters({ values, errors }: { values: FormValues; errors?: FieldErrors }) {
  return (
    <QueryForm
      action="/activiteiten"
      label="Activiteiten filteren"
      role="search"
      values={values}
      errors={errors}
      schema={catalogueFilterSchema}
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4"
      submit="Filteren"
    >
      <TextField
        label="Leeftijd van je kind"
        name="leeftijd"
        optional
        inputMode="numeric"
        autoComplete="off"
      />
      <DateField label="Vanaf" name="van" optional />
      <DateField label="Tot en met" name="tot" optional />
      <Select label="Soort" name="soort" placeholder="Alle soorten" options={KINDS} />
    </QueryForm>
  );
}
