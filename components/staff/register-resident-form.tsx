"use client";
// Register a caller or visitor who has no account yet, then continue on their page.
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { newResidentSchema } from "@/lib/residents/schema";
import { staffRegisterResident } from "@/lib/residents/staff-actions";

export function RegisterResidentForm() {
  return (
    <ActionForm action={staffRegisterResident} schema={newResidentSchema} label="Nieuwe inwoner registreren">
      <TextField label="Voor- en achternaam" name="name" autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="E-mailadres"
          name="email"
          type="email"
          autoComplete="off"
          optional
          hint="Daarmee kan de inwoner zich later zelf aanmelden."
        />
        <TextField label="Telefoon" name="phone" type="tel" autoComplete="off" optional />
      </div>
      <div className="grid gap-4 sm:grid-cols-[1fr_7rem_6rem]">
        <TextField label="Straat" name="street" autoComplete="off" optional />
        <TextField label="Huisnummer" name="houseNumber" autoComplete="off" optional />
        <TextField label="Bus" name="box" autoComplete="off" optional />
      </div>
      <div className="grid gap-4 sm:grid-cols-[7rem_1fr]">
        <TextField label="Postcode" name="postcode" inputMode="numeric" autoComplete="off" optional />
        <TextField label="Gemeente" name="city" autoComplete="off" optional />
      </div>
      <SubmitButton>Inwoner registreren</SubmitButton>
    </ActionForm>
  );
}
