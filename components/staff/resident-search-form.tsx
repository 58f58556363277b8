"use client";
// A GET form, so it works without JavaScript and the result page has a shareable address.
import { QueryForm, TextField } from "@/components/ui/form";

export function ResidentSearchForm({
  defaultValue,
  action = "/beheer/inwoners",
  keep = {},
}: {
  defaultValue?: string;
  /** The page that lists the results (the desk of a service searches on its own page). */
  action?: string;
  /** Query values that page needs to keep (the hall chosen at the hall desk). */
  keep?: Record<string, string>;
}) {
  return (
    <QueryForm
      action={action}
      label="Inwoner zoeken"
      role="search"
      values={defaultValue ? { q: defaultValue } : {}}
      className="flex flex-wrap items-end gap-3"
      submit="Zoeken"
    >
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
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
