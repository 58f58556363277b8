// The beheerder's form for the portal's look: the tagline on the home page, the brand colour and
// the text alternative of the home page's picture.
import { z } from "zod";
import { optionalText, requiredText } from "@/lib/forms/fields";
import { brandColorProblem } from "./brand";

export const identitySchema = z.object({
  tagline: requiredText("Vul de slogan in.", { max: 120 }),
  brandColor: z
    .string({ error: "Kies een kleur." })
    .trim()
    .toLowerCase()
    .superRefine((value, ctx) => {
      const problem = brandColorProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  heroAlt: optionalText({ max: 200 }),
});

export type IdentityInput = z.infer<typeof identitySchema>;
