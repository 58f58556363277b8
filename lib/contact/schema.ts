import { z } from "zod";

export const contactSchema = z.object({
  name: z.string().trim().min(2, "Vul je naam in.").max(120, "Je naam is te lang."),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .email("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be."),
  message: z
    .string()
    .trim()
    .min(10, "Schrijf je vraag in minstens 10 tekens.")
    .max(5000, "Je bericht is te lang (maximaal 5000 tekens)."),
  // Honeypot: people never see or fill this field; bots do.
  website: z.string().max(0, "Laat dit veld leeg.").optional(),
});

export type ContactInput = z.infer<typeof contactSchema>;
