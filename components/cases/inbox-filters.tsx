"use client";
// The case inbox's filters: a GET form, so a filtered list has its own address.
import { Checkbox, QueryForm, Select } from "@/components/ui/form";
import type { FormValues } from "@/lib/forms/form-data";

type Option = { value: string; label: string };

export function CaseInboxFilters({
  values,
  teams,
  statuses,
}: {
  values: FormValues;
  teams: Option[];
  statuses: Option[];
}) {
  return (
    <QueryForm
      action="/beheer/aanvragen"
      label="Aanvragen filteren"
      role="search"
      values={values}
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4"
      submit="Filteren"
    >
      <Select label="Team" name="team" placeholder="Al mijn teams" options={teams} />
      <Select
        label="Status"
        name="status"
        options={[
          { value: "open", label: "Alle open aanvragen" },
          { value: "alle", label: "Alle statussen" },
          ...statuses,
        ]}
      />
      <Select
        label="Toegewezen aan"
        name="wie"
        placeholder="Iedereen"
        options={[
          { value: "mij", label: "Mij" },
          { value: "niemand", label: "Niemand" },
        ]}
      />
      <Select
        label="Volgorde"
        name="volgorde"
        options={[
          { value: "termijn", label: "Vroegste uiterste datum eerst" },
          { value: "risico", label: "Hoogste risico eerst" },
        ]}
      />
      <Checkbox name="te-laat" value="1" label="Enkel te laat" />
    </QueryForm>
  );
}
