"use client";
import { DateField, Form, SubmitButton, TextField } from "@/components/ui/form";
import type { ActionResult } from "@/lib/actions/result";
import { householdMemberSchema } from "@/lib/residents/schema";

export function HouseholdMemberForm({
  action,
  residentId,
}: {
  action: (
    prev: ActionResult<{ firstName: string }> | null,
    data: FormData,
  ) => Promise<ActionResult<{ firstName: string }>>;
  residentId?: string;
}) {
  return (
    <Form
      action={action}
      schema={householdMemberSchema}
      label="Gezinslid toevoegen"
      success={(d) => `${d.firstName} is toegevoegd.`}
    >
      {residentId && <input type="hidden" name="residentId" value={residentId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Voornaam" name="firstName" autoComplete="off" />
        <TextField label="Achternaam" name="lastName" autoComplete="off" />
      </div>
      <DateField
        label="Geboortedatum"
        name="birthDate"
        hint="Nodig om te zien voor welke activiteiten iemand oud genoeg is."
      />
      <SubmitButton>Gezinslid toevoegen</SubmitButton>
    </Form>
  );
}
