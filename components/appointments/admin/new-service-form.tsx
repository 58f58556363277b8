"use client";
// Creating a service: the texts residents read, its settings and the desks that offer it.
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createServiceAction } from "@/lib/appointments/admin-actions";
import { newServiceSchema } from "@/lib/appointments/admin-schema";
import { DeskChoice, type Site } from "./service-settings-form";

export function NewServiceForm({ sites }: { sites: Site[] }) {
  return (
    <ActionForm
      action={createServiceAction}
      schema={newServiceSchema}
      label="Nieuwe dienst"
      success={(s) => `De dienst ${s.name} is aangemaakt en staat hieronder.`}
    >
      <TextField label="Naam" name="name" hint="Zo verschijnt de dienst bij Afspraak maken." />
      <TextAreaField label="Korte uitleg" name="description" />
      <TextAreaField label="Meebrengen" name="whatToBring" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Duur (minuten)" name="durationMinutes" inputMode="numeric" defaultValue="15" />
        <TextField
          label="Buffer na elke afspraak (minuten)"
          name="bufferMinutes"
          inputMode="numeric"
          defaultValue="0"
        />
        <TextField
          label="Minimaal vooraf boeken (minuten)"
          name="leadTimeMinutes"
          inputMode="numeric"
          defaultValue="60"
        />
        <TextField
          label="Plaatsen per moment"
          name="capacityPerSlot"
          inputMode="numeric"
          defaultValue="1"
          hint="1 voor een afspraak aan de balie, meer voor een groepssessie."
        />
      </div>
      <div className="flex flex-wrap gap-6">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="sameDayAllowed" defaultChecked />
          Boeken voor dezelfde dag mag
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="active" defaultChecked />
          Online te boeken
        </label>
      </div>
      <DeskChoice service={{ id: "nieuw", deskIds: [] }} sites={sites} />
      <SubmitButton>Dienst aanmaken</SubmitButton>
    </ActionForm>
  );
}
