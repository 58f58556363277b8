"use client";
// The inbox's filter and order: a GET form, so a filtered list has its own address (and export).
import { QueryForm, Select } from "@/components/ui/form";
import type { FormValues } from "@/lib/forms/form-data";
import { STATUS_LABELS } from "@/lib/reports/labels";
import { STATUS_URL_WORDS } from "@/lib/reports/url-words";

type Option = { value: string; label: string };

const STATUSES = Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[];

export function InboxFilters({
  values,
  categories,
  departments,
  showMap,
}: {
  values: FormValues;
  categories: Option[];
  departments: Option[];
  showMap: boolean;
}) {
  return (
    <QueryForm
      action="/beheer/meldpunt"
      label="Meldingen filteren"
      role="search"
      values={values}
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-6"
      submit="Filteren"
    >
      {showMap && <input type="hidden" name="weergave" value="kaart" />}
      <Select label="Categorie" name="categorie" placeholder="Alle categorieën" options={categories} />
      <Select
        label="Status"
        name="status"
        defaultValue="OPEN"
        options={[
          { value: "OPEN", label: "Alle open meldingen" },
          { value: "ALLE", label: "Alle statussen" },
          ...STATUSES.map((s) => ({ value: STATUS_URL_WORDS[s], label: STATUS_LABELS[s] })),
        ]}
      />
      <Select label="Dienst" name="dienst" placeholder="Alle diensten" options={departments} />
      <Select
        label="Ouderdom"
        name="leeftijd"
        placeholder="Alle"
        options={[
          { value: "overdue", label: "Enkel te laat" },
          { value: "7", label: "Laatste 7 dagen" },
          { value: "30", label: "Laatste 30 dagen" },
        ]}
      />
      <Select
        label="Volgorde"
        name="sortering"
        options={[
          { value: "oudste", label: "Oudste eerst" },
          { value: "te-laat", label: "Te laat eerst" },
          { value: "nieuwste", label: "Nieuwste eerst" },
        ]}
      />
    </QueryForm>
  );
}
