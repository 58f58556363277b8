"use client";
// Booking for a caller or a desk visitor: the same command as online, recorded as the staff member's.
import { Form, SubmitButton, TextField } from "@/components/ui/form";
import { staffBookAction } from "@/lib/appointments/staff-actions";
import { staffBookingSchema } from "@/lib/appointments/staff-schema";

export function StaffBookingForm({
  serviceId,
  siteId,
  startsAt,
  person,
  residentId,
  followUpOfId,
}: {
  serviceId: string;
  siteId: string;
  startsAt: string;
  person: { name?: string; email?: string; phone?: string };
  residentId?: string;
  followUpOfId?: string;
}) {
  return (
    <Form action={staffBookAction} schema={staffBookingSchema} label="Afspraak boeken voor de inwoner">
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="siteId" value={siteId} />
      <input type="hidden" name="startsAt" value={startsAt} />
      {residentId && <input type="hidden" name="residentId" value={residentId} />}
      {followUpOfId && <input type="hidden" name="followUpOfId" value={followUpOfId} />}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Gegevens van de inwoner</legend>
        <TextField label="Naam" name="name" autoComplete="off" defaultValue={person.name} />
        <TextField
          label="Telefoonnummer"
          name="phone"
          type="tel"
          autoComplete="off"
          defaultValue={person.phone}
        />
        <TextField
          label="E-mailadres"
          name="email"
          type="email"
          autoComplete="off"
          optional
          defaultValue={person.email}
          hint="Met een e-mailadres krijgt de inwoner de bevestiging, de agenda-afspraak en de link om te verplaatsen. Zonder e-mailadres druk je de bevestiging af."
        />
      </fieldset>
      <SubmitButton pendingText="Afspraak wordt vastgelegd…">Afspraak boeken</SubmitButton>
    </Form>
  );
}
