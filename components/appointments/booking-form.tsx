"use client";
// Confirming the chosen moment with name and contact. Signed in, the account is the contact and
// the phone number is optional; without an account e-mail and phone are needed.
import { Form, SubmitButton, TextField } from "@/components/ui/form";
import { bookAsGuest, bookSignedIn } from "@/lib/appointments/actions";
import { bookingSchema, signedInBookingSchema } from "@/lib/appointments/schema";

export function BookingForm({
  serviceId,
  siteId,
  startsAt,
  person,
}: {
  serviceId: string;
  siteId: string;
  startsAt: string;
  person: { signedIn: boolean; name?: string; email?: string; phone?: string };
}) {
  const { signedIn } = person;
  return (
    <Form
      action={signedIn ? bookSignedIn : bookAsGuest}
      schema={signedIn ? signedInBookingSchema : bookingSchema}
      label="Afspraak bevestigen"
    >
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="siteId" value={siteId} />
      <input type="hidden" name="startsAt" value={startsAt} />
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
    </Form>
  );
}
