"use client";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { signInWithEmail } from "@/lib/auth/actions";
import { emailSignInSchema } from "@/lib/auth/schema";

export function EmailSignInForm({ returnTo }: { returnTo?: string }) {
  return (
    <ActionForm action={signInWithEmail} schema={emailSignInSchema} label="Aanmelden met e-mail">
      <TextField
        label="E-mailadres"
        name="email"
        type="email"
        autoComplete="email"
        hint="We sturen je een link waarmee je je meteen aanmeldt. Geen wachtwoord nodig."
      />
      {returnTo && <input type="hidden" name="terug" value={returnTo} />}
      <SubmitButton pendingText="Link wordt verstuurd…">Stuur mij een aanmeldlink</SubmitButton>
    </ActionForm>
  );
}
