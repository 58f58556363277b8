"use client";
// Creating a service: the texts residents read, its settings and the desks that offer it.
import { Form, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import { createServiceAction } from "@/lib/appointments/admin-actions";
import { newServiceSchema } from "@/lib/appointments/admin-schema";
import { ServiceFields, type SiteDesks } from "./service-fields";

const DEFAULTS = {
  durationMinutes: 15,
  bufferMinutes: 0,
  leadTimeMinutes: 60,
  capacityPerSlot: 1,
  sameDayAllowed: true,
  active: true,
  deskIds: [],
};

export function NewServiceForm({ sites }: { sites: SiteDesks[] }) {
  return (
    <Form
      action={createServiceAction}
      schema={newServiceSchema}
      label="Nieuwe dienst"
      success={(s) => `De dienst ${s.name} is aangemaakt en staat hieronder.`}
    >
      <TextField label="Naam" name="name" hint="Zo verschijnt de dienst bij Afspraak maken." />
      <TextArea label="Korte uitleg" name="description" rows={3} />
      <TextArea label="Meebrengen" name="whatToBring" rows={3} />
      <ServiceFields service={DEFAULTS} sites={sites} />
      <SubmitButton>Dienst aanmaken</SubmitButton>
    </Form>
  );
}
