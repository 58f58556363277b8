// The Auth.js session cookie, read by the actor (actor.ts) without going through Auth.js: reading
// who is signed in is one query there, while Auth.js's own `auth()` runs its whole request handler
// and four queries. Auth.js still writes and deletes the cookie (sign-in, sign-out); config.ts
// gives it the same `useSecureCookies`, so both agree on the name.
import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";

/** Secure cookies (the `__Secure-` name, sent over HTTPS only) whenever the portal is served over HTTPS. */
export const servedOverHttps = (publicUrl: string) => publicUrl.startsWith("https://");

export const sessionCookieName = (publicUrl: string) =>
  `${servedOverHttps(publicUrl) ? "__Secure-" : ""}authjs.session-token`;

/** The session token of this request, or null. Only the name Auth.js would set counts. */
export async function sessionToken(): Promise<string | null> {
  return (await cookies()).get(sessionCookieName(env().PUBLIC_URL))?.value || null;
}
