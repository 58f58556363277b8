"use client";
import { ActionForm, useFieldErrors } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { addClosureAction } from "@/lib/sites/actions";
import { closureSchema } from "@/lib/sites/schema";

function SiteSelect({ sites }: { sites: { id: string; name: string }[] }) {
  const errors = useFieldErrors("siteId");
  return (
    <div>
      <label htmlFor="closure-site" className="block font-semibold">
        Gemeentehuis
      </label>
      <select
        id="closure-site"
        name="siteId"
        className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2"
      >
        <option value="">Alle gemeentehuizen</option>
        {sites.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      {errors && <p className="mt-1 text-sm font-semibold text-red-800">{errors.join(" ")}</p>}
    </div>
  );
}

export function ClosureForm({ sites }: { sites: { id: string; name: string }[] }) {
  return (
    <ActionForm
      action={addClosureAction}
      schema={closureSchema}
      label="Sluiting toevoegen"
      success={() => "De sluiting is toegevoegd."}
    >
      <SiteSelect sites={sites} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Van" name="startsOn" type="date" />
        <TextField label="Tot en met" name="endsOn" type="date" />
      </div>
      <TextField label="Reden" name="reason" hint="Inwoners zien deze reden op de site." />
      <SubmitButton>Sluiting toevoegen</SubmitButton>
    </ActionForm>
  );
}
