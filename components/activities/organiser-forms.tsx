"use client";
// Staff add an organiser to an activity by the e-mail address of an existing account, and remove
// one (two steps: the panel says the access to the participants ends).
import { ConfirmAction, Form, HiddenField, SubmitButton, TextField } from "@/components/ui/form";
import { addOrganiserAction, removeOrganiserAction } from "@/lib/activities/organiser-actions";
import { addOrganiserSchema } from "@/lib/activities/organiser-schema";

type Scope = { activityId: string; sessionId: string };

export function AddOrganiserForm({ activityId, sessionId }: Scope) {
  return (
    <Form
      action={addOrganiserAction}
      schema={addOrganiserSchema}
      label="Begeleider toevoegen"
      defaultValues={{ activityId, sessionId }}
      success={(data) => `${data.name} is nu begeleider van deze activiteit.`}
    >
      <HiddenField name="activityId" />
      <HiddenField name="sessionId" />
      <TextField
        name="email"
        type="email"
        label="E-mailadres van de begeleider"
        hint="De persoon heeft al een account op het portaal."
        autoComplete="off"
      />
      <SubmitButton>Begeleider toevoegen</SubmitButton>
    </Form>
  );
}

export function RemoveOrganiser({
  activityId,
  sessionId,
  userId,
  name,
}: Scope & { userId: string; name: string }) {
  return (
    <ConfirmAction
      action={removeOrganiserAction}
      fields={{ activityId, sessionId, userId }}
      trigger={
        <>
          Verwijderen<span className="sr-only"> als begeleider: {name}</span>
        </>
      }
      consequence={<p>{name} ziet de deelnemers en hun medische gegevens dan niet meer.</p>}
      confirmLabel="Ja, verwijderen"
    />
  );
}
