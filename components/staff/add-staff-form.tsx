"use client";
// Make an account staff by its e-mail address; a new address gets a new account to sign in with.
import { CheckboxGroup, Form, SubmitButton, TextField } from "@/components/ui/form";
import { addStaffAction } from "@/lib/staff/actions";
import { staffRoleOptions } from "@/lib/staff/role-options";
import { addStaffSchema } from "@/lib/staff/schema";

export function AddStaffForm() {
  return (
    <Form action={addStaffAction} schema={addStaffSchema} label="Medewerker toevoegen">
      <TextField
        label="E-mailadres"
        name="email"
        type="email"
        autoComplete="off"
        hint="Van een bestaand account, of een nieuw adres: de medewerker meldt zich daarmee aan."
      />
      <CheckboxGroup name="roles" legend="Rollen" options={staffRoleOptions()} />
      <SubmitButton>Medewerker toevoegen</SubmitButton>
    </Form>
  );
}
