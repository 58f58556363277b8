"use client";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitContact } from "@/lib/contact/actions";
import { contactSchema } from "@/lib/contact/schema";

export function ContactForm({ defaultName, defaultEmail }: { defaultName?: string; defaultEmail?: string }) {
  return (
    <ActionForm
      action={submitContact}
      schema={contactSchema}
      label="Contactformulier"
      success={(data) => <>Bedankt, we ontvingen je bericht. Je krijgt een bevestiging op {data.email}.</>}
    >
      <TextField label="Naam" name="name" autoComplete="name" defaultValue={defaultName} />
      <TextField
        label="E-mailadres"
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={defaultEmail}
      />
      <TextAreaField label="Je vraag of bericht" name="message" />
      <div className="hidden" aria-hidden="true">
        <label htmlFor="website">Laat dit veld leeg</label>
        <input id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <p className="text-sm text-slate-700">
        We gebruiken je gegevens enkel om je vraag te beantwoorden. Lees er meer over in onze{" "}
        <a href="/privacy">privacyverklaring</a>.
      </p>
      <SubmitButton>Bericht versturen</SubmitButton>
    </ActionForm>
  );
}
