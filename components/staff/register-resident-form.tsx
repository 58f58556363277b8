"use client";
// Register a caller or visitor who has no account yet, then continue on their page.
import { AddressField, Form, SubmitButton, TextField } from "@/components/ui/form";
import { newResidentSchema } from "@/lib/residents/schema";
import { staffRegisterResident } from "@/lib/residents/staff-actions";

export function RegisterResidentForm() {
  return (
    <Form action={staffRegisterResident} schema={newResidentSchema} label="Nieuwe inwoner registreren">
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
      <AddressField
        name="address"
        optional
        hint="Vul het hele adres in, of laat het leeg."
        autoFill={false}
      />
      <SubmitButton>Inwoner registreren</SubmitButton>
    </Form>
  );
}
