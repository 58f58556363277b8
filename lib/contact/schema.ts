import { z } from "zod";
import { email, honeypot, requiredText } from "@/lib/forms/fields";

export const contactSchema = z.object({
  name: requiredText("Vul je naam in.", { min: 2, max: 120 }),
  email: email("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be."),
  message: requiredText("Schrijf je vraag in minstens 10 tekens.", { min: 10, max: 5000 }),
  website: honeypot(),
});

export type ContactInput = z.infer<typeof contactSchema>;
