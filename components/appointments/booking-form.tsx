"use client";
// Confirming a slot with name and contact. Signed in, the account is the contact and the phone
// number is optional; without an account e-mail and phone are needed.
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { bookAsGuest, bookSignedIn } from "@/lib/appointments/actions";
import { bookingSchema, signedInBookingSchema } from "@/lib/appointments/schema";
import { TimeChoice, type TimeOption } from "./time-choice";

export function BookingForm({
  serviceId,
  siteId,
  legend,
  times,
  person,
}: {
  serviceId: string;
  siteId: string;
  legend: string;
  times: TimeOption[];
  person: { signedIn: boolean; name?: string; email?: string; phone?: string };
}) {
  const signedIn = person.signedIn;
  return (
    <ActionForm
      action={signedIn ? bookSignedIn : bookAsGuest}
      schema={signedIn ? signedInBookingSchema : bookingSchema}
      label="Afspraak bevestigen"
    >
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="siteId" value={siteId} />
      <TimeChoice legend={legend} options={times} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Je gegevens</legend>
        <TextField label="Naam" name="name" autoComplete="name" defaultValue={person.name} />
        <TextField
          label="E-mailadres"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={person.email}
          hint="Je bevestiging, de agenda-afspraak en de link om te verplaatsen komen naar dit adres."
        />
        <TextField
          label="Telefoonnummer"
          name="phone"
          type="tel"
          autoComplete="tel"
          optional={signedIn}
          defaultValue={person.phone}
          hint="Zo kunnen we je verwittigen als de balie onverwacht dicht moet."
        />
      </fieldset>
      <p className="text-sm text-slate-700">
        We gebruiken je gegevens enkel voor deze afspraak en bewaren ze tot een jaar erna. Lees meer in de{" "}
        <a href="/privacy">privacyverklaring</a>.
      </p>
      <SubmitButton pendingText="Afspraak wordt vastgelegd…">Afspraak bevestigen</SubmitButton>
    </ActionForm>
  );
}
