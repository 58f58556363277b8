"use client";
// A GET form, so it works without JavaScript and the result page has a shareable address.
import { QueryForm, TextField } from "@/components/ui/form";

export function ResidentSearchForm({ defaultValue }: { defaultValue?: string }) {
  return (
    <QueryForm
      action="/beheer/inwoners"
      label="Inwoner zoeken"
      role="search"
      values={defaultValue ? { q: defaultValue } : {}}
      className="flex flex-wrap items-end gap-3"
      submit="Zoeken"
    >
      <TextField
        label="Naam of e-mailadres"
        name="q"
        type="search"
        minLength={2}
        autoComplete="off"
        className="min-w-0 flex-1"
        required={false}
      />
    </QueryForm>
  );
}
