"use client";
// The catalogue's search: a GET form (?zoek=…), so it works without JavaScript and can be bookmarked.
import { QueryForm } from "@/components/ui/form/query-form";
import { TextField } from "@/components/ui/form/text-field";

export function CatalogueSearch({ query }: { query: string }) {
  return (
    <QueryForm
      action="/loket"
      values={{ zoek: query }}
      label="Zoek een aanvraag"
      role="search"
      submit="Zoeken"
    >
      <TextField
        name="zoek"
        label="Zoek op een woord"
        hint="Bijvoorbeeld: parkeerkaart, premie, container."
        optional
        type="search"
      />
    </QueryForm>
  );
}
