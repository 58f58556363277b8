"use client";
// Creating a desk or meeting room on a site: site and kind as radio groups with their legend.
import { ActionForm, useFieldErrors } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createDeskAction } from "@/lib/appointments/admin-actions";
import { newDeskSchema } from "@/lib/appointments/admin-schema";
import { DESK_KIND_LABELS } from "@/lib/sites/labels";

function Choice({
  name,
  legend,
  options,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
}) {
  const errors = useFieldErrors(name);
  const errorId = `${name}-error`;
  return (
    <fieldset aria-describedby={errors ? errorId : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {errors && (
        <p id={errorId} className="font-semibold text-red-800">
          {errors.join(" ")}
        </p>
      )}
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input type="radio" name={name} value={o.value} required />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function NewDeskForm({ sites }: { sites: { id: string; name: string }[] }) {
  return (
    <ActionForm
      action={createDeskAction}
      schema={newDeskSchema}
      label="Nieuwe balie"
      success={(c) => `${c.name} is aangemaakt. Koppel er diensten aan bij Diensten op afspraak.`}
    >
      <Choice
        name="siteId"
        legend="Gemeentehuis"
        options={sites.map((s) => ({ value: s.id, label: s.name }))}
      />
      <TextField label="Naam van de balie of ruimte" name="name" />
      <Choice
        name="kind"
        legend="Soort"
        options={Object.entries(DESK_KIND_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <SubmitButton>Balie aanmaken</SubmitButton>
    </ActionForm>
  );
}
