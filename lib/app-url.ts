// Every absolute link the portal builds (mails, sign-in links, Stripe return URLs, .ics, QR codes)
// starts from the configured public URL, never from the request (ARCHITECTURE.md, "One public URL").
import { env } from "@/lib/env";

export function appUrl(path = "/"): string {
  return new URL(path, env().PUBLIC_URL).toString();
}
