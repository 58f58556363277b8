"use client";
// The settings a service has, in the form that edits one and the form that creates one: duration,
// buffer, lead time (in days and hours), places per moment, and the desks that offer it.
import { Checkbox, CheckboxGroup, NumberField } from "@/components/ui/form";
import { leadTimeParts } from "@/lib/appointments/admin-schema";

export type ServiceSettings = {
  durationMinutes: number;
  bufferMinutes: number;
  leadTimeMinutes: number;
  capacityPerSlot: number;
  sameDayAllowed: boolean;
  active: boolean;
  deskIds: string[];
};
export type SiteDesks = { id: string; name: string; desks: { id: string; name: string }[] };

export function ServiceFields({ service, sites }: { service: ServiceSettings; sites: SiteDesks[] }) {
  const lead = leadTimeParts(service.leadTimeMinutes);
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField label="Duur (minuten)" name="durationMinutes" defaultValue={service.durationMinutes} />
        <NumberField
          label="Buffer na elke afspraak (minuten)"
          name="bufferMinutes"
          defaultValue={service.bufferMinutes}
        />
        <NumberField
          label="Plaatsen per moment"
          name="capacityPerSlot"
          defaultValue={service.capacityPerSlot}
          hint="1 voor een afspraak aan de balie, meer voor een groepssessie."
        />
      </div>
      <fieldset>
        <legend className="font-semibold">Minimaal vooraf online boeken</legend>
        <p className="text-sm text-slate-700">
          Medewerkers aan de balie of de telefoon boeken altijd meteen.
        </p>
        <div className="mt-2 grid max-w-md grid-cols-2 gap-4">
          <NumberField label="Dagen" name="leadTime.days" min={0} defaultValue={lead.days} />
          <NumberField label="Uren" name="leadTime.hours" min={0} max={23} defaultValue={lead.hours} />
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-6">
        <Checkbox
          name="sameDayAllowed"
          label="Boeken voor dezelfde dag mag"
          defaultChecked={service.sameDayAllowed}
        />
        <Checkbox name="active" label="Online te boeken" defaultChecked={service.active} />
      </div>
      <CheckboxGroup
        name="deskIds"
        legend="Balies en gespreksruimten"
        defaultValue={service.deskIds}
        options={sites.flatMap((site) =>
          site.desks.map((d) => ({ value: d.id, label: d.name, hint: site.name })),
        )}
      />
    </>
  );
}
