"use client";
// Step 3: where it is. Posted and checked with the category's own rule, then on to the description.
import { Form, LocationField, SubmitButton } from "@/components/ui/form";
import { chooseLocation } from "@/lib/reports/actions";
import { locationStepSchema } from "@/lib/reports/schema";

export function LocationStep({
  kind,
  category,
  required,
  place,
}: {
  kind: string;
  category: string;
  required: boolean;
  /** The place chosen before (as the address carries it), when the resident comes back to change it. */
  place: { text?: string; latitude?: string; longitude?: string };
}) {
  return (
    <Form
      action={chooseLocation}
      schema={locationStepSchema(required)}
      label="Plaats van de melding"
      defaultValues={{ location: place }}
    >
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="category" value={category} />
      <LocationField name="location" required={required} />
      <SubmitButton>Verder</SubmitButton>
    </Form>
  );
}
