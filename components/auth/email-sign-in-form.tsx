"use client";
import { Form, SubmitButton, TextField } from "@/components/ui/form";
import { signInWithEmail } from "@/lib/auth/actions";
import { emailSignInSchema } from "@/lib/auth/schema";

export function EmailSignInForm({ returnTo }: { returnTo?: string }) {
  return (
    <Form action={signInWithEmail} schema={emailSignInSchema} label="Aanmelden met e-mail">
      <TextField
        label="E-mailadres"
        name="email"
        type="email"
        autoComplete="email"
        hint="We sturen je een link waarmee je je meteen aanmeldt. Geen wachtwoord nodig."
      />
      {returnTo && <input type="hidden" name="terug" value={returnTo} />}
      <SubmitButton pendingText="Link wordt verstuurd…">Stuur mij een aanmeldlink</SubmitButton>
    </Form>
  );
}
