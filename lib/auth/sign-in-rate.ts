// Limits how many sign-in links can be requested, so nobody floods a resident's inbox or our mail
// server: per e-mail address and per client address, in 15-minute windows shared by all instances.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { hitAll } from "@/lib/rate-limit";
import { authMessages } from "./messages";

const WINDOW_SECONDS = 15 * 60;

export async function checkSignInRate(email: string, address: string, now = new Date()): Promise<void> {
  const allowed = await hitAll(
    db,
    [
      {
        key: `aanmelden:email:${email.toLowerCase()}`,
        limit: { max: env().SIGN_IN_LIMIT_PER_EMAIL, windowSeconds: WINDOW_SECONDS },
      },
      {
        key: `aanmelden:ip:${address}`,
        limit: { max: env().SIGN_IN_LIMIT_PER_ADDRESS, windowSeconds: WINDOW_SECONDS },
      },
    ],
    now,
  );
  if (!allowed) throw new AppError("RATE_LIMITED", authMessages.tooManyLinks);
}
