// The queue's forms: taking a number (entrance QR or desk), calling the next one, and the buttons
// on a called ticket.
import { z } from "zod";
import { oneOf, optionalEmail, optionalText, requiredText } from "@/lib/forms/fields";

const id = requiredText("Dit volgnummer bestaat niet (meer).", { max: 40 });

/** Taking a ticket at the entrance (QR) or at the desk. */
export const takeTicketSchema = z.object({
  siteId: requiredText("Kies een gemeentehuis.", { max: 40 }),
  queueServiceId: requiredText("Kies waarvoor je komt.", { max: 40 }),
  email: optionalEmail("Vul een geldig e-mailadres in, of laat het leeg.").transform((v) => v ?? null),
});

export const callNextSchema = z.object({
  deskId: requiredText("Kies je balie.", { max: 40 }),
  queueServiceId: optionalText({ max: 40 }).transform((v) => v ?? null),
});

/** The buttons on a called ticket: call it again, not shown, helped ("Afgehandeld"). */
export const CALLED_TICKET_CHANGES = ["recall", "no-show", "done"] as const;
export const calledTicketSchema = z.object({
  id,
  change: oneOf(CALLED_TICKET_CHANGES, "Kies wat er met dit volgnummer gebeurt."),
});

export const trackTokenPattern = /^[A-Za-z0-9_-]{24}$/;
