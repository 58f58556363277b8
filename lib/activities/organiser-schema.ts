// The zod schemas of an activity's organisers and of a message to the parents of a session.
import { z } from "zod";
import { checkbox, email, requiredText } from "@/lib/forms/fields";

const ref = (message: string) => requiredText(message, { max: 120 });

/** Staff add an organiser by the e-mail address of an existing account. */
export const addOrganiserSchema = z.object({
  activityId: ref("Ontbrekende verwijzing."),
  sessionId: ref("Ontbrekende verwijzing."),
  email: email("Vul het e-mailadres van de begeleider in."),
});
export type AddOrganiserInput = z.infer<typeof addOrganiserSchema>;

export const removeOrganiserSchema = z.object({
  activityId: ref("Ontbrekende verwijzing."),
  sessionId: ref("Ontbrekende verwijzing."),
  userId: ref("Ontbrekende verwijzing."),
});
export type RemoveOrganiserInput = z.infer<typeof removeOrganiserSchema>;

export const MESSAGE_SUBJECT_MAX = 150;
export const MESSAGE_BODY_MAX = 5000;

/** A message to every parent with a child placed in the session (and, when asked, those waiting). */
export const parentsMessageSchema = z.object({
  sessionId: ref("Ontbrekende verwijzing."),
  subject: requiredText("Vul een onderwerp in.", { max: MESSAGE_SUBJECT_MAX }),
  body: requiredText("Schrijf je bericht.", { max: MESSAGE_BODY_MAX }),
  includeWaiting: checkbox(),
});
export type ParentsMessageInput = z.infer<typeof parentsMessageSchema>;
