import { z } from "zod";
import { email } from "@/lib/forms/fields";

/** Only same-site paths are accepted as a return address, so the link cannot send anyone elsewhere. */
export const returnPathSchema = z
  .string()
  .optional()
  .transform((value) => (value && /^\/(?![/\\])/.test(value) ? value : "/mijn"));

export const emailSignInSchema = z.object({
  email: email("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be."),
  terug: returnPathSchema,
});
