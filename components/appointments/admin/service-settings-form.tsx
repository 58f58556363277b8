"use client";
// One service's settings and the desks offering it; new slots follow at once, booked ones stay.
import { Form, SubmitButton } from "@/components/ui/form";
import { saveServiceAction } from "@/lib/appointments/admin-actions";
import { serviceSettingsSchema } from "@/lib/appointments/admin-schema";
import { ServiceFields, type ServiceSettings, type SiteDesks } from "./service-fields";

export function ServiceSettingsForm({
  service,
  sites,
}: {
  service: ServiceSettings & { id: string; name: string };
  sites: SiteDesks[];
}) {
  return (
    <Form
      action={saveServiceAction}
      schema={serviceSettingsSchema}
      label={`Instellingen ${service.name}`}
      keepValues
      success={() =>
        "Opgeslagen. Nieuwe vrije momenten volgen deze instellingen; bestaande afspraken blijven staan."
      }
    >
      <input type="hidden" name="id" value={service.id} />
      <ServiceFields service={service} sites={sites} />
      <SubmitButton>Opslaan</SubmitButton>
    </Form>
  );
}
