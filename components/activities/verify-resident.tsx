"use client";
// Staff confirm a parent lives in Wingene (seen on the eID): the basis of the resident tariff.
import { Form, SubmitButton } from "@/components/ui/form";
import { residentSchema } from "@/lib/activities/schema";
import { verifyResidentForTariff } from "@/lib/activities/staff-actions";

export function VerifyResident({ residentId }: { residentId: string }) {
  return (
    <Form
      action={verifyResidentForTariff}
      schema={residentSchema}
      label="Woonplaats bevestigen"
      className="mt-3"
    >
      <input type="hidden" name="residentId" value={residentId} />
      <SubmitButton kind="secondary">Woont in Wingene (eID gezien)</SubmitButton>
    </Form>
  );
}
