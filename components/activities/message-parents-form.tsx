"use client";
// A message to every parent of a session (one mail each, also with two children in it): staff on
// the session's participant list, an organiser on their own session page.
import { Checkbox, Form, HiddenField, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import { messageParentsAction, messageParentsAsOrganiserAction } from "@/lib/activities/organiser-actions";
import {
  MESSAGE_BODY_MAX,
  MESSAGE_SUBJECT_MAX,
  parentsMessageSchema,
} from "@/lib/activities/organiser-schema";

export function MessageParentsForm({ sessionId, asOrganiser }: { sessionId: string; asOrganiser: boolean }) {
  return (
    <Form
      action={asOrganiser ? messageParentsAsOrganiserAction : messageParentsAction}
      schema={parentsMessageSchema}
      label="Bericht aan de ouders"
      defaultValues={{ sessionId }}
      success={(data) => `Bericht verstuurd naar ${data.sent} ${data.sent === 1 ? "ouder" : "ouders"}.`}
    >
      <HiddenField name="sessionId" />
      <TextField name="subject" label="Onderwerp" maxLength={MESSAGE_SUBJECT_MAX} />
      <TextArea
        name="body"
        label="Bericht"
        rows={6}
        maxLength={MESSAGE_BODY_MAX}
        hint="Een lege regel begint een nieuwe alinea. Schrijf hier geen medische gegevens."
      />
      <Checkbox name="includeWaiting" label="Ook naar de ouders van kinderen op de wachtlijst" />
      <SubmitButton>Bericht versturen</SubmitButton>
    </Form>
  );
}
