"use client";
// Choose whether to act as yourself or on behalf of one of your associations. Tariffs and
// requests follow this choice; it is recorded in the audit log.
import { accountChanged } from "@/components/layout/use-account-summary";
import { Form, RadioGroup, SubmitButton } from "@/components/ui/form";
import { chooseActingAssociation } from "@/lib/residents/actions";
import { actingSchema } from "@/lib/residents/schema";

type Option = { id: string; name: string };

export function ActingChoice({ options, current }: { options: Option[]; current: string | null }) {
  return (
    <Form
      action={chooseActingAssociation}
      schema={actingSchema}
      label="Handelen namens"
      keepValues
      success={() => "Je keuze is bewaard."}
      onSuccess={accountChanged}
    >
      <RadioGroup
        name="associationId"
        legend="Ik handel"
        defaultValue={current ?? ""}
        options={[
          { value: "", label: "in eigen naam" },
          ...options.map((o) => ({ value: o.id, label: `namens ${o.name}` })),
        ]}
      />
      <SubmitButton>Keuze bewaren</SubmitButton>
    </Form>
  );
}
