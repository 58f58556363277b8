"use client";
// Narrowing the week overview to one desk: a GET form, so the choice is in the address.
import { QueryForm, Select, SubmitButton } from "@/components/ui/form";

export function DeskChoice({
  desks,
  site,
  week,
  desk,
}: {
  desks: { id: string; name: string }[];
  site: string;
  week: string;
  desk?: string;
}) {
  return (
    <QueryForm
      action="/beheer/onthaal/week"
      label="Balie kiezen"
      values={{ balie: desk ?? "" }}
      className="mt-4 flex flex-wrap items-end gap-3"
    >
      <input type="hidden" name="site" value={site} />
      <input type="hidden" name="week" value={week} />
      <Select
        name="balie"
        label="Balie"
        options={[{ value: "", label: "Alle balies" }, ...desks.map((d) => ({ value: d.id, label: d.name }))]}
      />
      <SubmitButton kind="secondary">Toon</SubmitButton>
    </QueryForm>
  );
}
