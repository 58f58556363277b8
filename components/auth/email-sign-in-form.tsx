"use client";
// Every visitor of /aanmelden gets this form: its parts come from their own files and its check
// (react-hook-form, the zod resolver and the schema) loads on first use, which keeps the page
// within the JavaScript budget (issue 16).
import { FirstUseForm } from "@/components/ui/form/first-use-form";
import { SubmitButton } from "@/components/ui/form/submit-button";
import { TextField } from "@/components/ui/form/text-field";
import { signInWithEmail } from "@/lib/auth/actions";

const emailSignInSchema = () => import("@/lib/auth/schema").then((m) => m.emailSignInSchema);

export function EmailSignInForm({ returnTo }: { returnTo?: string }) {
  return (
    <FirstUseForm action={signInWithEmail} schema={emailSignInSchema} label="Aanmelden met e-mail">
      <TextField
        label="E-mailadres"
        name="email"
        type="email"
        autoComplete="email"
        hint="We sturen je een link waarmee je je meteen aanmeldt. Geen wachtwoord nodig."
      />
      {returnTo && <input type="hidden" name="terug" value={returnTo} />}
      <SubmitButton pendingText="Link wordt verstuurd…">Stuur mij een aanmeldlink</SubmitButton>
    </FirstUseForm>
  );
}
