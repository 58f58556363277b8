// How many messages the contact form takes from one address and for one e-mail address: each
// sends a receipt to the address typed in, so without a limit the form mails whoever an attacker
// names (eight of eight in the attack). Typical values; change them here.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hitAll, type Limit } from "@/lib/rate-limit";

export const CONTACT_LIMITS = {
  perAddress: { max: 5, windowSeconds: 3600 } satisfies Limit,
  perEmail: { max: 3, windowSeconds: 3600 } satisfies Limit,
};

export const TOO_MANY_MESSAGES =
  "We ontvingen de voorbije tijd al enkele berichten van jou. Probeer het later opnieuw, of bel ons.";

export async function checkContactRate(address: string, email: string): Promise<void> {
  const allowed = await hitAll(db, [
    { key: `contact:ip:${address}`, limit: CONTACT_LIMITS.perAddress },
    { key: `contact:email:${email.toLowerCase()}`, limit: CONTACT_LIMITS.perEmail },
  ]);
  if (!allowed) throw new AppError("RATE_LIMITED", TOO_MANY_MESSAGES);
}
