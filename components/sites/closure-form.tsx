"use client";
// An exceptional closure of one town hall or all of them; residents see the reason on the site.
import { DateField, Form, Select, SubmitButton, TextField } from "@/components/ui/form";
import { addClosureAction } from "@/lib/sites/actions";
import { closureSchema } from "@/lib/sites/schema";

export function ClosureForm({ sites }: { sites: { id: string; name: string }[] }) {
  return (
    <Form
      action={addClosureAction}
      schema={closureSchema}
      label="Sluiting toevoegen"
      success={() => "De sluiting is toegevoegd."}
    >
      <Select
        name="siteId"
        label="Gemeentehuis"
        options={[
          { value: "", label: "Alle gemeentehuizen" },
          ...sites.map((s) => ({ value: s.id, label: s.name })),
        ]}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField label="Van" name="startsOn" />
        <DateField label="Tot en met" name="endsOn" />
      </div>
      <TextField label="Reden" name="reason" hint="Inwoners zien deze reden op de site." />
      <SubmitButton>Sluiting toevoegen</SubmitButton>
    </Form>
  );
}
