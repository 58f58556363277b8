"use client";
// One service's duration, buffer, lead time, places per moment and the desks offering it.
import { ActionForm, useFieldErrors } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveServiceAction } from "@/lib/appointments/admin-actions";
import { serviceSettingsSchema } from "@/lib/appointments/admin-schema";

type Service = {
  id: string;
  name: string;
  durationMinutes: number;
  bufferMinutes: number;
  leadTimeMinutes: number;
  capacityPerSlot: number;
  sameDayAllowed: boolean;
  active: boolean;
  deskIds: string[];
};
export type Site = { id: string; name: string; desks: { id: string; name: string }[] };

export function DeskChoice({
  service,
  sites,
}: {
  service: { id: string; deskIds: string[] };
  sites: Site[];
}) {
  const errors = useFieldErrors("deskIds");
  const errorId = `${service.id}-desks-error`;
  return (
    <fieldset aria-describedby={errors ? errorId : undefined}>
      <legend className="font-semibold">Balies en gespreksruimten</legend>
      {errors && (
        <p id={errorId} className="font-semibold text-red-800">
          {errors.join(" ")}
        </p>
      )}
      {sites.map((site) => (
        <div key={site.id} className="mt-2">
          <p className="text-sm text-slate-700">{site.name}</p>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {site.desks.map((c) => (
              <label key={c.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="deskIds"
                  value={c.id}
                  defaultChecked={service.deskIds.includes(c.id)}
                />
                {c.name}
              </label>
            ))}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

export function ServiceSettingsForm({ service, sites }: { service: Service; sites: Site[] }) {
  return (
    <ActionForm
      action={saveServiceAction}
      schema={serviceSettingsSchema}
      label={`Instellingen ${service.name}`}
      success={() =>
        "Opgeslagen. Nieuwe vrije momenten volgen deze instellingen; bestaande afspraken blijven staan."
      }
    >
      <input type="hidden" name="id" value={service.id} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Duur (minuten)"
          name="durationMinutes"
          inputMode="numeric"
          defaultValue={String(service.durationMinutes)}
        />
        <TextField
          label="Buffer na elke afspraak (minuten)"
          name="bufferMinutes"
          inputMode="numeric"
          defaultValue={String(service.bufferMinutes)}
        />
        <TextField
          label="Minimaal vooraf boeken (minuten)"
          name="leadTimeMinutes"
          inputMode="numeric"
          defaultValue={String(service.leadTimeMinutes)}
        />
        <TextField
          label="Plaatsen per moment"
          name="capacityPerSlot"
          inputMode="numeric"
          defaultValue={String(service.capacityPerSlot)}
          hint="1 voor een afspraak aan de balie, meer voor een groepssessie."
        />
      </div>
      <div className="flex flex-wrap gap-6">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="sameDayAllowed" defaultChecked={service.sameDayAllowed} />
          Boeken voor dezelfde dag mag
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="active" defaultChecked={service.active} />
          Online te boeken
        </label>
      </div>
      <DeskChoice service={service} sites={sites} />
      <SubmitButton>Opslaan</SubmitButton>
    </ActionForm>
  );
}
