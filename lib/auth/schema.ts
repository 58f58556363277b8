import { z } from "zod";
import { email } from "@/lib/forms/fields";

/** A return address longer than any of our paths is not one of ours (and would swell headers). */
const MAX_RETURN_PATH = 512;

/**
 * Only same-site paths are accepted as a return address, so the link cannot send anyone elsewhere;
 * anything too long or with control characters (header splitting) becomes the default.
 */
export const returnPathSchema = z
  .unknown()
  .optional()
  .transform((value) =>
    typeof value === "string" &&
    value.length <= MAX_RETURN_PATH &&
    /^\/(?![/\\])/.test(value) &&
    !/\p{Cc}/u.test(value)
      ? value
      : "/mijn",
  );

export const emailSignInSchema = z.object({
  email: email("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be."),
  terug: returnPathSchema,
});
