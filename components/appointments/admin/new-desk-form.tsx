"use client";
// Creating a desk or meeting room on a site.
import { Form, RadioGroup, SubmitButton, TextField } from "@/components/ui/form";
import { createDeskAction } from "@/lib/appointments/admin-actions";
import { newDeskSchema } from "@/lib/appointments/admin-schema";
import { DESK_KIND_LABELS } from "@/lib/sites/labels";

export function NewDeskForm({ sites }: { sites: { id: string; name: string }[] }) {
  return (
    <Form
      action={createDeskAction}
      schema={newDeskSchema}
      label="Nieuwe balie"
      success={(c) => `${c.name} is aangemaakt. Koppel er diensten aan bij Diensten op afspraak.`}
    >
      <RadioGroup
        name="siteId"
        legend="Gemeentehuis"
        inline
        options={sites.map((s) => ({ value: s.id, label: s.name }))}
      />
      <TextField label="Naam van de balie of ruimte" name="name" />
      <RadioGroup
        name="kind"
        legend="Soort"
        inline
        options={Object.entries(DESK_KIND_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <SubmitButton>Balie aanmaken</SubmitButton>
    </Form>
  );
}
