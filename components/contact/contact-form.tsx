"use client";
import { Form, Honeypot, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import { submitContact } from "@/lib/contact/actions";
import { contactSchema } from "@/lib/contact/schema";

export function ContactForm({ defaultName, defaultEmail }: { defaultName?: string; defaultEmail?: string }) {
  return (
    <Form
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
      <TextArea label="Je vraag of bericht" name="message" />
      <Honeypot />
      <p className="text-sm text-slate-700">
        We gebruiken je gegevens enkel om je vraag te beantwoorden. Lees er meer over in onze{" "}
        <a href="/privacy">privacyverklaring</a>.
      </p>
      <SubmitButton>Bericht versturen</SubmitButton>
    </Form>
  );
}
