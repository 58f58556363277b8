import { z } from "zod";

const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .optional()
  .transform((v) => v || null)
  .pipe(z.string().email("Vul een geldig e-mailadres in, of laat het leeg.").nullable());

/** Taking a ticket at the entrance (QR) or at the desk. */
export const takeTicketSchema = z.object({
  siteId: z.string().min(1).max(40),
  queueServiceId: z.string({ error: "Kies waarvoor je komt." }).min(1, "Kies waarvoor je komt.").max(40),
  email: optionalEmail,
});

export const callNextSchema = z.object({
  deskId: z.string().min(1, "Kies je balie.").max(40),
  queueServiceId: z
    .string()
    .max(40)
    .optional()
    .transform((v) => v || null),
});

export const ticketIdSchema = z.object({ id: z.string().min(1).max(40) });

export const trackTokenPattern = /^[A-Za-z0-9_-]{24}$/;
